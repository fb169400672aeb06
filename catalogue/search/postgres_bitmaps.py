"""Facet counts for the PostgreSQL engine from bitmaps held by each process.

Counting tens of thousands of matches in SQL means visiting every matching row
(40+ ms at 100,000 products). Instead each process keeps, as Python integers
with bit n set for product id n:
- one bitmap per facet value (stars, group, commune) of every searchable product;
- the bitmaps of word groups (a typed word's exact, corrected or prefix forms)
  that were part of a query with many matches, least recently used dropped first.
A query's matches are the AND of its word groups; each facet count is then one
AND and a popcount. A query with a group not known yet is counted in SQL (cheap
when the matches are few); when they are many its groups are learnt, once.

Bitmaps follow every commit through search_change (migration 0005, written by a
trigger without any lock): before answering, a process reads the products changed
by transactions from its version on (the oldest transaction that was still
running when it last looked) and re-reads just those; when the log no longer
reaches back that far, or too much changed, it starts afresh. So counts are exact
and every node sees every commit, as with counting in SQL. A learnt group is also
stored in search_bitmap with its version, so other processes and nodes load it
and apply the changes since, instead of reading every matching row again.
"""

import json
import logging
import re
import threading
import time
from collections import OrderedDict, deque
from itertools import repeat

from sqlalchemy import text

from catalogue.search.base import Criteria, log_failure
from catalogue.search.postgres_sql import Key, tsquery

log = logging.getLogger(__name__)
FACET_COLUMNS = {"stars": "stars", "group": "group_id", "commune": "commune_id"}
KEEP_GROUPS = 512  # word-group bitmaps kept per process (12.5 kB each at 100,000)
LEARN_FROM = 500  # matches from which counting in SQL costs more than learning
MAX_CHANGED = 5000  # more changed products than this: rebuild instead of patching
KEEP_LOG_SECONDS = 3600  # search_change rows kept; a process behind starts afresh
PRUNE_EVERY = 600  # seconds between a process's prunings of the log
BINARY_DIGITS = bytes.maketrans(b"\x00\x01", b"01")
MAX_ID = 10_000_000  # product ids above this would make bitmaps too big: use SQL


def holds(key: Key, words: set[str]) -> bool:
    """True when a product with these indexed words matches the group."""
    exact, prefix = key
    if any(w in words for w in exact):
        return True
    return bool(prefix) and any(w.startswith(prefix) for w in words)


