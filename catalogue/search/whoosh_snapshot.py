"""One open Whoosh searcher with per-document arrays, shared by a process.

Matching works on Python sets of document numbers read straight from the posting
blocks (C-speed unions and intersections); facet counts and ranking read plain
arrays built once per segment. Nothing is scored document by document.
"""

from collections import Counter
from datetime import date
from itertools import accumulate

from whoosh.codec.whoosh3 import W3LeafMatcher

from catalogue.search.base import MAX_EXPANSIONS

WORD_FIELDS = ("names", "about", "body")
COLUMNS = ("product", "stars", "group", "commune", "name_len", "until")
# Static order inside a bucket: fewer stars last, shorter name first, older first.
RANK_STARS, RANK_LEN = 1 << 44, 1 << 24


class SegmentArrays:
    """Column values of one segment (segments never change once written)."""

    def __init__(self, reader):
        self.values = {name: list(reader.column_reader(name)) for name in COLUMNS}


class Snapshot:
    """A searcher frozen at one index generation, plus arrays over all documents."""

    def __init__(self, searcher, marker: tuple, cache: dict, on: date):
        self.searcher = searcher
        self.reader = searcher.reader()
        self.marker = marker
        self.day = on
        self.leaves = list(self.reader.leaf_readers())
        values: dict[str, list] = {name: [] for name in COLUMNS}
        self.deleted: set[int] = set()
        seen = {}
        for leaf, offset in self.leaves:
            key = leaf.segment().segment_id()
            arrays = cache.get(key) or SegmentArrays(leaf)
            seen[key] = arrays
            for name in COLUMNS:
                values[name].extend(arrays.values[name])
            if leaf.has_deletions():
                self.deleted.update(offset + d for d in leaf.deleted_docs_set)
        cache.clear()
        cache.update(seen)
        self.product = values["product"]
        today = on.toordinal()
        self.expired = [
            d
            for d, (s, u) in enumerate(
                zip(values["stars"], values["until"], strict=True)
            )
            if s and u <= today and d not in self.deleted
        ]
        expired = set(self.expired)
        self.stars = [0 if d in expired else s for d, s in enumerate(values["stars"])]
        self.group = values["group"]
        self.commune = values["commune"]
        self.rank = [
            (5 - s) * RANK_STARS + n * RANK_LEN + p
            for s, n, p in zip(
                self.stars, values["name_len"], self.product, strict=True
            )
        ]
        self._by_value: dict[str, dict[int, set[int]]] = {}

    def close(self) -> None:
        """Release the searcher's files."""
        self.searcher.close()

    # Words and postings

    def postings(self, field: str, word: str) -> set[int]:
        """Live document numbers holding a word in a field."""
        out: set[int] = set()
        btext = word.encode("utf-8")
        for leaf, offset in self.leaves:
            if (field, btext) not in leaf:
                continue
            ids = _ids(leaf, field, btext)
            out.update(ids if not offset else (offset + d for d in ids))
        return out - self.deleted if self.deleted else out

    def has_word(self, word: str, fields=WORD_FIELDS) -> bool:
        """True when some document holds the word in one of the fields."""
        btext = word.encode("utf-8")
        return any((f, btext) in self.reader for f in fields)

    def expand(self, prefix: str, fields=WORD_FIELDS) -> list[str]:
        """Words starting with prefix, most frequent first (at most MAX_EXPANSIONS)."""
        counts: Counter[str] = Counter()
        for f in fields:
            for btext in self.reader.expand_prefix(f, prefix):
                word = btext.decode("utf-8")
                if word != prefix:
                    counts[word] += self.reader.doc_frequency(f, word)
        return [w for w, _ in counts.most_common(MAX_EXPANSIONS)]

    def near_words(self, word: str, maxdist: int, fields=WORD_FIELDS) -> dict[str, int]:
        """Words within maxdist edits (same first letter), with their frequency."""
        found: Counter[str] = Counter()
        for f in fields:
            for candidate in self.reader.terms_within(f, word, maxdist, prefix=1):
                found[candidate] += self.reader.doc_frequency(f, candidate)
        return dict(found)

    # Facets

    def by_value(self, name: str) -> dict[int, set[int]]:
        """Documents per value of a facet column (built on first use)."""
        if name not in self._by_value:
            groups: dict[int, set[int]] = {}
            for d, value in enumerate(getattr(self, name)):
                groups.setdefault(value, set()).add(d)
            for docs in groups.values():
                docs -= self.deleted
            self._by_value[name] = groups
        return self._by_value[name]

    def restrict(self, docs: set[int], name: str, allowed) -> set[int]:
        """The documents whose facet value is one of allowed (None: all)."""
        if allowed is None:
            return docs
        groups = self.by_value(name)
        keep: set[int] = set()
        for value in allowed:
            keep |= docs & groups.get(value, set())
        return keep

    def count(self, docs: set[int], name: str) -> dict[int, int]:
        """How many of the documents hold each value of a facet."""
        return dict(Counter(map(getattr(self, name).__getitem__, docs)))


def _ids(leaf, field: str, btext: bytes):
    """Document numbers of one term in one segment, a block at a time when possible.

    Reads Whoosh 2.7's block tuples directly (ids are delta-encoded unless the
    codec stores them as bytes); anything else goes through the public matcher.
    """
    matcher = leaf._terms.matcher(field, btext, leaf.schema[field].format)
    if not isinstance(matcher, W3LeafMatcher) or matcher._byteids:
        return list(matcher.all_ids())
    ids: list[int] = []
    while matcher.is_active():
        if matcher._data is None:
            matcher._read_data()
        ids.extend(accumulate(matcher._data[0]))
        matcher._next_block()
    return ids
