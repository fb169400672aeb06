"""The /programme page and its count rules, against a small hand-counted set.

The known set (built by `build_known_set`) on ON = 30 June 2025:

product   status     commune group    evaluations (stars decided, …)   on ON
five      published  A       food     5★ 2024-01-10                    5★
four      published  A       food     3★ 2021-03-01, 4★ 2024-03-01     4★ (upgraded)
three     published  B       food     3★ 2022-08-15 (ends 2025-08-15)  3★, expiring
expired   published  B       food     3★ 2022-01-20 (ended 2025-01-20) lapsed
revoked   published  B       food     4★ 2023-05-01, revoked 2025-03-01 lapsed
tour      published  A       tourism  3★ 2025-02-10, created 2024-12   3★ tourism
pending   pending    C       food     4★ 2025-04-01                    registered
archived  archived   A       food     5★ 2024-05-01                    registered
draft     draft      D       food     —                                not counted
future    published  A       food     5★ 2025-09-01, created 2025-08   not yet
never     published  B       food     —, created 2025-03-01            uncertified

Commune E has nothing. Targets of plan period TEST-2030: stars_5 2, stars_3 4,
tourism 1, communes_registered 5, products 10.
"""

from datetime import UTC, date, datetime
from html.parser import HTMLParser

import pytest

from catalogue.extensions import db, login_manager
from catalogue.models import (
    Commune,
    Evaluation,
    PlanPeriod,
    Producer,
    Product,
    ProductGroup,
    RuleSet,
    Target,
    User,
)
from catalogue.models.product import add_months
from catalogue.programme import stats

BOTH_BACKENDS = True  # the counts must not depend on the database
ON = date(2025, 6, 30)
TARGETS = {
    "stars_5": 2,
    "stars_3": 4,
    "tourism": 1,
    "communes_registered": 5,
    "products": 10,
}
PRODUCTS = [
    # slug, status, commune, group, created, [(stars, decided, revoked)]
    ("five", "published", "A", "food", None, [(5, date(2024, 1, 10), None)]),
    (
        "four",
        "published",
        "A",
        "food",
        None,
        [(3, date(2021, 3, 1), None), (4, date(2024, 3, 1), None)],
    ),
    ("three", "published", "B", "food", None, [(3, date(2022, 8, 15), None)]),
    ("expired", "published", "B", "food", None, [(3, date(2022, 1, 20), None)]),
    (
        "revoked",
        "published",
        "B",
        "food",
        None,
        [(4, date(2023, 5, 1), date(2025, 3, 1))],
    ),
    (
        "tour",
        "published",
        "A",
        "tourism",
        date(2024, 12, 1),
        [(3, date(2025, 2, 10), None)],
    ),
    ("pending", "pending", "C", "food", None, [(4, date(2025, 4, 1), None)]),
    ("archived", "archived", "A", "food", None, [(5, date(2024, 5, 1), None)]),
    ("draft", "draft", "D", "food", None, []),
    (
        "future",
        "published",
        "A",
        "food",
        date(2025, 8, 1),
        [(5, date(2025, 9, 1), None)],
    ),
    ("never", "published", "B", "food", date(2025, 3, 1), []),
]
SCORES = {3: 60, 4: 75, 5: 92}


