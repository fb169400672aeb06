"""Public pages through the client: what a consumer or tourist reads, in vi and en."""

import io
import json
import re
from xml.etree import ElementTree

import pytest
from PIL import Image
from sqlalchemy import event, select

from catalogue.extensions import db
from catalogue.media import store_image
from catalogue.models import Photo, Product

BOTH_BACKENDS = True


def page(client, path, lang="en", status=200, **kwargs):
    """GET a page in a language and return its text."""
    joiner = "&" if "?" in path else "?"
    response = client.get(f"{path}{joiner}lang={lang}", **kwargs)
    assert response.status_code == status, (path, response.status_code)
    return response.get_data(as_text=True)


def product(app, slug) -> Product:
    return db.session.scalars(select(Product).where(Product.slug == slug)).one()


def jsonld(html: str) -> dict:
    found = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert found, "no JSON-LD"
    return json.loads(found.group(1))


# --- home and navigation -------------------------------------------------------


def test_home_shows_search_featured_groups_tourism_and_progress(client, backend):
    html = page(client, "/")
    assert 'action="/search"' in html and 'data-suggest-url="/api/v1/suggest"' in html
    assert "Cao Lãnh Cát Chu mango" in html  # the demo's 5★ product
    assert "Dried banana" in html  # a 4★ product
    assert "Dried sweet potato" not in html  # its certificate expired
    assert 'href="/products?group=food"' in html
    assert "Gáo Giồng eco-tourism" in html
    assert "Progress towards the 2025 targets: 1 of 3 five-star products" in html


def test_every_page_has_navigation_language_switch_and_login_link(client):
    for path in ["/", "/products", "/producers", "/tourism", "/products/mit-say"]:
        html = page(client, path)
        for href in ["/products", "/producers", "/tourism", "/programme", "/verify"]:
            assert f'href="{href}"' in html, (path, href)
        assert 'href="/login"' in html
        assert 'hreflang="vi"' in html and 'hreflang="en"' in html
        assert 'lang="en"' in html.split(">", 2)[1]


def test_language_comes_from_accept_language_and_is_remembered(client):
    html = client.get("/", headers={"Accept-Language": "en-GB,en;q=0.8"}).text
    assert "Featured products" in html
    html = client.get("/", headers={"Accept-Language": "vi"}).text
    assert "Sản phẩm tiêu biểu" in html
    client.get("/?lang=en")
    assert (
        "Featured products" in client.get("/", headers={"Accept-Language": "vi"}).text
    )


def test_alternates_and_canonical_point_at_both_languages(client):
    html = page(client, "/products/mit-say", lang="vi")
    assert (
        '<link rel="alternate" hreflang="en" '
        'href="https://ocop.example.vn/products/mit-say?lang=en">'
    ) in html
    assert (
        'rel="canonical" href="https://ocop.example.vn/products/mit-say?lang=vi"'
        in (html)
    )
    assert (
        'hreflang="x-default" href="https://ocop.example.vn/products/mit-say"' in html
    )


# --- product list --------------------------------------------------------------


def test_star_filter_lists_only_products_with_current_certificates_of_that_level(
    client,
):
    html = page(client, "/products?stars=5")
    assert "Cao Lãnh Cát Chu mango" in html
    assert "Dried jackfruit" not in html
    assert "1 product" in html
    html = page(client, "/products?stars=3")
    assert "Dried sweet potato" not in html  # expired 3★
    assert "Gáo Giồng candied fruit" not in html  # revoked 3★


def test_facet_counts_match_the_lists_they_lead_to(client):
    html = page(client, "/products")
    for level in (3, 4, 5):
        shown = re.search(
            rf'value="{level}"[^>]*> {level}★ <span class="count">\((\d+)\)', html
        )
        listed = page(client, f"/products?stars={level}")
        count = int(re.search(r"(\d+) products?<", listed).group(1))
        assert int(shown.group(1)) == count


def test_group_commune_and_producer_filters_combine(client):
    html = page(client, "/products?commune=gao-giong&group=food")
    assert "Gáo Giồng melaleuca honey" in html
    assert "Gáo Giồng eco-tourism" not in html
    assert "Cao Lãnh mango" not in html
    html = page(client, "/products?producer=htx-xoai-my-xuong")
    assert "Cao Lãnh Cát Chu mango" in html and "Dried banana" not in html
    assert "of one producer" in html


