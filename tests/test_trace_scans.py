"""Recording scans: durable, counted once, no raw address kept, page never broken."""

import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select, text

from catalogue.extensions import db
from catalogue.models import Lot, Product, Scan, Stamp
from catalogue.trace import journal, scans
from catalogue.trace.fold import fold

BOTH_BACKENDS = True
IP = "203.0.113.77"


def first_stamp(app) -> tuple[int, str]:
    with app.app_context():
        stamp = db.session.scalars(
            select(Stamp)
            .join(Lot)
            .join(Product)
            .where(Product.slug == "xoai-cat-chu-cao-lanh")
            .order_by(Stamp.id)
        ).first()
        return stamp.id, stamp.code


def stored(app, stamp_id: int) -> tuple[int, int]:
    """(stamp.scan_count, number of scan rows) in the database."""
    with app.app_context():
        db.session.expire_all()
        count = db.session.get(Stamp, stamp_id).scan_count
        rows = db.session.scalar(
            select(func.count(Scan.id)).where(Scan.stamp_id == stamp_id)
        )
        return count, rows


def scan(client, code: str, ip: str = IP):
    page = client.get(
        f"/t/{code}",
        headers={"Accept-Language": "en", "User-Agent": "Mozilla/5.0 (iPhone)"},
        environ_base={"REMOTE_ADDR": ip},
    )
    assert page.status_code == 200
    return page.get_data(as_text=True)


def fold_all(app) -> int:
    with app.app_context():
        return fold(app)


def test_scans_reach_the_database_and_are_counted_once(app, client):
    stamp_id, code = first_stamp(app)
    for _ in range(3):
        scan(client, code)
    fold_all(app)
    assert stored(app, stamp_id) == (3, 3)
    fold_all(app)  # nothing left to fold: nothing counted twice
    assert stored(app, stamp_id) == (3, 3)
    html = scan(client, code)
    assert "Scanned 4 times" in html
    fold_all(app)
    assert stored(app, stamp_id) == (4, 4)


def test_a_fold_interrupted_before_clean_up_counts_nothing_twice(app, client):
    if not journal.uses_journal(app):
        return  # PostgreSQL writes scans straight to the database
    stamp_id, code = first_stamp(app)
    scan(client, code)
    scan(client, code)
    path = Path(app.instance_path) / journal.JOURNAL_FILE
    with sqlite3.connect(path) as conn:
        kept = conn.execute("SELECT * FROM scan_log").fetchall()
    fold_all(app)
    with sqlite3.connect(path) as conn:  # as if killed before deleting them
        conn.execute("DROP TRIGGER scan_log_tally")  # put back, not scanned again
        conn.executemany("INSERT INTO scan_log VALUES (?, ?, ?, ?, ?, ?, ?, ?)", kept)
        conn.executescript(journal.SCHEMA)
    fold_all(app)
    assert stored(app, stamp_id) == (2, 2)


def test_scan_rows_keep_a_salted_hash_and_a_coarse_client_class(app, client):
    stamp_id, code = first_stamp(app)
    scan(client, code)
    fold_all(app)
    with app.app_context():
        row = db.session.scalar(select(Scan).where(Scan.stamp_id == stamp_id))
    assert row.client_class == "ios"
    assert len(row.address_hash) == 32 and IP not in row.address_hash
    assert row.address_hash != scans.address_hash(IP, "another instance secret")
    for path in Path(app.instance_path).glob("*.sqlite3*"):
        assert IP.encode() not in path.read_bytes()


def test_address_hash_salt_rotates_monthly():
    june = datetime(2026, 6, 30, tzinfo=UTC)
    july = datetime(2026, 7, 1, tzinfo=UTC)
    assert scans.address_hash(IP, "s", june) == scans.address_hash(IP, "s", june)
    assert scans.address_hash(IP, "s", june) != scans.address_hash(IP, "s", july)


def test_a_failed_scan_write_still_shows_the_result(app):
    stamp_id, code = first_stamp(app)
    if journal.uses_journal(app):
        (Path(app.instance_path) / journal.JOURNAL_FILE).mkdir()  # cannot be opened
    else:
        with app.app_context():  # the database refuses the write
            db.session.execute(text("ALTER TABLE scan RENAME TO scan_elsewhere"))
            db.session.commit()
    html = scan(app.test_client(), code)
    assert "Genuine stamp" in html
    assert "This is its first scan." in html


def test_page_folds_the_journal_after_the_response_when_due(app_factory):
    app = app_factory(SCAN_FOLD_SECONDS=0)
    stamp_id, code = first_stamp(app)
    client = app.test_client()
    with client.get(f"/t/{code}") as page:  # closing the response runs the fold
        assert page.status_code == 200
    if journal.uses_journal(app):
        assert stored(app, stamp_id) == (1, 1)


def test_client_classes_are_coarse():
    assert scans.client_class("Mozilla/5.0 (Linux; Android 14)") == "android"
    assert scans.client_class("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0)") == "ios"
    assert scans.client_class("Mozilla/5.0 (Windows NT 10.0; Win64)") == "desktop"
    assert scans.client_class("Zalo link preview") == "bot"
    assert scans.client_class("") == "other"


def test_a_new_journal_continues_the_counts_already_in_the_database(app_factory):
    app = app_factory(SCAN_JOURNAL=False, SCAN_WARN_PLACES=2)
    client = app.test_client()
    stamp_id, code = first_stamp(app)
    scan(client, code, "198.51.100.1")
    scan(client, code, "198.51.100.2")
    app.config["SCAN_JOURNAL"] = True  # e.g. moved from PostgreSQL to SQLite
    html = scan(client, code, "198.51.100.3")
    assert "scanned 3 times since" in html and "more than 2 different places" in html
    fold_all(app)
    assert stored(app, stamp_id) == (3, 3)


KILLED_CHILD = """
import os, signal, sys
from catalogue import create_app
from tests.conftest import base_config
app = create_app(base_config(sys.argv[1], sys.argv[2]))
page = app.test_client().get("/t/" + sys.argv[3])
assert page.status_code == 200, page.status_code
print("acknowledged", flush=True)
os.kill(os.getpid(), signal.SIGKILL)  # no clean shutdown, nothing flushed
"""


def test_an_acknowledged_scan_survives_a_killed_worker(app):
    if not journal.uses_journal(app):
        return  # PostgreSQL commits the scan itself before answering
    stamp_id, code = first_stamp(app)
    url = app.config["SQLALCHEMY_DATABASE_URI"]
    child = subprocess.run(
        [sys.executable, "-c", KILLED_CHILD, app.instance_path, url, code],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert child.returncode == -9 and "acknowledged" in child.stdout, child.stderr
    assert fold_all(app) == 1
    assert stored(app, stamp_id) == (1, 1)
