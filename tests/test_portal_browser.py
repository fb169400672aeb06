"""Portal and officer pages in headless Chromium: working, good-looking, axe-clean."""

from datetime import timedelta

import pytest

from catalogue.extensions import db
from catalogue.models import Scan
from catalogue.models.base import utcnow
from tests.conftest import axe_violations, screenshot
from tests.test_portal_helpers import PASSWORD, PEOPLE

pytest_plugins = ("tests.test_portal_helpers",)  # fixtures: people, as_user, ids

pytestmark = pytest.mark.browser


def log_in(page, base: str, who: str) -> None:
    page.goto(base + "/login?lang=vi")
    page.fill("#email", PEOPLE[who][0])
    page.fill("#password", PASSWORD)
    page.click("main button[type=submit]")
    page.wait_for_load_state()


def test_producer_pages_on_a_phone(live_server, page, people, ids, app):
    a = ids["a"]
    with app.app_context():
        now = utcnow()
        for days in (1, 3, 8, 8, 15, 22, 22, 22, 40, 60):
            db.session.add(
                Scan(stamp_id=a["stamp"], scanned_at=now - timedelta(days=days))
            )
        db.session.commit()
    page.goto(live_server + "/manage/")
    assert "/login" in page.url  # not logged in yet
    screenshot(page, "portal-login")
    assert axe_violations(page) == []
    log_in(page, live_server, "producer_a")
    assert page.url.endswith("/manage/")
    pages = {
        "portal-dashboard": "/manage/",
        "portal-product-edit": f"/manage/products/{a['product']}",
        "portal-photos": f"/manage/products/{a['product']}/photos",
        "portal-lot": f"/manage/lots/{a['lot']}",
        "portal-lot-edit": f"/manage/lots/{a['lot']}/edit",
        "portal-scans": "/manage/scans",
        "portal-profile": "/manage/profile",
    }
    for name, path in pages.items():
        page.goto(live_server + path)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, (name, width)  # nothing wider than the phone
        screenshot(page, name)
        assert axe_violations(page) == [], name
    # A form with errors keeps the typed values and says what is wrong.
    page.goto(live_server + f"/manage/products/{a['product']}")
    page.fill("#price_min", "90000")
    page.fill("#price_max", "10")
    page.fill("#story_vi", "Câu chuyện **mới**")
    page.click("button[name=submit]")
    assert page.input_value("#story_vi") == "Câu chuyện **mới**"
    assert page.locator(".error-summary").is_visible()
    screenshot(page, "portal-product-errors")
    # Preview renders the Markdown without saving.
    page.fill("#price_max", "95000")
    page.click("button[name=preview]")
    assert page.inner_html(".preview").count("<strong>mới</strong>") == 1
    page.click("button[name=submit]")
    assert page.locator(".flash").first.is_visible()
    assert page.locator(".notice").is_visible()  # the pending proposal


def test_officer_pages_on_a_laptop(live_server, page, people, ids, as_user, app):
    from tests.test_portal import product_form

    a = ids["a"]
    as_user("producer_a").post(
        f"/manage/products/{a['product']}",
        data=product_form(app, a["product"], summary_vi="Tóm tắt mới cho xoài"),
    )
    page.set_viewport_size({"width": 1280, "height": 900})
    log_in(page, live_server, "officer")
    assert page.url.endswith("/admin/")
    pages = {
        "admin-dashboard": "/admin/",
        "admin-reviews": "/admin/reviews",
        "admin-product": f"/admin/products/{a['product']}",
        "admin-evaluation": f"/admin/products/{a['product']}/evaluations/new",
        "admin-growing-areas": "/admin/registers/growing-areas",
        "admin-lots": "/admin/lots",
        "admin-users": "/admin/users",
        "admin-audit": "/admin/audit",
    }
    for name, path in pages.items():
        page.goto(live_server + path)
        screenshot(page, name)
        assert axe_violations(page) == [], name
    page.goto(live_server + "/admin/reviews")
    page.click("main table a")
    screenshot(page, "admin-review")
    assert axe_violations(page) == []
    assert page.locator("td.new").filter(has_text="Tóm tắt mới cho xoài").count() == 1
    page.click("text=Duyệt và công bố")
    assert "/admin/reviews" in page.url
    page.goto(live_server + f"/products/{a['product_slug']}?lang=vi")
    assert page.locator("text=Tóm tắt mới cho xoài").count() >= 1