def test_list_is_paginated_with_links_keeping_the_filters(app_factory):
    client = app_factory(PER_PAGE=4).test_client()
    first = page(client, "/products?group=food")
    assert first.count('class="card"') == 4
    assert 'rel="next" href="/products?group=food&amp;page=2"' in first
    second = page(client, "/products?group=food&page=2")
    assert 'rel="prev"' in second
    assert set(re.findall(r'href="(/products/[^"]+)"', first)).isdisjoint(
        re.findall(r'href="(/products/[^"]+)"', second)
    )


def test_text_query_on_products_goes_to_search_with_the_same_query(client):
    response = client.get("/products?q=xoai+cat&stars=5")
    assert response.status_code == 302
    assert response.headers["Location"] == "/search?q=xoai+cat&stars=5"


def test_unpublished_products_are_neither_listed_nor_shown(client):
    assert "banh-kep-thien-an" not in page(client, "/products?page=1")
    page(client, "/products/banh-kep-thien-an", status=404)


# --- bad input -----------------------------------------------------------------

BAD_FILTERS = [
    "stars=abc",
    "stars=6",
    "stars=%C2%B2",
    "page=-1",
    "page=0",
    "page=1.5",
    "page=%EF%BC%91",
    "group=%00food",
    "group=food%27%20OR%201%3D1--",
    "commune=..%2F..%2Fetc%2Fpasswd",
    "producer=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "commune=" + "a" * 10_000,
]


@pytest.mark.parametrize("query", BAD_FILTERS)
def test_bad_filter_values_are_a_clear_400_not_reflected(client, query, backend):
    response = client.get(f"/products?{query}&lang=en")
    assert response.status_code == 400
    html = response.get_data(as_text=True)
    assert "<script>alert" not in html
    assert "must be" in html


@pytest.mark.parametrize("query", ["page=999999999", "page=99999999999999999999"])
def test_huge_page_numbers_give_an_empty_page_or_400(client, query, backend):
    response = client.get(f"/products?{query}&lang=en")
    assert response.status_code in (200, 400)
    if response.status_code == 200:
        assert "There are no products on this page." in response.text


def test_huge_or_hostile_text_query_never_fails(client):
    response = client.get("/products", query_string={"q": "x" * 10_000 + "\0<b>"})
    assert response.status_code == 302
    assert "<b>" not in response.headers["Location"]


@pytest.mark.parametrize(
    "path",
    [
        "/products/no-such-thing",
        "/products/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "/products/x%00y",
        "/producers/no-such-producer",
        "/producers/UPPER",
        "/tourism/no-such-place",
    ],
)
def test_unknown_slugs_are_a_localised_404(client, path, backend):
    assert "Page not found" in page(client, path, "en", status=404)
    vi = page(client, path, "vi", status=404)
    assert "Không tìm thấy trang" in vi
    assert "<script>alert" not in vi


def test_search_box_echoes_typed_text_escaped(client):
    html = page(
        client,
        "/producers?page=x&q=%22%3E%3Cscript%3Ealert(1)%3C/script%3E",
        status=400,
    )
    assert "<script>alert(1)" not in html
    assert "&#34;&gt;&lt;script&gt;" in html


def test_server_error_is_a_localised_page(app_factory):
    app = app_factory()

    def boom():
        raise RuntimeError("kaboom")

    app.add_url_rule("/boom", "boom", boom)
    client = app.test_client()
    en = client.get("/boom?lang=en")
    assert en.status_code == 500
    assert "Something went wrong" in en.text and "kaboom" not in en.text
    assert "Đã có lỗi xảy ra" in client.get("/boom?lang=vi").text


# --- product page --------------------------------------------------------------


def test_product_page_shows_the_certificate_in_full(client, backend):
    html = page(client, "/products/xoai-cat-chu-cao-lanh")
    assert 'aria-label="5 of 5 OCOP stars"' in html
    assert "National level" in html
    assert "4530/QĐ-BNN-VPĐP" in html
    assert "Oct 15, 2024" in html  # decision date
    assert "valid until Oct 15, 2027" in html
    assert "Decision 148/QĐ-TTg (2023)" in html
    assert "91 of 100 points (A 37/40, B 22/25, C 32/35)" in html
    assert "What do the stars mean?" in html
    assert "sample data" in html


