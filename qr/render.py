"""QR rendering: module matrix, compact SVG, 1-bit PNG with whole pixels per module."""

from __future__ import annotations

import io
import re
from functools import lru_cache

from PIL import Image

from .codewords import fit
from .encode import PAD, Symbol, encode

MM_PER_INCH = 25.4
_RUN = re.compile("1+")


@lru_cache(maxsize=256)
def symbol(data: str, ecl: str = "M", mask: int | None = None) -> Symbol:
    """The encoded symbol (cached); mask None chooses the lowest-penalty mask."""
    return encode(data, ecl, mask)


def matrix(data: str, *, ecl: str = "M", mask: int | None = None) -> list[list[bool]]:
    """Modules of the QR symbol (True = dark), without quiet zone."""
    return [[ch == "1" for ch in row] for row in symbol(data, ecl, mask).rows()]


def version_of(data: str, ecl: str = "M") -> int:
    """Smallest QR version that holds data at the error-correction level."""
    return fit(data, ecl)[0]


def svg(
    data: str,
    *,
    size_mm: float | None = None,
    border: int = 4,
    ecl: str = "M",
    dark: str = "#000",
    light: str | None = "#fff",
) -> str:
    """Compact SVG: one stroked path of horizontal module runs, viewBox in modules."""
    if border < 0:
        raise ValueError(f"border must be >= 0: {border}")
    sym = symbol(data, ecl)
    side = sym.size + 2 * border
    parts: list[str] = []
    x = y = None
    for r, row in enumerate(sym.rows()):
        for run in _RUN.finditer(row):
            rx, ry = run.start() + border, r + border
            if x is None:
                parts.append(f"M{rx} {ry}.5")
            else:
                parts.append(f"m{rx - x} {ry - y}")
            parts.append(f"h{run.end() - run.start()}")
            x, y = rx + run.end() - run.start(), ry
    size = ""
    if size_mm is not None:
        if size_mm <= 0:
            raise ValueError(f"size_mm must be positive: {size_mm}")
        size = f' width="{size_mm:g}mm" height="{size_mm:g}mm"'
    back = f'<rect width="{side}" height="{side}" fill="{light}"/>' if light else ""
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {side} {side}"{size}>'
        f"{back}"
        f'<path stroke="{dark}" shape-rendering="crispEdges" d="{"".join(parts)}"/>'
        "</svg>\n"
    )


def mm_to_px(mm: float, dpi: int) -> int:
    """Whole pixels that fit in mm at dpi (rounded down, tolerant of float noise)."""
    return int(mm * dpi / MM_PER_INCH + 1e-6)


def scale_for(modules: int, size_mm: float, dpi: int) -> int:
    """Largest whole pixels per module so that modules fit in size_mm at dpi."""
    scale = mm_to_px(size_mm, dpi) // modules
    if scale < 1:
        raise ValueError(f"{modules} modules do not fit in {size_mm} mm at {dpi} dpi")
    return scale


def image(sym: Symbol, scale: int, border: int = 4) -> Image.Image:
    """Mode "1" image of a symbol with a light border, scale pixels per module."""
    if border < 0:
        raise ValueError(f"border must be >= 0: {border}")
    im = Image.frombytes("1", (sym.width, sym.height), sym.packed(), "raw", "1;I")
    keep = min(border, PAD)
    side = sym.size + 2 * keep
    im = im.crop((PAD - keep, PAD - keep, PAD - keep + side, PAD - keep + side))
    if border > keep:
        grown = Image.new("1", (sym.size + 2 * border,) * 2, 1)
        grown.paste(im, (border - keep, border - keep))
        im, side = grown, sym.size + 2 * border
    if scale != 1:
        im = im.resize((side * scale, side * scale), Image.Resampling.NEAREST)
    return im


def png(
    data: str,
    *,
    size_mm: float = 20,
    dpi: int = 300,
    border: int = 4,
    ecl: str = "M",
) -> bytes:
    """1-bit PNG at most size_mm wide (quiet zone included) at dpi.

    Every module is a whole number of pixels (the largest that fits), so the
    printed symbol may be a little smaller than size_mm. Decoders start to fail
    near 2 pixels per module, so keep size_mm * dpi / 25.4 / modules >= 3.
    """
    sym = symbol(data, ecl)
    im = image(sym, scale_for(sym.size + 2 * border, size_mm, dpi), border)
    out = io.BytesIO()
    im.save(out, "PNG", optimize=True, dpi=(dpi, dpi))
    return out.getvalue()
