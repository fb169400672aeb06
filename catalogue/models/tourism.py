"""Tourism services: a product of the tourism group with visiting details."""

from sqlalchemy import JSON, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from catalogue.extensions import db
from catalogue.models.base import localized
from catalogue.models.product import Product


class TourismService(db.Model):
    """Opening hours, tickets, activities and directions for a tourism product."""

    __tablename__ = "tourism_service"

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id"), unique=True)
    opening_hours_vi: Mapped[str] = mapped_column(String(200), default="")
    opening_hours_en: Mapped[str] = mapped_column(String(200), default="")
    tickets: Mapped[list] = mapped_column(JSON, default=list)
    address: Mapped[str] = mapped_column(String(300), default="")
    lat: Mapped[float | None]
    lon: Mapped[float | None]
    activities_vi: Mapped[list] = mapped_column(JSON, default=list)
    activities_en: Mapped[list] = mapped_column(JSON, default=list)
    how_to_get_there_vi: Mapped[str] = mapped_column(Text, default="")
    how_to_get_there_en: Mapped[str] = mapped_column(Text, default="")
    best_months: Mapped[list] = mapped_column(JSON, default=list)

    product: Mapped[Product] = relationship(backref="tourism")

    def text(self, field: str, locale: str):
        """A localised field, Vietnamese when missing."""
        return localized(self, field, locale)