def test_product_page_in_vietnamese_formats_dates_and_prices_the_vietnamese_way(
    client,
):
    html = page(client, "/products/xoai-cat-chu-cao-lanh", lang="vi")
    assert "hiệu lực đến 15 thg 10, 2027" in html
    assert "45.000\xa0₫" in html
    en = page(client, "/products/xoai-cat-chu-cao-lanh", lang="en")
    assert "₫45,000" in en


def test_expired_certificate_is_shown_as_expired_never_as_current(client):
    html = page(client, "/products/khoai-lang-say")
    assert "certificate expired on" in html
    panel = html.split("OCOP certificate", 1)[1].split("</dl>")[0]
    assert "Was valid until</dt><dd>Nov 12, 2024" in panel
    assert ">Valid<" not in panel and "valid until Nov" not in panel
    assert "Expired" in panel


def test_revoked_certificate_is_shown_as_revoked(client):
    html = page(client, "/products/mut-gao-giong")
    assert "certificate revoked on" in html
    assert 'class="state-revoked"' in html


def test_product_page_labels_official_and_declared_facts(client):
    html = page(client, "/products/xoai-cat-chu-cao-lanh")
    assert html.count("source-official") >= 2
    assert html.count("Declared by the producer") >= 2
    assert "VietGAP" in html and "GlobalGAP" in html
    assert "In season: March, April, May, June" in html
    assert "Where to buy" in html
    assert 'href="/producers/htx-xoai-my-xuong"' in html


def test_product_page_lists_lots_linking_to_lot_pages_and_recalls(client):
    html = page(client, "/products/xoai-cat-chu-cao-lanh")
    assert 'href="/products/xoai-cat-chu-cao-lanh/lots/XCC-2025-04"' in html
    recalled = page(client, "/products/mit-say")
    assert "Recalled on Sep 20, 2025" in recalled


def test_story_markdown_is_rendered_and_sanitised(app, client):
    with app.app_context():
        item = product(app, "xoai-cao-lanh")
        item.story_en = (
            "**Bold** words.\n\n<script>alert('x')</script>\n\n"
            "[click](javascript:alert(1)) <img src=x onerror=alert(1)>"
        )
        db.session.commit()
    html = page(client, "/products/xoai-cao-lanh")
    assert "<strong>Bold</strong>" in html
    assert "<script>alert" not in html
    assert "javascript:" not in html and "onerror" not in html


def test_missing_english_falls_back_to_vietnamese_with_a_note(app, client):
    with app.app_context():
        item = product(app, "xoai-cao-lanh")
        item.name_en = item.summary_en = item.story_en = item.description_en = ""
        db.session.commit()
    html = page(client, "/products/xoai-cao-lanh")
    assert '<span lang="vi">Xoài Cao Lãnh</span>' in html
    assert "Shown in Vietnamese: no English text yet." in html
    assert 'lang="vi">Xoài cát trồng' in html
    assert "Shown in Vietnamese" not in page(client, "/products/mit-say")


def test_product_without_photos_shows_its_group_illustration(client):
    html = page(client, "/products/hoa-sen-tuu")
    assert re.search(
        r'<img src="/static/img/groups/beverages.svg\?v=\w+"[^>]*alt=""', html
    )


def test_gallery_serves_responsive_lazy_webp_photos(app, client):
    with app.test_request_context("/"):
        item = product(app, "mit-say")
        for position, colour in enumerate(["orange", "green"]):
            buffer = io.BytesIO()
            Image.new("RGB", (1400, 1050), colour).save(buffer, "JPEG")
            info = store_image(buffer.getvalue())
            item.photos.append(
                Photo(
                    **info,
                    position=position,
                    alt_vi="Mít sấy",
                    alt_en="Dried jackfruit",
                )
            )
        db.session.commit()
    html = page(client, "/products/mit-say")
    images = re.findall(r"<figure>\s*<img ([^>]*)>", html)
    assert len(images) == 2
    assert (
        'srcset="/media/' in images[0] and "320w" in images[0] and "1024w" in images[0]
    )
    assert 'fetchpriority="high"' in images[0] and 'loading="lazy"' in images[1]
    assert 'width="1400" height="1050"' in images[0]
    assert 'alt="Dried jackfruit"' in images[0]
    photo_url = re.search(r'src="(/media/[^"]+)"', images[0]).group(1)
    with client.get(photo_url) as served:
        assert served.status_code == 200
    assert 'og:image" content="https://ocop.example.vn/media/' in html


