"""What the search engines index about a product, read in bulk with Core queries."""

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Connection, and_, select

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
from catalogue.models.base import today
from catalogue.models.trace import lot_growing_area

CHUNK = 1000


@dataclass
class Document:
    """One published product as the engines see it (original text, not folded)."""

    id: int
    slug: str
    name_vi: str
    name_en: str
    producer: str
    commune: str
    commune_id: int
    group: str  # both names of the group
    group_id: int
    summary: str
    story: str  # description and story, both languages
    standards: str
    codes: str  # lot, growing-area and packing-house codes
    stars: int  # current stars, 0 when none
    stars_until: date | None  # when those stars stop being current

    @property
    def names(self) -> str:
        """Both names, for the name fields."""
        return f"{self.name_vi}\n{self.name_en}"


def documents(
    conn: Connection, ids: Iterable[int] | None = None, on: date | None = None
) -> Iterator[Document]:
    """Documents of published products: the given ids, or all of them by id."""
    on = on or today()
    if ids is not None:
        wanted = sorted(set(ids))
        for start in range(0, len(wanted), CHUNK):
            yield from _chunk(conn, Product.id.in_(wanted[start : start + CHUNK]), on)
        return
    last = 0
    while True:
        batch = list(_chunk(conn, Product.id > last, on, limit=CHUNK, order=Product.id))
        yield from batch
        if len(batch) < CHUNK:
            return
        last = batch[-1].id


def _chunk(conn, condition, on: date, limit=None, order=None) -> Iterator[Document]:
    query = (
        select(
            Product.id,
            Product.slug,
            Product.name_vi,
            Product.name_en,
            Producer.name.label("producer"),
            Commune.name.label("commune"),
            Product.commune_id,
            ProductGroup.name_vi.label("group_vi"),
            ProductGroup.name_en.label("group_en"),
            Product.group_id,
            Product.summary_vi,
            Product.summary_en,
            Product.description_vi,
            Product.description_en,
            Product.story_vi,
            Product.story_en,
            Product.standards,
        )
        .join(Producer, Producer.id == Product.producer_id)
        .join(Commune, Commune.id == Product.commune_id)
        .join(ProductGroup, ProductGroup.id == Product.group_id)
        .where(condition, Product.status == "published")
    )
    if order is not None:
        query = query.order_by(order).limit(limit)
    rows = conn.execute(query).all()
    if not rows:
        return
    ids = [row.id for row in rows]
    stars = _stars(conn, ids, on)
    codes = _codes(conn, ids)
    for row in rows:
        level, until = stars.get(row.id, (0, None))
        yield Document(
            id=row.id,
            slug=row.slug,
            name_vi=row.name_vi,
            name_en=row.name_en or "",
            producer=row.producer,
            commune=row.commune,
            commune_id=row.commune_id,
            group=f"{row.group_vi}\n{row.group_en}",
            group_id=row.group_id,
            summary=f"{row.summary_vi}\n{row.summary_en}",
            story="\n".join(
                (row.description_vi, row.description_en, row.story_vi, row.story_en)
            ),
            standards=" ".join(row.standards or []),
            codes=" ".join(sorted(codes.get(row.id, ()))),
            stars=level,
            stars_until=until,
        )


def _stars(conn, ids: list[int], on: date) -> dict[int, tuple[int, date]]:
    """Current stars per product: the newest evaluation neither expired nor revoked."""
    rows = conn.execute(
        select(
            Evaluation.product_id,
            Evaluation.stars,
            Evaluation.expires_on,
            Evaluation.revoked_on,
        )
        .where(Evaluation.product_id.in_(ids), Evaluation.expires_on > on)
        .order_by(Evaluation.decided_on.desc(), Evaluation.id.desc())
    ).all()
    current: dict[int, tuple[int, date]] = {}
    for product_id, level, expires, revoked in rows:
        if product_id in current or (revoked is not None and revoked <= on):
            continue
        until = min(expires, revoked) if revoked else expires
        current[product_id] = (level, until)
    return current


def _codes(conn, ids: list[int]) -> dict[int, set[str]]:
    """Lot, packing-house and growing-area codes per product."""
    codes: dict[int, set[str]] = {}
    lots = conn.execute(
        select(Lot.product_id, Lot.code, PackingHouse.code)
        .outerjoin(PackingHouse, PackingHouse.id == Lot.packing_house_id)
        .where(Lot.product_id.in_(ids))
    ).all()
    for product_id, lot_code, house_code in lots:
        codes.setdefault(product_id, set()).update(
            c for c in (lot_code, house_code) if c
        )
    areas = conn.execute(
        select(Lot.product_id, GrowingArea.code)
        .join(lot_growing_area, lot_growing_area.c.lot_id == Lot.id)
        .join(GrowingArea, and_(GrowingArea.id == lot_growing_area.c.growing_area_id))
        .where(Lot.product_id.in_(ids))
    ).all()
    for product_id, area_code in areas:
        codes.setdefault(product_id, set()).add(area_code)
    return codes
