"""The PostgreSQL engine: search_item (kept by triggers, migration 0002) and SQL.

Words are folded in Python exactly as in the database (search_fold: NFC, lower,
unaccent, đ → d) and sent as quoted tsquery lexemes, so query syntax typed by a
user never reaches a parser. Ranking follows base.py, the same as the Whoosh
engine; postgres_sql.py holds the queries.
"""

import logging
import time
from datetime import date

from sqlalchemy import text

from catalogue.extensions import db
from catalogue.models.base import today
from catalogue.search import postgres_bitmaps
from catalogue.search import postgres_sql as sql
from catalogue.search.base import (
    MAX_EXPANSIONS,
    Criteria,
    Hits,
    Suggestion,
    log_failure,
    max_distance,
    pick_corrections,
)
from catalogue.search.text import ParsedQuery

log = logging.getLogger(__name__)
TRIGRAM_THRESHOLD = 0.2  # spelling candidates; the edit distance decides
# Spelling look-ups are kept this long (a new word may go unsuggested that long)
SPELLINGS_SECONDS = 300
SPELLINGS_KEPT = 4096
PARTIAL_BY_IDS = 5000  # partial matches up to this many are ranked from their ids


class PostgresEngine:
    """Full-text search inside PostgreSQL: nothing to keep in step outside it."""

    name = "postgres"
    follows_sessions = False

    def __init__(self, learn_from: int = postgres_bitmaps.LEARN_FROM):
        self._swept: date | None = None
        self._spellings: dict[tuple[str, int], tuple[float, dict]] = {}
        self.bitmaps = postgres_bitmaps.Bitmaps(learn_from)  # counts facets

    # Keeping in step: the triggers do it; these exist for the shared interface.

    def index(self, ids) -> None:
        """Nothing to do: triggers refresh search_item in the same transaction."""

    def rebuild(self, progress=None) -> int:
        """Refresh every row of search_item (after restoring a dump, say)."""
        with db.engine.begin() as conn:
            ids = list(
                conn.scalars(text("SELECT id FROM product WHERE status = 'published'"))
            )
            conn.execute(text("DELETE FROM search_item"))
            conn.execute(text("DELETE FROM search_word"))  # forget vanished words
            for start in range(0, len(ids), 2000):
                chunk = ids[start : start + 2000]
                conn.execute(text("SELECT search_refresh(:ids)"), {"ids": chunk})
                if progress:
                    progress(len(chunk))
            conn.execute(text("ANALYZE search_item"))
        return len(ids)

    def _sweep(self) -> None:
        """Once a day: products whose certificate expired get their stars refreshed."""
        if self._swept == today():
            return
        self._swept = today()
        try:
            with db.engine.begin() as conn:
                conn.execute(
                    text(
                        "SELECT search_refresh(ARRAY(SELECT product_id FROM search_item"
                        " WHERE stars > 0 AND stars_until <= current_date))"
                    )
                )
        except Exception:  # noqa: BLE001 - e.g. a read-only database user
            log_failure(log, "could not refresh expired stars", logging.WARNING)

    # Words

    def _variants(self, conn, q: ParsedQuery, hits: Hits) -> list[dict[str, str]]:
        """For each typed word: the indexed words it stands for, and how."""
        last = q.terms[-1]
        pattern = last.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        rows = conn.execute(
            text(
                "SELECT word, true FROM search_word WHERE word = ANY(:w) UNION ALL"
                " (SELECT word, false FROM search_word WHERE :prefix AND word LIKE :p"
                " AND word <> :last ORDER BY word LIMIT :n)"
            ),
            {
                "w": q.terms,
                "prefix": q.prefix,
                "p": pattern + "%",
                "last": last,
                "n": MAX_EXPANSIONS,
            },
        ).all()
        known = {word for word, whole in rows if whole}
        more = [word for word, whole in rows if not whole]
        groups = []
        for i, term in enumerate(q.terms):
            found = {term: "exact"} if term in known else {}
            if i == len(q.terms) - 1 and more:
                found.setdefault(term, "prefix")  # term:* stands for them all
                hits.prefix = term
                hits.matched.extend(more)
            if not found and max_distance(term):
                fixes = pick_corrections(
                    term, self._near(conn, term, max_distance(term))
                )
                found = {w: "fuzzy" for w in fixes}
                if fixes:
                    hits.corrections[term] = fixes[0]
            hits.matched.extend(found)
            groups.append(found)
        return groups

    def _near(self, conn, word: str, maxdist: int) -> dict[str, int]:
        """Words close in spelling (remembered a while: misspellings recur)."""
        key, now = (word, maxdist), time.monotonic()
        hit = self._spellings.get(key)
        if hit is not None and hit[0] > now:
            return hit[1]
        found = self._near_now(conn, word, maxdist)
        if len(self._spellings) >= SPELLINGS_KEPT:
            self._spellings.clear()
        self._spellings[key] = (now + SPELLINGS_SECONDS, found)
        return found

    def _near_now(self, conn, word: str, maxdist: int) -> dict[str, int]:
        """Words close in spelling: trigram candidates, then the edit distance."""
        conn.execute(
            text(f"SET LOCAL pg_trgm.similarity_threshold = {TRIGRAM_THRESHOLD}")
        )
        rows = conn.scalars(
            text(
                "SELECT word FROM search_word WHERE lower(word) OPERATOR(public.%) :w"
                " AND left(word, 1) = left(:w, 1) LIMIT 500"
            ),
            {"w": word},
        )
        best = pick_corrections(word, dict.fromkeys(rows, 0), limit=maxdist)
        if len(best) < 2:
            return dict.fromkeys(best, 1)
        return {  # several at the same distance: the most frequent wins
            w: conn.scalar(
                text(
                    "SELECT count(*) FROM search_item WHERE doc @@ CAST(:q AS tsquery)"
                ),
                {"q": sql.lexeme(w)},
            )
            for w in best
        }

    def _plan(self, q: ParsedQuery, groups, prefix: str) -> sql.Plan:
        last = len(groups) - 1
        anys = [
            sql.any_of(g, prefix if i == last else "") for i, g in enumerate(groups)
        ]
        exact = [next((w for w, h in g.items() if h == "exact"), None) for g in groups]
        return sql.Plan(
            query=" & ".join(anys),
            whole=" & ".join(sql.lexeme(w) for w in exact) if all(exact) else "",
            exact=" & ".join(sql.lexeme(w) for w in q.exact),
        )

    # Queries

    def search(self, q: ParsedQuery, criteria: Criteria, offset: int, limit: int):
        """A page of matching published products, with facets."""
        self._sweep()
        hits = Hits()
        with db.engine.connect() as conn:
            sql.prepare(conn)
            groups = self._variants(conn, q, hits)
            if not any(groups):
                return hits
            plan = self._plan(q, [g for g in groups if g], hits.prefix)
            found, ids = None, None
            if all(groups):
                found, ids = self._counts(conn, plan, groups, hits.prefix, criteria)
                if ids is not None:
                    ids = ids[offset : offset + limit]
            if found is None or (not found["unfiltered"] and len(groups) > 1):
                plan, found, ids = self._partial(
                    conn, plan, groups, criteria, offset, limit
                )
                hits.partial = bool(found["unfiltered"])
            hits.total, hits.unfiltered = found["total"], found["unfiltered"]
            for name in ("stars", "group", "commune"):
                hits.facets[name] = found[name]
            if ids is not None:
                hits.ids = ids
            elif hits.total > offset:
                hits.ids = sql.page(conn, plan, criteria, offset, limit)
        return hits

    def _counts(self, conn, plan: sql.Plan, groups, prefix: str, criteria):
        """(counts, every matching id in order, or None) for products with every word.

        Known words: counts from bitmaps (postgres_bitmaps.py), the page is read
        after. Otherwise, when few products match, counts and order come from one
        read of them; when many, the words' bitmaps are learnt first.
        """
        keys = [
            sql.group_key(g, prefix if i == len(groups) - 1 else "")
            for i, g in enumerate(groups)
        ]
        found = self.bitmaps.counts(conn, keys, criteria)
        if found is None:
            small = sql.few(conn, plan, criteria, self.bitmaps.learn_from - 1)
            if small is not None:
                return small
            self.bitmaps.learn(conn, keys)
            found = self.bitmaps.counts(conn, keys, criteria)
        if found is None:  # no bitmaps in this process (postgres_bitmaps.MAX_ID)
            found = sql.counts(conn, plan, criteria)
        return found, None

    def _partial(self, conn, plan: sql.Plan, groups, criteria, offset, limit):
        """No product has every word: those that have the most of them.

        Returns (plan, counts, page ids or None): from bitmaps, ranked by id list
        when few enough; else counted and ranked in SQL.
        """
        anys = [sql.any_of(g) for g in groups if g]
        plan.some = " | ".join(anys)
        held = " + ".join(
            f"(doc @@ CAST('{a.replace(chr(39), chr(39) * 2)}' AS tsquery))::int"
            for a in anys
        )
        found = self.bitmaps.partial(conn, [sql.group_key(g) for g in groups if g])
        if found is None:  # no bitmaps here (postgres_bitmaps.MAX_ID)
            best = conn.scalar(
                text(
                    f"SELECT max({held}) FROM search_item"
                    " WHERE doc @@ CAST(:some AS tsquery)"
                ),
                plan.params(),
            )
        else:
            match, best, facets = found
        plan.where = f"doc @@ CAST(:some AS tsquery) AND {held} = {int(best or 0)}"
        if found is None:
            return plan, sql.counts(conn, plan, criteria), None
        visible = postgres_bitmaps.shown(match, facets, criteria)
        ids = None
        if visible.bit_count() <= PARTIAL_BY_IDS:
            ids = sql.ordered(
                conn, plan, postgres_bitmaps.ids_of(visible), offset, limit
            )
        return plan, postgres_bitmaps.count(match, facets, criteria), ids

    def suggest(self, q: ParsedQuery, limit: int) -> list[Suggestion]:
        """Products whose name holds the words, the last one as a prefix."""
        with db.engine.connect() as conn:
            sql.prepare(conn)
            hits = Hits()
            groups = self._variants(conn, q, hits)
            if not all(groups):
                return []
            plan = self._plan(q, groups, hits.prefix)
            return [Suggestion(*row) for row in sql.suggestions(conn, plan, limit)]

    def nearest(self, q: ParsedQuery) -> list[str]:
        """The query with unknown words replaced by the closest known ones."""
        with db.engine.connect() as conn:
            known = set(
                conn.scalars(
                    text("SELECT word FROM search_word WHERE word = ANY(:w)"),
                    {"w": q.terms},
                )
            )
            out = []
            for term in q.terms:
                if term in known or len(term) < 3:
                    out.append(term)
                    continue
                fixes = pick_corrections(term, self._near(conn, term, 2), limit=2)
                if fixes:
                    out.append(fixes[0])  # words nothing is near are left out
        return [" ".join(out)]
