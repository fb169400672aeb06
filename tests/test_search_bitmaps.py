"""PostgreSQL facet counts from per-process bitmaps: the same numbers as SQL, always.

The bitmap path (search/postgres_bitmaps.py) answers the counts of queries whose
word groups it has learnt; these tests compare it with counting in SQL on the
demo catalogue, before and after changes made on another connection (as another
process or node would make them).
"""

import pytest
from sqlalchemy import event, select, text

from catalogue.extensions import db
from catalogue.models import Commune, Producer, Product, ProductGroup
from catalogue.search import postgres_bitmaps
from catalogue.search import postgres_sql as sql
from catalogue.search.base import Criteria
from catalogue.search.postgres import PostgresEngine
from catalogue.search.text import parse

pytestmark = pytest.mark.postgres

QUERIES = [
    "xoai",
    "xoai cat chu",
    "Xoài",
    "dac san",
    "dong thap",
    "sen",
    "gao",
    "tra",
    "mit say",
    "xoaai",
    "cao lanh",
    "my",
    "jackfruit",
]


def criteria_set() -> list[Criteria]:
    """No filter, each filter, combinations, an empty choice and a product scope."""
    food = db.session.scalar(select(ProductGroup.id).where(ProductGroup.code == "food"))
    my_xuong = db.session.scalar(select(Commune.id).where(Commune.slug == "my-xuong"))
    producer = db.session.scalar(
        select(Producer.id).where(Producer.slug == "htx-xoai-my-xuong")
    )
    own = frozenset(
        db.session.scalars(select(Product.id).where(Product.producer_id == producer))
    )
    return [
        Criteria(),
        Criteria(stars=frozenset({5})),
        Criteria(stars=frozenset({3, 4})),
        Criteria(group_ids=frozenset({food})),
        Criteria(commune_ids=frozenset({my_xuong})),
        Criteria(frozenset({4, 5}), frozenset({food}), frozenset({my_xuong})),
        Criteria(group_ids=frozenset()),  # an unknown group code: nothing
        Criteria(product_ids=own),
        Criteria(stars=frozenset({5}), product_ids=own),
    ]


def answers(engine, raw: str, criteria: Criteria) -> tuple:
    hits = engine.search(parse(raw), criteria, 0, 5)
    return hits.total, hits.unfiltered, hits.facets, hits.ids, hits.partial


def add_to_names(where: str, words: str = " xoài") -> None:
    """Add words to some products' names on another connection, as another
    process or node would."""
    with db.engine.begin() as other:
        other.execute(
            text(f"UPDATE product SET name_vi = name_vi || :w WHERE {where}"),
            {"w": words},
        )


@pytest.fixture
def engines(app_factory):
    """The app, an engine counting with bitmaps from the first match, one in SQL."""
    app = app_factory(SEARCH_BITMAPS_FROM=1)
    with app.app_context():
        yield app.extensions["catalogue.search"], PostgresEngine(learn_from=10**9)


