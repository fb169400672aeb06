"""Officer and admin forms: reviews, evaluations, registers, recalls, people."""

from flask_babel import lazy_gettext as _l
from stdnum import ean
from stdnum.exceptions import ValidationError as StdnumError
from wtforms import (
    DateField,
    DecimalField,
    EmailField,
    FloatField,
    IntegerField,
    SelectField,
    StringField,
    SubmitField,
)
from wtforms.validators import (
    DataRequired,
    InputRequired,
    Length,
    NumberRange,
    Optional,
    Regexp,
    ValidationError,
)

from catalogue.forms import BaseForm
from catalogue.models.base import today
from catalogue.models.product import LEVELS, stars_for
from catalogue.models.trace import CODE_PATTERN
from catalogue.portal.fields import DateBetween, Finite, _area, _text, upper
from catalogue.portal.forms import ProfileForm
from catalogue.public.labels import LEGAL_FORMS
from catalogue.public.labels import LEVELS as LEVEL_LABELS

REGISTER_LABELS = {
    "active": _l("Active"),
    "suspended": _l("Suspended"),
    "revoked": _l("Revoked"),
}
PRODUCT_STATUS_LABELS = {
    "draft": _l("Draft"),
    "pending": _l("Waiting for review"),
    "published": _l("Published"),
    "archived": _l("Archived"),
}
PARTS = ("a", "b", "c")


def code_field(label):
    """A register or lot code: upper case letters, digits and hyphens."""
    return StringField(
        label,
        [
            DataRequired(),
            Regexp(CODE_PATTERN, message=_l("4–32 letters, digits or hyphens.")),
        ],
        filters=[upper],
    )


class RejectForm(BaseForm):
    """Why a proposal is refused (the producer reads this)."""

    reason = _area(
        _l("Reason for the producer"),
        2000,
        required=_l("Say why, so the producer can fix it."),
    )
    submit = SubmitField(_l("Reject"))


