"""schema.org JSON-LD for product pages: the OCOP certificate as a certification."""

from flask_babel import gettext as _

from catalogue.public import helpers, labels


def product_jsonld(product, evaluation, locale: str) -> dict:
    """A schema.org Product; the OCOP certificate is a Certification, not a review."""
    url = helpers.absolute_url(helpers.product_url(product))
    data = {
        "@context": "https://schema.org",
        "@type": "Product",
        "name": product.text("name", locale),
        "description": product.text("summary", locale),
        "url": url,
        "image": [helpers.og_image(product)],
        "category": product.group.name(locale),
        "brand": {"@type": "Brand", "name": product.producer.name},
        "manufacturer": {
            "@type": "Organization",
            "name": product.producer.name,
            "url": helpers.absolute_url(f"/producers/{product.producer.slug}"),
        },
        "countryOfOrigin": {"@type": "Country", "name": "VN"},
        "inLanguage": locale,
    }
    if product.price_min is not None and not product.tourism:
        data["offers"] = {
            "@type": "AggregateOffer",
            "priceCurrency": "VND",
            "lowPrice": product.price_min,
            "highPrice": product.price_max or product.price_min,
        }
    if product.gtin:
        data["gtin14"] = product.gtin.zfill(14)
    if evaluation is not None:
        data["award"] = _(
            "OCOP %(stars)s-star product (decision %(number)s)",
            stars=evaluation.stars,
            number=evaluation.decision_number,
        )
        data["hasCertification"] = certification(evaluation)
    return data


def certification(evaluation) -> dict:
    """A current OCOP certificate as a schema.org Certification."""
    result = {
        "@type": "Certification",
        "name": _("OCOP %(stars)s stars", stars=evaluation.stars),
        "certificationIdentification": evaluation.decision_number,
        "certificationStatus": "CertificationActive",
        "issuedBy": {"@type": "Organization", "name": labels.issuer(evaluation.level)},
        "validFrom": evaluation.decided_on.isoformat(),
        "expires": evaluation.expires_on.isoformat(),
        "certificationRating": {
            "@type": "Rating",
            "ratingValue": evaluation.stars,
            "bestRating": 5,
            "worstRating": 3,
        },
    }
    if evaluation.is_sample:
        result["description"] = _("Sample data for demonstration: not official.")
    return result
