"""Uploaded images: checked, re-encoded to WebP in several widths, metadata stripped.

`store_image(data)` is the one way images enter the site (portal uploads, tests);
`photo_url(photo, width)` points at a stored size; `serve(name)` sends it with
long-lived immutable cache headers (the name holds the content hash).
"""

import hashlib
import io
import os
import re
import warnings
from pathlib import Path

from flask import abort, current_app, send_file, url_for
from flask_babel import gettext as _
from PIL import Image, ImageOps, UnidentifiedImageError

WIDTHS = (320, 640, 1024, 1600)
ACCEPTED_FORMATS = ("JPEG", "PNG", "WEBP")
QUALITY = 78
NAME_PATTERN = re.compile(r"^([0-9a-f]{64})-([0-9]{1,5})\.webp$")
ONE_YEAR = 365 * 24 * 3600


class ImageRejected(ValueError):
    """An upload that is not an acceptable image; the message says why, for people."""


def upload_folder() -> Path:
    """Where stored images live: <instance>/uploads (shared when scaled out)."""
    return Path(current_app.instance_path) / "uploads"


def file_name(digest: str, width: int) -> str:
    """The stored file name of one width of an image."""
    return f"{digest}-{width}.webp"


def _path(digest: str, width: int) -> Path:
    # Two-character shards keep folders small with many photos.
    return upload_folder() / digest[:2] / file_name(digest, width)


def store_image(data: bytes) -> dict:
    """Check, re-encode and store an image; returns digest, width, height, widths."""
    limit = current_app.config["UPLOAD_MAX_BYTES"]
    if not data:
        raise ImageRejected(_("The file is empty."))
    if len(data) > limit:
        raise ImageRejected(
            _(
                "The image is too large: at most %(size)s MB.",
                size=round(limit / 1024 / 1024, 1),
            )
        )
    image = _open_checked(data)
    digest = hashlib.sha256(data).hexdigest()
    widths = sorted({min(w, image.width) for w in WIDTHS})
    for width in widths:
        path = _path(digest, width)
        if not path.exists():
            _write(_resized(image, width), path)
    return {
        "digest": digest,
        "width": image.width,
        "height": image.height,
        "widths": widths,
    }


def _open_checked(data: bytes) -> Image.Image:
    """Open with Pillow, refusing other formats, bombs and broken files."""
    max_pixels = current_app.config["UPLOAD_MAX_PIXELS"]
    refused = _("This file is not a JPEG, PNG or WebP image.")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            probe = Image.open(io.BytesIO(data))
            if probe.format not in ACCEPTED_FORMATS:
                raise ImageRejected(refused)
            if probe.width * probe.height > max_pixels:
                raise ImageRejected(_too_many_pixels(max_pixels))
            probe.verify()
            image = Image.open(io.BytesIO(data))
            image.load()
    except ImageRejected:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ImageRejected(_too_many_pixels(max_pixels)) from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise ImageRejected(refused) from None
    # Turn the pixels the way the camera meant, before the EXIF goes.
    image = ImageOps.exif_transpose(image)
    mode = "RGBA" if _has_alpha(image) else "RGB"
    clean = image.convert(mode)
    clean.info = {}
    return clean


def _too_many_pixels(max_pixels: int) -> str:
    return _(
        "The image has too many pixels: at most %(mp)s megapixels.",
        mp=round(max_pixels / 1_000_000),
    )


def _has_alpha(image: Image.Image) -> bool:
    return image.mode in ("RGBA", "LA", "PA") or (
        image.mode == "P" and "transparency" in image.info
    )


def _resized(image: Image.Image, width: int) -> Image.Image:
    if width >= image.width:
        return image
    height = max(1, round(image.height * width / image.width))
    return image.resize((width, height), Image.Resampling.LANCZOS)


def _write(image: Image.Image, path: Path) -> None:
    """Encode to WebP with no EXIF, XMP or ICC, written atomically."""
    buffer = io.BytesIO()
    image.save(buffer, "WEBP", quality=QUALITY, method=4, exif=b"", xmp=b"")
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(f".{os.getpid()}.tmp")
    temporary.write_bytes(buffer.getvalue())
    os.replace(temporary, path)


def photo_url(photo, width: int | None = None) -> str:
    """URL of the stored width closest to `width` from above (largest when None)."""
    widths = sorted(photo.widths or [])
    if not widths:
        widths = [min(photo.width, WIDTHS[-1])]
    chosen = widths[-1]
    if width is not None:
        chosen = next((w for w in widths if w >= width), widths[-1])
    return url_for("public.media", name=file_name(photo.digest, chosen))


def srcset(photo) -> str:
    """A srcset listing every stored width of a photo."""
    return ", ".join(
        f"{url_for('public.media', name=file_name(photo.digest, w))} {w}w"
        for w in sorted(photo.widths or [])
    )


def serve(name: str):
    """Send a stored image; names are content-addressed, so cache them for a year."""
    match = NAME_PATTERN.match(name)
    if not match:
        abort(404)
    path = _path(match.group(1), int(match.group(2)))
    if not path.is_file():
        abort(404)
    response = send_file(path, mimetype="image/webp", max_age=ONE_YEAR, etag=True)
    response.cache_control.public = True
    response.cache_control.immutable = True
    return response
