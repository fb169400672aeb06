"""What several benchmarks share: an app on a fresh SQLite database with demo data."""

import time
from pathlib import Path

SECRETS = {"SECRET_KEY": "bench-secret", "STAMP_SECRET": "bench-stamp-secret"}


def build_app(folder: Path, synthetic: int = 0):
    """An app on a fresh SQLite database holding the demo data (plus N synthetic)."""
    from flask_migrate import upgrade

    from catalogue import create_app
    from catalogue.cli import new_stamp_code
    from catalogue.demo.load import load_demo
    from catalogue.extensions import db

    app = create_app(
        {
            "INSTANCE_PATH": str(folder),
            "DATABASE_URL": f"sqlite:///{folder / 'catalogue.sqlite3'}",
            "BASE_URL": "https://ocop.example.vn",
            "RATELIMIT_ENABLED": False,
            **SECRETS,
        }
    )
    with app.app_context():
        upgrade()
        load_demo(new_stamp_code)
        if synthetic:
            from catalogue.demo.synthetic import add_synthetic

            add_synthetic(synthetic, new_stamp_code)
        db.session.commit()
    return app


def cpu_speed_ms() -> float:
    """Milliseconds a fixed pure-Python loop takes now: this machine's speed varies
    (seen here: 250 to 490 ms), so figures are best read beside it."""
    started = time.perf_counter()
    total = 0
    for i in range(3_000_000):
        total += i
    return round((time.perf_counter() - started) * 1000, 1)
