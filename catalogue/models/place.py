"""Communes (xã / thị trấn) and their succession after mergers."""

from datetime import date

from sqlalchemy import CheckConstraint, Date, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from catalogue.extensions import db

COMMUNE_KINDS = ("commune", "town")


class Commune(db.Model):
    """An administrative unit of the district; kept when merged, with its successor."""

    __tablename__ = "commune"
    __table_args__ = (CheckConstraint("kind IN ('commune', 'town')", name="kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    code_is_sample: Mapped[bool] = mapped_column(default=True)
    slug: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(80))
    kind: Mapped[str] = mapped_column(String(16), default="commune")
    lat: Mapped[float | None]
    lon: Mapped[float | None]
    successor_id: Mapped[int | None] = mapped_column(ForeignKey("commune.id"))
    succeeded_on: Mapped[date | None] = mapped_column(Date)

    successor: Mapped["Commune | None"] = relationship(remote_side=[id])

    @property
    def is_town(self) -> bool:
        """True for a thị trấn."""
        return self.kind == "town"

    def current(self, on: date | None = None) -> "Commune":
        """The unit that holds this area on a date (follows successions)."""
        unit, seen = self, set()
        while (
            unit.successor is not None
            and unit.id not in seen
            and (on is None or unit.succeeded_on is None or unit.succeeded_on <= on)
        ):
            seen.add(unit.id)
            unit = unit.successor
        return unit

    def __repr__(self) -> str:
        return f"<Commune {self.name}>"
