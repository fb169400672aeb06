"""Search in headless Chromium: the autocomplete combobox, the results page, no JS."""

import pytest

from tests.conftest import axe_violations, screenshot

pytestmark = pytest.mark.browser


def test_autocomplete_offers_completions_and_works_from_the_keyboard(live_server, page):
    page.goto(f"{live_server}/products?lang=vi")
    box = page.locator("#site-q")
    box.click()
    page.keyboard.type("xoa", delay=40)
    options = page.locator("[role=listbox] [role=option]")
    options.first.wait_for(state="visible", timeout=10_000)
    assert box.get_attribute("role") == "combobox"
    assert box.get_attribute("aria-expanded") == "true"
    listbox = page.locator(f"#{box.get_attribute('aria-controls')}")
    assert listbox.get_attribute("role") == "listbox"
    assert options.first.inner_text() == "Xoài Cát Chu Cao Lãnh"
    status = page.locator(".suggest-host [role=status]").first
    assert "gợi ý" in status.inner_text()
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    second = options.nth(1)
    assert box.get_attribute("aria-activedescendant") == second.get_attribute("id")
    assert second.get_attribute("aria-selected") == "true"
    screenshot(page, "search-autocomplete-phone")
    assert axe_violations(page) == []
    page.keyboard.press("ArrowUp")
    page.keyboard.press("Enter")
    page.wait_for_url("**/products/xoai-cat-chu-cao-lanh")


def test_escape_closes_the_suggestions_and_enter_then_searches(live_server, page):
    page.goto(f"{live_server}/?lang=en")
    page.locator("#home-q").click()
    page.keyboard.type("jackf", delay=40)
    page.locator("[role=option]").first.wait_for(state="visible")
    assert page.locator("[role=option]").first.inner_text() == "Dried jackfruit"
    status = page.locator(".suggest-host [role=status]").first
    assert "suggestion" in status.inner_text() and "arrow key" in status.inner_text()
    assert page.locator("[role=listbox]").first.get_attribute("aria-label") == (
        "Search suggestions"
    )
    page.keyboard.press("Escape")
    assert page.locator("#home-q").get_attribute("aria-expanded") == "false"
    page.keyboard.press("Enter")
    page.wait_for_url("**/search?q=jackf*")
    assert "Dried jackfruit" in page.locator(".results").inner_text()


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_results_page_is_accessible_on_phone_and_desktop(live_server, page, lang):
    for size, (width, height) in {"phone": (390, 844), "desktop": (1280, 800)}.items():
        page.set_viewport_size({"width": width, "height": height})
        page.goto(f"{live_server}/search?q=xoai&lang={lang}")
        assert page.locator(".results mark").count() >= 4
        screenshot(page, f"search-results-{lang}-{size}")
        assert axe_violations(page) == [], (lang, size)
        assert page.evaluate("document.documentElement.scrollWidth") <= width
    page.goto(f"{live_server}/search?q=qwxyzk+jakfrut&lang={lang}")
    screenshot(page, f"search-no-results-{lang}")
    assert axe_violations(page) == []
    page.goto(f"{live_server}/search?q=VN-DTOR-0001&lang={lang}")
    screenshot(page, f"search-code-{lang}")
    assert axe_violations(page) == []


def test_search_and_facets_work_without_javascript(browser, live_server):
    context = browser.new_context(
        java_script_enabled=False, viewport={"width": 390, "height": 844}
    )
    page = context.new_page()
    try:
        page.goto(f"{live_server}/products?lang=en")
        page.fill("#site-q", "xoai")
        page.press("#site-q", "Enter")
        page.wait_for_url("**/search?q=xoai")
        assert page.locator(".results .card").count() >= 4
        page.check("input[name=stars][value='5']")
        page.click("text=Show results")
        assert "stars=5" in page.url and "q=xoai" in page.url
        assert page.locator(".results .card").count() == 1
    finally:
        context.close()
