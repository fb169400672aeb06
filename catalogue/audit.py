"""The audit log: who changed what, when, with the old and new values."""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import Select, func, select

from catalogue.extensions import db
from catalogue.models import AuditEntry, Producer, User
from catalogue.models.base import utcnow

PER_PAGE = 50


def plain(value):
    """A JSON-safe copy of a value (dates as ISO text, decimals as numbers)."""
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set):
        return [plain(v) for v in value]
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return value


def producer_of(obj) -> int | None:
    """The producer an object belongs to, for filtering the log by producer."""
    if obj is None:
        return None
    if isinstance(obj, Producer):
        return obj.id
    for path in ("producer_id", "product.producer_id", "lot.product.producer_id"):
        value = obj
        for name in path.split("."):
            value = getattr(value, name, None)
        if value is not None:
            return value
    return None


def record(
    user: User | None,
    action: str,
    entity: str,
    obj,
    old: dict | None = None,
    new: dict | None = None,
) -> AuditEntry:
    """Add one audit entry; the caller commits with the change it describes."""
    if obj is not None and getattr(obj, "id", None) is None:
        db.session.flush()
    entry = AuditEntry(
        at=utcnow(),
        user_id=user.id if user is not None else None,
        producer_id=producer_of(obj),
        action=action,
        entity=entity,
        entity_id=getattr(obj, "id", None),
        old=plain(old) if old else None,
        new=plain(new) if new else None,
    )
    db.session.add(entry)
    return entry


def changes(obj, values: dict) -> tuple[dict, dict]:
    """Set attributes; return the (old, new) values of those that changed."""
    old, new = {}, {}
    for name, value in values.items():
        current = getattr(obj, name)
        if current != value:
            old[name], new[name] = current, value
            setattr(obj, name, value)
    return old, new


@dataclass
class AuditFilter:
    """What the audit page is narrowed to."""

    producer_id: int | None = None
    user_id: int | None = None
    since: date | None = None
    until: date | None = None

    def query(self) -> Select:
        """The matching entries, newest first."""
        query = select(AuditEntry).order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
        if self.producer_id:
            query = query.where(AuditEntry.producer_id == self.producer_id)
        if self.user_id:
            query = query.where(AuditEntry.user_id == self.user_id)
        if self.since:
            query = query.where(AuditEntry.at >= datetime.combine(self.since, time()))
        if self.until:
            end = datetime.combine(self.until + timedelta(days=1), time())
            query = query.where(AuditEntry.at < end)
        return query


def entries(flt: AuditFilter, page: int = 1) -> tuple[list[AuditEntry], int]:
    """One page of matching entries and the total count."""
    query = flt.query()
    total = db.session.scalar(select(func.count()).select_from(query.subquery()))
    rows = db.session.scalars(
        query.limit(PER_PAGE).offset((max(page, 1) - 1) * PER_PAGE)
    ).all()
    return list(rows), total or 0
