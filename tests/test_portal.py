"""Producer portal: logging in, proposing changes, moderation, stale pages."""

import re
from datetime import timedelta

import pytest
from sqlalchemy import event, select
from sqlalchemy.orm import Session

from catalogue import moderation
from catalogue.extensions import db
from catalogue.models import AuditEntry, Product, Revision, User
from catalogue.models.base import today
from tests.test_portal_helpers import (
    PASSWORD,
    PEOPLE,
    add_users,
    login,
    password_hash,
)

pytest_plugins = ("tests.test_portal_helpers",)  # fixtures: people, as_user, ids

BOTH_BACKENDS = True


def product_form(app, product_id: int, **changes) -> dict:
    """The edit form's fields as the page would post them, with changes."""
    with app.app_context():
        product = db.session.get(Product, product_id)
        values = moderation.proposed_values(product)
        open_revision = moderation.pending("product", product_id)
        data = {
            k: "" if values[k] is None else values[k] for k in moderation.PRODUCT_FIELDS
        }
        data["base_version"] = product.version
        data["revision_id"] = open_revision.id if open_revision else ""
    data.update(changes)
    data.setdefault("submit", "1")
    return data


def hidden_markers(html: str) -> dict:
    """base_version and revision_id as rendered in a page's form."""
    found = {}
    for name in ("base_version", "revision_id"):
        match = re.search(
            rf'id="{name}" name="{name}" type="hidden" value="([^"]*)"', html
        )
        found[name] = match.group(1) if match else ""
    return found


def approve_all(app, officer_email="officer@caolanh.example.vn"):
    """Approve every pending proposal as the officer."""
    with app.app_context():
        officer = db.session.scalar(select(User).filter_by(email=officer_email))
        for revision in moderation.queue():
            moderation.approve(revision, officer)
        db.session.commit()


# --- logging in and out -------------------------------------------------------


def test_producer_logs_in_and_lands_on_portal(app, people):
    client = app.test_client()
    response = client.post(
        "/login", data={"email": "A@HTX.example.vn ", "password": PASSWORD}
    )
    assert response.status_code == 302
    assert response.headers["Location"] == "/manage/"
    page = client.get("/manage/")
    assert page.status_code == 200
    assert "Hợp tác xã xoài Mỹ Xương" in page.get_data(as_text=True)


def test_wrong_password_and_unknown_email_get_the_same_message(app, people):
    client = app.test_client()
    wrong = client.post(
        "/login", data={"email": PEOPLE["officer"][0], "password": "x" * 12}
    )
    unknown = client.post(
        "/login", data={"email": "who@nowhere.vn", "password": "x" * 12}
    )
    assert wrong.status_code == unknown.status_code == 401
    message = "E-mail hoặc mật khẩu không đúng"
    for response in (wrong, unknown):
        assert message in response.get_data(as_text=True)
    assert 'value="officer@caolanh.example.vn"' in wrong.get_data(as_text=True)


def test_blocked_account_cannot_log_in(app, people):
    with app.app_context():
        user = db.session.get(User, people["producer_a"])
        user.is_active_flag = False
        db.session.commit()
    response = app.test_client().post(
        "/login", data={"email": PEOPLE["producer_a"][0], "password": PASSWORD}
    )
    assert response.status_code == 401


def test_login_returns_only_to_local_pages(app, people):
    client = app.test_client()
    response = client.get("/manage/lots")
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/login?next=")
    email = PEOPLE["producer_a"][0]
    back = client.post(
        "/login?next=/manage/lots", data={"email": email, "password": PASSWORD}
    )
    assert back.headers["Location"] == "/manage/lots"
    other = app.test_client().post(
        "/login?next=//evil.example/x", data={"email": email, "password": PASSWORD}
    )
    assert other.headers["Location"] == "/manage/"


def test_logout_needs_a_post_and_ends_the_session(as_user):
    client = as_user("producer_a")
    assert client.get("/logout").status_code == 200  # a confirmation page
    assert client.get("/manage/").status_code == 200
    assert client.post("/logout").status_code == 302
    assert client.get("/manage/").status_code == 302


def test_session_cookie_is_secure_only_over_https(app_factory):
    for base, secure in (
        ("https://ocop.example.vn", True),
        ("http://127.0.0.1:5000", False),
    ):
        app = app_factory(BASE_URL=base)
        assert app.config["SESSION_COOKIE_SECURE"] is secure
        add_users(app)
        response = app.test_client().post(
            "/login", data={"email": PEOPLE["officer"][0], "password": PASSWORD}
        )
        cookie = response.headers["Set-Cookie"]
        assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
        assert ("Secure" in cookie) is secure


