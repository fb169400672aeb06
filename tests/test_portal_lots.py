"""Portal lots: registering lots and trace events, stamps, sheets, scan charts."""

import re
from datetime import timedelta

from sqlalchemy import func, select

from catalogue.extensions import db
from catalogue.models import (
    AuditEntry,
    GrowingArea,
    Lot,
    PackingHouse,
    Scan,
    Stamp,
    TraceEvent,
)
from catalogue.models.base import utcnow

pytest_plugins = ("tests.test_portal_helpers",)  # fixtures: people, as_user, ids

BOTH_BACKENDS = True


def registers(app, producer_id):
    """A producer's own growing area and packing house ids."""
    with app.app_context():
        area = db.session.scalar(
            select(GrowingArea.id).where(GrowingArea.producer_id == producer_id)
        )
        house = db.session.scalar(
            select(PackingHouse.id).where(PackingHouse.producer_id == producer_id)
        )
        return area, house


def lot_data(**changes):
    data = {
        "code": "xcc-2026-01",
        "harvested_on": "2026-04-02",
        "packed_on": "2026-04-03",
        "best_before": "2026-04-20",
        "quantity": "850.5",
        "unit": "thùng",
        "packing_house_id": "0",
    }
    data.update(changes)
    return data


def test_producer_registers_a_lot_with_its_areas(app, as_user, ids):
    a = ids["a"]
    area, house = registers(app, a["producer"])
    client = as_user("producer_a")
    response = client.post(
        f"/manage/products/{a['product']}/lots/new",
        data=lot_data(growing_areas=[str(area)], packing_house_id=str(house)),
    )
    assert response.status_code == 302
    with app.app_context():
        lot = db.session.scalar(select(Lot).filter_by(code="XCC-2026-01"))
        assert lot.product_id == a["product"]
        assert [g.id for g in lot.growing_areas] == [area]
        assert lot.packing_house_id == house and lot.quantity == 850.5
        entry = db.session.scalar(
            select(AuditEntry).where(
                AuditEntry.entity == "lot", AuditEntry.entity_id == lot.id
            )
        )
        assert entry.action == "create" and entry.producer_id == a["producer"]
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "XCC-2026-01" in page


def test_lot_form_refuses_another_producers_register_and_bad_dates(app, as_user, ids):
    a, b = ids["a"], ids["b"]
    b_area, b_house = registers(app, b["producer"])
    client = as_user("producer_a")
    url = f"/manage/products/{a['product']}/lots/new"
    for data in (
        lot_data(growing_areas=[str(b_area)]),
        lot_data(packing_house_id=str(b_house)),
        lot_data(packed_on="2026-03-01"),  # before the harvest
        lot_data(code="có dấu!"),
        lot_data(quantity="NaN"),
        lot_data(harvested_on="2026-02-30"),
    ):
        response = client.post(url, data=data)
        assert response.status_code == 400, data
        assert 'value="thùng"' in response.get_data(as_text=True)  # kept
    with app.app_context():
        assert db.session.scalar(select(Lot).filter_by(code="XCC-2026-01")) is None


def test_duplicate_lot_code_is_refused_with_a_message(app, as_user, ids):
    a = ids["a"]
    response = as_user("producer_a").post(
        f"/manage/products/{a['product']}/lots/new", data=lot_data(code=a["lot_code"])
    )
    assert response.status_code == 400
    assert "đã có lô" in response.get_data(as_text=True)


def test_events_are_added_and_removed_only_on_own_lots(app, as_user, ids):
    a, b = ids["a"], ids["b"]
    client = as_user("producer_a")
    added = client.post(
        f"/manage/lots/{a['lot']}/events",
        data={"kind": "shipping", "happened_on": "2025-04-12", "place": "Cần Thơ"},
    )
    assert added.status_code == 302
    bad = client.post(f"/manage/lots/{a['lot']}/events", data={"kind": "party"})
    assert bad.status_code == 400
    with app.app_context():
        event_id = db.session.scalar(
            select(TraceEvent.id).where(TraceEvent.place == "Cần Thơ")
        )
    # B's event through A's lot, and A's event through B's lot: not found.
    assert (
        client.post(f"/manage/lots/{a['lot']}/events/{b['event']}/delete").status_code
        == 404
    )
    assert (
        client.post(f"/manage/lots/{b['lot']}/events/{event_id}/delete").status_code
        == 404
    )
    done = client.post(f"/manage/lots/{a['lot']}/events/{event_id}/delete")
    assert done.status_code == 302
    with app.app_context():
        assert db.session.get(TraceEvent, event_id) is None
        assert db.session.get(TraceEvent, b["event"]) is not None


