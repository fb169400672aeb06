"""The plan's periodic report: per commune, for a report period, against targets.

Rules for each column are those of `catalogue.programme.stats` (read its docstring),
counted for the period's days up to its "as of" date (see `periods`):

- registered: products registered by the as-of date (cumulative);
  registered_in_period: those whose entry date falls in the period;
  has_registered: 1 when the commune has at least one registered product;
- evaluated: published products with an evaluation decided in the period;
  newly_certified: published products whose first evaluation was decided in it;
- stars_3/4/5 and certified: published products by current stars on the as-of date;
- expired / revoked: published products holding no current certificate on the
  as-of date whose certificate expired (or was revoked) during the period.

Formats: CSV (UTF-8 with BOM for spreadsheet programs; three blocks separated by an
empty line: the commune table with its total row, the targets table, then facts
about the report), JSON (the same, machine-readable, labels in the chosen language)
and XLSX (three sheets). Column headers are Vietnamese, or English with lang="en".
"""

import csv
import io
import json
from dataclasses import dataclass, field
from datetime import date, datetime

from flask_babel import force_locale
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from catalogue.models import PlanPeriod
from catalogue.models.base import utcnow
from catalogue.programme import stats
from catalogue.programme.labels import metric_labels, metric_notes
from catalogue.programme.periods import ReportPeriod

FORMATS = ("csv", "json", "xlsx")
LANGS = ("vi", "en")
MEDIA_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "json": "application/json",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
COLUMNS = (
    ("commune_code", _l("Commune code")),
    ("commune", _l("Commune or town")),
    ("registered", _l("Registered products (to date)")),
    ("registered_in_period", _l("Newly registered in the period")),
    ("has_registered", _l("Has a registered product (1 = yes)")),
    ("evaluated", _l("Evaluated in the period")),
    ("newly_certified", _l("Newly certified in the period")),
    ("stars_3", _l("3 stars")),
    ("stars_4", _l("4 stars")),
    ("stars_5", _l("5 stars")),
    ("certified", _l("Certified, 3 stars or more")),
    ("expired", _l("Expired in the period, not renewed")),
    ("revoked", _l("Revoked in the period, not renewed")),
)
COUNTS = [key for key, _label in COLUMNS[2:]]


@dataclass
class Report:
    """Figures of one report period, ready to be written in any format."""

    period: ReportPeriod
    as_of: date
    generated_at: datetime
    plan: PlanPeriod | None
    rows: list[dict]
    totals: dict
    targets: list[stats.Progress] = field(default_factory=list)
    includes_sample: bool = False


def build_report(period: ReportPeriod, lang: str = "vi", on: date | None = None):
    """Count the period's figures per commune (on = today, for tests)."""
    as_of = period.as_of(on)
    facts = stats.load_facts()
    plan = stats.plan_period_for(as_of)
    communes = stats.communes_for(plan, facts)
    rows = {cid: _empty_row(c) for cid, c in communes.items()}
    for fact in facts:
        row = rows.get(fact.commune_id)
        if row is not None:
            _count(row, fact, period, as_of)
    for row in rows.values():
        row["has_registered"] = int(row["registered"] > 0)
    totals = {key: sum(row[key] for row in rows.values()) for key in COUNTS}
    with force_locale(lang):
        targets = stats.progress(
            plan, stats.metric_values(facts, as_of), lang, metric_labels()
        )
    return Report(
        period=period,
        as_of=as_of,
        generated_at=utcnow().replace(microsecond=0),
        plan=plan,
        rows=list(rows.values()),
        totals=totals,
        targets=targets,
        includes_sample=any(f.is_sample for f in facts if f.status != "draft"),
    )


def _empty_row(commune) -> dict:
    return {"commune_code": commune.code, "commune": commune.name} | dict.fromkeys(
        COUNTS, 0
    )


def _count(row: dict, fact: stats.ProductFact, period: ReportPeriod, as_of: date):
    if fact.is_registered(as_of):
        row["registered"] += 1
        row["registered_in_period"] += period.starts_on <= fact.registered_on
    if fact.status != "published":
        return
    decided = [e for e in fact.evaluations if period.starts_on <= e.decided_on <= as_of]
    row["evaluated"] += bool(decided)
    first = fact.first_decided_on()
    row["newly_certified"] += first is not None and period.contains(first, as_of)
    stars = fact.stars(as_of)
    if stars:
        row[f"stars_{stars}"] += 1
        row["certified"] += 1
        return
    ended = [e for e in fact.evaluations if e.decided_on <= as_of]
    row["expired"] += any(
        period.contains(e.expires_on, as_of)
        and (e.revoked_on is None or e.revoked_on > e.expires_on)
        for e in ended
    )
    row["revoked"] += any(
        e.revoked_on is not None
        and period.contains(e.revoked_on, as_of)
        and e.revoked_on < e.expires_on
        for e in ended
    )


