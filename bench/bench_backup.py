"""Benchmark backup and restore: 20,000 products and 1,000,000 scans on SQLite.

Builds a site (demo data + `demo load --synthetic` products + scans inserted with
executemany in chunks), then runs each phase in its own fresh process so its peak
memory is its own: `backup` (database -> archive) and `restore` (archive -> a new,
empty, upgraded database; optionally PostgreSQL too with --postgres URL). Peak
memory is ru_maxrss of that process (and, with --tracemalloc, a second run's peak
of Python allocations). The /programme figures at that size are timed as well.

    python bench/bench_backup.py [--products 20000] [--scans 1000000]
        [--postgres postgresql://postgres@127.0.0.1:5432/test] [--tracemalloc]
        [--out-json FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
CHUNK = 20_000


def _config(instance: Path, url: str | None = None) -> dict:
    return {
        "INSTANCE_PATH": str(instance),
        "DATABASE_URL": url or f"sqlite:///{instance}/catalogue.sqlite3",
        "SECRET_KEY": "bench",
        "STAMP_SECRET": "bench stamp secret",
        "BASE_URL": "https://ocop.example.vn",
    }


def _app(instance: Path, url: str | None = None):
    from catalogue import create_app

    return create_app(_config(instance, url))


def _rss_mb() -> float:
    """Peak resident memory of this process in MB.

    Linux's ru_maxrss survives fork+exec, so a child started by a big parent
    would report the parent's peak: VmHWM (per address space) is read instead."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def build(instance: Path, products: int, scans: int) -> dict:
    """Create the source site; returns row counts and the time it took."""
    from flask_migrate import upgrade
    from sqlalchemy import func, select

    from catalogue.cli import new_stamp_code
    from catalogue.demo.load import load_demo
    from catalogue.demo.synthetic import add_synthetic
    from catalogue.extensions import db
    from catalogue.models import Scan, Stamp

    started = time.perf_counter()
    app = _app(instance)
    with app.app_context():
        upgrade()
        load_demo(new_stamp_code)
        db.session.commit()
        add_synthetic(products, new_stamp_code)
        stamp_ids = db.session.scalars(select(Stamp.id)).all()
        rng = random.Random(7)
        start = datetime(2025, 1, 1, tzinfo=UTC)
        table = Scan.__table__
        for offset in range(0, scans, CHUNK):
            rows = [
                {
                    "stamp_id": rng.choice(stamp_ids),
                    "scanned_at": start + timedelta(seconds=rng.randrange(30_000_000)),
                    "client_class": rng.choice(("mobile", "desktop", "bot", "other")),
                    "address_hash": f"{rng.getrandbits(128):032x}",
                }
                for _ in range(min(CHUNK, scans - offset))
            ]
            db.session.execute(table.insert(), rows)
            db.session.commit()
        counts = {
            name: db.session.scalar(select(func.count()).select_from(t))
            for name, t in db.metadata.tables.items()
        }
        db.engine.dispose()
    return {"seconds": round(time.perf_counter() - started, 1), "rows": counts}


def phase(name: str, instance: Path, archive: Path, url: str | None, trace: bool):
    """Run one phase in this process and return its figures (child side)."""
    import tracemalloc

    app = _app(instance, url)
    baseline = _rss_mb()
    if trace:  # Python allocations of the phase itself, not of start-up
        tracemalloc.start()
    with app.app_context():
        if name == "restore":
            from flask_migrate import upgrade

            upgrade()
        started = time.perf_counter()
        if name == "backup":
            from catalogue.backup import write_backup

            manifest = write_backup(archive, overwrite=True)
        else:
            from catalogue.backup import restore_backup

            manifest = restore_backup(archive, force=True)
        seconds = time.perf_counter() - started
    result = {
        "seconds": round(seconds, 1),
        "rows": sum(t["rows"] for t in manifest["tables"].values()),
        "rss_before_mb": baseline,
        "peak_rss_mb": _rss_mb(),
    }
    if trace:
        result["tracemalloc_peak_mb"] = round(
            tracemalloc.get_traced_memory()[1] / 1024 / 1024, 1
        )
    if name == "backup":
        result["archive_mb"] = round(archive.stat().st_size / 1024 / 1024, 1)
    return result


