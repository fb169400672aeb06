"""Relevance: realistic queries and the products a visitor expects first.

One table, run on both engines (Whoosh on SQLite, PostgreSQL full text when
CATALOGUE_TEST_DATABASE_URL is set). The demo data is read only, so one app per
engine serves the whole table.
"""

import shutil
import uuid

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url

from catalogue import create_app
from catalogue.extensions import db
from catalogue.models import Lot, Product, Stamp
from catalogue.public.filters import ProductFilters
from catalogue.search import service
from tests.conftest import PG_URL, base_config, build_database

BOTH_BACKENDS = True

MANGOES = [
    "xoai-cat-chu-cao-lanh",
    "xoai-cao-lanh",
    "xoai-chu-chin",
    "xoai-huu-co-my-hoi",
]
GAO_GIONG = [
    "du-lich-sinh-thai-gao-giong",
    "mat-ong-gao-giong",
    "mam-gao-giong",
    "mut-gao-giong",
]
AN_BINH = ["mit-say", "chuoi-say", "hat-sen-say", "khoai-lang-say"]

# (query, expectation, slugs). Expectations:
#   first: the first result;  order: the first results, in this order;
#   top: the first len(slugs) results, in any order;  includes: somewhere;
#   excludes: nowhere;  none: no result at all.
CASES = [
    # Vietnamese typed without diacritics
    ("xoai cat chu", "first", ["xoai-cat-chu-cao-lanh"]),
    ("gao giong", "order", GAO_GIONG),
    ("mit say", "first", ["mit-say"]),
    ("chuoi say", "first", ["chuoi-say"]),
    ("khoai lang", "first", ["khoai-lang-say"]),
    ("hat sen", "first", ["hat-sen-say"]),
    ("hoa sen tuu", "first", ["hoa-sen-tuu"]),
    ("nam rom", "first", ["nam-rom-phuong-tra"]),
    ("mat ong", "first", ["mat-ong-gao-giong"]),
    ("rau thuy canh", "first", ["rau-thuy-canh-xuan-minh"]),
    ("luc binh", "first", ["tham-luc-binh-my-hiep"]),
    ("cam xoan", "first", ["cam-xoan-phong-my"]),
    ("tra mang cau", "first", ["tra-mang-cau-truong-tai"]),
    ("kho ca dieu hong", "first", ["kho-ca-dieu-hong-hai-yen"]),
    ("chanh khong hat", "first", ["chanh-khong-hat-my-long"]),
    ("xoai huu co", "first", ["xoai-huu-co-my-hoi"]),
    ("trung vit", "first", ["trung-vit-nhi-my"]),
    ("xeo quyt", "first", ["khu-du-lich-xeo-quyt"]),
    ("minh phat", "first", ["diem-du-lich-sinh-thai-minh-phat"]),
    ("du lich sinh thai", "first", ["du-lich-sinh-thai-gao-giong"]),
    ("dac san", "includes", ["xoai-cat-chu-cao-lanh"]),
    ("ruou", "first", ["hoa-sen-tuu"]),
    # ... and with them: exact spelling wins (gạo is rice, Gáo Giồng a place)
    ("Xoài Cát Chu", "first", ["xoai-cat-chu-cao-lanh"]),
    ("Gáo Giồng", "first", ["du-lich-sinh-thai-gao-giong"]),
    ("đặc sản", "includes", ["xoai-cat-chu-cao-lanh"]),
    ("gạo", "top", ["gao-sach-binh-hang-trung", "gao-akita-x"]),
    ("gao", "includes", ["gao-sach-binh-hang-trung", "gao-akita-x", *GAO_GIONG]),
    ("chú chín", "first", ["xoai-chu-chin"]),
    ("Mít sấy", "first", ["mit-say"]),
    # names first, then stars (5★ Cát Chu before 4★ Cao Lãnh before none)
    ("xoai", "order", MANGOES[:2]),
    ("xoai", "top", MANGOES),
    ("xoai chu", "order", ["xoai-cat-chu-cao-lanh", "xoai-chu-chin"]),
    # places: products of the commune before products that mention it
    ("An Bình", "top", AN_BINH),
    ("my xuong", "top", MANGOES[:3]),
    # English names
    ("jackfruit", "first", ["mit-say"]),
    ("dried jackfruit", "first", ["mit-say"]),
    ("dried banana", "first", ["chuoi-say"]),
    ("sweet potato", "first", ["khoai-lang-say"]),
    ("lotus seeds", "first", ["hat-sen-say"]),
    ("mango", "order", MANGOES[:2]),
    ("organic mango", "first", ["xoai-huu-co-my-hoi"]),
    ("cao lanh mango", "order", MANGOES[:2]),
    ("guava", "first", ["oi-thien-phu"]),
    ("straw mushrooms", "first", ["nam-rom-phuong-tra"]),
    ("honey", "first", ["mat-ong-gao-giong"]),
    ("water hyacinth", "first", ["tham-luc-binh-my-hiep"]),
    ("orange", "first", ["cam-xoan-phong-my"]),
    ("lime", "first", ["chanh-khong-hat-my-long"]),
    ("custard apple", "first", ["tra-mang-cau-truong-tai"]),
    ("duck eggs", "first", ["trung-vit-nhi-my"]),
    ("eco tourism", "includes", ["du-lich-sinh-thai-gao-giong"]),
    # typos
    ("xoaai", "first", ["xoai-cat-chu-cao-lanh"]),
    ("jakfruit", "first", ["mit-say"]),
    ("mushroms", "first", ["nam-rom-phuong-tra"]),
    ("guaca", "first", ["oi-thien-phu"]),
    # prefixes, as typed so far
    ("xoa", "first", ["xoai-cat-chu-cao-lanh"]),
    ("xoa", "includes", ["cam-xoan-phong-my"]),
    ("mushroom", "first", ["nam-rom-phuong-tra"]),
    ("jackf", "first", ["mit-say"]),
    ("akit", "first", ["gao-akita-x"]),
    ("xoai cat c", "first", ["xoai-cat-chu-cao-lanh"]),
    # producers, standards, multi-word mixes
    ("artex", "first", ["thu-cong-my-nghe-artex"]),
    ("GlobalGAP xoai", "first", ["xoai-cat-chu-cao-lanh"]),
    ("VietGAP", "includes", ["oi-thien-phu", "chanh-khong-hat-my-long"]),
    ("xoai my hoi", "first", ["xoai-huu-co-my-hoi"]),
    # codes: growing area, packing house, lot (any case, any dash)
    ("VN-DTOR-0001", "first", ["xoai-cat-chu-cao-lanh"]),
    ("vn-dtor-0001", "first", ["xoai-cat-chu-cao-lanh"]),
    ("VN-DTPH-0002", "first", ["xoai-huu-co-my-hoi"]),
    ("XCC-2025-04", "first", ["xoai-cat-chu-cao-lanh"]),
    ("ms-2025-08", "first", ["mit-say"]),
    # only published products
    ("banh kep", "excludes", ["banh-kep-thien-an"]),
    ("chanh binh thanh", "excludes", ["chanh-binh-thanh"]),
    # nothing like it
    ("qwxyzk", "none", []),
]


