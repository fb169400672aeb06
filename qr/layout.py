"""Geometry of an A4 stamp sheet in whole pixels: grid, code text and crop marks."""

from __future__ import annotations

from dataclasses import dataclass

from .fonts import font
from .render import MM_PER_INCH

A4_MM = (210.0, 297.0)
MIN_SIZE_MM, MAX_SIZE_MM = 15.0, 30.0
MIN_PX_PER_MODULE = 3  # MEASURED: decoding fails near 2 pixels per module
CODE_PT = (6.0, 7.0)  # smallest size for one line of code text, largest size


def px(mm: float, dpi: int) -> int:
    """Millimetres to the nearest whole pixel."""
    return round(mm * dpi / MM_PER_INCH)


def split_text(text: str) -> tuple[str, ...]:
    """Two lines, cut at the hyphen nearest the middle (or the middle)."""
    middle = len(text) / 2
    cuts = [i for i, ch in enumerate(text) if ch == "-"]
    if cuts:
        cut = min(cuts, key=lambda i: abs(i - middle))
        return text[:cut], text[cut + 1 :]
    return text[: len(text) // 2], text[len(text) // 2 :]


@dataclass(frozen=True, slots=True)
class Layout:
    """Pixel geometry shared by every page of one sheet."""

    dpi: int
    page_w: int
    page_h: int
    box: int  # side of the square QR box (quiet zone included) = cell width
    cell_h: int
    gap: int
    cols: int
    rows: int
    x0: int
    y0: int
    margin: int
    header_h: int
    code_px: int
    code_lines: int
    line_h: int
    text_top: int  # from the cell's top to the first text baseline
    mark_off: int
    mark_len: int
    border: int

    @property
    def per_page(self) -> int:
        """Stamps on a full page."""
        return self.cols * self.rows

    def cell(self, index: int) -> tuple[int, int]:
        """Top-left pixel of the index-th cell on a page."""
        r, c = divmod(index, self.cols)
        return self.x0 + c * (self.box + self.gap), self.y0 + r * (
            self.cell_h + self.gap
        )

    def text_lines(self, text: str) -> tuple[str, ...]:
        """The code text as it is printed (one or two lines)."""
        return (text,) if self.code_lines == 1 else split_text(text)


def _code_font(longest: str, box: int, dpi: int) -> tuple[int, int]:
    """Pixel size and line count for the code text under a box-wide QR."""
    smallest, largest = (round(pt / 72 * dpi) for pt in CODE_PT)
    room = box * 0.96

    def fitting(text: str) -> int:
        probe = 100
        width = font("code", probe).getlength(text) or 1
        return min(largest, int(probe * room / width))

    one = fitting(longest)
    if one >= smallest or not longest:
        return max(one, 1), 1
    return max(1, fitting(max(split_text(longest), key=len))), 2


def make_layout(
    *,
    size_mm: float,
    margin_mm: float,
    gap_mm: float,
    dpi: int,
    modules: int,
    longest_text: str,
    border: int = 4,
) -> Layout:
    """Check the options and lay the grid out; ValueError when they cannot work."""
    if not MIN_SIZE_MM <= size_mm <= MAX_SIZE_MM:
        raise ValueError(
            f"stamp size must be {MIN_SIZE_MM:g}-{MAX_SIZE_MM:g} mm, not {size_mm}"
        )
    if margin_mm < 0 or gap_mm < 0:
        raise ValueError("margin and gap must not be negative")
    if not 72 <= dpi <= 1200:
        raise ValueError(f"dpi must be 72-1200, not {dpi}")
    page_w, page_h = px(A4_MM[0], dpi), px(A4_MM[1], dpi)
    box = int(size_mm * dpi / MM_PER_INCH + 1e-6)
    if box // modules < MIN_PX_PER_MODULE:
        raise ValueError(
            f"{size_mm} mm at {dpi} dpi gives {box // modules} pixels per module;"
            f" need {MIN_PX_PER_MODULE}: raise dpi or size"
        )
    code_px, lines = _code_font(longest_text, box, dpi)
    descent = font("code", code_px).getmetrics()[1]
    line_h = round(code_px * 1.12)
    text_top = box + round(code_px * 0.75)  # the box already holds the quiet zone
    below = max(descent, round(code_px * 0.25)) + px(0.3, dpi)  # cutting tolerance
    cell_h = text_top + (lines - 1) * line_h + below
    margin, gap = px(margin_mm, dpi), px(gap_mm, dpi)
    header_h = px(12, dpi)
    cols = (page_w - 2 * margin + gap) // (box + gap)
    rows = (page_h - 2 * margin - header_h + gap) // (cell_h + gap)
    if cols < 1 or rows < 1:
        raise ValueError("margins and gap leave no room for a stamp on A4")
    grid_w = cols * (box + gap) - gap
    half = gap // 2
    mark_off = max(1, min(px(0.75, dpi), half // 3))
    mark_len = max(0, min(px(3, dpi), half - mark_off - max(1, px(0.2, dpi))))
    return Layout(
        dpi=dpi,
        page_w=page_w,
        page_h=page_h,
        box=box,
        cell_h=cell_h,
        gap=gap,
        cols=cols,
        rows=rows,
        x0=(page_w - grid_w) // 2,
        y0=margin + header_h,
        margin=margin,
        header_h=header_h,
        code_px=code_px,
        code_lines=lines,
        line_h=line_h,
        text_top=text_top,
        mark_off=mark_off,
        mark_len=mark_len if mark_len >= 2 else 0,
        border=border,
    )
