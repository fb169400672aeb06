"""Folding the scan journal into scan rows and stamp counters.

A scan keeps its journal id as its ``scan.id``, so a fold interrupted between the
database commit and the journal clean-up is finished by the next one without
counting anything twice. One process folds at a time (a file lock).
"""

from __future__ import annotations

import fcntl
import logging
import time
from collections import defaultdict
from datetime import datetime
from pathlib import Path

from flask import Flask, current_app
from sqlalchemy import bindparam, func, select

from catalogue.extensions import db
from catalogue.models import Scan, Stamp
from catalogue.models.base import UTCDateTime
from catalogue.trace.journal import (
    Journal,
    _journal,
    _parse,
    journal_path,
    uses_journal,
)

log = logging.getLogger(__name__)

LOCK_FILE = "scans.fold.lock"
FOLD_BATCH = 5000

_last_fold: dict[str, float] = {}


def fold_due(app: Flask) -> bool:
    """True when this process has not folded the journal for a while."""
    if not uses_journal(app):
        return False
    every = float(app.config.get("SCAN_FOLD_SECONDS", 10))
    now = time.monotonic()
    return now - _last_fold.setdefault(app.instance_path, now) >= every


def fold_soon(app: Flask) -> None:
    """Fold after the response has gone out, when due (called by the stamp view)."""
    if fold_due(app):
        _last_fold[app.instance_path] = time.monotonic()
        try:
            with app.app_context():
                fold(app, wait=False)
        except Exception:
            log.exception("folding the scan journal failed; will retry")


def fold(app: Flask | None = None, batch: int = FOLD_BATCH, wait: bool = True) -> int:
    """Move journalled scans into scan rows and stamp counters; returns how many.

    Only one process folds at a time (a file lock: `wait` for it, or return 0 at
    once as the page does). A fold interrupted between the database commit and
    the journal clean-up is finished by the next one without counting anything
    twice.
    """
    app = app or current_app._get_current_object()
    if not uses_journal(app) or not journal_path(app).exists():
        return 0
    lock_path = Path(app.instance_path) / LOCK_FILE
    with open(lock_path, "a") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            return 0  # another process is folding right now
        total, journal = 0, _journal(app)
        while True:
            moved = _fold_batch(journal, batch)
            total += moved
            if moved < batch:
                break
        if total:
            _checkpoint(journal)
        return total


def _checkpoint(journal: Journal) -> None:
    """Copy the journal's WAL into its database and start the WAL afresh, so it
    stays short (a long WAL slows every scan's reads and writes)."""
    journal.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")  # scans go on meanwhile
    with journal.locked():  # the little written since: scans wait on the flock
        journal.conn.execute("PRAGMA wal_checkpoint(RESTART)")


def _fold_batch(journal: Journal, batch: int) -> int:
    rows = journal.conn.execute(
        "SELECT id, stamp_id, scanned_at, client_class, address_hash FROM scan_log"
        " ORDER BY id LIMIT ?",
        (batch,),
    ).fetchall()
    if not rows:
        return 0
    done = {
        r.id: (r.stamp_id, r.scanned_at)
        for r in db.session.execute(
            select(Scan.id, Scan.stamp_id, Scan.scanned_at).where(
                Scan.id.in_([row[0] for row in rows])
            )
        )
    }
    fresh, per_stamp = [], defaultdict(list)
    for jid, stamp_id, at_text, kind, digest in rows:
        at = _parse(at_text)
        if done.get(jid) == (stamp_id, at):
            continue  # folded before the journal was cleaned up
        item = dict(stamp_id=stamp_id, scanned_at=at, client_class=kind)
        item["address_hash"] = digest
        if jid not in done:
            item["id"] = jid  # else an id taken by another writer: a new one
        fresh.append(item)
        per_stamp[stamp_id].append(at)
    _write_fold(fresh, per_stamp)
    top = db.session.scalar(select(func.max(Scan.id))) or 0
    with journal.writing() as conn:
        conn.execute("DELETE FROM scan_log WHERE id <= ?", (rows[-1][0],))
        conn.execute(
            "UPDATE sqlite_sequence SET seq = ? WHERE name = 'scan_log' AND seq < ?",
            (top, top),
        )
    return len(rows)


STAMP = Stamp.__table__
# One statement for all stamps of a fold (executemany), not one per stamp.
BUMP = (
    STAMP.update()
    .where(STAMP.c.id == bindparam("b_id"))
    .values(
        scan_count=STAMP.c.scan_count + bindparam("b_n"),
        first_scanned_at=func.coalesce(
            STAMP.c.first_scanned_at, bindparam("b_first", type_=UTCDateTime())
        ),
        last_scanned_at=bindparam("b_last", type_=UTCDateTime()),
    )
)


def _write_fold(fresh: list[dict], per_stamp: dict[int, list[datetime]]) -> None:
    """Insert the scan rows and bump the stamp counters in one transaction."""
    try:
        conn = db.session.connection()
        with_id = [f for f in fresh if "id" in f]
        without = [f for f in fresh if "id" not in f]
        if with_id:
            conn.execute(Scan.__table__.insert(), with_id)
        if without:
            conn.execute(Scan.__table__.insert(), without)
        if per_stamp:
            conn.execute(
                BUMP,
                [
                    {"b_id": i, "b_n": len(t), "b_first": min(t), "b_last": max(t)}
                    for i, t in per_stamp.items()
                ],
            )
        db.session.commit()
    except BaseException:
        db.session.rollback()
        raise
