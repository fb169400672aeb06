"""API v1: stamp verification (no scan recorded) and lots."""

from __future__ import annotations

from datetime import date, datetime

from flask import current_app, url_for
from flask_babel import gettext as _

from catalogue.api.serializers import product_item
from catalogue.api.views import bp
from catalogue.errors import error_response
from catalogue.models import GrowingArea, Lot, PackingHouse
from catalogue.trace import guard, queries, services
from qr import codes


def _iso(value: date | datetime | None) -> str | None:
    if value is None:
        return None
    return value.isoformat().replace("+00:00", "Z")


def _absolute(path: str) -> str:
    return current_app.config["BASE_URL"] + path


def _area(area: GrowingArea) -> dict:
    return {
        "code": area.code,
        "crop": {"vi": area.crop_vi, "en": area.crop_en or None},
        "area_ha": area.area_ha,
        "commune": area.commune.name,
        "status": area.status,
        "is_sample": area.is_sample,
        "url": _absolute(url_for("trace.code_detail", code=area.code)),
    }


def _house(house: PackingHouse | None) -> dict | None:
    if house is None:
        return None
    return {
        "code": house.code,
        "name": house.name,
        "commune": house.commune.name,
        "address": house.address,
        "status": house.status,
        "is_sample": house.is_sample,
        "url": _absolute(url_for("trace.code_detail", code=house.code)),
    }


def lot_item(lot: Lot) -> dict:
    """A lot with its growing areas, packing house, events and recall."""
    recall = None
    if lot.is_recalled:
        recall = {
            "on": _iso(lot.recalled_on),
            "reason": {"vi": lot.recall_reason_vi, "en": lot.recall_reason_en or None},
        }
    return {
        "code": lot.code,
        "product": product_item(lot.product),
        "harvested_on": _iso(lot.harvested_on),
        "packed_on": _iso(lot.packed_on),
        "best_before": _iso(lot.best_before),
        "quantity": lot.quantity,
        "unit": lot.unit,
        "growing_areas": [_area(a) for a in lot.growing_areas],
        "packing_house": _house(lot.packing_house),
        "events": [
            {
                "kind": e.kind,
                "on": _iso(e.happened_on),
                "place": e.place,
                "note": {"vi": e.note_vi, "en": e.note_en or None},
            }
            for e in lot.events
        ],
        "recall": recall,
        "is_sample": lot.is_sample,
        "url": _absolute(
            url_for("trace.lot_detail", slug=lot.product.slug, lot=lot.code)
        ),
    }


@bp.get("/stamps/<path:code>")
def stamp_detail(code):
    guard.check()
    checked, plausible = services.check_code(code)
    if checked is None or (result := services.verify(checked, record=False)) is None:
        guard.count_failure()
        if not plausible:
            return error_response(400, _("That is not a stamp code."), "bad_code")
        return error_response(404, _("This is not a stamp of this site."))
    lot = queries.lot_by_id(result.stamp["lot_id"])
    return {
        "code": checked,
        "display": codes.display(checked),
        "status": result.state,
        "scans": result.tally.scans,
        "places": result.tally.places,
        "first_scanned_at": _iso(result.tally.first_at),
        "voided_at": _iso(result.stamp["voided_at"]),
        "product": product_item(lot.product),
        "lot": {
            "code": lot.code,
            "packed_on": _iso(lot.packed_on),
            "recalled_on": _iso(lot.recalled_on),
            "is_sample": lot.is_sample,
            "url": _absolute(
                url_for("trace.lot_detail", slug=lot.product.slug, lot=lot.code)
            ),
        },
        "url": _absolute(url_for("trace.stamp_verify", code=checked)),
    }


@bp.get("/lots/<slug>/<lot>")
def lot_detail(slug, lot):
    found = queries.published_lot(slug, lot.upper())
    if found is None:
        return error_response(404, _("No published lot has that code."))
    return lot_item(found)
