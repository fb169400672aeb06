"""Fonts for print sheets: DejaVu (Vietnamese-capable) when installed, else Pillow's."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PIL import ImageFont

FontType = ImageFont.FreeTypeFont | ImageFont.ImageFont

_DIRS = (
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/dejavu"),
    Path("/usr/local/share/fonts"),
    Path("/Library/Fonts"),
)
_FILES = {
    "code": ("DejaVuSansMono.ttf", "DejaVuSans.ttf"),
    "regular": ("DejaVuSans.ttf",),
    "bold": ("DejaVuSans-Bold.ttf", "DejaVuSans.ttf"),
}


@lru_cache(maxsize=8)
def font_path(kind: str) -> str | None:
    """Path of the DejaVu face for kind ("code", "regular", "bold"), or None."""
    for name in _FILES[kind]:
        for folder in _DIRS:
            if (folder / name).is_file():
                return str(folder / name)
        try:  # Pillow also searches the platform's font folders by file name
            ImageFont.truetype(name, 10)
            return name
        except OSError:
            continue
    return None


@lru_cache(maxsize=32)
def font(kind: str, px: int) -> FontType:
    """A font of kind at px pixels per em (DejaVu if present, else Pillow's default)."""
    path = font_path(kind)
    if path is not None:
        return ImageFont.truetype(path, px)
    return ImageFont.load_default(px)
