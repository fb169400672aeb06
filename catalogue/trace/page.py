"""The stamp page, assembled from cached parts: it is served on every scan.

Only the verdict (state, code, counts) is rendered per request; the layout's top
and bottom are rendered once per language and title, and the lot's facts come
from fragments.lot_facts (cached per lot for a short time). The verdict is
rendered straight from the Jinja environment with gettext bound to this
request's catalogue: no context processors (user loader, site helpers) run and
each message costs one catalogue look-up.
"""

from functools import lru_cache

from flask import current_app, render_template
from flask_babel import format_date, format_time, get_timezone, get_translations
from markupsafe import Markup, escape

from catalogue.i18n import locale
from catalogue.trace import fragments, labels
from catalogue.trace.scans import Tally
from catalogue.trace.services import Verification
from qr import codes


def _chrome(loc: str, state: str) -> tuple[str, str, str]:
    """(title, top, bottom) of the page for a language and state, cached."""
    cache = current_app.extensions.setdefault("trace.chrome", {})
    parts = cache.get((loc, state))
    if parts is None:
        title = labels.stamp_state(state)
        parts = (
            title,
            render_template("trace/_stamp_top.html", page_title=title),
            render_template("trace/_stamp_bottom.html"),
        )
        cache[(loc, state)] = parts
    return parts


def _gettext_callables() -> dict:
    """Jinja "newstyle" gettext and ngettext over this request's catalogue."""
    catalogue = get_translations()

    def gettext(message: str, **variables) -> Markup:
        return Markup(catalogue.gettext(message)) % variables

    def ngettext(singular: str, plural: str, num: int, **variables) -> Markup:
        variables.setdefault("num", num)
        return Markup(catalogue.ngettext(singular, plural, num)) % variables

    return {"_": gettext, "gettext": gettext, "ngettext": ngettext}


@lru_cache(maxsize=4096)
def _scan_time(moment, loc: str, zone: str) -> str:
    return f"{format_date(moment, 'medium')}, {format_time(moment, 'short')}"


def scan_time(moment) -> str:
    """A scan's date and time (to the minute) in the site's time zone and locale."""
    if moment is None:
        return ""
    minute = moment.replace(second=0, microsecond=0)
    return _scan_time(minute, locale(), str(get_timezone()))


def _verdict(result: Verification, loc: str, title: str, when=None) -> str:
    return current_app.jinja_env.get_template("trace/_verdict.html").render(
        v=result,
        locale=loc,
        title=title,
        icon=labels.stamp_icon(result.state),
        warn_places=current_app.config["SCAN_WARN_PLACES"],
        scan_time=when or scan_time,
        **_gettext_callables(),
    )


# A genuine stamp's verdict differs between stamps only in the code, the count
# and the first scan's time: it is rendered once per language, sample flag and
# first-or-later scan with stand-ins, which are then replaced.
STAND_IN_CODE = codes.display("0" * 16)
STAND_IN_COUNT = 987654321
STAND_IN_TIME = "{first-scan-time}"


def _genuine_verdict(result: Verification, loc: str, title: str) -> str:
    later = result.tally.scans > 1
    cache = current_app.extensions.setdefault("trace.verdicts", {})
    key = (loc, bool(result.stamp["is_sample"]), later)
    html = cache.get(key)
    if html is None:
        stand_in = Verification(
            "genuine",
            {**result.stamp, "code": "0" * 16},
            Tally(STAND_IN_COUNT if later else 1, None, 1),
        )
        html = _verdict(stand_in, loc, title, when=lambda _moment: STAND_IN_TIME)
        cache[key] = html
    html = html.replace(STAND_IN_CODE, codes.display(result.code))
    if later:
        first = str(escape(scan_time(result.tally.first_at)))
        html = html.replace(str(STAND_IN_COUNT), str(result.tally.scans))
        html = html.replace(STAND_IN_TIME, first)
    return html


def stamp_page(result: Verification) -> str:
    """The HTML of a stamp's verification page."""
    loc = locale()
    title, top, bottom = _chrome(loc, result.state)
    if result.state == "genuine":
        verdict = _genuine_verdict(result, loc, title)
    else:
        verdict = _verdict(result, loc, title)
    return "".join((top, verdict, fragments.lot_facts(result.stamp, loc), bottom))
