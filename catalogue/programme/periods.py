"""Report periods: `2025H1`, `2025H2`, `2025`, or a plan period's code.

The plan (section VIII) asks for a six-monthly report due on 5 May and an annual
report due on 5 November. Both fall before their half or year is over, so a report
made before its period ends counts up to the day it is made (its "as of" date):

| period   | covers            | due                                          |
|----------|-------------------|----------------------------------------------|
| `YYYYH1` | 1 Jan – 30 Jun    | 5 May YYYY (the six-monthly report)          |
| `YYYYH2` | 1 Jul – 31 Dec    | 5 Nov YYYY (sent with the annual report)     |
| `YYYY`   | 1 Jan – 31 Dec    | 5 Nov YYYY (the annual report)               |
| plan code, e.g. `2021-2025` | the plan period's dates | its last day       |
"""

import re
from dataclasses import dataclass
from datetime import date

from flask_babel import gettext as _
from sqlalchemy import select

from catalogue.extensions import db
from catalogue.models import PlanPeriod
from catalogue.models.base import today

PATTERN = re.compile(r"^(\d{4})(?:H([12]))?$")
FIRST_YEAR, LAST_YEAR = 2000, 2100


class PeriodError(ValueError):
    """A report period that cannot be understood; the message says why."""


@dataclass(frozen=True)
class ReportPeriod:
    """A span of days to report on, with the plan's due date."""

    code: str
    kind: str  # "half", "year" or "plan"
    starts_on: date
    ends_on: date
    due_on: date

    def as_of(self, on: date | None = None) -> date:
        """The day figures are counted at: the period's end, or today if earlier."""
        return min(self.ends_on, on or today())

    def contains(self, day: date | None, on: date | None = None) -> bool:
        """True when a day falls between the start and the as-of date."""
        return day is not None and self.starts_on <= day <= self.as_of(on)


def parse_period(text: str) -> ReportPeriod:
    """Read `2025H1`, `2025H2`, `2025` or a plan code; PeriodError otherwise."""
    raw = (text or "").strip().upper()
    match = PATTERN.match(raw)
    if match:
        return _calendar_period(int(match.group(1)), match.group(2))
    plan = db.session.scalars(
        select(PlanPeriod).where(PlanPeriod.code == (text or "").strip())
    ).first()
    if plan is not None:
        return ReportPeriod(
            plan.code, "plan", plan.starts_on, plan.ends_on, plan.ends_on
        )
    raise PeriodError(
        _(
            "Unknown report period %(period)s. Use YYYYH1 (January–June), "
            "YYYYH2 (July–December), YYYY (a whole year) or a plan period code, "
            "e.g. 2025H1 or 2025.",
            period=repr((text or "")[:40]),
        )
    )


def _calendar_period(year: int, half: str | None) -> ReportPeriod:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise PeriodError(
            _(
                "The year must be between %(first)d and %(last)d.",
                first=FIRST_YEAR,
                last=LAST_YEAR,
            )
        )
    if half == "1":
        return ReportPeriod(
            f"{year}H1", "half", date(year, 1, 1), date(year, 6, 30), date(year, 5, 5)
        )
    if half == "2":
        return ReportPeriod(
            f"{year}H2", "half", date(year, 7, 1), date(year, 12, 31), date(year, 11, 5)
        )
    return ReportPeriod(
        str(year), "year", date(year, 1, 1), date(year, 12, 31), date(year, 11, 5)
    )


def default_period(on: date | None = None) -> ReportPeriod:
    """The report due next (or last due): the half-year before 5 May, else the year."""
    on = on or today()
    if on <= date(on.year, 5, 5):
        return _calendar_period(on.year, "1")
    return _calendar_period(on.year, None)


def recent_periods(on: date | None = None, years: int = 3) -> list[ReportPeriod]:
    """Recent half-years and years, newest first, for the officers' form."""
    on = on or today()
    found = []
    for year in range(on.year, on.year - years, -1):
        for half in (None, "2", "1"):
            period = _calendar_period(year, half)
            if period.starts_on <= on:
                found.append(period)
    return found
