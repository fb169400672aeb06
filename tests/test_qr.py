"""Tests of the stamp toolkit: codes, QR encoding and rendering, print sheets."""

from __future__ import annotations

import io
import random
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import qrcode
import zxingcpp
from PIL import Image

from qr import codes, render
from qr.encode import Symbol, encode, penalty
from qr.fonts import font_path
from qr.sheet import render_sheet

SECRET = b"test stamp secret"
BASE = "https://ocop.example.vn"


def _stamps(n: int, base: str = BASE) -> list[tuple[str, str]]:
    """n (url, display code) pairs."""
    return [
        (codes.stamp_url(base, c), codes.display(c)) for c in codes.new_codes(n, SECRET)
    ]


# --- codes ---------------------------------------------------------------


def test_alphabet_is_crockford() -> None:
    assert len(set(codes.ALPHABET)) == 32
    assert not set("ILOU") & set(codes.ALPHABET)


def test_new_code_format_and_check() -> None:
    batch = codes.new_codes(500, SECRET)
    assert len(set(batch)) == 500
    for code in batch:
        assert len(code) == 16
        assert set(code) <= set(codes.ALPHABET)
        assert codes.check(code, SECRET)
        assert not codes.check(code, b"another secret")


def test_check_rejects_every_one_char_change() -> None:
    code = codes.new_code(SECRET)
    for i, ch in enumerate(code):
        for other in codes.ALPHABET.replace(ch, ""):
            assert not codes.check(code[:i] + other + code[i + 1 :], SECRET)


def test_check_expects_canonical_code() -> None:
    code = codes.new_code(SECRET)
    assert not codes.check(code.lower(), SECRET)
    assert not codes.check(codes.display(code), SECRET)
    assert not codes.check("é" * 16, SECRET)


def test_forged_codes_essentially_never_pass() -> None:
    rng = random.Random(7)
    forged = (
        "".join(rng.choice(codes.ALPHABET) for _ in range(16)) for _ in range(20_000)
    )
    assert sum(codes.check(c, SECRET) for c in forged) <= 1  # expected 2e-5


def test_normalise_accepts_what_people_type() -> None:
    code = codes.new_code(SECRET)
    shown = codes.display(code)
    assert codes.normalise(code) == code
    assert codes.normalise(shown.lower()) == code
    assert codes.normalise(" ".join(shown.split("-"))) == code
    assert codes.normalise(f"\t{shown}\n") == code
    assert codes.normalise(shown.replace("-", "\u00a0")) == code
    assert codes.normalise(shown.replace("-", "\u2013")) == code
    assert codes.normalise("I1L1-o0O0-2222-3333") == "11110000" + "22223333"
    assert codes.verify(shown.lower(), SECRET) == code


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "ABCD-EFGH-JKMN-PQR",  # 15
        "ABCD-EFGH-JKMN-PQRST",  # 17
        "ABCD-EFGH-JKMN-PQRU",  # U is not in the alphabet
        "ABCD-EFGH-JKMN-PQR\x00",
        "ABCD_EFGH_JKMN_PQRS",
        "ABCDÉFGHJKMNPQRS",
        "A" * 10_000,
        "-" * 10_000 + "ABCDEFGHJKMNPQRS",
    ],
)
def test_normalise_rejects_bad_input(raw: str) -> None:
    assert codes.normalise(raw) is None
    assert codes.verify(raw, SECRET) is None


def test_verify_rejects_forgery() -> None:
    code = codes.new_code(SECRET)
    assert codes.verify(code[:15] + ("0" if code[15] != "0" else "1"), SECRET) is None


