"""Programme figures against plan 124/KH-UBND: one set of count rules for the page,
the reports and the API alike.

Count rules (each figure is counted *on a date*, the "as of" date):

- **Registered product**: a product whose status is pending, published or archived
  (not draft) and that entered the register on or before the date. Its entry date
  is the earliest of: when the record was created, when it was first published, and
  its first evaluation's decision date (an evaluation proves it had been entered for
  evaluation, even if the record was typed in later). A draft is a producer's
  unfinished entry the district has not received, so it does not count; an archived
  product still counts, because it *was* entered (the plan's target is that every
  commune "đăng ký ít nhất một sản phẩm", registers at least one product).
- **Certified with N stars**: a *published* product whose current evaluation on the
  date has N stars. The current evaluation is the newest one decided on or before
  the date that has neither expired (36 months) nor been revoked by then. Pending,
  draft and archived products are not counted: the page counts only what the
  public can see and check. Status is today's status (no status history is kept).
- **Targets count "at least N stars"**: the plan's "03 sản phẩm đạt 5 sao, 20 sản
  phẩm đạt 3 sao, trong đó có 01 sản phẩm về dịch vụ du lịch" is read as 3 products
  at 5★ and 20 products certified at 3★ or more, the tourism product among them.
  3★ is OCOP's entry rank; the tourism product is counted "trong đó" (among them)
  whatever its stars; and counting exactly-3★ products would make every upgrade to
  4★ or 5★ — which the plan pushes for — look like a step back. So metric
  `stars_N` counts products certified with N stars or more (the 5★ products are
  also among the 20). The exact split by stars is always shown beside it.
- **Tourism**: certified products (3★ or more) of a tourism product group.
- **Communes with a registered product**: communes (as recorded on the product,
  i.e. the plan's 2021 units) having at least one registered product.
- **Products**: registered products.
- **Expiring soon**: published products whose current certificate expires within
  CERTIFICATE_WARN_DAYS (90) days after the date.
- **Needs re-evaluation**: published products that have been evaluated but hold no
  current certificate on the date (every certificate expired or was revoked).
"""

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from catalogue.extensions import db
from catalogue.models import Commune, PlanPeriod, ProductGroup
from catalogue.models.programme import METRICS
from catalogue.programme.facts import (  # noqa: F401  (load_facts: re-exported)
    EvaluationFact,
    ProductFact,
    load_facts,
)

STAR_LEVELS = (5, 4, 3)


def metric_values(facts: list[ProductFact], on: date) -> dict[str, int]:
    """The value of every target metric on a date."""
    stars = [f.stars(on) for f in facts]
    registered = [f for f in facts if f.is_registered(on)]
    values = {f"stars_{n}": sum(1 for s in stars if s and s >= n) for n in (5, 4, 3)}
    values["tourism"] = sum(
        1 for f, s in zip(facts, stars, strict=True) if s and f.is_tourism
    )
    values["communes_registered"] = len({f.commune_id for f in registered})
    values["products"] = len(registered)
    assert set(values) == set(METRICS)
    return values


def star_split(facts: list[ProductFact], on: date) -> dict:
    """Published products by current stars, plus lapsed and never-certified ones."""
    split = Counter({5: 0, 4: 0, 3: 0})
    lapsed = uncertified = 0
    for fact in facts:
        if fact.status != "published" or not fact.is_registered(on):
            continue
        stars = fact.stars(on)
        if stars:
            split[stars] += 1
        elif any(e.decided_on <= on for e in fact.evaluations):
            lapsed += 1
        else:
            uncertified += 1
    return {"stars": dict(split), "lapsed": lapsed, "uncertified": uncertified}


def plan_period_for(on: date, code: str | None = None) -> PlanPeriod | None:
    """The plan period asked for by code; else the one containing the date; else the
    latest one begun by then; else the first one."""
    periods = list(
        db.session.scalars(select(PlanPeriod).order_by(PlanPeriod.starts_on))
    )
    if code is not None:
        return next((p for p in periods if p.code == code), None)
    for candidates in (
        [p for p in periods if p.starts_on <= on <= p.ends_on],
        [p for p in periods if p.starts_on <= on],
    ):
        if candidates:
            return candidates[-1]
    return periods[0] if periods else None


@dataclass
class Progress:
    """One target and how far the district has come."""

    metric: str
    label: str
    target: int
    value: int

    @property
    def percent(self) -> int:
        """Share of the target reached, rounded down (100 when the target is 0)."""
        return 100 if self.target == 0 else self.value * 100 // self.target

    @property
    def met(self) -> bool:
        """True once the value reaches the target."""
        return self.value >= self.target


