"""Writes of the programme: plan periods and their targets (with an audit entry)."""

from sqlalchemy import select

from catalogue import audit
from catalogue.extensions import db
from catalogue.models import PlanPeriod, Target
from catalogue.models.programme import METRICS

PERIOD_FIELDS = (
    "code",
    "name_vi",
    "name_en",
    "plan",
    "plan_date",
    "starts_on",
    "ends_on",
)


class PeriodConflict(ValueError):
    """Another plan period already has this code."""


def snapshot(period: PlanPeriod) -> dict:
    """A JSON-friendly picture of a period and its targets, for the audit log."""
    values = {name: getattr(period, name) for name in PERIOD_FIELDS}
    values["targets"] = {
        t.metric: {"value": t.value, "label_vi": t.label_vi, "label_en": t.label_en}
        for t in period.targets
    }
    return values


def save_period(period: PlanPeriod | None, data: dict, user) -> PlanPeriod:
    """Create or update a plan period from form data; adds, flushes, audits."""
    code = data["code"].strip()
    clash = db.session.scalars(
        select(PlanPeriod).where(PlanPeriod.code == code)
    ).first()
    if clash is not None and clash is not period:
        raise PeriodConflict(code)
    old = snapshot(period) if period else None
    if period is None:
        period = PlanPeriod()
        db.session.add(period)
    for name in PERIOD_FIELDS:
        value = data.get(name)
        setattr(period, name, value.strip() if isinstance(value, str) else value)
    period.plan = period.plan or ""
    _set_targets(period, data)
    db.session.flush()
    audit.record(
        user,
        "update" if old else "create",
        "plan_period",
        period,
        old,
        snapshot(period),
    )
    db.session.flush()
    return period


def _set_targets(period: PlanPeriod, data: dict) -> None:
    existing = {t.metric: t for t in period.targets}
    for metric in METRICS:
        value = data.get(f"target_{metric}")
        target = existing.get(metric)
        if value is None:
            if target is not None:
                period.targets.remove(target)
            continue
        if target is None:
            target = Target(metric=metric)
            period.targets.append(target)
        target.value = value
        target.label_vi = (data.get(f"label_vi_{metric}") or "").strip()
        target.label_en = (data.get(f"label_en_{metric}") or "").strip()
