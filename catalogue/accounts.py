"""Creating users and checking passwords."""

import re
import secrets

from flask_babel import gettext as _
from sqlalchemy import func, select
from werkzeug.security import check_password_hash, generate_password_hash

from catalogue.extensions import db
from catalogue.models import ROLES, Producer, User

MIN_PASSWORD_LENGTH = 10
COMMON = {"password", "matkhau", "123456", "qwerty", "abc123", "letmein", "admin"}
EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s]+\.[^@\s]{2,}$")


class AccountError(ValueError):
    """A user cannot be created or changed as asked."""


def password_problem(password: str, email: str = "") -> str | None:
    """Why a password is too weak, or None when it is acceptable."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return _(
            "The password must have at least %(n)d characters.", n=MIN_PASSWORD_LENGTH
        )
    lowered = password.lower()
    if any(word in lowered for word in COMMON) or len(set(password)) < 5:
        return _("The password is too easy to guess.")
    local = email.split("@", 1)[0].lower()
    if len(local) >= 4 and local in lowered:
        return _("The password must not contain the e-mail address.")
    return None


def hash_password(password: str) -> str:
    """A salted scrypt hash."""
    return generate_password_hash(password, method="scrypt")


def verify_password(user: User, password: str) -> bool:
    """Check a password against the user's hash."""
    return check_password_hash(user.password_hash, password)


def create_user(
    email: str, password: str, role: str, producer_slug: str | None = None
) -> User:
    """Validate and add a user; the caller commits."""
    email = email.strip().lower()
    if not EMAIL.match(email):
        raise AccountError(_("%(email)s is not a valid e-mail address.", email=email))
    if role not in ROLES:
        raise AccountError(
            _("Unknown role %(role)s (choose admin, officer or producer).", role=role)
        )
    producer = None
    if role == "producer":
        if not producer_slug:
            raise AccountError(_("A producer account needs --producer SLUG."))
        producer = db.session.scalar(select(Producer).filter_by(slug=producer_slug))
        if producer is None:
            raise AccountError(_("No producer with slug %(slug)s.", slug=producer_slug))
    elif producer_slug:
        raise AccountError(_("Only producer accounts belong to a producer."))
    taken = db.session.scalar(select(func.count(User.id)).where(User.email == email))
    if taken:
        raise AccountError(
            _("A user with e-mail %(email)s already exists.", email=email)
        )
    problem = password_problem(password, email)
    if problem:
        raise AccountError(problem)
    user = User(
        email=email,
        password_hash=hash_password(password),
        role=role,
        producer=producer,
        session_token=secrets.token_hex(8),
    )
    db.session.add(user)
    db.session.flush()
    return user


# Used when the e-mail is unknown, so a wrong address costs as long as a wrong password.
_DUMMY_HASH = None


def authenticate(email: str, password: str) -> User | None:
    """The active user with this e-mail and password, or None (same cost either way)."""
    global _DUMMY_HASH
    email = (email or "").strip().lower()
    user = db.session.scalar(select(User).where(User.email == email))
    if user is None or not user.is_active:
        _DUMMY_HASH = _DUMMY_HASH or hash_password(secrets.token_hex(16))
        check_password_hash(_DUMMY_HASH, password or "")
        return None
    return user if verify_password(user, password or "") else None


def set_password(user: User, password: str) -> None:
    """Store a new password hash and log out the user's other sessions."""
    problem = password_problem(password, user.email)
    if problem:
        raise AccountError(problem)
    user.password_hash = hash_password(password)
    rotate_session(user)


def rotate_session(user: User) -> None:
    """End every session of the user (the token is part of the session identity)."""
    user.session_token = secrets.token_hex(8)


def generate_password() -> str:
    """A one-time password for an officer to hand over: 4 groups of 4 characters."""
    alphabet = "abcdefghjkmnpqrstuvwxyz23456789"
    while True:
        chars = "".join(secrets.choice(alphabet) for _ in range(16))
        candidate = "-".join(chars[i : i + 4] for i in range(0, 16, 4))
        if password_problem(candidate) is None:
            return candidate
