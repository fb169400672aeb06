"""Run the benchmarks one after another, each in its own process.

Every bench/bench_<name>.py takes `--out-json FILE`; the figures are printed and written
to bench/results/<name>.json. `python -m bench stamps search` runs only those.
"""

import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"


def available() -> list[str]:
    """Names of the benchmark scripts beside this file."""
    return sorted(p.stem.removeprefix("bench_") for p in HERE.glob("bench_*.py"))


def main(argv: list[str]) -> int:
    names = argv or available()
    unknown = sorted(set(names) - set(available()))
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; have {available()}")
        return 2
    RESULTS.mkdir(exist_ok=True)
    failed = []
    for index, name in enumerate(names, 1):
        print(f"\n=== [{index}/{len(names)}] bench_{name} ===", flush=True)
        started = time.perf_counter()
        out = RESULTS / f"{name}.json"
        result = subprocess.run(
            [sys.executable, str(HERE / f"bench_{name}.py"), "--out-json", str(out)]
        )
        took = time.perf_counter() - started
        print(f"--- bench_{name}: exit {result.returncode}, {took:.1f} s, -> {out}")
        if result.returncode:
            failed.append(name)
    if failed:
        print(f"failed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
