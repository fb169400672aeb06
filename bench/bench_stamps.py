"""Benchmark stamp verification: /t/<code> under gunicorn (2 sync workers) with wrk.

Builds a demo database with N extra stamps, then for each scenario serves a fresh
copy of it with gunicorn on 127.0.0.1 and loads it with wrk:

- hello: a bare route of the same app (the ceiling), and /robots.txt for reference;
- stamp: /t/<random issued code>, scans journalled (the design in use);
- stamp_direct: the same with SCAN_JOURNAL=false (the scan written to the main
  database in the request: the straightforward page);
- stamp_kill: as `stamp`, with one worker killed (-9) part-way through.

After each stamp run the journal is folded and the scans in the database are
compared with the responses wrk received: every acknowledged scan must be there.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

BASE_URL = "https://ocop.example.vn"
WARM_UP_SECONDS = 3
SECRETS = {"SECRET_KEY": "bench-secret-key", "STAMP_SECRET": "bench-stamp-secret"}
WRK_SCRIPT = r"""
local codes = {}
init = function(args)
  if args[1] then
    for line in io.lines(args[1]) do codes[#codes + 1] = line end
  end
  math.randomseed(os.time() + math.floor(os.clock() * 1e6))
end
request = function()
  if #codes == 0 then return wrk.format("GET", wrk.path) end
  return wrk.format("GET", "/t/" .. codes[math.random(#codes)])
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'WRKJSON {"requests": %d, "duration_us": %d, "connect": %d, "read": %d, ' ..
    '"write": %d, "status": %d, "timeout": %d, "p50_us": %d, "p90_us": %d, ' ..
    '"p99_us": %d, "max_us": %d}\n',
    summary.requests, summary.duration, e.connect, e.read, e.write, e.status,
    e.timeout, latency:percentile(50), latency:percentile(90),
    latency:percentile(99), latency.max))
end
"""


def bench_app():
    """The site as configured by the environment, plus a bare route (the ceiling)."""
    from catalogue import create_app

    app = create_app()

    @app.get("/_bench/hello")
    def bench_hello():
        return "hello"

    return app


def _config(instance: Path, **extra) -> dict:
    return {
        "INSTANCE_PATH": str(instance),
        "BASE_URL": BASE_URL,
        "RATELIMIT_ENABLED": False,
        **SECRETS,
        **extra,
    }


def build_database(instance: Path, stamps: int) -> list[str]:
    """Migrated demo database plus `stamps` stamps spread over the demo lots."""
    from flask_migrate import upgrade
    from sqlalchemy import select

    from catalogue import create_app
    from catalogue.cli import new_stamp_code
    from catalogue.demo.load import load_demo
    from catalogue.extensions import db
    from catalogue.models import Lot, Stamp
    from catalogue.trace.services import issue_stamps

    app = create_app(_config(instance))
    with app.app_context():
        upgrade()
        load_demo(new_stamp_code)
        db.session.commit()
        lots = db.session.scalars(
            select(Lot).where(Lot.recalled_on.is_(None)).order_by(Lot.id)
        ).all()
        for i, lot in enumerate(lots):
            share = stamps // len(lots) + (i < stamps % len(lots))
            issue_stamps(lot, share)
            db.session.commit()
        codes = list(db.session.scalars(select(Stamp.code)))
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        db.engine.dispose()
    return codes


def scan_totals(instance: Path) -> dict:
    """Fold the journal, then sum the scans the database holds."""
    from sqlalchemy import func, select

    from catalogue import create_app
    from catalogue.extensions import db
    from catalogue.models import Scan, Stamp
    from catalogue.trace import journal
    from catalogue.trace.fold import fold

    app = create_app(_config(instance))
    with app.app_context():
        folded = fold(app)
        counted = db.session.scalar(
            select(func.coalesce(func.sum(Stamp.scan_count), 0))
        )
        rows = db.session.scalar(select(func.count(Scan.id)))
        db.engine.dispose()
    journal.close_journal()
    return {"folded_at_end": folded, "scan_count_sum": counted, "scan_rows": rows}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_gunicorn(instance: Path, port: int, **env) -> subprocess.Popen:
    """gunicorn with 2 sync workers serving bench_app() on 127.0.0.1:port."""
    environ = {
        **os.environ,
        "CATALOGUE_INSTANCE_PATH": str(instance),
        "CATALOGUE_BASE_URL": BASE_URL,
        "CATALOGUE_SECRET_KEY": SECRETS["SECRET_KEY"],
        "CATALOGUE_STAMP_SECRET": SECRETS["STAMP_SECRET"],
        "PYTHONPATH": f"{ROOT}{os.pathsep}{ROOT / 'bench'}",
        **{f"CATALOGUE_{k}": str(v) for k, v in env.items()},
    }
    gunicorn = Path(sys.executable).with_name("gunicorn")
    proc = subprocess.Popen(
        [
            str(gunicorn),
            "--workers=2",
            "--worker-class=sync",
            f"--bind=127.0.0.1:{port}",
            "--log-level=warning",
            "bench_stamps:bench_app()",
        ],
        env=environ,
        cwd=ROOT,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                break
        except OSError:
            time.sleep(0.2)
    else:
        proc.kill()
        raise RuntimeError("gunicorn did not start")
    warm = f"http://127.0.0.1:{port}/_bench/hello"
    subprocess.run(["curl", "-s", "-o", "/dev/null", warm], check=False)
    return proc


def stop(proc: subprocess.Popen) -> None:
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(30)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def workers_of(proc: subprocess.Popen) -> list[int]:
    path = Path(f"/proc/{proc.pid}/task/{proc.pid}/children")
    return [int(pid) for pid in path.read_text().split()]


def worker_cpu_seconds(proc: subprocess.Popen) -> float:
    """User + system CPU time used so far by the server's worker processes."""
    ticks = 0
    for pid in workers_of(proc):
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        ticks += int(fields[11]) + int(fields[12])
    return ticks / os.sysconf("SC_CLK_TCK")


def run_wrk(url: str, script: Path, args: list[str], seconds: int, conns: int):
    cmd = ["wrk", "-t2", f"-c{conns}", f"-d{seconds}s", "--latency", "-s", str(script)]
    cmd += [url, "--", *args]
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True)


def wrk_result(proc: subprocess.Popen) -> dict:
    out, _ = proc.communicate()
    line = next((x for x in out.splitlines() if x.startswith("WRKJSON ")), None)
    if line is None:
        raise RuntimeError(f"wrk gave no summary:\n{out}")
    raw = json.loads(line.removeprefix("WRKJSON "))
    errors = sum(raw[k] for k in ("connect", "read", "write", "timeout"))
    return {
        "requests": raw["requests"],
        "rps": round(raw["requests"] / (raw["duration_us"] / 1e6)),
        "p50_ms": round(raw["p50_us"] / 1000, 2),
        "p99_ms": round(raw["p99_us"] / 1000, 2),
        "non_2xx": raw["status"],
        "socket_errors": errors,
        "ok": raw["requests"] - raw["status"],
    }


class Server:
    """gunicorn (2 sync workers) on a fresh copy of the database."""

    def __init__(self, name: str, db_file: Path, work: Path, **env):
        self.instance = work / name
        self.instance.mkdir()
        shutil.copy(db_file, self.instance / "catalogue.sqlite3")
        self.work, self.port = work, free_port()
        self.proc = start_gunicorn(self.instance, self.port, **env)

    def load(self, path: str, seconds: int, conns: int, kill_at=None) -> dict:
        """wrk on a path ("/t/" = random issued codes); CPU time per request."""
        args = [str(self.work / "codes.txt")] if path == "/t/" else []
        url = (
            f"http://127.0.0.1:{self.port}{'/_bench/hello' if path == '/t/' else path}"
        )
        cpu_before = worker_cpu_seconds(self.proc)
        load = run_wrk(url, self.work / "random.lua", args, seconds, conns)
        killed = None
        if kill_at is not None:
            time.sleep(seconds * kill_at)
            killed = workers_of(self.proc)[0]
            os.kill(killed, signal.SIGKILL)
        result = wrk_result(load)
        if killed:
            result["killed_worker"] = killed
        else:  # CPU per request: steadier than req/s on a shared machine
            used = worker_cpu_seconds(self.proc) - cpu_before
            result["cpu_us_per_request"] = round(used * 1e6 / result["requests"])
        return result

    def scans(self, seconds: int, conns: int, kill_at=None) -> dict:
        """A /t/ run, with the scans in the database compared to wrk's responses."""
        before = scan_totals(self.instance)
        result = self.load("/t/", seconds, conns, kill_at)
        after = scan_totals(self.instance)
        result["scan_count_sum"] = after["scan_count_sum"] - before["scan_count_sum"]
        result["scan_rows"] = after["scan_rows"] - before["scan_rows"]
        result["lost_scans"] = max(0, result["ok"] - result["scan_count_sum"])
        result["rows_match_counts"] = result["scan_rows"] == result["scan_count_sum"]
        return result

    def stop(self) -> None:
        stop(self.proc)


def paired(server: Server, rounds: int, seconds: int, conns: int) -> list[dict]:
    """Bare route and stamp page alternately, so both see the same machine load."""
    server.load("/t/", WARM_UP_SECONDS, conns)  # imports, templates, lots' facts
    server.load("/_bench/hello", WARM_UP_SECONDS, conns)
    out = []
    for _ in range(rounds):
        hello = server.load("/_bench/hello", seconds, conns)
        stamp = server.scans(seconds, conns)
        stamp["ratio_to_hello"] = round(stamp["rps"] / hello["rps"], 2)
        stamp["cpu_ratio_to_hello"] = round(
            hello["cpu_us_per_request"] / stamp["cpu_us_per_request"], 2
        )
        out.append({"hello": hello, "stamp": stamp})
    return out


def page_weight(db_file: Path, work: Path, code: str) -> dict:
    """HTML + CSS of a stamp page, gzip-compressed."""
    from catalogue import create_app

    instance = work / "weight"
    instance.mkdir()
    shutil.copy(db_file, instance / "catalogue.sqlite3")
    app = create_app(_config(instance))
    client = app.test_client()
    html = client.get(f"/t/{code}").data
    css = b""
    for name in ("stamp.css", "trace.css"):
        with client.get(f"/static/css/{name}") as response:
            css += response.data
    return {
        "stamp_html_bytes": len(html),
        "stamp_html_css_gzip_bytes": len(gzip.compress(html)) + len(gzip.compress(css)),
    }


def median(values: list[float]) -> float:
    values = sorted(values)
    return values[len(values) // 2]


def main(argv: list[str] | None = None) -> dict:
    """Run the scenarios; print a table; return (and optionally write) the figures."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--stamps", type=int, default=10_000)
    ap.add_argument("--seconds", type=int, default=10)
    ap.add_argument("--connections", type=int, default=50)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--out-json", type=Path)
    args = ap.parse_args(argv)
    if not shutil.which("wrk"):
        raise SystemExit("wrk is needed (apt-get install wrk)")
    run = {"seconds": args.seconds, "conns": args.connections}
    with tempfile.TemporaryDirectory(prefix="bench-stamps-") as tmp:
        work = Path(tmp)
        (work / "random.lua").write_text(WRK_SCRIPT)
        base = work / "base"
        base.mkdir()
        started = time.perf_counter()
        codes = build_database(base, args.stamps)
        build_s = round(time.perf_counter() - started, 1)
        (work / "codes.txt").write_text("\n".join(codes) + "\n")
        db_file = base / "catalogue.sqlite3"
        result = {
            "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
            "load_average_before": os.getloadavg()[0],
            "stamps_in_db": len(codes),
            "build_seconds": build_s,
            **page_weight(db_file, work, codes[0]),
        }
        # The design in use: scans journalled, folded every 3 s during the run.
        server = Server("journal", db_file, work, SCAN_FOLD_SECONDS=3)
        try:
            result["journal"] = paired(server, args.rounds, **run)
            result["robots"] = server.load("/robots.txt", **run)
            result["kill"] = server.scans(kill_at=0.4, **run)
        finally:
            server.stop()
        # The straightforward page: the scan written to the main database.
        server = Server("direct", db_file, work, SCAN_JOURNAL="false")
        try:
            result["direct"] = paired(server, max(1, args.rounds - 1), **run)
        finally:
            server.stop()
    for key in ("journal", "direct"):
        result[f"{key}_median_ratio"] = median(
            [r["stamp"]["ratio_to_hello"] for r in result[key]]
        )
        result[f"{key}_median_cpu_ratio"] = median(
            [r["stamp"]["cpu_ratio_to_hello"] for r in result[key]]
        )
    result["load_average_after"] = os.getloadavg()[0]
    print_table(result)
    if args.out_json:
        args.out_json.write_text(json.dumps(result, indent=2))
    return result


def print_table(result: dict) -> None:
    print(
        f"stamps in db {result['stamps_in_db']:,}; stamp page "
        f"{result['stamp_html_bytes']:,} B HTML, "
        f"{result['stamp_html_css_gzip_bytes']:,} B HTML+CSS gzipped; load average "
        f"{result['load_average_before']:.1f} before, "
        f"{result['load_average_after']:.1f} after"
    )
    head = f"{'run':<15}{'req/s':>7}{'ratio':>7}{'cpu us':>8}{'cpu r':>7}"
    head += f"{'p50 ms':>8}{'p99 ms':>8}{'non2xx':>8}{'sockerr':>8}{'2xx':>8}"
    head += f"{'in db':>8}{'lost':>6}"
    print(head)
    rows = []
    for key in ("journal", "direct"):
        for n, pair in enumerate(result[key], 1):
            rows += [
                (f"{key}{n} hello", pair["hello"]),
                (f"{key}{n} /t/", pair["stamp"]),
            ]
    rows += [("robots.txt", result["robots"]), ("kill -9 /t/", result["kill"])]
    widths = (7, 7, 8, 7, 8, 8, 8, 8, 8, 8, 6)
    for name, r in rows:
        cells = [
            r["rps"],
            r.get("ratio_to_hello", "-"),
            r.get("cpu_us_per_request", "-"),
        ]
        cells += [r.get("cpu_ratio_to_hello", "-"), r["p50_ms"], r["p99_ms"]]
        cells += [r["non_2xx"], r["socket_errors"], r["ok"]]
        cells += [r.get("scan_count_sum", "-"), r.get("lost_scans", "-")]
        print(
            f"{name:<15}"
            + "".join(f"{c:>{w}}" for c, w in zip(cells, widths, strict=True))
        )
    for key in ("journal", "direct"):
        print(
            f"{key}: median ratio to the bare route {result[key + '_median_ratio']}"
            f" (req/s), {result[key + '_median_cpu_ratio']} (CPU per request)"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
