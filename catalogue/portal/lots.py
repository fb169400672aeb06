"""Portal lot pages: lots, trace events, stamps and their print sheets."""

import io

from flask import abort, flash, redirect, render_template, request, send_file, url_for
from flask_babel import gettext as _
from flask_login import current_user

from catalogue.extensions import db
from catalogue.i18n import locale
from catalogue.portal import lot_services, services
from catalogue.portal.forms import (
    ActionForm,
    EventForm,
    LotForm,
    StampIssueForm,
    VoidForm,
)
from catalogue.portal.views import bp, pid
from catalogue.urls import int_arg


@bp.get("/lots")
def lot_list():
    return render_template("portal/lot_list.html", lots=lot_services.lots(pid()))


def _lot_form(lot=None) -> LotForm:
    form = LotForm(obj=lot if request.method == "GET" else None)
    areas = lot_services.area_choices(pid())
    houses = lot_services.house_choices(pid())
    form.growing_areas.choices = [
        (a.id, f"{a.code} · {a.crop(locale())}") for a in areas
    ]
    form.packing_house_id.choices = [(0, _("None"))] + [
        (h.id, f"{h.code} · {h.name}") for h in houses
    ]
    if request.method == "GET" and lot is not None:
        form.growing_areas.data = [a.id for a in lot.growing_areas]
        form.packing_house_id.data = lot.packing_house_id or 0
    return form


def _save(product, lot, form):
    data = {name: field.data for name, field in form._fields.items()}
    data["growing_areas"] = data["growing_areas"] or []
    try:
        saved = lot_services.save_lot(product, lot, data, current_user)
    except services.PortalError as exc:
        db.session.rollback()
        form.code.errors = [str(exc)]
        return None
    db.session.commit()
    flash(_("The lot is saved."), "info")
    return redirect(url_for("portal.lot_detail", lot_id=saved.id))


@bp.route("/products/<id:product_id>/lots/new", methods=["GET", "POST"])
def lot_new(product_id: int):
    product = services.own_product(pid(), product_id)
    form = _lot_form()
    if form.validate_on_submit():
        done = _save(product, None, form)
        if done:
            return done
    status = 400 if form.errors else 200
    return render_template("portal/lot_form.html", form=form, product=product), status


@bp.route("/lots/<id:lot_id>/edit", methods=["GET", "POST"])
def lot_edit(lot_id: int):
    lot = services.own_lot(pid(), lot_id)
    form = _lot_form(lot)
    if form.validate_on_submit():
        done = _save(lot.product, lot, form)
        if done:
            return done
    status = 400 if form.errors else 200
    return render_template(
        "portal/lot_form.html", form=form, product=lot.product, lot=lot
    ), status


@bp.get("/lots/<id:lot_id>")
def lot_detail(lot_id: int, event_form=None, issue_form=None, status=200):
    lot = services.own_lot(pid(), lot_id)
    page = int_arg("page", 1)
    stamps, total = lot_services.lot_stamps(lot, page)
    return render_template(
        "portal/lot_detail.html",
        lot=lot,
        stamps=stamps,
        total=total,
        page=page,
        batches=lot_services.batches(lot),
        event_form=event_form or EventForm(formdata=None),
        issue_form=issue_form or StampIssueForm(formdata=None),
        action_form=ActionForm(formdata=None),
    ), status


@bp.post("/lots/<id:lot_id>/events")
def event_create(lot_id: int):
    lot = services.own_lot(pid(), lot_id)
    form = EventForm()
    if not form.validate_on_submit():
        return lot_detail(lot_id, event_form=form, status=400)
    data = {name: form[name].data for name in lot_services.EVENT_FIELDS}
    lot_services.add_event(lot, data, current_user)
    db.session.commit()
    flash(_("The event is added."), "info")
    return redirect(url_for("portal.lot_detail", lot_id=lot.id) + "#events")


@bp.post("/lots/<id:lot_id>/events/<id:event_id>/delete")
def event_delete(lot_id: int, event_id: int):
    lot = services.own_lot(pid(), lot_id)
    if not ActionForm().validate_on_submit():
        abort(400)
    lot_services.delete_event(lot, event_id, current_user)
    db.session.commit()
    flash(_("The event is removed."), "info")
    return redirect(url_for("portal.lot_detail", lot_id=lot.id) + "#events")


@bp.post("/lots/<id:lot_id>/stamps")
def stamp_issue(lot_id: int):
    lot = services.own_lot(pid(), lot_id)
    form = StampIssueForm()
    if not form.validate_on_submit():
        return lot_detail(lot_id, issue_form=form, status=400)
    try:
        stamps = lot_services.issue(lot, form.count.data, current_user)
    except (services.PortalError, ValueError) as exc:
        db.session.rollback()
        form.count.errors = [str(exc)]
        return lot_detail(lot_id, issue_form=form, status=400)
    db.session.commit()
    flash(
        _("%(n)s stamps issued. Download the print sheet below.", n=len(stamps)),
        "info",
    )
    batch = stamps[0].issued_at.isoformat()
    return redirect(url_for("portal.lot_detail", lot_id=lot.id, batch=batch))


@bp.get("/lots/<id:lot_id>/stamps.pdf")
def stamp_sheet(lot_id: int):
    lot = services.own_lot(pid(), lot_id)
    stamps = lot_services.sheet_stamps(lot, request.args.get("batch"))
    if not stamps:
        abort(404)
    from catalogue.trace.services import stamp_sheet as render

    buffer = io.BytesIO()
    render(lot, stamps, buffer)
    buffer.seek(0)
    name = f"stamps-{lot.code}.pdf"
    return send_file(
        buffer, mimetype="application/pdf", as_attachment=True, download_name=name
    )


@bp.route("/stamps/<id:stamp_id>/void", methods=["GET", "POST"])
def stamp_void(stamp_id: int):
    stamp = services.own_stamp(pid(), stamp_id)
    form = VoidForm()
    if form.validate_on_submit():
        try:
            lot_services.void_stamp(stamp, form.reason.data, current_user)
        except services.PortalError as exc:
            flash(str(exc), "error")
        else:
            db.session.commit()
            flash(_("The stamp is void."), "info")
        return redirect(url_for("portal.lot_detail", lot_id=stamp.lot_id))
    status = 400 if form.errors else 200
    return render_template("portal/stamp_void.html", form=form, stamp=stamp), status