def test_issued_stamps_come_with_a_print_sheet(app, as_user, ids):
    a = ids["a"]
    client = as_user("producer_a")
    with app.app_context():
        before = db.session.scalar(
            select(func.count(Stamp.id)).where(Stamp.lot_id == a["lot"])
        )
    refused = client.post(f"/manage/lots/{a['lot']}/stamps", data={"count": "5000"})
    assert refused.status_code == 400
    response = client.post(f"/manage/lots/{a['lot']}/stamps", data={"count": "3"})
    assert response.status_code == 302
    batch = re.search(r"batch=([^&]+)", response.headers["Location"]).group(1)
    with app.app_context():
        after = db.session.scalar(
            select(func.count(Stamp.id)).where(Stamp.lot_id == a["lot"])
        )
        assert after == before + 3
        assert db.session.scalar(
            select(AuditEntry).where(AuditEntry.action == "stamps.issue")
        )
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "stamps.pdf?batch=" in page
    sheet = client.get(f"/manage/lots/{a['lot']}/stamps.pdf?batch={batch}")
    assert sheet.status_code == 200
    assert sheet.mimetype == "application/pdf" and sheet.data.startswith(b"%PDF")
    assert "attachment" in sheet.headers["Content-Disposition"]
    assert (
        client.get(f"/manage/lots/{a['lot']}/stamps.pdf?batch=nonsense").status_code
        == 404
    )


def test_void_stamp_needs_a_reason_and_is_recorded(app, as_user, ids):
    a = ids["a"]
    client = as_user("producer_a")
    assert (
        client.post(
            f"/manage/stamps/{a['stamp']}/void", data={"reason": ""}
        ).status_code
        == 400
    )
    response = client.post(
        f"/manage/stamps/{a['stamp']}/void", data={"reason": "Tem in lỗi"}
    )
    assert response.status_code == 302
    with app.app_context():
        stamp = db.session.get(Stamp, a["stamp"])
        assert stamp.is_void and stamp.void_reason == "Tem in lỗi"
        assert db.session.scalar(select(AuditEntry).where(AuditEntry.action == "void"))


def test_recalled_lot_gets_no_new_stamps(app, as_user, ids):
    a = ids["a"]
    officer = as_user("officer")
    assert (
        officer.post(
            f"/admin/lots/{a['lot']}/recall",
            data={"recalled_on": "2025-05-01", "reason_vi": "Phát hiện tồn dư thuốc"},
        ).status_code
        == 302
    )
    response = as_user("producer_a").post(
        f"/manage/lots/{a['lot']}/stamps", data={"count": "2"}
    )
    assert response.status_code == 400
    assert "đã bị thu hồi" in response.get_data(as_text=True)


def test_scan_chart_counts_only_the_producers_own_scans(app, as_user, ids):
    a, b = ids["a"], ids["b"]
    now = utcnow()
    with app.app_context():
        for days in (1, 2, 9, 9, 9, 40):
            db.session.add(
                Scan(stamp_id=a["stamp"], scanned_at=now - timedelta(days=days))
            )
        db.session.add(Scan(stamp_id=b["stamp"], scanned_at=now))
        db.session.commit()
    client = as_user("producer_a")
    page = client.get("/manage/scans").get_data(as_text=True)
    assert "<svg" in page and 'role="img"' in page
    assert "tổng cộng 6 lượt quét" in page
    heights = [
        float(h) for h in re.findall(r'class="bar"[^>]*height="([0-9.]+)"', page)
    ]
    assert len(heights) == 26 and sum(1 for h in heights if h > 0) >= 3
    lot_page = client.get(f"/manage/scans?lot={a['lot']}").get_data(as_text=True)
    assert "tổng cộng 6 lượt quét" in lot_page
    assert client.get(f"/manage/scans?lot={b['lot']}").status_code == 404
    assert client.get(f"/manage/scans?product={b['product']}").status_code == 404
    other = as_user("producer_b").get("/manage/scans").get_data(as_text=True)
    assert "tổng cộng 1 lượt quét" in other
