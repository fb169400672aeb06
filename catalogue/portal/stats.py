"""Figures for producers and officers: expiring certificates, stamp scans."""

from datetime import UTC, date, datetime, time, timedelta

from flask import current_app
from sqlalchemy import func, select

from catalogue.extensions import db
from catalogue.models import Evaluation, Lot, Product, Scan, Stamp
from catalogue.models.base import today


def expiring_certificates(
    producer_id: int | None = None, on: date | None = None
) -> list[Evaluation]:
    """Current certificates that expire within CERTIFICATE_WARN_DAYS, soonest first."""
    on = on or today()
    horizon = on + timedelta(days=current_app.config["CERTIFICATE_WARN_DAYS"])
    query = (
        select(Evaluation)
        .join(Product, Evaluation.product_id == Product.id)
        .where(
            Evaluation.revoked_on.is_(None),
            Evaluation.expires_on > on,
            Evaluation.expires_on <= horizon,
        )
        .order_by(Evaluation.expires_on)
    )
    if producer_id is not None:
        query = query.where(Product.producer_id == producer_id)
    found = db.session.scalars(query)
    return [e for e in found if e.product.current_evaluation(on) is e]


def scans_by_week(
    producer_id: int,
    product_id: int | None = None,
    lot_id: int | None = None,
    weeks: int = 26,
    on: date | None = None,
) -> list[tuple[date, int]]:
    """Scans of the producer's stamps per week (Monday first), oldest week first."""
    on = on or today()
    first = on - timedelta(days=on.weekday()) - timedelta(weeks=weeks - 1)
    day = func.date(Scan.scanned_at)
    query = (
        select(day, func.count(Scan.id))
        .join(Stamp, Scan.stamp_id == Stamp.id)
        .join(Lot, Stamp.lot_id == Lot.id)
        .join(Product, Lot.product_id == Product.id)
        .where(
            Product.producer_id == producer_id,
            Scan.scanned_at >= datetime.combine(first, time(), UTC),
        )
        .group_by(day)
    )
    if product_id is not None:
        query = query.where(Product.id == product_id)
    if lot_id is not None:
        query = query.where(Lot.id == lot_id)
    buckets = {first + timedelta(weeks=n): 0 for n in range(weeks)}
    for raw, count in db.session.execute(query):
        scanned = date.fromisoformat(str(raw)[:10])
        week = scanned - timedelta(days=scanned.weekday())
        if week in buckets:
            buckets[week] += count
    return sorted(buckets.items())


def scan_totals(producer_id: int) -> list[dict]:
    """Per lot: product, stamps issued, stamps void, scans; biggest first."""
    rows = db.session.execute(
        select(
            Product,
            Lot,
            func.count(Stamp.id),
            func.coalesce(func.sum(Stamp.scan_count), 0),
        )
        .join(Lot, Lot.product_id == Product.id)
        .outerjoin(Stamp, Stamp.lot_id == Lot.id)
        .where(Product.producer_id == producer_id)
        .group_by(Product.id, Lot.id)
        .order_by(Product.name_vi, Lot.code)
    ).all()
    return [
        {"product": p, "lot": lot, "stamps": int(n), "scans": int(scans)}
        for p, lot, n, scans in rows
    ]
