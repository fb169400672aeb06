"""QR symbol placement with bit-parallel masking and penalty scoring on packed ints."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter

import qrcode
from qrcode import util

from .codewords import codewords, ecl_value

PAD = 4  # light modules kept around the symbol in the packed layout


@dataclass(frozen=True, slots=True)
class Symbol:
    """An encoded QR symbol packed into one int, row-major, with a light margin."""

    version: int
    ecl: str
    mask: int
    size: int  # modules per side, without quiet zone
    width: int  # bits per packed row (size + 2 * PAD rounded up to a byte)
    bits: int  # bit (height*width - 1 - p) is module p; 1 = dark

    @property
    def height(self) -> int:
        """Rows in the packed layout."""
        return self.size + 2 * PAD

    def rows(self) -> list[str]:
        """Rows of the symbol (no quiet zone) as strings of '0'/'1' (1 = dark)."""
        text = format(self.bits, f"0{self.height * self.width}b")
        w, n = self.width, self.size
        return [text[(r + PAD) * w + PAD : (r + PAD) * w + PAD + n] for r in range(n)]

    def packed(self) -> bytes:
        """The padded layout as packed bits, MSB first (Pillow raw mode '1;I')."""
        return self.bits.to_bytes(self.height * self.width // 8, "big")


def _geometry(version: int) -> tuple[int, int, int]:
    """Modules per side, packed row width and packed height for a version."""
    n = 4 * version + 17
    return n, (n + 2 * PAD + 7) // 8 * 8, n + 2 * PAD


def _blank(version: int, ecl: int, mask: int) -> list[list[bool | None]]:
    """Function patterns via qrcode's own setup code; None marks data modules."""
    q = qrcode.QRCode(version=version, error_correction=ecl)
    q.modules_count = n = 4 * version + 17
    q.modules = [[None] * n for _ in range(n)]
    q.setup_position_probe_pattern(0, 0)
    q.setup_position_probe_pattern(n - 7, 0)
    q.setup_position_probe_pattern(0, n - 7)
    q.setup_position_adjust_pattern()
    q.setup_timing_pattern()
    q.setup_type_info(False, mask)
    if version >= 7:
        q.setup_type_number(False)
    return q.modules


def _pack(cells: list[tuple[int, int]], version: int, transpose: bool) -> int:
    """An int with the given (row, col) cells set in the packed layout."""
    n, w, h = _geometry(version)
    top = h * w - 1
    value = 0
    for r, c in cells:
        if transpose:
            r, c = c, r
        value |= 1 << (top - ((r + PAD) * w + c + PAD))
    return value


@dataclass(frozen=True, slots=True)
class _Template:
    """Per-version placement tables in both the row-major and column-major layout."""

    cells: int  # data modules, including remainder bits
    rows: itemgetter  # picks, for each packed position, its bit of the data stream
    cols: itemgetter
    inside: int  # every module of the symbol
    masks: tuple[tuple[int, int], ...]  # per mask: (row layout, column layout)


@lru_cache(maxsize=8)
def _template(version: int) -> _Template:
    """Data module order (qrcode's map_data walk) and mask patterns for a version."""
    n, w, h = _geometry(version)
    blank = _blank(version, 0, 0)
    order: list[tuple[int, int]] = []
    row, inc = n - 1, -1
    for col in range(n - 1, 0, -2):
        if col <= 6:
            col -= 1
        while 0 <= row < n:
            order.extend((row, c) for c in (col, col - 1) if blank[row][c] is None)
            row += inc
        row -= inc
        inc = -inc
    none = len(order)  # index of a '0' appended to the stream
    perm_r, perm_c = [none] * (h * w), [none] * (h * w)
    for k, (r, c) in enumerate(order):
        perm_r[(r + PAD) * w + c + PAD] = k
        perm_c[(c + PAD) * w + r + PAD] = k
    masks = []
    for m in range(8):
        func = util.mask_func(m)
        on = [(r, c) for r, c in order if func(r, c)]
        masks.append((_pack(on, version, False), _pack(on, version, True)))
    inside = [(r, c) for r in range(n) for c in range(n)]
    return _Template(
        cells=len(order),
        rows=itemgetter(*perm_r),
        cols=itemgetter(*perm_c),
        inside=_pack(inside, version, False),
        masks=tuple(masks),
    )


@lru_cache(maxsize=16)
def _function_modules(version: int, ecl: int) -> tuple[tuple[int, int], ...]:
    """Dark function-pattern modules (with format info) per mask, both layouts."""
    out = []
    for m in range(8):
        grid = _blank(version, ecl, m)
        dark = [(r, c) for r, line in enumerate(grid) for c, v in enumerate(line) if v]
        out.append((_pack(dark, version, False), _pack(dark, version, True)))
    return tuple(out)


def penalty(rows: int, cols: int, version: int) -> int:
    """ISO 18004 mask penalty (rules 1-4) on both packed layouts at once."""
    n, w, h = _geometry(version)
    inside = _template(version).inside
    full = (1 << (h * w)) - 1
    score = 0
    for dark in (rows, cols):
        light = inside & ~dark
        for y in (dark, light):  # rule 1: runs of 5+ same-colour modules
            win = y & y >> 1 & y >> 2 & y >> 3 & y >> 4
            score += win.bit_count() + 2 * (win & ~(win << 1)).bit_count()
        lp = full & ~dark  # rule 3: 1:1:3:1:1 with 4 light (quiet zone is light)
        core = dark & lp >> 1 & dark >> 2 & dark >> 3 & dark >> 4 & lp >> 5 & dark >> 6
        if core:
            l4 = lp & lp >> 1 & lp >> 2 & lp >> 3
            score += 40 * ((core & l4 >> 7).bit_count() + (l4 & core >> 4).bit_count())
    light = inside & ~rows
    for y in (rows, light):  # rule 2: 2x2 blocks
        score += 3 * (y & y >> 1 & y >> w & y >> (w + 1)).bit_count()
    total = n * n  # rule 4: balance of dark modules
    score += 10 * (abs(rows.bit_count() * 100 - total * 50) // (total * 5))
    return score


def encode(
    data: str, ecl: str = "M", mask: int | None = None, version: int | None = None
) -> Symbol:
    """Encode data; mask None picks the lowest-penalty mask of the eight."""
    if mask is not None and not 0 <= mask <= 7:
        raise ValueError(f"mask must be 0-7 or None: {mask!r}")
    e = ecl_value(ecl)
    v, words = codewords(data, ecl, version)
    tpl = _template(v)
    src = format(int.from_bytes(words, "big"), f"0{8 * len(words)}b")
    src += "0" * (tpl.cells - len(src) + 1)
    data_r = int("".join(tpl.rows(src)), 2)
    func = _function_modules(v, e)
    n, w, _ = _geometry(v)
    if mask is None:
        data_c = int("".join(tpl.cols(src)), 2)
        best = None
        for m in range(8):
            mr, mc = tpl.masks[m]
            fr, fc = func[m]
            r = (data_r ^ mr) | fr
            score = penalty(r, (data_c ^ mc) | fc, v)
            if best is None or score < best[0]:
                best = (score, m, r)
        assert best is not None
        _, mask, bits = best
    else:
        bits = (data_r ^ tpl.masks[mask][0]) | func[mask][0]
    return Symbol(v, ecl.upper(), mask, n, w, bits)
