"""Users (admin, officer, producer) and the audit log."""

from datetime import datetime

from flask_login import UserMixin
from sqlalchemy import JSON, CheckConstraint, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from catalogue.extensions import db
from catalogue.models.base import UTCDateTime, utcnow
from catalogue.models.producer import Producer

ROLES = ("admin", "officer", "producer")


class User(UserMixin, db.Model):
    """Someone who logs in: an admin, an officer, or a producer's staff."""

    __tablename__ = "user"
    __table_args__ = (
        CheckConstraint("role IN ('admin', 'officer', 'producer')", name="role"),
        CheckConstraint(
            "role <> 'producer' OR producer_id IS NOT NULL",
            name="producer_has_producer",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    password_hash: Mapped[str] = mapped_column(String(256))
    role: Mapped[str] = mapped_column(String(16))
    producer_id: Mapped[int | None] = mapped_column(
        ForeignKey("producer.id"), index=True
    )
    locale: Mapped[str] = mapped_column(String(8), default="vi")
    is_active_flag: Mapped[bool] = mapped_column("active", default=True)
    session_token: Mapped[str] = mapped_column(String(32), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    producer: Mapped[Producer | None] = relationship()

    @property
    def is_active(self) -> bool:  # Flask-Login reads this
        return self.is_active_flag

    def get_id(self) -> str:
        """Session identity: id plus a token that a password change rotates."""
        return f"{self.id}:{self.session_token}"

    @property
    def is_officer(self) -> bool:
        """Officers and admins may moderate and certify."""
        return self.role in ("officer", "admin")


class AuditEntry(db.Model):
    """Who changed what, when: old and new values."""

    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"), index=True)
    producer_id: Mapped[int | None] = mapped_column(
        ForeignKey("producer.id"), index=True
    )
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None]
    old: Mapped[dict | None] = mapped_column(JSON)
    new: Mapped[dict | None] = mapped_column(JSON)

    user: Mapped[User | None] = relationship()
