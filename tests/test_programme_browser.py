"""The programme pages in headless Chromium: phone layout, accessibility, no JS."""

import pytest

from catalogue.accounts import create_user
from catalogue.extensions import db
from tests.conftest import axe_violations, screenshot

pytestmark = pytest.mark.browser
PASSWORD = "Đồng Tháp Mười 2025!"


def no_sideways_scroll(page) -> bool:
    return page.evaluate(
        "document.documentElement.scrollWidth <= window.innerWidth + 1"
    )


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_programme_page_on_a_phone(live_server, page, lang):
    page.goto(f"{live_server}/programme?lang={lang}")
    for summary in page.locator("main details > summary").all():
        summary.click()  # open the tables too, so they are checked and seen
    screenshot(page, f"programme-phone-{lang}")
    assert no_sideways_scroll(page)
    assert axe_violations(page) == []
    assert page.locator("svg.chart[role=img]").count() == 4
    assert page.locator("svg.progress-bar[role=img]").count() == 4


def test_programme_page_on_a_laptop(live_server, page):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{live_server}/programme?lang=en")
    screenshot(page, "programme-laptop-en")
    assert axe_violations(page) == []


def test_programme_page_works_without_javascript(live_server, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_server}/programme?lang=en")
    page.fill("#on-date", "2024-12-31")
    page.click("form.as-of-form button[type=submit]")
    assert "on=2024-12-31" in page.url
    assert "Figures as of Dec 31, 2024." in page.content()
    context.close()


def test_officer_report_page_on_a_phone(app, live_server, page):
    with app.app_context():
        create_user("officer@example.vn", PASSWORD, "officer")
        db.session.commit()
    page.goto(f"{live_server}/login?lang=en")
    page.fill("#email", "officer@example.vn")
    page.fill("#password", PASSWORD)
    page.click("main button[type=submit]")
    page.goto(f"{live_server}/admin/reports?period=2025&lang=en")
    screenshot(page, "programme-reports-phone-en")
    assert axe_violations(page) == []
    with page.expect_download() as download:
        page.click("text=XLSX · English")
    assert download.value.suggested_filename == "ocop-report-2025.xlsx"


def test_admin_period_form_on_a_phone(app, live_server, page):
    with app.app_context():
        create_user("admin@example.vn", PASSWORD, "admin")
        db.session.commit()
    page.goto(f"{live_server}/login?lang=vi")
    page.fill("#email", "admin@example.vn")
    page.fill("#password", PASSWORD)
    page.click("main button[type=submit]")
    page.goto(f"{live_server}/admin/programme/periods/new")
    page.fill("#code", "2026")  # looks like a report period: refused
    page.fill("#name_vi", "Giai đoạn 2026 – 2030")
    page.click("form.period-form button[type=submit]")
    screenshot(page, "programme-period-form-phone-vi")
    assert page.locator("#code-error").is_visible()
    assert page.input_value("#name_vi") == "Giai đoạn 2026 – 2030"
    assert no_sideways_scroll(page)
    assert axe_violations(page) == []
