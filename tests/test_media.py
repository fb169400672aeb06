"""The image pipeline: checked, re-encoded to WebP widths, stripped, served cached."""

import io
import struct
import zlib

import pytest
from PIL import Image

from catalogue import media
from catalogue.media import ImageRejected, store_image


def make_image(fmt="JPEG", size=(1200, 800), exif=True, icc=True, mode="RGB") -> bytes:
    """A real image made with Pillow, with camera-like metadata when asked."""
    image = Image.new(mode, size, (200, 120, 40) if mode == "RGB" else (0, 0, 0, 0))
    options = {}
    if exif and fmt in ("JPEG", "WEBP", "PNG"):
        data = Image.Exif()
        data[0x010F] = "SecretCam"  # Make
        data[0x0112] = 1  # Orientation
        data[0x8825] = {1: "N", 2: (10.0, 26.0, 0.0)}  # GPS
        options["exif"] = data.tobytes()
    if icc:
        options["icc_profile"] = b"\0" * 128 + b"PRIVATE-ICC-PROFILE"
    buffer = io.BytesIO()
    image.save(buffer, fmt, **options)
    return buffer.getvalue()


@pytest.fixture
def ctx(app):
    with app.test_request_context("/?lang=en"):
        yield app


def stored_files(app, info):
    return [
        media.upload_folder() / info["digest"][:2] / media.file_name(info["digest"], w)
        for w in info["widths"]
    ]


def test_jpeg_is_stored_as_webp_in_widths_capped_to_the_original(ctx):
    info = store_image(make_image(size=(1200, 800)))
    assert info["width"] == 1200 and info["height"] == 800
    assert info["widths"] == [320, 640, 1024, 1200]
    for path, width in zip(stored_files(ctx, info), info["widths"], strict=True):
        with Image.open(path) as image:
            assert image.format == "WEBP"
            assert image.width == width
            assert abs(image.height - round(800 * width / 1200)) <= 1


def test_small_image_is_not_enlarged(ctx):
    info = store_image(make_image("PNG", size=(200, 100)))
    assert info["widths"] == [200]


def test_metadata_is_stripped(ctx):
    original = make_image(size=(700, 500))
    assert b"SecretCam" in original and b"PRIVATE-ICC" in original
    info = store_image(original)
    for path in stored_files(ctx, info):
        data = path.read_bytes()
        assert b"SecretCam" not in data
        assert b"PRIVATE-ICC" not in data
        assert b"EXIF" not in data and b"ICCP" not in data and b"XMP " not in data
        with Image.open(path) as image:
            assert not image.info.get("exif")
            assert not image.info.get("icc_profile")


def test_camera_rotation_is_applied_before_exif_is_dropped(ctx):
    image = Image.new("RGB", (400, 200), "white")
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90° clockwise when shown
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif.tobytes())
    info = store_image(buffer.getvalue())
    assert (info["width"], info["height"]) == (200, 400)


def test_transparent_png_keeps_its_alpha(ctx):
    info = store_image(make_image("PNG", size=(300, 300), mode="RGBA", exif=False))
    with Image.open(stored_files(ctx, info)[0]) as image:
        assert image.mode == "RGBA"


def test_same_upload_twice_gives_the_same_name(ctx):
    data = make_image("WEBP", size=(500, 400))
    assert store_image(data)["digest"] == store_image(data)["digest"]


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "empty"),
        (b"GIF89a" + b"\0" * 40, "JPEG, PNG or WebP"),
        (b"<svg xmlns='http://www.w3.org/2000/svg'></svg>", "JPEG, PNG or WebP"),
        (b"%PDF-1.4 not an image", "JPEG, PNG or WebP"),
    ],
)
def test_other_files_are_refused_with_a_clear_message(ctx, data, words):
    with pytest.raises(ImageRejected, match=words):
        store_image(data)


def test_gif_made_by_pillow_is_refused(ctx):
    buffer = io.BytesIO()
    Image.new("RGB", (10, 10)).save(buffer, "GIF")
    with pytest.raises(ImageRejected, match="JPEG, PNG or WebP"):
        store_image(buffer.getvalue())


def test_truncated_jpeg_is_refused(ctx):
    data = make_image(size=(800, 600))
    with pytest.raises(ImageRejected):
        store_image(data[: len(data) // 3])


def test_too_many_bytes_is_refused(app_factory):
    app = app_factory(UPLOAD_MAX_BYTES=10_000)
    with app.test_request_context("/?lang=en"):
        with pytest.raises(ImageRejected, match="too large"):
            store_image(make_image(size=(1000, 1000)) + b"\0" * 10_000)


def png_bomb(width: int, height: int) -> bytes:
    """A tiny PNG that claims a huge canvas (decompression bomb)."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    rows = zlib.compress(b"\0" * 64)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", rows)
        + chunk(b"IEND", b"")
    )


def test_too_many_pixels_is_refused_before_decoding(ctx):
    with pytest.raises(ImageRejected, match="too many pixels"):
        store_image(png_bomb(30_000, 30_000))


def test_pixel_limit_follows_the_configuration(app_factory):
    app = app_factory(UPLOAD_MAX_PIXELS=100_000)
    with app.test_request_context("/?lang=en"):
        with pytest.raises(ImageRejected, match="too many pixels"):
            store_image(make_image(size=(400, 400)))


def test_stored_image_is_served_with_immutable_cache(app, client):
    with app.test_request_context("/?lang=en"):
        info = store_image(make_image(size=(700, 500)))
    with client.get(f"/media/{info['digest']}-320.webp") as response:
        assert response.status_code == 200
        assert response.data[:4] == b"RIFF"
        assert response.mimetype == "image/webp"
        assert "immutable" in response.headers["Cache-Control"]
        assert "max-age=31536000" in response.headers["Cache-Control"]
        etag = response.headers["ETag"]
    with client.get(
        f"/media/{info['digest']}-320.webp", headers={"If-None-Match": etag}
    ) as again:
        assert again.status_code == 304


@pytest.mark.parametrize(
    "name",
    [
        "nothing-here.webp",
        "../secret_key",
        "..%2Fsecret_key",
        "a" * 64 + "-320.webp",
        "a" * 64 + "-320.png",
    ],
)
def test_unknown_or_crafted_media_names_are_404(client, name):
    assert client.get(f"/media/{name}").status_code == 404


def test_photo_url_picks_the_smallest_width_that_is_large_enough(app):
    class FakePhoto:
        digest = "f" * 64
        width, height = 1200, 800
        widths = [320, 640, 1024, 1200]

    with app.test_request_context("/?lang=en"):
        assert media.photo_url(FakePhoto(), 500).endswith("-640.webp")
        assert media.photo_url(FakePhoto(), 2000).endswith("-1200.webp")
        assert media.photo_url(FakePhoto()).endswith("-1200.webp")
        assert "320w" in media.srcset(FakePhoto())
