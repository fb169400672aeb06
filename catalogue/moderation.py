"""Moderation: producers propose changes, officers approve or reject them.

A proposal is a Revision whose payload holds the proposed field values and whose
base_version is the entity's version when the producer opened the form. Nothing
public changes until an officer approves; a proposal made from a stale page is
refused, so nobody's change is silently overwritten.
"""

import difflib
import re
from dataclasses import dataclass

from flask_babel import gettext as _
from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.exc import StaleDataError

from catalogue import audit
from catalogue.extensions import db
from catalogue.models import Photo, Producer, Product, Revision, User
from catalogue.models.base import utcnow

PRODUCT_FIELDS = (
    "name_vi",
    "name_en",
    "summary_vi",
    "summary_en",
    "description_vi",
    "description_en",
    "story_vi",
    "story_en",
    "standards",
    "season",
    "where_to_buy_vi",
    "where_to_buy_en",
    "price_min",
    "price_max",
    "price_unit_vi",
    "price_unit_en",
)
PRODUCER_FIELDS = ("address", "phone", "website", "story_vi", "story_en", "lat", "lon")
PHOTOS = "photos"
PHOTO_KEYS = ("digest", "width", "height", "widths", "alt_vi", "alt_en")
LONG_FIELDS = {"description_vi", "description_en", "story_vi", "story_en"}
MODELS = {"product": Product, "producer": Producer}


def stale_message() -> str:
    """What someone saving from a stale page is told."""
    return _("This was changed after you opened the page. Reload it and try again.")


class Conflict(Exception):
    """Someone else changed the same thing first; the message says what to do."""


def fields(entity: str) -> tuple[str, ...]:
    """The fields a producer may propose for an entity."""
    return PRODUCT_FIELDS if entity == "product" else PRODUCER_FIELDS


def photo_list(product: Product) -> list[dict]:
    """A product's published photos as payload entries."""
    return [{key: getattr(p, key) for key in PHOTO_KEYS} for p in product.photos]


def current_values(obj) -> dict:
    """The published values of the proposable fields (and photos for products)."""
    entity = "product" if isinstance(obj, Product) else "producer"
    values = {name: getattr(obj, name) for name in fields(entity)}
    if entity == "product":
        values[PHOTOS] = photo_list(obj)
    return values


def pending(entity: str, entity_id: int) -> Revision | None:
    """The open proposal for an entity, if any."""
    return db.session.scalar(
        select(Revision).where(
            Revision.entity == entity,
            Revision.entity_id == entity_id,
            Revision.status == "pending",
        )
    )


def proposed_values(obj) -> dict:
    """What the producer sees in the form: published values with the open proposal."""
    values = current_values(obj)
    open_revision = pending(_entity(obj), obj.id)
    if open_revision is not None:
        values.update(open_revision.payload)
    return values


def _entity(obj) -> str:
    return "product" if isinstance(obj, Product) else "producer"


def _producer_id(obj) -> int:
    return obj.id if isinstance(obj, Producer) else obj.producer_id


def propose(
    obj,
    changes: dict,
    user: User,
    base_version: int | None,
    pending_id: int | None,
) -> Revision | None:
    """Record a proposal merging `changes` into the open one; None if nothing differs.

    base_version and pending_id are what the producer's page was built from: if the
    entity or its open proposal changed since, Conflict is raised.
    """
    entity = _entity(obj)
    if base_version is not None and base_version != obj.version:
        raise Conflict(stale_message())
    open_revision = pending(entity, obj.id)
    if (open_revision.id if open_revision else None) != pending_id:
        raise Conflict(proposed_meanwhile_message())
    payload = dict(open_revision.payload) if open_revision else {}
    payload.update(changes)
    published = current_values(obj)
    if obj_is_public(obj):
        payload = {k: v for k, v in payload.items() if v != published.get(k)}
    if open_revision is not None:
        open_revision.status = "withdrawn"
        open_revision.reason = "superseded"
    if not payload:
        db.session.flush()
        return None
    if isinstance(obj, Product) and obj.status == "draft":
        obj.status = "pending"
    db.session.flush()  # a status change bumps the version: take it after
    revision = Revision(
        entity=entity,
        entity_id=obj.id,
        producer_id=_producer_id(obj),
        payload=audit.plain(payload),
        base_version=obj.version,
        submitted_by_id=user.id,
        submitted_at=utcnow(),
    )
    db.session.add(revision)
    try:
        db.session.flush()
    except IntegrityError as exc:  # uq_revision_pending: another one won the race
        raise Conflict(proposed_meanwhile_message()) from exc
    old = {k: published.get(k) for k in payload}
    audit.record(user, "propose", entity, obj, old, payload)
    return revision


def proposed_meanwhile_message() -> str:
    """What a producer reads when another proposal for the record came first."""
    return _(
        "Someone else proposed a change to this after you opened the page. "
        "Reload it to see their change, then make yours."
    )


def obj_is_public(obj) -> bool:
    """Products are public once published; producers always are."""
    return not isinstance(obj, Product) or obj.status in ("published", "archived")


def target(revision: Revision):
    """The product or producer a revision is about."""
    return db.session.get(MODELS[revision.entity], revision.entity_id)


def is_stale(revision: Revision) -> bool:
    """True when the entity changed after the proposal was made."""
    obj = target(revision)
    return obj is None or obj.version != revision.base_version


