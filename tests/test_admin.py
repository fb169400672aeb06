"""Officer pages: evaluations, revocations, recalls, registers, producers, audit."""

from datetime import date, timedelta

from sqlalchemy import select

from catalogue.extensions import db
from catalogue.models import (
    AuditEntry,
    Evaluation,
    GrowingArea,
    Lot,
    Producer,
    Product,
    RuleSet,
    Stamp,
)
from catalogue.models.base import today

pytest_plugins = ("tests.test_portal_helpers",)  # fixtures: people, as_user, ids

BOTH_BACKENDS = True


def rule_set_id(app, code: str) -> int:
    with app.app_context():
        return db.session.scalar(select(RuleSet.id).filter_by(code=code))


def evaluation_data(app, **changes) -> dict:
    data = {
        "rule_set_id": rule_set_id(app, "148/QD-TTg"),
        "score": "76",
        "score_a": "31",
        "score_b": "19",
        "score_c": "26",
        "stars": "4",
        "level": "province",
        "decision_number": "1234/QĐ-UBND",
        "decided_on": "2025-03-10",
    }
    data.update({k: str(v) for k, v in changes.items()})
    return data


def test_officer_records_an_evaluation_with_computed_expiry(app, as_user, ids):
    product_id = ids["a"]["product"]
    officer = as_user("officer")
    response = officer.post(
        f"/admin/products/{product_id}/evaluations/new", data=evaluation_data(app)
    )
    assert response.status_code == 302
    with app.app_context():
        evaluation = db.session.scalar(
            select(Evaluation).filter_by(decision_number="1234/QĐ-UBND")
        )
        assert evaluation.stars == 4 and evaluation.expires_on == date(2028, 3, 10)
        assert evaluation.is_sample is False and evaluation.recorded_by_id is not None
        entry = db.session.scalar(
            select(AuditEntry).where(AuditEntry.entity == "evaluation")
        )
        assert entry.new["score"] == 76 and entry.producer_id == ids["a"]["producer"]


def test_inconsistent_evaluations_are_refused(app, as_user, ids):
    product_id = ids["a"]["product"]
    officer = as_user("officer")
    url = f"/admin/products/{product_id}/evaluations/new"
    future = (today() + timedelta(days=3)).isoformat()
    cases = {
        "parts do not add up": (evaluation_data(app, score_c="20"), "không khớp"),
        "part over its maximum": (
            evaluation_data(app, score="80", score_a="45", score_b="15", score_c="20"),
            "Tối đa 40 điểm",
        ),
        "stars do not match": (
            evaluation_data(app, stars="5"),
            "76 điểm tương ứng 4 sao",
        ),
        "no stars below 50": (
            evaluation_data(app, score="45", score_a="20", score_b="10", score_c="15"),
            "Dưới 50 điểm",
        ),
        "1489 has no district level": (
            evaluation_data(
                app, rule_set_id=rule_set_id(app, "1489/QD-TTg"), level="district"
            ),
            "không có cấp huyện",
        ),
        "two parts only": (evaluation_data(app, score_c=""), "đủ điểm cả ba phần"),
        "decided in the future": (evaluation_data(app, decided_on=future), "tương lai"),
        "score over 100": (evaluation_data(app, score="101"), "1234/QĐ-UBND"),
    }
    for name, (data, message) in cases.items():
        response = officer.post(url, data=data)
        assert response.status_code == 400, name
        assert message in response.get_data(as_text=True), name
    with app.app_context():
        assert (
            db.session.scalar(
                select(Evaluation).filter_by(decision_number="1234/QĐ-UBND")
            )
            is None
        )


def test_revoked_certificate_no_longer_gives_stars(app, as_user, ids):
    product_id = ids["a"]["product"]
    with app.app_context():
        evaluation = db.session.get(Product, product_id).current_evaluation()
        evaluation_id = evaluation.id
    officer = as_user("officer")
    assert (
        officer.post(
            f"/admin/evaluations/{evaluation_id}/revoke",
            data={"revoked_on": today().isoformat(), "reason_vi": ""},
        ).status_code
        == 400
    )
    done = officer.post(
        f"/admin/evaluations/{evaluation_id}/revoke",
        data={
            "revoked_on": today().isoformat(),
            "reason_vi": "Vi phạm cam kết chất lượng",
        },
    )
    assert done.status_code == 302
    with app.app_context():
        product = db.session.get(Product, product_id)
        assert (
            product.current_evaluation() is None
            or product.current_evaluation().id != evaluation_id
        )
        assert db.session.get(Evaluation, evaluation_id).state() == "revoked"


def test_recalled_lot_warns_whoever_scans_its_stamps(app, as_user, ids):
    from catalogue.trace import services as trace

    a = ids["a"]
    officer = as_user("officer")
    response = officer.post(
        f"/admin/lots/{a['lot']}/recall",
        data={
            "recalled_on": "2025-05-02",
            "reason_vi": "Dư lượng vượt ngưỡng",
            "reason_en": "Residue",
        },
    )
    assert response.status_code == 302
    with app.app_context(), app.test_request_context():
        lot = db.session.get(Lot, a["lot"])
        assert lot.recall_reason("vi") == "Dư lượng vượt ngưỡng"
        code = db.session.get(Stamp, a["stamp"]).code
        assert trace.verify(code, record=False).state == "recalled"
        entry = db.session.scalar(
            select(AuditEntry).where(AuditEntry.action == "recall")
        )
        assert entry.producer_id == a["producer"]
    again = officer.post(
        f"/admin/lots/{a['lot']}/recall",
        data={"recalled_on": "2025-05-03", "reason_vi": "lần hai"},
    )
    assert again.status_code == 302
    with app.app_context():
        assert db.session.get(Lot, a["lot"]).recalled_on == date(2025, 5, 2)


