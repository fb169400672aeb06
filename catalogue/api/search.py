"""API: /api/v1/search (products, facets, codes) and /api/v1/suggest (autocomplete)."""

from flask import jsonify, request

from catalogue.api import serializers
from catalogue.api.views import bp, per_page_default
from catalogue.errors import error_response
from catalogue.public.filters import FilterError, parse_product_filters
from catalogue.search import service
from catalogue.search.codes import CodeHit

SUGGEST_LIMIT = 10


@bp.get("/search")
def search():
    try:
        filters = parse_product_filters(
            request.args, per_page_default(), allow_per_page=True
        )
    except FilterError as exc:
        return error_response(400, str(exc), code="bad_filter")
    page = service.search_products(request.args.get("q", ""), filters)
    body = serializers.envelope(page, [serializers.product_item(p) for p in page.items])
    body.update(
        query=page.query.text,
        facets=_facets(page.facets),
        codes=[_code(hit) for hit in page.codes],
        corrections=page.hits.corrections,
        partial=page.hits.partial,
    )
    return _fresh(jsonify(body))


def _facets(facets: dict) -> dict:
    return {
        "stars": [{"value": level, "count": n} for level, n in facets.get("stars", [])],
        "group": [
            {"value": code, "label": group.name(_locale()), "count": n}
            for code, group, n in facets.get("group", [])
        ],
        "commune": [
            {"value": commune.slug, "label": commune.name, "count": n}
            for commune, n in facets.get("commune", [])
        ],
    }


def _code(hit: CodeHit) -> dict:
    return {
        "kind": hit.kind,
        "code": hit.code,
        "label": hit.label,
        "url": hit.url,
        "is_sample": hit.is_sample,
    }


def _locale() -> str:
    from catalogue.i18n import locale

    return locale()


@bp.get("/suggest")
def suggest():
    codes, products = service.suggest(request.args.get("q", ""), SUGGEST_LIMIT)
    locale = _locale()
    items = [
        {
            "label": f"{hit.code} · {hit.label}" if hit.label else hit.code,
            "url": hit.url,
        }
        for hit in codes
    ]
    items += [
        {
            "label": (s.name_en if locale == "en" and s.name_en else s.name_vi),
            "url": f"/products/{s.slug}",
        }
        for s in products
    ]
    return _fresh(jsonify(items[:SUGGEST_LIMIT]))


def _fresh(response):
    """Answers follow the catalogue closely: cache them only briefly."""
    response.cache_control.public = True
    response.cache_control.max_age = 60
    return response