def headers(lang: str) -> list[str]:
    """Column headers in a language."""
    with force_locale(lang):
        return [str(label) for _key, label in COLUMNS]


def _about(report: Report, lang: str) -> list[tuple[str, str]]:
    """Facts about the report as (label, value) pairs, in a language."""
    plan = report.plan
    with force_locale(lang):
        pairs = [
            (_("Report period"), report.period.code),
            (_("From"), report.period.starts_on.isoformat()),
            (_("To"), report.period.ends_on.isoformat()),
            (_("Figures as of"), report.as_of.isoformat()),
            (_("Due on"), report.period.due_on.isoformat()),
            (_("Plan"), f"{plan.plan} ({plan.code})" if plan else ""),
            (_("Generated at (UTC)"), report.generated_at.isoformat()),
        ]
        if report.includes_sample:
            pairs.append(
                (
                    _("Note"),
                    _(
                        "Includes sample data: the demo products' ratings and "
                        "dates are invented and not official."
                    ),
                )
            )
    return pairs


def _target_rows(report: Report, lang: str) -> list[list]:
    with force_locale(lang):
        head = [_("Target"), _("Planned"), _("Achieved"), _("Percent of target")]
        notes = metric_notes()
        head.append(_("How it is counted"))
    return [head] + [
        [t.label, t.target, t.value, t.percent, notes.get(t.metric, "")]
        for t in report.targets
    ]


def _table(report: Report, lang: str) -> list[list]:
    with force_locale(lang):
        total = _("Total")
    keys = [key for key, _label in COLUMNS]
    rows = [[row[key] for key in keys] for row in report.rows]
    return [headers(lang), *rows, ["", total, *[report.totals[k] for k in COUNTS]]]


def to_csv(report: Report, lang: str = "vi") -> bytes:
    """The report as CSV bytes (UTF-8 with BOM)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerows(_table(report, lang))
    writer.writerow([])
    writer.writerows(_target_rows(report, lang))
    writer.writerow([])
    writer.writerows(_about(report, lang))
    return out.getvalue().encode("utf-8-sig")


def to_json(report: Report, lang: str = "vi") -> bytes:
    """The report as JSON bytes."""
    with force_locale(lang):
        notes = metric_notes()
    body = {
        "format": "ocop-programme-report",
        "version": 1,
        "period": {
            "code": report.period.code,
            "kind": report.period.kind,
            "starts_on": report.period.starts_on.isoformat(),
            "ends_on": report.period.ends_on.isoformat(),
            "due_on": report.period.due_on.isoformat(),
        },
        "as_of": report.as_of.isoformat(),
        "generated_at": report.generated_at.isoformat(),
        "plan": report.plan.code if report.plan else None,
        "includes_sample_data": report.includes_sample,
        "lang": lang,
        "columns": [
            {"key": key, "label": label}
            for (key, _l2), label in zip(COLUMNS, headers(lang), strict=True)
        ],
        "communes": report.rows,
        "totals": report.totals,
        "targets": [
            {
                "metric": t.metric,
                "note": notes.get(t.metric, ""),
                "label": t.label,
                "target": t.target,
                "value": t.value,
                "percent": t.percent,
                "met": t.met,
            }
            for t in report.targets
        ],
    }
    return json.dumps(body, ensure_ascii=False, indent=2).encode()


def to_xlsx(report: Report, lang: str = "vi") -> bytes:
    """The report as an XLSX workbook: communes, targets, about."""
    from catalogue.programme.xlsx import workbook

    with force_locale(lang):
        names = (_("By commune"), _("Targets"), _("About"))
        title = _("OCOP programme report %(period)s", period=report.period.code)
    sheets = [
        (names[0], _table(report, lang), True),
        (names[1], _target_rows(report, lang), False),
        (names[2], [list(pair) for pair in _about(report, lang)], False),
    ]
    return workbook(title, sheets)


WRITERS = {"csv": to_csv, "json": to_json, "xlsx": to_xlsx}


def render(report: Report, fmt: str, lang: str = "vi") -> bytes:
    """The report in a format (csv, json, xlsx)."""
    return WRITERS[fmt](report, lang)


def filename(report: Report, fmt: str, lang: str = "vi") -> str:
    """A download name such as bao-cao-ocop-2025H1.xlsx."""
    stem = "bao-cao-ocop" if lang == "vi" else "ocop-report"
    return f"{stem}-{report.period.code}.{fmt}"