@pytest.fixture(scope="module")
def apps(tmp_path_factory):
    """One app per backend for the whole table (created on first use)."""
    made: dict = {}
    yield made
    for app, cleanup in made.values():
        with app.app_context():
            db.session.remove()
            db.engine.dispose()
        cleanup()


@pytest.fixture
def search_app(apps, backend, sqlite_template, tmp_path_factory):
    if backend not in apps:
        apps[backend] = _make(backend, sqlite_template, tmp_path_factory)
    return apps[backend][0]


def _make(backend, template, tmp_path_factory):
    instance = tmp_path_factory.mktemp("relevance")
    if backend == "sqlite":
        path = instance / "catalogue.sqlite3"
        shutil.copy(template, path)
        app = create_app(base_config(instance, f"sqlite:///{path}"))
        return app, lambda: None
    if not PG_URL:
        pytest.skip("PostgreSQL run: CATALOGUE_TEST_DATABASE_URL is not set")
    schema = "t_" + uuid.uuid4().hex[:12]
    admin = create_engine(make_url(PG_URL).set(drivername="postgresql+psycopg"))
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    url = make_url(PG_URL).set(drivername="postgresql+psycopg")
    url = url.update_query_dict({"options": f"-csearch_path={schema},public"})
    app = create_app(base_config(instance, url.render_as_string(hide_password=False)))
    build_database(app)

    def cleanup():
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()

    return app, cleanup


def results(app, query: str, n: int = 24) -> list[str]:
    with app.app_context():
        page = service.search_products(query, ProductFilters(per_page=n))
        assert not page.degraded, "the engine answered, not the fallback"
        return [p.slug for p in page.items]


