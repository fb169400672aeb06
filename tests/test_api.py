"""JSON API v1 for products and producers, and its OpenAPI description."""

import pytest
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate
from referencing import Registry
from referencing.jsonschema import DRAFT202012

BOTH_BACKENDS = True


@pytest.fixture
def spec(client):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    return response.get_json()


def conforms(spec: dict, schema_name: str, body) -> None:
    """Assert a response body matches a schema of the OpenAPI document."""
    resource = DRAFT202012.create_resource(spec)
    registry = Registry().with_resource("urn:openapi", resource)
    schema = {"$ref": f"urn:openapi#/components/schemas/{schema_name}"}
    errors = list(Draft202012Validator(schema, registry=registry).iter_errors(body))
    assert not errors, [e.message for e in errors[:3]]


def test_openapi_document_is_valid_3_1_and_describes_every_v1_route(spec):
    validate(spec)
    assert spec["openapi"] == "3.1.0"
    assert spec["servers"][0]["url"] == "https://ocop.example.vn/api/v1"
    for path in [
        "/products",
        "/products/{slug}",
        "/producers",
        "/producers/{slug}",
        "/lots/{slug}/{lot}",
        "/stamps/{code}",
        "/search",
        "/suggest",
    ]:
        assert "get" in spec["paths"][path], path


def test_product_list_has_the_envelope_and_items_of_the_spec(client, spec, backend):
    body = client.get("/api/v1/products?per_page=5").get_json()
    assert set(body) == {"items", "total", "page", "per_page"}
    assert body["per_page"] == 5 and body["page"] == 1 and len(body["items"]) == 5
    conforms(spec, "ProductPage", body)
    first = body["items"][0]
    assert first["slug"] == "xoai-cat-chu-cao-lanh" and first["stars"] == 5
    assert first["name"] == {
        "vi": "Xoài Cát Chu Cao Lãnh",
        "en": "Cao Lãnh Cát Chu mango",
    }
    assert first["certificate"]["number"] == "4530/QĐ-BNN-VPĐP"
    assert first["certificate"]["level"] == "national"
    assert first["certificate"]["expires_on"] == "2027-10-15"
    assert first["certificate"]["is_sample"] is True
    assert first["url"] == "https://ocop.example.vn/products/xoai-cat-chu-cao-lanh"


def test_product_list_filters_like_the_page(client):
    body = client.get("/api/v1/products?stars=4&stars=5&per_page=100").get_json()
    assert body["total"] == len(body["items"]) >= 4
    assert {item["stars"] for item in body["items"]} <= {4, 5}
    body = client.get("/api/v1/products?commune=gao-giong&group=food").get_json()
    assert all(i["commune"]["slug"] == "gao-giong" for i in body["items"])
    assert all(i["group"]["code"] == "food" for i in body["items"])


def test_product_without_current_certificate_has_null_stars(client):
    body = client.get("/api/v1/products/khoai-lang-say").get_json()
    assert body["stars"] is None and body["certificate"] is None
    assert body["certificates"][0]["state"] == "expired"


def test_single_product_lists_its_lots_and_details(client, spec, backend):
    body = client.get("/api/v1/products/mit-say").get_json()
    conforms(spec, "ProductDetail", body)
    lots = {lot["code"]: lot for lot in body["lots"]}
    assert lots["MS-2025-08"]["recalled"] is True
    assert lots["MS-2025-08"]["packed_on"]
    assert lots["MS-2025-08"]["url"].endswith("/products/mit-say/lots/MS-2025-08")
    assert body["gtin"] == "2087300000020"
    assert body["price"]["currency"] == "VND"


def test_tourism_product_carries_visiting_details(client, spec):
    body = client.get("/api/v1/products/du-lich-sinh-thai-gao-giong").get_json()
    conforms(spec, "ProductDetail", body)
    assert body["is_tourism"] is True
    assert body["tourism"]["tickets"][0]["price"] == 40000
    assert body["url"].endswith("/tourism/du-lich-sinh-thai-gao-giong")


def test_producers_list_and_detail(client, spec):
    listed = client.get("/api/v1/producers").get_json()
    conforms(spec, "ProducerPage", listed)
    assert listed["total"] >= 10
    body = client.get("/api/v1/producers/htx-xoai-my-xuong").get_json()
    conforms(spec, "ProducerDetail", body)
    assert body["legal_form"] == "cooperative"
    assert {p["slug"] for p in body["products"]} >= {"xoai-cat-chu-cao-lanh"}


