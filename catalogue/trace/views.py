"""Stamp verification, lot pages and GS1 Digital Link resolution."""

from functools import partial

from flask import (
    Blueprint,
    abort,
    current_app,
    make_response,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_babel import gettext as _

from catalogue import audit
from catalogue.extensions import db
from catalogue.ratelimit import limiter
from catalogue.trace import fragments, guard, labels, page, queries, services
from catalogue.trace.fold import fold_soon
from catalogue.trace.forms import ReportForm
from qr import codes

bp = Blueprint("trace", __name__)


def _register_template_globals() -> None:
    """Helpers for the trace templates (and the stamp badge macro elsewhere)."""
    helpers = {
        **labels.TEMPLATE_HELPERS,
        "published_url": fragments.product_url,
        "display_code": codes.display,
        "scan_time": page.scan_time,
    }
    for name, function in helpers.items():
        bp.add_app_template_global(function, name)


_register_template_globals()


@limiter.request_filter
def _own_limit() -> bool:
    """The scan page keeps its own limit (guard.py); skip Flask-Limiter's checks."""
    return request.endpoint == "trace.stamp_verify"


@bp.get("/T/<code>")  # upper-case QR content (alphanumeric mode)
@bp.get("/t/<code>")  # registered first: url_for builds this one
def stamp_verify(code):
    guard.check()
    checked, plausible = services.check_code(code)
    if checked is None:
        return unknown_stamp(code, plausible)
    return stamp_response(checked)


def stamp_response(code: str, lot_code: str | None = None, gtin: str | None = None):
    """The verification page of a checked code (records a scan on GET)."""
    result = services.verify(
        code,
        request.headers.get("User-Agent", ""),
        request.remote_addr,
        # HEAD is no scan, nor is switching the page's language (?lang=).
        record=request.method == "GET" and "lang" not in request.args,
    )
    if result is None or (lot_code and result.stamp["lot_code"] != lot_code):
        return unknown_stamp(code, True)
    if gtin and result.stamp["gtin"] and result.stamp["gtin"].zfill(14) != gtin:
        return unknown_stamp(code, True)
    response = make_response(page.stamp_page(result))
    response.headers["Cache-Control"] = "no-store"  # every scan must reach us
    response.call_on_close(partial(fold_soon, current_app._get_current_object()))
    return response


def unknown_stamp(typed: str, plausible: bool):
    """400 for text that is no stamp code at all, 404 for a code not ours."""
    guard.count_failure()
    status = 404 if plausible else 400
    typed = typed[: codes.MAX_INPUT]
    html = render_template(
        "trace/verify.html",
        typed=typed,
        error=status,
        form=ReportForm(code=typed) if plausible else None,
    )
    return html, status, {"Cache-Control": "no-store"}


@bp.get("/verify")
def verify_form():
    guard.check()
    typed = request.args.get("code", "")[: codes.MAX_INPUT]
    if not typed or request.args.get("report"):
        form = ReportForm(code=typed) if typed else None
        return render_template("trace/verify.html", typed=typed, error=None, form=form)
    checked, plausible = services.check_code(typed)
    if checked is None:
        return unknown_stamp(typed, plausible)
    return redirect(url_for("trace.stamp_verify", code=checked), 303)


@bp.post("/verify/report")
@limiter.limit("10 per hour")
def report_create():
    form = ReportForm()
    if not form.validate_on_submit():
        html = render_template(
            "trace/verify.html", typed=form.code.data or "", error=None, form=form
        )
        return html, 400
    audit.record(
        None,
        "stamp.report",
        "stamp",
        None,
        new={
            "code": form.code.data,
            "where": form.where.data,
            "note": form.note.data,
        },
    )
    db.session.commit()
    return render_template("trace/report_done.html")


@bp.get("/products/<slug>/lots/<lot>")
def lot_detail(slug, lot):
    if lot != lot.upper():
        return redirect(url_for("trace.lot_detail", slug=slug, lot=lot.upper()), 301)
    found = queries.published_lot(slug, lot)
    if found is None:
        abort(404)
    return render_template(
        "trace/lot_detail.html",
        lot=found,
        facts=fragments.render_facts(found, lot_page=True),
    )


@bp.get("/codes")
def code_list():
    q = request.args.get("q", "")[:64]
    areas, houses = queries.register(q)
    return render_template("trace/code_list.html", q=q, areas=areas, houses=houses)


@bp.get("/codes/<code>")
def code_detail(code):
    if code != code.upper():
        return redirect(url_for("trace.code_detail", code=code.upper()), 301)
    area, house = queries.register_entries(code)
    if area is None and house is None:
        abort(404, description=_("No growing area or packing house has this code."))
    return render_template(
        "trace/code_detail.html",
        code=code,
        area=area,
        house=house,
        area_lots=queries.lots_from_area(area) if area else [],
        house_lots=queries.lots_from_house(house) if house else [],
    )


from catalogue.trace import gs1  # noqa: E402, F401  (GS1 Digital Link routes)
