"""Read queries for producers, the programme line and the sitemap."""

from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from catalogue.extensions import db
from catalogue.models import PlanPeriod, Producer, Product, Target
from catalogue.models.base import today
from catalogue.public.queries import (
    Page,
    current_star_counts,
    current_stars,
    published_products_query,
)

PUBLIC = Product.status == "published"


def _published_count():
    return (
        select(func.count(Product.id))
        .where(Product.producer_id == Producer.id, PUBLIC)
        .correlate(Producer)
        .scalar_subquery()
    )


def producer_page(page: int, per_page: int) -> Page:
    """Producers with at least one published product, by name, with their counts."""
    count = _published_count()
    total = db.session.scalar(select(func.count(Producer.id)).where(count > 0)) or 0
    items = []
    if (page - 1) * per_page < total:
        items = db.session.execute(
            select(Producer, count)
            .where(count > 0)
            .options(selectinload(Producer.commune))
            .order_by(Producer.name, Producer.id)
            .offset((page - 1) * per_page)
            .limit(per_page)
        ).all()
    return Page([(producer, n) for producer, n in items], total, page, per_page)


def producer_by_slug(slug: str) -> tuple[Producer, list[Product]] | None:
    """A producer with published products, and those products (best first)."""
    producer = db.session.scalars(
        select(Producer)
        .where(Producer.slug == slug)
        .options(selectinload(Producer.commune))
    ).first()
    if producer is None:
        return None
    stars = current_stars()
    products = list(
        db.session.scalars(
            published_products_query()
            .where(Product.producer_id == producer.id)
            .order_by(stars.desc().nulls_last(), Product.name_vi)
        )
    )
    return (producer, products) if products else None


def programme_line(on: date | None = None) -> dict:
    """Current certificates per star level beside the current plan's targets."""
    on = on or today()
    period = db.session.scalars(
        select(PlanPeriod)
        .where(PlanPeriod.starts_on <= on)
        .order_by(PlanPeriod.ends_on.desc())
        .limit(1)
        .options(selectinload(PlanPeriod.targets))
    ).first()
    targets: dict[str, Target] = {t.metric: t for t in period.targets} if period else {}
    return {
        "counts": current_star_counts(on),
        "period": period,
        "targets": {metric: t.value for metric, t in targets.items()},
    }


def sitemap_rows() -> dict[str, list[tuple[str, datetime | None]]]:
    """Slugs and change times of everything public, for sitemap.xml."""
    products = db.session.execute(
        select(Product.slug, Product.updated_at, Product.id).where(PUBLIC)
    ).all()
    from catalogue.models import TourismService

    tourism_ids = set(db.session.scalars(select(TourismService.product_id)))
    producers = db.session.execute(
        select(Producer.slug, Producer.updated_at).where(_published_count() > 0)
    ).all()
    from catalogue.models import GrowingArea, Lot, PackingHouse

    lots = db.session.execute(
        select(Product.slug, Lot.code)
        .join(Lot, Lot.product_id == Product.id)
        .where(PUBLIC)
        .order_by(Product.slug, Lot.code)
    ).all()
    codes = sorted(
        {*db.session.scalars(select(GrowingArea.code))}
        | {*db.session.scalars(select(PackingHouse.code))}
    )
    return {
        "products": [(s, u) for s, u, i in products if i not in tourism_ids],
        "tourism": [(s, u) for s, u, i in products if i in tourism_ids],
        "producers": [(s, u) for s, u in producers],
        "lots": [(f"{slug}/lots/{code}", None) for slug, code in lots],
        "codes": [(code, None) for code in codes],
    }
