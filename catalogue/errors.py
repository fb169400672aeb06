"""Error pages: HTML for people, JSON under /api."""

from flask import Flask, jsonify, render_template, request
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from werkzeug.exceptions import HTTPException, InternalServerError

MESSAGES = {
    400: _l("The request was not understood. Please check what you typed."),
    403: _l("You do not have permission to open this page."),
    404: _l("We could not find that page."),
    405: _l("This address does not accept that kind of request."),
    413: _l("The file or form you sent is too large."),
    429: _l("Too many requests. Please wait a minute and try again."),
    500: _l("Something went wrong on our side. Please try again later."),
}


def wants_json() -> bool:
    """True for API requests."""
    return request.path.startswith("/api/")


def error_response(status: int, message: str | None = None, code: str | None = None):
    """Render an error as JSON (API) or as a localised page."""
    text = message or str(MESSAGES.get(status, MESSAGES[500]))
    if wants_json():
        body = {"error": {"code": code or _code(status), "message": text}}
        return jsonify(body), status
    return render_template("errors/error.html", status=status, message=text), status


def _code(status: int) -> str:
    return {
        400: "bad_request",
        403: "forbidden",
        404: "not_found",
        405: "method_not_allowed",
        413: "too_large",
        429: "rate_limited",
    }.get(status, "server_error")


def register(app: Flask) -> None:
    """Install the handlers."""

    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException):
        status = exc.code or 500
        if status < 400:
            return exc
        response, status = error_response(status, _custom_message(exc))
        if exc.code == 405 and exc.valid_methods:
            response = app.make_response((response, status))
            response.headers["Allow"] = ", ".join(exc.valid_methods)
        return response, status

    @app.errorhandler(Exception)
    def server_error(exc: Exception):
        app.logger.exception("unhandled error", exc_info=exc)
        return error_response(500)


def _custom_message(exc: HTTPException) -> str | None:
    """A message passed to abort(…, description=…) that is ours, not werkzeug's."""
    default = type(exc).description
    if (
        exc.description
        and exc.description != default
        and not isinstance(exc, InternalServerError)
    ):
        return exc.description
    return None


__all__ = ["error_response", "register", "_"]