def build_known_set(app, plan_ends: date = date(2030, 12, 31)) -> None:
    """Insert the hand-counted set above into an empty (migrated) database."""
    with app.app_context():
        rule_set = RuleSet(code="1048/QD-TTg", decision="1048/QĐ-TTg", year=2019)
        groups = {
            "food": ProductGroup(
                rule_set=rule_set, code="food", name_vi="Thực phẩm", name_en="Food"
            ),
            "tourism": ProductGroup(
                rule_set=rule_set,
                code="tourism",
                name_vi="Dịch vụ du lịch",
                name_en="Tourism services",
                is_tourism=True,
            ),
        }
        communes = {
            k: Commune(code=f"T-{k}", slug=f"xa-{k.lower()}", name=f"Xã {k}")
            for k in "ABCDE"
        }
        producer = Producer(
            slug="htx-thu",
            name="HTX Thử",
            legal_form="cooperative",
            commune=communes["A"],
        )
        db.session.add_all([rule_set, *groups.values(), *communes.values(), producer])
        for slug, status, commune, group, created, evaluations in PRODUCTS:
            product = Product(
                slug=slug,
                name_vi=f"Sản phẩm {slug}",
                name_en=f"Product {slug}",
                group=groups[group],
                producer=producer,
                commune=communes[commune],
                status=status,
                created_at=datetime.combine(
                    created or date(2020, 1, 1), datetime.min.time(), UTC
                ),
            )
            for stars, decided, revoked in evaluations:
                product.evaluations.append(
                    Evaluation(
                        rule_set=rule_set,
                        score=SCORES[stars],
                        stars=stars,
                        level="province",
                        decision_number=f"{slug}/{decided.year}",
                        decided_on=decided,
                        expires_on=add_months(decided, 36),
                        revoked_on=revoked,
                    )
                )
            db.session.add(product)
        db.session.add(
            PlanPeriod(
                code="TEST-2030",
                name_vi="Giai đoạn thử",
                name_en="Test period",
                plan="99/KH-TEST",
                starts_on=date(2021, 1, 1),
                ends_on=plan_ends,
                targets=[Target(metric=m, value=v) for m, v in TARGETS.items()],
            )
        )
        db.session.commit()


@pytest.fixture
def known(app_factory):
    app = app_factory(demo=False)
    build_known_set(app)
    return app


class Tables(HTMLParser):
    """Every <table> of a page as {caption: [[cell text, ...], ...]}."""

    def __init__(self, html: str):
        super().__init__()
        self.tables, self._rows, self._cell, self._caption = {}, None, None, None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self._rows, self._caption = [], ""
        elif tag == "tr" and self._rows is not None:
            self._rows.append([])
        elif tag in ("td", "th") and self._rows is not None:
            self._cell = []
        elif tag == "caption":
            self._cell = []

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell is not None:
            self._rows[-1].append(" ".join("".join(self._cell).split()))
            self._cell = None
        elif tag == "caption":
            self._caption = " ".join("".join(self._cell).split())
            self._cell = None
        elif tag == "table" and self._rows is not None:
            self.tables[self._caption] = self._rows
            self._rows = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)


def table(html: str, caption_start: str) -> list[list[str]]:
    """The rows of the table whose caption starts with some text."""
    tables = Tables(html).tables
    found = [
        rows for caption, rows in tables.items() if caption.startswith(caption_start)
    ]
    assert found, f"no table {caption_start!r} in {list(tables)}"
    return found[0]


def login(client, app, role: str = "admin") -> User:
    """Sign a user of a role in by writing the session directly."""
    from catalogue.accounts import hash_password

    with app.app_context():
        user = User(
            email=f"{role}@example.vn",
            password_hash=hash_password("a long enough password"),
            role=role,
            session_token="tok",
        )
        if role == "producer":
            user.producer_id = db.session.scalars(db.select(Producer.id)).first()
        db.session.add(user)
        db.session.commit()
        user_id = user.id
    with app.test_request_context(environ_base=client.environ_base):
        identifier = login_manager._session_identifier_generator()
    with client.session_transaction() as session:
        session["_user_id"] = f"{user_id}:tok"
        session["_fresh"] = True
        session["_id"] = identifier  # "strong" session protection checks it
    return user


# --- count rules -----------------------------------------------------------------


def test_targets_count_products_with_at_least_the_stars(known):
    with known.app_context():
        values = stats.metric_values(stats.load_facts(), ON)
    # five, four, three and tour are published with a current certificate;
    # the 4★ and 5★ products also count toward "3 stars".
    assert values == {
        "stars_5": 1,
        "stars_4": 2,
        "stars_3": 4,
        "tourism": 1,
        "communes_registered": 3,
        "products": 9,
    }


