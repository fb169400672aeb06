"""Per-request kiosk settings (idle and attract timers), URLs, pictures and QR codes."""

import zlib
from urllib.parse import quote

import nh3
from babel.dates import get_month_names
from flask import abort, current_app, g, request, url_for
from flask_babel import get_locale
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from markupsafe import Markup

from catalogue import i18n
from catalogue.illustrations import food_motif
from catalogue.models import Product, ProductGroup
from catalogue.text import ALLOWED_TAGS
from qr import codes, render

# Setting name -> (config key, smallest, largest) in seconds.
TIMERS = {
    "idle": ("KIOSK_IDLE_SECONDS", 1, 86_400),
    "attract": ("KIOSK_ATTRACT_SECONDS", 1, 600),
}
COOKIE_PREFIX = "kiosk_"
COOKIE_PATH = "/kiosk"
ILLUSTRATED_GROUPS = {
    "food",
    "beverages",
    "herbal",
    "textiles",
    "souvenirs",
    "handicrafts",
    "ornamental",
    "tourism",
}
TINTS = 6
LEVELS = {
    "district": _l("district"),
    "province": _l("province"),
    "national": _l("national"),
}


def _seconds(text: str, low: int, high: int) -> int | None:
    text = text.strip()
    if not text.isdigit() or not low <= int(text) <= high:
        return None
    return int(text)


def load_timers() -> None:
    """?idle= / ?attract= (400 when malformed), else the kiosk cookie, else config."""
    g.kiosk_timers, g.kiosk_timer_args = {}, {}
    for name, (key, low, high) in TIMERS.items():
        asked = request.args.get(name)
        if asked is not None:
            value = _seconds(asked, low, high)
            if value is None:
                abort(
                    400,
                    description=_(
                        "%(name)s must be a whole number of seconds from %(low)d "
                        "to %(high)d.",
                        name=name,
                        low=low,
                        high=high,
                    ),
                )
            g.kiosk_timer_args[name] = value
        else:
            cookie = request.cookies.get(COOKIE_PREFIX + name, "")
            value = _seconds(cookie, low, high) or _configured(key, low, high)
        g.kiosk_timers[name] = value


def _configured(key: str, low: int, high: int) -> int:
    value = current_app.config.get(key)
    if not isinstance(value, int) or isinstance(value, bool):
        value = {"KIOSK_IDLE_SECONDS": 90, "KIOSK_ATTRACT_SECONDS": 6}[key]
    return max(low, min(high, value))


def remember_timers(response):
    """Keep a ?idle= / ?attract= choice for this browser's kiosk pages only."""
    for name, value in g.get("kiosk_timer_args", {}).items():
        response.set_cookie(
            COOKIE_PREFIX + name,
            str(value),
            path=COOKIE_PATH,
            samesite="Strict",
            httponly=True,
        )
    return response


def kiosk_url(endpoint: str, **values) -> str:
    """A kiosk URL that names the language, so each language has its own URL."""
    values.setdefault("lang", i18n.locale())
    return url_for(endpoint, **values)


def home_url() -> str:
    """Where the idle reset goes: the attract screen in the default language."""
    return url_for("kiosk.attract", lang=current_app.config["BABEL_DEFAULT_LOCALE"])


def illustration(subject: Product | ProductGroup | None) -> str:
    """URL of the local SVG drawing for a product (or a group), until it has photos."""
    group = subject.group if isinstance(subject, Product) else subject
    code = group.code if group is not None else ""
    name = code if code in ILLUSTRATED_GROUPS else "product"
    if isinstance(subject, Product) and code == "food":
        name = food_motif(subject.name_vi) or name
    return url_for("static", filename=f"kiosk/img/{name}.svg")


def tint(key: str) -> str:
    """A stable background colour class, so neighbouring tiles differ."""
    return f"tint-{zlib.crc32(key.encode()) % TINTS}"


def public_url(product: Product) -> str:
    """The product's page on the public site (what a visitor's phone opens)."""
    base = current_app.config["BASE_URL"].rstrip("/")
    section = "tourism" if product.group.is_tourism else "products"
    return f"{base}/{section}/{quote(product.slug)}"


def qr_svg(data: str) -> Markup:
    """An inline SVG QR code for data (our own markup: safe to inline)."""
    return Markup(render.svg(data, border=4, ecl="M"))


def without_links(html: str) -> Markup:
    """Sanitised HTML with every link turned into its plain text (no way out)."""
    return Markup(nh3.clean(str(html), tags=ALLOWED_TAGS - {"a"}, attributes={}))


def month_names(months: list[int]) -> str:
    """Months of the year by name in the current locale, e.g. for a season."""
    names = get_month_names("wide", "stand-alone", locale=get_locale())
    return ", ".join(names[m] for m in sorted(set(months)) if m in names)


def in_vietnamese_only(product: Product, fields: tuple[str, ...]) -> bool:
    """True when some shown producer text has no translation in the current locale."""
    locale = i18n.locale()
    return any(
        getattr(product, f"{field}_vi", "")
        and not product.has_translation(field, locale)
        for field in fields
    )


def template_helpers() -> dict:
    """Names every kiosk template can use."""
    timers = {
        name: _configured(key, low, high) for name, (key, low, high) in TIMERS.items()
    }
    timers.update(g.get("kiosk_timers") or {})
    return {
        "kiosk_url": kiosk_url,
        "home_url": home_url(),
        "idle_seconds": timers["idle"],
        "attract_seconds": timers["attract"],
        "illustration": illustration,
        "tint": tint,
        "month_names": month_names,
        "stamp_display": codes.display,
        "in_vietnamese_only": in_vietnamese_only,
        "level_name": lambda level: str(LEVELS.get(level, level)),
    }
