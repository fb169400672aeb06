"""Accounts: creating, resetting and blocking; CSRF; login rate limits."""

import os
import re
import uuid

import pytest
from sqlalchemy import select

from catalogue.extensions import db
from catalogue.models import AuditEntry, User
from tests.test_portal_helpers import PASSWORD, PEOPLE, add_users, csrf_token, login

pytest_plugins = ("tests.test_portal_helpers",)  # fixtures: people, as_user, ids

ONE_TIME = re.compile(r'<p class="one-time"><code>([^<]+)</code>')


def test_officer_creates_a_producer_account_with_a_one_time_password(app, as_user, ids):
    officer = as_user("officer")
    response = officer.post(
        "/admin/users/new",
        data={
            "email": "Moi@HTX.example.vn",
            "role": "producer",
            "producer_id": ids["a"]["producer"],
        },
    )
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "no-store"
    password = ONE_TIME.search(response.get_data(as_text=True)).group(1)
    client = app.test_client()
    login(client, "moi@htx.example.vn", password)
    assert client.get("/manage/").status_code == 200
    with app.app_context():
        entries = db.session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "user")
        )
        assert all(password not in str(e.new) for e in entries)


def test_officers_manage_producer_accounts_admins_manage_officers(app, as_user, people):
    officer, admin = as_user("officer"), as_user("admin")
    made = officer.post(
        "/admin/users/new",
        data={"email": "cb2@caolanh.example.vn", "role": "officer", "producer_id": "0"},
    )
    assert made.status_code == 400
    assert officer.get("/admin/officers").status_code == 403
    assert officer.get(f"/admin/users/{people['admin']}").status_code == 403
    assert (
        officer.post(f"/admin/users/{people['admin']}/reset-password").status_code
        == 403
    )
    assert admin.get("/admin/officers").status_code == 200
    made = admin.post(
        "/admin/users/new",
        data={"email": "cb2@caolanh.example.vn", "role": "officer", "producer_id": "0"},
    )
    assert made.status_code == 200 and ONE_TIME.search(made.get_data(as_text=True))
    mixed = admin.post(
        "/admin/users/new",
        data={"email": "cb3@caolanh.example.vn", "role": "officer", "producer_id": "1"},
    )
    assert mixed.status_code == 400


def test_password_reset_shows_a_new_password_and_ends_sessions(app, as_user, people):
    victim = as_user("producer_a")
    response = as_user("officer").post(
        f"/admin/users/{people['producer_a']}/reset-password"
    )
    new = ONE_TIME.search(response.get_data(as_text=True)).group(1)
    assert victim.get("/manage/").status_code == 302  # logged out
    refused = app.test_client().post(
        "/login", data={"email": PEOPLE["producer_a"][0], "password": PASSWORD}
    )
    assert refused.status_code == 401
    login(app.test_client(), PEOPLE["producer_a"][0], new)


def test_blocked_account_is_logged_out_and_cannot_log_in(app, as_user, people):
    victim, officer = as_user("producer_b"), as_user("officer")
    url = f"/admin/users/{people['producer_b']}/active"
    assert officer.post(url, data={"active": "0"}).status_code == 302
    assert victim.get("/manage/").status_code == 302
    refused = app.test_client().post(
        "/login", data={"email": PEOPLE["producer_b"][0], "password": PASSWORD}
    )
    assert refused.status_code == 401
    officer.post(url, data={"active": "1"})
    login(app.test_client(), PEOPLE["producer_b"][0])
    admin = as_user("admin")
    admin.post(f"/admin/users/{people['admin']}/active", data={"active": "0"})
    with app.app_context():
        assert db.session.get(User, people["admin"]).is_active


def test_forms_need_the_csrf_token(app_factory):
    app = app_factory(WTF_CSRF_ENABLED=True)
    add_users(app)
    client = app.test_client()
    data = {"email": PEOPLE["producer_a"][0], "password": PASSWORD}
    assert client.post("/login", data=data).status_code == 400
    token = csrf_token(client.get("/login").get_data(as_text=True))
    assert client.post("/login", data={**data, "csrf_token": token}).status_code == 302
    assert client.post("/manage/profile", data={"address": "x"}).status_code == 400
    assert client.post("/logout").status_code == 400
    page = client.get("/manage/").get_data(as_text=True)
    assert (
        client.post("/logout", data={"csrf_token": csrf_token(page)}).status_code == 302
    )


def _limited_app(app_factory, **extra):
    app = app_factory(
        RATELIMIT_ENABLED=True,
        LOGIN_RATE_LIMIT="3 per minute",
        RATELIMIT_KEY_PREFIX="t" + uuid.uuid4().hex[:8],
        **extra,
    )
    add_users(app)
    return app


def _try(client, email, password="wrong-password-1", address="10.0.0.1"):
    return client.post(
        "/login",
        data={"email": email, "password": password},
        environ_base={"REMOTE_ADDR": address},
    ).status_code


def check_limits(app):
    client = app.test_client()
    email = PEOPLE["officer"][0]
    # Per account: three failures from three places, then the fourth is refused.
    assert [_try(client, email, address=f"10.0.1.{n}") for n in range(3)] == [401] * 3
    assert _try(client, email, address="10.0.1.9") == 429
    assert _try(client, email, PASSWORD, address="10.0.1.10") == 429
    # Per client: three accounts tried from one address, then it is refused.
    assert [_try(client, f"x{n}@example.vn", address="10.0.2.1") for n in range(3)] == [
        401
    ] * 3
    assert _try(client, "y@example.vn", address="10.0.2.1") == 429
    assert "Đăng nhập sai quá nhiều lần" in client.post(
        "/login",
        data={"email": "z@example.vn", "password": "p"},
        environ_base={"REMOTE_ADDR": "10.0.2.1"},
    ).get_data(as_text=True)
    # Successful logins do not count.
    for _ in range(5):
        assert _try(app.test_client(), PEOPLE["admin"][0], PASSWORD, "10.0.3.1") == 302


def test_login_is_rate_limited_per_account_and_per_client(app_factory):
    app = _limited_app(app_factory)
    assert app.config["RATELIMIT_STORAGE_URI"] == "memory://"
    check_limits(app)


REDIS_URL = os.environ.get("CATALOGUE_TEST_REDIS_URL", "")


@pytest.mark.skipif(not REDIS_URL, reason="CATALOGUE_TEST_REDIS_URL is not set")
def test_login_limits_are_shared_through_redis(app_factory):
    app = _limited_app(app_factory, REDIS_URL=REDIS_URL)
    assert app.config["RATELIMIT_STORAGE_URI"] == REDIS_URL
    check_limits(app)
