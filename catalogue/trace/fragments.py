"""The lot's facts as HTML, cached per lot in each process for a short time.

A scan's page changes with the stamp (state, counts) but the product, producer,
lot, growing areas, packing house and timeline are the same for every stamp of
a lot: they are rendered once and kept for STAMP_CACHE_SECONDS (default 60).
The key holds the lot's and product's update times, the recall, the locale and
the day (certificates expire by date), so an edit or a recall shows at once.
"""

from __future__ import annotations

import time
from collections.abc import Mapping

from flask import current_app, render_template, url_for
from markupsafe import Markup

from catalogue.models import Lot, Product
from catalogue.models.base import today
from catalogue.public.helpers import product_url as public_product_url
from catalogue.trace import queries

MAX_ENTRIES = 512


def _cache() -> dict:
    return current_app.extensions.setdefault("trace.lot_facts", {})


def clear() -> None:
    """Forget every cached fragment of this app."""
    _cache().clear()


def lot_facts(stamp: Mapping, locale: str) -> Markup:
    """The facts of a stamp's lot, from the cache or freshly rendered."""
    key = (
        stamp["lot_id"],
        stamp["lot_updated_at"],
        stamp["product_updated_at"],
        stamp["recalled_on"],
        locale,
        today(),
    )
    cache, now = _cache(), time.monotonic()
    hit = cache.get(key)
    if hit is not None and hit[0] > now:
        return hit[1]
    lot = queries.lot_by_id(stamp["lot_id"])
    html = render_facts(lot)
    ttl = float(current_app.config.get("STAMP_CACHE_SECONDS", 60))
    if ttl > 0:
        if len(cache) >= MAX_ENTRIES:
            cache.clear()
        cache[key] = (now + ttl, html)
    return html


def render_facts(lot: Lot, lot_page: bool = False) -> Markup:
    """Render the facts partial for a lot (on its own page, or under a stamp)."""
    return Markup(
        render_template("trace/_lot_facts.html", lot=lot, on=today(), lot_page=lot_page)
    )


def product_url(product: Product) -> str | None:
    """The public page of a product, or None when the product is not public."""
    if not product.is_published:
        return None
    return public_product_url(product)


def producer_url(slug: str) -> str:
    """The public producer page."""
    return url_for("public.producer_detail", slug=slug)