def test_password_change_ends_other_sessions(app, as_user):
    first, second = as_user("producer_a"), as_user("producer_a")
    new = "Xoài-cát-Hòa-Lộc-ngon-2025"
    weak = first.post(
        "/manage/password",
        data={"current": PASSWORD, "new": "short", "confirm": "short"},
    )
    assert weak.status_code == 400
    done = first.post(
        "/manage/password", data={"current": PASSWORD, "new": new, "confirm": new}
    )
    assert done.status_code == 302
    assert first.get("/manage/").status_code == 200  # this session goes on
    assert second.get("/manage/").status_code == 302  # the other one ended
    login(app.test_client(), PEOPLE["producer_a"][0], new)


# --- moderation -----------------------------------------------------------------


def test_edit_stays_private_until_an_officer_approves(app, as_user, ids):
    producer, officer = as_user("producer_a"), as_user("officer")
    a = ids["a"]
    public_url = f"/products/{a['product_slug']}"
    before = app.test_client().get(public_url).get_data(as_text=True)
    data = product_form(app, a["product"], name_vi="Xoài Cát Chu loại một")
    assert (
        producer.post(f"/manage/products/{a['product']}", data=data).status_code == 302
    )

    edit_page = producer.get(f"/manage/products/{a['product']}").get_data(as_text=True)
    assert "Xoài Cát Chu loại một" in edit_page  # the producer sees the proposal
    public = app.test_client().get(public_url).get_data(as_text=True)
    assert "Xoài Cát Chu loại một" not in public
    assert public.count("Xoài Cát Chu Cao Lãnh") == before.count(
        "Xoài Cát Chu Cao Lãnh"
    )

    with app.app_context():
        revision = moderation.pending("product", a["product"])
        assert revision.payload == {"name_vi": "Xoài Cát Chu loại một"}
    review = officer.get(f"/admin/reviews/{revision.id}").get_data(as_text=True)
    assert "Xoài Cát Chu Cao Lãnh" in review and "Xoài Cát Chu loại một" in review
    assert officer.post(f"/admin/reviews/{revision.id}/approve").status_code == 302

    assert "Xoài Cát Chu loại một" in app.test_client().get(public_url).get_data(
        as_text=True
    )
    with app.app_context():
        actions = db.session.scalars(
            select(AuditEntry.action).where(
                AuditEntry.entity == "product", AuditEntry.entity_id == a["product"]
            )
        ).all()
        assert {"propose", "approve"} <= set(actions)
        approved = db.session.scalar(
            select(AuditEntry).where(AuditEntry.action == "approve")
        )
        assert approved.old == {"name_vi": "Xoài Cát Chu Cao Lãnh"}
        assert approved.new == {"name_vi": "Xoài Cát Chu loại một"}
        assert approved.producer_id == a["producer"]


def test_producer_sees_why_a_change_was_rejected(app, as_user, ids):
    producer, officer = as_user("producer_a"), as_user("officer")
    a = ids["a"]
    data = product_form(app, a["product"], price_min="1000")
    producer.post(f"/manage/products/{a['product']}", data=data)
    with app.app_context():
        revision_id = moderation.pending("product", a["product"]).id
    empty = officer.post(f"/admin/reviews/{revision_id}/reject", data={"reason": " "})
    assert empty.status_code == 400
    officer.post(
        f"/admin/reviews/{revision_id}/reject",
        data={"reason": "Giá 1.000 đồng/kg không hợp lý"},
    )
    page = producer.get(f"/manage/products/{a['product']}").get_data(as_text=True)
    assert "Bị từ chối" in page or "Rejected" in page
    assert "Giá 1.000 đồng/kg không hợp lý" in page
    with app.app_context():
        assert db.session.get(Product, a["product"]).price_min == 45000


