"""Producers and accounts: officers manage producer accounts, admins everyone."""

from flask import (
    abort,
    flash,
    make_response,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from sqlalchemy import select

from catalogue import moderation
from catalogue.admin import services
from catalogue.admin.forms import ProducerForm, UserForm
from catalogue.admin.views import bp
from catalogue.auth import role_required
from catalogue.extensions import db
from catalogue.models import Producer, User
from catalogue.portal.forms import ActionForm
from catalogue.public import queries

ROLE_LABELS = {
    "producer": _l("Producer"),
    "officer": _l("Officer"),
    "admin": _l("Administrator"),
}


@bp.get("/producers")
def producer_list():
    producers = db.session.scalars(select(Producer).order_by(Producer.name)).all()
    return render_template("admin/producer_list.html", producers=producers)


@bp.route("/producers/new", methods=["GET", "POST"])
@bp.route("/producers/<id:producer_id>", methods=["GET", "POST"])
def producer_edit(producer_id: int | None = None):
    producer = db.get_or_404(Producer, producer_id) if producer_id else None
    form = ProducerForm(obj=producer if request.method == "GET" else None)
    form.commune_id.choices = [(c.id, c.name) for c in queries.communes()]
    if request.method == "GET" and producer is not None:
        form.base_version.data = producer.version
    status = 200
    if form.validate_on_submit() and not form.preview.data:
        base_version, _pending = form.markers()
        if producer is not None and base_version != producer.version:
            flash(moderation.stale_message(), "error")
            status = 409
        else:
            saved = services.save_producer(producer, form.values(), current_user)
            db.session.commit()
            flash(_("Saved."), "info")
            return redirect(url_for("admin.producer_edit", producer_id=saved.id))
    elif form.errors:
        status = 400
    return render_template(
        "admin/producer_form.html",
        form=form,
        producer=producer,
        pending=moderation.pending("producer", producer.id) if producer else None,
    ), status


def _manageable(user_id: int) -> User:
    user = db.get_or_404(User, user_id)
    if user.role not in services.roles_managed_by(current_user):
        abort(403)
    return user


@bp.get("/users")
def user_list():
    return render_template(
        "admin/user_list.html",
        users=services.users(current_user),
        role_labels=ROLE_LABELS,
    )


@bp.get("/officers")
@role_required("admin")
def officer_list():
    officers = db.session.scalars(
        select(User).where(User.role.in_(("officer", "admin"))).order_by(User.email)
    ).all()
    return render_template(
        "admin/officer_list.html", users=officers, role_labels=ROLE_LABELS
    )


@bp.route("/users/new", methods=["GET", "POST"])
def user_new():
    form = UserForm()
    roles = services.roles_managed_by(current_user)
    form.role.choices = [(r, ROLE_LABELS[r]) for r in roles]
    producers = db.session.scalars(select(Producer).order_by(Producer.name)).all()
    form.producer_id.choices = [(0, _("None"))] + [(p.id, p.name) for p in producers]
    if form.validate_on_submit():
        producer = db.session.get(Producer, form.producer_id.data or 0)
        try:
            if (form.role.data == "producer") != (producer is not None):
                raise services.AdminError(
                    _("Producer accounts need a producer; other accounts none.")
                )
            user, password = services.create_account(
                form.email.data, form.role.data, producer, current_user
            )
        except services.AdminError as exc:
            db.session.rollback()
            form.email.errors = [str(exc)]
        else:
            db.session.commit()
            return _show_password(user, password)
    return render_template("admin/user_new.html", form=form), (
        400 if form.errors else 200
    )


@bp.get("/users/<id:user_id>")
def user_detail(user_id: int):
    user = _manageable(user_id)
    return render_template(
        "admin/user_detail.html",
        user=user,
        form=ActionForm(formdata=None),
        role_labels=ROLE_LABELS,
    )


@bp.post("/users/<id:user_id>/reset-password")
def user_reset_password(user_id: int):
    user = _manageable(user_id)
    if not ActionForm().validate_on_submit():
        abort(400)
    password = services.reset_password(user, current_user)
    db.session.commit()
    return _show_password(user, password)


@bp.post("/users/<id:user_id>/active")
def user_set_active(user_id: int):
    user = _manageable(user_id)
    if not ActionForm().validate_on_submit():
        abort(400)
    active = request.form.get("active") == "1"
    try:
        services.set_active(user, active, current_user)
    except services.AdminError as exc:
        flash(str(exc), "error")
    else:
        db.session.commit()
        flash(_("Unblocked.") if active else _("Blocked."), "info")
    return redirect(url_for("admin.user_detail", user_id=user.id))


def _show_password(user: User, password: str):
    """The one time the password is shown: never stored, never cached."""
    response = make_response(
        render_template("admin/password_shown.html", user=user, password=password)
    )
    response.headers["Cache-Control"] = "no-store"
    return response
