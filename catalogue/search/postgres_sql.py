"""SQL for the PostgreSQL engine: counts in one pass, pages tier by tier.

Counting reads only the narrow search_item heap (facet columns) for the rows the
GIN index finds. A page is filled from the ranking tiers of base.py, best first;
each tier is one `ORDER BY rank LIMIT n` query, so for common words PostgreSQL
walks the rank index and stops after a page, and for rare ones it sorts a few
rows from the GIN index. No word vector is read for rows that are not shown.
"""

from dataclasses import dataclass

from sqlalchemy import text

from catalogue.search.base import Criteria

COUNTS_SQL = """
SELECT stars, group_id, commune_id, {scope} AS in_scope, count(*) AS n
FROM search_item WHERE {match}
GROUP BY 1, 2, 3, 4
"""
SCOPE_SQL = "product_id = ANY(CAST(:products AS int[]))"


def lexeme(word: str, prefix: bool = False) -> str:
    """One tsquery lexeme, quoted (words are folded \\w+ text, never syntax)."""
    escaped = word.replace("\\", "\\\\").replace("'", "\\'")
    return f"'{escaped}'" + (":*" if prefix else "")


Key = tuple[tuple[str, ...], str]  # a typed word's group: whole words, prefix


def group_key(group: dict[str, str], prefix: str = "") -> Key:
    """A typed word's exact or corrected forms, and its prefix ('' if none)."""
    return tuple(sorted(w for w in group if w != prefix)), prefix


def tsquery(key: Key) -> str:
    """The tsquery for one word group: any of its forms, or its prefix."""
    words, prefix = key
    parts = [lexeme(w) for w in words] + ([lexeme(prefix, True)] if prefix else [])
    return "(" + " | ".join(parts) + ")"


def any_of(group: dict[str, str], prefix: str = "") -> str:
    """A tsquery for one typed word: its exact or corrected forms, or its prefix."""
    return tsquery(group_key(group, prefix))


@dataclass
class Plan:
    """The tsqueries of one search, as bind parameters."""

    query: str  # every word, any form: what matches at all
    whole: str = ""  # every word exactly as typed (folded): the top name tier
    exact: str = ""  # the words typed with diacritics, as typed
    where: str = "doc @@ CAST(:q AS tsquery)"  # what counts as a match
    some: str = ""  # any of the words (partial matches)

    def params(self) -> dict:
        return {
            "q": self.query,
            "whole": self.whole or "''",
            "exact": self.exact or "''",
            "some": self.some or "''",
        }


def filters(criteria: Criteria) -> dict:
    """Bind parameters for the facet filters."""
    return {
        "no_s": not criteria.stars,
        "stars": sorted(criteria.stars),
        "no_g": criteria.group_ids is None,
        "groups": sorted(criteria.group_ids or ()),
        "no_c": criteria.commune_ids is None,
        "communes": sorted(criteria.commune_ids or ()),
        "no_p": criteria.product_ids is None,
        "products": sorted(criteria.product_ids or ()),
    }


def counts(conn, plan: Plan, criteria: Criteria) -> dict:
    """Total, unfiltered total and facet counts, from one pass over the matches.

    The database counts each (stars, group, commune) combination; each facet is
    then counted under the other two filters, in tally.
    """
    scope = "true" if criteria.product_ids is None else SCOPE_SQL
    rows = conn.execute(
        text(COUNTS_SQL.format(match=plan.where, scope=scope)),
        {**plan.params(), "products": sorted(criteria.product_ids or ())},
    )
    return tally(rows, criteria)


def tally(cells, criteria: Criteria) -> dict:
    """Counts from (stars, group, commune, in scope, how many) cells."""
    out = {"stars": {}, "group": {}, "commune": {}, "total": 0, "unfiltered": 0}
    for stars, group, commune, in_scope, n in cells:
        out["unfiltered"] += n
        if not in_scope:
            continue
        ok_s = criteria.allows("stars", stars)
        ok_g = criteria.allows("group", group)
        ok_c = criteria.allows("commune", commune)
        if ok_g and ok_c:
            out["stars"][stars] = out["stars"].get(stars, 0) + n
        if ok_s and ok_c:
            out["group"][group] = out["group"].get(group, 0) + n
        if ok_s and ok_g:
            out["commune"][commune] = out["commune"].get(commune, 0) + n
        if ok_s and ok_g and ok_c:
            out["total"] += n
    return out


def order_by_tier(plan: Plan) -> str:
    """An ORDER BY for rows known to match: tier, then rank (the tier tests skip
    plan.where, which may read the long word vector again)."""
    known = Plan(plan.query, plan.whole, plan.exact, where="true", some=plan.some)
    order = " ".join(f"WHEN {c} THEN {i}" for i, c in enumerate(tiers(known)))
    return f"ORDER BY CASE {order} END, rank"


def ordered(conn, plan: Plan, ids: list[int], offset: int, limit: int) -> list[int]:
    """These matching products' ids at offset..offset+limit in ranking order."""
    _planner(conn, index_scan=True)
    return list(
        conn.scalars(
            text(
                "SELECT product_id FROM search_item WHERE product_id = ANY(:ids)"
                f" {order_by_tier(plan)} LIMIT :n OFFSET :o"
            ),
            {**plan.params(), "ids": ids, "n": limit, "o": offset},
        )
    )


