"""The kiosk in headless Chromium: tapping through, idle reset, QR, offline, a11y."""

import io
import re
import threading

import pytest
from werkzeug.serving import make_server

from tests.conftest import axe_violations, screenshot

pytestmark = pytest.mark.browser

PORTRAIT = {"width": 1080, "height": 1920}
LANDSCAPE = {"width": 1920, "height": 1080}
PUBLIC = "https://ocop.example.vn"

LEAVING_KIOSK = """() => {
  const inside = (url) => {
    const parsed = new URL(url, location.href);
    return parsed.origin === location.origin && parsed.pathname.startsWith('/kiosk/');
  };
  const out = [];
  for (const a of document.querySelectorAll('a[href], area[href]')) {
    if (!inside(a.href)) out.push(a.href);
  }
  for (const form of document.forms) {
    if (!inside(form.action)) out.push(form.action);
  }
  for (const el of document.querySelectorAll('[target], [formaction]')) {
    out.push(el.outerHTML.slice(0, 80));
  }
  return out;
}"""

SMALL_TARGETS = """() => {
  const small = [];
  for (const el of document.querySelectorAll('a, button, input:not([type=hidden])')) {
    const box = el.getBoundingClientRect();
    const shown = box.width > 0 && getComputedStyle(el).visibility !== 'hidden';
    if (shown && (box.width < 48 || box.height < 48)) {
      small.push(el.outerHTML.slice(0, 80));
    }
  }
  return small;
}"""


class Server:
    """The app over HTTP in a thread; stop() takes it away like a crashed server."""

    def __init__(self, app):
        self.httpd = make_server("127.0.0.1", 0, app, threaded=True)
        self.url = f"http://127.0.0.1:{self.httpd.server_port}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def stop(self):
        if self.thread.is_alive():
            self.httpd.shutdown()
            self.httpd.server_close()
            self.thread.join(5)


@pytest.fixture
def server(app):
    running = Server(app)
    yield running
    running.stop()


@pytest.fixture
def kiosk(browser):
    """Make a kiosk browser context: kiosk(viewport, **options) -> page."""
    contexts = []

    def make(viewport=PORTRAIT, **options):
        options.setdefault("has_touch", True)
        options.setdefault("bypass_csp", True)  # so axe-core can be injected
        options.setdefault("service_workers", "block")
        context = browser.new_context(viewport=viewport, **options)
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()


def assert_stays_in_kiosk(page):
    assert page.evaluate(LEAVING_KIOSK) == []
    assert page.evaluate(SMALL_TARGETS) == []


def decode_qr(page) -> str:
    import zxingcpp
    from PIL import Image

    png = page.locator(".k-qr-code").screenshot()
    results = zxingcpp.read_barcodes(Image.open(io.BytesIO(png)))
    assert len(results) == 1
    return results[0].text


def test_portrait_walk_by_tapping_to_a_product_and_its_qr(server, kiosk):
    page = kiosk(PORTRAIT)
    page.goto(server.url + "/kiosk/?lang=en")
    assert_stays_in_kiosk(page)
    screenshot(page, "kiosk-portrait-attract")
    page.tap('text="Products"')
    page.wait_for_url("**/kiosk/groups/?lang=en")
    assert_stays_in_kiosk(page)
    screenshot(page, "kiosk-portrait-groups")
    page.tap('text="Food"')
    page.wait_for_url("**/kiosk/groups/food?lang=en")
    assert_stays_in_kiosk(page)
    page.tap('text="Cao Lãnh Cát Chu mango"')
    page.wait_for_url("**/kiosk/products/xoai-cat-chu-cao-lanh?lang=en")
    assert_stays_in_kiosk(page)
    screenshot(page, "kiosk-portrait-product")
    assert decode_qr(page) == f"{PUBLIC}/products/xoai-cat-chu-cao-lanh"
    page.tap('text="Tiếng Việt"')
    page.wait_for_url("**/kiosk/products/xoai-cat-chu-cao-lanh?lang=vi")
    assert page.locator("h2#qr-h").inner_text() != "Take it with you"
    page.tap(".k-home")
    page.wait_for_url("**/kiosk/?lang=vi")


def test_landscape_walk_through_communes_tourism_and_stamps(server, kiosk):
    page = kiosk(LANDSCAPE)
    page.goto(server.url + "/kiosk/?lang=en")
    screenshot(page, "kiosk-landscape-attract")
    page.tap('text="Communes"')
    page.wait_for_url("**/kiosk/communes/?lang=en")
    assert_stays_in_kiosk(page)
    screenshot(page, "kiosk-landscape-communes")
    page.tap('text="Gáo Giồng"')
    page.wait_for_url("**/kiosk/communes/gao-giong?lang=en")
    assert_stays_in_kiosk(page)
    page.tap('text="Gáo Giồng eco-tourism"')
    page.wait_for_url("**/kiosk/tourism/du-lich-sinh-thai-gao-giong?lang=en")
    assert_stays_in_kiosk(page)
    screenshot(page, "kiosk-landscape-tourism")
    assert decode_qr(page) == f"{PUBLIC}/tourism/du-lich-sinh-thai-gao-giong"
    page.tap("a[data-back]")
    page.wait_for_url("**/kiosk/communes/gao-giong?lang=en")  # history, not a guess
    page.tap(".k-home")
    page.tap('text="Check a stamp"')
    page.wait_for_url("**/kiosk/stamp?lang=en")
    assert_stays_in_kiosk(page)
    screenshot(page, "kiosk-landscape-stamp")


