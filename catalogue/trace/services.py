"""Traceability services: verifying a stamp, issuing stamps, printing sheets."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from flask import current_app
from flask_babel import gettext as _
from sqlalchemy import select

from catalogue import audit
from catalogue.extensions import db
from catalogue.models import Lot, Stamp, User
from catalogue.models.base import utcnow
from catalogue.trace import queries, scans
from qr import codes
from qr.sheet import render_sheet

MAX_ISSUE = 100_000
UMASK = os.umask(0o022)
os.umask(UMASK)
ISSUE_CHUNK = 1000
STATES = ("genuine", "scanned_often", "recalled", "void")


def stamp_secret() -> bytes:
    """This site's stamp secret."""
    return current_app.config["STAMP_SECRET"].encode()


def check_code(raw: str) -> tuple[str | None, bool]:
    """(canonical code or None, True when raw looked like a code at all).

    A code failing the keyed check is rejected here, without a database query.
    """
    code = codes.normalise(raw)
    if code is None:
        return None, False
    return (code if codes.check(code, stamp_secret()) else None), True


@dataclass(frozen=True)
class Verification:
    """What a scan of a stamp shows."""

    state: str
    stamp: Mapping
    tally: scans.Tally

    @property
    def code(self) -> str:
        return self.stamp["code"]


def state_of(stamp: Mapping, tally: scans.Tally) -> str:
    """genuine, scanned_often, recalled or void (void and recall win)."""
    if stamp["voided_at"] is not None:
        return "void"
    if stamp["recalled_on"] is not None:
        return "recalled"
    config = current_app.config
    if (
        tally.scans > config["SCAN_WARN_THRESHOLD"]
        or tally.places > config["SCAN_WARN_PLACES"]
    ):
        return "scanned_often"
    return "genuine"


def verify(
    code: str, user_agent: str = "", address: str | None = None, record: bool = True
) -> Verification | None:
    """Look a checked code up (one query) and record the scan; None if unknown."""
    stamp = queries.stamp_row(code)
    if stamp is None:
        return None
    tally = scans.record(stamp, user_agent, address) if record else None
    if tally is None:
        tally = scans.current(stamp)
    return Verification(state_of(stamp, tally), stamp, tally)


# --- issuing and printing ------------------------------------------------------


def issue_stamps(
    lot: Lot,
    count: int,
    user: User | None = None,
    progress: Callable[[int], None] | None = None,
) -> list[Stamp]:
    """Create count new stamps for a lot (added and flushed; the caller commits)."""
    if not 1 <= count <= MAX_ISSUE:
        raise ValueError(
            _("The number of stamps must be between 1 and %(max)s.", max=MAX_ISSUE)
        )
    if lot.is_recalled:
        raise ValueError(_("This lot has been recalled: no new stamps."))
    if lot.id is None:
        db.session.flush()
    secret, now = stamp_secret(), utcnow()
    issued: list[Stamp] = []
    while len(issued) < count:
        batch = codes.new_codes(min(ISSUE_CHUNK, count - len(issued)), secret)
        taken = set(db.session.scalars(select(Stamp.code).where(Stamp.code.in_(batch))))
        rows = [
            Stamp(
                code=code,
                lot_id=lot.id,
                issued_at=now,
                issued_by_id=user.id if user is not None else None,
            )
            for code in batch
            if code not in taken  # 1 in 2^50 per pair: drawn again next round
        ]
        db.session.add_all(rows)
        db.session.flush()
        issued.extend(rows)
        if progress is not None:
            progress(len(rows))
    audit.record(
        user,
        "stamps.issue",
        "lot",
        lot,
        new={"count": count, "first": issued[0].code, "last": issued[-1].code},
    )
    return issued


def sheet_titles(lot: Lot, count: int) -> tuple[str, str]:
    """Title (product name) and subtitle (lot, count) printed on a sheet."""
    title = lot.product.name_vi
    subtitle = _("Lot %(lot)s · %(count)s stamps", lot=lot.code, count=count)
    if lot.is_sample:
        subtitle += " · " + _("SAMPLE DATA")
    return title, subtitle


def stamp_sheet(
    lot: Lot,
    stamps: list[Stamp],
    out: str | os.PathLike[str] | BinaryIO,
    size_mm: float = 20,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Write an A4 PDF of a lot's stamps (QR + code under each); returns pages."""
    base = current_app.config["BASE_URL"]
    title, subtitle = sheet_titles(lot, len(stamps))
    return render_sheet(
        [(codes.stamp_url(base, s.code), codes.display(s.code)) for s in stamps],
        out,
        title=title,
        subtitle=subtitle,
        size_mm=size_mm,
        progress=progress,
    )


def issue_with_sheet(
    lot: Lot,
    count: int,
    out: str | os.PathLike[str],
    size_mm: float = 20,
    user: User | None = None,
    progress: Callable[[int], None] | None = None,
) -> list[Stamp]:
    """Issue stamps and write their sheet; both happen or neither (commits)."""
    target = Path(out)
    fd, temp = tempfile.mkstemp(suffix=".pdf", dir=target.parent or ".")
    os.close(fd)
    os.chmod(temp, 0o666 & ~UMASK)  # mkstemp makes it private; a sheet is not
    try:
        stamps = issue_stamps(lot, count, user, progress)
        stamp_sheet(lot, stamps, temp, size_mm, progress)
        db.session.commit()
        os.replace(temp, target)
    except BaseException:
        db.session.rollback()
        Path(temp).unlink(missing_ok=True)
        raise
    return stamps
