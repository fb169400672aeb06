"""Who may open what: every /manage and /admin route × five kinds of visitor.

anonymous → redirect to /login; wrong role → 403; another producer's object →
404; the right person → the page (GET 200) or a handled answer to a POST. The
URL parameters always name producer A's things, so producer B must get 404.
"""

import shutil

import pytest
from sqlalchemy import select

from catalogue import create_app, moderation
from catalogue.extensions import db
from catalogue.models import (
    Evaluation,
    GrowingArea,
    PlanPeriod,
    Producer,
    Product,
    User,
)
from tests.conftest import base_config
from tests.test_portal_helpers import (
    PEOPLE,
    ROLES,
    add_users,
    login,
    objects,
    password_hash,
)

OBJECT_PARAMS = {"product_id", "lot_id", "stamp_id", "event_id", "revision_id"}
# Admin-only pages; the plan periods belong to the programme pages (another team).
ADMIN_ONLY = {
    "admin.officer_list",
    "programme.period_list",
    "programme.period_create",
    "programme.period_edit",
}
UNSAFE = {"POST", "PUT", "PATCH", "DELETE"}


def _setup(app) -> dict:
    """Producer A's objects, a spare account and two pending proposals."""
    people = add_users(app)
    found = objects(app)["a"]
    with app.app_context():
        producer_user = db.session.get(User, people["producer_a"])
        spare = User(
            email="spare@htx.example.vn",
            password_hash=password_hash(),
            role="producer",
            producer_id=found["producer"],
            session_token="spare",
        )
        db.session.add(spare)
        product = db.session.get(Product, found["product"])
        product_revision = moderation.propose(
            product, {"name_en": "Proposed name"}, producer_user, product.version, None
        )
        producer = db.session.get(Producer, found["producer"])
        profile_revision = moderation.propose(
            producer, {"phone": "0277 000 111"}, producer_user, producer.version, None
        )
        db.session.commit()
        params = {
            "product_id": found["product"],
            "lot_id": found["lot"],
            "stamp_id": found["stamp"],
            "event_id": found["event"],
            "producer_id": found["producer"],
            "user_id": spare.id,
            "kind": "growing-areas",
            "row_id": db.session.scalar(
                select(GrowingArea.id).where(
                    GrowingArea.producer_id == found["producer"]
                )
            ),
            "evaluation_id": db.session.scalar(
                select(Evaluation.id).where(Evaluation.product_id == found["product"])
            ),
            "period_id": db.session.scalar(select(PlanPeriod.id)),
            "review_revision": product_revision.id,
            "profile_revision": profile_revision.id,
        }
    return params


def _cases(app) -> list[tuple[str, str, str, str]]:
    """(endpoint, rule, method, role) for every protected route, denials first."""
    denied, allowed = [], []
    for rule in app.url_map.iter_rules():
        if not rule.rule.startswith(("/manage", "/admin")):
            continue
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            for role in ROLES:
                case = (rule.endpoint, rule.rule, method, role)
                (allowed if _expected(rule, role) == "ok" else denied).append(case)
    allowed.sort(key=lambda c: (c[2] in UNSAFE, c[1].startswith("/admin")))
    return denied + allowed


def _expected(rule, role: str) -> str:
    if role == "anonymous":
        return "login"
    if rule.rule.startswith("/manage"):
        if role in ("officer", "admin"):
            return "forbidden"
        if role == "producer_b" and OBJECT_PARAMS & set(rule.arguments):
            return "not found"
        return "ok"
    if role.startswith("producer"):
        return "forbidden"
    if rule.endpoint in ADMIN_ONLY and role != "admin":
        return "forbidden"
    return "ok"


@pytest.fixture(scope="module")
def matrix(tmp_path_factory, sqlite_template):
    """One app for the whole matrix, with a logged-in client per visitor."""
    folder = tmp_path_factory.mktemp("access")
    path = folder / "catalogue.sqlite3"
    shutil.copy(sqlite_template, path)
    app = create_app(base_config(folder, f"sqlite:///{path}"))
    params = _setup(app)
    clients = {"anonymous": app.test_client()}
    for role in ROLES[1:]:
        clients[role] = app.test_client()
        login(clients[role], PEOPLE[role][0])
    yield app, clients, params
    with app.app_context():
        db.session.remove()
        db.engine.dispose()


def _url(app, endpoint: str, rule, params: dict) -> str:
    values = {}
    for name in rule.arguments:
        if name == "revision_id":
            key = (
                "profile_revision"
                if endpoint.startswith("portal.")
                else "review_revision"
            )
            values[name] = params[key]
        else:
            assert name in params, f"no test value for <{name}> in {rule.rule}"
            values[name] = params[name]
    with app.test_request_context():
        from flask import url_for

        return url_for(endpoint, **values)


def pytest_generate_tests(metafunc):
    if "case" in metafunc.fixturenames:
        app = create_app(base_config(_tmp_instance(), "sqlite://"))
        cases = _cases(app)
        metafunc.parametrize(
            "case", cases, ids=[f"{m} {r} as {who}" for _, r, m, who in cases]
        )


def _tmp_instance():
    import tempfile

    return tempfile.mkdtemp(prefix="access-rules-")


def test_route_answers_each_visitor_as_expected(matrix, case):
    app, clients, params = matrix
    endpoint, rule_text, method, role = case
    rule = next(
        r
        for r in app.url_map.iter_rules()
        if r.endpoint == endpoint and r.rule == rule_text
    )
    url = _url(app, endpoint, rule, params)
    response = clients[role].open(url, method=method)
    expected = _expected(rule, role)
    status = response.status_code
    if expected == "login":
        assert status == 302 and response.headers["Location"].startswith(
            "/login?next="
        ), status
    elif expected == "forbidden":
        assert status == 403, status
    elif expected == "not found":
        assert status == 404, status
    elif method == "GET":
        assert status == 200, status
    else:
        assert status in (200, 302, 400, 409), status


def test_every_protected_route_is_in_the_matrix(matrix):
    app, _clients, params = matrix
    rules = [
        r for r in app.url_map.iter_rules() if r.rule.startswith(("/manage", "/admin"))
    ]
    assert len(rules) > 40
    for rule in rules:
        _url(app, rule.endpoint, rule, params)  # every parameter has a test value


def test_other_producers_data_is_never_in_the_portal(matrix):
    app, clients, _params = matrix
    b_names = []
    with app.app_context():
        b = db.session.scalar(select(Producer).filter_by(slug="tht-xoai-huu-co-my-hoi"))
        b_names = [p.name_vi for p in b.products]
    for url in ("/manage/", "/manage/products", "/manage/lots", "/manage/scans"):
        page = clients["producer_a"].get(url).get_data(as_text=True)
        for name in b_names:
            assert name not in page, (url, name)


@pytest.mark.parametrize(
    "url, role",
    [
        ("/manage/products/99999999999999999999999", "producer_a"),
        ("/manage/lots/0", "producer_a"),
        ("/manage/scans?lot=99999999999999999999999&page=-1", "producer_a"),
        ("/admin/users/99999999999999999999999", "officer"),
        ("/admin/reviews/99999999999999999999999", "officer"),
        ("/admin/audit?page=99999999999999999999999", "officer"),
        ("/admin/programme/periods/99999999999999999999999/edit", "admin"),
        ("/admin/programme/periods/9223372036854775808/edit", "admin"),
    ],
)
def test_absurd_ids_are_not_found_not_errors(matrix, url, role):
    _app, clients, _params = matrix
    assert clients[role].get(url).status_code in (200, 404)