def _claim(revision: Revision, status: str, officer: User, reason: str) -> None:
    """Move a pending revision to a final state, exactly once (two officers race)."""
    result = db.session.execute(
        update(Revision)
        .where(Revision.id == revision.id, Revision.status == "pending")
        .values(
            status=status,
            reviewed_by_id=officer.id,
            reviewed_at=utcnow(),
            reason=reason,
        )
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:
        raise Conflict(_("This proposal has already been reviewed."))
    db.session.refresh(revision)


def approve(revision: Revision, officer: User) -> None:
    """Apply a proposal to the public record."""
    obj = target(revision)
    if revision.status != "pending":
        raise Conflict(_("This proposal has already been reviewed."))
    if obj is None or obj.version != revision.base_version:
        raise Conflict(
            _(
                "The record changed after this proposal was made. Reject it with a "
                "reason so the producer can propose again from the current version."
            )
        )
    old = {k: v for k, v in current_values(obj).items() if k in revision.payload}
    _claim(revision, "approved", officer, "")
    for name, value in revision.payload.items():
        if name == PHOTOS:
            _replace_photos(obj, value)
        elif name in fields(revision.entity):
            setattr(obj, name, value)
    obj.updated_at = utcnow()  # bumps the version even for photo-only changes
    if isinstance(obj, Product) and obj.status in ("draft", "pending"):
        obj.status = "published"
        obj.published_at = utcnow()
    try:
        db.session.flush()
    except StaleDataError:
        raise Conflict(
            _("Someone else changed this record at the same time.")
        ) from None
    audit.record(officer, "approve", revision.entity, obj, old, revision.payload)


def reject(revision: Revision, officer: User, reason: str) -> None:
    """Refuse a proposal, telling the producer why."""
    obj = target(revision)
    _claim(revision, "rejected", officer, reason)
    if isinstance(obj, Product) and obj.status == "pending":
        obj.status = "draft"
    db.session.flush()
    audit.record(officer, "reject", revision.entity, obj, None, {"reason": reason})


def _replace_photos(product: Product, entries: list[dict]) -> None:
    """Make the product's photos exactly the proposed list, in order."""
    existing = {p.digest: p for p in product.photos}
    photos = []
    for position, entry in enumerate(entries):
        photo = existing.pop(entry["digest"], None) or Photo(created_at=utcnow())
        for key in PHOTO_KEYS:
            setattr(photo, key, entry.get(key, getattr(photo, key, None)))
        photo.position = position
        photos.append(photo)
    product.photos = photos


@dataclass
class FieldDiff:
    """One field of a proposal: the public value and the proposed one."""

    name: str
    old: object
    new: object
    segments: list[tuple[str, str]] | None = None  # word diff for long text


def diff(revision: Revision) -> list[FieldDiff]:
    """Field-by-field comparison of a proposal with what is public now."""
    obj = target(revision)
    public = current_values(obj) if obj is not None and obj_is_public(obj) else {}
    rows = []
    for name in (*fields(revision.entity), PHOTOS):
        if name not in revision.payload:
            continue
        old, new = public.get(name), revision.payload[name]
        segments = None
        if name in LONG_FIELDS and old and new:
            segments = word_diff(str(old), str(new))
        rows.append(FieldDiff(name, old, new, segments))
    return rows


TOKENS = re.compile(r"\s+|[^\s]+")


def word_diff(old: str, new: str) -> list[tuple[str, str]]:
    """Segments ('same' | 'del' | 'ins', text) turning old into new, word by word."""
    a, b = TOKENS.findall(old), TOKENS.findall(new)
    segments = []
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            segments.append(("same", "".join(a[i1:i2])))
            continue
        if i2 > i1:
            segments.append(("del", "".join(a[i1:i2])))
        if j2 > j1:
            segments.append(("ins", "".join(b[j1:j2])))
    return segments


def queue() -> list[Revision]:
    """Every pending proposal, oldest first."""
    return list(
        db.session.scalars(
            select(Revision)
            .where(Revision.status == "pending")
            .order_by(Revision.submitted_at, Revision.id)
        )
    )


def history(entity: str, entity_id: int, limit: int = 10) -> list[Revision]:
    """Recent proposals for an entity, newest first (withdrawn ones left out)."""
    return list(
        db.session.scalars(
            select(Revision)
            .where(
                Revision.entity == entity,
                Revision.entity_id == entity_id,
                Revision.status != "withdrawn",
            )
            .order_by(Revision.submitted_at.desc(), Revision.id.desc())
            .limit(limit)
        )
    )


def queue_for(producer_id: int) -> list[Revision]:
    """A producer's pending proposals, oldest first."""
    return [r for r in queue() if r.producer_id == producer_id]


def own_pending(producer_id: int, revision_id: int) -> Revision:
    """One of the producer's pending proposals, or 404."""
    return db.first_or_404(
        select(Revision).where(
            Revision.id == revision_id,
            Revision.producer_id == producer_id,
            Revision.status == "pending",
        )
    )


def withdraw(revision: Revision, user: User) -> None:
    """The producer takes back a pending proposal."""
    revision.status = "withdrawn"
    revision.reason = "withdrawn"
    obj = target(revision)
    if isinstance(obj, Product) and obj.status == "pending":
        obj.status = "draft"
    db.session.flush()
    audit.record(user, "withdraw", revision.entity, obj, revision.payload, None)
