"""Read queries for traceability: stamps, lots, growing areas and packing houses."""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Mapping
from datetime import UTC, date, datetime

from flask import current_app
from sqlalchemy import bindparam, select
from sqlalchemy.dialects import sqlite
from sqlalchemy.engine import make_url
from sqlalchemy.orm import selectinload

from catalogue.extensions import db
from catalogue.models import (
    GrowingArea,
    Lot,
    PackingHouse,
    Product,
    Stamp,
)
from catalogue.models.trace import lot_growing_area
from catalogue.search.text import fold

# What the stamp page needs from the database on every scan: one indexed query.
STAMP_COLUMNS = (
    Stamp.id,
    Stamp.code,
    Stamp.lot_id,
    Stamp.voided_at,
    Stamp.void_reason,
    Stamp.scan_count,
    Stamp.first_scanned_at,
    Lot.code.label("lot_code"),
    Lot.recalled_on,
    Lot.recall_reason_vi,
    Lot.recall_reason_en,
    Lot.is_sample,
    Lot.updated_at.label("lot_updated_at"),
    Product.id.label("product_id"),
    Product.slug.label("product_slug"),
    Product.gtin,
    Product.updated_at.label("product_updated_at"),
)


# Built once: the compiled form is reused, and the Core connection skips the ORM.
STAMP_QUERY = (
    select(*STAMP_COLUMNS)
    .join(Lot, Lot.id == Stamp.lot_id)
    .join(Product, Product.id == Lot.product_id)
    .where(Stamp.code == bindparam("code"))
)
STAMP_SQL = str(STAMP_QUERY.compile(dialect=sqlite.dialect()))
STAMP_KEYS = tuple(c.key for c in STAMP_QUERY.selected_columns)
MAX_READERS = 8  # plain connections kept open per thread (one in production)
_readers = threading.local()


def stamp_row(code: str) -> Mapping | None:
    """The stamp with its lot's and product's volatile fields, or None.

    On SQLite the same statement runs on a plain sqlite3 connection kept by the
    thread: this is the one query of every scan, and SQLAlchemy's connection
    and result machinery cost ten times the query itself.
    """
    reader = sqlite_reader()
    if reader is None:
        with db.engine.connect() as conn:
            return conn.execute(STAMP_QUERY, {"code": code}).mappings().first()
    row = reader.execute(STAMP_SQL, (code,)).fetchone()
    return None if row is None else _typed(dict(zip(STAMP_KEYS, row, strict=True)))


def _typed(row: dict) -> dict:
    """SQLite text and integers as the model's types (UTC datetimes, dates, bools)."""
    for key in ("voided_at", "first_scanned_at"):
        if row[key] is not None:
            row[key] = datetime.fromisoformat(row[key]).replace(tzinfo=UTC)
    if row["recalled_on"] is not None:
        row["recalled_on"] = date.fromisoformat(row["recalled_on"])
    row["is_sample"] = bool(row["is_sample"])
    return row


def sqlite_reader() -> sqlite3.Connection | None:
    """This thread's plain read connection to the SQLite database (None otherwise)."""
    app = current_app._get_current_object()
    path = app.extensions.get("trace.sqlite_path")
    if path is None:
        url = make_url(app.config["SQLALCHEMY_DATABASE_URI"])
        path = url.database if url.get_backend_name() == "sqlite" else ""
        app.extensions["trace.sqlite_path"] = path
    if not path:
        return None
    if not hasattr(_readers, "conns"):
        _readers.conns = {}
    key = (os.getpid(), path)
    conn = _readers.conns.get(key)
    if conn is None:
        if len(_readers.conns) >= MAX_READERS:
            _readers.conns.pop(next(iter(_readers.conns))).close()
        conn = sqlite3.connect(path, timeout=5, isolation_level=None)
        conn.execute("PRAGMA query_only = ON")
        _readers.conns[key] = conn
    return conn


