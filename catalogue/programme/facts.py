"""Products and evaluations as plain facts, and the per-product count rules
(registered on a date, current stars on a date) that catalogue.programme.stats
documents and aggregates."""

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import cached_property

from sqlalchemy import select

from catalogue.extensions import db
from catalogue.models import Evaluation, Product, ProductGroup
from catalogue.models.base import localized


@dataclass(frozen=True)
class EvaluationFact:
    """What the counts need from one evaluation."""

    id: int
    stars: int
    level: str
    decision_number: str
    decided_on: date
    expires_on: date
    revoked_on: date | None
    is_sample: bool

    def is_current(self, on: date) -> bool:
        """Decided by the date, and neither expired nor revoked on it."""
        return (
            self.decided_on <= on
            and self.expires_on > on
            and (self.revoked_on is None or self.revoked_on > on)
        )

    def state(self, on: date) -> str:
        """'current', 'revoked', 'expired' or 'future' on a date."""
        if self.decided_on > on:
            return "future"
        if self.revoked_on is not None and self.revoked_on <= on:
            return "revoked"
        return "current" if self.expires_on > on else "expired"


@dataclass
class ProductFact:
    """What the counts need from one product (no ORM object kept)."""

    id: int
    slug: str
    name_vi: str
    name_en: str
    status: str
    commune_id: int
    group_id: int
    is_tourism: bool
    is_sample: bool
    created_on: date
    published_on: date | None
    evaluations: list[EvaluationFact] = field(default_factory=list)  # newest first
    _current: dict = field(default_factory=dict, repr=False, compare=False)

    def name(self, locale: str) -> str:
        """The product's name in a locale (Vietnamese when missing)."""
        return localized(self, "name", locale)

    @cached_property
    def registered_on(self) -> date:
        """Entry date: earliest of creation, first publication and first decision."""
        days = [self.created_on, self.published_on]
        days += [e.decided_on for e in self.evaluations]
        return min(d for d in days if d is not None)

    def is_registered(self, on: date) -> bool:
        """Registered (not a draft) on or before the date."""
        return self.status != "draft" and self.registered_on <= on

    def current(self, on: date) -> EvaluationFact | None:
        """The newest evaluation current on the date (remembered per date)."""
        if on not in self._current:
            self._current[on] = next(
                (e for e in self.evaluations if e.is_current(on)), None
            )
        return self._current[on]

    def stars(self, on: date) -> int | None:
        """Certified stars on the date (published products only), else None."""
        if self.status != "published":
            return None
        current = self.current(on)
        return current.stars if current else None

    def first_decided_on(self) -> date | None:
        """When the product was first certified."""
        return self.evaluations[-1].decided_on if self.evaluations else None


def _day(value: datetime | None) -> date | None:
    if value is None:
        return None
    return (value if value.tzinfo is UTC else value.astimezone(UTC)).date()


def load_facts() -> list[ProductFact]:
    """Every product and evaluation as plain facts (two light Core queries)."""
    conn = db.session.connection()  # Core rows: no ORM overhead at 20,000 products
    rows = conn.execute(
        select(
            Product.id,
            Product.slug,
            Product.name_vi,
            Product.name_en,
            Product.status,
            Product.commune_id,
            Product.group_id,
            ProductGroup.is_tourism,
            Product.is_sample,
            Product.created_at,
            Product.published_at,
        )
        .join(ProductGroup, Product.group_id == ProductGroup.id)
        .order_by(Product.id)
    ).all()
    facts = {
        r.id: ProductFact(
            *r[:9],
            created_on=_day(r.created_at) or date.max,
            published_on=_day(r.published_at),
        )
        for r in rows
    }
    evaluations = conn.execute(
        select(
            Evaluation.product_id,
            Evaluation.id,
            Evaluation.stars,
            Evaluation.level,
            Evaluation.decision_number,
            Evaluation.decided_on,
            Evaluation.expires_on,
            Evaluation.revoked_on,
            Evaluation.is_sample,
        ).order_by(Evaluation.decided_on.desc(), Evaluation.id.desc())
    ).all()
    for row in evaluations:
        facts[row[0]].evaluations.append(EvaluationFact(*row[1:]))
    return list(facts.values())