def progress(
    period: PlanPeriod | None, values: dict[str, int], locale: str, labels: dict
) -> list[Progress]:
    """The plan period's targets with their values; `labels` names unlabelled ones."""
    if period is None:
        return []
    order = {metric: i for i, metric in enumerate(METRICS)}
    targets = sorted(period.targets, key=lambda t: order.get(t.metric, 99))
    return [
        Progress(
            t.metric,
            getattr(t, f"label_{locale}", "") or str(labels.get(t.metric, t.metric)),
            t.value,
            values.get(t.metric, 0),
        )
        for t in targets
    ]


def group_rows(facts, on: date, keyed: dict[int, object], key: str) -> list[dict]:
    """Registered and certified counts per commune or group (every key listed)."""
    rows = {
        item_id: {"item": item, "registered": 0, "certified": 0, 5: 0, 4: 0, 3: 0}
        for item_id, item in keyed.items()
    }
    for fact in facts:
        row = rows.get(getattr(fact, key))
        if row is None:
            continue
        row["registered"] += fact.is_registered(on)
        stars = fact.stars(on)
        if stars:
            row[stars] += 1
            row["certified"] += 1
    return list(rows.values())


def communes_for(period: PlanPeriod | None, facts) -> dict[int, Commune]:
    """Communes existing when the plan period began, plus any holding a product."""
    start = period.starts_on if period else date.min
    used = {f.commune_id for f in facts if f.status != "draft"}
    communes = db.session.scalars(
        select(Commune).order_by(Commune.kind.desc(), Commune.name)
    )
    return {
        c.id: c
        for c in communes
        if c.id in used or c.succeeded_on is None or c.succeeded_on > start
    }


def groups_for(facts) -> dict[int, ProductGroup]:
    """Product groups of the rule set most products use, plus any holding a product."""
    groups = list(db.session.scalars(select(ProductGroup).order_by(ProductGroup.id)))
    used = {f.group_id for f in facts if f.status != "draft"}
    rule_sets = Counter(g.rule_set_id for g in groups if g.id in used)
    main = rule_sets.most_common(1)[0][0] if rule_sets else None
    return {g.id: g for g in groups if g.id in used or g.rule_set_id == main}


def year_ends(facts, period: PlanPeriod | None, on: date) -> list[dict]:
    """Where things stood at the end of each year of the plan period (the last
    year counted on `on` when it is not over): metric values and stars."""
    first = period.starts_on.year if period else on.year
    last = min(on, period.ends_on).year if period else on.year
    rows = []
    for year in range(first, last + 1):
        day = min(date(year, 12, 31), on, period.ends_on if period else on)
        split = star_split(facts, day)["stars"]
        rows.append(
            {"year": year, "on": day, "values": metric_values(facts, day), **split}
        )
    return rows


def decisions_by_year(facts, on: date) -> list[dict]:
    """OCOP decisions for published products per year of decision, by stars."""
    years: dict[int, Counter] = {}
    for fact in facts:
        if fact.status != "published":
            continue
        for e in fact.evaluations:
            if e.decided_on <= on:
                years.setdefault(e.decided_on.year, Counter())[e.stars] += 1
    if not years:
        return []
    span = range(min(years), max(years) + 1)
    return [
        {
            "year": y,
            **{n: years.get(y, Counter())[n] for n in STAR_LEVELS},
            "total": sum(years.get(y, Counter()).values()),
        }
        for y in span
    ]


def expiring(facts, on: date, days: int) -> list[tuple[ProductFact, EvaluationFact]]:
    """Published products whose current certificate expires within `days`."""
    limit = on + timedelta(days=days)
    found = []
    for fact in facts:
        current = fact.current(on) if fact.status == "published" else None
        if current and current.expires_on <= limit:
            found.append((fact, current))
    return sorted(
        found, key=lambda pair: (-_ended(pair[1]).toordinal(), pair[0].name_vi)
    )


def _ended(evaluation: EvaluationFact) -> date:
    """When a certificate stopped being valid: revoked, else expired."""
    if evaluation.revoked_on and evaluation.revoked_on < evaluation.expires_on:
        return evaluation.revoked_on
    return evaluation.expires_on


def lapsed(facts, on: date) -> list[tuple[ProductFact, EvaluationFact]]:
    """Published, once-certified products with no current certificate, with their
    last evaluation; the most recently lapsed first."""
    found = []
    for fact in facts:
        if fact.status != "published" or fact.current(on):
            continue
        past = [e for e in fact.evaluations if e.decided_on <= on]
        if past:
            found.append((fact, past[0]))
    return sorted(
        found, key=lambda pair: (-_ended(pair[1]).toordinal(), pair[0].name_vi)
    )


def _ended(evaluation: EvaluationFact) -> date:
    """When a certificate stopped being valid: revoked, else expired."""
    if evaluation.revoked_on and evaluation.revoked_on < evaluation.expires_on:
        return evaluation.revoked_on
    return evaluation.expires_on