def _lot_options():
    return (
        selectinload(Lot.product).selectinload(Product.evaluations),
        selectinload(Lot.product).selectinload(Product.producer),
        selectinload(Lot.growing_areas).selectinload(GrowingArea.commune),
        selectinload(Lot.packing_house).selectinload(PackingHouse.commune),
        selectinload(Lot.events),
    )


def lot_by_id(lot_id: int) -> Lot | None:
    """A lot with everything its facts need."""
    return db.session.scalars(
        select(Lot).where(Lot.id == lot_id).options(*_lot_options())
    ).first()


def published_lot(slug: str, code: str) -> Lot | None:
    """A lot of a published product, by product slug and lot code."""
    return db.session.scalars(
        select(Lot)
        .join(Product, Product.id == Lot.product_id)
        .where(Product.slug == slug, Product.status == "published", Lot.code == code)
        .options(*_lot_options())
    ).first()


def register_entries(code: str) -> tuple[GrowingArea | None, PackingHouse | None]:
    """The growing area and/or packing house registered under a code."""
    area = db.session.scalars(
        select(GrowingArea)
        .where(GrowingArea.code == code)
        .options(selectinload(GrowingArea.commune), selectinload(GrowingArea.producer))
    ).first()
    house = db.session.scalars(
        select(PackingHouse)
        .where(PackingHouse.code == code)
        .options(
            selectinload(PackingHouse.commune), selectinload(PackingHouse.producer)
        )
    ).first()
    return area, house


def _published_lots(query) -> list[Lot]:
    return list(
        db.session.scalars(
            query.join(Product, Product.id == Lot.product_id)
            .where(Product.status == "published")
            .order_by(Lot.packed_on.desc().nulls_last(), Lot.code)
            .options(selectinload(Lot.product))
        )
    )


def lots_from_area(area: GrowingArea) -> list[Lot]:
    """Lots of published products harvested from a growing area."""
    return _published_lots(
        select(Lot)
        .join(lot_growing_area, lot_growing_area.c.lot_id == Lot.id)
        .where(lot_growing_area.c.growing_area_id == area.id)
    )


def lots_from_house(house: PackingHouse) -> list[Lot]:
    """Lots of published products packed at a packing house."""
    return _published_lots(select(Lot).where(Lot.packing_house_id == house.id))


def register(q: str = "") -> tuple[list[GrowingArea], list[PackingHouse]]:
    """Growing areas and packing houses whose code, crop, name or commune
    contains q (diacritics and case ignored: `xoai my xuong` finds Xoài, Mỹ Xương).
    """
    areas = db.session.scalars(
        select(GrowingArea)
        .order_by(GrowingArea.code)
        .options(selectinload(GrowingArea.commune))
    ).all()
    houses = db.session.scalars(
        select(PackingHouse)
        .order_by(PackingHouse.code)
        .options(selectinload(PackingHouse.commune))
    ).all()
    words = fold(q[:64]).split()
    if not words:
        return list(areas), list(houses)

    def matches(*texts: str) -> bool:
        haystack = fold(" ".join(texts))
        return all(word in haystack for word in words)

    return (
        [
            a
            for a in areas
            if matches(a.code, a.crop_vi, a.crop_en, a.commune.name, a.status)
        ],
        [h for h in houses if matches(h.code, h.name, h.commune.name, h.address)],
    )


def product_by_gtin(gtin14: str) -> Product | None:
    """The product whose GTIN (stored as 8, 12, 13 or 14 digits) is gtin14."""
    forms = {gtin14}
    for length in (13, 12, 8):
        head, tail = gtin14[: 14 - length], gtin14[14 - length :]
        if set(head) == {"0"}:
            forms.add(tail)
    return db.session.scalars(
        select(Product).where(Product.gtin.in_(sorted(forms)))
    ).first()


def lot_of_product(product: Product, code: str) -> Lot | None:
    """A lot of a product by its code."""
    return db.session.scalars(
        select(Lot).where(Lot.product_id == product.id, Lot.code == code)
    ).first()
