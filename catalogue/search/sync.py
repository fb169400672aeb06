"""Keep the index in step with the database: collect in after_flush, apply after_commit.

Any committed change that alters what search shows — a product created, edited,
published or archived, an evaluation recorded or revoked, a lot or a code, the
name of a producer, commune or group — lists the products concerned; once the
transaction has committed they are indexed again (or removed when no longer
published). A rollback forgets them.
"""

import logging

from flask import current_app, has_app_context
from flask_sqlalchemy.session import Session
from sqlalchemy import event, inspect, or_, select

from catalogue.models import (
    Commune,
    Evaluation,
    GrowingArea,
    Lot,
    PackingHouse,
    Producer,
    Product,
    ProductGroup,
)
from catalogue.models.trace import lot_growing_area
from catalogue.search.base import log_failure

log = logging.getLogger(__name__)
KEY = "catalogue.search.changed"
# Which attribute changes of a related record show in search.
WATCHED = {
    Producer: ("name",),
    Commune: ("name",),
    ProductGroup: ("name_vi", "name_en"),
    GrowingArea: ("code",),
    PackingHouse: ("code",),
}
_installed = False


def install() -> None:
    """Listen to every Flask-SQLAlchemy session (once per process)."""
    global _installed
    if _installed:
        return
    event.listen(Session, "after_flush", _after_flush)
    event.listen(Session, "after_commit", _after_commit)
    event.listen(Session, "after_rollback", _forget)
    _installed = True


def _wanted(session) -> bool:
    if not has_app_context():
        return False
    engine = current_app.extensions.get("catalogue.search")
    return engine is not None and getattr(engine, "follows_sessions", False)


def _after_flush(session, _context) -> None:
    if not _wanted(session):
        return
    changed = session.info.setdefault(KEY, {})
    for obj in (*session.new, *session.dirty, *session.deleted):
        key, value = _concerns(obj, obj in session.dirty)
        if key:
            changed.setdefault(key, set()).add(value)


def _concerns(obj, dirty: bool) -> tuple[str | None, int | None]:
    """What a changed record tells us to re-index (kind of id, id)."""
    if isinstance(obj, Product):
        return "product", obj.id
    if isinstance(obj, Evaluation | Lot):
        return "product", obj.product_id
    kind = {
        Producer: "producer",
        Commune: "commune",
        ProductGroup: "group",
        GrowingArea: "area",
        PackingHouse: "house",
    }.get(type(obj))
    if kind is None:
        return None, None
    if dirty:
        state = inspect(obj)
        names = WATCHED[type(obj)]
        if not any(state.attrs[n].history.has_changes() for n in names):
            return None, None
    return kind, obj.id


def _forget(session) -> None:
    session.info.pop(KEY, None)


def _after_commit(session) -> None:
    changed = session.info.pop(KEY, None)
    if not changed or not _wanted(session):
        return
    from catalogue.extensions import db

    try:
        with db.engine.connect() as conn:
            ids = product_ids(conn, changed)
        current_app.extensions["catalogue.search"].index(ids)
    except Exception:  # noqa: BLE001 - a failed index update must not fail the request
        log_failure(log, "search index update failed; a rebuild will catch up")


def product_ids(conn, changed: dict[str, set]) -> set[int]:
    """Products concerned by the changed records."""
    ids = {i for i in changed.get("product", ()) if i is not None}
    related = [
        (Product.producer_id, "producer"),
        (Product.commune_id, "commune"),
        (Product.group_id, "group"),
    ]
    conditions = [column.in_(changed[k]) for column, k in related if changed.get(k)]
    if conditions:
        ids.update(conn.scalars(select(Product.id).where(or_(*conditions))))
    if changed.get("house"):
        ids.update(
            conn.scalars(
                select(Lot.product_id).where(Lot.packing_house_id.in_(changed["house"]))
            )
        )
    if changed.get("area"):
        ids.update(
            conn.scalars(
                select(Lot.product_id)
                .join(lot_growing_area, lot_growing_area.c.lot_id == Lot.id)
                .where(lot_growing_area.c.growing_area_id.in_(changed["area"]))
            )
        )
    return ids
