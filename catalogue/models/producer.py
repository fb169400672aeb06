"""Producers (chủ thể OCOP): companies, cooperatives, groups, households."""

from sqlalchemy import CheckConstraint, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from catalogue.extensions import db
from catalogue.models.base import Timestamps, localized
from catalogue.models.place import Commune

LEGAL_FORMS = ("company", "cooperative", "cooperative_group", "household", "hoi_quan")


class Producer(Timestamps, db.Model):
    """A legal subject that makes OCOP products; its users may edit it."""

    __tablename__ = "producer"
    __table_args__ = (
        CheckConstraint(
            "legal_form IN ('company', 'cooperative', 'cooperative_group', "
            "'household', 'hoi_quan')",
            name="legal_form",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(120), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    legal_form: Mapped[str] = mapped_column(String(24))
    commune_id: Mapped[int] = mapped_column(ForeignKey("commune.id"), index=True)
    address: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    website: Mapped[str] = mapped_column(String(300), default="")
    story_vi: Mapped[str] = mapped_column(Text, default="")
    story_en: Mapped[str] = mapped_column(Text, default="")
    lat: Mapped[float | None]
    lon: Mapped[float | None]
    is_sample: Mapped[bool] = mapped_column(default=False)
    name_is_sample: Mapped[bool] = mapped_column(default=False)
    version: Mapped[int] = mapped_column(default=1)

    commune: Mapped[Commune] = relationship()
    products: Mapped[list["Product"]] = relationship(  # noqa: F821
        back_populates="producer", order_by="Product.name_vi"
    )

    __mapper_args__ = {"version_id_col": version}

    def story(self, locale: str) -> str:
        """The story in a locale, Vietnamese when missing."""
        return localized(self, "story", locale)

    def __repr__(self) -> str:
        return f"<Producer {self.slug}>"
