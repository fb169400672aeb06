"""Stamp pages: states, counts, bad input, rate limits, lot and code pages."""

import gzip
from contextlib import contextmanager
from datetime import date, timedelta

import pytest
from sqlalchemy import event, select

from catalogue.extensions import db
from catalogue.models import AuditEntry, Lot, Product, Stamp
from catalogue.models.base import utcnow
from catalogue.trace import fragments, queries
from qr import codes

RECALLED = ("mit-say", "MS-2025-08")
MANGO = ("xoai-cat-chu-cao-lanh", "XCC-2025-04")


def stamp_of(app, slug: str, lot: str) -> str:
    """The code of a demo stamp of a lot."""
    with app.app_context():
        return db.session.scalar(
            select(Stamp.code)
            .join(Lot)
            .join(Product)
            .where(Product.slug == slug, Lot.code == lot)
            .order_by(Stamp.id)
        )


@contextmanager
def counting_queries(app):
    """Count the SQL statements the app sends while the block runs: through
    SQLAlchemy, and through the plain SQLite connection of the scan page."""
    statements = []

    def count(conn, cursor, statement, *args):
        statements.append(statement)

    with app.app_context():
        engine = db.engine
        reader = queries.sqlite_reader()
    event.listen(engine, "before_cursor_execute", count)
    if reader is not None:
        reader.set_trace_callback(statements.append)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", count)
        if reader is not None:
            reader.set_trace_callback(None)


def en(client, path, method="GET", **kw):
    """A request from a browser that prefers English."""
    return client.open(path, method=method, headers={"Accept-Language": "en"}, **kw)


def test_genuine_stamp_shows_product_lot_origin_and_timeline(app, client):
    code = stamp_of(app, *MANGO)
    page = en(client, f"/t/{code}")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert "Genuine stamp" in html
    assert codes.display(code) in html
    assert "Cát Chu" in html  # product name
    assert "Lot XCC-2025-04" in html
    assert "VN-DTOR-0001" in html and 'href="/codes/VN-DTOR-0001"' in html
    assert "VN-DTPH-0001" in html
    assert "Harvest" in html and "Packing" in html and "Shipping" in html
    assert "This is its first scan." in html
    assert "sample stamp" in html and "sample data" in html
    assert page.headers["Cache-Control"] == "no-store"
    assert "<script" not in html


def test_every_scan_is_counted_and_shown(app, client):
    code = stamp_of(app, *MANGO)
    en(client, f"/t/{code}")
    second = en(client, f"/t/{code}").get_data(as_text=True)
    assert "Scanned 2 times, first on" in second
    api = client.get(f"/api/v1/stamps/{code}").get_json()
    assert api["scans"] == 2 and api["first_scanned_at"]


@pytest.mark.parametrize(
    "shape",
    [
        lambda c: f"/T/{c}",
        lambda c: f"/t/{c.lower()}",
        lambda c: f"/t/{codes.display(c)}",
        lambda c: f"/t/{codes.display(c).lower().replace('1', 'l').replace('0', 'o')}",
    ],
)
def test_code_is_read_in_any_case_with_hyphens_and_look_alikes(app, client, shape):
    code = stamp_of(app, *MANGO)
    page = en(client, shape(code))
    assert page.status_code == 200
    assert "Genuine stamp" in page.get_data(as_text=True)


def test_stamp_scanned_more_than_threshold_warns_with_first_scan_date(app_factory):
    app = app_factory(SCAN_WARN_THRESHOLD=3)
    client = app.test_client()
    code = stamp_of(app, *MANGO)
    for _ in range(3):
        assert "Genuine stamp</h1>" in en(client, f"/t/{code}").get_data(as_text=True)
    html = en(client, f"/t/{code}").get_data(as_text=True)
    assert "Genuine stamp, scanned often" in html
    assert "scanned 4 times since" in html
    assert "may have been copied" in html
    assert "report=1" in html  # a way to report it


