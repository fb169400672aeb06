"""Kiosk read queries, built on the public ones; the kiosk never writes."""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from catalogue.extensions import db
from catalogue.models import (
    Commune,
    Lot,
    Product,
    ProductGroup,
    Stamp,
    TourismService,
)
from catalogue.public.filters import ProductFilters
from catalogue.public.queries import (
    Page,
    commune_products,
    featured_products,
    product_by_slug,
    product_facets,
    product_page,
    tourism_services,
)
from catalogue.trace import services as trace_services
from qr import codes

STAMP_STATES = ("genuine", "scanned_often", "recalled", "void", "unknown")
PER_PAGE = 24  # tiles per list page: four rows in landscape, eight in portrait
published_product = product_by_slug


def attract_slides(limit: int = 16) -> list[Product]:
    """What the attract screen cycles: 5★ and 4★ products, then tourism sites."""
    featured = featured_products(limit=limit)
    seen = {p.id for p in featured}
    sites = [p for p in tourism_services() if p.id not in seen]
    return (featured + sites)[:limit]


def browse_counts() -> tuple[list[tuple[str, ProductGroup, int]], list]:
    """Non-tourism product groups (by code) and communes, with product counts."""
    facets = product_facets(ProductFilters())
    groups = [row for row in facets["group"] if not row[1].is_tourism]
    groups.sort(key=lambda row: -row[2])
    return groups, facets["commune"]


def group_by_code(code: str) -> ProductGroup | None:
    """A product group by code (the first rule set that has it)."""
    return db.session.scalars(
        select(ProductGroup).where(ProductGroup.code == code).order_by(ProductGroup.id)
    ).first()


def commune(slug: str) -> Commune | None:
    """One commune by slug."""
    return db.session.scalars(select(Commune).where(Commune.slug == slug)).first()


def products(page: int, group: str = "", commune: str = "") -> Page:
    """One page of published products of a group or commune, best stars first."""
    filters = ProductFilters(group=group, commune=commune, page=page, per_page=PER_PAGE)
    return product_page(filters)


def tourism_service(product: Product) -> TourismService | None:
    """Visiting details of a tourism product."""
    return product.tourism[0] if product.tourism else None


def nearby_products(product: Product, limit: int = 6) -> list[Product]:
    """Other published, non-tourism products of the product's commune."""
    others = commune_products(product.commune_id, exclude_id=product.id)
    return [p for p in others if not p.group.is_tourism][:limit]


@dataclass
class StampCheck:
    """What the kiosk says about a typed stamp code (no scan is recorded)."""

    state: str
    code: str = ""
    stamp: Stamp | None = None
    first_scanned_at: datetime | None = None

    @property
    def lot(self) -> Lot | None:
        """The stamp's lot, when the stamp is known."""
        return self.stamp.lot if self.stamp else None

    @property
    def product(self) -> Product | None:
        """The stamp's product, when the stamp is known."""
        return self.stamp.lot.product if self.stamp else None


def check_stamp(raw: str) -> StampCheck:
    """Classify a typed code like the stamp page does, without recording a scan."""
    code, _ = trace_services.check_code(raw)
    if code is None:  # fails the keyed check: no database query
        return StampCheck("unknown", code=codes.normalise(raw) or "")
    found = trace_services.verify(code, record=False)
    if found is None:
        return StampCheck("unknown", code=code)
    stamp = db.session.scalars(
        select(Stamp)
        .where(Stamp.code == code)
        .options(
            selectinload(Stamp.lot)
            .selectinload(Lot.product)
            .selectinload(Product.evaluations)
        )
    ).one()
    return StampCheck(found.state, code, stamp, first_scanned_at=found.tally.first_at)


def page_slugs() -> dict[str, list]:
    """Identifiers of every kiosk detail page (first pages of lists), for caching."""
    rows = db.session.execute(
        select(Product.slug, ProductGroup.is_tourism)
        .join(ProductGroup, Product.group_id == ProductGroup.id)
        .where(Product.status == "published")
    ).all()
    groups, communes = browse_counts()
    return {
        "products": [slug for slug, tourism in rows if not tourism],
        "tourism": [slug for slug, tourism in rows if tourism],
        "groups": [code for code, _, _ in groups],
        "communes": [c.slug for c, _ in communes],
    }
