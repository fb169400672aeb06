"""Form building blocks shared by portal and admin forms: cleaning, checks, labels."""

import math
from datetime import date
from decimal import Decimal, InvalidOperation
from types import SimpleNamespace

from flask_babel import lazy_gettext as _l
from wtforms import (
    HiddenField,
    SelectMultipleField,
    StringField,
    TextAreaField,
)
from wtforms.validators import DataRequired, Length, Optional, ValidationError
from wtforms.widgets import CheckboxInput, ListWidget

from catalogue.forms import BaseForm
from qr.codes import display

LONG_TEXT = 20_000
STANDARDS = ("VietGAP", "GlobalGAP", "Organic", "HACCP", "ISO 22000", "ISO 9001")
EVENT_LABELS = {
    "harvest": _l("Harvest"),
    "processing": _l("Processing"),
    "packing": _l("Packing"),
    "inspection": _l("Inspection"),
    "shipping": _l("Shipping"),
}
PHONE = r"^[0-9+().\- ]{0,40}$"


def event_label(kind: str) -> str:
    """A trace event kind in the current language."""
    return str(EVENT_LABELS.get(kind, kind))


def photo_of(entry: dict) -> SimpleNamespace:
    """A proposed photo (a payload dict) as something photo_url() can read."""
    return SimpleNamespace(**entry)


TEMPLATE_HELPERS = {
    "event_label": event_label,
    "stamp_display": display,
    "photo_of": photo_of,
}


def upper(value):
    """Codes are stored in upper case."""
    return value.upper() if isinstance(value, str) else value


class Finite:
    """A number that is finite and within a range (NaN slips past NumberRange)."""

    def __init__(self, minimum=None, maximum=None):
        self.minimum, self.maximum = minimum, maximum

    def __call__(self, form, field):
        value = field.data
        if value is None:
            return
        try:
            finite = math.isfinite(value)
        except (TypeError, ValueError, InvalidOperation):
            finite = False
        if isinstance(value, Decimal):
            finite = value.is_finite()
        if not finite or not (
            (self.minimum is None or value >= self.minimum)
            and (self.maximum is None or value <= self.maximum)
        ):
            raise ValidationError(
                _l(
                    "Enter a number between %(low)s and %(high)s.",
                    low=self.minimum,
                    high=self.maximum,
                )
            )


class DateBetween:
    """A plausible date (years 1990-2100)."""

    def __call__(self, form, field):
        if field.data and not date(1990, 1, 1) <= field.data <= date(2100, 12, 31):
            raise ValidationError(_l("Enter a date between 1990 and 2100."))


class MultiCheckboxField(SelectMultipleField):
    """Several choices as check boxes."""

    widget = ListWidget(prefix_label=False)
    option_widget = CheckboxInput()


def _text(label, size, required=False, **kw):
    first = DataRequired() if required else Optional()
    return StringField(label, [first, Length(max=size)], **kw)


def _area(label, size=LONG_TEXT, required=None, **kw):
    """A text area; `required` is the message shown when it is left empty."""
    first = DataRequired(message=required) if required else Optional()
    return TextAreaField(label, [first, Length(max=size)], **kw)


class EditForm(BaseForm):
    """Hidden markers of what the page was built from (stale pages are refused)."""

    base_version = HiddenField()
    revision_id = HiddenField()

    def markers(self) -> tuple[int | None, int | None]:
        """The base version and the open proposal the page showed."""
        return _int_or_none(self.base_version.data), _int_or_none(self.revision_id.data)


def _int_or_none(value) -> int | None:
    value = (value or "").strip() if isinstance(value, str) else value
    try:
        return int(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return -1  # garbage never matches a real version or proposal