@pytest.mark.parametrize(("query", "kind", "slugs"), CASES)
def test_query_finds_what_a_visitor_expects(search_app, query, kind, slugs):
    found = results(search_app, query)
    if kind == "first":
        assert found[:1] == slugs, found
    elif kind == "order":
        assert found[: len(slugs)] == slugs, found
    elif kind == "top":
        assert sorted(found[: len(slugs)]) == sorted(slugs), found
    elif kind == "includes":
        assert set(slugs) <= set(found), found
    elif kind == "excludes":
        assert not set(slugs) & set(found), found
    else:
        assert found == [], found


def test_the_table_is_large_and_varied():
    assert len(CASES) >= 40
    assert len({query for query, _, _ in CASES}) >= 40


def test_a_stamp_code_leads_to_its_product_and_stamp_page(search_app):
    with search_app.app_context():
        code, slug = db.session.execute(
            select(Stamp.code, Product.slug)
            .join(Lot, Lot.id == Stamp.lot_id)
            .join(Product, Product.id == Lot.product_id)
            .where(Lot.code == "MS-2025-08")
        ).first()
        typed = "-".join(code[i : i + 4] for i in range(0, 16, 4)).lower()
        page = service.search_products(typed, ProductFilters())
        assert [p.slug for p in page.items] == [slug]
        assert [(hit.kind, hit.url) for hit in page.codes] == [("stamp", f"/t/{code}")]


def test_suggestions_complete_a_word_being_typed(search_app):
    with search_app.app_context():
        codes, products = service.suggest("xoa")
        assert codes == []
        slugs = [s.slug for s in products]
        assert slugs[:2] == MANGOES[:2]
        assert set(MANGOES) <= set(slugs)
        _, products = service.suggest("gao gi")
        assert [s.slug for s in products] == GAO_GIONG
        _, products = service.suggest("gạo")
        assert [s.slug for s in products][:2] == [
            "gao-sach-binh-hang-trung",
            "gao-akita-x",
        ]


def test_a_pasted_code_is_suggested_with_its_page(search_app):
    with search_app.app_context():
        codes, _ = service.suggest("VN-DTOR-0001")
        assert [(c.kind, c.url) for c in codes] == [
            ("growing_area", "/codes/VN-DTOR-0001")
        ]
        codes, _ = service.suggest("xcc-2025-04")
        assert [c.url for c in codes] == [
            "/products/xoai-cat-chu-cao-lanh/lots/XCC-2025-04"
        ]


def test_facets_count_matches_under_the_other_filters(search_app):
    with search_app.app_context():
        page = service.search_products("xoai", ProductFilters(stars=(5,)))
        assert [p.slug for p in page.items] == ["xoai-cat-chu-cao-lanh"]
        stars = dict(page.facets["stars"])
        assert stars[5] == 1 and stars[4] == 1  # star counts ignore the star filter
        communes = {c.slug: n for c, n in page.facets["commune"]}
        assert communes == {"my-xuong": 1}  # commune counts honour it
        page = service.search_products("xoai", ProductFilters(commune="my-hoi"))
        assert [p.slug for p in page.items] == ["xoai-huu-co-my-hoi"]


def test_a_correction_and_partial_matches_are_reported(search_app):
    with search_app.app_context():
        page = service.search_products("xoaai", ProductFilters())
        assert page.hits.corrections == {"xoaai": "xoai"}
        page = service.search_products("xoai qwxyzk", ProductFilters())
        assert page.hits.partial and page.items[0].slug == MANGOES[0]
        assert service.nearest(service.parse("xoaii catt")) == ["xoai cat"]


@pytest.mark.postgres
@pytest.mark.parametrize("query", ["xoai", "gao giong", "gạo", "my xuong", "dong thap"])
def test_postgres_ranks_the_same_whichever_way_it_reads_a_tier(
    search_app, query, monkeypatch
):
    from catalogue.search import postgres_sql

    def pages(per_page=2):
        with search_app.app_context():
            return [
                [
                    p.slug
                    for p in service.search_products(
                        query, ProductFilters(page=n, per_page=per_page)
                    ).items
                ]
                for n in (1, 2, 3)
            ]

    expected = pages()  # few matches: read at once, sorted by tier
    assert expected[0]
    engine = search_app.extensions["catalogue.search"]
    monkeypatch.setattr(engine.bitmaps, "learn_from", 0)  # as if many: walk in rank
    assert pages() == expected  # order first…
    monkeypatch.setattr(postgres_sql, "WALK_ROWS", 1)  # …too short a walk: sort
    monkeypatch.setattr(postgres_sql, "WALK_PER_ROW", 0)
    assert pages() == expected
