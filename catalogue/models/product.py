"""Products, their OCOP groups and rule sets, evaluations and photos."""

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Date,
    ForeignKey,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from catalogue.extensions import db
from catalogue.models.base import Timestamps, UTCDateTime, localized, today
from catalogue.models.place import Commune
from catalogue.models.producer import Producer

STATUSES = ("draft", "pending", "published", "archived")
LEVELS = ("district", "province", "national")
STAR_THRESHOLDS = ((90, 5), (70, 4), (50, 3))
VALIDITY_MONTHS = 36


def stars_for(score: int) -> int | None:
    """OCOP stars for a total score out of 100 (None below 50 points)."""
    for floor, stars in STAR_THRESHOLDS:
        if score >= floor:
            return stars
    return None


def add_months(day: date, months: int) -> date:
    """The same day some months later (clamped to the month's end)."""
    import calendar

    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


class RuleSet(db.Model):
    """A national decision defining OCOP criteria (1048/2019, 148/2023, 1489/2025)."""

    __tablename__ = "rule_set"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    decision: Mapped[str] = mapped_column(String(40))
    year: Mapped[int]
    has_district_level: Mapped[bool] = mapped_column(default=True)
    part_max: Mapped[dict | None] = mapped_column(JSON)

    groups: Mapped[list["ProductGroup"]] = relationship(back_populates="rule_set")


