"""Logging in and out, at /login and /logout (outside the /manage prefix)."""

from urllib.parse import urlsplit

from flask import (
    Blueprint,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask_babel import gettext as _
from flask_login import current_user, login_user, logout_user

from catalogue import accounts, audit
from catalogue.extensions import db
from catalogue.models.base import utcnow
from catalogue.portal.forms import ActionForm, LoginForm, PasswordForm
from catalogue.ratelimit import limiter

bp = Blueprint("account", __name__)


def _login_limit() -> str:
    return current_app.config["LOGIN_RATE_LIMIT"]


def _account_key() -> str:
    """Rate-limit key for the account being tried, whatever the client."""
    email = (request.form.get("email") or "").strip().lower()[:254]
    return "login-account:" + email


def _too_many() -> str:
    return _("Too many login attempts. Please wait a few minutes and try again.")


def _failed(response) -> bool:
    """Only failed attempts count against the limits."""
    return response.status_code != 302


def home_for(user) -> str:
    """Where a user lands after logging in."""
    if user.role == "producer":
        return url_for("portal.dashboard")
    return url_for("admin.dashboard")


def safe_next(target: str | None) -> str | None:
    """A local path to return to, never another site."""
    if not target or not target.startswith("/") or target.startswith(("//", "/\\")):
        return None
    parts = urlsplit(target)
    return target if not parts.scheme and not parts.netloc else None


@bp.route("/login", methods=["GET", "POST"])
@limiter.limit(
    _login_limit, methods=["POST"], deduct_when=_failed, error_message=_too_many
)
@limiter.limit(
    _login_limit,
    key_func=_account_key,
    methods=["POST"],
    deduct_when=_failed,
    error_message=_too_many,
    scope="login-account",
)
def login():
    """The login form; a wrong e-mail or password gets one message for both."""
    form = LoginForm()
    if form.validate_on_submit():
        user = accounts.authenticate(form.email.data, form.password.data)
        if user is not None:
            session.clear()  # a fresh session: nothing carried over from before
            login_user(user)
            user.last_login_at = utcnow()
            db.session.commit()
            target = safe_next(request.args.get("next")) or home_for(user)
            return redirect(target)
        flash(_("The e-mail or password is wrong."), "error")
    elif request.method == "GET" and current_user.is_authenticated:
        return redirect(home_for(current_user))
    status = 200 if request.method == "GET" else 400 if form.errors else 401
    return render_template("portal/login.html", form=form), status


@bp.route("/logout", methods=["GET", "POST"])
def logout():
    """POST logs out; GET asks first (a link must not log anyone out)."""
    form = ActionForm()
    if request.method == "POST" and form.validate_on_submit():
        logout_user()
        session.clear()
        flash(_("You are logged out."), "info")
        return redirect(url_for("account.login"))
    if not current_user.is_authenticated:
        return redirect(url_for("account.login"))
    return render_template("portal/logout.html", form=form)


def password_page(layout: str, home: str):
    """Change one's own password (portal and admin share this page)."""
    form = PasswordForm()
    status = 400 if request.method == "POST" else 200
    if form.validate_on_submit():
        user = current_user._get_current_object()
        if not accounts.verify_password(user, form.current.data):
            form.current.errors = [_("This is not your current password.")]
        else:
            try:
                accounts.set_password(user, form.new.data)
            except accounts.AccountError as exc:
                form.new.errors = [str(exc)]
            else:
                audit.record(user, "password", "user", user, None, None)
                db.session.commit()
                login_user(user)  # the session follows the new token
                flash(_("Your password is changed."), "info")
                return redirect(url_for(home))
    return render_template("portal/password.html", form=form, layout=layout), status
