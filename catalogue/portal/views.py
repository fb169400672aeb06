"""Producer portal under /manage: products, profile, photos, scans, password."""

from flask import (
    Blueprint,
    abort,
    flash,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_babel import gettext as _
from flask_login import current_user

from catalogue import moderation
from catalogue.extensions import db, login_manager
from catalogue.media import ImageRejected, store_image
from catalogue.models import Producer
from catalogue.portal import account, charts, services, stats
from catalogue.portal.fields import TEMPLATE_HELPERS
from catalogue.portal.forms import (
    ActionForm,
    NewProductForm,
    PhotoActionForm,
    PhotoForm,
    ProductForm,
    ProfileForm,
)
from catalogue.public import queries
from catalogue.urls import int_arg

bp = Blueprint("portal", __name__, url_prefix="/manage")


@bp.before_request
def producers_only():
    """Every portal page needs a producer's login."""
    if not current_user.is_authenticated:
        return login_manager.unauthorized()
    if current_user.role != "producer" or current_user.producer_id is None:
        abort(403)


@bp.after_request
def no_store(response):
    """Portal pages are private: no shared or back-button caching."""
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.errorhandler(413)
def too_large(_exc):
    """An upload over the request limit: say so on the page it came from."""
    message = _("The file is too large: at most 10 MB.")
    back = request.referrer if request.referrer else url_for("portal.dashboard")
    return render_template("portal/too_large.html", message=message, back=back), 413


@bp.context_processor
def helpers():
    """Labels for coded values on portal pages."""
    return TEMPLATE_HELPERS


def pid() -> int:
    """The signed-in user's producer id."""
    return current_user.producer_id


@bp.get("/")
def dashboard():
    return render_template(
        "portal/dashboard.html",
        producer=db.session.get(Producer, pid()),
        products=services.products(pid()),
        pending=moderation.queue_for(pid()),
        expiring=stats.expiring_certificates(pid()),
        totals=stats.scan_totals(pid()),
    )


@bp.get("/products")
def product_list():
    return render_template(
        "portal/product_list.html",
        products=services.products(pid()),
        pending={r.entity_id: r for r in moderation.queue_for(pid())},
    )


def _edit(entity: str, obj, form, template: str, **context):
    """Shared edit flow: preview, or propose with stale-page checks."""
    open_revision = moderation.pending(entity, obj.id)
    if request.method == "GET":
        form.base_version.data = obj.version
        form.revision_id.data = open_revision.id if open_revision else ""
    status = 200
    if form.validate_on_submit() and not form.preview.data:
        try:
            revision = moderation.propose(
                obj, form.values(), current_user, *form.markers()
            )
        except moderation.Conflict as exc:
            db.session.rollback()
            flash(str(exc), "error")
            status = 409
        else:
            db.session.commit()
            flash(
                _("Sent for review. The public page changes once an officer approves.")
                if revision
                else _("Nothing was changed."),
                "info",
            )
            return redirect(request.path)
    elif form.errors:
        status = 400
    history = moderation.history(entity, obj.id)
    return render_template(
        template,
        form=form,
        obj=obj,
        pending=open_revision,
        history=history,
        previewing=bool(form.preview.data) and not form.errors,
        **context,
    ), status


@bp.route("/products/<id:product_id>", methods=["GET", "POST"])
def product_edit(product_id: int):
    product = services.own_product(pid(), product_id)
    data = moderation.proposed_values(product) if request.method == "GET" else None
    form = ProductForm(data=data)
    return _edit("product", product, form, "portal/product_edit.html", product=product)


@bp.route("/products/new", methods=["GET", "POST"])
def product_new():
    producer = db.session.get(Producer, pid())
    form = NewProductForm()
    form.group_id.choices = services.group_choices()
    form.commune_id.choices = [(c.id, c.name) for c in queries.communes()]
    if request.method == "GET":
        form.commune_id.data = producer.commune_id
    if form.validate_on_submit() and not form.preview.data:
        product = services.create_product(
            producer,
            form.values(),
            form.group_id.data,
            form.commune_id.data,
            current_user,
        )
        db.session.commit()
        flash(_("The product is saved and sent for review."), "info")
        return redirect(url_for("portal.product_edit", product_id=product.id))
    status = 400 if form.errors else 200
    return render_template(
        "portal/product_new.html",
        form=form,
        previewing=bool(form.preview.data) and not form.errors,
    ), status


@bp.route("/profile", methods=["GET", "POST"])
def profile_edit():
    producer = db.session.get(Producer, pid())
    data = moderation.proposed_values(producer) if request.method == "GET" else None
    form = ProfileForm(data=data)
    return _edit(
        "producer", producer, form, "portal/profile_edit.html", producer=producer
    )


@bp.post("/revisions/<id:revision_id>/withdraw")
def revision_withdraw(revision_id: int):
    revision = moderation.own_pending(pid(), revision_id)
    if ActionForm().validate_on_submit():
        moderation.withdraw(revision, current_user)
        db.session.commit()
        flash(_("Your proposal is withdrawn."), "info")
    if revision.entity == "product":
        return redirect(url_for("portal.product_edit", product_id=revision.entity_id))
    return redirect(url_for("portal.profile_edit"))


@bp.route("/products/<id:product_id>/photos", methods=["GET", "POST"])
def photo_list(product_id: int):
    product = services.own_product(pid(), product_id)
    form, status = PhotoForm(), 200
    if form.validate_on_submit():
        try:
            stored = store_image(form.photo.data.read())
        except ImageRejected as exc:
            form.photo.errors = [str(exc)]
            status = 400
        else:
            try:
                services.add_photo(
                    product, stored, form.alt_vi.data, form.alt_en.data, current_user
                )
            except moderation.Conflict as exc:
                db.session.rollback()
                form.photo.errors = [str(exc)]
                status = 409
            else:
                db.session.commit()
                flash(_("The photo is uploaded and waits for review."), "info")
                return redirect(request.path)
    elif form.errors:
        status = 400
    return render_template(
        "portal/photo_list.html",
        product=product,
        form=form,
        action_form=PhotoActionForm(formdata=None),
        proposed=moderation.proposed_values(product)[moderation.PHOTOS],
        pending=moderation.pending("product", product.id),
    ), status


@bp.post("/products/<id:product_id>/photos/action")
def photo_action(product_id: int):
    product = services.own_product(pid(), product_id)
    form = PhotoActionForm()
    if not form.validate_on_submit():
        abort(400)
    try:
        services.photo_action(product, form.digest.data, form.action.data, current_user)
    except moderation.Conflict as exc:
        db.session.rollback()
        flash(str(exc), "error")
    else:
        db.session.commit()
        flash(_("Photo change sent for review."), "info")
    return redirect(url_for("portal.photo_list", product_id=product.id))


@bp.get("/scans")
def scan_stats():
    product_id, lot_id = int_arg("product"), int_arg("lot")
    product = services.own_product(pid(), product_id) if product_id else None
    lot = services.own_lot(pid(), lot_id) if lot_id else None
    weeks = stats.scans_by_week(pid(), product_id, lot_id)
    points = [(_week_label(day), count) for day, count in weeks]
    return render_template(
        "portal/scan_stats.html",
        chart=charts.bar_chart(points, _("Scans per week, last 26 weeks")),
        weeks=weeks,
        product=product,
        lot=lot,
        totals=stats.scan_totals(pid()),
    )


def _week_label(day) -> str:
    from flask_babel import format_date

    return format_date(day, "d/M")


@bp.route("/password", methods=["GET", "POST"])
def password_change():
    return account.password_page("portal/layout.html", "portal.dashboard")


from catalogue.portal import lots  # noqa: E402,F401  (registers the lot pages)
