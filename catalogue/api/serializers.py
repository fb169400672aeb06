"""Plain dicts for the JSON API: what other programs may rely on (see openapi.py)."""

from datetime import date, datetime

from catalogue import media
from catalogue.public import helpers
from catalogue.public.queries import Page


def _both(obj, field: str) -> dict:
    return {
        "vi": getattr(obj, f"{field}_vi") or "",
        "en": getattr(obj, f"{field}_en") or None,
    }


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _time(value: datetime | None) -> str | None:
    return value.isoformat().replace("+00:00", "Z") if value else None


def certificate(evaluation) -> dict | None:
    """An OCOP certificate (one evaluation) and its state today."""
    if evaluation is None:
        return None
    return {
        "number": evaluation.decision_number,
        "level": evaluation.level,
        "stars": evaluation.stars,
        "score": evaluation.score,
        "parts": {
            key: value
            for key, value in (
                ("A", evaluation.score_a),
                ("B", evaluation.score_b),
                ("C", evaluation.score_c),
            )
            if value is not None
        },
        "rule_set": evaluation.rule_set.decision if evaluation.rule_set else None,
        "issued_on": _day(evaluation.decided_on),
        "expires_on": _day(evaluation.expires_on),
        "revoked_on": _day(evaluation.revoked_on),
        "state": evaluation.state(),
        "is_sample": evaluation.is_sample,
    }


def product_item(product) -> dict:
    """A product as listed: enough to show a card and follow its link."""
    current = product.current_evaluation()
    return {
        "slug": product.slug,
        "name": _both(product, "name"),
        "summary": _both(product, "summary"),
        "stars": current.stars if current else None,
        "group": {"code": product.group.code, "name": _both(product.group, "name")},
        "commune": {"slug": product.commune.slug, "name": product.commune.name},
        "producer": {"slug": product.producer.slug, "name": product.producer.name},
        "certificate": certificate(current),
        "is_tourism": bool(product.tourism),
        "is_sample": product.is_sample,
        "url": helpers.absolute_url(helpers.product_url(product)),
        "updated_at": _time(product.updated_at),
    }


def product_detail(product) -> dict:
    """One product with its story, photos, certificates, lots and visiting details."""
    body = product_item(product)
    body.update(
        description=_both(product, "description"),
        story=_both(product, "story"),
        standards=list(product.standards or []),
        season=list(product.season or []),
        where_to_buy=_both(product, "where_to_buy"),
        price=_price(product),
        gtin=product.gtin,
        photos=[_photo(photo) for photo in product.photos],
        certificates=[certificate(e) for e in product.evaluations],
        lots=[
            {
                "code": lot.code,
                "packed_on": _day(lot.packed_on),
                "recalled": lot.is_recalled,
                "url": helpers.absolute_url(helpers.lot_url(product, lot)),
            }
            for lot in sorted(product.lots, key=lambda lot: lot.code)
        ],
        tourism=_tourism(product.tourism[0]) if product.tourism else None,
    )
    return body


def _price(product) -> dict | None:
    if product.price_min is None:
        return None
    return {
        "min": product.price_min,
        "max": product.price_max,
        "currency": "VND",
        "unit": _both(product, "price_unit"),
    }


def _photo(photo) -> dict:
    return {
        "url": helpers.absolute_url(media.photo_url(photo)),
        "width": photo.width,
        "height": photo.height,
        "sizes": [
            {"width": w, "url": helpers.absolute_url(media.photo_url(photo, w))}
            for w in sorted(photo.widths or [])
        ],
        "alt": _both(photo, "alt"),
    }


def _tourism(service) -> dict:
    return {
        "opening_hours": _both(service, "opening_hours"),
        "tickets": [
            {
                "label": {"vi": t.get("label_vi", ""), "en": t.get("label_en")},
                "price": t.get("price"),
                "currency": "VND",
            }
            for t in service.tickets or []
        ],
        "address": service.address,
        "lat": service.lat,
        "lon": service.lon,
        "activities": {
            "vi": service.activities_vi or [],
            "en": service.activities_en or [],
        },
        "how_to_get_there": _both(service, "how_to_get_there"),
        "best_months": list(service.best_months or []),
    }


def producer_item(producer, product_count: int | None = None) -> dict:
    """A producer as listed."""
    body = {
        "slug": producer.slug,
        "name": producer.name,
        "legal_form": producer.legal_form,
        "commune": {"slug": producer.commune.slug, "name": producer.commune.name},
        "is_sample": producer.is_sample,
        "url": helpers.absolute_url(f"/producers/{producer.slug}"),
        "updated_at": _time(producer.updated_at),
    }
    if product_count is not None:
        body["product_count"] = product_count
    return body


def producer_detail(producer, products: list) -> dict:
    """One producer with contact details, story and published products."""
    body = producer_item(producer, len(products))
    body.update(
        address=producer.address,
        phone=producer.phone,
        website=producer.website or None,
        story=_both(producer, "story"),
        lat=producer.lat,
        lon=producer.lon,
        products=[product_item(p) for p in products],
    )
    return body


def envelope(page: Page, items: list[dict]) -> dict:
    """The list envelope: items, total, page, per_page."""
    return {
        "items": items,
        "total": page.total,
        "page": page.page,
        "per_page": page.per_page,
    }
