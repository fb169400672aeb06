"""The search interface the views, the API and the CLI use, whichever engine runs."""

import gc
import logging
from dataclasses import dataclass, field

from flask import current_app
from sqlalchemy import func, select

from catalogue.extensions import db
from catalogue.models import Commune, Producer, Product, ProductGroup
from catalogue.public.filters import ProductFilters
from catalogue.public.queries import Page, published_products_query
from catalogue.search import fallback
from catalogue.search.base import (
    Criteria,
    Hits,
    SearchUnavailable,
    Suggestion,
    log_failure,
)
from catalogue.search.codes import CodeHit, find_codes
from catalogue.search.text import ParsedQuery, parse

log = logging.getLogger(__name__)
MAX_OFFSET = 10_000  # deeper pages are not useful and cost the engines


@dataclass
class SearchPage(Page):
    """A page of products for a query, with facets and how the words matched."""

    query: ParsedQuery = field(default_factory=lambda: parse(""))
    facets: dict = field(default_factory=dict)
    hits: Hits = field(default_factory=Hits)
    codes: list[CodeHit] = field(default_factory=list)
    degraded: bool = False  # answered by the plain database fallback
    producer: Producer | None = None  # the producer the search is limited to


def engine():
    """The search engine of the current app."""
    return current_app.extensions["catalogue.search"]


def search_products(raw: str | None, filters: ProductFilters) -> SearchPage:
    """Published products matching a query (any text), filtered and faceted."""
    q = parse(raw)
    page = SearchPage(
        items=[], total=0, page=filters.page, per_page=filters.per_page, query=q
    )
    if q.empty:
        return page
    page.codes = find_codes(q)
    if filters.producer:
        page.producer = db.session.scalar(
            select(Producer).where(Producer.slug == filters.producer)
        )
    criteria = _criteria(filters, page.producer)
    offset = min((filters.page - 1) * filters.per_page, MAX_OFFSET)
    if page.codes and not filters.active:
        hits = _code_hits(page.codes, offset, filters.per_page)
    else:
        hits, page.degraded = _ask(
            lambda: engine().search(q, criteria, offset, filters.per_page),
            lambda: fallback.search(q, criteria, offset, filters.per_page),
        )
    page.hits, page.total = hits, hits.total
    page.items = _products(hits.ids)
    page.facets = _facets(hits, filters)
    return page


def _ask(call, plain):
    """(answer, degraded): ask the engine; when its index is missing or broken,
    repair it (now when small) and ask again, else answer from the database."""
    try:
        return call(), False
    except SearchUnavailable:
        pass
    except Exception:  # noqa: BLE001 - a broken index must not break the page
        log_failure(log, "search engine failed; answering from the database")
    if _repair():
        try:
            return call(), False
        except Exception:  # noqa: BLE001
            log_failure(log, "search engine failed again after rebuilding")
    return plain(), True


def _repair() -> bool:
    """Rebuild a missing or broken index; True when it is usable right now."""
    gc.collect()  # close what a broken index left open before reopening it
    eng = engine()
    if not hasattr(eng, "ensure"):
        return False
    eng.reset()
    if eng.healthy():
        return True
    return eng.ensure(published_count, current_app._get_current_object())


def published_count() -> int:
    """How many products the public may see."""
    return db.session.scalar(
        select(func.count(Product.id)).where(Product.status == "published")
    )


def _code_hits(codes: list[CodeHit], offset: int, limit: int) -> Hits:
    ids = list(dict.fromkeys(pid for hit in codes for pid in hit.product_ids))
    return Hits(ids=ids[offset : offset + limit], total=len(ids), unfiltered=len(ids))


def _criteria(filters: ProductFilters, producer: Producer | None) -> Criteria:
    group_ids = commune_ids = None
    if filters.group:
        group_ids = frozenset(
            db.session.scalars(
                select(ProductGroup.id).where(ProductGroup.code == filters.group)
            )
        )
    if filters.commune:
        commune_ids = frozenset(
            db.session.scalars(
                select(Commune.id).where(Commune.slug == filters.commune)
            )
        )
    product_ids = None
    if filters.producer:  # an unknown producer has no products
        product_ids = frozenset(
            db.session.scalars(
                select(Product.id).where(
                    Product.producer_id == (producer.id if producer else None)
                )
            )
        )
    return Criteria(frozenset(filters.stars), group_ids, commune_ids, product_ids)


def _products(ids: list[int]) -> list[Product]:
    """The products in the engine's order (any that stopped being public dropped)."""
    if not ids:
        return []
    rows = db.session.scalars(published_products_query().where(Product.id.in_(ids)))
    by_id = {p.id: p for p in rows}
    return [by_id[i] for i in ids if i in by_id]


def _facets(hits: Hits, filters: ProductFilters) -> dict:
    """Counts in the shape the product list uses: stars, group (by code), commune.

    A chosen group or commune is listed even with no match, so it stays selected.
    """
    stars = [(level, hits.facets["stars"].get(level, 0)) for level in (5, 4, 3)]
    groups = db.session.scalars(
        select(ProductGroup).where(
            ProductGroup.id.in_(hits.facets["group"])
            | (ProductGroup.code == filters.group)
        )
    ).all()
    by_code: dict[str, list] = {}
    for group in sorted(groups, key=lambda g: g.id):
        entry = by_code.setdefault(group.code, [group.code, group, 0])
        entry[2] += hits.facets["group"].get(group.id, 0)
    communes = db.session.scalars(
        select(Commune)
        .where(
            Commune.id.in_(hits.facets["commune"]) | (Commune.slug == filters.commune)
        )
        .order_by(Commune.kind.desc(), Commune.name)
    ).all()
    return {
        "stars": stars,
        "group": [tuple(entry) for entry in by_code.values()],
        "commune": [(c, hits.facets["commune"].get(c.id, 0)) for c in communes],
    }


def suggest(raw: str | None, limit: int = 10) -> tuple[list[CodeHit], list[Suggestion]]:
    """Codes that match exactly, then products whose names start with the words."""
    q = parse(raw)
    if q.empty:
        return [], []
    codes = find_codes(q, limit)
    if codes:  # a pasted code: its pages are what the person wants
        return codes, []
    products, _ = _ask(
        lambda: engine().suggest(q, limit), lambda: _fallback_suggest(q, limit)
    )
    return codes, products


def _fallback_suggest(q: ParsedQuery, limit: int) -> list[Suggestion]:
    hits = fallback.search(q, Criteria(), 0, limit)
    return [Suggestion(p.id, p.slug, p.name_vi, p.name_en) for p in _products(hits.ids)]


def nearest(q: ParsedQuery) -> list[str]:
    """Queries spelled like this one whose words exist (for "did you mean")."""
    try:
        better = engine().nearest(q)
    except Exception:  # noqa: BLE001 - only a hint
        log_failure(log, "nearest spelling failed", logging.WARNING)
        return []
    return [text for text in better if text and text != " ".join(q.terms)]


def index_products(ids) -> None:
    """Bring these products up to date in the index (removes unpublished ones)."""
    engine().index(set(ids))


def reindex(progress=None) -> int:
    """Rebuild the whole index from the database; returns the products indexed."""
    return engine().rebuild(progress)