def test_product_page_has_open_graph_and_product_json_ld_with_certification(client):
    html = page(client, "/products/xoai-cat-chu-cao-lanh")
    assert '<meta property="og:type" content="product">' in html
    assert 'og:title" content="Cao Lãnh Cát Chu mango · OCOP 5★"' in html
    assert re.search(
        r'og:image" content="https://ocop\.example\.vn/static/img/og/food\.png', html
    )
    data = jsonld(html)
    assert data["@type"] == "Product"
    assert data["gtin14"] == "02087300000013"
    cert = data["hasCertification"]
    assert cert["@type"] == "Certification"
    assert cert["certificationIdentification"] == "4530/QĐ-BNN-VPĐP"
    assert cert["expires"] == "2027-10-15"
    assert "not official" in cert["description"]
    assert "aggregateRating" not in data and "review" not in data
    assert data["offers"]["priceCurrency"] == "VND"


def test_json_ld_cannot_be_broken_out_of(app, client):
    with app.app_context():
        product(app, "mit-say").summary_en = "</script><script>alert(1)</script>"
        db.session.commit()
    html = page(client, "/products/mit-say")
    assert "</script><script>alert(1)" not in html
    assert jsonld(html)["description"] == "</script><script>alert(1)</script>"


def test_product_page_html_and_css_weigh_under_50_kb_compressed(client):
    import gzip

    html = client.get("/products/xoai-cat-chu-cao-lanh?lang=vi").data
    css_url = re.search(rb'rel="stylesheet" href="([^"]+)"', html).group(1).decode()
    with client.get(css_url.replace("&amp;", "&")) as response:
        css = response.data
    assert len(gzip.compress(html)) + len(gzip.compress(css)) < 50 * 1024


def test_product_with_expired_certificate_has_no_certification_in_json_ld(client):
    data = jsonld(page(client, "/products/khoai-lang-say"))
    assert "hasCertification" not in data


def test_product_page_loads_no_third_party_resources(client):
    html = page(client, "/products/xoai-cat-chu-cao-lanh")
    for attribute in re.findall(r'(?:src|href)="([^"]+)"', html):
        if attribute.startswith("http"):
            # Only outgoing links and this site's absolute URLs (alternates).
            assert attribute.startswith("https://ocop.example.vn") or "rel=" in html
    assert not re.search(
        r'<(?:script|img|link)[^>]+(?:src|href)="https?://(?!ocop)', html
    )
    assert "<iframe" not in html


def test_product_page_answers_304_when_unchanged(client):
    first = client.get("/products/mit-say?lang=en")
    again = client.get(
        "/products/mit-say?lang=en", headers={"If-None-Match": first.headers["ETag"]}
    )
    assert again.status_code == 304 and again.data == b""


def test_product_page_runs_a_bounded_number_of_queries(app):
    client = app.test_client()
    client.get("/products/mit-say")  # warm up
    statements = []
    with app.app_context():
        engine = db.engine
    listener = lambda *args: statements.append(args[2])  # noqa: E731
    event.listen(engine, "before_cursor_execute", listener)
    try:
        client.get("/products/xoai-cat-chu-cao-lanh")
        product_queries = len(statements)
        statements.clear()
        client.get("/products")
        list_queries = len(statements)
    finally:
        event.remove(engine, "before_cursor_execute", listener)
    assert product_queries <= 12
    assert list_queries <= 14


def test_tourism_product_url_leads_to_the_tourism_page(client):
    response = client.get("/products/du-lich-sinh-thai-gao-giong")
    assert response.status_code == 302
    assert response.headers["Location"] == "/tourism/du-lich-sinh-thai-gao-giong"
    assert client.get("/tourism/mit-say").headers["Location"] == "/products/mit-say"


# --- producers -----------------------------------------------------------------


