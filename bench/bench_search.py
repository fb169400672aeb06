"""Benchmark search: build/reindex time, index size, search and suggest latency.

For each size (products, demo data plus `demo load --synthetic` records) it builds a
SQLite database and measures the Whoosh engine, an SQLite FTS5 baseline built in
the same run (unicode61 remove_diacritics 2, đ folded by hand) and, when a
PostgreSQL URL is given (--pg-url or CATALOGUE_TEST_DATABASE_URL), the PostgreSQL
engine. Each query's hit count is printed beside its latency.

    python bench/bench_search.py --sizes 1000,20000
    python bench/bench_search.py --sizes 100000 --engines postgres
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.common import cpu_speed_ms  # noqa: E402

SEARCHES = [
    "xoai",
    "xoai cat chu",
    "Xoài Cát Chu",
    "gao giong",
    "gạo",
    "dac san",
    "dong thap",
    "jackfruit",
    "dried mango",
    "mit say my long",
    "hat sen",
    "nam rom",
    "cam xoan phong my",
    "mat ong hoa tram",
    "xoaai",
    "jakfruit",
    "tra",
    "organic",
    "VietGAP xoai",
    "VN-DTOR-0001",
]
SUGGESTS = [
    "x",
    "xo",
    "xoa",
    "xoai c",
    "gao g",
    "ja",
    "jackf",
    "mi",
    "dac s",
    "ca",
    "hat s",
    "tra m",
    "dong th",
    "xoaai",
    "VN-DTOR-0001",
]


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 2)


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def _summary(timings: dict[str, list[float]]) -> dict:
    every = [t for ts in timings.values() for t in ts]
    return {"p50_ms": _ms(_pct(every, 0.5)), "p95_ms": _ms(_pct(every, 0.95))}


def _time(call, repeat: int) -> tuple[list[float], object]:
    result = call()  # warm-up, and the answer to report
    out = []
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        out.append(time.perf_counter() - started)
    return out, result


def build_sqlite(folder: Path, size: int) -> tuple[object, dict]:
    """A migrated SQLite database with demo data and synthetic products."""
    from flask_migrate import upgrade

    from catalogue import create_app
    from catalogue.cli import new_stamp_code
    from catalogue.demo.load import load_demo
    from catalogue.demo.synthetic import add_synthetic
    from catalogue.extensions import db

    config = {
        "INSTANCE_PATH": str(folder),
        "DATABASE_URL": f"sqlite:///{folder / 'catalogue.sqlite3'}",
        "SECRET_KEY": "bench",
        "STAMP_SECRET": "bench",
        "SEARCH_SYNC_REBUILD_MAX": 10**9,
        "TESTING": True,
    }
    return _build(
        create_app(config), size, upgrade, load_demo, add_synthetic, db, new_stamp_code
    )


def _build(app, size, upgrade, load_demo, add_synthetic, db, new_code) -> tuple:
    started = time.perf_counter()
    with app.app_context():
        upgrade()
        counts = load_demo(new_code)
        db.session.commit()
        if size > counts["products"]:
            counts = add_synthetic(size - counts["products"], new_code)
    return app, {
        "products": counts["products"],
        "load_s": round(time.perf_counter() - started, 1),
    }


def measure_engine(app, repeat: int) -> dict:
    """Rebuild, then search and suggest latency of the app's engine."""
    from catalogue.extensions import db
    from catalogue.search import service
    from catalogue.search.base import Criteria
    from catalogue.search.text import parse

    out: dict = {}
    with app.app_context():
        engine = service.engine()
        started = time.perf_counter()
        count = engine.rebuild()
        out["rebuild_s"] = round(time.perf_counter() - started, 1)
        if engine.name == "postgres":  # what autovacuum does after a rebuild
            with db.engine.connect() as conn:
                conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql(
                    "VACUUM (ANALYZE) search_item"
                )
        out["indexed"] = count
        out["size_mb"] = round(_size(app, engine) / 1e6, 1)
        started = time.perf_counter()
        engine.search(parse("xoai"), Criteria(), 0, 24)
        out["first_search_ms"] = _ms(time.perf_counter() - started)
        out["search"] = _mix(
            SEARCHES,
            repeat,
            lambda q: engine.search(parse(q), Criteria(), 0, 24),
            lambda hits: hits.total,
        )
        out["suggest"] = _mix(
            SUGGESTS, repeat, lambda q: engine.suggest(parse(q), 10), len
        )
        if engine.name == "postgres":
            out["first_ask"] = first_asks(app, engine)
        from catalogue.public.filters import ProductFilters

        out["page"] = _mix(
            SEARCHES,
            max(3, repeat // 3),
            lambda q: service.search_products(q, ProductFilters()),
            lambda page: page.total,
        )
    return out


def first_asks(app, engine) -> dict:
    """PostgreSQL: each query asked for the first time in a fresh process.

    The search mix above is timed after a warm-up ask, so its word groups have
    bitmaps already (search/postgres_bitmaps.py). Here each query gets a new
    engine whose facet bitmaps are loaded (by a query with few matches, counted
    in SQL) but which has learnt no word group: `shared`, another process has
    learnt and stored the groups (search_bitmap); `alone`, none has (the first
    ask anywhere since the groups were last stored). `start_ms`: loading facets.
    """
    from sqlalchemy import text

    from catalogue.extensions import db
    from catalogue.search.base import Criteria
    from catalogue.search.postgres import PostgresEngine
    from catalogue.search.text import parse

    out: dict = {}
    starts = []
    for mode in ("shared", "alone"):
        timings, hits = {}, {}
        for query in SEARCHES:
            engine.search(parse(query), Criteria(), 0, 24)  # learnt and stored
            if mode == "alone":
                with db.engine.begin() as conn:
                    conn.execute(text("DELETE FROM search_bitmap"))
            fresh = PostgresEngine(engine.bitmaps.learn_from)
            started = time.perf_counter()
            fresh.search(parse("VN-DTOR-0001"), Criteria(), 0, 24)
            starts.append(time.perf_counter() - started)
            started = time.perf_counter()
            found = fresh.search(parse(query), Criteria(), 0, 24)
            timings[query] = [time.perf_counter() - started]
            hits[query] = found.total
        out[mode] = {
            **_summary(timings),
            "queries": {
                q: {"hits": hits[q], "p50_ms": _ms(timings[q][0])} for q in SEARCHES
            },
        }
    out["start_ms"] = _ms(statistics.median(starts))
    return out


def _size(app, engine) -> int:
    if engine.name == "whoosh":
        return engine.size_bytes()
    from sqlalchemy import text

    from catalogue.extensions import db

    return db.session.scalar(
        text(
            "SELECT pg_total_relation_size('search_item')"
            " + pg_total_relation_size('search_word')"
        )
    )


def _mix(queries, repeat, call, count) -> dict:
    timings, hits = {}, {}
    for query in queries:
        timings[query], result = _time(lambda q=query: call(q), repeat)
        hits[query] = count(result)
    per_query = {
        q: {"hits": hits[q], "p50_ms": _ms(statistics.median(timings[q]))}
        for q in queries
    }
    return {**_summary(timings), "queries": per_query}


def measure_fts5(app, repeat: int) -> dict:
    """The baseline: SQLite FTS5 over the same documents, folded text, bm25."""
    from catalogue.extensions import db
    from catalogue.search.documents import documents
    from catalogue.search.text import parse

    path = Path(app.instance_path) / "fts5.sqlite3"
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(path)
    started = time.perf_counter()
    conn.execute(
        "CREATE VIRTUAL TABLE fts USING fts5(names, about, body,"
        " tokenize = 'unicode61 remove_diacritics 2')"
    )
    with app.app_context(), db.engine.connect() as source:
        rows = (
            (
                d.id,
                _d(d.names),
                _d(" ".join((d.producer, d.commune, d.group, d.standards, d.codes))),
                _d(f"{d.summary}\n{d.story}"),
            )
            for d in documents(source)
        )
        conn.executemany(
            "INSERT INTO fts (rowid, names, about, body) VALUES (?, ?, ?, ?)", rows
        )
    conn.commit()
    out = {"build_s": round(time.perf_counter() - started, 1)}
    out["size_mb"] = round(path.stat().st_size / 1e6, 1)

    def match(q: str, columns: str = "") -> str:
        parsed = parse(q)
        terms = [f'"{t}"' for t in parsed.terms]
        if parsed.prefix and terms:
            terms[-1] += "*"
        return f"{columns}({' '.join(terms)})" if terms else '""'

    def search(q):
        expr = match(q)
        ids = conn.execute(
            "SELECT rowid FROM (SELECT rowid, bm25(fts, 10.0, 3.0, 1.0) AS r FROM fts"
            " WHERE fts MATCH ? ORDER BY r LIMIT 24)",
            (expr,),
        ).fetchall()
        total = conn.execute("SELECT count(*) FROM fts WHERE fts MATCH ?", (expr,))
        return len(ids), total.fetchone()[0]

    def suggest(q):
        return conn.execute(
            "SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY rank LIMIT 10",
            (match(q, "names: "),),
        ).fetchall()

    out["search"] = _mix(SEARCHES, repeat, search, lambda r: r[1])
    out["suggest"] = _mix(SUGGESTS, repeat, suggest, len)
    conn.close()
    return out


def _d(text: str) -> str:
    """FTS5's remove_diacritics leaves đ alone: fold it by hand."""
    return text.replace("đ", "d").replace("Đ", "D")


def build_postgres(url: str, folder: Path, size: int):
    """A fresh schema on the PostgreSQL server, migrated and loaded."""
    from flask_migrate import upgrade
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from catalogue import create_app
    from catalogue.cli import new_stamp_code
    from catalogue.demo.load import load_demo
    from catalogue.demo.synthetic import add_synthetic
    from catalogue.extensions import db

    schema = "bench_" + uuid.uuid4().hex[:10]
    admin = create_engine(make_url(url).set(drivername="postgresql+psycopg"))
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    full = make_url(url).set(drivername="postgresql+psycopg")
    full = full.update_query_dict({"options": f"-csearch_path={schema},public"})
    config = {
        "INSTANCE_PATH": str(folder),
        "DATABASE_URL": full.render_as_string(hide_password=False),
        "SECRET_KEY": "bench",
        "STAMP_SECRET": "bench",
        "TESTING": True,
    }
    app, info = _build(
        create_app(config), size, upgrade, load_demo, add_synthetic, db, new_stamp_code
    )
    with app.app_context(), db.engine.begin() as conn:
        conn.execute(text("ANALYZE"))

    def drop():
        with app.app_context():
            db.session.remove()
            db.engine.dispose()
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()

    return app, info, drop


def run_size(size: int, engines: list[str], repeat: int, pg_url: str) -> dict:
    result: dict = {"size": size}
    folder = Path(tempfile.mkdtemp(prefix=f"bench-search-{size}-"))
    try:
        if {"whoosh", "fts5"} & set(engines):
            app, info = build_sqlite(folder / "sqlite", size)
            result["sqlite_load"] = info
            if "whoosh" in engines:
                result["whoosh"] = measure_engine(app, repeat)
            if "fts5" in engines:
                result["fts5"] = measure_fts5(app, repeat)
        if "postgres" in engines and pg_url:
            app, info, drop = build_postgres(pg_url, folder / "pg", size)
            result["postgres_load"] = info
            try:
                result["postgres"] = measure_engine(app, repeat)
            finally:
                drop()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return result


def print_size(result: dict) -> None:
    print(f"\n## {result['size']:,} products")
    for key in ("sqlite_load", "postgres_load"):
        if key in result:
            print(f"{key}: {result[key]}")
    engines = [e for e in ("whoosh", "fts5", "postgres") if e in result]
    for name in engines:
        r = result[name]
        built = r.get("rebuild_s", r.get("build_s"))
        extra = (
            f", first search {r['first_search_ms']} ms"
            if "first_search_ms" in r
            else ""
        )
        print(
            f"{name:9} build {built} s, size {r['size_mb']} MB{extra}; search p50/p95 "
            f"{r['search']['p50_ms']}/{r['search']['p95_ms']} ms; suggest p50/p95 "
            f"{r['suggest']['p50_ms']}/{r['suggest']['p95_ms']} ms"
            + (
                f"; page p50/p95 {r['page']['p50_ms']}/{r['page']['p95_ms']} ms"
                if "page" in r
                else ""
            )
        )
    if "first_ask" in result.get("postgres", {}):
        first = result["postgres"]["first_ask"]
        print(
            "postgres  first ask of each query in a fresh process (p50/p95): "
            f"{first['shared']['p50_ms']}/{first['shared']['p95_ms']} ms when another"
            f" process learnt its words, {first['alone']['p50_ms']}/"
            f"{first['alone']['p95_ms']} ms when none had; loading facets"
            f" {first['start_ms']} ms"
        )
    for mix in ("search", "suggest"):
        print(f"\n{mix:<16}" + "".join(f"{e:>22}" for e in engines))
        for query in result[engines[0]][mix]["queries"]:
            cells = []
            for name in engines:
                q = result[name][mix]["queries"][query]
                cells.append(f"{q['p50_ms']:>9.2f} ms {q['hits']:>7} hits")
            print(f"{query[:16]:<16}" + "".join(f"{c:>22}" for c in cells))


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,20000")
    parser.add_argument("--engines", default="whoosh,fts5,postgres")
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument(
        "--pg-url", default=os.environ.get("CATALOGUE_TEST_DATABASE_URL", "")
    )
    parser.add_argument("--out-json", default="")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s]
    engines = [e for e in args.engines.split(",") if e]
    load, speed = os.getloadavg()[0], cpu_speed_ms()
    print(
        f"search benchmark: sizes {sizes}, engines {engines}, load average {load:.1f},"
        f" cpu speed {speed} ms (bench/common.py)"
    )
    results = {"load_average": round(load, 2), "cpu_speed_ms": speed, "sizes": []}
    for size in sizes:
        result = run_size(size, engines, args.repeat, args.pg_url)
        print_size(result)
        results["sizes"].append(result)
    if args.out_json:
        Path(args.out_json).write_text(
            json.dumps(results, indent=2, ensure_ascii=False)
        )
    return results


if __name__ == "__main__":
    main(sys.argv[1:])
