"""Registers (growing areas, packing houses) and lot recalls, for officers."""

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy import select

from catalogue.admin import services
from catalogue.admin.forms import GrowingAreaForm, PackingHouseForm, RecallForm
from catalogue.admin.views import bp
from catalogue.extensions import db
from catalogue.models import GrowingArea, Lot, PackingHouse, Producer, Product
from catalogue.models.base import today
from catalogue.public import queries

REGISTERS = {
    "growing-areas": (GrowingArea, GrowingAreaForm, "growing_area"),
    "packing-houses": (PackingHouse, PackingHouseForm, "packing_house"),
}
FIELDS = {
    GrowingArea: (
        "code",
        "crop_vi",
        "crop_en",
        "area_ha",
        "commune_id",
        "producer_id",
        "lat",
        "lon",
        "status",
    ),
    PackingHouse: ("code", "name", "commune_id", "address", "producer_id", "status"),
}


def _register(kind: str):
    if kind not in REGISTERS:
        abort(404)
    return REGISTERS[kind]


@bp.get("/registers/<kind>")
def register_list(kind: str):
    model, _form, name = _register(kind)
    rows = db.session.scalars(select(model).order_by(model.code)).all()
    return render_template("admin/register_list.html", kind=kind, name=name, rows=rows)


@bp.route("/registers/<kind>/new", methods=["GET", "POST"])
@bp.route("/registers/<kind>/<id:row_id>", methods=["GET", "POST"])
def register_edit(kind: str, row_id: int | None = None):
    model, form_class, name = _register(kind)
    row = db.get_or_404(model, row_id) if row_id is not None else None
    form = form_class(obj=row if request.method == "GET" else None)
    form.commune_id.choices = [(c.id, c.name) for c in queries.communes()]
    producers = db.session.scalars(select(Producer).order_by(Producer.name)).all()
    form.producer_id.choices = [(0, _("None (independent)"))] + [
        (p.id, p.name) for p in producers
    ]
    if request.method == "GET" and row is not None:
        form.producer_id.data = row.producer_id or 0
    if form.validate_on_submit():
        values = {f: form[f].data for f in FIELDS[model]}
        values["producer_id"] = values["producer_id"] or None
        if "area_ha" in values:
            values["area_ha"] = round(float(values["area_ha"]), 2)
        try:
            saved = services.save_register(model, row, values, current_user)
        except services.AdminError as exc:
            db.session.rollback()
            form.code.errors = [str(exc)]
        else:
            db.session.commit()
            flash(_("Saved."), "info")
            return redirect(url_for("admin.register_edit", kind=kind, row_id=saved.id))
    return render_template(
        "admin/register_form.html", kind=kind, name=name, form=form, row=row
    ), (400 if form.errors else 200)


@bp.get("/lots")
def lot_list():
    q = (request.args.get("q") or "").strip().upper()[:32]
    query = (
        select(Lot)
        .join(Product, Lot.product_id == Product.id)
        .order_by(Lot.created_at.desc(), Lot.id.desc())
        .limit(200)
    )
    if q:
        query = query.where(Lot.code.contains(q, autoescape=True))
    return render_template(
        "admin/lot_list.html", lots=db.session.scalars(query).all(), q=q
    )


@bp.route("/lots/<id:lot_id>/recall", methods=["GET", "POST"])
def lot_recall(lot_id: int):
    lot = db.get_or_404(Lot, lot_id)
    if request.method == "POST" and lot.is_recalled:
        flash(_("This lot is already recalled."), "error")
        return redirect(url_for("admin.lot_list"))
    form = RecallForm()
    if request.method == "GET":
        form.recalled_on.data = today()
    if form.validate_on_submit():
        try:
            services.recall_lot(
                lot,
                form.recalled_on.data,
                form.reason_vi.data,
                form.reason_en.data,
                current_user,
            )
        except services.AdminError as exc:
            flash(str(exc), "error")
        else:
            db.session.commit()
            flash(_("The lot is recalled. Its stamps now show a warning."), "info")
        return redirect(url_for("admin.lot_list"))
    return render_template("admin/lot_recall.html", lot=lot, form=form), (
        400 if form.errors else 200
    )