def test_scans_from_many_places_warn(app_factory):
    app = app_factory(SCAN_WARN_PLACES=2)
    client = app.test_client()
    code = stamp_of(app, *MANGO)
    for n in (1, 2):
        page = en(client, f"/t/{code}", environ_base={"REMOTE_ADDR": f"198.51.100.{n}"})
        assert "scanned often" not in page.get_data(as_text=True)
    page = en(client, f"/t/{code}", environ_base={"REMOTE_ADDR": "198.51.100.3"})
    html = page.get_data(as_text=True)
    assert "Genuine stamp, scanned often" in html
    assert "more than 2 different places" in html


def test_recalled_lot_is_never_shown_as_genuine(app_factory):
    app = app_factory(SCAN_WARN_THRESHOLD=1)
    client = app.test_client()
    code = stamp_of(app, *RECALLED)
    for _ in range(3):  # even when scanned often
        html = en(client, f"/t/{code}").get_data(as_text=True)
        assert "Recalled lot" in html
        assert "Genuine stamp" not in html
    assert "This lot was recalled on" in html
    assert "faulty heat seal" in html  # why
    assert "do not eat or use this product" in html  # what to do


def test_recall_shows_at_once_despite_the_cache(app, client):
    code = stamp_of(app, *MANGO)
    assert "Genuine stamp" in en(client, f"/t/{code}").get_data(as_text=True)
    with app.app_context():
        lot = db.session.scalar(select(Lot).where(Lot.code == MANGO[1]))
        lot.recalled_on = date.today()
        lot.recall_reason_en = "Mould found in a retained sample."
        db.session.commit()
    html = en(client, f"/t/{code}").get_data(as_text=True)
    assert "Recalled lot" in html and "Mould found" in html


def test_void_stamp_shows_void_not_genuine(app, client):
    code = stamp_of(app, *MANGO)
    with app.app_context():
        stamp = db.session.scalar(select(Stamp).where(Stamp.code == code))
        stamp.voided_at = utcnow()
        stamp.void_reason = "Printed twice"
        db.session.commit()
    html = en(client, f"/t/{code}").get_data(as_text=True)
    assert "Void stamp" in html and "Genuine stamp" not in html
    assert "Printed twice" in html


def test_expired_certificate_is_stated_plainly(app, client):
    code = stamp_of(app, *MANGO)
    with app.app_context():
        product = db.session.scalar(select(Product).where(Product.slug == MANGO[0]))
        for evaluation in product.evaluations:
            evaluation.decided_on = date.today() - timedelta(days=1200)
            evaluation.expires_on = date.today() - timedelta(days=5)
        db.session.commit()
        fragments.clear()
    html = en(client, f"/t/{code}").get_data(as_text=True)
    assert "certificate expired on" in html
    assert "valid until" not in html


def forged_code() -> str:
    """Right form, check made with another secret."""
    return codes.new_code(b"not this site's secret")


def test_unknown_code_is_404_with_the_form_and_a_way_to_report(client):
    code = forged_code()
    page = en(client, f"/t/{code}")
    assert page.status_code == 404
    html = page.get_data(as_text=True)
    assert "This is not a stamp of this site" in html
    assert 'action="/verify"' in html and f'value="{code}"' in html
    assert 'action="/verify/report"' in html


@pytest.mark.parametrize(
    "path, status",
    [
        ("/t/abc", 400),
        ("/t/" + "A" * 10_000, 400),
        ("/t/ABCD%00EFGH2345JKMN", 400),
        ("/t/../../etc/passwd", 404),  # no such page
        ("/t/ABCD/EFGH/2345/JKMN", 404),
        ("/t/ÀBCDEFGH2345JKMN", 400),
        ("/t/ABCDEFGH2345JKMU", 400),  # U is not in the alphabet
        ("/verify?code=%00%00", 400),
    ],
)
def test_bad_input_is_rejected_at_once_without_a_query(app, client, path, status):
    with counting_queries(app) as statements:
        page = client.get(path)
    assert page.status_code == status
    assert statements == []


def test_forged_code_is_404_without_a_query(app, client):
    with counting_queries(app) as statements:
        page = client.get(f"/t/{forged_code()}")
        api = client.get(f"/api/v1/stamps/{forged_code()}")
    assert page.status_code == 404 and api.status_code == 404
    assert statements == []


