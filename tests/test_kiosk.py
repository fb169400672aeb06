"""Kiosk pages through the test client: no way out, timers, stamp checks, offline."""

import json
import re
from datetime import UTC, date, datetime
from html.parser import HTMLParser

import pytest
from sqlalchemy import func, select

from catalogue.extensions import db
from catalogue.models import Lot, Product, Scan, Stamp
from qr import codes, render

BASE = "https://ocop.example.vn"


class Links(HTMLParser):
    """Collects where a page can send a visitor, and anything run inline."""

    def __init__(self):
        super().__init__()
        self.targets, self.inline, self.scripts, self.text_links = [], [], [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("a", "area") and "href" in attrs:
            self.targets.append(attrs["href"])
        if tag == "form":
            self.targets.append(attrs.get("action") or "")
        if tag == "script":
            self.scripts.append(attrs.get("src"))
        if "target" in attrs or "formaction" in attrs:
            self.targets.append(f"<{tag} target/formaction>")
        if "style" in attrs or any(name.startswith("on") for name in attrs):
            self.inline.append(tag)


def parse(html: str) -> Links:
    links = Links()
    links.feed(html)
    return links


def stays_in_kiosk(target: str) -> bool:
    return target.startswith("/kiosk/")


def all_pages(client) -> list[str]:
    listed = client.get("/kiosk/precache.json").get_json()
    return [u for u in listed["shell"] + listed["pages"] if u.startswith("/kiosk/")]


def test_every_kiosk_page_loads_in_the_kiosk_layout_and_links_only_inside(client):
    pages = all_pages(client)
    assert len(pages) > 60  # both languages: index pages, groups, communes, products
    for url in pages:
        response = client.get(url)
        assert response.status_code == 200, url
        if response.mimetype != "text/html":
            continue
        html = response.get_data(as_text=True)
        assert 'class="k-body' in html and "site-header" not in html, url
        links = parse(html)
        leaving = [t for t in links.targets if not stays_in_kiosk(t)]
        assert leaving == [], (url, leaving)
        assert links.inline == [], url  # the CSP allows no inline style or handler
        assert links.scripts == ["/static/kiosk/kiosk.js"] or all(
            s and s.startswith("/static/kiosk/") for s in links.scripts
        ), url


def test_sample_data_notice_is_on_every_page_as_plain_text(client):
    for url in ("/kiosk/?lang=en", "/kiosk/stamp?lang=en", "/kiosk/groups/?lang=en"):
        html = client.get(url).get_data(as_text=True)
        notice = re.search(r'<p class="k-sample">(.*?)</p>', html, re.S).group(1)
        assert "Sample data." in notice and "<a" not in notice


def test_attract_screen_lists_top_rated_products_and_tourism_without_js(client):
    html = client.get("/kiosk/?lang=en").get_data(as_text=True)
    slides = re.findall(r'<li class="k-slide ', html)
    assert len(slides) >= 5
    assert "Cao Lãnh Cát Chu mango" in html  # a 5★ sample product
    assert "/kiosk/tourism/du-lich-sinh-thai-gao-giong?lang=en" in html
    for tile in (
        "/kiosk/groups/",
        "/kiosk/communes/",
        "/kiosk/tourism/",
        "/kiosk/stamp",
    ):
        assert f'href="{tile}?lang=en"' in html


def test_language_buttons_switch_and_kiosk_links_keep_the_language(client):
    html = client.get("/kiosk/groups/?lang=en").get_data(as_text=True)
    assert 'href="/kiosk/groups/?lang=vi"' in html
    assert "Product groups" in html
    assert 'href="/kiosk/groups/food?lang=en"' in html
    html_vi = client.get("/kiosk/groups/?lang=vi").get_data(as_text=True)
    assert "Nhóm sản phẩm" in html_vi


def test_product_page_shows_story_stars_where_to_buy_and_a_qr_of_its_public_url(
    client,
):
    response = client.get("/kiosk/products/xoai-cat-chu-cao-lanh?lang=en")
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    for text in ("The story", "Where to buy", "OCOP 5 stars", "sample-badge"):
        assert text in html
    url = f"{BASE}/products/xoai-cat-chu-cao-lanh"
    assert render.svg(url, border=4, ecl="M").strip() in html
    assert f'<p class="k-qr-url">{url}</p>' in html
    assert f'href="{url}"' not in html  # shown, never a link on the kiosk


def test_tourism_page_shows_visiting_details_and_products_of_the_commune(client):
    html = client.get("/kiosk/tourism/du-lich-sinh-thai-gao-giong?lang=en").get_data(
        as_text=True
    )
    assert "Opening hours" in html and "Tickets" in html and "What to do" in html
    assert "/kiosk/products/mat-ong-gao-giong?lang=en" in html
    assert render.svg(f"{BASE}/tourism/du-lich-sinh-thai-gao-giong").strip() in html


def test_links_in_producer_text_become_plain_text(app, client):
    with app.app_context():
        product = db.session.scalar(select(Product).filter_by(slug="mit-say"))
        product.story_en = "Buy it [on our shop](https://shop.example.com) today."
        db.session.commit()
    html = client.get("/kiosk/products/mit-say?lang=en").get_data(as_text=True)
    assert "on our shop" in html
    assert "shop.example.com" not in html


def test_tourism_slug_under_products_redirects_and_drafts_are_not_found(client):
    response = client.get("/kiosk/products/du-lich-sinh-thai-gao-giong?lang=en")
    assert response.status_code == 302
    assert response.headers["Location"].endswith(
        "/kiosk/tourism/du-lich-sinh-thai-gao-giong?lang=en"
    )
    for url in (
        "/kiosk/products/banh-kep-thien-an",
        "/kiosk/groups/nope",
        "/kiosk/communes/nope",
    ):
        assert client.get(url).status_code == 404


def test_long_lists_come_in_pages_with_big_buttons(client, monkeypatch):
    monkeypatch.setattr("catalogue.kiosk.queries.PER_PAGE", 5)
    html = client.get("/kiosk/groups/food?lang=en").get_data(as_text=True)
    assert html.count('class="k-card ') == 5
    assert 'href="/kiosk/groups/food?page=2&amp;lang=en"' in html
    second = client.get("/kiosk/groups/food?page=2&lang=en").get_data(as_text=True)
    assert "Page 2 of" in second
    assert 'href="/kiosk/groups/food?lang=en"' in second  # back to page 1
    assert client.get("/kiosk/groups/food?page=99").status_code == 404
    response = client.get("/kiosk/groups/food?page=abc&lang=en")
    assert response.status_code == 400
    assert "page must be a whole number" in response.get_data(as_text=True)


def test_unknown_kiosk_address_is_a_kiosk_404_with_no_way_out(client):
    response = client.get("/kiosk/login?lang=en")
    html = response.get_data(as_text=True)
    assert response.status_code == 404
    assert 'class="k-body' in html and "We could not find that page." in html
    assert all(stays_in_kiosk(t) for t in parse(html).targets)


def test_idle_and_attract_default_to_config_and_follow_the_query_then_cookie(
    app_factory,
):
    client = app_factory(KIOSK_IDLE_SECONDS=45, KIOSK_ATTRACT_SECONDS=9).test_client()
    html = client.get("/kiosk/").get_data(as_text=True)
    assert 'data-idle="45"' in html and 'data-attract="9"' in html
    response = client.get("/kiosk/?idle=2&attract=1")
    cookies = response.headers.getlist("Set-Cookie")
    assert any(c.startswith("kiosk_idle=2;") and "Path=/kiosk" in c for c in cookies)
    html = client.get("/kiosk/groups/").get_data(as_text=True)  # no query: cookie
    assert 'data-idle="2"' in html and 'data-attract="1"' in html


def test_idle_reset_goes_to_the_attract_screen_in_the_default_language(client):
    html = client.get("/kiosk/products/mit-say?lang=en").get_data(as_text=True)
    assert 'data-home="/kiosk/?lang=vi"' in html


@pytest.mark.parametrize("value", ["abc", "0", "-5", "99999999", "1.5"])
def test_malformed_idle_setting_is_a_clear_400(client, value):
    response = client.get(f"/kiosk/?idle={value}&lang=en")
    html = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "idle must be a whole number of seconds" in html
    assert 'class="k-body' in html


# Stamp checks: the same states as /t/<code>, and never a recorded scan.


def stamp_of(lot_code: str) -> Stamp:
    lot = db.session.scalar(select(Lot).filter_by(code=lot_code))
    return db.session.scalars(select(Stamp).filter_by(lot_id=lot.id)).first()


def scans_recorded() -> int:
    return db.session.scalar(select(func.count(Scan.id)))


def check(client, code: str):
    response = client.get("/kiosk/stamp", query_string={"code": code, "lang": "en"})
    return response.status_code, response.get_data(as_text=True)


def test_genuine_stamp_is_shown_without_recording_a_scan(app, client):
    with app.app_context():
        stamp = stamp_of("XCC-2025-04")
        code, before = stamp.code, (stamp.scan_count, scans_recorded())
    status, html = check(client, codes.display(code).lower())
    assert status == 200
    assert "Genuine stamp" in html and "XCC-2025-04" in html
    assert "/kiosk/products/xoai-cat-chu-cao-lanh?lang=en" in html
    assert "not counted as a scan" in html
    with app.app_context():
        stamp = db.session.scalar(select(Stamp).filter_by(code=code))
        assert (stamp.scan_count, scans_recorded()) == before


def test_often_scanned_stamp_warns_with_first_scan_date(app, client):
    with app.app_context():
        stamp = stamp_of("XCC-2025-04")
        stamp.scan_count = app.config["SCAN_WARN_THRESHOLD"] + 1
        stamp.first_scanned_at = datetime(2025, 4, 12, 9, 30, tzinfo=UTC)
        db.session.commit()
        code = stamp.code
    status, html = check(client, code)
    assert status == 200
    assert "Genuine, but scanned often" in html and "Apr 12, 2025" in html


def test_stamp_scanned_from_many_places_warns(app, client):
    with app.app_context():
        stamp = stamp_of("XHC-2025-05")
        places = app.config["SCAN_WARN_PLACES"] + 1
        for n in range(places):
            db.session.add(Scan(stamp_id=stamp.id, address_hash=f"h{n}"))
        stamp.scan_count = places
        db.session.commit()
        code = stamp.code
    assert "Genuine, but scanned often" in check(client, code)[1]


def test_stamp_of_a_recalled_lot_shows_the_recall(app, client):
    with app.app_context():
        code = stamp_of("MS-2025-08").code
    status, html = check(client, code)
    assert status == 200
    assert "Recalled: do not eat or use" in html and "Reason:" in html


def test_void_stamp_is_shown_as_void(app, client):
    with app.app_context():
        stamp = stamp_of("GBHT-2025-HT")
        stamp.voided_at = datetime(2025, 8, 1, tzinfo=UTC)
        db.session.commit()
        code = stamp.code
    status, html = check(client, code)
    assert status == 200 and "Void stamp" in html


def test_unknown_codes_are_404_and_garbage_is_400(app, client):
    unissued = codes.new_code(app.config["STAMP_SECRET"].encode())
    status, html = check(client, unissued)
    assert status == 404 and "is not a stamp of this site" in html
    forged = unissued[:-1] + ("0" if unissued[-1] != "0" else "1")
    assert check(client, forged)[0] == 404
    status, html = check(client, "hello")
    assert status == 400 and "16 letters and digits" in html
    assert 'value="hello"' in html  # the form keeps what was typed


def test_empty_stamp_form_offers_the_keypad(client):
    html = client.get("/kiosk/stamp?lang=en").get_data(as_text=True)
    assert html.count('class="k-key"') == 32  # the Crockford alphabet
    for letter in "ILOU":
        assert f'data-key="{letter}"' not in html


# Offline support.


def test_service_worker_is_served_from_the_kiosk_scope_with_a_version(client):
    response = client.get("/kiosk/sw.js")
    assert response.status_code == 200
    assert response.mimetype == "text/javascript"
    assert response.headers["Cache-Control"] == "no-cache"
    body = response.get_data(as_text=True)
    assert "__KIOSK_VERSION__" not in body
    assert re.search(r'const VERSION = "[0-9a-f]{16}";', body)


def test_manifest_and_precache_list_stay_in_the_kiosk(client):
    manifest = json.loads(client.get("/kiosk/manifest.webmanifest").data)
    assert manifest["scope"] == "/kiosk/"
    assert manifest["start_url"].startswith("/kiosk/")
    assert manifest["display"] == "fullscreen"
    for icon in manifest["icons"]:
        with client.get(icon["src"]) as response:
            assert response.status_code == 200
    listed = client.get("/kiosk/precache.json").get_json()
    assert "/kiosk/offline?lang=en" in listed["shell"]
    assert any(u.startswith("/static/kiosk/kiosk.css") for u in listed["shell"])
    assert "/kiosk/products/xoai-cao-lanh?lang=vi" in listed["pages"]


def test_expired_certificate_is_stated_plainly(app, client):
    with app.app_context():
        product = db.session.scalar(select(Product).filter_by(slug="mit-say"))
        for evaluation in product.evaluations:
            evaluation.decided_on = date(2019, 1, 10)
            evaluation.expires_on = date(2022, 1, 10)
        db.session.commit()
    html = client.get("/kiosk/products/mit-say?lang=en").get_data(as_text=True)
    assert "expired on" in html and "not currently certified" in html
    assert "OCOP 4 stars" not in html and "OCOP 3 stars" not in html


@pytest.mark.parametrize(
    ("slug", "drawing"),
    [
        ("mat-ong-gao-giong", "honey"),
        ("nam-rom-phuong-tra", "mushroom"),  # not tea, though Phương Trà
        ("gao-sach-binh-hang-trung", "rice"),  # not eggs, though Bình Hàng Trung
        ("hoa-sen-tuu", "beverages"),  # other groups keep their group's drawing
        ("tham-luc-binh-my-hiep", "souvenirs"),
    ],
)
def test_products_without_photos_get_a_local_drawing_of_what_they_are(
    client, slug, drawing
):
    html = client.get(f"/kiosk/products/{slug}?lang=en").get_data(as_text=True)
    assert re.search(rf'<img src="/static/kiosk/img/{drawing}\.svg[?"]', html)
