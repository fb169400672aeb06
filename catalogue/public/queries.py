"""Read-only queries shared by the public pages, the kiosk and the API."""

from dataclasses import dataclass
from datetime import date, datetime
from math import ceil

from sqlalchemy import func, or_, select
from sqlalchemy.orm import joinedload, selectinload

from catalogue.extensions import db
from catalogue.models import (
    Commune,
    Evaluation,
    Producer,
    Product,
    ProductGroup,
    TourismService,
)
from catalogue.models.base import today
from catalogue.public.filters import ProductFilters


@dataclass
class Page:
    """One page of a list."""

    items: list
    total: int
    page: int
    per_page: int

    @property
    def pages(self) -> int:
        """How many pages the list has (at least one)."""
        return max(1, ceil(self.total / self.per_page))


def current_stars(on: date | None = None):
    """SQL: the stars of a product's newest evaluation neither expired nor revoked."""
    on = on or today()
    return (
        select(Evaluation.stars)
        .where(
            Evaluation.product_id == Product.id,
            Evaluation.decided_on <= on,
            Evaluation.expires_on > on,
            or_(Evaluation.revoked_on.is_(None), Evaluation.revoked_on > on),
        )
        .order_by(Evaluation.decided_on.desc(), Evaluation.id.desc())
        .limit(1)
        .correlate(Product)
        .scalar_subquery()
    )


# Many-to-one rows come in the same query (joined); collections in one query each.
CARD_OPTIONS = (
    joinedload(Product.producer),
    joinedload(Product.commune),
    joinedload(Product.group),
    selectinload(Product.evaluations),
    selectinload(Product.photos),
    selectinload(Product.tourism),
)


def published_products_query():
    """Published products with what cards need loaded eagerly."""
    return select(Product).where(Product.status == "published").options(*CARD_OPTIONS)


def featured_products(limit: int = 8, on: date | None = None) -> list[Product]:
    """Published products with a current 5★ or 4★ certificate, best first."""
    stars = current_stars(on)
    return list(
        db.session.scalars(
            published_products_query()
            .where(stars >= 4)
            .order_by(stars.desc(), Product.name_vi)
            .limit(limit)
        )
    )


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
    stars = current_stars(on).label("stars")
    inner = select(stars).where(Product.status == "published").subquery()
    rows = db.session.execute(
        select(inner.c.stars, func.count())
        .where(inner.c.stars.is_not(None))
        .group_by(inner.c.stars)
    ).all()
    counts = {3: 0, 4: 0, 5: 0}
    counts.update({level: n for level, n in rows if level in counts})
    return counts


def communes() -> list[Commune]:
    """All communes, town first then by name."""
    return list(
        db.session.scalars(select(Commune).order_by(Commune.kind.desc(), Commune.name))
    )


def _conditions(filters: ProductFilters, on: date | None) -> list:
    """WHERE clauses for published products matching the filters."""
    where = [Product.status == "published"]
    if filters.stars:
        where.append(current_stars(on).in_(filters.stars))
    if filters.group:
        where.append(
            Product.group_id.in_(
                select(ProductGroup.id).where(ProductGroup.code == filters.group)
            )
        )
    if filters.commune:
        where.append(
            Product.commune_id.in_(
                select(Commune.id).where(Commune.slug == filters.commune)
            )
        )
    if filters.producer:
        where.append(
            Product.producer_id.in_(
                select(Producer.id).where(Producer.slug == filters.producer)
            )
        )
    return where


def product_page(filters: ProductFilters, on: date | None = None) -> Page:
    """Published products matching the filters: best stars first, then by name."""
    where = _conditions(filters, on)
    total = db.session.scalar(select(func.count(Product.id)).where(*where)) or 0
    items: list[Product] = []
    if (filters.page - 1) * filters.per_page < total:
        stars = current_stars(on)
        items = list(
            db.session.scalars(
                select(Product)
                .where(*where)
                .options(*CARD_OPTIONS)
                .order_by(stars.desc().nulls_last(), Product.name_vi, Product.id)
                .offset((filters.page - 1) * filters.per_page)
                .limit(filters.per_page)
            )
        )
    return Page(items, total, filters.page, filters.per_page)


