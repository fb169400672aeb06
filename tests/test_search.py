"""Search as people and programs use it: the page, the API, bad input, freshness."""

import re

from jsonschema import Draft202012Validator
from referencing import Registry
from referencing.jsonschema import DRAFT202012
from sqlalchemy import func, select

from catalogue.extensions import db
from catalogue.models import Evaluation, Lot, Producer, Product, RuleSet, Stamp
from catalogue.public.filters import ProductFilters
from catalogue.search import service

BOTH_BACKENDS = True

NASTY = [
    '"',
    'xoai"',
    "* ? : ( ) [ ] { } ~ ^ \\",
    "xoai AND OR NOT",
    "AND",
    "NOT xoai",
    "name_vi:xoai",
    "names:xoai OR body:*",
    "(xoai",
    "xo*i ~2 ^3",
    "x" * 10_000,
    "xoai " * 2_000,
    "xoai\x00cat",
    "\x00",
    "\x01\x02\x1b[31m",
    "xoai\u200b\u202ecat",
    "'; DROP TABLE product; --",
    "<script>alert(1)</script>",
    "%",
    "_",
    "😀 xoài",
    "xoa\u0300i",  # decomposed (NFD) input
    "   ",
    "-",
    "--",
    "VN-",
    "-0001",
]


def visible(response) -> str:
    """The page's text without tags (matching words are wrapped in <mark>)."""
    return re.sub(r"<[^>]+>", "", response.get_data(as_text=True))


def conforms(spec: dict, schema_name: str, body) -> None:
    resource = DRAFT202012.create_resource(spec)
    registry = Registry().with_resource("urn:openapi", resource)
    schema = {"$ref": f"urn:openapi#/components/schemas/{schema_name}"}
    errors = list(Draft202012Validator(schema, registry=registry).iter_errors(body))
    assert not errors, [e.message for e in errors[:3]]


def test_results_page_marks_matching_words_in_the_original_text(client):
    page = client.get("/search?q=xoai+cat+chu").get_data(as_text=True)
    first = page.index('class="cards results"')
    card = page[first : page.index("</li>", first)]
    assert "<mark>Xoài</mark> <mark>Cát</mark> <mark>Chu</mark> Cao Lãnh" in card
    assert "/products/xoai-cat-chu-cao-lanh" in card
    assert "sample-badge" in card  # sample stars are marked as such


def test_results_page_has_facets_with_counts_that_narrow_the_list(client):
    page = client.get("/search?q=xoai").get_data(as_text=True)
    assert 'name="stars" value="5"' in page and "(1)" in page
    assert 'value="my-xuong">Mỹ Xương (3)' in page
    narrowed = client.get("/search?q=xoai&commune=my-hoi")
    assert "Xoài hữu cơ Mỹ Hội" in visible(narrowed)
    assert "Xoài Cao Lãnh" not in visible(narrowed)
    assert 'value="my-hoi" selected' in narrowed.get_data(as_text=True)


def test_a_search_can_be_limited_to_one_producer(client):
    every = client.get("/api/v1/search?q=xoai&per_page=100").get_json()
    own = client.get(
        "/api/v1/search?q=xoai&producer=htx-xoai-my-xuong&per_page=100"
    ).get_json()
    assert 0 < own["total"] < every["total"]
    assert {item["producer"]["slug"] for item in own["items"]} == {"htx-xoai-my-xuong"}
    assert sum(f["count"] for f in own["facets"]["stars"]) <= own["total"]
    assert sum(f["count"] for f in own["facets"]["commune"]) == own["total"]
    page = client.get("/search?q=xoai&producer=htx-xoai-my-xuong")
    text = visible(page)
    assert "Xoài Cát Chu Cao Lãnh" in text and "Xoài hữu cơ Mỹ Hội" not in text
    html = page.get_data(as_text=True)
    assert 'name="producer" value="htx-xoai-my-xuong"' in html  # kept by the forms
    assert 'href="/search?q=xoai">' in html  # and removable
    unknown = client.get("/search?q=xoai&producer=no-such-producer")
    assert unknown.status_code == 200
    assert "Xoài Cát Chu" not in visible(unknown).split("Nothing found")[0]
    assert 'href="/search?q=xoai"' in unknown.get_data(as_text=True)


def test_english_visitors_see_english_names_marked(client):
    page = client.get("/search?q=jackfruit&lang=en").get_data(as_text=True)
    assert "Dried <mark>jackfruit</mark>" in page
    page = client.get("/search?q=mit+say&lang=en").get_data(as_text=True)
    assert "Dried jackfruit" in page and "<mark>Mít</mark> <mark>sấy</mark>" in page


def test_a_typo_shows_corrected_results_and_says_so(client):
    page = visible(client.get("/search?q=xoaai"))
    assert "Xoài Cát Chu Cao Lãnh" in page
    assert "xoai (" in page


