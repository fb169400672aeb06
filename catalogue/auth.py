"""Session users, and the decorators that guard portal and admin views."""

from functools import wraps

from flask import abort
from flask_babel import lazy_gettext as _l
from flask_login import current_user, login_required

from catalogue.extensions import db, login_manager

__all__ = ["init_app", "login_required", "role_required"]


def init_app(app) -> None:
    """Configure Flask-Login."""
    login_manager.init_app(app)
    login_manager.login_view = "account.login"
    login_manager.session_protection = "strong"
    login_manager.login_message = _l("Please log in to open this page.")
    login_manager.login_message_category = "info"
    login_manager.localize_callback = str


@login_manager.user_loader
def load_user(identity: str):
    """Load the session's user; a rotated token (password change) logs it out."""
    from catalogue.models import User

    user_id, _, token = identity.partition(":")
    if not user_id.isdigit():
        return None
    user = db.session.get(User, int(user_id))
    if user is None or not user.is_active or user.session_token != token:
        return None
    return user


def role_required(*roles: str):
    """Allow only signed-in users with one of the roles (403 otherwise)."""

    def decorator(view):
        @wraps(view)
        @login_required
        def wrapped(*args, **kwargs):
            if current_user.role not in roles:
                abort(403)
            return view(*args, **kwargs)

        return wrapped

    return decorator