class EvaluationForm(BaseForm):
    """An OCOP evaluation result; inconsistent figures are refused."""

    rule_set_id = SelectField(_l("Rule set"), coerce=int)
    score = IntegerField(
        _l("Total score (of 100)"), [InputRequired(), NumberRange(0, 100)]
    )
    score_a = IntegerField(_l("Part A score"), [Optional(), NumberRange(0, 100)])
    score_b = IntegerField(_l("Part B score"), [Optional(), NumberRange(0, 100)])
    score_c = IntegerField(_l("Part C score"), [Optional(), NumberRange(0, 100)])
    stars = SelectField(_l("Stars"), coerce=int)
    level = SelectField(_l("Certifying level"))
    decision_number = _text(_l("Decision number"), 60, required=True)
    decided_on = DateField(_l("Decision date"), [InputRequired(), DateBetween()])
    submit = SubmitField(_l("Record evaluation"))

    def __init__(self, rule_sets: dict, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.rule_sets = rule_sets
        self.rule_set_id.choices = [(r.id, r.decision) for r in rule_sets.values()]
        self.level.choices = [(code, LEVEL_LABELS[code]) for code in LEVELS]
        self.stars.choices = [(n, f"{n} ★") for n in (3, 4, 5)]

    def validate(self, extra_validators=None) -> bool:
        if not super().validate(extra_validators):
            return False
        rule_set = self.rule_sets[self.rule_set_id.data]
        checks = (
            self._check_parts(rule_set),
            self._check_stars(),
            self._check_level(rule_set),
            self._check_date(),
        )
        return all(checks)

    def _check_parts(self, rule_set) -> bool:
        parts = [getattr(self, f"score_{p}") for p in PARTS]
        given = [f.data for f in parts if f.data is not None]
        if not given:
            return True
        if len(given) < 3:
            self.score_a.errors.append(_l("Enter all three part scores, or none."))
            return False
        ok = True
        limits = rule_set.part_max or {}
        for field in parts:
            top = limits.get(field.name[-1].upper())
            if top is not None and field.data > top:
                field.errors.append(
                    _l("At most %(max)s points under this rule set.", max=top)
                )
                ok = False
        if ok and sum(given) != self.score.data:
            self.score.errors.append(
                _l("The parts add up to %(sum)s, not the total.", sum=sum(given))
            )
            ok = False
        return ok

    def _check_stars(self) -> bool:
        expected = stars_for(self.score.data)
        if expected is None:
            self.score.errors.append(_l("Below 50 points there are no stars."))
            return False
        if self.stars.data != expected:
            self.stars.errors.append(
                _l(
                    "%(score)s points give %(stars)s stars.",
                    score=self.score.data,
                    stars=expected,
                )
            )
            return False
        return True

    def _check_level(self, rule_set) -> bool:
        if self.level.data == "district" and not rule_set.has_district_level:
            self.level.errors.append(_l("This rule set has no district level."))
            return False
        return True

    def _check_date(self) -> bool:
        if self.decided_on.data > today():
            self.decided_on.errors.append(_l("The decision date is in the future."))
            return False
        return True


class RevokeForm(BaseForm):
    """Revoke a certificate, with the reason shown publicly."""

    revoked_on = DateField(_l("Revoked on"), [InputRequired(), DateBetween()])
    reason_vi = _area(
        _l("Reason (Vietnamese)"), 2000, required=_l("Give the reason in Vietnamese.")
    )
    reason_en = _area(_l("Reason (English)"), 2000)
    submit = SubmitField(_l("Revoke certificate"))


class RecallForm(BaseForm):
    """Recall a lot: every stamp of it then shows a red warning."""

    recalled_on = DateField(_l("Recalled on"), [InputRequired(), DateBetween()])
    reason_vi = _area(
        _l("Reason (Vietnamese)"), 2000, required=_l("Give the reason in Vietnamese.")
    )
    reason_en = _area(_l("Reason (English)"), 2000)
    submit = SubmitField(_l("Recall lot"))


class ProductAdminForm(BaseForm):
    """Officer-held facts about a product: group, commune, GTIN, status."""

    group_id = SelectField(_l("OCOP product group"), coerce=int)
    commune_id = SelectField(_l("Commune"), coerce=int)
    gtin = _text(_l("GTIN (8, 12, 13 or 14 digits)"), 14)
    status = SelectField(_l("Status"))
    submit = SubmitField(_l("Save"))

    def validate_gtin(self, field):
        if not field.data:
            return
        try:
            field.data = ean.validate(field.data)
        except StdnumError:
            raise ValidationError(_l("Not a valid GTIN (check digit).")) from None
        if len(field.data) not in (8, 12, 13, 14):
            raise ValidationError(_l("Not a valid GTIN (check digit)."))


class GrowingAreaForm(BaseForm):
    """A growing area in the register."""

    code = code_field(_l("Growing-area code (PUC)"))
    crop_vi = _text(_l("Crop (Vietnamese)"), 120, required=True)
    crop_en = _text(_l("Crop (English)"), 120)
    area_ha = DecimalField(
        _l("Area (hectares)"), [InputRequired(), Finite(0, 100_000)], places=None
    )
    commune_id = SelectField(_l("Commune"), coerce=int)
    producer_id = SelectField(_l("Producer"), coerce=int)
    lat = FloatField(_l("Latitude"), [Optional(), Finite(-90, 90)])
    lon = FloatField(_l("Longitude"), [Optional(), Finite(-180, 180)])
    status = SelectField(_l("Status"))
    submit = SubmitField(_l("Save"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.status.choices = list(REGISTER_LABELS.items())


class PackingHouseForm(BaseForm):
    """A packing house in the register."""

    code = code_field(_l("Packing-house code (PHC)"))
    name = _text(_l("Name"), 200, required=True)
    commune_id = SelectField(_l("Commune"), coerce=int)
    address = _text(_l("Address"), 300)
    producer_id = SelectField(_l("Producer"), coerce=int)
    status = SelectField(_l("Status"))
    submit = SubmitField(_l("Save"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.status.choices = list(REGISTER_LABELS.items())


class ProducerForm(ProfileForm):
    """An officer edits a producer directly (no review needed)."""

    name = _text(_l("Name"), 200, required=True)
    legal_form = SelectField(_l("Legal form"))
    commune_id = SelectField(_l("Commune"), coerce=int)
    submit = SubmitField(_l("Save"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.legal_form.choices = list(LEGAL_FORMS.items())

    def values(self) -> dict:
        """Every field an officer may set."""
        values = super().values()
        values.update(
            name=self.name.data,
            legal_form=self.legal_form.data,
            commune_id=self.commune_id.data,
        )
        return values


class UserForm(BaseForm):
    """A new account; its first password is generated and shown once."""

    email = EmailField(_l("E-mail"), [DataRequired(), Length(max=254)])
    role = SelectField(_l("Role"))
    producer_id = SelectField(_l("Producer (for producer accounts)"), coerce=int)
    submit = SubmitField(_l("Create account"))


class AuditFilterForm(BaseForm):
    """Narrow the audit log (a GET form: nothing changes, no CSRF token)."""

    class Meta:
        csrf = False

    producer = SelectField(_l("Producer"), coerce=int, default=0)
    user = SelectField(_l("User"), coerce=int, default=0)
    since = DateField(_l("From"), [Optional(), DateBetween()])
    until = DateField(_l("To"), [Optional(), DateBetween()])
