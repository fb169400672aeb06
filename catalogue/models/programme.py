"""Plan periods and their targets, held as data."""

from datetime import date

from sqlalchemy import CheckConstraint, Date, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from catalogue.extensions import db

METRICS = (
    "stars_5",
    "stars_4",
    "stars_3",
    "tourism",
    "communes_registered",
    "products",
)


class PlanPeriod(db.Model):
    """A plan period, e.g. 2021–2025 under plan 124/KH-UBND."""

    __tablename__ = "plan_period"
    __table_args__ = (CheckConstraint("ends_on > starts_on", name="dates"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name_vi: Mapped[str] = mapped_column(String(120))
    name_en: Mapped[str] = mapped_column(String(120))
    plan: Mapped[str] = mapped_column(String(60), default="")
    plan_date: Mapped[date | None] = mapped_column(Date)
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)

    targets: Mapped[list["Target"]] = relationship(
        back_populates="period", cascade="all, delete-orphan", order_by="Target.id"
    )


class Target(db.Model):
    """One numeric target of a plan period (e.g. 3 five-star products)."""

    __tablename__ = "target"
    __table_args__ = (
        UniqueConstraint("period_id", "metric"),
        CheckConstraint("value >= 0", name="value"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    period_id: Mapped[int] = mapped_column(ForeignKey("plan_period.id"))
    metric: Mapped[str] = mapped_column(String(32))
    value: Mapped[int]
    label_vi: Mapped[str] = mapped_column(String(200), default="")
    label_en: Mapped[str] = mapped_column(String(200), default="")

    period: Mapped[PlanPeriod] = relationship(back_populates="targets")