def test_second_save_from_a_stale_page_is_refused_and_keeps_the_text(app, as_user, ids):
    a = ids["a"]
    with app.app_context():
        db.session.add(
            User(
                email="a2@htx.example.vn",
                password_hash=password_hash(),
                role="producer",
                producer_id=a["producer"],
                session_token="t2",
            )
        )
        db.session.commit()
    first = as_user("producer_a")
    second = app.test_client()
    login(second, "a2@htx.example.vn")
    url = f"/manage/products/{a['product']}"
    markers_first = hidden_markers(first.get(url).get_data(as_text=True))
    markers_second = hidden_markers(second.get(url).get_data(as_text=True))
    assert markers_first == markers_second

    data = product_form(app, a["product"], summary_vi="Bản của người thứ nhất")
    data.update(markers_first)
    assert first.post(url, data=data).status_code == 302
    data = product_form(app, a["product"], summary_vi="Bản của người thứ hai")
    data.update(markers_second)
    late = second.post(url, data=data)
    assert late.status_code == 409
    body = late.get_data(as_text=True)
    assert "Bản của người thứ hai" in body  # what they typed is still there
    with app.app_context():
        revision = moderation.pending("product", a["product"])
        assert revision.payload["summary_vi"] == "Bản của người thứ nhất"


def test_two_proposals_racing_for_one_product_leave_one_pending(app, as_user, ids):
    """The second of two proposals saved at the same instant gets 409, not 500.

    The race is made exact: another proposal is committed on a separate
    connection just before this request writes its own.
    """
    a = ids["a"]
    raced = []

    def someone_else_proposes_first(session, _context, _instances):
        if raced or not any(isinstance(obj, Revision) for obj in session.new):
            return
        raced.append(True)
        with db.engine.begin() as other:
            other.execute(
                Revision.__table__.insert().values(
                    entity="product",
                    entity_id=a["product"],
                    producer_id=db.session.get(Product, a["product"]).producer_id,
                    payload={"summary_vi": "Bản của người kia"},
                    base_version=0,
                    status="pending",
                    submitted_at=moderation.utcnow(),
                    reason="",
                )
            )

    data = product_form(app, a["product"], summary_vi="Bản của tôi")
    event.listen(Session, "before_flush", someone_else_proposes_first)
    try:
        late = as_user("producer_a").post(f"/manage/products/{a['product']}", data=data)
    finally:
        event.remove(Session, "before_flush", someone_else_proposes_first)
    assert raced and late.status_code == 409
    assert "Bản của tôi" in late.get_data(as_text=True)  # still in the form
    with app.app_context():
        open_ones = db.session.scalars(
            select(Revision).where(
                Revision.entity_id == a["product"], Revision.status == "pending"
            )
        ).all()
        assert [r.payload for r in open_ones] == [{"summary_vi": "Bản của người kia"}]


def test_officer_cannot_approve_a_proposal_made_before_another_change(
    app, as_user, ids
):
    producer, officer = as_user("producer_a"), as_user("officer")
    a = ids["a"]
    producer.post(
        f"/manage/products/{a['product']}",
        data=product_form(app, a["product"], name_en="Mango, first try"),
    )
    with app.app_context():
        revision_id = moderation.pending("product", a["product"]).id
        product = db.session.get(Product, a["product"])
        product.plan_mention = product.plan_mention + " "  # someone else's change
        db.session.commit()
    response = officer.post(f"/admin/reviews/{revision_id}/approve")
    assert response.status_code == 302
    assert "thay đổi sau khi" in officer.get(response.headers["Location"]).get_data(
        as_text=True
    )
    with app.app_context():
        assert db.session.get(Revision, revision_id).status == "pending"
        assert db.session.get(Product, a["product"]).name_en != "Mango, first try"


def test_a_reviewed_proposal_cannot_be_reviewed_twice(app, people, ids):
    a = ids["a"]
    with app.app_context():
        product = db.session.get(Product, a["product"])
        producer = db.session.get(User, people["producer_a"])
        officer = db.session.get(User, people["officer"])
        revision = moderation.propose(
            product, {"name_en": "Mango"}, producer, product.version, None
        )
        db.session.commit()
        moderation.reject(revision, officer, "no")
        db.session.commit()
        with pytest.raises(moderation.Conflict):
            moderation.approve(revision, officer)


def test_form_with_errors_keeps_what_was_typed(app, as_user, ids):
    producer = as_user("producer_a")
    a = ids["a"]
    story = "Câu chuyện *mới* của vườn xoài\n\nĐoạn hai."
    data = product_form(
        app, a["product"], story_vi=story, price_min="90000", price_max="100"
    )
    response = producer.post(f"/manage/products/{a['product']}", data=data)
    assert response.status_code == 400
    body = response.get_data(as_text=True)
    assert "Câu chuyện *mới* của vườn xoài" in body
    assert 'value="90000"' in body
    with app.app_context():
        assert moderation.pending("product", a["product"]) is None


