"""What every template can use, and headers on every response."""

from datetime import date, datetime

from flask import Flask, request, url_for
from flask_babel import format_date, format_datetime

from catalogue import i18n
from catalogue.text import render_markdown

CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
)


def lang_url(code: str) -> str:
    """The current page in another language."""
    args = request.args.to_dict(flat=False)
    args["lang"] = [code]
    view_args = dict(request.view_args or {})
    if request.endpoint is None:
        return "?lang=" + code
    return url_for(request.endpoint, **view_args, **args)


def fmt_date(value: date | datetime | None, style: str = "medium") -> str:
    """A date in the current locale."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return format_datetime(value, style)
    return format_date(value, style)


def register(app: Flask) -> None:
    """Install context processors, filters and response hooks."""

    @app.context_processor
    def inject():
        return {"locale": i18n.locale(), "lang_url": lang_url}

    app.jinja_env.filters.update(
        vnd=i18n.vnd, number=i18n.number, date=fmt_date, markdown=render_markdown
    )
    app.jinja_env.add_extension("jinja2.ext.do")

    @app.after_request
    def headers(response):
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault(
            "Referrer-Policy", "strict-origin-when-cross-origin"
        )
        response.headers.setdefault("X-Frame-Options", "DENY")
        if response.mimetype == "text/html":
            response.vary.add("Accept-Language")
            response.vary.add("Cookie")
        return i18n.remember_locale(response)
