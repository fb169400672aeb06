"""Officer and admin services: evaluations, registers, recalls, producers, users.

Each adds and flushes and writes an audit entry; the view commits once.
"""

from datetime import date

from flask_babel import gettext as _
from sqlalchemy import func, select

from catalogue import accounts, audit
from catalogue.extensions import db
from catalogue.models import (
    Evaluation,
    GrowingArea,
    Lot,
    Producer,
    Product,
    RuleSet,
    User,
)
from catalogue.models.product import VALIDITY_MONTHS, add_months, stars_for
from catalogue.portal.services import unique_slug


class AdminError(ValueError):
    """A change that cannot be made; the message is for the officer."""


def rule_sets() -> dict[int, RuleSet]:
    """Rule sets by id, oldest first."""
    rows = db.session.scalars(select(RuleSet).order_by(RuleSet.year))
    return {r.id: r for r in rows}


def record_evaluation(product: Product, data: dict, officer: User) -> Evaluation:
    """Record an evaluation (already checked by the form); expiry is computed."""
    evaluation = Evaluation(
        product=product,
        rule_set_id=data["rule_set_id"],
        score=data["score"],
        score_a=data.get("score_a"),
        score_b=data.get("score_b"),
        score_c=data.get("score_c"),
        stars=stars_for(data["score"]),
        level=data["level"],
        decision_number=data["decision_number"],
        decided_on=data["decided_on"],
        expires_on=add_months(data["decided_on"], VALIDITY_MONTHS),
        recorded_by_id=officer.id,
    )
    db.session.add(evaluation)
    db.session.flush()
    new = {k: getattr(evaluation, k) for k in (*data, "stars", "expires_on")}
    audit.record(officer, "create", "evaluation", evaluation, None, new)
    return evaluation


def revoke_evaluation(
    evaluation: Evaluation, on: date, reason_vi: str, reason_en: str, officer: User
) -> None:
    """Revoke a certificate from a date, with the public reason."""
    if evaluation.revoked_on is not None:
        raise AdminError(_("This certificate is already revoked."))
    values = {
        "revoked_on": on,
        "revoked_reason_vi": reason_vi,
        "revoked_reason_en": reason_en,
    }
    old, new = audit.changes(evaluation, values)
    db.session.flush()
    audit.record(officer, "revoke", "evaluation", evaluation, old, new)


def update_product(product: Product, values: dict, officer: User) -> None:
    """Officer-held product facts (group, commune, GTIN, status)."""
    gtin = values.get("gtin") or None
    if gtin:
        clash = db.session.scalar(
            select(Product.id).where(
                Product.id != product.id,
                Product.gtin.in_({gtin, gtin.zfill(14), gtin.lstrip("0")}),
            )
        )
        if clash:
            raise AdminError(_("Another product already has this GTIN."))
    values = {**values, "gtin": gtin}
    old, new = audit.changes(product, values)
    if new.get("status") == "published" and product.published_at is None:
        from catalogue.models.base import utcnow

        product.published_at = utcnow()
    db.session.flush()
    if new:
        audit.record(officer, "update", "product", product, old, new)


def save_register(model, row, values: dict, officer: User):
    """Create or update a growing area or packing house; codes are unique."""
    clash = db.session.scalar(select(model.id).where(model.code == values["code"]))
    if clash is not None and (row is None or clash != row.id):
        raise AdminError(
            _("The code %(code)s is already registered.", code=values["code"])
        )
    action = "update" if row is not None else "create"
    row = row or model()
    db.session.add(row)
    old, new = audit.changes(row, values)
    db.session.flush()
    entity = "growing_area" if model is GrowingArea else "packing_house"
    if new:
        audit.record(officer, action, entity, row, old, new)
    return row


def recall_lot(
    lot: Lot, on: date, reason_vi: str, reason_en: str, officer: User
) -> None:
    """Recall a lot: its stamps then warn whoever scans them."""
    if lot.is_recalled:
        raise AdminError(_("This lot is already recalled."))
    values = {
        "recalled_on": on,
        "recall_reason_vi": reason_vi,
        "recall_reason_en": reason_en,
    }
    old, new = audit.changes(lot, values)
    db.session.flush()
    audit.record(officer, "recall", "lot", lot, old, new)


def save_producer(producer: Producer | None, values: dict, officer: User) -> Producer:
    """Create or update a producer directly (an officer's edit needs no review)."""
    action = "update" if producer is not None else "create"
    if producer is None:
        producer = Producer(slug=unique_slug(values["name"], Producer))
        db.session.add(producer)
    old, new = audit.changes(producer, values)
    db.session.flush()
    if new:
        audit.record(officer, action, "producer", producer, old, new)
    return producer


def roles_managed_by(user: User) -> tuple[str, ...]:
    """Officers manage producer accounts; admins manage every account."""
    return ("producer", "officer", "admin") if user.role == "admin" else ("producer",)


def create_account(
    email: str, role: str, producer: Producer | None, officer: User
) -> tuple[User, str]:
    """A new account with a generated first password (returned once)."""
    if role not in roles_managed_by(officer):
        raise AdminError(_("You may not create this kind of account."))
    password = accounts.generate_password()
    try:
        user = accounts.create_user(
            email, password, role, producer.slug if producer else None
        )
    except accounts.AccountError as exc:
        raise AdminError(str(exc)) from None
    audit.record(officer, "create", "user", user, None, _user_facts(user))
    return user, password


def reset_password(user: User, officer: User) -> str:
    """A new one-time password for the user; their sessions end."""
    password = accounts.generate_password()
    accounts.set_password(user, password)
    db.session.flush()
    audit.record(officer, "reset_password", "user", user, None, {"email": user.email})
    return password


def set_active(user: User, active: bool, officer: User) -> None:
    """Block or unblock an account (blocking ends its sessions)."""
    if user.id == officer.id:
        raise AdminError(_("You cannot block your own account."))
    old = {"active": user.is_active_flag}
    user.is_active_flag = active
    if not active:
        accounts.rotate_session(user)
    db.session.flush()
    audit.record(officer, "update", "user", user, old, {"active": active})


def _user_facts(user: User) -> dict:
    return {
        "email": user.email,
        "role": user.role,
        "producer": user.producer.slug if user.producer else None,
    }


def users(viewer: User) -> list[User]:
    """Accounts the viewer may manage, by role then e-mail."""
    return list(
        db.session.scalars(
            select(User)
            .where(User.role.in_(roles_managed_by(viewer)))
            .order_by(User.role, User.email)
        )
    )


def pending_products() -> int:
    """Products waiting for a first approval."""
    return db.session.scalar(
        select(func.count(Product.id)).where(Product.status == "pending")
    )
