"""Everything the /programme page shows, gathered in one call (the view stays short)."""

from dataclasses import dataclass
from datetime import date

from flask import current_app
from flask_babel import format_date, ngettext
from flask_babel import gettext as _
from sqlalchemy import select

from catalogue.extensions import db
from catalogue.models import PlanPeriod
from catalogue.models.base import today
from catalogue.programme import charts, stats
from catalogue.programme.labels import metric_labels, metric_notes

# Colours keep 3:1 against white (WCAG 1.4.11); the tables carry the same numbers.
COLOURS = {
    "5": "#084d39",
    "4": "#2d62a8",
    "3": "#b3541e",
    "lapsed": "#a4161a",
    "open": "#dfe5e1",
}
STAR_KEYS = ["5", "4", "3"]
LIST_LIMIT = 25  # certificate lists on the page: the most urgent first


@dataclass
class Overview:
    """The page's figures: counted on `as_of`; the two lists on `lists_on`."""

    plan: PlanPeriod | None
    plans: list[PlanPeriod]
    as_of: date
    lists_on: date
    progress: list[stats.Progress]
    notes: dict[str, str]
    split: dict
    communes: list[dict]
    groups: list[dict]
    years: list[dict]
    year_ends: list[dict]
    expiring: list
    lapsed: list
    expiring_total: int
    lapsed_total: int
    warn_days: int
    includes_sample: bool

    def charts(self, locale: str) -> dict:
        """Chart geometry for the template."""
        return {
            "stars": charts.stacked(
                _star_rows(self.split), [*STAR_KEYS, "lapsed", "open"]
            ),
            "communes": charts.stacked(
                _place_rows(self.communes, lambda c: c.name), [*STAR_KEYS, "open"]
            ),
            "groups": charts.stacked(
                _place_rows(self.groups, lambda g: g.name(locale)), [*STAR_KEYS, "open"]
            ),
            "years": charts.stacked(
                [
                    {
                        "label": _year_label(row),
                        "values": {k: row[int(k)] for k in STAR_KEYS},
                        "note": str(sum(row[int(k)] for k in STAR_KEYS)),
                    }
                    for row in self.year_ends
                ],
                STAR_KEYS,
            ),
        }


def overview(on: date | None, plan_code: str | None, locale: str) -> Overview | None:
    """Figures on a date (default: today, or the plan's last day once it is over).

    None when a plan code is asked for that does not exist."""
    now = today()
    plan = stats.plan_period_for(on or now, plan_code)
    if plan_code and plan is None:
        return None
    as_of = on or (min(now, plan.ends_on) if plan else now)
    lists_on = on or now
    facts = stats.load_facts()
    warn_days = current_app.config["CERTIFICATE_WARN_DAYS"]
    communes = stats.group_rows(
        facts, as_of, stats.communes_for(plan, facts), "commune_id"
    )
    groups = stats.group_rows(facts, as_of, stats.groups_for(facts), "group_id")
    values = stats.metric_values(facts, as_of)
    expiring = stats.expiring(facts, lists_on, warn_days)
    lapsed = stats.lapsed(facts, lists_on)
    return Overview(
        plan=plan,
        plans=list(
            db.session.scalars(select(PlanPeriod).order_by(PlanPeriod.starts_on))
        ),
        as_of=as_of,
        lists_on=lists_on,
        progress=stats.progress(plan, values, locale, metric_labels()),
        notes=metric_notes(),
        split=stats.star_split(facts, as_of),
        communes=sorted(communes, key=_rank),
        groups=sorted(groups, key=_rank),
        years=stats.decisions_by_year(facts, as_of),
        year_ends=stats.year_ends(facts, plan, as_of),
        expiring=expiring[:LIST_LIMIT],
        lapsed=lapsed[:LIST_LIMIT],
        expiring_total=len(expiring),
        lapsed_total=len(lapsed),
        warn_days=warn_days,
        includes_sample=any(
            e.is_sample for f in facts if f.status == "published" for e in f.evaluations
        ),
    )


def _year_label(row: dict) -> str:
    if row["on"] == date(row["year"], 12, 31):
        return str(row["year"])
    return _("%(year)d (to %(date)s)", year=row["year"], date=format_date(row["on"]))


def _rank(row: dict):
    item = row["item"]
    return (-row["certified"], -row["registered"], getattr(item, "name_vi", item.name))


def stars_label(n: int) -> str:
    """'3 stars' in the current locale."""
    return ngettext("%(num)d star", "%(num)d stars", n)


def legend_items(*keys: str) -> list[tuple[str, str]]:
    """(label, colour) pairs for a chart legend."""
    names = {
        "lapsed": _("Expired or revoked: re-evaluation needed"),
        "open": _("Registered, not (yet) certified"),
    }
    return [(names.get(k) or stars_label(int(k)), COLOURS[k]) for k in keys]


def _star_rows(split: dict) -> list[dict]:
    rows = [
        {"label": stars_label(n), "values": {str(n): split["stars"][n]}}
        for n in (5, 4, 3)
    ]
    rows.append(
        {
            "label": _("Expired or revoked: re-evaluation needed"),
            "values": {"lapsed": split["lapsed"]},
        }
    )
    rows.append(
        {
            "label": _("Published, never certified"),
            "values": {"open": split["uncertified"]},
        }
    )
    for row in rows:
        row["note"] = str(sum(row["values"].values()))
    return rows


def _place_rows(rows: list[dict], label) -> list[dict]:
    """Commune or group rows as bars: stars, then registered but not certified."""
    return [
        {
            "label": label(row["item"]),
            "values": {
                "5": row[5],
                "4": row[4],
                "3": row[3],
                "open": row["registered"] - row["certified"],
            },
            "note": f"{row['certified']} / {row['registered']}"
            + ("" if row["registered"] else " · " + _("none registered")),
        }
        for row in rows
    ]