class ProductGroup(db.Model):
    """An OCOP product group under a rule set (food, beverages, tourism...)."""

    __tablename__ = "product_group"
    __table_args__ = (UniqueConstraint("rule_set_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    rule_set_id: Mapped[int] = mapped_column(ForeignKey("rule_set.id"))
    code: Mapped[str] = mapped_column(String(32))
    name_vi: Mapped[str] = mapped_column(String(120))
    name_en: Mapped[str] = mapped_column(String(120))
    is_tourism: Mapped[bool] = mapped_column(default=False)

    rule_set: Mapped[RuleSet] = relationship(back_populates="groups")

    def name(self, locale: str) -> str:
        """The group's name in a locale."""
        return localized(self, "name", locale)


class Product(Timestamps, db.Model):
    """An OCOP product (or tourism service) with its vi/en text and status."""

    __tablename__ = "product"
    __table_args__ = (
        CheckConstraint(
            "status IN ('draft', 'pending', 'published', 'archived')", name="status"
        ),
        CheckConstraint("price_min IS NULL OR price_min >= 0", name="price_min"),
        CheckConstraint(
            "price_max IS NULL OR price_min IS NULL OR price_max >= price_min",
            name="price_range",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(120), unique=True)
    name_vi: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200), default="")
    group_id: Mapped[int] = mapped_column(ForeignKey("product_group.id"), index=True)
    producer_id: Mapped[int] = mapped_column(ForeignKey("producer.id"), index=True)
    commune_id: Mapped[int] = mapped_column(ForeignKey("commune.id"), index=True)
    summary_vi: Mapped[str] = mapped_column(String(400), default="")
    summary_en: Mapped[str] = mapped_column(String(400), default="")
    description_vi: Mapped[str] = mapped_column(Text, default="")
    description_en: Mapped[str] = mapped_column(Text, default="")
    story_vi: Mapped[str] = mapped_column(Text, default="")
    story_en: Mapped[str] = mapped_column(Text, default="")
    standards: Mapped[list] = mapped_column(JSON, default=list)
    season: Mapped[list] = mapped_column(JSON, default=list)
    where_to_buy_vi: Mapped[str] = mapped_column(Text, default="")
    where_to_buy_en: Mapped[str] = mapped_column(Text, default="")
    price_min: Mapped[int | None]
    price_max: Mapped[int | None]
    price_unit_vi: Mapped[str] = mapped_column(String(60), default="")
    price_unit_en: Mapped[str] = mapped_column(String(60), default="")
    gtin: Mapped[str | None] = mapped_column(String(14), unique=True)
    status: Mapped[str] = mapped_column(String(16), default="draft", index=True)
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    is_sample: Mapped[bool] = mapped_column(default=False)
    plan_mention: Mapped[str] = mapped_column(String(400), default="")
    version: Mapped[int] = mapped_column(default=1)

    group: Mapped[ProductGroup] = relationship()
    producer: Mapped[Producer] = relationship(back_populates="products")
    commune: Mapped[Commune] = relationship()
    evaluations: Mapped[list["Evaluation"]] = relationship(
        back_populates="product",
        order_by="Evaluation.decided_on.desc()",
        cascade="all, delete-orphan",
    )
    photos: Mapped[list["Photo"]] = relationship(
        back_populates="product",
        order_by="Photo.position",
        cascade="all, delete-orphan",
    )

    __mapper_args__ = {"version_id_col": version}

    def text(self, field: str, locale: str) -> str:
        """A text field in a locale, Vietnamese when the translation is missing."""
        return localized(self, field, locale)

    def has_translation(self, field: str, locale: str) -> bool:
        """True when the field has its own text in the locale."""
        return locale == "vi" or bool(getattr(self, f"{field}_{locale}", ""))

    def current_evaluation(self, on: date | None = None) -> "Evaluation | None":
        """The newest evaluation decided by a date and neither expired nor revoked."""
        on = on or today()
        for evaluation in self.evaluations:
            if evaluation.decided_on <= on and evaluation.state(on) == "current":
                return evaluation
        return None

    def stars(self, on: date | None = None) -> int | None:
        """Public stars: those of the current evaluation, or None."""
        current = self.current_evaluation(on)
        return current.stars if current else None

    @property
    def is_published(self) -> bool:
        """True when the public may see it."""
        return self.status == "published"

    def __repr__(self) -> str:
        return f"<Product {self.slug}>"


class Evaluation(Timestamps, db.Model):
    """One OCOP evaluation result: score, stars, decision and its validity."""

    __tablename__ = "evaluation"
    __table_args__ = (
        CheckConstraint("score >= 0 AND score <= 100", name="score"),
        CheckConstraint("stars >= 3 AND stars <= 5", name="stars"),
        CheckConstraint("expires_on > decided_on", name="expiry_after_decision"),
        CheckConstraint("level IN ('district', 'province', 'national')", name="level"),
        CheckConstraint(
            "(score_a IS NULL OR score_a >= 0) AND (score_b IS NULL OR score_b >= 0)"
            " AND (score_c IS NULL OR score_c >= 0)",
            name="parts",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id"), index=True)
    rule_set_id: Mapped[int] = mapped_column(ForeignKey("rule_set.id"))
    score: Mapped[int]
    score_a: Mapped[int | None]
    score_b: Mapped[int | None]
    score_c: Mapped[int | None]
    stars: Mapped[int]
    level: Mapped[str] = mapped_column(String(16))
    decision_number: Mapped[str] = mapped_column(String(60))
    decided_on: Mapped[date] = mapped_column(Date)
    expires_on: Mapped[date] = mapped_column(Date)
    revoked_on: Mapped[date | None] = mapped_column(Date)
    revoked_reason_vi: Mapped[str] = mapped_column(Text, default="")
    revoked_reason_en: Mapped[str] = mapped_column(Text, default="")
    is_sample: Mapped[bool] = mapped_column(default=False)
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"))

    product: Mapped[Product] = relationship(back_populates="evaluations")
    rule_set: Mapped[RuleSet] = relationship()

    def state(self, on: date | None = None) -> str:
        """'revoked', 'expired' or 'current' on a date."""
        on = on or today()
        if self.revoked_on is not None and self.revoked_on <= on:
            return "revoked"
        if self.expires_on <= on:
            return "expired"
        return "current"

    def days_left(self, on: date | None = None) -> int:
        """Days until expiry (negative once expired)."""
        return (self.expires_on - (on or today())).days

    def revoked_reason(self, locale: str) -> str:
        """Why it was revoked, in a locale."""
        return localized(self, "revoked_reason", locale)


class Photo(db.Model):
    """A product photo, stored re-encoded under a content hash."""

    __tablename__ = "photo"

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id"), index=True)
    digest: Mapped[str] = mapped_column(String(64))
    width: Mapped[int]
    height: Mapped[int]
    widths: Mapped[list] = mapped_column(JSON, default=list)
    position: Mapped[int] = mapped_column(default=0)
    alt_vi: Mapped[str] = mapped_column(String(300), default="")
    alt_en: Mapped[str] = mapped_column(String(300), default="")
    created_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    product: Mapped[Product] = relationship(back_populates="photos")

    def alt(self, locale: str) -> str:
        """Alternative text in a locale."""
        return localized(self, "alt", locale)