@pytest.fixture
def sql_counts(monkeypatch):
    """How many times the matches were read in SQL to count them."""
    calls = []
    real = sql.few

    def counting(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(sql, "few", counting)
    return calls


def test_bitmap_counts_equal_counting_in_sql(engines, sql_counts):
    bitmaps, in_sql = engines
    cases = criteria_set()
    for raw in QUERIES:
        bitmaps.search(parse(raw), Criteria(), 0, 5)  # learns the word groups
        for criteria in cases:
            expected = answers(in_sql, raw, criteria)
            del sql_counts[:]
            assert answers(bitmaps, raw, criteria) == expected, (raw, criteria)
            assert not sql_counts, f"{raw!r} was counted in SQL"
    assert answers(bitmaps, "xoai", Criteria())[0] >= 4


def test_bitmap_counts_follow_commits_made_elsewhere(engines, sql_counts):
    bitmaps, in_sql = engines
    for raw in QUERIES:
        bitmaps.search(parse(raw), Criteria(), 0, 5)
    add_to_names("slug = 'mit-say-my-long'", " xoài đặc sản")
    with db.engine.begin() as other:  # another process, another node
        other.execute(
            text("UPDATE product SET status = 'archived' WHERE slug = 'xoai-cao-lanh'")
        )
        other.execute(
            text(
                "UPDATE product SET commune_id = (SELECT id FROM commune"
                " WHERE slug = 'my-hoi') WHERE slug = 'xoai-cat-chu-cao-lanh'"
            )
        )
    for raw in QUERIES:
        for criteria in criteria_set():
            expected = answers(in_sql, raw, criteria)
            del sql_counts[:]
            assert answers(bitmaps, raw, criteria) == expected, (raw, criteria)
            assert not sql_counts, f"{raw!r} was counted in SQL"
    total = answers(bitmaps, "xoai dac san", Criteria())[0]
    assert total == answers(in_sql, "xoai dac san", Criteria())[0] > 0


def test_far_behind_a_process_starts_afresh_and_stays_exact(
    engines, sql_counts, monkeypatch
):
    bitmaps, in_sql = engines
    bitmaps.search(parse("xoai"), Criteria(), 0, 5)
    monkeypatch.setattr(postgres_bitmaps, "MAX_CHANGED", 1)
    add_to_names("status = 'published' AND slug NOT LIKE 'xoai%'")
    expected = answers(in_sql, "xoai", Criteria())
    del sql_counts[:]
    assert answers(bitmaps, "xoai", Criteria()) == expected
    assert len(sql_counts) == 1  # forgotten: read in SQL, then learnt again
    del sql_counts[:]
    answers(bitmaps, "xoai", Criteria())
    assert not sql_counts


def test_queries_with_few_matches_are_counted_in_sql(app_factory, sql_counts):
    app = app_factory()  # the default threshold: far above the demo catalogue
    with app.app_context():
        engine = app.extensions["catalogue.search"]
        for _ in range(3):
            engine.search(parse("xoai"), Criteria(), 0, 5)
        assert len(sql_counts) == 3


def test_to_bits_sets_exactly_the_given_ids():
    for ids in ([], [0], [7, 8], [1, 5, 64, 999], list(range(0, 5000, 3))):
        bits = postgres_bitmaps.to_bits(ids)
        assert [i for i in range(bits.bit_length()) if bits >> i & 1] == sorted(ids)


def test_a_group_learnt_by_one_process_is_loaded_and_brought_up_to_date_by_another(
    engines,
):
    first, in_sql = engines
    first.search(parse("xoai"), Criteria(), 0, 5)  # learnt and stored
    add_to_names("slug IN ('mit-say-my-long', 'hat-sen-say')")
    with db.engine.begin() as other:
        other.execute(
            text("UPDATE product SET status = 'archived' WHERE slug = 'xoai-cao-lanh'")
        )
    reads = []

    def note(_conn, _cursor, statement, *_args):
        if "array_agg(product_id) FROM search_item WHERE doc" in statement:
            reads.append(statement)

    second = PostgresEngine(learn_from=1)  # a new process, or another node
    event.listen(db.engine, "before_cursor_execute", note)
    try:
        for criteria in criteria_set():
            expected = answers(in_sql, "xoai", criteria)
            assert answers(second, "xoai", criteria) == expected, criteria
    finally:
        event.remove(db.engine, "before_cursor_execute", note)
    assert not reads  # loaded from search_bitmap, not read from every match
    assert (
        answers(second, "xoai", Criteria())[0] == answers(first, "xoai", Criteria())[0]
    )


PARTIAL = [
    "xoai qqqzzz",
    "xoaii catt",
    "mit xoai",
    "sen gao my xuong",
    "jackfruit mango",
]


def test_bitmaps_give_the_same_page_and_counts_as_sql_alone(engines, monkeypatch):
    """Every path (bitmaps, one read of few matches, partial matches by id list)
    against SQL alone: a process whose ids are too big for bitmaps."""
    from catalogue.search import postgres

    bitmaps, _ = engines
    cases = criteria_set()
    queries = [*QUERIES, *PARTIAL]
    with monkeypatch.context() as patched:
        patched.setattr(postgres_bitmaps, "MAX_ID", 0)
        patched.setattr(postgres, "PARTIAL_BY_IDS", 0)
        in_sql = PostgresEngine(learn_from=1)
        expected = {(q, c): answers(in_sql, q, c) for q in queries for c in cases}
    assert any(expected[(q, Criteria())][4] for q in PARTIAL)  # partial matches
    for (raw, criteria), want in expected.items():
        assert answers(bitmaps, raw, criteria) == want, (raw, criteria)


def test_a_process_behind_the_pruned_log_starts_afresh_and_stays_exact(
    engines, sql_counts, monkeypatch
):
    bitmaps, in_sql = engines
    bitmaps.search(parse("xoai"), Criteria(), 0, 5)
    add_to_names("slug IN ('mit-say-my-long', 'hat-sen-say')")
    monkeypatch.setattr(postgres_bitmaps, "KEEP_LOG_SECONDS", 0)
    postgres_bitmaps._prune(db.engine)  # as another process would, an hour later
    with db.engine.connect() as conn:
        assert conn.scalar(text("SELECT count(*) FROM search_change")) == 0
        assert conn.scalar(text("SELECT pruned_below FROM search_state")) > 0
    expected = answers(in_sql, "xoai", Criteria())
    del sql_counts[:]
    assert answers(bitmaps, "xoai", Criteria()) == expected
    assert len(sql_counts) == 1  # forgotten with the log: read again, then learnt


def test_writers_do_not_wait_on_one_another_for_the_change_log(engines):
    """Two transactions changing different products commit in either order."""
    first = db.engine.connect()
    second = db.engine.connect()
    try:
        first.begin()
        second.begin()
        first.execute(
            text("UPDATE product SET name_en = name_en || ' A' WHERE slug = 'mit-say'")
        )
        second.execute(text("SET LOCAL lock_timeout = '2s'"))
        second.execute(
            text(
                "UPDATE product SET name_en = name_en || ' B'"
                " WHERE slug = 'hat-sen-say'"
            )
        )  # would time out if logging took a lock the first one holds
        second.commit()
        first.commit()
    finally:
        first.close()
        second.close()
    bitmaps, in_sql = engines
    assert answers(bitmaps, "mit", Criteria()) == answers(in_sql, "mit", Criteria())


def test_a_long_transaction_elsewhere_does_not_make_searches_start_afresh(
    engines, sql_counts, monkeypatch
):
    """A writer left open holds back the horizon: later changes are looked at
    again on every search, but applied (and paid for) only once."""
    bitmaps, in_sql = engines
    bitmaps.search(parse("xoai"), Criteria(), 0, 5)
    monkeypatch.setattr(postgres_bitmaps, "MAX_CHANGED", 1)
    long_one = db.engine.connect()
    try:
        long_one.begin()
        long_one.execute(text("SELECT pg_current_xact_id()"))  # it has an xid now
        add_to_names("slug IN ('mit-say-my-long', 'hat-sen-say')")
        expected = answers(in_sql, "xoai", Criteria())
        del sql_counts[:]
        assert answers(bitmaps, "xoai", Criteria()) == expected  # afresh: 2 > 1
        for _ in range(3):
            del sql_counts[:]
            assert answers(bitmaps, "xoai", Criteria()) == expected
            assert not sql_counts  # not started afresh again
    finally:
        long_one.rollback()
        long_one.close()