def test_no_results_page_helps_with_spelling_and_filters(client):
    page = client.get("/search?q=jakfrut").get_data(as_text=True)
    assert '<a href="/search?q=jackfruit">jackfruit</a>' in page
    page = client.get("/search?q=xoai&commune=an-binh").get_data(as_text=True)
    assert 'href="/search?q=xoai"' in page  # drop the filter
    assert "5 " in page[page.index('class="no-results"') :][:200]


def test_page_and_api_answer_any_text_without_error(client):
    for query in NASTY:
        for url in ("/search", "/api/v1/search", "/api/v1/suggest"):
            response = client.get(url, query_string={"q": query})
            assert response.status_code == 200, (url, query)
            body = response.get_data(as_text=True)
            assert "syntax" not in body.lower() and "Traceback" not in body
    assert "&lt;script&gt;" in client.get(
        "/search", query_string={"q": "<script>alert(1)</script>"}
    ).get_data(as_text=True)


def test_invalid_utf8_in_the_query_string_is_not_an_error(client):
    for url in ("/search?q=%ff%fe%00xoai", "/api/v1/suggest?q=%c3%28"):
        assert client.get(url).status_code == 200


def test_bad_filter_values_are_a_clear_400(client):
    response = client.get("/search?q=xoai&stars=9")
    assert response.status_code == 400
    assert "3, 4" in response.get_data(as_text=True)
    response = client.get("/api/v1/search?q=xoai&page=0")
    assert response.status_code == 400
    assert response.get_json()["error"]["code"] == "bad_filter"


def test_empty_search_page_explains_what_to_type(client):
    page = client.get("/search").get_data(as_text=True)
    assert 'id="page-q"' in page and "xoai cat chu" in page


def test_deep_pages_of_results_are_reachable_and_empty_pages_are_explained(
    app_factory,
):
    client = app_factory(PER_PAGE=2).test_client()
    second = visible(client.get("/search?q=xoai&page=2"))
    assert "Xoài Chú Chín" in second and "Xoài Cao Lãnh" not in second
    assert "‹" in second  # a link back to page 1
    beyond = client.get("/search?q=xoai&page=50")
    assert beyond.status_code == 200
    assert "/search?q=xoai" in beyond.get_data(as_text=True)


def test_api_search_returns_product_items_facets_and_paging(client):
    body = client.get("/api/v1/search?q=xoai&per_page=2").get_json()
    spec = client.get("/api/v1/openapi.json").get_json()
    conforms(spec, "SearchResult", body)
    assert body["total"] >= 4 and body["page"] == 1 and body["per_page"] == 2
    first = body["items"][0]
    assert first["slug"] == "xoai-cat-chu-cao-lanh"
    assert first["name"]["vi"] == "Xoài Cát Chu Cao Lãnh"
    assert first["stars"] == 5 and first["certificate"]["number"]
    assert {"group", "commune", "producer", "url"} <= set(first)
    assert {"value": 5, "count": 1} in body["facets"]["stars"]
    food = {"value": "food", "label": "Thực phẩm", "count": body["total"]}
    assert food in body["facets"]["group"]


def test_api_search_links_codes(client):
    body = client.get("/api/v1/search?q=XCC-2025-04").get_json()
    assert body["codes"][0]["url"] == "/products/xoai-cat-chu-cao-lanh/lots/XCC-2025-04"
    assert body["codes"][0]["is_sample"] is True
    assert [item["slug"] for item in body["items"]] == ["xoai-cat-chu-cao-lanh"]


def test_api_suggest_gives_up_to_ten_labels_with_urls(client):
    spec = client.get("/api/v1/openapi.json").get_json()
    body = client.get("/api/v1/suggest?q=xoa").get_json()
    conforms(spec, "Suggestions", body)
    assert body[0] == {
        "label": "Xoài Cát Chu Cao Lãnh",
        "url": "/products/xoai-cat-chu-cao-lanh",
    }
    english = client.get("/api/v1/suggest?q=xoa&lang=en").get_json()
    assert english[0]["label"] == "Cao Lãnh Cát Chu mango"
    assert client.get("/api/v1/suggest?q=").get_json() == []
    many = client.get("/api/v1/suggest?q=a").get_json()
    assert len(many) <= 10
    code = client.get("/api/v1/suggest?q=vn-dtph-0001").get_json()
    assert code[0]["url"] == "/codes/VN-DTPH-0001"


