"""Plain database search, used while the index is missing, broken or rebuilt.

Slower and simpler than the engines (names, producer and commune only; prefix on
the last word; no spelling help) but it folds diacritics the same way, so the
site keeps answering sensibly until the index is back.
"""

from collections import Counter

from sqlalchemy import select

from catalogue.extensions import db
from catalogue.models import Commune, Producer, Product
from catalogue.models.base import today
from catalogue.search.base import Criteria, Hits
from catalogue.search.documents import _stars
from catalogue.search.text import ParsedQuery, words


def search(q: ParsedQuery, criteria: Criteria, offset: int, limit: int) -> Hits:
    """Match every word in name, producer or commune; rank names first, then stars."""
    rows = db.session.execute(
        select(
            Product.id,
            Product.name_vi,
            Product.name_en,
            Producer.name,
            Commune.name,
            Product.group_id,
            Product.commune_id,
        )
        .join(Producer, Producer.id == Product.producer_id)
        .join(Commune, Commune.id == Product.commune_id)
        .where(Product.status == "published")
    ).all()
    hits = Hits(matched=list(q.terms), prefix=q.terms[-1] if q.prefix else "")
    matched = []
    for pid, name_vi, name_en, producer, commune, group_id, commune_id in rows:
        name_words = set(words(f"{name_vi} {name_en}"))
        all_words = name_words | set(words(f"{producer} {commune}"))
        if _matches(q, all_words):
            in_name = _matches(q, name_words)
            matched.append((pid, in_name, len(name_vi), group_id, commune_id))
    stars = _stars_of([m[0] for m in matched])
    hits.unfiltered = len(matched)
    found = [m for m in matched if _passes(criteria, m, stars)]
    for name, index in (("group", 3), ("commune", 4)):
        hits.facets[name] = dict(Counter(m[index] for m in found))
    hits.facets["stars"] = dict(Counter(stars.get(m[0], 0) for m in found))
    found.sort(key=lambda m: (not m[1], -stars.get(m[0], 0), m[2], m[0]))
    hits.total = len(found)
    hits.ids = [m[0] for m in found[offset : offset + limit]]
    return hits


def _matches(q: ParsedQuery, available: set[str]) -> bool:
    last = len(q.terms) - 1
    for i, term in enumerate(q.terms):
        if term in available:
            continue
        if i == last and q.prefix and any(w.startswith(term) for w in available):
            continue
        return False
    return True


def _stars_of(ids: list[int]) -> dict[int, int]:
    out: dict[int, int] = {}
    with db.engine.connect() as conn:
        for start in range(0, len(ids), 1000):
            chunk = _stars(conn, ids[start : start + 1000], today())
            out.update((pid, level) for pid, (level, _) in chunk.items())
    return out


def _passes(criteria: Criteria, match: tuple, stars: dict[int, int]) -> bool:
    return criteria.passes(match[0], stars.get(match[0], 0), match[3], match[4])
