"""Forms of the programme's admin pages (messages in our own catalogue: WTForms has
no Vietnamese translation of its built-in ones)."""

from flask_babel import lazy_gettext as _l
from wtforms import DateField, IntegerField, StringField
from wtforms.validators import (
    DataRequired,
    Length,
    NumberRange,
    Optional,
    Regexp,
    ValidationError,
)

from catalogue.forms import BaseForm
from catalogue.models.programme import METRICS
from catalogue.programme.periods import PATTERN

CODE = r"^[A-Za-z0-9][A-Za-z0-9._-]{1,19}$"
REQUIRED = _l("Please fill in this field.")


class WholeNumberField(IntegerField):
    """An integer field whose parse error is translated."""

    def process_formdata(self, valuelist):
        try:
            super().process_formdata(valuelist)
        except ValueError:
            raise ValueError(_l("Please enter a whole number, e.g. 20.")) from None


class DayField(DateField):
    """A date field whose parse error is translated."""

    def process_formdata(self, valuelist):
        try:
            super().process_formdata(valuelist)
        except ValueError:
            raise ValueError(
                _l("Please give the date as YYYY-MM-DD, e.g. 2025-12-31.")
            ) from None


def _text(label, required: bool = False, size: int = 120, **kwargs) -> StringField:
    validators = [DataRequired(REQUIRED)] if required else [Optional()]
    validators.append(Length(max=size, message=_l("At most %(max)d characters.")))
    return StringField(label, validators=validators, **kwargs)


class PlanPeriodForm(BaseForm):
    """A plan period and one optional target per metric (blank: no target)."""

    code = StringField(
        _l("Code"),
        validators=[
            DataRequired(REQUIRED),
            Regexp(CODE, message=_l("Letters, digits, dots and hyphens, 2–20.")),
        ],
        description=_l("For example 2026-2030. Used in report links."),
    )
    name_vi = _text(_l("Name in Vietnamese"), required=True)
    name_en = _text(_l("Name in English"), required=True)
    plan = _text(_l("Plan number"), size=60, description=_l("For example 124/KH-UBND."))
    plan_date = DayField(_l("Plan dated"), validators=[Optional()])
    starts_on = DayField(_l("First day"), validators=[DataRequired(REQUIRED)])
    ends_on = DayField(_l("Last day"), validators=[DataRequired(REQUIRED)])

    def validate_code(self, field):
        if PATTERN.match(field.data.strip().upper()):
            raise ValidationError(
                _l("This code looks like a report period (2025, 2025H1): add words.")
            )

    def validate_ends_on(self, field):
        if self.starts_on.data and field.data and field.data <= self.starts_on.data:
            raise ValidationError(_l("The last day must come after the first day."))

    def target_fields(self):
        """(metric, value field, vi label field, en label field) for the template."""
        return [
            (
                metric,
                self[f"target_{metric}"],
                self[f"label_vi_{metric}"],
                self[f"label_en_{metric}"],
            )
            for metric in METRICS
        ]


for _metric in METRICS:
    setattr(
        PlanPeriodForm,
        f"target_{_metric}",
        WholeNumberField(
            _l("Planned number"),
            validators=[
                Optional(),
                NumberRange(0, 100_000, message=_l("A whole number from 0.")),
            ],
        ),
    )
    setattr(
        PlanPeriodForm,
        f"label_vi_{_metric}",
        _text(_l("Label in Vietnamese"), size=200),
    )
    setattr(
        PlanPeriodForm, f"label_en_{_metric}", _text(_l("Label in English"), size=200)
    )
