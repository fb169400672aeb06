"""Minimal streaming PDF writer for 1-bit pages (CCITT Group 4 images), page by page."""

from __future__ import annotations

import io
import math
import time
from typing import BinaryIO

from PIL import Image, TiffImagePlugin

PRODUCER = "OCOP qr toolkit"


def g4_encode(page: Image.Image) -> bytes:
    """CCITT Group 4 data of a mode "1" image (via Pillow's libtiff encoder)."""
    buf = io.BytesIO()
    page.save(
        buf,
        "TIFF",
        compression="group4",
        strip_size=math.ceil(page.width / 8) * page.height,
    )
    buf.seek(0)
    with Image.open(buf) as tif:
        assert isinstance(tif, TiffImagePlugin.TiffImageFile)
        offsets = tif.tag_v2[TiffImagePlugin.STRIPOFFSETS]
        counts = tif.tag_v2[TiffImagePlugin.STRIPBYTECOUNTS]
    data = buf.getvalue()
    return b"".join(data[o : o + n] for o, n in zip(offsets, counts, strict=True))


def _text(value: str) -> bytes:
    """A PDF text string (UTF-16BE with BOM, hex) for the document info."""
    return b"<FEFF" + value.encode("utf-16-be").hex().upper().encode() + b">"


class PdfWriter:
    """Write pages as they come; the page tree and xref are written by close()."""

    def __init__(self, out: BinaryIO) -> None:
        """Start a PDF on a binary stream (need not be seekable)."""
        self._out = out
        self._pos = 0
        self._offsets: dict[int, int] = {}
        self._pages: list[int] = []
        self._next = 4  # 1 catalog, 2 page tree, 3 info
        self._write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")

    def _write(self, data: bytes) -> None:
        self._out.write(data)
        self._pos += len(data)

    def _obj(self, num: int, body: bytes, stream: bytes | None = None) -> None:
        self._offsets[num] = self._pos
        if stream is None:
            self._write(b"%d 0 obj\n%s\nendobj\n" % (num, body))
            return
        self._write(b"%d 0 obj\n<<%s/Length %d>>\nstream\n" % (num, body, len(stream)))
        self._write(stream)
        self._write(b"\nendstream\nendobj\n")

    def add_page(self, width: int, height: int, dpi: float, g4: bytes) -> None:
        """Add a page showing one G4-coded 1-bit image of width x height pixels."""
        img, content, page = self._next, self._next + 1, self._next + 2
        self._next += 3
        self._obj(
            img,
            b"/Type/XObject/Subtype/Image/Width %d/Height %d/ColorSpace/DeviceGray"
            b"/BitsPerComponent 1/Filter/CCITTFaxDecode"
            b"/DecodeParms<</K -1/Columns %d/Rows %d/BlackIs1 true>>"
            % (width, height, width, height),
            g4,
        )
        w_pt, h_pt = width * 72 / dpi, height * 72 / dpi
        self._obj(content, b"", b"q %.4f 0 0 %.4f 0 0 cm /Im0 Do Q" % (w_pt, h_pt))
        self._obj(
            page,
            b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 %.4f %.4f]"
            b"/Resources<</XObject<</Im0 %d 0 R>>/ProcSet[/PDF/ImageB]>>"
            b"/Contents %d 0 R>>" % (w_pt, h_pt, img, content),
        )
        self._pages.append(page)

    @property
    def pages(self) -> int:
        """Pages written so far."""
        return len(self._pages)

    def close(self, title: str = "", subject: str = "") -> None:
        """Write page tree, catalog, info, xref and trailer (the stream stays open)."""
        kids = b" ".join(b"%d 0 R" % p for p in self._pages)
        self._obj(2, b"<</Type/Pages/Kids[%s]/Count %d>>" % (kids, len(self._pages)))
        self._obj(1, b"<</Type/Catalog/Pages 2 0 R>>")
        stamp = time.strftime("D:%Y%m%d%H%M%SZ", time.gmtime()).encode()
        info = b"<</Producer%s/CreationDate(%s)" % (_text(PRODUCER), stamp)
        if title:
            info += b"/Title" + _text(title)
        if subject:
            info += b"/Subject" + _text(subject)
        self._obj(3, info + b">>")
        xref = self._pos
        lines = [b"xref\n0 %d\n" % self._next, b"0000000000 65535 f \n"]
        lines += [b"%010d 00000 n \n" % self._offsets[n] for n in range(1, self._next)]
        self._write(b"".join(lines))
        self._write(
            b"trailer\n<</Size %d/Root 1 0 R/Info 3 0 R>>\nstartxref\n%d\n%%%%EOF\n"
            % (self._next, xref)
        )
