"""What both engines take and give back, and the ranking they share.

Ranking, the same in both engines (so one table of relevance tests checks both):
1. tier: 2 when every query word is a whole word of the product's name (vi or en),
   1 when every word matches the name through a prefix or a spelling correction,
   0 when the words are found elsewhere;
2. near: every word found in the name or the "about" fields (producer, commune,
   group, standards, codes) rather than only in the summary or story;
3. every word typed with diacritics appears exactly so in the name (gạo ≠ gáo);
4. current OCOP stars;
5. shorter name first, then the older product.
"""

import logging
import traceback
from dataclasses import dataclass, field

MAX_EXPANSIONS = 40  # words tried for a prefix (most frequent first)
MAX_CORRECTIONS = 5  # spellings tried for a word that is not in the index
FACETS = ("stars", "group", "commune")


def log_failure(logger: logging.Logger, message: str, level=logging.ERROR) -> None:
    """Log the exception being handled as text (a kept traceback would hold on to
    the broken index's open files until the next garbage collection)."""
    logger.log(level, "%s\n%s", message, traceback.format_exc())


class SearchUnavailable(Exception):
    """The engine cannot answer now (index missing, broken or being rebuilt)."""


@dataclass(frozen=True)
class Criteria:
    """Facet filters as ids (the service resolves group codes and commune slugs)."""

    stars: frozenset[int] = frozenset()
    group_ids: frozenset[int] | None = None  # None: no group filter
    commune_ids: frozenset[int] | None = None
    # Only these products (one producer's, say); not a facet, so never counted.
    product_ids: frozenset[int] | None = None

    def in_scope(self, product_id: int) -> bool:
        """True when the product is among those the search is limited to."""
        return self.product_ids is None or product_id in self.product_ids

    def passes(self, product_id: int, stars: int, group_id: int, commune_id: int):
        """True when a product is in scope and passes every facet filter."""
        return (
            self.in_scope(product_id)
            and self.allows("stars", stars)
            and self.allows("group", group_id)
            and self.allows("commune", commune_id)
        )

    def allows(self, name: str, value) -> bool:
        """True when a product with this facet value passes that facet's filter."""
        chosen = {
            "stars": self.stars or None,
            "group": self.group_ids,
            "commune": self.commune_ids,
        }[name]
        return chosen is None or value in chosen


@dataclass
class Hits:
    """One page of product ids, the total, facet counts and how words matched."""

    ids: list[int] = field(default_factory=list)
    total: int = 0
    facets: dict[str, dict[int, int]] = field(
        default_factory=lambda: {name: {} for name in FACETS}
    )
    matched: list[str] = field(default_factory=list)  # folded words to highlight
    prefix: str = ""  # last word as typed when it matched as a prefix
    corrections: dict[str, str] = field(default_factory=dict)  # typed → used
    partial: bool = False  # no product had every word; these have some
    unfiltered: int = 0  # matches before any filter (facets and product scope)


@dataclass
class Suggestion:
    """One autocomplete entry for a product."""

    product_id: int
    slug: str
    name_vi: str
    name_en: str


def edit_distance(a: str, b: str, limit: int = 2) -> int:
    """Damerau-Levenshtein distance (adjacent swaps count once), capped at limit+1."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            current[j] = min(
                previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost
            )
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


def max_distance(word: str) -> int:
    """How many typing mistakes a word may have: none when short, two when long."""
    if len(word) < 4:
        return 0
    return 1 if len(word) < 8 else 2


def pick_corrections(
    word: str, candidates: dict[str, int], limit: int | None = None
) -> list[str]:
    """The closest candidates (then the most frequent), within max_distance."""
    limit = max_distance(word) if limit is None else limit
    scored = []
    for candidate, frequency in candidates.items():
        distance = edit_distance(word, candidate, limit)
        if 0 < distance <= limit:
            scored.append((distance, -frequency, candidate))
    scored.sort()
    best = [c for d, _, c in scored if d == scored[0][0]] if scored else []
    return best[:MAX_CORRECTIONS]