def run_child(name, instance, archive, url=None, trace=False) -> dict:
    """Run a phase in a fresh Python process; its peak memory is its own."""
    command = [sys.executable, __file__, "--phase", name, "--instance", str(instance)]
    command += ["--archive", str(archive)] + (["--url", url] if url else [])
    command += ["--tracemalloc"] if trace else []
    out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def programme_figures(instance: Path) -> dict:
    """Time the /programme page and a yearly report at this size."""
    app = _app(instance)
    client = app.test_client()
    started = time.perf_counter()
    page = client.get("/programme?lang=en")
    page_s = time.perf_counter() - started
    runner = app.test_cli_runner()
    started = time.perf_counter()
    report = runner.invoke(args=["report", "programme", "--period", "2025"])
    return {
        "page_status": page.status_code,
        "page_seconds": round(page_s, 2),
        "report_csv_seconds": round(time.perf_counter() - started, 2),
        "report_exit": report.exit_code,
    }


def _postgres_schema(url: str) -> tuple[str, str]:
    import uuid

    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    schema = "bench_" + uuid.uuid4().hex[:8]
    base = make_url(url).set(drivername="postgresql+psycopg")
    engine = create_engine(base)
    with engine.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    engine.dispose()
    scoped = base.update_query_dict({"options": f"-csearch_path={schema}"})
    return schema, scoped.render_as_string(hide_password=False)


def _drop_schema(url: str, schema: str) -> None:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    engine = create_engine(make_url(url).set(drivername="postgresql+psycopg"))
    with engine.begin() as conn:
        conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
    engine.dispose()


def main(argv: list[str]) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--products", type=int, default=20_000)
    parser.add_argument("--scans", type=int, default=1_000_000)
    parser.add_argument("--postgres", default=os.environ.get("BENCH_POSTGRES_URL"))
    parser.add_argument("--tracemalloc", action="store_true")
    parser.add_argument("--out-json")
    parser.add_argument("--phase", choices=("backup", "restore"))
    parser.add_argument("--instance")
    parser.add_argument("--archive")
    parser.add_argument("--url")
    args = parser.parse_args(argv)
    if args.phase:  # child process
        result = phase(
            args.phase,
            Path(args.instance),
            Path(args.archive),
            args.url,
            args.tracemalloc,
        )
        print(json.dumps(result))
        return result
    with tempfile.TemporaryDirectory(prefix="bench-backup-") as tmp:
        tmp = Path(tmp)
        source, target, archive = tmp / "source", tmp / "target", tmp / "site.zip"
        source.mkdir()
        target.mkdir()
        figures = {"products": args.products, "scans": args.scans}
        figures["build"] = build(source, args.products, args.scans)
        figures["programme"] = programme_figures(source)
        figures["backup"] = run_child("backup", source, archive)
        figures["restore_sqlite"] = run_child("restore", target, archive)
        if args.tracemalloc:
            figures["backup"]["tracemalloc_peak_mb"] = run_child(
                "backup", source, archive, trace=True
            )["tracemalloc_peak_mb"]
            figures["restore_sqlite"]["tracemalloc_peak_mb"] = run_child(
                "restore", target, archive, trace=True
            )["tracemalloc_peak_mb"]
        if args.postgres:
            schema, url = _postgres_schema(args.postgres)
            try:
                pg = tmp / "pg"
                pg.mkdir()
                figures["restore_postgres"] = run_child("restore", pg, archive, url)
            finally:
                _drop_schema(args.postgres, schema)
    _print(figures)
    if args.out_json:
        Path(args.out_json).write_text(json.dumps(figures, indent=2))
    return figures


def _print(figures: dict) -> None:
    rows = figures["build"]["rows"]
    print(
        f"\nsite: {rows.get('product', 0):,} products, "
        f"{rows.get('stamp', 0):,} stamps, {rows.get('scan', 0):,} scans, "
        f"{sum(rows.values()):,} rows "
        f"(built in {figures['build']['seconds']} s)"
    )
    print(
        f"/programme page: {figures['programme']['page_seconds']} s; "
        f"report 2025 CSV: {figures['programme']['report_csv_seconds']} s"
    )
    print(
        f"{'phase':<18}{'seconds':>9}{'rows/s':>10}{'peak RSS MB':>13}"
        f"{'RSS before':>12}{'tracemalloc MB':>16}{'archive MB':>12}"
    )
    for name in ("backup", "restore_sqlite", "restore_postgres"):
        if name not in figures:
            continue
        f = figures[name]
        rate = f["rows"] / f["seconds"] if f["seconds"] else 0
        print(
            f"{name:<18}{f['seconds']:>9}{rate:>10,.0f}{f['peak_rss_mb']:>13}"
            f"{f['rss_before_mb']:>12}{f.get('tracemalloc_peak_mb', '-'):>16}"
            f"{f.get('archive_mb', ''):>12}"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