def product_facets(filters: ProductFilters, on: date | None = None) -> dict:
    """Counts per star level, group and commune, each under the other filters."""
    stars = current_stars(on).label("stars")
    star_rows = db.session.execute(
        select(stars, func.count())
        .where(*_conditions(filters.without("stars"), on))
        .group_by(stars)
    ).all()
    group_rows = db.session.execute(
        select(ProductGroup.code, func.min(ProductGroup.id), func.count(Product.id))
        .join(Product, Product.group_id == ProductGroup.id)
        .where(*_conditions(filters.without("group"), on))
        .group_by(ProductGroup.code)
        .order_by(func.min(ProductGroup.id))
    ).all()
    commune_rows = db.session.execute(
        select(Commune, func.count(Product.id))
        .join(Product, Product.commune_id == Commune.id)
        .where(*_conditions(filters.without("commune"), on))
        .group_by(Commune.id)
        .order_by(Commune.kind.desc(), Commune.name)
    ).all()
    by_id = {
        g.id: g
        for g in db.session.scalars(
            select(ProductGroup).where(ProductGroup.id.in_([r[1] for r in group_rows]))
        )
    }
    counted = {level: n for level, n in star_rows if level}
    return {
        "stars": [(level, counted.get(level, 0)) for level in (5, 4, 3)],
        "group": [(code, by_id[gid], n) for code, gid, n in group_rows],
        "commune": [(commune, n) for commune, n in commune_rows],
    }


def product_by_slug(slug: str) -> Product | None:
    """A published product with everything its page shows, in five queries."""
    return db.session.scalars(
        select(Product)
        .where(Product.slug == slug, Product.status == "published")
        .options(
            joinedload(Product.producer).joinedload(Producer.commune),
            joinedload(Product.commune),
            joinedload(Product.group),
            selectinload(Product.evaluations).joinedload(Evaluation.rule_set),
            selectinload(Product.photos),
            selectinload(Product.tourism),
            selectinload(Product.lots),
        )
    ).first()


def commune_products(commune_id: int, exclude_id: int | None = None) -> list[Product]:
    """Other published products of a commune (for tourism pages), best first."""
    stars = current_stars()
    query = published_products_query().where(Product.commune_id == commune_id)
    if exclude_id is not None:
        query = query.where(Product.id != exclude_id)
    return list(
        db.session.scalars(
            query.order_by(stars.desc().nulls_last(), Product.name_vi).limit(12)
        )
    )


def tourism_services() -> list[Product]:
    """Published tourism products that have visiting details, best first."""
    stars = current_stars()
    return list(
        db.session.scalars(
            published_products_query()
            .where(Product.id.in_(select(TourismService.product_id)))
            .order_by(stars.desc().nulls_last(), Product.name_vi)
        )
    )


def last_modified(products: list[Product]) -> datetime | None:
    """When any of these products, their certificates, lots or producers changed."""
    stamps = []
    for p in products:
        stamps.append(p.updated_at)
        stamps.append(p.producer.updated_at)
        stamps += [e.updated_at for e in p.evaluations]
        if "lots" in p.__dict__:  # only when loaded: never a query per product
            stamps += [lot.updated_at for lot in p.lots]
        stamps += [photo.created_at for photo in p.photos]
    stamps = [s for s in stamps if s is not None]
    return max(stamps) if stamps else None


def catalogue_changed_at() -> datetime | None:
    """The last change to any product, certificate, producer or lot (list reads)."""
    from catalogue.models import Lot

    row = db.session.execute(
        select(
            *(
                select(func.max(model.updated_at)).scalar_subquery()
                for model in (Product, Evaluation, Producer, Lot)
            )
        )
    ).one()
    changed = [value for value in row if value is not None]
    if not changed:
        return None
    # SQLite hands back naive UTC text from an aggregate; make it aware.
    return max(_aware(value) for value in changed)


def _aware(value) -> datetime:
    from datetime import UTC

    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value if value.tzinfo else value.replace(tzinfo=UTC)


__all__ = [
    "Page",
    "commune_products",
    "communes",
    "current_star_counts",
    "current_stars",
    "featured_products",
    "group_counts",
    "catalogue_changed_at",
    "last_modified",
    "product_by_slug",
    "product_facets",
    "product_page",
    "published_products_query",
    "tourism_services",
]