def test_reads_answer_304_to_conditional_requests(client):
    first = client.get("/api/v1/products/mit-say")
    assert first.headers["ETag"] and first.headers["Last-Modified"]
    by_etag = client.get(
        "/api/v1/products/mit-say", headers={"If-None-Match": first.headers["ETag"]}
    )
    assert by_etag.status_code == 304 and by_etag.data == b""
    by_date = client.get(
        "/api/v1/products/mit-say",
        headers={"If-Modified-Since": first.headers["Last-Modified"]},
    )
    assert by_date.status_code == 304
    other = client.get("/api/v1/products", headers={"If-None-Match": '"nope"'})
    assert other.status_code == 200


def test_changing_a_product_changes_its_etag(app, client):
    from sqlalchemy import select

    from catalogue.extensions import db
    from catalogue.models import Product

    first = client.get("/api/v1/products/mit-say")
    with app.app_context():
        item = db.session.scalars(
            select(Product).where(Product.slug == "mit-say")
        ).one()
        item.summary_en = "Changed."
        db.session.commit()
    again = client.get(
        "/api/v1/products/mit-say", headers={"If-None-Match": first.headers["ETag"]}
    )
    assert again.status_code == 200 and again.get_json()["summary"]["en"] == "Changed."


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/api/v1/products/no-such-product", 404),
        ("/api/v1/products/%00", 404),
        ("/api/v1/producers/no-such-producer", 404),
        ("/api/v1/products?stars=abc", 400),
        ("/api/v1/products?page=-1", 400),
        ("/api/v1/products?per_page=101", 200),
        ("/api/v1/products?per_page=0", 400),
        ("/api/v1/products?group=%27%3B%20DROP%20TABLE%20product%3B--", 400),
        ("/api/v1/producers?page=abc", 400),
        ("/api/v1/nothing-here", 404),
    ],
)
def test_errors_are_json_with_code_and_message(client, spec, path, status, backend):
    response = client.get(path, headers={"Accept-Language": "en"})
    assert response.status_code == status
    assert response.mimetype == "application/json"
    if status >= 400:
        conforms(spec, "Error", response.get_json())
        assert "<" not in response.get_json()["error"]["message"]


def test_per_page_is_capped_at_100(client):
    assert client.get("/api/v1/products?per_page=101").get_json()["per_page"] == 100


def test_huge_page_is_an_empty_list(client):
    body = client.get("/api/v1/products?page=999999999").get_json()
    assert body["items"] == [] and body["total"] > 0


def test_text_query_is_sent_to_search(client):
    response = client.get("/api/v1/products?q=xoai&stars=5")
    assert response.status_code == 302
    assert response.headers["Location"] == "/api/v1/search?q=xoai&stars=5"


def test_api_is_open_to_other_sites(client):
    response = client.get("/api/v1/products")
    assert response.headers["Access-Control-Allow-Origin"] == "*"


def test_list_is_not_304_after_a_product_is_withdrawn(app, client, backend):
    import time

    from sqlalchemy import select

    from catalogue.extensions import db
    from catalogue.models import Product

    first = client.get("/api/v1/products")
    time.sleep(1.1)  # HTTP dates have whole seconds
    with app.app_context():
        item = db.session.scalars(
            select(Product).where(Product.slug == "mit-say")
        ).one()
        item.status = "archived"
        db.session.commit()
    again = client.get(
        "/api/v1/products",
        headers={"If-Modified-Since": first.headers["Last-Modified"]},
    )
    assert again.status_code == 200
    assert "mit-say" not in {i["slug"] for i in again.get_json()["items"]}


def test_search_and_suggest_answers_match_their_description(client, spec):
    search = client.get("/api/v1/search?q=xoai")
    assert search.status_code == 200
    conforms(spec, "SearchResult", search.get_json())
    suggest = client.get("/api/v1/suggest?q=xo")
    assert suggest.status_code == 200
    conforms(spec, "Suggestions", suggest.get_json())


def test_lot_and_stamp_answers_match_their_description(app, client, spec):
    from sqlalchemy import select

    from catalogue.extensions import db
    from catalogue.models import Stamp

    lot = client.get("/api/v1/lots/mit-say/MS-2025-08")
    assert lot.status_code == 200
    conforms(spec, "Lot", lot.get_json())
    with app.app_context():
        code = db.session.scalars(select(Stamp.code)).first()
    stamp = client.get(f"/api/v1/stamps/{code}")
    assert stamp.status_code == 200
    conforms(spec, "Stamp", stamp.get_json())