def few(conn, plan: Plan, criteria: Criteria, most: int):
    """When at most `most` products match: (counts, every shown id in ranking
    order) from one read of the matches; None when more match."""
    _planner(conn, index_scan=False)
    rows = conn.execute(  # the LIMIT inside: stop reading once there are too many
        text(
            "SELECT product_id, stars, group_id, commune_id FROM (SELECT product_id,"
            " stars, group_id, commune_id, rank, names, exact, near, doc"
            f" FROM search_item WHERE {plan.where} LIMIT :n) matches"
            f" {order_by_tier(plan)}"
        ),
        {**plan.params(), "n": max(most + 1, 0)},
    ).all()
    if len(rows) > most:
        return None
    cells = [(s, g, c, criteria.in_scope(pid), 1) for pid, s, g, c in rows]
    shown = [row[0] for row in rows if criteria.passes(*row)]
    return tally(cells, criteria), shown


def tiers(plan: Plan) -> list[str]:
    """WHERE clauses of the ranking tiers, best first (each within the last)."""
    levels = ["names @@ CAST(:q AS tsquery)", "near @@ CAST(:q AS tsquery)", plan.where]
    if plan.whole:
        levels.insert(0, "names @@ CAST(:whole AS tsquery)")
    out = []
    for i, level in enumerate(levels):
        clause = level if i == 0 else f"{level} AND NOT ({levels[i - 1]})"
        if plan.exact:
            out.append(f"{clause} AND exact @@ CAST(:exact AS tsquery)")
            clause += " AND NOT exact @@ CAST(:exact AS tsquery)"
        out.append(clause)
    return out


FILTER_SQL = (
    " AND (CAST(:no_s AS boolean) OR stars = ANY(CAST(:stars AS int[])))"
    " AND (CAST(:no_g AS boolean) OR group_id = ANY(CAST(:groups AS int[])))"
    " AND (CAST(:no_c AS boolean) OR commune_id = ANY(CAST(:communes AS int[])))"
    " AND (CAST(:no_p AS boolean) OR product_id = ANY(CAST(:products AS int[])))"
)
# A tier is first looked for among the best WALK_ROWS products in rank order
# (cheap: the columns it tests are in the row); only a tier too sparse to fill
# the page there is read whole and sorted, and a sparse tier is small. Either way
# the work stays near a few thousand rows. (Few matches: see few().)
WALK_ROWS = 1000  # at least; and WALK_PER_ROW per row wanted
WALK_PER_ROW = 40


def _planner(conn, *, index_scan: bool) -> None:
    """Allow or forbid plain index scans (the rank walk) for the next statements."""
    if conn.info.get("search_index_scan") != index_scan:
        conn.execute(
            text(f"SET LOCAL enable_indexscan = {'on' if index_scan else 'off'}")
        )
        conn.info["search_index_scan"] = index_scan


def prepare(conn) -> None:
    """Session settings for search: no JIT, never a sequential scan of the table."""
    conn.exec_driver_sql(
        "SET LOCAL jit = off; SET LOCAL enable_seqscan = off;"
        " SET LOCAL enable_indexscan = on"
    )
    conn.info["search_index_scan"] = True


def ranked(conn, clause: str, params: dict, n: int) -> list:
    """The first n product ids of a tier in rank order (see WALK_ROWS)."""
    _planner(conn, index_scan=True)
    walked = list(
        conn.scalars(
            text(
                "SELECT product_id FROM (SELECT product_id, rank, group_id,"
                " commune_id, stars, names, exact, near, doc FROM search_item"
                f" ORDER BY rank LIMIT :k) best WHERE {clause}"
                " ORDER BY rank LIMIT :n"
            ),
            {**params, "n": n, "k": max(WALK_ROWS, WALK_PER_ROW * n)},
        )
    )
    if len(walked) == n:
        return walked
    _planner(conn, index_scan=False)  # GIN bitmap, then a sort (+ 0: no walk)
    return list(
        conn.scalars(
            text(
                f"SELECT product_id FROM search_item WHERE {clause}"
                " ORDER BY rank + 0 LIMIT :n"
            ),
            {**params, "n": n},
        )
    )


def page(conn, plan: Plan, criteria: Criteria, offset: int, limit: int) -> list[int]:
    """Product ids at offset..offset+limit in ranking order, tier by tier."""
    wanted = offset + limit
    ids: list[int] = []
    params = {**plan.params(), **filters(criteria)}
    for clause in tiers(plan):
        more = ranked(conn, clause + FILTER_SQL, params, wanted - len(ids))
        ids.extend(more)
        if len(ids) >= wanted:
            break
    return ids[offset:wanted]


def suggestions(conn, plan: Plan, limit: int) -> list[tuple]:
    """(product id, slug, name vi, name en) for names holding the words, best first."""
    clauses = ["names @@ CAST(:q AS tsquery)"]
    if plan.whole:
        clauses.insert(0, "names @@ CAST(:whole AS tsquery)")
        clauses[1] += " AND NOT names @@ CAST(:whole AS tsquery)"
    if plan.exact:
        split = []
        for clause in clauses:
            split.append(f"{clause} AND exact @@ CAST(:exact AS tsquery)")
            split.append(f"{clause} AND NOT exact @@ CAST(:exact AS tsquery)")
        clauses = split
    ids: list[int] = []
    for clause in clauses:
        ids += ranked(conn, clause, plan.params(), limit - len(ids))
        if len(ids) >= limit:
            break
    if not ids:
        return []
    _planner(conn, index_scan=True)
    rows = conn.execute(
        text("SELECT id, slug, name_vi, name_en FROM product WHERE id = ANY(:ids)"),
        {"ids": ids},
    ).all()
    by_id = {row[0]: tuple(row) for row in rows}
    return [by_id[i] for i in ids if i in by_id]
