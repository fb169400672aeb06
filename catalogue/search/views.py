"""Search results page: /search?q=…&stars=…&group=…&commune=…&page=…"""

from flask import Blueprint, current_app, render_template, request

from catalogue.errors import error_response
from catalogue.public.filters import FilterError, parse_product_filters
from catalogue.search import service
from catalogue.search.text import highlight

bp = Blueprint("search", __name__)


@bp.get("/search")
def results():
    try:
        filters = parse_product_filters(request.args, current_app.config["PER_PAGE"])
    except FilterError as exc:
        return error_response(400, str(exc))
    page = service.search_products(request.args.get("q", ""), filters)
    hits = page.hits
    words = [*page.query.terms, *hits.matched]

    def marks(text: str):
        return highlight(text, words, hits.prefix)

    nearest = service.nearest(page.query) if page.query.terms and not page.total else []
    return render_template(
        "search/results.html",
        page=page,
        filters=filters,
        q=page.query.text,
        marks=marks,
        nearest=nearest,
    )
