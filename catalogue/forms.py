"""The base of every form: typed text cleaned alike, WTForms' own messages translated.

WTForms has no Vietnamese catalogue, so its built-in messages ("This field is
required.", "Not a valid integer value." …) are listed below for extraction into
this app's catalogues and answered from them in the page's language.
"""

import re
import unicodedata

from flask_babel import get_translations
from flask_wtf import FlaskForm
from wtforms import PasswordField, StringField

CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_text(value):
    """Typed text as stored: NFC, no control characters (NUL breaks PostgreSQL)."""
    if value is None:
        return ""
    if not isinstance(value, str):
        return value
    value = unicodedata.normalize("NFC", value).replace("\r\n", "\n")
    return CONTROL.sub("", value).strip()


class FormTranslations:
    """WTForms' gettext interface, answered from this app's catalogues."""

    def gettext(self, string: str) -> str:
        return get_translations().ugettext(string)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return get_translations().ungettext(singular, plural, n)


TRANSLATIONS = FormTranslations()


class BaseForm(FlaskForm):
    """Every text field is cleaned the same way before validation; WTForms'
    messages come in the page's language."""

    class Meta:
        def bind_field(self, form, unbound_field, options):
            kind = unbound_field.field_class
            if issubclass(kind, StringField) and not issubclass(kind, PasswordField):
                own = unbound_field.kwargs.get("filters") or ()  # bind() overrides
                options["filters"] = (clean_text, *own, *options.get("filters", ()))
            return unbound_field.bind(form=form, **options)

        def get_translations(self, form):
            return TRANSLATIONS


def N_(message: str) -> str:
    """Marks a message for extraction (pybabel -k N_); translated where shown."""
    return message


def plural_noop(singular: str, plural: str) -> tuple[str, str]:
    """Marks a plural message for extraction (pybabel -k plural_noop:1,2)."""
    return singular, plural


WTFORMS_MESSAGES = (  # wtforms/locale/wtforms.pot, WTForms 3.2
    N_("Invalid field name '%s'."),
    N_("Field must be equal to %(other_name)s."),
    plural_noop(
        "Field must be at least %(min)d character long.",
        "Field must be at least %(min)d characters long.",
    ),
    plural_noop(
        "Field cannot be longer than %(max)d character.",
        "Field cannot be longer than %(max)d characters.",
    ),
    plural_noop(
        "Field must be exactly %(max)d character long.",
        "Field must be exactly %(max)d characters long.",
    ),
    N_("Field must be between %(min)d and %(max)d characters long."),
    N_("Number must be at least %(min)s."),
    N_("Number must be at most %(max)s."),
    N_("Number must be between %(min)s and %(max)s."),
    N_("Date must be at least %(min)s."),
    N_("Date must be at most %(max)s."),
    N_("Date must be between %(min)s and %(max)s."),
    N_("This field is required."),
    N_("Invalid input."),
    N_("Invalid email address."),
    N_("Invalid IP address."),
    N_("Invalid Mac address."),
    N_("Invalid URL."),
    N_("Invalid UUID."),
    N_("Invalid value, must be one of: %(values)s."),
    N_("Invalid value, can't be any of: %(values)s."),
    N_("This field cannot be edited."),
    N_("This field is disabled and cannot have a value."),
    N_("Invalid CSRF Token."),
    N_("CSRF token missing."),
    N_("CSRF failed."),
    N_("CSRF token expired."),
    N_("Invalid Choice: could not coerce."),
    N_("Choices cannot be None."),
    N_("Not a valid choice."),
    N_("Invalid choice(s): one or more data inputs could not be coerced."),
    plural_noop(
        "'%(value)s' is not a valid choice for this field.",
        "'%(value)s' are not valid choices for this field.",
    ),
    N_("Not a valid datetime value."),
    N_("Not a valid date value."),
    N_("Not a valid time value."),
    N_("Not a valid week value."),
    N_("Not a valid integer value."),
    N_("Not a valid decimal value."),
    N_("Not a valid float value."),
    N_("File does not have an approved extension."),  # Flask-WTF's FileAllowed
)
