"""Officer and admin pages under /admin: reviews, products, evaluations, audit."""

from flask import (
    Blueprint,
    abort,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy import select

from catalogue import audit, moderation
from catalogue.admin import services
from catalogue.admin.forms import (
    PRODUCT_STATUS_LABELS,
    REGISTER_LABELS,
    AuditFilterForm,
    EvaluationForm,
    ProductAdminForm,
    RejectForm,
    RevokeForm,
)
from catalogue.extensions import db, login_manager
from catalogue.models import Evaluation, Producer, Product, Revision, User
from catalogue.models.base import today
from catalogue.portal import account, stats
from catalogue.portal import services as portal_services
from catalogue.portal.fields import TEMPLATE_HELPERS
from catalogue.portal.forms import ActionForm
from catalogue.public import queries
from catalogue.urls import int_arg

bp = Blueprint("admin", __name__, url_prefix="/admin")
STATUS_CHOICES = tuple(PRODUCT_STATUS_LABELS)


@bp.before_request
def officers_only():
    """Every admin page needs an officer's or an admin's login."""
    if not current_user.is_authenticated:
        return login_manager.unauthorized()
    if current_user.role not in ("officer", "admin"):
        abort(403)


@bp.after_request
def no_store(response):
    """Admin pages are private: no shared or back-button caching."""
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.context_processor
def helpers():
    """Labels for coded values on admin pages."""
    return {
        **TEMPLATE_HELPERS,
        "register_labels": REGISTER_LABELS,
        # The programme pages (report downloads) live in their own blueprint.
        "reports_url": url_for("programme.reports")
        if "programme.reports" in current_app.view_functions
        else None,
    }


@bp.get("/")
def dashboard():
    return render_template(
        "admin/dashboard.html",
        reviews=moderation.queue(),
        expiring=stats.expiring_certificates(),
        recent=audit.entries(audit.AuditFilter())[0][:10],
    )


@bp.get("/reviews")
def review_list():
    producers = db.session.execute(select(Producer.id, Producer.name)).all()
    return render_template(
        "admin/review_list.html",
        reviews=moderation.queue(),
        producer_names=dict(producers),
    )


@bp.get("/reviews/<id:revision_id>")
def review_detail(revision_id: int, reject_form=None, status=200):
    revision = db.get_or_404(Revision, revision_id)
    return render_template(
        "admin/review_detail.html",
        revision=revision,
        obj=moderation.target(revision),
        rows=moderation.diff(revision),
        stale=revision.status == "pending" and moderation.is_stale(revision),
        approve_form=ActionForm(formdata=None),
        reject_form=reject_form or RejectForm(formdata=None),
    ), status


@bp.post("/reviews/<id:revision_id>/approve")
def review_approve(revision_id: int):
    revision = db.get_or_404(Revision, revision_id)
    if not ActionForm().validate_on_submit():
        abort(400)
    try:
        moderation.approve(revision, current_user)
    except moderation.Conflict as exc:
        db.session.rollback()
        flash(str(exc), "error")
        return redirect(url_for("admin.review_detail", revision_id=revision_id))
    db.session.commit()
    flash(_("Approved: the change is public."), "info")
    return redirect(url_for("admin.review_list"))


@bp.post("/reviews/<id:revision_id>/reject")
def review_reject(revision_id: int):
    revision = db.get_or_404(Revision, revision_id)
    form = RejectForm()
    if not form.validate_on_submit():
        return review_detail(revision_id, reject_form=form, status=400)
    try:
        moderation.reject(revision, current_user, form.reason.data)
    except moderation.Conflict as exc:
        db.session.rollback()
        flash(str(exc), "error")
        return redirect(url_for("admin.review_detail", revision_id=revision_id))
    db.session.commit()
    flash(_("Rejected: the producer sees your reason."), "info")
    return redirect(url_for("admin.review_list"))


@bp.get("/products")
def product_list():
    status = request.args.get("status", "")
    query = select(Product).order_by(Product.name_vi)
    if status in STATUS_CHOICES:
        query = query.where(Product.status == status)
    products = db.session.scalars(query).all()
    return render_template("admin/product_list.html", products=products, status=status)


@bp.route("/products/<id:product_id>", methods=["GET", "POST"])
def product_detail(product_id: int):
    product = db.get_or_404(Product, product_id)
    form = ProductAdminForm(obj=product if request.method == "GET" else None)
    form.group_id.choices = portal_services.group_choices()
    form.commune_id.choices = [(c.id, c.name) for c in queries.communes()]
    form.status.choices = list(PRODUCT_STATUS_LABELS.items())
    if form.validate_on_submit():
        values = {k: form[k].data for k in ("group_id", "commune_id", "gtin", "status")}
        try:
            services.update_product(product, values, current_user)
        except services.AdminError as exc:
            db.session.rollback()
            form.gtin.errors = [str(exc)]
        else:
            db.session.commit()
            flash(_("Saved."), "info")
            return redirect(request.path)
    return render_template(
        "admin/product_detail.html",
        product=product,
        form=form,
        pending=moderation.pending("product", product.id),
    ), (400 if form.errors else 200)


@bp.route("/products/<id:product_id>/evaluations/new", methods=["GET", "POST"])
def evaluation_new(product_id: int):
    product = db.get_or_404(Product, product_id)
    form = EvaluationForm(services.rule_sets())
    if form.validate_on_submit():
        data = {
            name: form[name].data
            for name in (
                "rule_set_id",
                "score",
                "score_a",
                "score_b",
                "score_c",
                "level",
                "decision_number",
                "decided_on",
            )
        }
        services.record_evaluation(product, data, current_user)
        db.session.commit()
        flash(_("The evaluation is recorded."), "info")
        return redirect(url_for("admin.product_detail", product_id=product.id))
    return render_template("admin/evaluation_form.html", product=product, form=form), (
        400 if form.errors else 200
    )


@bp.route("/evaluations/<id:evaluation_id>/revoke", methods=["GET", "POST"])
def evaluation_revoke(evaluation_id: int):
    evaluation = db.get_or_404(Evaluation, evaluation_id)
    form = RevokeForm()
    if request.method == "GET":
        form.revoked_on.data = today()
    if form.validate_on_submit():
        try:
            services.revoke_evaluation(
                evaluation,
                form.revoked_on.data,
                form.reason_vi.data,
                form.reason_en.data,
                current_user,
            )
        except services.AdminError as exc:
            flash(str(exc), "error")
        else:
            db.session.commit()
            flash(_("The certificate is revoked."), "info")
        return redirect(
            url_for("admin.product_detail", product_id=evaluation.product_id)
        )
    return render_template(
        "admin/evaluation_revoke.html", evaluation=evaluation, form=form
    ), (400 if form.errors else 200)


@bp.get("/certificates")
def certificate_list():
    return render_template(
        "admin/certificate_list.html",
        expiring=stats.expiring_certificates(),
    )


@bp.get("/audit")
def audit_log():
    form = AuditFilterForm(request.args)
    producers = db.session.scalars(select(Producer).order_by(Producer.name)).all()
    accounts = db.session.scalars(select(User).order_by(User.email)).all()
    form.producer.choices = [(0, _("All"))] + [(p.id, p.name) for p in producers]
    form.user.choices = [(0, _("All"))] + [(u.id, u.email) for u in accounts]
    valid = form.validate()
    flt = audit.AuditFilter()
    if valid:
        flt = audit.AuditFilter(
            form.producer.data or None,
            form.user.data or None,
            form.since.data,
            form.until.data,
        )
    page = int_arg("page", 1)
    rows, total = audit.entries(flt, page)
    return render_template(
        "admin/audit_log.html",
        form=form,
        rows=rows,
        total=total,
        page=page,
        per_page=audit.PER_PAGE,
        producers={p.id: p for p in producers},
    ), (200 if valid else 400)


@bp.route("/password", methods=["GET", "POST"])
def password_change():
    return account.password_page("admin/layout.html", "admin.dashboard")


from catalogue.admin import people, registers  # noqa: E402,F401  (register routes)
