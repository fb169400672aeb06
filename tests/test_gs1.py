"""GS1 Digital Link: syntax, resolution, linksets, CORS and the resolver description."""

import pytest
from sqlalchemy import select

from catalogue.extensions import db
from catalogue.models import Lot, Product, Stamp
from catalogue.trace.gs1 import DigitalLinkError, normalise_gtin, parse
from qr import codes

MANGO_GTIN = "2087300000013"  # sample GTIN (restricted-circulation prefix 20)
MANGO_14 = "02087300000013"
LOT = "XCC-2025-04"
LINKSET = "application/linkset+json"
GS1 = "https://gs1.org/voc/"


def mango_stamp(app, lot: str = LOT) -> str:
    with app.app_context():
        return db.session.scalar(
            select(Stamp.code).join(Lot).where(Lot.code == lot).order_by(Stamp.id)
        )


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("2087300000013", "02087300000013"),
        ("02087300000013", "02087300000013"),
        ("96385074", "00000096385074"),  # GTIN-8
        ("036000291452", "00036000291452"),  # GTIN-12 (UPC-A)
    ],
)
def test_gtins_are_padded_to_14_digits(raw, expected):
    assert normalise_gtin(raw) == expected


@pytest.mark.parametrize(
    "raw", ["2087300000014", "12345", "20873000000A3", "208730000001３", ""]
)
def test_bad_gtins_are_refused(raw):
    with pytest.raises(DigitalLinkError):
        normalise_gtin(raw)


def test_qualifiers_parse_in_order_only():
    link = parse(f"{MANGO_14}/10/{LOT}/21/ABC")
    assert (link.gtin, link.lot, link.serial) == (MANGO_14, LOT, "ABC")
    assert parse(f"{MANGO_GTIN}/21/ABC").serial == "ABC"
    for bad in (
        f"{MANGO_14}/21/ABC/10/{LOT}",
        f"{MANGO_14}/10/{LOT}/10/{LOT}",
        f"{MANGO_14}/22/X",
        f"{MANGO_14}/10",
        f"{MANGO_14}/10/",
        f"{MANGO_14}/10/{'A' * 21}",
    ):
        with pytest.raises(DigitalLinkError):
            parse(bad)


@pytest.mark.parametrize(
    "path",
    [
        "/01/2087300000014",  # wrong check digit
        "/01/abc",
        "/01/20873",
        f"/01/{MANGO_14}/21/X/10/{LOT}",
        f"/01/{MANGO_14}/22/ABC",
        f"/01/{MANGO_14}/10",
    ],
)
def test_bad_syntax_is_400(client, path):
    page = client.get(path)
    assert page.status_code == 400
    assert page.headers["Access-Control-Allow-Origin"] == "*"


def test_product_resolves_to_its_page(client):
    for gtin in (MANGO_GTIN, MANGO_14):
        page = client.get(f"/01/{gtin}")
        assert page.status_code == 307
        assert page.headers["Location"] == "/products/xoai-cat-chu-cao-lanh"
        assert 'rel="linkset"' in page.headers["Link"]


def test_lot_resolves_to_its_page(client):
    page = client.get(f"/01/{MANGO_14}/10/{LOT}")
    assert page.status_code == 307
    assert page.headers["Location"] == f"/products/xoai-cat-chu-cao-lanh/lots/{LOT}"


def test_unknown_gtin_or_lot_is_404(client):
    assert client.get("/01/02087300000099").status_code == 404  # valid, not ours
    assert client.get(f"/01/{MANGO_14}/10/NOPE-1").status_code == 404


def test_serial_shows_the_stamp_and_counts_a_scan(app, client):
    code = mango_stamp(app)
    path = f"/01/{MANGO_14}/10/{LOT}/21/{code}"
    page = client.get(path, headers={"Accept-Language": "en"})
    assert page.status_code == 200
    assert "Genuine stamp" in page.get_data(as_text=True)
    assert client.get(f"/api/v1/stamps/{code}").get_json()["scans"] == 1


