"""Queries on a Whoosh snapshot: matching, facets and the shared ranking, on sets."""

from collections import Counter
from collections.abc import Iterable
from heapq import nsmallest

from catalogue.search.base import (
    Criteria,
    Hits,
    Suggestion,
    max_distance,
    pick_corrections,
)
from catalogue.search.text import ParsedQuery
from catalogue.search.whoosh_snapshot import Snapshot


class Search:
    """One query against one snapshot."""

    def __init__(self, snap: Snapshot, q: ParsedQuery, criteria: Criteria):
        self.snap, self.q, self.criteria = snap, q, criteria
        self.hits = Hits()

    def run(self, offset: int, limit: int) -> Hits:
        groups = self._variants()
        if not any(groups):
            return self.hits
        per_field = [
            {f: _union(self.snap, f, g) for f in ("names", "about", "body")}
            for g in groups
        ]
        anywhere = [s["names"] | s["about"] | s["body"] for s in per_field]
        matched = _intersect(anywhere)
        if not matched and len(anywhere) > 1:
            matched = self._partial(anywhere)
        self.hits.unfiltered = len(matched)
        found = self._filter_and_count(matched)
        self.hits.total = len(found)
        buckets = self._buckets(found, groups, per_field)
        self.hits.ids = _page(buckets, self.snap, offset, limit)
        return self.hits

    def _variants(self) -> list[dict[str, str]]:
        """For each word: the indexed words it stands for, and how it matched."""
        snap, q, out = self.snap, self.q, []
        for i, term in enumerate(q.terms):
            found = {term: "exact"} if snap.has_word(term) else {}
            last = i == len(q.terms) - 1
            if last and q.prefix:
                expansions = snap.expand(term)
                found.update((w, "prefix") for w in expansions)
                if expansions:
                    self.hits.prefix = term
            if not found and max_distance(term):
                near = snap.near_words(term, max_distance(term))
                fixes = pick_corrections(term, near)
                found = {w: "fuzzy" for w in fixes}
                if fixes:
                    self.hits.corrections[term] = fixes[0]
            self.hits.matched.extend(found)
            out.append(found)
        return out

    def _partial(self, anywhere: list[set[int]]) -> set[int]:
        """Documents holding the largest number of the words (when none has all)."""
        counts = Counter(d for docs in anywhere for d in docs)
        if not counts:
            return set()
        best = max(counts.values())
        self.hits.partial = True
        return {d for d, n in counts.items() if n == best}

    def _filter_and_count(self, matched: set[int]) -> set[int]:
        snap, c = self.snap, self.criteria
        if c.product_ids is not None:
            product = snap.product
            matched = {d for d in matched if product[d] in c.product_ids}
        by_stars = snap.restrict(matched, "stars", c.stars or None)
        by_group = snap.restrict(matched, "group", c.group_ids)
        by_commune = snap.restrict(matched, "commune", c.commune_ids)
        facets = self.hits.facets
        facets["stars"] = snap.count(by_group & by_commune, "stars")
        facets["group"] = snap.count(by_stars & by_commune, "group")
        facets["commune"] = snap.count(by_stars & by_group, "commune")
        return by_stars & by_group & by_commune

    def _buckets(self, found: set[int], groups, per_field) -> list[set[int]]:
        """The found documents split by the shared ranking (see base.py), in order."""
        snap = self.snap
        exact_terms = [{w for w, how in g.items() if how == "exact"} for g in groups]
        in_name_exact = (
            _intersect([_union(snap, "names", w) for w in exact_terms])
            if all(exact_terms)
            else set()
        )
        in_name = _intersect([s["names"] for s in per_field])
        near = _intersect([s["names"] | s["about"] for s in per_field])
        tiers = [found & in_name_exact, (found & in_name) - in_name_exact]
        rest = found - in_name
        tiers += [rest & near, rest - near]
        exact = _intersect([snap.postings("name_exact", w) for w in self.q.exact])
        out: list[set[int]] = []
        stars = snap.by_value("stars")
        for tier in tiers:
            for by_exact in (tier & exact, tier - exact) if exact else (tier,):
                for level in (5, 4, 3, 0):
                    rated = by_exact & stars.get(level, set())
                    if rated:
                        out.append(rated)
        return out


def _union(snap: Snapshot, field: str, words: Iterable[str]) -> set[int]:
    out: set[int] = set()
    for word in words:
        out |= snap.postings(field, word)
    return out


def _intersect(sets: list[set[int]]) -> set[int]:
    if not sets:
        return set()
    ordered = sorted(sets, key=len)
    result = set(ordered[0])
    for other in ordered[1:]:
        result &= other
        if not result:
            break
    return result


def _page(buckets: list[set[int]], snap: Snapshot, offset: int, limit: int) -> list:
    """Product ids for positions offset..offset+limit of the bucket order."""
    out: list[int] = []
    position = 0
    end = offset + limit
    for bucket in buckets:
        size = len(bucket)
        if position + size <= offset:
            position += size
            continue
        need = end - position
        ordered = nsmallest(need, bucket, key=snap.rank.__getitem__)
        start = max(0, offset - position)
        out.extend(snap.product[d] for d in ordered[start:])
        position += size
        if position >= end:
            break
    return out[:limit]


def suggest(snap: Snapshot, q: ParsedQuery, limit: int) -> list[Suggestion]:
    names = ("names",)
    sets = []
    for i, term in enumerate(q.terms):
        words = [term] if snap.has_word(term, names) else []
        if i == len(q.terms) - 1 and q.prefix:
            words += snap.expand(term, names)
        if not words and max_distance(term):
            near = snap.near_words(term, max_distance(term), names)
            words = pick_corrections(term, near)
        if not words:
            return []
        sets.append(_union(snap, "names", words))
    found = _intersect(sets)
    whole = _intersect([snap.postings("names", t) for t in q.terms]) & found
    exact = _intersect([snap.postings("name_exact", w) for w in q.exact])
    best: list[int] = []
    for docs in (whole & exact, whole - exact, (found - whole) & exact, found - whole):
        if len(best) >= limit:
            break
        best += nsmallest(limit - len(best), docs, key=snap.rank.__getitem__)
    out = []
    for d in best:
        slug, name_vi, name_en = snap.searcher.stored_fields(d)["label"]
        out.append(Suggestion(snap.product[d], slug, name_vi, name_en))
    return out
