"""Public pages and API reads: server time per page (in-process test client, p50/p95).

Goal: the product page under 20 ms at p95 with the demo data, and its HTML + CSS
under 50 KB gzip-compressed. `--synthetic N` adds N generated products first, to see
how the lists and facets grow with a bigger catalogue.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import build_app  # noqa: E402

GOAL_PRODUCT_P95_MS = 20.0
GOAL_PRODUCT_GZIP_KB = 50.0


PAGES = {
    "home": "/?lang=vi",
    "product_list": "/products?lang=vi",
    "product_list_filtered": "/products?stars=3&group=food&lang=en",
    "product_list_page_2": "/products?page=2&lang=vi",
    "product": "/products/xoai-cat-chu-cao-lanh?lang=vi",
    "product_en": "/products/mit-say?lang=en",
    "producer_list": "/producers?lang=vi",
    "producer": "/producers/htx-xoai-my-xuong?lang=vi",
    "tourism_list": "/tourism?lang=en",
    "tourism": "/tourism/du-lich-sinh-thai-gao-giong?lang=en",
    "not_found": "/products/no-such-product?lang=vi",
    "sitemap": "/sitemap.xml",
    "api_products": "/api/v1/products",
    "api_product": "/api/v1/products/xoai-cat-chu-cao-lanh",
    "api_producer": "/api/v1/producers/htx-xoai-my-xuong",
    "api_openapi": "/api/v1/openapi.json",
}


def timed(client, url: str, runs: int) -> tuple[list[float], list[float]]:
    """Wall and CPU milliseconds per request, after two warm-up requests.

    CPU time (this process only) shows the server's own cost even when other
    programs share the cores; wall time is what a client would wait.
    """
    for _ in range(2):
        client.get(url).close()
    wall, cpu = [], []
    for _ in range(runs):
        started, cpu_started = time.perf_counter(), time.process_time()
        response = client.get(url)
        response.get_data()
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - cpu_started) * 1000)
        assert response.status_code in (200, 404), (url, response.status_code)
        response.close()
    return wall, cpu


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def summary(times: tuple[list[float], list[float]]) -> dict[str, float]:
    wall, cpu = times
    return {
        "p50_ms": round(statistics.median(wall), 2),
        "p95_ms": round(p95(wall), 2),
        "max_ms": round(max(wall), 2),
        "cpu_p50_ms": round(statistics.median(cpu), 2),
        "cpu_p95_ms": round(p95(cpu), 2),
    }


def weight(client, url: str) -> dict:
    """Bytes of a page's HTML and its stylesheet, raw and gzip-compressed."""
    import re

    html = client.get(url).get_data()
    css_url = re.search(rb'<link rel="stylesheet" href="([^"]+)"', html).group(1)
    response = client.get(css_url.decode().replace("&amp;", "&"))
    css = response.get_data()
    response.close()
    sizes = {
        "html_bytes": len(html),
        "css_bytes": len(css),
        "html_gzip_bytes": len(gzip.compress(html, 6)),
        "css_gzip_bytes": len(gzip.compress(css, 6)),
    }
    total = sizes["html_gzip_bytes"] + sizes["css_gzip_bytes"]
    sizes["total_gzip_kb"] = round(total / 1024, 1)
    return sizes


def main(argv: list[str] | None = None) -> dict:
    """Time public pages and API reads; print a table; write JSON with --out-json."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--runs", type=int, default=200, help="requests per page")
    ap.add_argument("--synthetic", type=int, default=0, help="extra generated products")
    ap.add_argument("--out-json", type=Path, help="write the results here")
    args = ap.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        app = build_app(Path(tmp), args.synthetic)
        client = app.test_client()
        pages = {
            name: summary(timed(client, url, args.runs)) for name, url in PAGES.items()
        }
        sizes = weight(client, PAGES["product"])
        from catalogue.extensions import db

        with app.app_context():
            db.engine.dispose()

    product_p95 = max(pages["product"]["p95_ms"], pages["product_en"]["p95_ms"])
    product_cpu_p95 = max(
        pages["product"]["cpu_p95_ms"], pages["product_en"]["cpu_p95_ms"]
    )
    result = {
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
        "synthetic_products": args.synthetic,
        "runs_per_page": args.runs,
        "load_average": round(os.getloadavg()[0], 2),
        "pages": pages,
        "product_page_weight": sizes,
        "goals": {
            "product_p95_ms": GOAL_PRODUCT_P95_MS,
            "product_p95_met": product_p95 < GOAL_PRODUCT_P95_MS,
            "product_cpu_p95_met": product_cpu_p95 < GOAL_PRODUCT_P95_MS,
            "product_gzip_kb": GOAL_PRODUCT_GZIP_KB,
            "product_gzip_met": sizes["total_gzip_kb"] < GOAL_PRODUCT_GZIP_KB,
        },
    }
    width = max(map(len, pages)) + 2
    print(
        f"{'page':<{width}}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}"
        f"{'cpu p50':>9}{'cpu p95':>9}"
    )
    for name, f in pages.items():
        print(
            f"{name:<{width}}{f['p50_ms']:>9.1f}{f['p95_ms']:>9.1f}{f['max_ms']:>9.1f}"
            f"{f['cpu_p50_ms']:>9.1f}{f['cpu_p95_ms']:>9.1f}"
        )
    print(
        f"product page: HTML {sizes['html_bytes']} B ({sizes['html_gzip_bytes']} gzip),"
        f" CSS {sizes['css_bytes']} B ({sizes['css_gzip_bytes']} gzip),"
        f" total {sizes['total_gzip_kb']} KB gzip"
    )
    goals = result["goals"]
    print(
        f"goal: product page p95 under {GOAL_PRODUCT_P95_MS:.0f} ms -> "
        f"{'met' if goals['product_p95_met'] else 'MISSED'} ({product_p95} ms wall,"
        f" {product_cpu_p95} ms CPU)"
    )
    print(f"load average: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(
        f"goal: product page HTML+CSS under {GOAL_PRODUCT_GZIP_KB:.0f} KB gzip -> "
        f"{'met' if goals['product_gzip_met'] else 'MISSED'}"
    )
    if args.out_json:
        args.out_json.write_text(json.dumps(result, indent=2, ensure_ascii=False))
    return result


if __name__ == "__main__":
    main(sys.argv[1:])