def test_preview_shows_the_story_rendered_without_saving(app, as_user, ids):
    producer = as_user("producer_a")
    a = ids["a"]
    data = product_form(app, a["product"], story_vi="Vườn **xoài** ba đời")
    del data["submit"]
    data["preview"] = "1"
    response = producer.post(f"/manage/products/{a['product']}", data=data)
    assert response.status_code == 200
    assert "Vườn <strong>xoài</strong> ba đời" in response.get_data(as_text=True)
    with app.app_context():
        assert moderation.pending("product", a["product"]) is None


def test_new_product_is_hidden_until_approved(app, as_user, ids):
    producer, officer = as_user("producer_a"), as_user("officer")
    with app.app_context():
        group_id = db.session.get(Product, ids["a"]["product"]).group_id
        commune_id = db.session.get(Product, ids["a"]["product"]).commune_id
    response = producer.post(
        "/manage/products/new",
        data={
            "name_vi": "Mứt xoài Mỹ Xương",
            "group_id": group_id,
            "commune_id": commune_id,
            "season": ["3", "4"],
            "standards": ["VietGAP"],
            "submit": "1",
        },
    )
    assert response.status_code == 302
    with app.app_context():
        product = db.session.scalar(
            select(Product).filter_by(name_vi="Mứt xoài Mỹ Xương")
        )
        assert product.status == "pending" and product.slug == "mut-xoai-my-xuong"
        revision = moderation.pending("product", product.id)
        product_id = product.id
    assert app.test_client().get("/products/mut-xoai-my-xuong").status_code == 404
    review = officer.get(f"/admin/reviews/{revision.id}").get_data(as_text=True)
    assert "Mứt xoài Mỹ Xương" in review
    officer.post(f"/admin/reviews/{revision.id}/approve")
    assert app.test_client().get("/products/mut-xoai-my-xuong").status_code == 200
    with app.app_context():
        product = db.session.get(Product, product_id)
        assert product.status == "published" and product.season == [3, 4]


def test_producer_can_withdraw_a_proposal(app, as_user, ids):
    producer = as_user("producer_a")
    a = ids["a"]
    producer.post(
        f"/manage/products/{a['product']}",
        data=product_form(app, a["product"], name_en="Mango"),
    )
    with app.app_context():
        revision_id = moderation.pending("product", a["product"]).id
    assert producer.post(f"/manage/revisions/{revision_id}/withdraw").status_code == 302
    with app.app_context():
        assert db.session.get(Revision, revision_id).status == "withdrawn"


def test_profile_changes_go_through_review(app, as_user, ids):
    producer, officer = as_user("producer_a"), as_user("officer")
    page = producer.get("/manage/profile").get_data(as_text=True)
    markers = hidden_markers(page)
    response = producer.post(
        "/manage/profile",
        data={
            "address": "ấp 5, xã Mỹ Xương",
            "phone": "0277 000 099",
            "website": "https://xoai.example.vn",
            "story_vi": "Chuyện hợp tác xã",
            "lat": "10.42",
            "lon": "105.68",
            "submit": "1",
            **markers,
        },
    )
    assert response.status_code == 302
    bad = producer.post(
        "/manage/profile",
        data={"website": "javascript:alert(1)", "lat": "nan", "submit": "1", **markers},
    )
    assert bad.status_code == 400
    with app.app_context():
        revision = moderation.pending("producer", ids["a"]["producer"])
        assert revision.payload["address"] == "ấp 5, xã Mỹ Xương"
    officer.post(f"/admin/reviews/{revision.id}/approve")
    page = app.test_client().get("/producers/htx-xoai-my-xuong").get_data(as_text=True)
    assert "ấp 5, xã Mỹ Xương" in page


def test_expiring_certificate_is_shown_to_its_producer(app, as_user, ids):
    with app.app_context():
        product = db.session.get(Product, ids["a"]["product"])
        current = product.current_evaluation()
        assert current is not None
        current.expires_on = today() + timedelta(days=30)
        name = product.name_vi
        db.session.commit()
    page = as_user("producer_a").get("/manage/").get_data(as_text=True)
    assert "sắp hết hạn" in page or "expiring" in page.lower()
    other = as_user("producer_b").get("/manage/").get_data(as_text=True)
    assert name not in other
    officer_page = as_user("officer").get("/admin/certificates").get_data(as_text=True)
    assert name in officer_page
