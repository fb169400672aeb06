"""Constraints keep the data right, on SQLite and on PostgreSQL."""

from datetime import date

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from catalogue.extensions import db
from catalogue.models import (
    Commune,
    Evaluation,
    GrowingArea,
    Lot,
    Product,
    RuleSet,
    Stamp,
    stars_for,
)
from catalogue.models.product import add_months

BOTH_BACKENDS = True


@pytest.fixture
def ctx(app):
    with app.app_context():
        yield
        db.session.rollback()


def first(model):
    return db.session.scalars(select(model).order_by(model.id)).first()


def evaluation(**overrides) -> Evaluation:
    values = dict(
        product=first(Product),
        rule_set=first(RuleSet),
        score=75,
        stars=4,
        level="district",
        decision_number="T-1",
        decided_on=date(2024, 1, 1),
        expires_on=date(2027, 1, 1),
    )
    values.update(overrides)
    return Evaluation(**values)


def rejected(obj) -> None:
    db.session.add(obj)
    with pytest.raises(IntegrityError):
        db.session.flush()
    db.session.rollback()


@pytest.mark.parametrize(
    "overrides",
    [
        {"stars": 6},
        {"stars": 2},
        {"score": 101},
        {"score": -1},
        {"expires_on": date(2023, 12, 31)},
        {"level": "galactic"},
    ],
)
def test_evaluation_constraints_reject_bad_values(ctx, overrides):
    rejected(evaluation(**overrides))


def test_a_good_evaluation_is_accepted(ctx):
    db.session.add(evaluation())
    db.session.flush()


def test_product_slug_is_unique(ctx):
    product = first(Product)
    clone = Product(
        slug=product.slug,
        name_vi="x",
        group=product.group,
        producer=product.producer,
        commune=product.commune,
    )
    rejected(clone)


def test_product_status_must_be_known(ctx):
    product = first(Product)
    product.status = "secret"
    with pytest.raises(IntegrityError):
        db.session.flush()


def test_growing_area_codes_are_unique_and_well_formed(ctx):
    area = first(GrowingArea)
    values = dict(crop_vi="Xoài", area_ha=1, commune=first(Commune))
    rejected(GrowingArea(code=area.code, **values))
    rejected(GrowingArea(code="abc", **values))
    rejected(GrowingArea(code="vn-lower-01", **values))


def test_lot_code_is_unique_per_product(ctx):
    lot = first(Lot)
    rejected(Lot(product=lot.product, code=lot.code))


def test_lot_cannot_be_packed_before_harvest(ctx):
    lot = Lot(
        product=first(Product),
        code="BAD-DATES",
        harvested_on=date(2025, 5, 2),
        packed_on=date(2025, 5, 1),
    )
    rejected(lot)


def test_stamp_codes_are_unique(ctx):
    stamp = first(Stamp)
    rejected(Stamp(code=stamp.code, lot=stamp.lot))


def test_foreign_keys_are_enforced(ctx):
    rejected(Stamp(code="0123456789ABCDEF", lot_id=999_999))


@pytest.mark.parametrize(
    ("score", "stars"), [(49, None), (50, 3), (69, 3), (70, 4), (89, 4), (90, 5)]
)
def test_star_thresholds(score, stars):
    assert stars_for(score) == stars


def test_certificate_validity_is_36_months_clamped_to_month_end():
    assert add_months(date(2023, 12, 20), 36) == date(2026, 12, 20)
    assert add_months(date(2024, 2, 29), 36) == date(2027, 2, 28)


def test_expired_and_revoked_certificates_are_not_current(ctx):
    product = None  # kept out of the session: only the dates matter here
    old = evaluation(
        product=product,
        decision_number="OLD",
        decided_on=date(2020, 1, 1),
        expires_on=date(2023, 1, 1),
    )
    revoked = evaluation(
        product=product,
        decision_number="REV",
        score=92,
        stars=5,
        decided_on=date(2024, 6, 1),
        expires_on=date(2027, 6, 1),
        revoked_on=date(2025, 1, 1),
    )
    assert old.state(date(2024, 1, 1)) == "expired"
    assert revoked.state(date(2025, 6, 1)) == "revoked"
    assert revoked.state(date(2024, 12, 1)) == "current"


def test_an_evaluation_decided_later_is_not_current_yet(ctx):
    product = first(Product)
    future = evaluation(
        product=None,
        decision_number="LATER",
        decided_on=date(2030, 1, 1),
        expires_on=date(2033, 1, 1),
    )
    product.evaluations.append(future)
    assert product.current_evaluation(date(2029, 12, 31)) is not future
    assert product.current_evaluation(date(2030, 1, 2)) is future
    db.session.rollback()