def test_scan_of_a_cached_lot_takes_one_query(app, client):
    code = stamp_of(app, *MANGO)
    client.get(f"/t/{code}")  # warms the lot's cached facts
    with counting_queries(app) as statements:
        page = client.get(f"/t/{code}")
    assert page.status_code == 200
    assert len(statements) == 1, statements
    assert "FROM stamp JOIN lot" in statements[0]


def test_head_request_does_not_count_as_a_scan(app, client):
    code = stamp_of(app, *MANGO)
    assert client.head(f"/t/{code}").status_code == 200
    html = en(client, f"/t/{code}").get_data(as_text=True)
    assert "This is its first scan." in html


def test_switching_language_is_not_another_scan(app, client):
    code = stamp_of(app, *MANGO)
    client.get(f"/t/{code}")
    html = client.get(f"/t/{code}?lang=en").get_data(as_text=True)
    assert "This is its first scan." in html


def test_link_preview_bots_are_not_counted(app, client):
    code = stamp_of(app, *MANGO)
    bot = {"User-Agent": "facebookexternalhit/1.1", "Accept-Language": "en"}
    assert client.get(f"/t/{code}", headers=bot).status_code == 200
    assert "This is its first scan." in en(client, f"/t/{code}").get_data(as_text=True)


def test_many_unknown_codes_from_one_client_get_429(app_factory):
    app = app_factory(RATELIMIT_ENABLED=True, VERIFY_RATE_LIMIT="5 per minute")
    client = app.test_client()
    code = stamp_of(app, *MANGO)
    for _ in range(8):  # genuine scans never count against the client
        assert client.get(f"/t/{code}").status_code == 200
    for _ in range(5):
        assert client.get(f"/t/{forged_code()}").status_code == 404
    assert client.get(f"/t/{forged_code()}").status_code == 429
    assert client.get(f"/api/v1/stamps/{forged_code()}").status_code == 429
    other = client.get(f"/t/{forged_code()}", environ_base={"REMOTE_ADDR": "192.0.2.9"})
    assert other.status_code == 404  # another client is not affected


def test_verify_form_sends_a_valid_code_to_its_page(app, client):
    code = stamp_of(app, *MANGO)
    typed = codes.display(code).lower()
    page = client.get("/verify", query_string={"code": typed})
    assert page.status_code == 303
    assert page.headers["Location"].endswith(f"/t/{code}")


def test_verify_form_keeps_what_was_typed_and_explains(client):
    page = en(client, "/verify", query_string={"code": "12345"})
    assert page.status_code == 400
    html = page.get_data(as_text=True)
    assert 'value="12345"' in html
    assert "16 letters and digits" in html
    assert en(client, "/verify").status_code == 200


def test_report_of_a_suspicious_code_reaches_the_audit_log(app, client):
    code = forged_code()
    page = en(
        client,
        "/verify/report",
        method="POST",
        data={"code": code, "where": "Chợ Cao Lãnh", "note": "Label looks odd"},
    )
    assert page.status_code == 200
    assert "Thank you" in page.get_data(as_text=True)
    with app.app_context():
        entry = db.session.scalar(
            select(AuditEntry).where(AuditEntry.action == "stamp.report")
        )
    assert entry.new["code"] == code and entry.new["where"] == "Chợ Cao Lãnh"


def test_report_without_a_code_is_refused_with_the_form(client):
    page = en(client, "/verify/report", method="POST", data={"note": "x"})
    assert page.status_code == 400
    assert "Please correct the highlighted fields." in page.get_data(as_text=True)


def test_report_needs_csrf_token(app_factory):
    app = app_factory(WTF_CSRF_ENABLED=True)
    page = app.test_client().post("/verify/report", data={"code": "X" * 16})
    assert page.status_code == 400


def test_stamp_page_weighs_under_30_kb_compressed(app, client):
    code = stamp_of(app, *RECALLED)
    html = en(client, f"/t/{code}").data
    css = b""
    for name in ("stamp.css", "trace.css"):
        with client.get(f"/static/css/{name}") as response:
            css += response.data
    weight = len(gzip.compress(html)) + len(gzip.compress(css))
    assert weight < 30_000, weight
    assert b"<script" not in html