def test_producer_directory_and_page(client):
    html = page(client, "/producers")
    assert 'href="/producers/htx-xoai-my-xuong"' in html
    assert "Cooperative (HTX)" in html
    detail = page(client, "/producers/htx-xoai-my-xuong")
    assert "Cao Lãnh Cát Chu mango" in detail
    assert 'href="tel:0277000020"' in detail
    assert "geo:" in detail


# --- tourism -------------------------------------------------------------------


def test_tourism_list_names_the_three_sites(client):
    html = page(client, "/tourism")
    for name in ["Gáo Giồng", "Xẻo Quýt", "Minh Phát"]:
        assert name in html


def test_tourism_page_has_everything_a_visitor_needs(client, backend):
    html = page(client, "/tourism/du-lich-sinh-thai-gao-giong")
    assert "Paddle a small boat through the melaleuca forest" in html
    assert "7 am – 5 pm daily" in html
    assert "₫40,000" in html and "Adult entry" in html
    assert "ấp 4, xã Gáo Giồng" in html
    assert 'href="geo:10.62150,105.64520?q=10.62150,105.64520(' in html
    assert "openstreetmap.org/?mlat=10.62150&amp;mlon=105.64520" in html
    assert "<iframe" not in html
    assert "Best months: August, September, October, November" in html
    assert "How to get there" in html
    assert "OCOP products of Gáo Giồng" in html
    assert "Gáo Giồng melaleuca honey" in html
    assert "Where to buy:" in html
    vi = page(client, "/tourism/du-lich-sinh-thai-gao-giong", lang="vi")
    assert "40.000\xa0₫" in vi and "Đi xuồng ba lá xuyên rừng tràm" in vi


def test_free_tickets_say_free(client):
    html = page(client, "/tourism/diem-du-lich-sinh-thai-minh-phat")
    assert "Free" in html


# --- discovery -----------------------------------------------------------------


def test_sitemap_lists_public_pages_in_both_languages(client):
    response = client.get("/sitemap.xml")
    assert response.mimetype == "application/xml"
    root = ElementTree.fromstring(response.data)
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locs = [el.text for el in root.findall("s:url/s:loc", ns)]
    assert "https://ocop.example.vn/products/mit-say?lang=en" in locs
    assert "https://ocop.example.vn/tourism/khu-du-lich-xeo-quyt?lang=vi" in locs
    assert "https://ocop.example.vn/producers/htx-xoai-my-xuong?lang=vi" in locs
    assert not any("banh-kep-thien-an" in loc for loc in locs)
    lots = [loc for loc in locs if "/lots/" in loc]
    assert (
        "https://ocop.example.vn/products/xoai-cat-chu-cao-lanh/lots/XCC-2025-04?lang=vi"
        in lots
    )
    for loc in lots[:3] + ["https://ocop.example.vn/codes/VN-DTOR-0001?lang=en"]:
        assert loc in locs
        assert (
            client.get(loc.removeprefix("https://ocop.example.vn")).status_code == 200
        )
    assert "https://ocop.example.vn/programme?lang=vi" in locs
    assert not any("/verify" in loc or "/t/" in loc for loc in locs)  # robots.txt


def test_robots_keeps_crawlers_off_stamp_pages_and_names_the_sitemap(client):
    text = client.get("/robots.txt").text
    assert "Disallow: /t/" in text
    assert "Sitemap: https://ocop.example.vn/sitemap.xml" in text


def test_versioned_assets_are_cached_for_a_year(client):
    html = page(client, "/")
    css = re.search(r'href="(/static/css/site\.css\?v=\w+)"', html).group(1)
    response = client.get(css)
    assert "max-age=31536000" in response.headers["Cache-Control"]
    response.close()


def test_footer_offers_the_signed_in_user_their_pages_and_log_out(app, client):
    from tests.test_portal_helpers import PEOPLE, add_users, login

    assert '<a href="/login">' in client.get("/?lang=en").get_data(as_text=True)
    add_users(app)
    login(client, PEOPLE["officer"][0])
    page = client.get("/?lang=en").get_data(as_text=True)
    assert '<a href="/admin/">Officer pages</a>' in page
    assert '<a href="/logout">Log out</a>' in page
    assert '<a href="/login">' not in page
