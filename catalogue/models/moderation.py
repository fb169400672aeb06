"""Pending changes from producers, waiting for an officer's review."""

from datetime import datetime

from sqlalchemy import JSON, CheckConstraint, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from catalogue.extensions import db
from catalogue.models.account import User
from catalogue.models.base import UTCDateTime, utcnow

REVISION_STATUSES = ("pending", "approved", "rejected", "withdrawn")


class Revision(db.Model):
    """A proposed change to a product or producer, public only once approved."""

    __tablename__ = "revision"
    __table_args__ = (
        CheckConstraint(
            "status IN ('pending', 'approved', 'rejected', 'withdrawn')", name="status"
        ),
        CheckConstraint("entity IN ('product', 'producer')", name="entity"),
        # One open proposal per record: of two racing proposals one must fail.
        Index(
            "uq_revision_pending",
            "entity",
            "entity_id",
            unique=True,
            sqlite_where=text("status = 'pending'"),
            postgresql_where=text("status = 'pending'"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    entity: Mapped[str] = mapped_column(String(16))
    entity_id: Mapped[int] = mapped_column(index=True)
    producer_id: Mapped[int] = mapped_column(ForeignKey("producer.id"), index=True)
    payload: Mapped[dict] = mapped_column(JSON)
    base_version: Mapped[int]
    status: Mapped[str] = mapped_column(String(16), default="pending", index=True)
    submitted_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"))
    submitted_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    reviewed_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"))
    reviewed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reason: Mapped[str] = mapped_column(Text, default="")

    submitted_by: Mapped[User | None] = relationship(foreign_keys=[submitted_by_id])
    reviewed_by: Mapped[User | None] = relationship(foreign_keys=[reviewed_by_id])
