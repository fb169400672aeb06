"""Benchmark the stamp toolkit: 10,000-stamp A4 sheet, per-code encoding, decoding."""

from __future__ import annotations

import argparse
import io
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

BASE_URL = "https://ocop.example.vn"
SECRET = b"bench stamp secret"


def _mb(kb: int) -> float:
    """ru_maxrss (KiB on Linux) in MB."""
    return round(kb / 1024, 1)


def bench_sheet(count: int, size_mm: float, workers: int | None, pdf: Path) -> dict:
    """Time one sheet of count stamps and read peak memory right after it."""
    from qr import codes
    from qr.sheet import _workers, render_sheet

    t0 = time.perf_counter()
    stamps = [
        (codes.stamp_url(BASE_URL, c), codes.display(c))
        for c in codes.new_codes(count, SECRET)
    ]
    t1 = time.perf_counter()
    pages = render_sheet(
        stamps,
        pdf,
        title="Xoài Cát Chu Cao Lãnh — HTX Mỹ Xương (dữ liệu mẫu)",
        subtitle="Lô XCC-2025-07 · 10.000 tem",
        size_mm=size_mm,
        workers=workers,
    )
    t2 = time.perf_counter()
    me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    used = _workers(workers, pages)
    return {
        "stamps": count,
        "size_mm": size_mm,
        "workers": used,
        "codes_seconds": round(t1 - t0, 3),
        "sheet_seconds": round(t2 - t1, 3),
        "pages": pages,
        "pdf_bytes": pdf.stat().st_size,
        "peak_rss_self_mb": _mb(me),
        "peak_rss_child_max_mb": _mb(kids),
        "peak_rss_bound_mb": _mb(me + (kids * used if used > 1 else 0)),
        "urls": [url for url, _ in stamps],
    }


def bench_encode(n: int = 2000) -> dict:
    """Per-code encoding time (ours, auto and fixed mask; qrcode for reference)."""
    import qrcode

    from qr import codes
    from qr.encode import encode
    from qr.render import version_of

    urls = [codes.stamp_url(BASE_URL, c) for c in codes.new_codes(n, SECRET)]
    out: dict = {"typical_url": urls[0]}
    for label, mask in (("auto_mask", None), ("fixed_mask", 0)):
        t = time.perf_counter()
        for url in urls:
            encode(url, "M", mask)
        out[f"matrix_ms_{label}"] = round((time.perf_counter() - t) / n * 1e3, 4)
    sample = urls[:200]
    t = time.perf_counter()
    for url in sample:
        q = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M)
        q.add_data(url)
        q.make()
    out["qrcode_lib_ms_auto_mask"] = round((time.perf_counter() - t) / 200 * 1e3, 3)
    out["version_upper_M"] = version_of(urls[0], "M")
    out["version_lower_M"] = version_of(urls[0].lower(), "M")
    return out


def bench_png_15mm(n: int = 200) -> dict:
    """Decode n PNGs at 15 mm, 300 dpi with zxing-cpp."""
    import zxingcpp
    from PIL import Image

    from qr import codes
    from qr.render import png

    urls = [codes.stamp_url(BASE_URL, c) for c in codes.new_codes(n, SECRET)]
    ok = 0
    for url in urls:
        with Image.open(io.BytesIO(png(url, size_mm=15, dpi=300))) as im:
            ok += [b.text for b in zxingcpp.read_barcodes(im)] == [url]
    return {"png_15mm_decoded": ok, "png_15mm_expected": n}


def _decode_range(pdf: Path, first: int, last: int) -> list[str]:
    """Rasterise pages first..last at 300 dpi and decode every QR on them."""
    import zxingcpp
    from PIL import Image

    with tempfile.TemporaryDirectory() as tmp:
        cmd = ["pdftoppm", "-r", "300", "-gray", "-f", str(first), "-l", str(last)]
        subprocess.run([*cmd, str(pdf), f"{tmp}/p"], check=True)
        found: list[str] = []
        for raster in sorted(Path(tmp).glob("p-*.pgm")):
            with Image.open(raster) as im:
                found += [b.text for b in zxingcpp.read_barcodes(im)]
        return found


def bench_decode_sheet(pdf: Path, pages: int, urls: list[str], limit: int) -> dict:
    """Decode the first `limit` pages (0 = all) and compare with the stamps on them."""
    if shutil.which("pdftoppm") is None:
        return {"sheet_decode": "skipped: pdftoppm not installed"}
    last = pages if limit <= 0 else min(limit, pages)
    per_page = -(-len(urls) // pages)  # every page but the last is full
    expected = urls[: min(len(urls), last * per_page)]
    step = 8
    t = time.perf_counter()
    with ThreadPoolExecutor(2) as pool:
        chunks = pool.map(
            lambda first: _decode_range(pdf, first, min(first + step - 1, last)),
            range(1, last + 1, step),
        )
        found = [text for chunk in chunks for text in chunk]
    wanted = set(expected)
    return {
        "sheet_pages_decoded": last,
        "sheet_decoded": len(wanted & set(found)),
        "sheet_expected": len(expected),
        "sheet_unexpected": len(set(found) - wanted),
        "sheet_decode_seconds": round(time.perf_counter() - t, 2),
    }


def main() -> int:
    """Run the benchmarks, print a table, optionally write JSON."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--count", type=int, default=10_000, help="stamps on the sheet")
    ap.add_argument("--size-mm", type=float, default=20.0)
    ap.add_argument("--workers", type=int, default=None, help="default min(2, CPUs)")
    ap.add_argument(
        "--decode-pages", type=int, default=0, help="pages to decode (0 = all)"
    )
    ap.add_argument("--out-json", type=Path, help="write the results here")
    ap.add_argument("--keep-pdf", type=Path, help="keep the sheet PDF at this path")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        pdf = args.keep_pdf or Path(tmp) / "sheet.pdf"
        sheet = bench_sheet(args.count, args.size_mm, args.workers, pdf)
        urls = sheet.pop("urls")
        result = {
            "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
            **sheet,
            **bench_encode(),
            **bench_png_15mm(),
            **bench_decode_sheet(pdf, sheet["pages"], urls, args.decode_pages),
        }

    goal_label = "goal (10k < 20 s, < 400 MB)"
    width = max(len(goal_label), *map(len, result))
    print(f"{'QR stamp benchmark':<{width}}  value")
    for key, value in result.items():
        print(f"{key:<{width}}  {value}")
    goals = result["sheet_seconds"] < 20 and result["peak_rss_bound_mb"] < 400
    print(f"{goal_label:<{width}}  {'met' if goals else 'MISSED'}")
    if args.out_json:
        args.out_json.write_text(json.dumps(result, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
