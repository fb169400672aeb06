"""The scan journal: a small SQLite database in the instance folder.

On SQLite (one node) each scan is committed here, with a running tally per stamp,
in one short write (WAL, synchronous=NORMAL: a committed scan survives a killed
worker). fold.py moves the scans into the main database every few seconds.
"""

from __future__ import annotations

import fcntl
import os
import sqlite3
import threading
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from flask import Flask, current_app
from sqlalchemy import func, select

from catalogue.extensions import db
from catalogue.models import Scan, Stamp

JOURNAL_FILE = "scans.sqlite3"
MAX_OPEN = 8  # journals kept open per thread
WAL_PAGES = 20_000
# A scan is one INSERT into scan_log (one implicit transaction); the trigger keeps
# the running tally. `floor` and `first_known` carry what the database already
# knew (scan_count + 1, first scan): a journal that lost rows, or a stamp scanned
# before the journal existed, continues from there. Places are told apart by the
# first 8 characters of the address hash, and counted up to `keep` (one more than
# SCAN_WARN_PLACES): enough to say "more than N places", at a fraction of the
# cost of a table of every distinct place (the scan rows keep every hash).
PLACE_CHARS = 8
SCHEMA = """
CREATE TABLE IF NOT EXISTS scan_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT, stamp_id INTEGER NOT NULL,
    scanned_at TEXT NOT NULL, client_class TEXT NOT NULL, address_hash TEXT NOT NULL,
    floor INTEGER NOT NULL DEFAULT 1, first_known TEXT, keep INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS tally (
    stamp_id INTEGER PRIMARY KEY, scans INTEGER NOT NULL, first_at TEXT NOT NULL,
    places INTEGER NOT NULL, seen TEXT NOT NULL);
CREATE TRIGGER IF NOT EXISTS scan_log_tally AFTER INSERT ON scan_log BEGIN
    INSERT INTO tally (stamp_id, scans, first_at, places, seen)
    VALUES (NEW.stamp_id, NEW.floor, coalesce(NEW.first_known, NEW.scanned_at), 1,
            substr(NEW.address_hash, 1, 8))
    ON CONFLICT (stamp_id) DO UPDATE SET
        scans = max(scans + 1, excluded.scans),
        first_at = coalesce(nullif(first_at, ''), excluded.first_at),
        places = places + (instr(seen, excluded.seen) = 0
                           AND length(seen) < 8 * NEW.keep),
        seen = CASE WHEN instr(seen, excluded.seen) OR length(seen) >= 8 * NEW.keep
                    THEN seen ELSE seen || excluded.seen END;
END;
"""


def uses_journal(app: Flask) -> bool:
    """True when scans go through the journal (default: on SQLite only)."""
    setting = app.config.get("SCAN_JOURNAL", "auto")
    if setting in ("auto", "", None):
        return app.config["DATABASE_BACKEND"] == "sqlite"
    return bool(setting) and str(setting).lower() not in ("0", "false", "no", "off")


def journal_path(app: Flask) -> Path:
    return Path(app.instance_path) / JOURNAL_FILE


def _stamp_text(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _parse(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text).replace(tzinfo=UTC) if text else None


class Journal:
    """A connection to the scan journal and the lock that orders its writers.

    Writers take an flock before SQLite's write lock: a waiting worker is woken
    the moment the lock is free, instead of SQLite's busy handler sleeping for
    at least a millisecond on every collision.
    """

    def __init__(self, path: str):
        self.lock = open(path + ".lock", "a")  # noqa: SIM115 - lives with conn
        self.conn = None
        try:
            self.conn = sqlite3.connect(path, timeout=5, isolation_level=None)
            # Small pages: a scan's commit writes two or three pages to the WAL.
            self.conn.execute("PRAGMA page_size=1024")  # only before the first table
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            # Checkpoints run in the fold (fold.py), not in a scan's commit; this
            # only bounds the WAL (~80 MB) should folding stop.
            self.conn.execute(f"PRAGMA wal_autocheckpoint={WAL_PAGES}")
            with self.locked():
                self.conn.executescript(SCHEMA)
        except BaseException:
            self.close()
            raise

    @contextmanager
    def locked(self):
        """Hold the writers' lock (SQLite's own lock is then free at once)."""
        fcntl.flock(self.lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(self.lock, fcntl.LOCK_UN)

    @contextmanager
    def writing(self):
        """A write transaction, committed on success, rolled back on error."""
        with self.locked():
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
                self.conn.execute("COMMIT")
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise

    def close(self) -> None:
        if getattr(self, "conn", None) is not None:
            self.conn.close()
            self.conn = None
        if hasattr(self, "lock"):
            self.lock.close()

    def __del__(self):  # a thread's journal goes when the thread ends
        self.close()


_local = threading.local()


def _journal(app: Flask) -> Journal:
    """This thread's journal (opened lazily, reopened after a fork)."""
    path = app.extensions.get("trace.journal_path")
    if path is None:
        path = app.extensions["trace.journal_path"] = str(journal_path(app))
    key = (os.getpid(), path)
    journals = getattr(_local, "journals", None)
    if journals is None:
        journals = _local.journals = {}
    journal = journals.get(key)
    if journal is None:
        if len(journals) >= MAX_OPEN:  # one in production; many in tests
            journals.pop(next(iter(journals))).close()
        journal = Journal(path)
        try:
            _initialise(journal)
        except BaseException:
            journal.close()
            raise
        journals[key] = journal
    return journal


def _initialise(journal: Journal) -> None:
    """Once per journal: ids above the database's scan ids (journal ids become scan
    ids) and tallies of stamps already scanned, so counts and places continue."""
    fresh = "SELECT 1 FROM sqlite_sequence WHERE name = 'scan_log'"
    if journal.conn.execute(fresh).fetchone():
        return
    top = db.session.scalar(select(func.max(Scan.id))) or 0
    keep = current_app.config["SCAN_WARN_PLACES"] + 1
    seen: dict[int, list[str]] = {}
    for stamp_id, digest in db.session.execute(
        select(Scan.stamp_id, Scan.address_hash).distinct()
    ):
        prefixes = seen.setdefault(stamp_id, [])
        if len(prefixes) < keep and digest[:PLACE_CHARS] not in prefixes:
            prefixes.append(digest[:PLACE_CHARS])
    tallies = [
        (i, n, _stamp_text(first) if first else "", len(seen.get(i, ())))
        + ("".join(seen.get(i, ())),)
        for i, n, first in db.session.execute(
            select(Stamp.id, Stamp.scan_count, Stamp.first_scanned_at).where(
                Stamp.scan_count > 0
            )
        )
    ]
    with journal.writing() as conn:
        if conn.execute(fresh).fetchone():
            return
        conn.executemany("INSERT OR IGNORE INTO tally VALUES (?, ?, ?, ?, ?)", tallies)
        conn.execute(
            "INSERT INTO sqlite_sequence (name, seq) VALUES ('scan_log', ?)", (top,)
        )


def close_journal() -> None:
    """Close this thread's journal connections (tests, shutdown)."""
    for journal in getattr(_local, "journals", {}).values():
        journal.close()
    _local.journals = {}
