"""API v1: stamps (no scan recorded) and lots."""

from sqlalchemy import select

from catalogue.extensions import db
from catalogue.models import Lot, Stamp
from qr import codes


def code_of(app, lot: str) -> str:
    with app.app_context():
        return db.session.scalar(
            select(Stamp.code).join(Lot).where(Lot.code == lot).order_by(Stamp.id)
        )


def test_stamp_api_reports_state_and_does_not_count_a_scan(app, client):
    code = code_of(app, "XCC-2025-04")
    for _ in range(3):
        body = client.get(f"/api/v1/stamps/{code}").get_json()
    assert body["code"] == code and body["status"] == "genuine"
    assert body["scans"] == 0 and body["first_scanned_at"] is None
    assert body["product"]["slug"] == "xoai-cat-chu-cao-lanh"
    assert body["product"]["name"]["vi"]
    assert body["lot"]["code"] == "XCC-2025-04" and body["lot"]["is_sample"]
    assert body["url"] == f"https://ocop.example.vn/t/{code}"
    client.get(f"/t/{code}")
    body = client.get(f"/api/v1/stamps/{codes.display(code).lower()}").get_json()
    assert body["scans"] == 1 and body["first_scanned_at"].endswith("Z")


def test_stamp_api_states_recall(app, client):
    body = client.get(f"/api/v1/stamps/{code_of(app, 'MS-2025-08')}").get_json()
    assert body["status"] == "recalled"
    assert body["lot"]["recalled_on"] == "2025-09-20"


def test_stamp_api_errors_are_json(client):
    bad = client.get("/api/v1/stamps/nope")
    assert bad.status_code == 400 and bad.get_json()["error"]["code"] == "bad_code"
    unknown = client.get(f"/api/v1/stamps/{codes.new_code(b'other')}")
    assert unknown.status_code == 404
    assert unknown.get_json()["error"]["code"] == "not_found"


def test_lot_api_lists_origin_events_and_recall(client):
    body = client.get("/api/v1/lots/mit-say/MS-2025-08").get_json()
    assert body["code"] == "MS-2025-08"
    assert body["recall"]["on"] == "2025-09-20"
    assert "heat seal" in body["recall"]["reason"]["en"]
    assert [e["kind"] for e in body["events"]][-1] == "inspection"
    assert body["url"].endswith("/products/mit-say/lots/MS-2025-08")
    mango = client.get("/api/v1/lots/xoai-cat-chu-cao-lanh/XCC-2025-04").get_json()
    assert mango["growing_areas"][0]["code"] == "VN-DTOR-0001"
    assert mango["growing_areas"][0]["area_ha"] == 24.6
    assert mango["packing_house"]["code"] == "VN-DTPH-0001"
    assert mango["recall"] is None
    assert mango["product"]["stars"] in (None, 3, 4, 5)


def test_lot_api_404_is_json(client):
    page = client.get("/api/v1/lots/xoai-cat-chu-cao-lanh/NOPE")
    assert page.status_code == 404
    assert page.get_json()["error"]["code"] == "not_found"
