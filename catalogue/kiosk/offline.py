"""Offline support: web app manifest, service worker and the list of pages to cache."""

import hashlib
from functools import lru_cache
from pathlib import Path

from flask import current_app, jsonify, url_for

from catalogue.i18n import SUPPORTED_LOCALES
from catalogue.kiosk import queries

SW_FILE = "kiosk/sw.js"
VERSION_PLACEHOLDER = "__KIOSK_VERSION__"
SHELL_PAGES = (
    "kiosk.attract",
    "kiosk.group_list",
    "kiosk.commune_list",
    "kiosk.tourism_list",
    "kiosk.stamp_check",
    "kiosk.offline_page",
)
DETAIL_PAGES = (
    ("kiosk.group_detail", "code", "groups"),
    ("kiosk.commune_detail", "slug", "communes"),
    ("kiosk.product_detail", "slug", "products"),
    ("kiosk.tourism_detail", "slug", "tourism"),
)


def _static_root() -> Path:
    return Path(current_app.static_folder) / "kiosk"


@lru_cache(maxsize=8)
def _assets_and_version(root: str) -> tuple[tuple[str, ...], str]:
    """Kiosk static files (relative names) and a digest of their contents."""
    digest = hashlib.sha256()
    names = []
    for path in sorted(Path(root).rglob("*")):
        if not path.is_file():
            continue
        name = path.relative_to(Path(root).parent).as_posix()
        digest.update(name.encode() + b"\0" + path.read_bytes())
        if name != SW_FILE:
            names.append(name)
    return tuple(names), digest.hexdigest()[:16]


def assets_and_version() -> tuple[tuple[str, ...], str]:
    """What the service worker caches up front, and its cache version."""
    return _assets_and_version(str(_static_root()))


def service_worker_response():
    """The service worker, served under /kiosk/ so that its scope is /kiosk/."""
    _, version = assets_and_version()
    source = (_static_root() / "sw.js").read_text(encoding="utf-8")
    response = current_app.response_class(
        source.replace(VERSION_PLACEHOLDER, version),
        mimetype="text/javascript",
    )
    response.headers["Cache-Control"] = "no-cache"
    return response


def manifest_response():
    """The web app manifest: full screen, scoped to /kiosk/."""
    default = current_app.config["BABEL_DEFAULT_LOCALE"]
    body = {
        "name": "OCOP Cao Lãnh — Kiosk",
        "short_name": "OCOP Kiosk",
        "lang": default,
        "start_url": url_for("kiosk.attract", lang=default),
        "scope": url_for("kiosk.attract"),
        "display": "fullscreen",
        "orientation": "any",
        "background_color": "#fbfaf6",
        "theme_color": "#0b6b4f",
        "icons": [
            _icon("icon.svg", "any", "image/svg+xml"),
            _icon("icon-192.png", "192x192", "image/png"),
            _icon("icon-512.png", "512x512", "image/png"),
        ],
    }
    response = jsonify(body)
    response.mimetype = "application/manifest+json"
    return response


def _icon(name: str, sizes: str, kind: str) -> dict:
    src = url_for("static", filename=f"kiosk/img/{name}")
    return {"src": src, "sizes": sizes, "type": kind, "purpose": "any"}


def precache_response():
    """Shell (assets and index pages) to cache at install, then every detail page."""
    assets, version = assets_and_version()
    shell = [url_for("static", filename=name) for name in assets]
    shell.append(url_for("kiosk.manifest"))
    pages = []
    slugs = queries.page_slugs()
    for lang in SUPPORTED_LOCALES:
        shell += [url_for(endpoint, lang=lang) for endpoint in SHELL_PAGES]
        for endpoint, arg, key in DETAIL_PAGES:
            pages += [url_for(endpoint, lang=lang, **{arg: v}) for v in slugs[key]]
    response = jsonify({"version": version, "shell": shell, "pages": pages})
    response.headers["Cache-Control"] = "no-cache"
    return response