def test_lot_page_shows_origin_timeline_and_recall(app, client):
    page = en(client, "/products/mit-say/lots/MS-2025-08")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert 'id="recall"' in html and "faulty heat seal" in html
    assert "Timeline" in html and "Inspection" in html
    mango = en(client, "/products/xoai-cat-chu-cao-lanh/lots/XCC-2025-04")
    html = mango.get_data(as_text=True)
    assert 'href="/codes/VN-DTOR-0001"' in html and 'href="/codes/VN-DTPH-0001"' in html
    assert "24.6 ha" in html and "Active" in html


def test_lot_page_redirects_lower_case_and_404s_unknown(client):
    page = client.get("/products/xoai-cat-chu-cao-lanh/lots/xcc-2025-04")
    assert page.status_code == 301
    assert page.headers["Location"].endswith("/lots/XCC-2025-04")
    assert client.get("/products/xoai-cat-chu-cao-lanh/lots/NOPE-1").status_code == 404
    assert client.get("/products/no-such-product/lots/XCC-2025-04").status_code == 404


def test_lot_of_an_unpublished_product_is_not_public(app, client):
    with app.app_context():
        product = db.session.scalar(select(Product).where(Product.slug == MANGO[0]))
        product.status = "archived"
        db.session.commit()
    assert (
        client.get("/products/xoai-cat-chu-cao-lanh/lots/XCC-2025-04").status_code
        == 404
    )


def test_code_page_resolves_growing_area_and_lists_its_lots(client):
    page = en(client, "/codes/VN-DTOR-0001")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert "Growing area (PUC)" in html and "Cát Chu mango" in html
    assert "/products/xoai-cat-chu-cao-lanh/lots/XCC-2025-04" in html
    assert "/products/xoai-cat-chu-cao-lanh/lots/XCC-2025-07" in html


def test_code_page_resolves_packing_house(client):
    html = en(client, "/codes/VN-DTPH-0001").get_data(as_text=True)
    assert "Packing house (PHC)" in html and "Lots packed here" in html
    assert "XCL-2025-05" in html


def test_code_page_normalises_case_and_404s_unknown(client):
    assert client.get("/codes/vn-dtor-0001").status_code == 301
    missing = en(client, "/codes/VN-NOPE-0000")
    assert missing.status_code == 404
    assert "No growing area or packing house has this code." in missing.get_data(
        as_text=True
    )


def test_register_search_ignores_case_and_diacritics(client):
    html = en(client, "/codes", query_string={"q": "xoai my xuong"}).get_data(
        as_text=True
    )
    assert "/codes/VN-DTOR-0001" in html and "/codes/VN-DTOR-0002" in html
    assert "/codes/VN-DTOR-0004" not in html  # rice, Bình Hàng Trung
    by_code = en(client, "/codes", query_string={"q": "dtph-0003"}).get_data(
        as_text=True
    )
    assert "/codes/VN-DTPH-0003" in by_code and "/codes/VN-DTOR-0001" not in by_code


def test_pages_speak_vietnamese_by_default(app, client):
    code = stamp_of(app, *MANGO)
    html = client.get(f"/t/{code}").get_data(as_text=True)
    assert 'lang="vi"' in html
    assert "Genuine stamp" not in html


def test_each_scan_shows_its_own_code_count_and_time(app, client):
    with app.app_context():
        first, second = db.session.scalars(
            select(Stamp.code).join(Lot).where(Lot.code == MANGO[1]).limit(2)
        ).all()
    for code in (first, second):
        html = en(client, f"/t/{code}").get_data(as_text=True)
        assert codes.display(code) in html and "This is its first scan." in html
    en(client, f"/t/{first}")
    html = en(client, f"/t/{first}").get_data(as_text=True)
    assert codes.display(first) in html and "Scanned 3 times, first on" in html
    html = en(client, f"/t/{second}").get_data(as_text=True)
    assert codes.display(second) in html and "Scanned 2 times, first on" in html
    for stand_in in ("0000-0000-0000-0000", "987654321", "{first-scan-time}"):
        assert stand_in not in html
