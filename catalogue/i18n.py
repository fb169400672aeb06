"""Locale selection and locale-aware formatting helpers."""

from flask import g, has_request_context, request
from flask_babel import format_currency, format_decimal, get_locale

SUPPORTED_LOCALES = ("vi", "en")
LANG_COOKIE = "lang"
COOKIE_MAX_AGE = 365 * 24 * 3600


def select_locale() -> str:
    """?lang=, then the cookie, then the user's preference, then Accept-Language."""
    if not has_request_context():
        return "en"  # commands speak English to operators
    asked = request.args.get("lang", "")
    if asked in SUPPORTED_LOCALES:
        g.set_lang_cookie = asked
        return asked
    cookie = request.cookies.get(LANG_COOKIE, "")
    if cookie in SUPPORTED_LOCALES:
        return cookie
    user = getattr(g, "_login_user", None)
    if user is not None and getattr(user, "locale", "") in SUPPORTED_LOCALES:
        return user.locale
    return request.accept_languages.best_match(SUPPORTED_LOCALES) or "vi"


def remember_locale(response):
    """Keep a ?lang= choice in a cookie."""
    chosen = g.get("set_lang_cookie")
    if chosen and request.cookies.get(LANG_COOKIE) != chosen:
        response.set_cookie(
            LANG_COOKIE, chosen, max_age=COOKIE_MAX_AGE, samesite="Lax", httponly=True
        )
    return response


def locale() -> str:
    """The current locale as a short code ('vi' or 'en')."""
    return str(get_locale() or "vi")


def vnd(amount: int | float | None) -> str:
    """A price in đồng, formatted for the current locale."""
    if amount is None:
        return ""
    return format_currency(amount, "VND")


def number(value, digits: int = 0) -> str:
    """A number formatted for the current locale."""
    if value is None:
        return ""
    pattern = "#,##0" + ("." + "0" * digits if digits else "")
    return format_decimal(value, format=pattern)
