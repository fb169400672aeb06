"""Portal lot services: lots, trace events and stamps, always the producer's own."""

from datetime import datetime

from flask import abort
from flask_babel import gettext as _
from sqlalchemy import func, or_, select

from catalogue import audit
from catalogue.extensions import db
from catalogue.models import (
    GrowingArea,
    Lot,
    PackingHouse,
    Product,
    Stamp,
    TraceEvent,
    User,
)
from catalogue.models.base import utcnow
from catalogue.portal.services import PortalError


def area_choices(producer_id: int) -> list[GrowingArea]:
    """Active growing areas a producer may name: its own and unassigned ones."""
    return list(
        db.session.scalars(
            select(GrowingArea)
            .where(
                GrowingArea.status == "active",
                or_(
                    GrowingArea.producer_id == producer_id,
                    GrowingArea.producer_id.is_(None),
                ),
            )
            .order_by(GrowingArea.code)
        )
    )


def house_choices(producer_id: int) -> list[PackingHouse]:
    """Active packing houses a producer may name: its own and independent ones."""
    return list(
        db.session.scalars(
            select(PackingHouse)
            .where(
                PackingHouse.status == "active",
                or_(
                    PackingHouse.producer_id == producer_id,
                    PackingHouse.producer_id.is_(None),
                ),
            )
            .order_by(PackingHouse.code)
        )
    )


LOT_FIELDS = ("code", "harvested_on", "packed_on", "best_before", "quantity", "unit")


def save_lot(product: Product, lot: Lot | None, data: dict, user: User) -> Lot:
    """Create or update a lot from checked form data; refuses a duplicate code."""
    code = data["code"]
    clash = db.session.scalar(
        select(Lot.id).where(Lot.product_id == product.id, Lot.code == code)
    )
    if clash is not None and (lot is None or clash != lot.id):
        raise PortalError(_("This product already has a lot %(code)s.", code=code))
    if lot is not None and lot.code != code and lot.stamps:
        raise PortalError(_("The code of a lot with stamps cannot change."))
    producer_id = product.producer_id
    areas = {a.id: a for a in area_choices(producer_id)}
    houses = {h.id: h for h in house_choices(producer_id)}
    if any(i not in areas for i in data["growing_areas"]) or (
        data["packing_house_id"] and data["packing_house_id"] not in houses
    ):
        abort(404)  # an id the form never offered: another producer's register
    action = "update" if lot else "create"
    lot = lot or Lot(product=product)
    db.session.add(lot)
    values = {k: data[k] for k in LOT_FIELDS}
    if values["quantity"] is not None:
        values["quantity"] = round(float(values["quantity"]), 2)
    values["unit"] = values["unit"] or "kg"
    old, new = audit.changes(lot, values)
    old_areas = sorted(a.code for a in lot.growing_areas)
    lot.growing_areas = [areas[i] for i in data["growing_areas"]]
    new_areas = sorted(a.code for a in lot.growing_areas)
    if old_areas != new_areas:
        old["growing_areas"], new["growing_areas"] = old_areas, new_areas
    house = houses.get(data["packing_house_id"])
    if lot.packing_house is not house:
        old["packing_house"] = lot.packing_house.code if lot.packing_house else None
        new["packing_house"] = house.code if house else None
        lot.packing_house = house
    db.session.flush()
    if new or action == "create":
        audit.record(user, action, "lot", lot, old, new)
    return lot


EVENT_FIELDS = ("kind", "happened_on", "place", "note_vi", "note_en")


def add_event(lot: Lot, data: dict, user: User) -> TraceEvent:
    """Add a trace event to a lot."""
    event = TraceEvent(lot=lot, **{k: data[k] for k in EVENT_FIELDS})
    db.session.add(event)
    db.session.flush()
    audit.record(user, "create", "trace_event", lot, None, {"event": event.id, **data})
    return event


def delete_event(lot: Lot, event_id: int, user: User) -> None:
    """Remove one of the lot's events (404 if it is not this lot's)."""
    event = db.first_or_404(
        select(TraceEvent).where(TraceEvent.id == event_id, TraceEvent.lot_id == lot.id)
    )
    old = {k: getattr(event, k) for k in EVENT_FIELDS}
    db.session.delete(event)
    db.session.flush()
    audit.record(user, "delete", "trace_event", lot, {"event": event_id, **old}, None)


def issue(lot: Lot, count: int, user: User) -> list[Stamp]:
    """Issue stamps for a lot: the same code path as `stamps issue`."""
    if lot.is_recalled:
        raise PortalError(_("This lot has been recalled: no new stamps."))
    from catalogue.trace import services as trace_services

    return trace_services.issue_stamps(lot, count, user=user)  # audits too


def batches(lot: Lot) -> list[tuple[datetime, int, int]]:
    """Issue batches of a lot: (issued at, stamps, void stamps), newest first."""
    rows = db.session.execute(
        select(
            Stamp.issued_at,
            func.count(Stamp.id),
            func.count(Stamp.voided_at),
        )
        .where(Stamp.lot_id == lot.id)
        .group_by(Stamp.issued_at)
        .order_by(Stamp.issued_at.desc())
    ).all()
    return [(at, int(n), int(void)) for at, n, void in rows]


def sheet_stamps(lot: Lot, batch: str | None) -> list[Stamp]:
    """The lot's valid stamps to print: one batch (ISO time) or all of them."""
    query = select(Stamp).where(Stamp.lot_id == lot.id, Stamp.voided_at.is_(None))
    if batch:
        try:
            issued_at = datetime.fromisoformat(batch)
        except ValueError:
            return []
        query = query.where(Stamp.issued_at == issued_at)
    return list(db.session.scalars(query.order_by(Stamp.id)))


def void_stamp(stamp: Stamp, reason: str, user: User) -> None:
    """Void a stamp (lost, damaged); scanning it then says so."""
    if stamp.is_void:
        raise PortalError(_("This stamp is already void."))
    stamp.voided_at = utcnow()
    stamp.void_reason = reason
    db.session.flush()
    audit.record(
        user, "void", "stamp", stamp.lot, None, {"stamp": stamp.code, "reason": reason}
    )


def lot_stamps(lot: Lot, page: int, per_page: int = 50) -> tuple[list[Stamp], int]:
    """One page of a lot's stamps (newest first) and their number."""
    total = db.session.scalar(
        select(func.count(Stamp.id)).where(Stamp.lot_id == lot.id)
    )
    rows = db.session.scalars(
        select(Stamp)
        .where(Stamp.lot_id == lot.id)
        .order_by(Stamp.issued_at.desc(), Stamp.id.desc())
        .limit(per_page)
        .offset((max(page, 1) - 1) * per_page)
    )
    return list(rows), total or 0


def lots(producer_id: int) -> list[Lot]:
    """The producer's lots, newest first."""
    return list(
        db.session.scalars(
            select(Lot)
            .join(Product, Lot.product_id == Product.id)
            .where(Product.producer_id == producer_id)
            .order_by(Lot.created_at.desc(), Lot.id.desc())
        )
    )
