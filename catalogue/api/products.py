"""API routes for products and producers."""

from urllib.parse import urlencode

from flask import redirect, request
from flask_babel import gettext as _

from catalogue.api import serializers
from catalogue.api.views import bp, json_read, per_page_default
from catalogue.errors import error_response
from catalogue.public import directory, queries
from catalogue.public.filters import (
    SLUG,
    FilterError,
    parse_page,
    parse_product_filters,
)


@bp.get("/products")
def product_list():
    if request.args.get("q", "").strip():
        # Text search has its own engine: one concept, one place.
        query = urlencode(list(request.args.items(multi=True)))
        return redirect("/api/v1/search?" + query)
    try:
        filters = parse_product_filters(
            request.args, per_page_default(), allow_per_page=True
        )
    except FilterError as exc:
        return error_response(400, str(exc), code="bad_filter")
    page = queries.product_page(filters)
    body = serializers.envelope(page, [serializers.product_item(p) for p in page.items])
    return json_read(body, queries.catalogue_changed_at())


@bp.get("/products/<slug>")
def product_detail(slug: str):
    product = queries.product_by_slug(slug) if SLUG.match(slug) else None
    if product is None:
        return error_response(404, _("No published product has that slug."))
    return json_read(
        serializers.product_detail(product), queries.last_modified([product])
    )


@bp.get("/producers")
def producer_list():
    try:
        number = parse_page(request.args)
    except FilterError as exc:
        return error_response(400, str(exc), code="bad_filter")
    page = directory.producer_page(number, per_page_default())
    body = serializers.envelope(
        page, [serializers.producer_item(p, n) for p, n in page.items]
    )
    return json_read(body, queries.catalogue_changed_at())


@bp.get("/producers/<slug>")
def producer_detail(slug: str):
    found = directory.producer_by_slug(slug) if SLUG.match(slug) else None
    if found is None:
        return error_response(
            404, _("No producer with published products has that slug.")
        )
    producer, products = found
    changed = [producer.updated_at, queries.last_modified(products)]
    return json_read(
        serializers.producer_detail(producer, products),
        max(c for c in changed if c is not None),
    )
