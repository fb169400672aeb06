"""Exact look-up of pasted codes: growing areas, packing houses, lots and stamps."""

from dataclasses import dataclass, field
from urllib.parse import quote

from flask import current_app
from sqlalchemy import select

from catalogue.extensions import db
from catalogue.models import GrowingArea, Lot, PackingHouse, Product, Stamp
from catalogue.models.trace import lot_growing_area
from catalogue.search.text import ParsedQuery

KINDS = ("growing_area", "packing_house", "lot", "stamp")


@dataclass
class CodeHit:
    """A code that matched exactly, where its page is, and the products it concerns."""

    kind: str  # one of KINDS
    code: str
    url: str
    label: str = ""
    is_sample: bool = False
    product_ids: list[int] = field(default_factory=list)


def find_codes(q: ParsedQuery, limit: int = 10) -> list[CodeHit]:
    """Everything whose code is exactly the query (case and dashes forgiven)."""
    hits = _stamp(q.text) if 0 < len(q.text) <= 40 else []
    code = q.code
    if code is not None and any(ch.isdigit() for ch in code):
        hits += _area(code) + _house(code) + _lots(code, limit)
    return hits[:limit]


def _path(*parts: str) -> str:
    return "/" + "/".join(quote(p, safe="") for p in parts)


def _area(code: str) -> list[CodeHit]:
    area = db.session.scalars(
        select(GrowingArea).where(GrowingArea.code == code)
    ).first()
    if area is None:
        return []
    products = db.session.scalars(
        select(Lot.product_id)
        .join(lot_growing_area, lot_growing_area.c.lot_id == Lot.id)
        .join(Product, Product.id == Lot.product_id)
        .where(
            lot_growing_area.c.growing_area_id == area.id,
            Product.status == "published",
        )
        .distinct()
    ).all()
    return [
        CodeHit(
            "growing_area",
            area.code,
            _path("codes", area.code),
            area.crop_vi,
            area.is_sample,
            list(products),
        )
    ]


def _house(code: str) -> list[CodeHit]:
    house = db.session.scalars(
        select(PackingHouse).where(PackingHouse.code == code)
    ).first()
    if house is None:
        return []
    products = db.session.scalars(
        select(Lot.product_id)
        .join(Product, Product.id == Lot.product_id)
        .where(Lot.packing_house_id == house.id, Product.status == "published")
        .distinct()
    ).all()
    return [
        CodeHit(
            "packing_house",
            house.code,
            _path("codes", house.code),
            house.name,
            house.is_sample,
            list(products),
        )
    ]


def _lots(code: str, limit: int) -> list[CodeHit]:
    rows = db.session.execute(
        select(Lot.code, Lot.is_sample, Product.id, Product.slug, Product.name_vi)
        .join(Product, Product.id == Lot.product_id)
        .where(Lot.code == code, Product.status == "published")
        .limit(limit)
    ).all()
    return [
        CodeHit(
            "lot",
            lot_code,
            _path("products", slug, "lots", lot_code),
            name,
            is_sample,
            [product_id],
        )
        for lot_code, is_sample, product_id, slug, name in rows
    ]


def _stamp(text: str) -> list[CodeHit]:
    from qr.codes import display, verify

    code = verify(text, current_app.config["STAMP_SECRET"].encode())
    if code is None:
        return []
    row = db.session.execute(
        select(Stamp.code, Product.id, Product.name_vi, Product.status, Lot.is_sample)
        .join(Lot, Lot.id == Stamp.lot_id)
        .join(Product, Product.id == Lot.product_id)
        .where(Stamp.code == code)
    ).first()
    if row is None:
        return []
    product_ids = [row.id] if row.status == "published" else []
    return [
        CodeHit(
            "stamp",
            display(code),
            _path("t", code),
            row.name_vi,
            row.is_sample,
            product_ids,
        )
    ]