def test_stamp_url_uppercases_only_when_safe() -> None:
    code = codes.new_code(SECRET)
    up = f"/T/{code}"
    assert codes.stamp_url("https://ocop.example.vn", code) == (
        "HTTPS://OCOP.EXAMPLE.VN" + up
    )
    assert codes.stamp_url("https://Ocop.example.vn/", code).endswith("VN" + up)
    assert (
        codes.stamp_url("http://x.vn:8080/OCOP", code) == "HTTP://X.VN:8080/OCOP" + up
    )
    # a lower-case path, user info or a non-ASCII host is kept exactly
    assert codes.stamp_url("https://x.vn/ocop/", code) == f"https://x.vn/ocop/t/{code}"
    assert codes.stamp_url("https://u@x.vn", code) == f"https://u@x.vn/t/{code}"
    assert codes.stamp_url("https://cà.vn", code) == f"https://cà.vn/t/{code}"
    for bad in ("https://x.vn/?a=1", "https://x.vn#f", "ocop.example.vn"):
        with pytest.raises(ValueError):
            codes.stamp_url(bad, code)
    with pytest.raises(ValueError):
        codes.stamp_url(BASE, code.lower())


def test_display_groups() -> None:
    assert codes.display("ABCDEFGHJKMNPQRS") == "ABCD-EFGH-JKMN-PQRS"


# --- QR encoding ---------------------------------------------------------


def test_version_3_for_30_char_base_url() -> None:
    base = "https://" + "o" * 19 + ".vn"
    assert len(base) == 30
    url = codes.stamp_url(base, codes.new_code(SECRET))
    assert url == url.upper()
    assert render.version_of(url, "M") <= 3
    assert render.version_of(url.lower(), "M") == 4  # why upper case matters
    assert render.version_of("HTTPS://OCOP.EXAMPLE.VN/T/ABCD2345EFGH6789") == 3


@pytest.mark.parametrize(
    ("data", "ecl"),
    [
        ("HTTPS://OCOP.EXAMPLE.VN/T/ABCD2345EFGH6789", "M"),
        ("https://ocop.example.vn/t/ABCD2345EFGH6789", "Q"),
        ("0123456789" * 3, "H"),
        ("Xoài Cát Chu, Mỹ Xương, Cao Lãnh " * 6, "L"),  # version >= 7
    ],
)
def test_matrix_matches_qrcode_for_fixed_mask(data: str, ecl: str) -> None:
    levels = {"L": 1, "M": 0, "Q": 3, "H": 2}
    for mask in range(8):
        ref = qrcode.QRCode(error_correction=levels[ecl], mask_pattern=mask, border=0)
        ref.add_data(data)
        ref.make()
        assert render.matrix(data, ecl=ecl, mask=mask) == ref.modules