def test_search_follows_every_committed_change(app):
    client = app.test_client()

    def slugs(query):
        with app.app_context():
            page = service.search_products(query, ProductFilters())
            return [p.slug for p in page.items]

    assert slugs("xoai")  # the index exists and answers
    with app.app_context():
        product = db.session.scalars(select(Product).filter_by(slug="mit-say")).one()
        product.name_en = "Crunchy dried jackfruit"
        db.session.commit()
    assert slugs("crunchy") == ["mit-say"]
    with app.app_context():
        product = db.session.scalars(select(Product).filter_by(slug="mit-say")).one()
        product.status = "archived"
        db.session.commit()
    assert "mit-say" not in slugs("jackfruit")
    with app.app_context():
        draft = db.session.scalars(
            select(Product).filter_by(slug="banh-kep-thien-an")
        ).one()
        draft.status = "published"
        producer = db.session.scalars(
            select(Producer).filter_by(slug="tht-thien-phu")
        ).one()
        producer.name = "Tổ hợp tác Ổi Ngọt Thiên Phú"
        db.session.commit()
    assert slugs("banh kep")[:1] == ["banh-kep-thien-an"]
    assert slugs("oi ngot")[:1] == ["oi-thien-phu"]
    with app.app_context():
        rule_set = db.session.scalars(select(RuleSet)).first()
        khoai = db.session.scalars(
            select(Product).filter_by(slug="khoai-lang-say")
        ).one()
        from datetime import date, timedelta

        db.session.add(
            Evaluation(
                product=khoai,
                rule_set=rule_set,
                score=95,
                stars=5,
                level="province",
                decision_number="999/QĐ-UBND",
                decided_on=date.today() - timedelta(days=1),
                expires_on=date.today() + timedelta(days=900),
                is_sample=True,
            )
        )
        db.session.commit()
    assert slugs("say")[0] == "khoai-lang-say"  # now the only 5★ dried product
    body = client.get("/api/v1/search?q=khoai&stars=5").get_json()
    assert [item["slug"] for item in body["items"]] == ["khoai-lang-say"]


def test_a_rolled_back_change_leaves_search_as_it_was(app):
    with app.app_context():
        product = db.session.scalars(select(Product).filter_by(slug="mit-say")).one()
        product.name_en = "Vanishing jackfruit"
        db.session.flush()
        db.session.rollback()
        page = service.search_products("vanishing", ProductFilters())
        assert page.total == 0
        assert service.search_products("jackfruit", ProductFilters()).total == 1


def test_synthetic_products_are_marked_and_searchable(app, runner):
    result = runner.invoke(args=["demo", "load", "--synthetic", "300"])
    assert result.exit_code == 0, result.output
    with app.app_context():
        synthetic = select(Product).where(Product.slug.like("mau-%"))
        rows = db.session.scalars(synthetic).all()
        assert len(rows) == 300
        assert all(p.is_sample and "(mẫu #" in p.name_vi for p in rows)
        assert all("(sample #" in p.name_en for p in rows)
        mango = [p for p in rows if "xoài" in p.name_vi.lower()]
        assert 0.05 <= len(mango) / len(rows) <= 0.25
        texts = [f"{p.summary_vi} {p.story_vi} {p.where_to_buy_vi}" for p in rows]
        assert sum("Đồng Tháp" in t for t in texts) / len(rows) > 0.5
        stamps = db.session.scalar(
            select(func.count(Stamp.id))
            .join(Lot, Lot.id == Stamp.lot_id)
            .join(Product, Product.id == Lot.product_id)
            .where(Product.slug.like("mau-%"))
        )
        assert stamps >= 100
        page = service.search_products("xoai", ProductFilters())
        assert page.total >= 4 + len([p for p in mango if p.status == "published"])
        assert (
            page.items[0].slug == "xoai-cat-chu-cao-lanh" or page.items[0].stars() == 5
        )
    again = runner.invoke(args=["demo", "load", "--synthetic", "10"])
    assert again.exit_code == 0, again.output


VIETNAMESE = (
    "Xoài Cát Chu ĐẶC SẢN Đồng Tháp ổi ưu ợ ỹ ằ ẳ ẵ ặ ấ ầ ẩ ẫ ậ ế ề ể ễ ệ ố ồ ổ ỗ ộ "
    "ớ ờ ở ỡ ợ ứ ừ ử ữ ự í ì ỉ ĩ ị ý ỳ ỷ ỹ ỵ An Bình xoa\u0300i"
)


def test_folding_is_the_same_in_python_and_in_the_engine(app, backend):
    from sqlalchemy import text

    from catalogue.search.text import fold, words
    from catalogue.search.whoosh_index import fold_analyzer

    assert fold("Đặc sản") == "dac san" and words("An Bình ý") == ["an", "binh", "y"]
    with app.app_context():
        if backend == "postgresql":
            folded = db.session.scalar(
                text("SELECT search_fold(:t)"), {"t": VIETNAMESE}
            )
            assert folded == fold(VIETNAMESE)
            lexemes = db.session.scalar(
                text("SELECT tsvector_to_array(search_words(:t))"), {"t": VIETNAMESE}
            )
            assert sorted(lexemes) == sorted(set(words(VIETNAMESE)))
        else:
            tokens = [t.text for t in fold_analyzer()(VIETNAMESE)]
            assert tokens == words(VIETNAMESE)


def test_reindex_command_rebuilds_search_on_either_engine(app, runner):
    result = runner.invoke(args=["search", "reindex"])
    assert result.exit_code == 0, result.output
    assert "published products" in result.output
    with app.app_context():
        page = service.search_products("xoaai", ProductFilters())
        assert page.items[0].slug == "xoai-cat-chu-cao-lanh"
