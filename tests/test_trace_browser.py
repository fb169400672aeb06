"""The stamp, lot and code pages in a real browser: phone layout, no JS, axe-core."""

import pytest
from sqlalchemy import select

from catalogue.extensions import db
from catalogue.models import Lot, Stamp
from qr import codes
from tests.conftest import axe_violations, screenshot

pytestmark = pytest.mark.browser


@pytest.fixture
def app(app_factory):
    """Demo data; a stamp counts as scanned often after its third scan."""
    return app_factory(SCAN_WARN_THRESHOLD=2)


def code_of(app, lot: str, nth: int = 0) -> str:
    with app.app_context():
        return db.session.scalars(
            select(Stamp.code).join(Lot).where(Lot.code == lot).order_by(Stamp.id)
        ).all()[nth]


@pytest.fixture
def no_js_page(browser):
    context = browser.new_context(
        viewport={"width": 390, "height": 844},
        java_script_enabled=False,
        locale="en-GB",
        extra_http_headers={"Accept-Language": "en"},
    )
    page = context.new_page()
    yield page
    context.close()


def check(page, name: str) -> None:
    screenshot(page, name)
    assert axe_violations(page) == []


def test_stamp_states_on_a_phone(page, live_server, app):
    genuine = code_of(app, "XCC-2025-04")
    page.goto(f"{live_server}/t/{genuine}?lang=en")
    assert page.locator("h1").inner_text().endswith("Genuine stamp")
    check(page, "trace-stamp-genuine")
    for _ in range(3):  # the ?lang=en visit above was no scan
        page.goto(f"{live_server}/T/{genuine}")
    assert "scanned often" in page.locator("h1").inner_text()
    check(page, "trace-stamp-scanned-often")
    page.goto(f"{live_server}/t/{code_of(app, 'MS-2025-08')}")
    assert page.locator("h1").inner_text().endswith("Recalled lot")
    check(page, "trace-stamp-recalled")
    page.goto(f"{live_server}/t/{codes.new_code(b'fake')}")
    assert "not a stamp of this site" in page.locator("h1").inner_text()
    check(page, "trace-stamp-unknown")
    page.goto(f"{live_server}/t/{genuine}?lang=vi")
    check(page, "trace-stamp-vi")


def test_typing_a_code_works_without_javascript(no_js_page, live_server, app):
    code = code_of(app, "XCC-2025-04", 1)
    no_js_page.goto(f"{live_server}/verify?lang=en")
    no_js_page.fill("#code", codes.display(code).lower())
    no_js_page.click("button[type=submit]")
    assert no_js_page.url.endswith(f"/t/{code}")
    assert no_js_page.locator("h1").inner_text().endswith("Genuine stamp")
    screenshot(no_js_page, "trace-verify-typed")


def test_lot_and_code_pages(page, live_server):
    page.goto(f"{live_server}/products/mit-say/lots/MS-2025-08?lang=en")
    assert page.locator("#recall").is_visible()
    check(page, "trace-lot-recalled")
    page.goto(f"{live_server}/products/xoai-cat-chu-cao-lanh/lots/XCC-2025-04")
    page.click("text=VN-DTOR-0001")
    assert page.url.endswith("/codes/VN-DTOR-0001")
    check(page, "trace-code-area")
    page.goto(f"{live_server}/codes?q=xoai")
    check(page, "trace-code-list")
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{live_server}/products/xoai-cat-chu-cao-lanh/lots/XCC-2025-04")
    check(page, "trace-lot-desktop")
