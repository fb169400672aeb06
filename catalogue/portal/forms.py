"""Portal forms (Flask-WTF, CSRF): products, profile, photos, lots, stamps, login."""

import re

from babel.dates import get_month_names
from flask_babel import lazy_gettext as _l
from flask_wtf.file import FileField, FileRequired
from wtforms import (
    DateField,
    DecimalField,
    EmailField,
    FloatField,
    HiddenField,
    IntegerField,
    PasswordField,
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

from catalogue.accounts import EMAIL
from catalogue.i18n import locale
from catalogue.models.trace import CODE_PATTERN, EVENT_KINDS
from catalogue.portal.fields import (
    EVENT_LABELS,
    PHONE,
    STANDARDS,
    BaseForm,
    DateBetween,
    EditForm,
    Finite,
    MultiCheckboxField,
    _area,
    _text,
    upper,
)


class ProductForm(EditForm):
    """The producer's text about a product (vi required, en optional)."""

    name_vi = _text(_l("Name (Vietnamese)"), 200, required=True)
    name_en = _text(_l("Name (English)"), 200)
    summary_vi = _area(_l("Summary (Vietnamese)"), 400)
    summary_en = _area(_l("Summary (English)"), 400)
    description_vi = _area(_l("Description (Vietnamese)"))
    description_en = _area(_l("Description (English)"))
    story_vi = _area(_l("Story (Vietnamese)"))
    story_en = _area(_l("Story (English)"))
    standards = MultiCheckboxField(_l("Standards held"))
    season = MultiCheckboxField(_l("Season (months)"), coerce=int)
    where_to_buy_vi = _area(_l("Where to buy (Vietnamese)"), 2000)
    where_to_buy_en = _area(_l("Where to buy (English)"), 2000)
    price_min = IntegerField(
        _l("Lowest price (đồng)"), [Optional(), NumberRange(0, 10**10)]
    )
    price_max = IntegerField(
        _l("Highest price (đồng)"), [Optional(), NumberRange(0, 10**10)]
    )
    price_unit_vi = _text(_l("Price per (Vietnamese), e.g. kg"), 60)
    price_unit_en = _text(_l("Price per (English)"), 60)
    preview = SubmitField(_l("Preview"))
    submit = SubmitField(_l("Send for review"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        months = get_month_names("wide", locale=locale())
        self.season.choices = [(m, months[m]) for m in range(1, 13)]
        self.standards.choices = [(s, s) for s in STANDARDS]

    def validate_price_max(self, field):
        low = self.price_min.data
        if field.data is not None and low is not None and field.data < low:
            raise ValidationError(_l("The highest price is below the lowest price."))

    def values(self) -> dict:
        """The proposable values, as stored."""
        values = {name: getattr(self, name).data for name in _PRODUCT_TEXT}
        values["standards"] = [s for s in STANDARDS if s in (self.standards.data or [])]
        values["season"] = sorted(set(self.season.data or []))
        values["price_min"] = self.price_min.data
        values["price_max"] = self.price_max.data
        return values


_PRODUCT_TEXT = (
    "name_vi",
    "name_en",
    "summary_vi",
    "summary_en",
    "description_vi",
    "description_en",
    "story_vi",
    "story_en",
    "where_to_buy_vi",
    "where_to_buy_en",
    "price_unit_vi",
    "price_unit_en",
)


class NewProductForm(ProductForm):
    """A new product also needs its OCOP group and commune."""

    group_id = SelectField(_l("OCOP product group"), coerce=int)
    commune_id = SelectField(_l("Commune"), coerce=int)


class ProfileForm(EditForm):
    """What a producer may propose about itself."""

    address = _text(_l("Address"), 300)
    phone = _text(_l("Phone"), 40)
    website = _text(_l("Website"), 300)
    story_vi = _area(_l("Story (Vietnamese)"))
    story_en = _area(_l("Story (English)"))
    lat = FloatField(_l("Latitude"), [Optional(), Finite(-90, 90)])
    lon = FloatField(_l("Longitude"), [Optional(), Finite(-180, 180)])
    preview = SubmitField(_l("Preview"))
    submit = SubmitField(_l("Send for review"))

    def validate_phone(self, field):
        if field.data and not re.match(PHONE, field.data):
            raise ValidationError(_l("Use digits, spaces and + ( ) . - only."))

    def validate_website(self, field):
        if field.data and not re.match(r"^https?://[^\s/$.?#][^\s]*$", field.data):
            raise ValidationError(_l("Enter a web address starting with https://"))

    def values(self) -> dict:
        """The proposable values, as stored."""
        names = ("address", "phone", "website", "story_vi", "story_en", "lat", "lon")
        return {name: getattr(self, name).data for name in names}


class PhotoForm(BaseForm):
    """Upload one photo with its alternative text."""

    photo = FileField(_l("Photo (JPEG, PNG or WebP, at most 10 MB)"), [FileRequired()])
    alt_vi = _text(_l("What the photo shows (Vietnamese)"), 300, required=True)
    alt_en = _text(_l("What the photo shows (English)"), 300)
    submit = SubmitField(_l("Upload"))


class PhotoActionForm(BaseForm):
    """Move or remove one photo of the proposal."""

    digest = HiddenField(validators=[DataRequired(), Regexp(r"^[0-9a-f]{64}$")])
    action = HiddenField(validators=[DataRequired()])


class LotForm(BaseForm):
    """A lot: code, where it grew, where it was packed, dates, quantity."""

    code = StringField(
        _l("Lot code"),
        [
            DataRequired(),
            Regexp(CODE_PATTERN, message=_l("4–32 letters, digits or hyphens.")),
        ],
        filters=[upper],
    )
    growing_areas = MultiCheckboxField(_l("Growing areas"), coerce=int)
    packing_house_id = SelectField(_l("Packing house"), coerce=int)
    harvested_on = DateField(_l("Harvest date"), [Optional(), DateBetween()])
    packed_on = DateField(_l("Packing date"), [Optional(), DateBetween()])
    best_before = DateField(_l("Best before"), [Optional(), DateBetween()])
    quantity = DecimalField(_l("Quantity"), [Optional(), Finite(0, 10**9)], places=None)
    unit = _text(_l("Unit, e.g. kg"), 20)
    submit = SubmitField(_l("Save lot"))

    def validate_packed_on(self, field):
        if (
            field.data
            and self.harvested_on.data
            and field.data < self.harvested_on.data
        ):
            raise ValidationError(_l("Packing cannot be before the harvest."))

    def validate_best_before(self, field):
        if field.data and self.packed_on.data and field.data < self.packed_on.data:
            raise ValidationError(_l("Best before cannot be before packing."))


class EventForm(BaseForm):
    """One step in a lot's life."""

    kind = SelectField(_l("What happened"))
    happened_on = DateField(_l("Date"), [InputRequired(), DateBetween()])
    place = _text(_l("Place"), 200)
    note_vi = _area(_l("Note (Vietnamese)"), 2000)
    note_en = _area(_l("Note (English)"), 2000)
    submit = SubmitField(_l("Add event"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.kind.choices = [(k, EVENT_LABELS[k]) for k in EVENT_KINDS]


class StampIssueForm(BaseForm):
    """How many stamps to issue for a lot."""

    count = IntegerField(
        _l("Number of stamps"), [InputRequired(), NumberRange(1, 1000)]
    )
    submit = SubmitField(_l("Issue stamps"))


class VoidForm(BaseForm):
    """Void one stamp (damaged, lost), with a reason."""

    reason = _text(_l("Reason"), 300, required=True)
    submit = SubmitField(_l("Void stamp"))


class ActionForm(BaseForm):
    """A button that only needs the CSRF token."""


class LoginForm(BaseForm):
    """E-mail and password."""

    email = EmailField(
        _l("E-mail"),
        [
            DataRequired(),
            Length(max=254),
            Regexp(EMAIL, message=_l("Enter your e-mail address.")),
        ],
    )
    password = PasswordField(_l("Password"), [DataRequired(), Length(max=1024)])
    submit = SubmitField(_l("Log in"))


class PasswordForm(BaseForm):
    """Change one's own password."""

    current = PasswordField(_l("Current password"), [DataRequired(), Length(max=1024)])
    new = PasswordField(_l("New password"), [DataRequired(), Length(max=1024)])
    confirm = PasswordField(_l("New password again"), [DataRequired()])
    submit = SubmitField(_l("Change password"))

    def validate_confirm(self, field):
        if field.data != self.new.data:
            raise ValidationError(_l("The two new passwords differ."))
