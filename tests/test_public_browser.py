"""Public pages in headless Chromium: a11y, phone layout, no JS or 3rd party."""

import pytest

from tests.conftest import axe_violations, screenshot

pytestmark = pytest.mark.browser

PAGES = {
    "home": "/",
    "list": "/products",
    "product": "/products/xoai-cat-chu-cao-lanh",
    "producer": "/producers/htx-xoai-my-xuong",
    "tourism": "/tourism/du-lich-sinh-thai-gao-giong",
}
SIZES = {"phone": (390, 844), "desktop": (1366, 768)}


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("name", list(PAGES))
def test_pages_have_no_serious_accessibility_violations(live_server, page, name, lang):
    for size, (width, height) in SIZES.items():
        page.set_viewport_size({"width": width, "height": height})
        page.goto(f"{live_server}{PAGES[name]}?lang={lang}")
        screenshot(page, f"public-{name}-{lang}-{size}")
        assert axe_violations(page) == [], (name, lang, size)


@pytest.mark.parametrize("name", list(PAGES))
def test_phone_layout_never_scrolls_sideways(live_server, page, name):
    page.goto(f"{live_server}{PAGES[name]}?lang=vi")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390


def test_product_page_requests_nothing_from_other_hosts(live_server, page):
    hosts = set()
    page.on("request", lambda request: hosts.add(request.url.split("/")[2]))
    page.goto(f"{live_server}{PAGES['product']}?lang=en", wait_until="networkidle")
    assert hosts == {live_server.split("/")[2]}


def test_site_works_with_javascript_off(browser, live_server):
    context = browser.new_context(
        java_script_enabled=False, viewport={"width": 390, "height": 844}
    )
    page = context.new_page()
    try:
        page.goto(f"{live_server}/products?lang=en")
        page.select_option("#f-group", "beverages")
        page.check("input[name=stars][value='3']")
        page.click("text=Show products")
        assert "group=beverages" in page.url and "stars=3" in page.url
        assert page.locator(".card").count() >= 1
        page.click(".card h2 a >> nth=0")
        assert "/products/" in page.url
        page.click("text=What do the stars mean?")
        assert page.locator(".explainer p").first.is_visible()
        page.click("header >> text=VI")
        assert page.locator("html").get_attribute("lang") == "vi"
        screenshot(page, "public-product-nojs")
    finally:
        context.close()


def test_tourism_map_link_opens_the_phone_map_app(live_server, page):
    page.goto(f"{live_server}{PAGES['tourism']}?lang=en")
    link = page.get_by_role("link", name="Open in the map app")
    assert link.get_attribute("href").startswith("geo:10.62150,105.64520")
    assert page.locator("iframe").count() == 0