def test_serial_of_another_lot_or_forged_is_404(app, client):
    other = mango_stamp(app, "XHC-2025-05")
    assert client.get(f"/01/{MANGO_14}/10/{LOT}/21/{other}").status_code == 404
    forged = codes.new_code(b"someone else")
    assert client.get(f"/01/{MANGO_14}/10/{LOT}/21/{forged}").status_code == 404


def test_linkset_by_query_or_accept_header(client):
    for page in (
        client.get(f"/01/{MANGO_14}/10/{LOT}?linkType=linkset"),
        client.get(f"/01/{MANGO_14}/10/{LOT}", headers={"Accept": LINKSET}),
    ):
        assert page.status_code == 200
        assert page.mimetype == LINKSET
        (entry,) = page.get_json()["linkset"]
        assert entry["anchor"] == f"https://ocop.example.vn/01/{MANGO_14}/10/{LOT}"
        assert entry[GS1 + "pip"][0]["href"].endswith("/products/xoai-cat-chu-cao-lanh")
        assert entry[GS1 + "traceability"][0]["href"].endswith(f"/lots/{LOT}")
        assert entry[GS1 + "certificationInfo"][0]["href"].endswith("#certificate")
        assert "/producers/" in entry["http://schema.org/manufacturer"][0]["href"]
        assert entry[GS1 + "defaultLink"] == entry[GS1 + "traceability"]


def test_linkset_of_a_recalled_lot_links_the_recall(client):
    page = client.get("/01/02087300000020/10/MS-2025-08?linkType=linkset")
    (entry,) = page.get_json()["linkset"]
    assert entry[GS1 + "recallStatus"][0]["href"].endswith("/lots/MS-2025-08#recall")


def test_linkset_of_a_stamp_does_not_count_a_scan(app, client):
    code = mango_stamp(app)
    page = client.get(f"/01/{MANGO_14}/10/{LOT}/21/{code}?linkType=linkset")
    (entry,) = page.get_json()["linkset"]
    assert entry[GS1 + "verificationService"][0]["href"].endswith(f"/t/{code}")
    assert client.get(f"/api/v1/stamps/{code}").get_json()["scans"] == 0


def test_link_type_picks_one_link(client):
    page = client.get(f"/01/{MANGO_14}/10/{LOT}?linkType=gs1:pip")
    assert page.status_code == 307
    assert page.headers["Location"] == "/products/xoai-cat-chu-cao-lanh"


def test_options_and_head_answer_with_cors(client):
    options = client.options(f"/01/{MANGO_14}")
    assert options.status_code == 204
    assert "GET" in options.headers["Access-Control-Allow-Methods"]
    assert "OPTIONS" in options.headers["Allow"]
    head = client.head(f"/01/{MANGO_14}")
    assert (
        head.status_code == 307 and head.headers["Access-Control-Allow-Origin"] == "*"
    )
    get = client.get(f"/01/{MANGO_14}")
    assert "Link" in get.headers["Access-Control-Expose-Headers"]


def test_errors_are_json_for_linkset_clients(client):
    page = client.get("/01/2087300000014", headers={"Accept": LINKSET})
    assert page.status_code == 400
    assert page.get_json()["error"]["code"] == "bad_request"


def test_unpublished_product_does_not_resolve(app, client):
    with app.app_context():
        product = db.session.scalar(select(Product).where(Product.gtin == MANGO_GTIN))
        product.status = "archived"
        db.session.commit()
    assert client.get(f"/01/{MANGO_14}").status_code == 404


def test_resolver_description(client):
    page = client.get("/.well-known/gs1resolver")
    assert page.status_code == 200
    body = page.get_json()
    assert body["resolverRoot"] == "https://ocop.example.vn"
    assert body["supportedPrimaryKeys"] == ["01"]
    assert page.headers["Access-Control-Allow-Origin"] == "*"
