"""Kiosk pages: server time per page with the in-process test client (p50 / p95).

Goal: every kiosk page under 300 ms with the demo data. `--synthetic N` adds N
generated products first, to see how the pages grow with a bigger catalogue.
"""

from __future__ import annotations

import argparse
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

GOAL_MS = 300.0


def named_pages(app) -> dict[str, str]:
    """One URL per kind of kiosk page (the biggest group and commune)."""
    from sqlalchemy import select

    from catalogue.extensions import db
    from catalogue.kiosk import queries
    from catalogue.models import Lot, Stamp
    from qr import codes

    with app.app_context():
        groups, communes = queries.browse_counts()
        group = groups[0][0]  # the biggest group's code
        commune = max(communes, key=lambda pair: pair[1])[0]
        product = queries.attract_slides()[0]
        site = queries.tourism_services()[0]
        lot = db.session.scalars(select(Lot).join(Stamp)).first()
        stamp = db.session.scalars(select(Stamp.code).filter_by(lot_id=lot.id)).first()
        unknown = codes.new_code(app.config["STAMP_SECRET"].encode())
    return {
        "attract": "/kiosk/?lang=vi",
        "attract_en": "/kiosk/?lang=en",
        "group_list": "/kiosk/groups/?lang=vi",
        "group_detail": f"/kiosk/groups/{group}?lang=vi",
        "commune_list": "/kiosk/communes/?lang=vi",
        "commune_detail": f"/kiosk/communes/{commune.slug}?lang=vi",
        "tourism_list": "/kiosk/tourism/?lang=en",
        "product_detail": f"/kiosk/products/{product.slug}?lang=en",
        "tourism_detail": f"/kiosk/tourism/{site.slug}?lang=en",
        "stamp_form": "/kiosk/stamp?lang=en",
        "stamp_genuine": f"/kiosk/stamp?code={stamp}&lang=en",
        "stamp_unknown": f"/kiosk/stamp?code={unknown}&lang=en",
        "offline": "/kiosk/offline?lang=vi",
        "service_worker": "/kiosk/sw.js",
        "manifest": "/kiosk/manifest.webmanifest",
        "precache_list": "/kiosk/precache.json",
    }


def timed(client, url: str, runs: int) -> list[float]:
    """Milliseconds per request, after one warm-up request."""
    client.get(url).close()
    out = []
    for _ in range(runs):
        started = time.perf_counter()
        response = client.get(url)
        response.get_data()
        out.append((time.perf_counter() - started) * 1000)
        assert response.status_code in (200, 404), (url, response.status_code)
        response.close()
    return out


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def summary(values: list[float]) -> dict[str, float]:
    return {
        "p50_ms": round(statistics.median(values), 2),
        "p95_ms": round(p95(values), 2),
        "max_ms": round(max(values), 2),
    }


def every_page(app, client, runs: int) -> dict:
    """Every page the kiosk caches for offline use (both languages), a few runs each."""
    listed = client.get("/kiosk/precache.json").get_json()
    urls = [u for u in listed["shell"] + listed["pages"] if u.startswith("/kiosk/")]
    slowest_url, slowest, medians = "", 0.0, []
    for url in urls:
        median = statistics.median(timed(client, url, runs))
        medians.append(median)
        if median > slowest:
            slowest_url, slowest = url, median
    return {
        "pages": len(urls),
        "median_of_medians_ms": round(statistics.median(medians), 2),
        "slowest_p50_ms": round(slowest, 2),
        "slowest_url": slowest_url,
    }


def main(argv: list[str] | None = None) -> dict:
    """Time the kiosk pages; print a table; write JSON with --out-json."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--runs", type=int, default=30, help="requests per named page")
    ap.add_argument("--sweep-runs", type=int, default=3, help="requests per page")
    ap.add_argument("--synthetic", type=int, default=0, help="extra generated products")
    ap.add_argument("--out-json", type=Path, help="write the results here")
    args = ap.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        app = build_app(Path(tmp), args.synthetic)
        client = app.test_client()
        pages = {
            name: summary(timed(client, url, args.runs))
            for name, url in named_pages(app).items()
        }
        sweep = every_page(app, client, args.sweep_runs)
        from catalogue.extensions import db

        with app.app_context():
            db.engine.dispose()

    worst = max(max(p["p95_ms"] for p in pages.values()), sweep["slowest_p50_ms"])
    result = {
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
        "synthetic_products": args.synthetic,
        "runs_per_page": args.runs,
        "pages": pages,
        "every_page": sweep,
        "goal_ms": GOAL_MS,
        "goal_met": worst < GOAL_MS,
    }
    width = max(map(len, pages)) + 2
    print(f"{'kiosk page':<{width}}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}")
    for name, figures in pages.items():
        print(
            f"{name:<{width}}{figures['p50_ms']:>9.1f}"
            f"{figures['p95_ms']:>9.1f}{figures['max_ms']:>9.1f}"
        )
    print(
        f"every page ({sweep['pages']} URLs):"
        f" median {sweep['median_of_medians_ms']} ms,"
        f" slowest p50 {sweep['slowest_p50_ms']} ms at {sweep['slowest_url']}"
    )
    verdict = "met" if result["goal_met"] else "MISSED"
    print(f"goal: every kiosk page under {GOAL_MS:.0f} ms -> {verdict}")
    if args.out_json:
        args.out_json.write_text(json.dumps(result, indent=2, ensure_ascii=False))
    return result


if __name__ == "__main__":
    main(sys.argv[1:])