def test_star_split_separates_lapsed_and_never_certified(known):
    with known.app_context():
        split = stats.star_split(stats.load_facts(), ON)
    assert split == {"stars": {5: 1, 4: 1, 3: 2}, "lapsed": 2, "uncertified": 1}


def test_evaluation_decided_after_the_date_does_not_count(known):
    with known.app_context():
        facts = {f.slug: f for f in stats.load_facts()}
    future = facts["future"]
    assert future.stars(date(2025, 8, 31)) is None
    assert future.stars(date(2025, 9, 1)) == 5
    assert not future.is_registered(ON)


def test_upgrade_keeps_product_counted_once_at_its_new_stars(known):
    with known.app_context():
        facts = {f.slug: f for f in stats.load_facts()}
    assert facts["four"].stars(date(2023, 1, 1)) == 3
    assert facts["four"].stars(ON) == 4


def test_certificates_of_unpublished_products_do_not_count(known):
    with known.app_context():
        facts = {f.slug: f for f in stats.load_facts()}
    assert facts["pending"].stars(ON) is None
    assert facts["archived"].stars(ON) is None
    assert facts["pending"].is_registered(ON) and facts["archived"].is_registered(ON)
    assert not facts["draft"].is_registered(ON)


def test_expiring_and_lapsed_lists(known):
    with known.app_context():
        facts = stats.load_facts()
        expiring = stats.expiring(facts, ON, 90)
        lapsed = stats.lapsed(facts, ON)
    assert [(f.slug, e.expires_on) for f, e in expiring] == [
        ("three", date(2025, 8, 15))
    ]
    assert [(f.slug, e.state(ON)) for f, e in lapsed] == [  # newest first
        ("revoked", "revoked"),
        ("expired", "expired"),
    ]


# --- the page --------------------------------------------------------------------


def test_programme_page_shows_hand_counted_targets(known):
    html = known.test_client().get("/programme?on=2025-06-30&lang=en").text
    rows = table(html, "Targets and results")
    assert rows[1:] == [
        ["Products rated OCOP 5 stars", "2", "1", "50%"],
        ["Products rated OCOP 3 stars or more", "4", "4", "100%"],
        ["OCOP-rated tourism services", "1", "1", "100%"],
        ["Communes and towns with a registered product", "5", "3", "60%"],
        ["Registered products", "10", "9", "90%"],
    ]
    assert "target met" in html
    assert "Figures as of Jun 30, 2025." in html
    assert "sample-badge" not in html


def test_programme_page_states_the_counting_rule(known):
    html = known.test_client().get("/programme?lang=vi").text
    assert "3 sao trở lên" in html
    english = known.test_client().get("/programme?lang=en").text
    assert "We read the 20 as products rated 3 stars or more" in english


def test_communes_are_ranked_by_certified_products(known):
    html = known.test_client().get("/programme?on=2025-06-30&lang=en").text
    rows = table(html, "Products by commune")
    assert rows[1:] == [
        ["Xã A", "4", "3", "1", "1", "1"],
        ["Xã B", "4", "1", "0", "0", "1"],
        ["Xã C", "1", "0", "0", "0", "0"],
        ["Xã D (no registered product)", "0", "0", "0", "0", "0"],
        ["Xã E (no registered product)", "0", "0", "0", "0", "0"],
    ]
    assert html.index("chart-communes") < html.index("Products by commune as of")


def test_groups_years_and_stars_tables(known):
    html = known.test_client().get("/programme?on=2025-06-30&lang=en").text
    assert table(html, "Products by product group")[1:] == [
        ["Food", "8", "3", "1", "1", "1"],
        ["Tourism services", "1", "1", "0", "0", "1"],
    ]
    assert table(html, "OCOP decisions by year")[1:] == [
        ["2021", "0", "0", "1", "1"],
        ["2022", "0", "0", "2", "2"],
        ["2023", "0", "1", "0", "1"],
        ["2024", "1", "1", "0", "2"],
        ["2025", "0", "0", "1", "1"],
    ]
    assert table(html, "Published products by stars")[1:] == [
        ["5 stars", "1"],
        ["4 stars", "1"],
        ["3 stars", "2"],
        ["Expired or revoked: re-evaluation needed", "2"],
        ["Published, never certified", "1"],
    ]


