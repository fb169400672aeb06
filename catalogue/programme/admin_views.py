"""Admin pages: plan periods and their targets, entered as data."""

from flask import abort, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy import select

from catalogue.auth import role_required
from catalogue.extensions import db
from catalogue.models import PlanPeriod
from catalogue.programme.forms import PlanPeriodForm
from catalogue.programme.labels import metric_labels
from catalogue.programme.services import PeriodConflict, save_period
from catalogue.programme.views import bp


@bp.get("/admin/programme/periods")
@role_required("admin")
def period_list():
    periods = db.session.scalars(select(PlanPeriod).order_by(PlanPeriod.starts_on))
    return render_template(
        "programme/period_list.html", periods=list(periods), labels=metric_labels()
    )


@bp.route("/admin/programme/periods/new", methods=["GET", "POST"])
@role_required("admin")
def period_create():
    return _edit(None)


@bp.route("/admin/programme/periods/<id:period_id>/edit", methods=["GET", "POST"])
@role_required("admin")
def period_edit(period_id: int):
    period = db.session.get(PlanPeriod, period_id)
    if period is None:
        abort(404)
    return _edit(period)


def _form_for(period: PlanPeriod | None) -> PlanPeriodForm:
    form = PlanPeriodForm(obj=period)
    if period is not None and not form.is_submitted():
        for target in period.targets:
            form[f"target_{target.metric}"].data = target.value
            form[f"label_vi_{target.metric}"].data = target.label_vi
            form[f"label_en_{target.metric}"].data = target.label_en
    return form


def _edit(period: PlanPeriod | None):
    form = _form_for(period)
    if form.validate_on_submit():
        try:
            saved = save_period(period, form.data, current_user)
        except PeriodConflict:
            form.code.errors.append(_("Another plan period already has this code."))
        else:
            db.session.commit()
            flash(_("Plan period %(code)s saved.", code=saved.code), "success")
            return redirect(url_for("programme.period_list"))
    status = 400 if form.is_submitted() else 200
    return render_template(
        "programme/period_form.html", form=form, period=period, labels=metric_labels()
    ), status
