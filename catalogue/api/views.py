"""JSON API v1: public reads, conditional GET, CORS, JSON errors."""

from datetime import datetime

from flask import Blueprint, current_app, jsonify, request

bp = Blueprint("api", __name__, url_prefix="/api/v1")


def json_read(body, last_modified: datetime | None = None, max_age: int = 60):
    """A cacheable JSON read: ETag and Last-Modified, answering 304 when unchanged."""
    response = jsonify(body)
    response.add_etag()
    if last_modified is not None:
        response.last_modified = last_modified.replace(microsecond=0)
    response.cache_control.public = True
    response.cache_control.max_age = max_age
    return response.make_conditional(request)


@bp.after_request
def open_data(response):
    """Reads are open data: any site may fetch them."""
    response.headers.setdefault("Access-Control-Allow-Origin", "*")
    response.headers.setdefault("Access-Control-Expose-Headers", "ETag, Last-Modified")
    if response.mimetype == "application/json":
        response.vary.add("Accept-Language")
    return response


def per_page_default() -> int:
    """Default page size of API lists."""
    return min(current_app.config["PER_PAGE"], 100)


# Route modules register on bp when imported (other issues add theirs here).
from catalogue.api import openapi, products, search, trace  # noqa: E402, F401
