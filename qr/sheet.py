"""A4 print sheets of QR stamps: a grid with the code under each QR and crop marks."""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import closing
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO

from PIL import Image, ImageDraw

from .encode import encode
from .fonts import FontType, font
from .layout import Layout, make_layout, px
from .pdf import PdfWriter, g4_encode
from .render import image, version_of

Stamp = tuple[str, str]
PageJob = tuple[Layout, int, int, list[Stamp], str, str]


def _marks(draw: ImageDraw.ImageDraw, lay: Layout, x: int, y: int) -> None:
    """Crop marks at the four corners of the cell at (x, y), pointing outwards."""
    off, length = lay.mark_off, lay.mark_len
    if not length:
        return
    x1, y1 = x + lay.box, y + lay.cell_h
    for cy in (y, y1):  # horizontal marks on the top and bottom cut lines
        draw.rectangle((x - off - length, cy, x - off - 1, cy), fill=0)
        draw.rectangle((x1 + off, cy, x1 + off + length - 1, cy), fill=0)
    for cx in (x, x1):  # vertical marks on the left and right cut lines
        draw.rectangle((cx, y - off - length, cx, y - off - 1), fill=0)
        draw.rectangle((cx, y1 + off, cx, y1 + off + length - 1), fill=0)


@lru_cache(maxsize=2)
def _blank_page(lay: Layout, cells: int) -> Image.Image:
    """White page with crop marks for the first cells of the grid (cached)."""
    page = Image.new("1", (lay.page_w, lay.page_h), 1)
    draw = ImageDraw.Draw(page)
    for i in range(cells):
        _marks(draw, lay, *lay.cell(i))
    return page


def _fit(text: str, face: FontType, width: int) -> str:
    """text, cut with an ellipsis to the longest prefix that fits in width pixels."""
    if face.getlength(text) <= width:
        return text
    lo, hi = 0, len(text)  # binary search: prefix lo fits, prefix hi does not
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if face.getlength(text[:mid] + "…") <= width:
            lo = mid
        else:
            hi = mid
    return text[:lo].rstrip() + "…"


def _header(
    draw: ImageDraw.ImageDraw, lay: Layout, page: str, title: str, sub: str
) -> None:
    """Product name and lot on the left, page number on the right."""
    dpi, left, right = lay.dpi, lay.x0, lay.page_w - lay.x0
    small, big = font("regular", px(3.2, dpi)), font("bold", px(4.2, dpi))
    top = lay.margin
    draw.text((right, top), page, font=small, fill=0, anchor="ra")
    room = right - left - int(small.getlength(page)) - px(5, dpi)
    if title:
        draw.text((left, top), _fit(title, big, room), font=big, fill=0, anchor="la")
    if sub:
        draw.text(
            (left, top + px(5.6, dpi)),
            _fit(sub, small, room),
            font=small,
            fill=0,
            anchor="la",
        )


def render_page(job: PageJob) -> tuple[int, int, bytes, int]:
    """Render one page; returns (width, height, Group 4 data, stamps on it)."""
    lay, number, total, stamps, title, subtitle = job
    page = _blank_page(lay, len(stamps)).copy()
    draw = ImageDraw.Draw(page)
    _header(draw, lay, f"{number}/{total}", title, subtitle)
    code_font = font("code", lay.code_px)
    for i, (url, text) in enumerate(stamps):
        x, y = lay.cell(i)
        sym = encode(url, "M")
        scale = lay.box // (sym.size + 2 * lay.border)
        if scale < 1:
            raise ValueError(f"QR for {url!r} does not fit in the stamp box")
        qr = image(sym, scale, lay.border)
        inset = (lay.box - qr.width) // 2
        page.paste(qr, (x + inset, y + inset))
        base = y + lay.text_top
        for line in lay.text_lines(text):
            draw.text(
                (x + lay.box // 2, base), line, font=code_font, fill=0, anchor="ms"
            )
            base += lay.line_h
    return page.width, page.height, g4_encode(page), len(stamps)


def _workers(workers: int | None, pages: int) -> int:
    """Worker processes to use: default min(2, usable CPUs), never more than pages."""
    if workers is None:
        try:
            cpus = len(os.sched_getaffinity(0))
        except AttributeError:  # not on Linux
            cpus = os.cpu_count() or 1
        workers = min(2, cpus)
    return max(1, min(workers, pages))


def _pages(jobs: list[PageJob], workers: int) -> Iterator[tuple[int, int, bytes, int]]:
    """Rendered pages in order, in worker processes when workers > 1."""
    if workers == 1:
        yield from map(render_page, jobs)
        return
    # fork is cheap and needs no `if __name__ == "__main__"` guard in the caller,
    # but is only safe from a single-threaded process; spawn otherwise.
    single = sys.platform == "linux" and threading.active_count() == 1
    ctx = multiprocessing.get_context("fork" if single else "spawn")
    pool = ProcessPoolExecutor(workers, mp_context=ctx)
    try:
        yield from pool.map(render_page, jobs)
    finally:  # on error or interrupt, drop the pages not yet started
        pool.shutdown(wait=True, cancel_futures=True)


def render_sheet(
    stamps: Sequence[Stamp],
    out: str | os.PathLike[str] | BinaryIO,
    *,
    title: str = "",
    subtitle: str = "",
    size_mm: float = 20,
    margin_mm: float = 10,
    gap_mm: float = 4,
    dpi: int = 300,
    progress: Callable[[int], None] | None = None,
    workers: int | None = None,
) -> int:
    """Write an A4 PDF of (url, code text) stamps to a path or file; return pages.

    size_mm (15-30) is the side of each QR including its quiet zone; the code
    text is printed under it and crop marks sit in the gaps around each cell.
    progress(n) is called with the stamps finished since its previous call.
    Pages are rendered in `workers` processes (default min(2, CPUs)) and
    streamed to the PDF one by one, so memory does not grow with the count.
    """
    stamps = [(str(url), str(text)) for url, text in stamps]
    if not stamps:
        raise ValueError("no stamps to print")
    title = unicodedata.normalize("NFC", title)
    subtitle = unicodedata.normalize("NFC", subtitle)
    lay = make_layout(
        size_mm=size_mm,
        margin_mm=margin_mm,
        gap_mm=gap_mm,
        dpi=dpi,
        modules=max(4 * version_of(url) + 17 for url in {stamps[0][0], stamps[-1][0]})
        + 8,
        longest_text=max((text for _, text in stamps), key=len),
    )
    per = lay.per_page
    total = -(-len(stamps) // per)
    jobs = [
        (lay, n + 1, total, stamps[n * per : (n + 1) * per], title, subtitle)
        for n in range(total)
    ]
    if isinstance(out, str | os.PathLike):
        path = Path(out)
        try:
            with path.open("wb") as fh:
                return _write(
                    fh, jobs, _workers(workers, total), progress, title, subtitle
                )
        except BaseException:
            path.unlink(missing_ok=True)
            raise
    return _write(out, jobs, _workers(workers, total), progress, title, subtitle)


def _write(
    out: BinaryIO,
    jobs: list[PageJob],
    workers: int,
    progress: Callable[[int], None] | None,
    title: str,
    subtitle: str,
) -> int:
    """Stream the rendered pages into a PDF on out; return the page count."""
    pdf = PdfWriter(out)
    dpi = jobs[0][0].dpi
    with closing(_pages(jobs, workers)) as pages:
        for width, height, g4, done in pages:
            pdf.add_page(width, height, dpi, g4)
            if progress is not None:
                progress(done)
    pdf.close(title=title, subject=subtitle)
    return pdf.pages
