"""Template helpers the public pages (and the macros others reuse) rely on."""

import hashlib
from functools import cache
from pathlib import Path
from urllib.parse import quote

from babel.dates import get_month_names
from flask import current_app, request, url_for

from catalogue import media
from catalogue.i18n import locale
from catalogue.illustrations import food_motif
from catalogue.public import labels

GROUP_IMAGES = {
    "food": "food",
    "beverages": "beverages",
    "herbal": "herbal",
    "textiles": "textiles",
    "souvenirs": "crafts",
    "handicrafts": "crafts",
    "ornamental": "ornamental",
    "tourism": "tourism",
}
ONE_YEAR = 365 * 24 * 3600


@cache
def _digest(folder: str, filename: str) -> str:
    path = Path(folder) / filename
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()[:10]
    except OSError:
        return "0"


def asset_url(filename: str) -> str:
    """A static file's URL carrying its content hash, so it can be cached for a year."""
    version = _digest(current_app.static_folder, filename)
    return url_for("static", filename=filename, v=version)


def absolute_url(path: str) -> str:
    """An absolute URL on the public site (BASE_URL), for sharing and sitemaps."""
    return current_app.config["BASE_URL"] + path


def group_image(product) -> str:
    """The illustration of a product (used when it has no photo): what a food product
    is, from its name (the kiosk's drawings), else its group's."""
    motif = food_motif(product.name_vi) if product.group.code == "food" else None
    if motif:
        return asset_url(f"kiosk/img/{motif}.svg")
    name = GROUP_IMAGES.get(product.group.code, "food")
    return asset_url(f"img/groups/{name}.svg")


def og_image(product) -> str:
    """An absolute raster image for link previews (Zalo, Facebook)."""
    if product is not None and product.photos:
        return absolute_url(media.photo_url(product.photos[0], 1024))
    name = GROUP_IMAGES.get(product.group.code, "food") if product else "site"
    return absolute_url(asset_url(f"img/og/{name}.png"))


def month_names(width: str = "abbreviated") -> dict[int, str]:
    """Month names in the current language."""
    return dict(get_month_names(width, locale=locale()))


def product_url(product) -> str:
    """The public page of a product: the tourism page for tourism services."""
    if product.tourism:
        return url_for("public.tourism_detail", slug=product.slug)
    return url_for("public.product_detail", slug=product.slug)


def lot_url(product, lot) -> str:
    """The lot page (built by the traceability pages)."""
    return f"/products/{quote(product.slug)}/lots/{quote(lot.code)}"


def map_links(lat, lon, label: str) -> dict[str, str]:
    """Links that open coordinates in the phone's map app or a map site."""
    if lat is None or lon is None:
        return {}
    point = f"{lat:.5f},{lon:.5f}"
    return {
        "geo": f"geo:{point}?q={point}({quote(label)})",
        "osm": f"https://www.openstreetmap.org/?mlat={lat:.5f}&mlon={lon:.5f}"
        f"#map=15/{lat:.5f}/{lon:.5f}",
        "google": f"https://www.google.com/maps/search/?api=1&query={point}",
    }


def alternate_urls() -> dict[str, str]:
    """This page in each language (absolute), for hreflang links."""
    from catalogue.templating import lang_url

    if request.endpoint is None:
        return {}
    return {code: absolute_url(lang_url(code)) for code in ("vi", "en")}


def register(bp) -> None:
    """Make the helpers available to every template, and cache versioned assets."""

    @bp.app_context_processor
    def helpers():
        return {
            "asset_url": asset_url,
            "absolute_url": absolute_url,
            "group_image": group_image,
            "og_image": og_image,
            "month_names": month_names,
            "product_url": product_url,
            "lot_url": lot_url,
            "map_links": map_links,
            "alternate_urls": alternate_urls,
            "photo_url": media.photo_url,
            "photo_srcset": media.srcset,
            **labels.TEMPLATE_HELPERS,
        }

    @bp.after_app_request
    def cache_versioned_assets(response):
        if request.endpoint == "static" and request.args.get("v"):
            response.cache_control.public = True
            response.cache_control.max_age = ONE_YEAR
            response.cache_control.immutable = True
        return response