def test_targets_year_by_year(known):
    html = known.test_client().get("/programme?on=2025-06-30&lang=en").text
    assert table(html, "Targets at the end of each year") == [
        [
            "Year",
            "Products rated OCOP 5 stars",
            "Products rated OCOP 3 stars or more",
            "OCOP-rated tourism services",
            "Communes and towns with a registered product",
            "Registered products",
        ],
        ["2021", "0", "1", "0", "3", "7"],
        ["2022", "0", "3", "0", "3", "7"],
        ["2023", "0", "4", "0", "3", "7"],
        ["2024", "1", "5", "0", "3", "8"],
        ["2025 (to Jun 30, 2025)", "1", "4", "1", "3", "9"],
        ["Target", "2", "4", "1", "5", "10"],
    ]


def test_certificate_lists_on_the_page(known):
    html = known.test_client().get("/programme?on=2025-06-30&lang=en").text
    expiring = table(html, "Certificates expiring within 90 days")
    assert [row[0] for row in expiring[1:]] == ["Product three"]
    assert "in 46 days" in expiring[1][3]
    lapsed = table(html, "Published products without a current certificate")
    assert [row[0] for row in lapsed[1:]] == ["Product revoked", "Product expired"]
    assert "revoked on Mar 1, 2025" in lapsed[1][3]


def test_charts_are_server_rendered_svg_with_titles(known):
    html = known.test_client().get("/programme?on=2025-06-30&lang=en").text
    assert html.count('role="img"') >= 9  # 5 progress bars + 4 charts
    assert '<title id="chart-communes-title">Products by commune</title>' in html
    assert "<script" not in html.split("<main", 1)[1].split("</main>", 1)[0]


def test_finished_plan_is_counted_on_its_last_day(app_factory):
    app = app_factory(demo=False)
    build_known_set(app, plan_ends=date(2025, 6, 30))
    html = app.test_client().get("/programme?lang=en").text
    assert "Figures as of Jun 30, 2025, the last day of the plan period." in html
    assert table(html, "Targets and results")[1] == [
        "Products rated OCOP 5 stars",
        "2",
        "1",
        "50%",
    ]


@pytest.mark.parametrize(
    "value, message",
    [
        ("2025-13-45", "YYYY-MM-DD"),
        ("yesterday", "YYYY-MM-DD"),
        ("9999-12-31", "The year must be between 2000 and 2100."),
    ],
)
def test_bad_date_is_a_clear_400(known, value, message):
    response = known.test_client().get(f"/programme?on={value}&lang=en")
    assert response.status_code == 400
    assert message in response.text


def test_unknown_plan_period_is_404(known):
    assert known.test_client().get("/programme?period=NOPE").status_code == 404


def test_page_without_any_plan_period(app_factory):
    app = app_factory(demo=False)
    response = app.test_client().get("/programme?lang=en")
    assert response.status_code == 200
    assert "No plan period has been entered yet" in response.text


def test_demo_data_is_marked_as_sample(client):
    html = client.get("/programme?lang=en").text
    assert "sample-badge" in html
    assert "/ 18" in html  # every commune of the plan against its target


def test_long_certificate_lists_are_cut_with_a_count(known, monkeypatch):
    from catalogue.programme import overview

    monkeypatch.setattr(overview, "LIST_LIMIT", 1)
    html = known.test_client().get("/programme?on=2025-06-30&lang=en").text
    lapsed = table(html, "Published products without a current certificate")
    assert [row[0] for row in lapsed[1:]] == ["Product revoked"]
    assert "2 products in all; the first 1 are listed." in html