def test_keypad_types_a_grouped_code_and_checks_it_without_leaving(server, kiosk, app):
    from sqlalchemy import select

    from catalogue.extensions import db
    from catalogue.models import Lot, Stamp

    with app.app_context():
        lot = db.session.scalar(select(Lot).filter_by(code="MS-2025-08"))
        code = db.session.scalars(select(Stamp.code).filter_by(lot_id=lot.id)).first()
    page = kiosk(PORTRAIT)
    page.goto(server.url + "/kiosk/stamp?lang=en")
    for key in code[:5]:
        page.tap(f'.k-key[data-key="{key}"]')
    page.tap('.k-key[data-key="back"]')
    assert page.input_value("#code") == code[:4]
    for key in code[4:]:
        page.tap(f'.k-key[data-key="{key}"]')
    assert page.input_value("#code") == "-".join(code[i : i + 4] for i in (0, 4, 8, 12))
    assert page.get_attribute("#code", "inputmode") == "none"
    page.tap(".k-btn-go")
    page.wait_for_url(re.compile(r"/kiosk/stamp\?.*code="))
    assert "Recalled" in page.locator(".k-result h2").inner_text()
    assert_stays_in_kiosk(page)
    screenshot(page, "kiosk-portrait-stamp-recalled")


def test_idle_kiosk_returns_to_the_attract_screen_and_forgets_the_language(
    server, kiosk
):
    page = kiosk(PORTRAIT)
    page.goto(server.url + "/kiosk/products/mit-say?idle=2&lang=en")
    page.wait_for_url("**/kiosk/?lang=vi", timeout=15_000)
    assert page.locator("[data-slides]").is_visible()
    assert page.locator("html").get_attribute("lang") == "vi"
    # The ?idle=2 choice stays for this browser's kiosk pages (cookie on /kiosk).
    page.tap(".k-tile >> nth=3")
    page.wait_for_url("**/kiosk/stamp?lang=vi")
    page.fill("#code", "ABCD")
    page.wait_for_url("**/kiosk/?lang=vi", timeout=15_000)


def test_attract_screen_cycles_with_js_and_is_a_list_without(server, kiosk):
    page = kiosk(LANDSCAPE)
    page.goto(server.url + "/kiosk/?attract=1&lang=en")
    slides = page.locator(".k-slide")
    assert slides.count() >= 5
    assert page.locator(".k-slide.is-active").count() == 1
    page.wait_for_function(
        "document.querySelector('[data-slides]').dataset.current !== '0'"
    )
    page.tap("[data-pause]")
    assert page.get_attribute("[data-pause]", "aria-pressed") == "true"

    still = kiosk(LANDSCAPE, java_script_enabled=False)
    still.goto(server.url + "/kiosk/?lang=en")
    visible = [still.locator(".k-slide").nth(i).is_visible() for i in range(5)]
    assert all(visible)
    screenshot(still, "kiosk-landscape-attract-nojs")


def test_no_context_menu_no_text_selection_and_no_csp_errors(server, kiosk):
    page = kiosk(PORTRAIT, bypass_csp=False)
    problems = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.goto(server.url + "/kiosk/products/xoai-cao-lanh?lang=en")
    blocked = page.evaluate(
        """() => {
        const e = new MouseEvent('contextmenu', {bubbles: true, cancelable: true});
        return !document.querySelector('h1').dispatchEvent(e);
    }"""
    )
    assert blocked
    assert page.evaluate("getComputedStyle(document.body).userSelect") == "none"
    assert problems == []


@pytest.mark.parametrize(
    "path",
    [
        "/kiosk/?lang=en&attract=600",  # no cross-fade while axe looks
        "/kiosk/groups/?lang=en",
        "/kiosk/communes/?lang=vi",
        "/kiosk/tourism/?lang=en",
        "/kiosk/products/xoai-cat-chu-cao-lanh?lang=en",
        "/kiosk/tourism/du-lich-sinh-thai-gao-giong?lang=vi",
        "/kiosk/stamp?lang=en",
        "/kiosk/stamp?code=ABCD-EFGH-JKMN-PQRS&lang=en",
        "/kiosk/offline?lang=en",
    ],
)
def test_kiosk_pages_have_no_serious_accessibility_violations(server, kiosk, path):
    for viewport in (PORTRAIT, LANDSCAPE):
        page = kiosk(viewport)
        page.goto(server.url + path)
        assert axe_violations(page) == []
        assert_stays_in_kiosk(page)


def test_service_worker_keeps_the_kiosk_going_when_the_server_is_down(server, kiosk):
    page = kiosk(LANDSCAPE, service_workers="allow")
    page.goto(server.url + "/kiosk/?lang=en")
    page.wait_for_function(
        "navigator.serviceWorker.controller !== null", timeout=20_000
    )
    page.goto(server.url + "/kiosk/products/xoai-cao-lanh?lang=en")  # cached on the way
    server.stop()
    page.goto(server.url + "/kiosk/groups/?lang=en")  # from the install cache
    assert page.locator("h1").inner_text() == "Product groups"
    page.goto(server.url + "/kiosk/products/xoai-cao-lanh?lang=en")
    assert page.locator("h1").inner_text() == "Cao Lãnh mango"
    page.goto(server.url + "/kiosk/stamp?code=NEVER-SEEN&lang=en")
    assert page.locator("h1").inner_text() == "One moment, please"
    screenshot(page, "kiosk-landscape-offline")
