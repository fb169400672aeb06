"""Programme progress page and report downloads."""

from datetime import date

from flask import Blueprint, Response, abort, render_template, request
from flask_babel import gettext as _

from catalogue.auth import role_required
from catalogue.i18n import locale
from catalogue.programme import overview as page
from catalogue.programme.charts import progress_width
from catalogue.programme.periods import (
    FIRST_YEAR,
    LAST_YEAR,
    PeriodError,
    default_period,
    parse_period,
    recent_periods,
)
from catalogue.programme.reports import (
    COUNTS,
    FORMATS,
    LANGS,
    MEDIA_TYPES,
    build_report,
    filename,
    headers,
    render,
)

bp = Blueprint("programme", __name__)


def _date_arg(name: str) -> date | None:
    raw = request.args.get(name, "").strip()
    if not raw:
        return None
    try:
        day = date.fromisoformat(raw)
    except ValueError:
        abort(
            400, description=_("Please give the date as YYYY-MM-DD, e.g. 2025-12-31.")
        )
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        abort(
            400,
            description=_(
                "The year must be between %(first)d and %(last)d.",
                first=FIRST_YEAR,
                last=LAST_YEAR,
            ),
        )
    return day


@bp.get("/programme")
def progress():
    """Where the district stands against the plan (?on=DATE, ?period=CODE)."""
    data = page.overview(_date_arg("on"), request.args.get("period") or None, locale())
    if data is None:
        abort(404)
    return render_template(
        "programme/progress.html",
        o=data,
        charts=data.charts(locale()),
        colours=page.COLOURS,
        legend_items=page.legend_items,
        stars_label=page.stars_label,
        progress_width=progress_width,
    )


def _report_args():
    """Period, format and header language of a report request (400 when bad)."""
    text = request.args.get("period", "").strip()
    fmt = request.args.get("format", "csv")
    # Headers: ?report_lang= (leaves the site's language alone), else ?lang=, else vi.
    lang = request.args.get("report_lang") or request.args.get("lang") or "vi"
    if fmt not in FORMATS:
        abort(400, description=_("Choose a format: CSV, JSON or XLSX."))
    if lang not in LANGS:
        lang = "vi"
    try:
        period = parse_period(text) if text else default_period()
    except PeriodError as exc:
        abort(400, description=str(exc))
    return period, fmt, lang


@bp.get("/admin/reports")
@role_required("officer", "admin")
def reports():
    """Officers' report page: pick a period, see the table, download it."""
    period, _fmt, lang = _report_args()
    report = build_report(period, lang)
    return render_template(
        "programme/reports.html",
        report=report,
        headers=headers(locale()),
        periods=recent_periods(),
        keys=COUNTS,
        formats=FORMATS,
        lang=lang,
    )


@bp.get("/admin/reports/programme")
@role_required("officer", "admin")
def report_download():
    """The report as a file: ?period=2025H1&format=csv|json|xlsx&report_lang=vi|en."""
    period, fmt, lang = _report_args()
    report = build_report(period, lang)
    name = filename(report, fmt, lang)
    return Response(
        render(report, fmt, lang),
        mimetype=MEDIA_TYPES[fmt],
        headers={
            "Content-Disposition": f'attachment; filename="{name}"',
            "Cache-Control": "no-store",
        },
    )


from catalogue.programme import admin_views  # noqa: E402, F401  (routes on bp)
