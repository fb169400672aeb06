"""Traceability: growing areas, packing houses, lots, events, stamps and scans."""

from datetime import date, datetime

from sqlalchemy import (
    CheckConstraint,
    Column,
    Date,
    ForeignKey,
    Index,
    Numeric,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from catalogue.extensions import db
from catalogue.models.base import Timestamps, UTCDateTime, localized, utcnow
from catalogue.models.place import Commune
from catalogue.models.producer import Producer
from catalogue.models.product import Product

CODE_PATTERN = r"^[A-Z0-9-]{4,32}$"
EVENT_KINDS = ("harvest", "processing", "packing", "inspection", "shipping")
REGISTER_STATUSES = ("active", "suspended", "revoked")


def _code_check(column: str) -> CheckConstraint:
    # Portable check (SQLite has no regex): length, upper case, allowed characters.
    return CheckConstraint(
        f"length({column}) BETWEEN 4 AND 32 AND {column} = upper({column})"
        f" AND {column} NOT LIKE '% %'",
        name=f"{column}_format",
    )


class GrowingArea(Timestamps, db.Model):
    """A registered growing area (vùng trồng) and its PUC code."""

    __tablename__ = "growing_area"
    __table_args__ = (_code_check("code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    crop_vi: Mapped[str] = mapped_column(String(120))
    crop_en: Mapped[str] = mapped_column(String(120), default="")
    area_ha: Mapped[float] = mapped_column(Numeric(10, 2, asdecimal=False))
    commune_id: Mapped[int] = mapped_column(ForeignKey("commune.id"))
    producer_id: Mapped[int | None] = mapped_column(ForeignKey("producer.id"))
    lat: Mapped[float | None]
    lon: Mapped[float | None]
    status: Mapped[str] = mapped_column(String(16), default="active")
    is_sample: Mapped[bool] = mapped_column(default=False)

    commune: Mapped[Commune] = relationship()
    producer: Mapped[Producer | None] = relationship()

    def crop(self, locale: str) -> str:
        """The crop's name in a locale."""
        return localized(self, "crop", locale)


class PackingHouse(Timestamps, db.Model):
    """A registered packing house (cơ sở đóng gói) and its PHC code."""

    __tablename__ = "packing_house"
    __table_args__ = (_code_check("code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    commune_id: Mapped[int] = mapped_column(ForeignKey("commune.id"))
    address: Mapped[str] = mapped_column(String(300), default="")
    producer_id: Mapped[int | None] = mapped_column(ForeignKey("producer.id"))
    status: Mapped[str] = mapped_column(String(16), default="active")
    is_sample: Mapped[bool] = mapped_column(default=False)

    commune: Mapped[Commune] = relationship()
    producer: Mapped[Producer | None] = relationship()


lot_growing_area = Table(
    "lot_growing_area",
    db.metadata,
    Column("lot_id", ForeignKey("lot.id", ondelete="CASCADE"), primary_key=True),
    Column("growing_area_id", ForeignKey("growing_area.id"), primary_key=True),
)


class Lot(Timestamps, db.Model):
    """A lot (lô hàng) of a product, traced to growing areas and a packing house."""

    __tablename__ = "lot"
    __table_args__ = (
        UniqueConstraint("product_id", "code"),
        _code_check("code"),
        CheckConstraint("quantity IS NULL OR quantity >= 0", name="quantity"),
        CheckConstraint(
            "packed_on IS NULL OR harvested_on IS NULL OR packed_on >= harvested_on",
            name="packed_after_harvest",
        ),
        CheckConstraint(
            "best_before IS NULL OR packed_on IS NULL OR best_before >= packed_on",
            name="best_before_after_packing",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id"), index=True)
    code: Mapped[str] = mapped_column(String(32))
    packing_house_id: Mapped[int | None] = mapped_column(ForeignKey("packing_house.id"))
    harvested_on: Mapped[date | None] = mapped_column(Date)
    packed_on: Mapped[date | None] = mapped_column(Date)
    best_before: Mapped[date | None] = mapped_column(Date)
    quantity: Mapped[float | None] = mapped_column(Numeric(12, 2, asdecimal=False))
    unit: Mapped[str] = mapped_column(String(20), default="kg")
    recalled_on: Mapped[date | None] = mapped_column(Date)
    recall_reason_vi: Mapped[str] = mapped_column(Text, default="")
    recall_reason_en: Mapped[str] = mapped_column(Text, default="")
    is_sample: Mapped[bool] = mapped_column(default=False)

    product: Mapped[Product] = relationship(backref="lots")
    packing_house: Mapped[PackingHouse | None] = relationship()
    growing_areas: Mapped[list[GrowingArea]] = relationship(
        secondary=lot_growing_area, order_by=GrowingArea.code
    )
    events: Mapped[list["TraceEvent"]] = relationship(
        back_populates="lot",
        order_by="TraceEvent.happened_on, TraceEvent.id",
        cascade="all, delete-orphan",
    )

    @property
    def is_recalled(self) -> bool:
        """True once the lot has been recalled."""
        return self.recalled_on is not None

    def recall_reason(self, locale: str) -> str:
        """Why the lot was recalled, in a locale."""
        return localized(self, "recall_reason", locale)


class TraceEvent(db.Model):
    """A step in a lot's life: harvest, processing, packing, inspection, shipping."""

    __tablename__ = "trace_event"
    __table_args__ = (
        CheckConstraint(
            "kind IN ('harvest', 'processing', 'packing', 'inspection', 'shipping')",
            name="kind",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    lot_id: Mapped[int] = mapped_column(
        ForeignKey("lot.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16))
    happened_on: Mapped[date] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(200), default="")
    note_vi: Mapped[str] = mapped_column(Text, default="")
    note_en: Mapped[str] = mapped_column(Text, default="")

    lot: Mapped[Lot] = relationship(back_populates="events")

    def note(self, locale: str) -> str:
        """The note in a locale."""
        return localized(self, "note", locale)


class Stamp(db.Model):
    """One traceability stamp on one package, belonging to a lot."""

    __tablename__ = "stamp"
    __table_args__ = (CheckConstraint("length(code) = 16", name="code_length"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    lot_id: Mapped[int] = mapped_column(ForeignKey("lot.id"), index=True)
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    issued_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"))
    voided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    void_reason: Mapped[str] = mapped_column(String(300), default="")
    scan_count: Mapped[int] = mapped_column(default=0)
    first_scanned_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_scanned_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    lot: Mapped[Lot] = relationship(backref="stamps")

    @property
    def is_void(self) -> bool:
        """True once the stamp has been voided."""
        return self.voided_at is not None


class Scan(db.Model):
    """A recorded scan of a stamp: time, coarse client class, salted address hash."""

    __tablename__ = "scan"
    # Scan charts read a stamp's scans by time.
    __table_args__ = (Index("ix_scan_stamp_id_scanned_at", "stamp_id", "scanned_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    stamp_id: Mapped[int] = mapped_column(ForeignKey("stamp.id"), index=True)
    scanned_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    client_class: Mapped[str] = mapped_column(String(16), default="other")
    address_hash: Mapped[str] = mapped_column(String(32), default="")
