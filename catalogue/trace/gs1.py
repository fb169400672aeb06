"""GS1 Digital Link: /01/{gtin}[/10/{lot}][/21/{serial}] resolved to our pages.

Syntax errors are 400, unknown keys 404. `?linkType=linkset` (or `all`) or
`Accept: application/linkset+json` returns an RFC 9264 linkset; otherwise the
product and lot redirect (307) to their pages and a serial shows the stamp's
verification page. GET, HEAD and OPTIONS, with CORS.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from flask import current_app, jsonify, make_response, redirect, request
from flask_babel import gettext as _
from stdnum import ean

from catalogue.errors import error_response
from catalogue.i18n import locale
from catalogue.models import Lot, Product
from catalogue.trace import fragments, guard, queries
from catalogue.trace.views import bp, stamp_response, unknown_stamp
from qr import codes

GS1_VOC = "https://gs1.org/voc/"
LINKSET_TYPE = "application/linkset+json"
QUALIFIERS = ("10", "21")  # lot then serial, each optional, in this order
# GS1 AI encodable character set 82, at most 20 characters for AIs 10 and 21.
AI_VALUE = re.compile(r"[!\"%&'()*+,\-./0-9:;<=>?A-Z_a-z]{1,20}")
CORS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
    "Access-Control-Allow-Headers": "Accept, Accept-Language",
    "Access-Control-Expose-Headers": "Link, Location",
    "Access-Control-Max-Age": "86400",
}


class DigitalLinkError(ValueError):
    """A Digital Link path that is not well formed (HTTP 400)."""


@dataclass(frozen=True)
class DigitalLink:
    """A parsed GS1 Digital Link: GTIN-14 and optional lot and serial."""

    gtin: str
    lot: str | None = None
    serial: str | None = None

    @property
    def path(self) -> str:
        path = f"/01/{self.gtin}"
        if self.lot is not None:
            path += f"/10/{self.lot}"
        if self.serial is not None:
            path += f"/21/{self.serial}"
        return path


def normalise_gtin(raw: str) -> str:
    """GTIN-8/12/13/14 as 14 digits, check digit verified; DigitalLinkError if not."""
    if not raw.isascii() or not raw.isdigit() or len(raw) not in (8, 12, 13, 14):
        raise DigitalLinkError(_("A GTIN has 8, 12, 13 or 14 digits."))
    gtin = raw.zfill(14)
    if not ean.is_valid(gtin):
        raise DigitalLinkError(_("The GTIN's check digit is wrong."))
    return gtin


def parse(rest: str) -> DigitalLink:
    """Parse what follows /01/ in a Digital Link path."""
    parts = rest.split("/")
    gtin = normalise_gtin(parts[0])
    pairs = parts[1:]
    if len(pairs) % 2:
        raise DigitalLinkError(_("Each key qualifier needs a value."))
    values: dict[str, str] = {}
    order = 0
    for ai, value in zip(pairs[::2], pairs[1::2], strict=True):
        if ai not in QUALIFIERS or QUALIFIERS.index(ai) < order or ai in values:
            raise DigitalLinkError(
                _("Only the qualifiers 10 (lot) then 21 (serial) are allowed.")
            )
        if not AI_VALUE.fullmatch(value):
            raise DigitalLinkError(_("A lot or serial has 1 to 20 allowed characters."))
        order = QUALIFIERS.index(ai)
        values[ai] = value
    return DigitalLink(gtin, values.get("10"), values.get("21"))


def _absolute(path: str) -> str:
    return current_app.config["BASE_URL"] + path


def _link(path: str, title: str) -> dict:
    return {
        "href": _absolute(path),
        "title": title,
        "type": "text/html",
        "hreflang": ["vi", "en"],
    }


def links(link: DigitalLink, product: Product, lot: Lot | None) -> dict[str, dict]:
    """Link relation → link for a resolved Digital Link, most specific default."""
    loc = locale()
    name = product.text("name", loc)
    page = fragments.product_url(product) or f"/products/{product.slug}"
    out = {
        GS1_VOC + "pip": _link(page, name),
        "http://schema.org/manufacturer": _link(
            fragments.producer_url(product.producer.slug), product.producer.name
        ),
    }
    if product.evaluations:
        out[GS1_VOC + "certificationInfo"] = _link(
            page + "#certificate", _("OCOP certificate")
        )
    default = out[GS1_VOC + "pip"]
    if lot is not None:
        lot_page = f"/products/{product.slug}/lots/{lot.code}"
        default = out[GS1_VOC + "traceability"] = _link(
            lot_page, _("Lot %(code)s", code=lot.code)
        )
        if lot.is_recalled:
            out[GS1_VOC + "recallStatus"] = _link(lot_page + "#recall", _("Recall"))
    if link.serial is not None:
        default = out[GS1_VOC + "verificationService"] = _link(
            f"/t/{link.serial}", _("Verify this stamp")
        )
    out[GS1_VOC + "defaultLink"] = default
    return out


def linkset(link: DigitalLink, rels: dict[str, dict]) -> dict:
    """RFC 9264 JSON linkset of one anchor."""
    anchor = {"anchor": _absolute(link.path)}
    anchor.update({rel: [target] for rel, target in rels.items()})
    return {"linkset": [anchor]}


def wants_linkset() -> bool:
    """True when the client asked for the linkset rather than a page."""
    if request.args.get("linkType") in ("linkset", "all"):
        return True
    best = request.accept_mimetypes.best_match(["text/html", LINKSET_TYPE])
    return best == LINKSET_TYPE


def _with_headers(response, link: DigitalLink | None = None):
    response = make_response(response)
    response.headers.update(CORS)
    if link is not None:
        target = _absolute(link.path) + "?linkType=linkset"
        response.headers["Link"] = f'<{target}>; rel="linkset"; type="{LINKSET_TYPE}"'
    return response


def _error(status: int, message: str):
    guard.count_failure()
    if wants_linkset():
        code = "bad_request" if status == 400 else "not_found"
        body = {"error": {"code": code, "message": message}}
        return _with_headers((jsonify(body), status))
    return _with_headers(error_response(status, message))


@bp.route(
    "/01/<path:rest>", methods=["GET", "OPTIONS"], provide_automatic_options=False
)
def gs1_resolve(rest):
    if request.method == "OPTIONS":
        return _with_headers(("", 204, {"Allow": "GET, HEAD, OPTIONS"}))
    guard.check()
    try:
        link = parse(rest)
    except DigitalLinkError as exc:
        return _error(400, str(exc))
    product = queries.product_by_gtin(link.gtin)
    if product is None or not (product.is_published or link.serial):
        return _error(404, _("No product of this site has that GTIN."))
    lot = queries.lot_of_product(product, link.lot) if link.lot else None
    if link.lot and lot is None:
        return _error(404, _("This product has no lot with that code."))
    if wants_linkset():
        body = linkset(link, links(link, product, lot))
        response = jsonify(body)
        response.mimetype = LINKSET_TYPE
        return _with_headers(response, link)
    return _with_headers(_resolve(link, product, lot), link)


def _resolve(link: DigitalLink, product: Product, lot: Lot | None):
    """Redirect to the asked-for (or default) link; a serial shows the stamp."""
    rels = links(link, product, lot)
    wanted = request.args.get("linkType", "").replace("gs1:", GS1_VOC)
    if wanted in rels and wanted != GS1_VOC + "verificationService":
        return redirect(_local(rels[wanted]["href"]), 307)
    if link.serial is not None:
        code = codes.verify(link.serial, current_app.config["STAMP_SECRET"].encode())
        if code is None:
            return unknown_stamp(link.serial, True)
        return stamp_response(code, lot_code=link.lot, gtin=link.gtin)
    return redirect(_local(rels[GS1_VOC + "defaultLink"]["href"]), 307)


def _local(href: str) -> str:
    """A link of this site as a path, so redirects stay on the host asked."""
    return href.removeprefix(current_app.config["BASE_URL"]) or "/"


@bp.get("/.well-known/gs1resolver")
def gs1_resolver_description():
    body = {
        "name": _("OCOP Cao Lãnh traceability resolver"),
        "resolverRoot": current_app.config["BASE_URL"],
        "supportedPrimaryKeys": ["01"],
        "supportedQualifiers": {"01": ["10", "21"]},
        "supportedLinkType": [
            {"namespace": GS1_VOC, "prefix": "gs1:"},
            {"namespace": "http://schema.org/", "prefix": "schema:"},
        ],
        "linkTypeDefaultCanBeLinkset": True,
        "linkTypeDefaultCanBeAll": True,
        "supportedContextValuesEnumerated": [],
        "validatesCheckDigit": True,
    }
    return _with_headers(jsonify(body))
