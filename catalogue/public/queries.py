"""Read-only queries shared by the public pages, the kiosk and the API."""

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from catalogue.extensions import db
from catalogue.models import Commune, Evaluation, Product, ProductGroup
from catalogue.models.base import today


def published_products_query():
    """Published products with what cards need loaded eagerly."""
    return (
        select(Product)
        .where(Product.status == "published")
        .options(
            selectinload(Product.evaluations),
            selectinload(Product.producer),
            selectinload(Product.commune),
            selectinload(Product.group),
        )
    )


def featured_products(limit: int = 8, on: date | None = None) -> list[Product]:
    """Published products with a current 5★ or 4★ certificate, best first."""
    on = on or today()
    products = db.session.scalars(published_products_query()).all()
    rated = [(p.stars(on) or 0, p) for p in products]
    rated = [pair for pair in rated if pair[0] >= 4]
    rated.sort(key=lambda pair: (-pair[0], pair[1].name_vi))
    return [p for _, p in rated[:limit]]


def group_counts() -> list[tuple[ProductGroup, int]]:
    """Product groups with the number of published products in each."""
    rows = db.session.execute(
        select(ProductGroup, func.count(Product.id))
        .join(Product, Product.group_id == ProductGroup.id)
        .where(Product.status == "published")
        .group_by(ProductGroup.id)
        .order_by(ProductGroup.id)
    ).all()
    return [(group, count) for group, count in rows]


def current_star_counts(on: date | None = None) -> dict[int, int]:
    """How many published products hold a current certificate of each star level."""
    on = on or today()
    products = db.session.scalars(published_products_query()).all()
    counts = {3: 0, 4: 0, 5: 0}
    for product in products:
        stars = product.stars(on)
        if stars:
            counts[stars] += 1
    return counts


def communes() -> list[Commune]:
    """All communes, town first then by name."""
    return list(
        db.session.scalars(select(Commune).order_by(Commune.kind.desc(), Commune.name))
    )


__all__ = [
    "Evaluation",
    "communes",
    "current_star_counts",
    "featured_products",
    "group_counts",
    "published_products_query",
]