def test_growing_area_register_keeps_codes_unique_and_upper_case(app, as_user, ids):
    officer = as_user("officer")
    with app.app_context():
        commune_id = db.session.get(Producer, ids["a"]["producer"]).commune_id
    data = {
        "code": "vn-dtor-0999",
        "crop_vi": "Xoài cát Chu",
        "area_ha": "3.5",
        "commune_id": str(commune_id),
        "producer_id": str(ids["a"]["producer"]),
        "status": "active",
    }
    assert (
        officer.post("/admin/registers/growing-areas/new", data=data).status_code == 302
    )
    with app.app_context():
        area = db.session.scalar(select(GrowingArea).filter_by(code="VN-DTOR-0999"))
        assert area.area_ha == 3.5 and area.producer_id == ids["a"]["producer"]
    twice = officer.post("/admin/registers/growing-areas/new", data=data)
    assert twice.status_code == 400 and "đã được đăng ký" in twice.get_data(
        as_text=True
    )
    bad = officer.post(
        "/admin/registers/growing-areas/new", data={**data, "code": "VN DT"}
    )
    assert bad.status_code == 400
    assert officer.get("/admin/registers/nonsense").status_code == 404
    # The new area is now offered to producer A's lot form, never to producer B.
    assert "VN-DTOR-0999" in as_user("producer_a").get(
        f"/manage/products/{ids['a']['product']}/lots/new"
    ).get_data(as_text=True)
    assert "VN-DTOR-0999" not in as_user("producer_b").get(
        f"/manage/products/{ids['b']['product']}/lots/new"
    ).get_data(as_text=True)


def test_officer_edits_a_producer_and_stale_edits_are_refused(app, as_user, ids):
    officer = as_user("officer")
    url = f"/admin/producers/{ids['a']['producer']}"
    page = officer.get(url).get_data(as_text=True)
    assert 'name="base_version"' in page
    with app.app_context():
        producer = db.session.get(Producer, ids["a"]["producer"])
        data = {
            "name": "HTX Xoài Mỹ Xương (mới)",
            "legal_form": "cooperative",
            "commune_id": str(producer.commune_id),
            "base_version": str(producer.version),
            "submit": "1",
        }
    assert officer.post(url, data=data).status_code == 302
    stale = officer.post(url, data={**data, "name": "Tên khác"})
    assert stale.status_code == 409
    assert "Tên khác" in stale.get_data(as_text=True)
    with app.app_context():
        assert (
            db.session.get(Producer, ids["a"]["producer"]).name
            == "HTX Xoài Mỹ Xương (mới)"
        )


def test_officer_sets_a_gtin_only_when_its_check_digit_is_right(app, as_user, ids):
    officer = as_user("officer")
    product_id = ids["a"]["product"]
    with app.app_context():
        product = db.session.get(Product, product_id)
        data = {
            "group_id": str(product.group_id),
            "commune_id": str(product.commune_id),
            "status": "published",
        }
    bad = officer.post(
        f"/admin/products/{product_id}", data={**data, "gtin": "2087300000014"}
    )
    assert bad.status_code == 400
    good = officer.post(
        f"/admin/products/{product_id}", data={**data, "gtin": "2087300000990"}
    )
    assert good.status_code == 302
    with app.app_context():
        assert db.session.get(Product, product_id).gtin == "2087300000990"


def test_audit_log_filters_by_producer_user_and_date(app, as_user, ids, people):
    officer = as_user("officer")
    officer.post(
        f"/admin/lots/{ids['a']['lot']}/recall",
        data={"recalled_on": "2025-05-02", "reason_vi": "Lý do A"},
    )
    officer.post(
        f"/admin/lots/{ids['b']['lot']}/recall",
        data={"recalled_on": "2025-05-02", "reason_vi": "Lý do B"},
    )
    page = officer.get(f"/admin/audit?producer={ids['a']['producer']}").get_data(
        as_text=True
    )
    assert "Lý do A" in page and "Lý do B" not in page
    by_user = officer.get(f"/admin/audit?user={people['admin']}").get_data(as_text=True)
    assert "Lý do A" not in by_user
    tomorrow = (today() + timedelta(days=1)).isoformat()
    assert "Lý do A" not in officer.get(f"/admin/audit?since={tomorrow}").get_data(
        as_text=True
    )
    assert "Lý do A" in officer.get(
        f"/admin/audit?until={today().isoformat()}"
    ).get_data(as_text=True)
    assert officer.get("/admin/audit?producer=abc").status_code == 400


def test_review_page_shows_both_versions_word_by_word(app, as_user, ids):
    from tests.test_portal import product_form

    a = ids["a"]
    producer, officer = as_user("producer_a"), as_user("officer")
    with app.app_context():
        story = db.session.get(Product, a["product"]).story_vi
    first, rest = story.split(" ", 1)
    new_story = f"Khởi đầu {rest}"  # one word replaced
    assert first != "Khởi"
    producer.post(
        f"/manage/products/{a['product']}",
        data=product_form(app, a["product"], story_vi=new_story),
    )
    review = officer.get("/admin/reviews").get_data(as_text=True)
    assert "/admin/reviews/" in review
    from catalogue import moderation

    with app.app_context():
        revision_id = moderation.pending("product", a["product"]).id
    page = officer.get(f"/admin/reviews/{revision_id}").get_data(as_text=True)
    assert "<del>" in page and "<ins>" in page
    assert "Duyệt và công bố" in page and "Từ chối" in page