def _naive_penalty(m: list[list[bool]]) -> int:
    """ISO 18004 penalty, one module at a time; quiet zone light for rule 3."""
    n = len(m)
    lines = [row[:] for row in m] + [[m[r][c] for r in range(n)] for c in range(n)]
    score = 0
    for line in lines:
        run = 1
        for a, b in zip(line, line[1:] + [None], strict=True):
            if a == b:
                run += 1
                continue
            score += run - 2 if run >= 5 else 0
            run = 1
        padded = [False] * 4 + line + [False] * 4
        core = [True, False, True, True, True, False, True]
        for i in range(len(padded) - 10):
            window = padded[i : i + 11]
            score += 40 * (window == core + [False] * 4)
            score += 40 * (window == [False] * 4 + core)
    for r in range(n - 1):
        for c in range(n - 1):
            score += 3 * (m[r][c] == m[r][c + 1] == m[r + 1][c] == m[r + 1][c + 1])
    dark = sum(map(sum, m))
    return score + 10 * (abs(dark * 100 - n * n * 50) // (n * n * 5))


def _transpose_bits(sym: Symbol) -> int:
    """The column-major packed layout of a symbol."""
    text = format(sym.bits, f"0{sym.height * sym.width}b")
    out = ["0"] * len(text)
    for r in range(sym.height):
        for c in range(sym.height):
            out[c * sym.width + r] = text[r * sym.width + c]
    return int("".join(out), 2)


def test_penalty_agrees_with_naive_rules_and_picks_minimum() -> None:
    data = "HTTPS://OCOP.EXAMPLE.VN/T/ABCD2345EFGH6789"
    scores = []
    for mask in range(8):
        sym = encode(data, "M", mask)
        naive = _naive_penalty([[ch == "1" for ch in row] for row in sym.rows()])
        assert penalty(sym.bits, _transpose_bits(sym), sym.version) == naive
        scores.append(naive)
    assert encode(data, "M").mask == scores.index(min(scores))


# --- SVG and PNG ---------------------------------------------------------


def test_svg_is_xml_and_draws_the_matrix() -> None:
    data = codes.stamp_url(BASE, codes.new_code(SECRET))
    text = render.svg(data, size_mm=20)
    root = ET.fromstring(text)
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("width") == "20mm"
    side = len(render.matrix(data)) + 8
    assert root.get("viewBox") == f"0 0 {side} {side}"
    path = root.find("{http://www.w3.org/2000/svg}path")
    assert path is not None
    drawn = set()
    x = y = 0.0
    for op, a, b in re.findall(r"([Mmh])(-?[\d.]+)(?: (-?[\d.]+))?", path.get("d")):
        if op == "M":
            x, y = float(a), float(b)
        elif op == "m":
            x, y = x + float(a), y + float(b)
        else:
            drawn.update((int(y - 4.5), int(x) - 4 + i) for i in range(int(a)))
            x += float(a)
    grid = render.matrix(data)
    assert drawn == {
        (r, c) for r, row in enumerate(grid) for c, v in enumerate(row) if v
    }
    assert len(text) < 2500
    assert "width" not in ET.fromstring(render.svg(data)).attrib


def test_png_decodes_at_15_mm_300_dpi() -> None:
    data = codes.stamp_url(BASE, codes.new_code(SECRET))
    blob = render.png(data, size_mm=15, dpi=300)
    im = Image.open(io.BytesIO(blob))
    assert im.mode == "1"
    modules = len(render.matrix(data)) + 8
    assert im.width == im.height and im.width % modules == 0
    assert im.width <= 15 / 25.4 * 300
    assert im.width // modules >= 4
    found = zxingcpp.read_barcodes(im)
    assert [b.text for b in found] == [data]


def test_png_too_small_raises() -> None:
    with pytest.raises(ValueError):
        render.png("HELLO", size_mm=1, dpi=72)


# --- print sheets --------------------------------------------------------


@pytest.mark.parametrize("size", [14.9, 30.5, 0])
def test_sheet_size_out_of_range(size: float) -> None:
    with pytest.raises(ValueError, match="15-30"):
        render_sheet(_stamps(1), io.BytesIO(), size_mm=size)


def test_sheet_to_file_object_single_process() -> None:
    out = io.BytesIO()
    assert render_sheet(_stamps(3), out, title="Thử", workers=1) == 1
    data = out.getvalue()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")


def test_dejavu_font_found() -> None:
    if not Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf").exists():
        pytest.skip("fonts-dejavu-core is not installed")
    assert font_path("regular") is not None
    assert font_path("code") is not None


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs pdftoppm (poppler)")
def test_sheet_pdf_decodes_every_stamp(tmp_path: Path) -> None:
    stamps = _stamps(30)
    done: list[int] = []
    pdf = tmp_path / "sheet.pdf"
    pages = render_sheet(
        stamps,
        pdf,
        title="Xoài Cát Chu Cao Lãnh — HTX Mỹ Xương",
        subtitle="Lô XCC-2025-07",
        size_mm=30,
        margin_mm=30,
        progress=done.append,
        workers=2,
    )
    assert pages == 2
    assert sum(done) == 30 and len(done) == 2
    subprocess.run(
        ["pdftoppm", "-r", "300", "-gray", str(pdf), str(tmp_path / "p")], check=True
    )
    rasters = sorted(tmp_path.glob("p-*.pgm"))
    assert len(rasters) == 2
    decoded: list[str] = []
    for raster in rasters:
        with Image.open(raster) as im:
            assert im.size == (2480, 3508)
            assert im.getpixel((5, 5)) == 255  # white paper, not inverted
            decoded += [b.text for b in zxingcpp.read_barcodes(im)]
    assert sorted(decoded) == sorted(url for url, _ in stamps)