def to_bits(ids) -> int:
    """A bitmap with bit n set for each id n."""
    ids = list(ids)
    if not ids:
        return 0
    top = max(ids)
    if len(ids) * 32 < top:  # few: set bits one by one
        packed = bytearray(top // 8 + 1)
        for i in ids:
            packed[i >> 3] |= 1 << (i & 7)
        return int.from_bytes(packed, "little")
    flags = bytearray(top + 1)  # many: one byte per id (set in C), then base 2
    deque(map(flags.__setitem__, ids, repeat(1)), maxlen=0)
    return int(flags.translate(BINARY_DIGITS)[::-1], 2)


def _union(bitmaps) -> int:
    out = 0
    for bits in bitmaps:
        out |= bits
    return out


class Bitmaps:
    """The bitmaps of one process, kept in step with search_item."""

    def __init__(self, learn_from: int = LEARN_FROM):
        self.learn_from = learn_from  # matches from which a query's groups are learnt
        self._lock = threading.Lock()
        self._version: int | None = None
        self._facets: dict[tuple[str, int], int] = {}
        self._groups: OrderedDict[Key, int] = OrderedDict()
        self._too_big = False  # a product id above MAX_ID: count in SQL
        self._pruned = 0  # search_state.pruned_below when last looked
        self._applied: set[int] = set()  # transactions from the horizon on, applied
        self._next_prune = 0.0  # monotonic time of the next pruning of the log

    def counts(self, conn, keys: list[Key], criteria: Criteria) -> dict | None:
        """Total, unfiltered total and facet counts (as postgres_sql.counts), or
        None when a word group is not known (see learn)."""
        with self._lock:
            self._catch_up(conn)
            missing = [key for key in keys if key not in self._groups]
            self._keep(self._load(conn, missing))  # learnt by another process?
            if self._too_big or not all(key in self._groups for key in keys):
                return None
            self._keep({}, keys)
            groups = [self._groups[key] for key in keys]
            facets = dict(self._facets)
        match = groups[0]
        for bits in groups[1:]:
            match &= bits
        return count(match, facets, criteria)

    def partial(self, conn, keys: list[Key]):
        """(matches, how many words they hold, facet bitmaps) for the products
        holding the most of the word groups; None when bitmaps cannot be used."""
        with self._lock:
            self._catch_up(conn)
            if self._too_big:
                return None
            groups = self._obtain(conn, keys, keep_from=self.learn_from)
            facets = dict(self._facets)
        planes: list[int] = []  # bit i of each product's count of groups held
        for bits in groups:
            carry = bits
            for i, plane in enumerate(planes):
                planes[i], carry = plane ^ carry, plane & carry
            if carry:
                planes.append(carry)
        match = _union(groups)
        for plane in reversed(planes):  # keep those with the highest count
            if match & plane:
                match &= plane
        best = sum(1 << i for i, plane in enumerate(planes) if match & plane)
        return match, best, facets

    # Keeping in step

    def _catch_up(self, conn) -> None:
        """Apply the changes committed since this process last looked.

        The horizon is the oldest transaction still running: every older one has
        ended, so its changes are visible now. Transactions from the horizon on
        are looked at again next time; the ones already applied are skipped (a
        transaction's rows become visible all at once, when it commits).
        """
        horizon, pruned, xids = conn.execute(
            text(
                "SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint,"
                " (SELECT pruned_below FROM search_state),"
                " ARRAY(SELECT DISTINCT xid FROM search_change WHERE xid >= :since)"
            ),
            {"since": self._version or 0},
        ).one()
        self._pruned = pruned
        new = [x for x in xids if x not in self._applied]
        changed = _changed(conn, "xid = ANY(:x)", new) if new else []
        if (
            self._version is None
            or self._version < pruned
            or len(changed) > MAX_CHANGED
        ):
            self._start_afresh(conn)
        elif changed:
            self._patch(conn, changed)
        self._version = horizon
        self._applied = {x for x in xids if x >= horizon}
        if time.monotonic() > self._next_prune:
            self._next_prune = time.monotonic() + PRUNE_EVERY
            _prune(conn.engine)

    def _start_afresh(self, conn) -> None:
        self._groups.clear()
        self._facets = {}
        self._too_big = bool(
            conn.scalar(
                text("SELECT 1 FROM search_item WHERE product_id > :m LIMIT 1"),
                {"m": MAX_ID},
            )
        )
        if self._too_big:
            return
        conn.exec_driver_sql("SET LOCAL enable_seqscan = on")  # reads it all
        rows = conn.execute(  # one pass: each (stars, group, commune) cell's ids
            text(
                "SELECT stars, group_id, commune_id, array_agg(product_id)"
                " FROM search_item GROUP BY 1, 2, 3"
            )
        )
        facets: dict[tuple[str, int], int] = {}
        for *values, ids in rows:
            bits = to_bits(ids)
            for name, value in zip(FACET_COLUMNS, values, strict=True):
                facets[(name, value)] = facets.get((name, value), 0) | bits
        self._facets = facets
        conn.exec_driver_sql("SET LOCAL enable_seqscan = off")  # as sql.prepare

    def _patch(self, conn, changed: list[int]) -> None:
        """Re-read the changed products and set or clear just their bits."""
        rows = _reread(conn, changed)
        if self._too_big or any(row[0] > MAX_ID for row in rows):
            self._start_afresh(conn)
            return
        keep = ~to_bits(changed)
        facets = {key: bits & keep for key, bits in self._facets.items()}
        for product_id, *values, _words in rows:
            for name, value in zip(FACET_COLUMNS, values, strict=True):
                facets[(name, value)] = facets.get((name, value), 0) | 1 << product_id
        self._facets = {key: bits for key, bits in facets.items() if bits}
        for key, bits in self._groups.items():
            self._groups[key] = _apply(key, bits, keep, rows)

    def learn(self, conn, keys: list[Key]) -> None:
        """Keep the bitmaps of these word groups: stored ones brought up to date,
        the others read from search_item (and stored for everyone)."""
        with self._lock:
            self._catch_up(conn)
            self._obtain(conn, keys)

    def _obtain(self, conn, keys: list[Key], keep_from: int = 0) -> list[int]:
        """The groups' bitmaps: known here, stored by another process (brought up
        to date), or read from search_item; those read with keep_from matches or
        more are kept and stored for everyone."""
        self._keep(self._load(conn, [key for key in keys if key not in self._groups]))
        out, fetched = [], []
        for key in keys:
            bits = self._groups.get(key)
            if bits is None:
                bits = self._read(conn, key)
                if bits.bit_count() >= keep_from:
                    fetched.append((key, bits))
            out.append(bits)
        self._keep(dict(fetched), [key for key in keys if key in self._groups])
        if fetched and not self._too_big:
            self._store(conn.engine, fetched)
        return out

    def _read(self, conn, key: Key) -> int:
        """A group's bitmap, read from every matching row."""
        ids = conn.scalar(
            text(
                "SELECT array_agg(product_id) FROM search_item"
                " WHERE doc @@ CAST(:q AS tsquery)"
            ),
            {"q": tsquery(key)},
        )
        return to_bits(ids or ())

    def _keep(self, groups: dict[Key, int], used=()) -> None:
        """Add groups, mark some as just used; drop the least recently used."""
        self._groups.update(groups)
        for key in used:
            self._groups.move_to_end(key)
        while len(self._groups) > KEEP_GROUPS:
            self._groups.popitem(last=False)

    def _load(self, conn, keys: list[Key]) -> dict[Key, int]:
        """Stored bitmaps of these groups, with the changes since applied."""
        if not keys or self._too_big:
            return {}
        names = {_name(key): key for key in keys}
        rows = conn.execute(
            text(
                "SELECT key, version, bits FROM search_bitmap"
                " WHERE key = ANY(:keys) AND version >= :pruned"
            ),
            {"keys": list(names), "pruned": self._pruned},
        ).all()
        out = {}
        for name, version, data in rows:
            changed = _changed(conn, "xid >= :x", version)
            if len(changed) > MAX_CHANGED:
                continue  # read it afresh
            bits = int.from_bytes(data, "little")
            if changed:
                bits = _apply(
                    names[name], bits, ~to_bits(changed), _reread(conn, changed)
                )
            out[names[name]] = bits
        return out

    def _store(self, engine, groups: list[tuple[Key, int]]) -> None:
        """Share what was read, under this process's version; drop useless ones."""
        rows = [
            {
                "k": _name(key),
                "v": self._version,
                "b": bits.to_bytes((bits.bit_length() + 7) // 8, "little"),
            }
            for key, bits in sorted(groups)
        ]
        try:
            with engine.begin() as write:
                write.execute(
                    text(
                        "INSERT INTO search_bitmap (key, version, bits)"
                        " VALUES (:k, :v, :b) ON CONFLICT (key) DO UPDATE"
                        " SET version = excluded.version, bits = excluded.bits"
                        " WHERE search_bitmap.version < excluded.version"
                    ),
                    rows,
                )
                write.execute(
                    text("DELETE FROM search_bitmap WHERE version < :pruned"),
                    {"pruned": self._pruned},
                )
        except Exception:  # noqa: BLE001 - sharing is a saving, never an error
            log_failure(log, "could not store search bitmaps", logging.WARNING)


def _changed(conn, where: str, x) -> list[int]:
    """Products changed by the transactions `where` picks (up to MAX_CHANGED + 1)."""
    return conn.scalar(
        text(
            "SELECT ARRAY(SELECT DISTINCT product_id FROM search_change"
            f" WHERE {where} LIMIT :n)"
        ),
        {"x": x, "n": MAX_CHANGED + 1},
    )


def _prune(engine) -> None:
    """Drop old change rows; record below which transaction ids they are gone."""
    try:
        with engine.begin() as write:
            write.execute(
                text(
                    "WITH gone AS (DELETE FROM search_change"
                    " WHERE at < clock_timestamp() - make_interval(secs => :keep)"
                    " RETURNING xid) UPDATE search_state SET pruned_below ="
                    " greatest(pruned_below, (SELECT max(xid) + 1 FROM gone))"
                    " WHERE EXISTS (SELECT 1 FROM gone)"
                ),
                {"keep": KEEP_LOG_SECONDS},
            )
    except Exception:  # noqa: BLE001 - e.g. a read-only database user
        log_failure(log, "could not prune search_change", logging.WARNING)


def _name(key: Key) -> str:
    """A group's name in search_bitmap."""
    words, prefix = key
    return json.dumps([list(words), prefix], ensure_ascii=False)


def _reread(conn, ids: list[int]) -> list[tuple]:
    """(id, stars, group, commune, words) of the products, as searchable now."""
    return conn.execute(
        text(
            "SELECT product_id, stars, group_id, commune_id,"
            " tsvector_to_array(doc) FROM search_item"
            " WHERE product_id = ANY(:ids)"
        ),
        {"ids": ids},
    ).all()


def _apply(key: Key, bits: int, keep: int, rows: list[tuple]) -> int:
    """A group's bitmap with the re-read products' bits set anew (keep: ~changed)."""
    bits &= keep
    for row in rows:
        if holds(key, set(row[-1])):
            bits |= 1 << row[0]
    return bits


def _masks(facets: dict[tuple[str, int], int], criteria: Criteria) -> dict:
    """Each facet filter as a bitmap, or None when that facet is not filtered."""
    chosen = {
        "stars": criteria.stars or None,
        "group": criteria.group_ids,
        "commune": criteria.commune_ids,
    }
    return {
        name: None
        if values is None
        else _union(facets.get((name, v), 0) for v in values)
        for name, values in chosen.items()
    }


def _narrow(match: int, masks: dict, but: str = "") -> int:
    for name, mask in masks.items():
        if name != but and mask is not None:
            match &= mask
    return match


def shown(match: int, facets: dict[tuple[str, int], int], criteria: Criteria) -> int:
    """The matches that pass every filter."""
    if criteria.product_ids is not None:
        match &= to_bits(criteria.product_ids)
    return _narrow(match, _masks(facets, criteria))


def ids_of(bits: int) -> list[int]:
    """The ids whose bits are set, ascending."""
    return [m.start() for m in re.finditer("1", format(bits, "b")[::-1])]


def count(match: int, facets: dict[tuple[str, int], int], criteria: Criteria):
    """Each facet counted under the other two filters, as in postgres_sql.counts."""
    out = {"stars": {}, "group": {}, "commune": {}, "total": 0}
    out["unfiltered"] = match.bit_count()
    if criteria.product_ids is not None:
        match &= to_bits(criteria.product_ids)
    masks = _masks(facets, criteria)
    for name in FACET_COLUMNS:
        narrowed = _narrow(match, masks, but=name)
        for (facet, value), bits in facets.items():
            if facet == name and (n := (narrowed & bits).bit_count()):
                out[name][value] = n
    out["total"] = _narrow(match, masks).bit_count()
    return out
