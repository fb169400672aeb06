"""Portal services: everything is looked up through the signed-in producer.

Every function that loads a product, lot, stamp or event takes the producer's id
and filters by it, so another producer's id is simply not found (404).
"""

from flask import abort
from slugify import slugify
from sqlalchemy import func, select

from catalogue import audit, moderation
from catalogue.extensions import db
from catalogue.models import (
    Lot,
    Producer,
    Product,
    ProductGroup,
    RuleSet,
    Stamp,
    User,
)


class PortalError(ValueError):
    """A request that cannot be carried out; the message is for the producer."""


def products(producer_id: int) -> list[Product]:
    """The producer's products, by name."""
    return list(
        db.session.scalars(
            select(Product)
            .where(Product.producer_id == producer_id)
            .order_by(Product.name_vi)
        )
    )


def own_product(producer_id: int, product_id: int) -> Product:
    """One of the producer's products, or 404."""
    return db.first_or_404(
        select(Product).where(
            Product.id == product_id, Product.producer_id == producer_id
        )
    )


def own_lot(producer_id: int, lot_id: int) -> Lot:
    """One of the producer's lots, or 404."""
    return db.first_or_404(
        select(Lot)
        .join(Product, Lot.product_id == Product.id)
        .where(Lot.id == lot_id, Product.producer_id == producer_id)
    )


def own_stamp(producer_id: int, stamp_id: int) -> Stamp:
    """One of the producer's stamps, or 404."""
    return db.first_or_404(
        select(Stamp)
        .join(Lot, Stamp.lot_id == Lot.id)
        .join(Product, Lot.product_id == Product.id)
        .where(Stamp.id == stamp_id, Product.producer_id == producer_id)
    )


def group_choices() -> list[tuple[int, str]]:
    """OCOP groups a new product can be filed under, with their rule set."""
    rows = db.session.execute(
        select(ProductGroup, RuleSet)
        .join(RuleSet, ProductGroup.rule_set_id == RuleSet.id)
        .order_by(RuleSet.year, ProductGroup.id)
    ).all()
    from catalogue.i18n import locale

    return [(g.id, f"{g.name(locale())} ({r.decision})") for g, r in rows]


def unique_slug(name: str, model=Product) -> str:
    """A slug from a name, made unique with a number when taken."""
    base = slugify(name, max_length=100) or "item"
    slug, n = base, 1
    while db.session.scalar(select(func.count()).where(model.slug == slug)):
        n += 1
        slug = f"{base}-{n}"
    return slug


def create_product(
    producer: Producer, values: dict, group_id: int, commune_id: int, user: User
) -> Product:
    """A new product, hidden until an officer approves it."""
    product = Product(
        slug=unique_slug(values["name_vi"]),
        producer=producer,
        group_id=group_id,
        commune_id=commune_id,
        status="draft",
        **{k: v for k, v in values.items() if k in moderation.PRODUCT_FIELDS},
    )
    db.session.add(product)
    db.session.flush()
    audit.record(user, "create", "product", product, None, {"slug": product.slug})
    moderation.propose(product, values, user, product.version, None)
    return product


def add_photo(product: Product, stored: dict, alt_vi: str, alt_en: str, user: User):
    """Propose the product's photos with one more at the end."""
    photos = moderation.proposed_values(product)[moderation.PHOTOS]
    photos = [p for p in photos if p["digest"] != stored["digest"]]
    photos.append({**stored, "alt_vi": alt_vi, "alt_en": alt_en})
    return _propose_photos(product, photos, user)


def photo_action(product: Product, digest: str, action: str, user: User):
    """Propose the photos with one moved up, down or removed."""
    photos = moderation.proposed_values(product)[moderation.PHOTOS]
    index = next((i for i, p in enumerate(photos) if p["digest"] == digest), None)
    if index is None or action not in ("up", "down", "remove"):
        abort(404)
    if action == "remove":
        photos.pop(index)
    else:
        other = index - 1 if action == "up" else index + 1
        if 0 <= other < len(photos):
            photos[index], photos[other] = photos[other], photos[index]
    return _propose_photos(product, photos, user)


def _propose_photos(product: Product, photos: list[dict], user: User):
    open_revision = moderation.pending("product", product.id)
    return moderation.propose(
        product,
        {moderation.PHOTOS: photos},
        user,
        None,
        open_revision.id if open_revision else None,
    )
