"""Admins enter plan periods and targets as data; the progress page follows."""

import pytest
from sqlalchemy import select

from catalogue.extensions import db
from catalogue.models import AuditEntry, PlanPeriod
from tests.test_programme import build_known_set, login, table

NEW_PERIOD = {
    "code": "2026-2030",
    "name_vi": "Giai đoạn 2026 – 2030",
    "name_en": "2026–2030 period",
    "plan": "15/KH-UBND",
    "plan_date": "2026-03-02",
    "starts_on": "2026-01-01",
    "ends_on": "2030-12-31",
    "target_stars_5": "5",
    "target_stars_3": "30",
    "label_en_stars_3": "Products rated 3 stars or more",
    "target_tourism": "2",
    "target_communes_registered": "12",
    "target_products": "",
}


@pytest.fixture
def known(app_factory):
    app = app_factory(demo=False)
    build_known_set(app)
    return app


@pytest.mark.parametrize("role", ["officer", "producer"])
def test_only_admins_manage_plan_periods(known, role):
    client = known.test_client()
    login(client, known, role)
    assert client.get("/admin/programme/periods").status_code == 403
    assert (
        client.post("/admin/programme/periods/new", data=NEW_PERIOD).status_code == 403
    )


def test_anonymous_visitors_are_sent_to_login(known):
    response = known.test_client().get("/admin/programme/periods")
    assert response.status_code == 302
    assert "/login" in response.headers["Location"]


def test_admin_lists_periods_with_targets(known):
    client = known.test_client()
    login(client, known)
    html = client.get("/admin/programme/periods?lang=en").text
    assert "TEST-2030" in html
    assert ["Registered products", "10"] in table(html, "Targets of TEST-2030")
    assert 'href="/admin/programme/periods/new"' in html


def test_admin_enters_a_new_plan_period_without_code_changes(known):
    client = known.test_client()
    admin = login(client, known)
    response = client.post("/admin/programme/periods/new?lang=en", data=NEW_PERIOD)
    assert response.status_code == 302
    with known.app_context():
        period = db.session.scalars(
            select(PlanPeriod).where(PlanPeriod.code == "2026-2030")
        ).one()
        assert {t.metric: t.value for t in period.targets} == {
            "stars_5": 5,
            "stars_3": 30,
            "tourism": 2,
            "communes_registered": 12,
        }
        entry = db.session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "plan_period")
        ).one()
        assert entry.user_id == admin.id and entry.action == "create"
        assert entry.new["targets"]["stars_3"]["value"] == 30
    html = client.get("/programme?period=2026-2030&on=2025-06-30&lang=en").text
    rows = table(html, "Targets and results")
    assert rows[1:] == [
        ["Products rated OCOP 5 stars", "5", "1", "20%"],
        ["Products rated 3 stars or more", "30", "4", "13%"],
        ["OCOP-rated tourism services", "2", "1", "50%"],
        ["Communes and towns with a registered product", "12", "3", "25%"],
    ]


def test_editing_a_period_changes_and_removes_targets(known):
    client = known.test_client()
    login(client, known)
    with known.app_context():
        period_id = db.session.scalars(select(PlanPeriod.id)).one()
    form = client.get(f"/admin/programme/periods/{period_id}/edit?lang=en").text
    assert 'value="TEST-2030"' in form and 'value="10"' in form
    data = {
        "code": "TEST-2030",
        "name_vi": "Giai đoạn thử",
        "name_en": "Test period",
        "plan": "99/KH-TEST",
        "starts_on": "2021-01-01",
        "ends_on": "2030-12-31",
        "target_stars_5": "3",
        "target_stars_3": "20",
    }
    response = client.post(f"/admin/programme/periods/{period_id}/edit", data=data)
    assert response.status_code == 302
    with known.app_context():
        period = db.session.get(PlanPeriod, period_id)
        assert {t.metric: t.value for t in period.targets} == {
            "stars_5": 3,
            "stars_3": 20,
        }
        assert db.session.scalars(select(AuditEntry.action)).all() == ["update"]


@pytest.mark.parametrize(
    "change, message",
    [
        ({"ends_on": "2020-01-01"}, "The last day must come after the first day."),
        ({"code": "2025"}, "looks like a report period"),
        ({"code": "TEST-2030"}, "Another plan period already has this code."),
        ({"target_stars_5": "-1"}, "A whole number from 0."),
        ({"target_stars_5": "many"}, "Please enter a whole number, e.g. 20."),
    ],
)
def test_bad_period_form_is_refused_and_keeps_what_was_typed(known, change, message):
    client = known.test_client()
    login(client, known)
    response = client.post(
        "/admin/programme/periods/new?lang=en", data={**NEW_PERIOD, **change}
    )
    assert response.status_code == 400
    assert message in response.text
    assert 'value="Giai đoạn 2026 – 2030"' in response.text
    with known.app_context():
        assert db.session.scalar(select(db.func.count(PlanPeriod.id))) == 1


def test_unknown_period_edit_is_404(known):
    client = known.test_client()
    login(client, known)
    assert client.get("/admin/programme/periods/999/edit").status_code == 404


def test_period_form_needs_a_csrf_token(app_factory):
    app = app_factory(demo=False, WTF_CSRF_ENABLED=True)
    build_known_set(app)
    client = app.test_client()
    login(client, app)
    response = client.post("/admin/programme/periods/new", data=NEW_PERIOD)
    assert response.status_code == 400
    with app.app_context():
        assert db.session.scalar(select(db.func.count(PlanPeriod.id))) == 1
