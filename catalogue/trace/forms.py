"""Forms of the trace pages."""

from flask_babel import lazy_gettext as _l
from wtforms import StringField, TextAreaField
from wtforms.validators import DataRequired, Length

from catalogue.forms import BaseForm


class ReportForm(BaseForm):
    """Report a stamp code that the site does not know (a possible fake)."""

    code = StringField(
        _l("Code on the package"), validators=[DataRequired(), Length(max=64)]
    )
    where = StringField(_l("Where did you buy it? (optional)"), [Length(max=200)])
    note = TextAreaField(
        _l("Anything else we should know? (optional)"), [Length(max=1000)]
    )
