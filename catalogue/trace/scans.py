"""Recording stamp scans cheaply and durably (journal.py, fold.py).

On SQLite (one node) each scan is committed to a small journal database in the
instance folder (``scans.sqlite3``, WAL, synchronous=NORMAL: a committed scan
survives a killed worker) together with a running tally per stamp, so the page
shows exact counts from one short write. Journal rows are folded into ``scan``
rows and ``stamp.scan_count`` every few seconds, idempotently (a scan keeps its
journal id as its ``scan.id``). On PostgreSQL (several nodes, nothing kept on a
node) the scan is written straight to the shared database.
"""

from __future__ import annotations

import hmac
import logging
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

from flask import current_app
from sqlalchemy import bindparam, func, select

from catalogue.extensions import db
from catalogue.models import Scan, Stamp
from catalogue.models.base import UTCDateTime, utcnow
from catalogue.trace.journal import (
    Journal,
    _journal,
    _parse,
    _stamp_text,
    journal_path,
    uses_journal,
)

log = logging.getLogger(__name__)

BOTS = re.compile(
    r"bot|crawl|spider|slurp|facebookexternalhit|zalo|preview|curl|wget|python",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Tally:
    """How often a stamp has been scanned, from where, and since when."""

    scans: int
    first_at: datetime | None
    places: int


def client_class(user_agent: str) -> str:
    """A coarse client class from the User-Agent (no fingerprinting)."""
    ua = user_agent or ""
    if BOTS.search(ua):
        return "bot"
    if "iPhone" in ua or "iPad" in ua:
        return "ios"
    if "Android" in ua:
        return "android"
    if any(word in ua for word in ("Windows", "Macintosh", "X11", "CrOS")):
        return "desktop"
    return "other"


@lru_cache(maxsize=8)
def _salt(secret: str, month: str) -> bytes:
    return hmac.new(secret.encode(), f"scan-salt|{month}".encode(), "sha256").digest()


def address_hash(address: str | None, secret: str, now: datetime | None = None) -> str:
    """Salted hash of a client address; the salt comes from the instance secret and
    changes every month, so no raw address is kept and hashes cannot be joined
    across months."""
    now = now or utcnow()
    salt = _salt(secret, f"{now.year}-{now.month:02d}")
    return hmac.digest(salt, (address or "").encode(), "sha256").hex()[:32]


def record(stamp: dict, user_agent: str, address: str | None) -> Tally | None:
    """Record one scan of a stamp row (id, scan_count, first_scanned_at).

    Returns the tally including this scan, or None when the scan could not be
    written (the page then shows what the database already knew).
    """
    app = current_app._get_current_object()
    kind = client_class(user_agent)
    if kind == "bot":
        return None  # link previews and crawlers are not consumers' scans
    now = utcnow()
    digest = address_hash(address, app.config["SECRET_KEY"], now)
    try:
        if uses_journal(app):
            return _record_journal(app, stamp, kind, digest, now)
        return _record_direct(stamp["id"], kind, digest, now)
    except Exception:  # a failed write must not break the page
        log.exception("scan of stamp %s not recorded", stamp["id"])
        if not uses_journal(app):
            db.session.rollback()
        return None


def _record_journal(app, stamp: dict, kind: str, digest: str, now) -> Tally:
    journal, first = _journal(app), stamp["first_scanned_at"]
    with journal.locked():  # one statement: the scan and its tally, committed
        journal.conn.execute(
            "INSERT INTO scan_log (stamp_id, scanned_at, client_class, address_hash,"
            " floor, first_known, keep) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                stamp["id"],
                _stamp_text(now),
                kind,
                digest,
                stamp["scan_count"] + 1,
                _stamp_text(first) if first else None,
                app.config["SCAN_WARN_PLACES"] + 1,
            ),
        )
    return _tally(journal, stamp["id"])


def _tally(journal: Journal, stamp_id: int) -> Tally | None:
    row = journal.conn.execute(
        "SELECT scans, first_at, places FROM tally WHERE stamp_id = ?", (stamp_id,)
    ).fetchone()
    return Tally(row[0], _parse(row[1]), row[2]) if row else None


_SCAN, _STAMP = Scan.__table__, Stamp.__table__
# Built once (the scan path runs them on every scan on PostgreSQL).
DIRECT_INSERT = _SCAN.insert()
DIRECT_BUMP = (
    _STAMP.update()
    .where(_STAMP.c.id == bindparam("b_id"))
    .values(
        scan_count=_STAMP.c.scan_count + 1,
        first_scanned_at=func.coalesce(
            _STAMP.c.first_scanned_at, bindparam("b_now", type_=UTCDateTime())
        ),
        last_scanned_at=bindparam("b_now", type_=UTCDateTime()),
    )
    .returning(_STAMP.c.scan_count, _STAMP.c.first_scanned_at)
)
DIRECT_PLACES = select(func.count()).select_from(
    select(_SCAN.c.address_hash)
    .where(_SCAN.c.stamp_id == bindparam("b_id"))
    .distinct()
    .limit(1000)
    .subquery()
)


def _record_direct(stamp_id: int, kind: str, digest: str, now) -> Tally:
    """Write the scan straight to the shared database (PostgreSQL, several nodes)."""
    conn = db.session.connection()
    conn.execute(
        DIRECT_INSERT,
        {
            "stamp_id": stamp_id,
            "scanned_at": now,
            "client_class": kind,
            "address_hash": digest,
        },
    )
    scans, first = conn.execute(DIRECT_BUMP, {"b_id": stamp_id, "b_now": now}).one()
    places = conn.execute(DIRECT_PLACES, {"b_id": stamp_id}).scalar()
    db.session.commit()
    return Tally(scans, first, places)


def current(stamp: dict) -> Tally:
    """The tally of a stamp without recording a scan (API, after a failed write)."""
    app = current_app._get_current_object()
    if uses_journal(app) and journal_path(app).exists():
        try:
            tally = _tally(_journal(app), stamp["id"])
        except sqlite3.Error:
            log.exception("scan journal unreadable")
            tally = None
        if tally is not None and tally.scans >= stamp["scan_count"]:
            return tally
    try:
        places = db.session.scalar(
            select(func.count(func.distinct(Scan.address_hash))).where(
                Scan.stamp_id == stamp["id"]
            )
        )
    except Exception:  # the page still shows what the stamp row says
        log.exception("scan places of stamp %s unreadable", stamp["id"])
        db.session.rollback()
        places = 0
    return Tally(stamp["scan_count"], stamp["first_scanned_at"], places or 0)
