"""Shared fixtures for the portal, admin, access and naughty-string tests.

Producer A is the Mỹ Xương mango cooperative (lots, stamps, growing areas and a
packing house in the demo data); producer B is the Mỹ Hội organic mango group.
"""

import re
import secrets
from functools import lru_cache

import pytest
from sqlalchemy import select

from catalogue.accounts import hash_password
from catalogue.extensions import db
from catalogue.models import Lot, Producer, Product, Stamp, User

PASSWORD = "Sông-Tiền-mùa-nước-2025"
PRODUCER_A = "htx-xoai-my-xuong"
PRODUCER_B = "tht-xoai-huu-co-my-hoi"
PEOPLE = {
    "producer_a": ("a@htx.example.vn", "producer", PRODUCER_A),
    "producer_b": ("b@tht.example.vn", "producer", PRODUCER_B),
    "officer": ("officer@caolanh.example.vn", "officer", None),
    "admin": ("admin@caolanh.example.vn", "admin", None),
}
ROLES = ("anonymous", "producer_a", "producer_b", "officer", "admin")


@lru_cache
def password_hash() -> str:
    """One scrypt hash for every test user (hashing costs about 0.1 s)."""
    return hash_password(PASSWORD)


def add_users(app) -> dict[str, int]:
    """Create the four test accounts; returns their ids by role name."""
    ids = {}
    with app.app_context():
        for name, (email, role, slug) in PEOPLE.items():
            existing = db.session.scalar(select(User).filter_by(email=email))
            if existing is not None:  # two apps on one PostgreSQL schema
                ids[name] = existing.id
                continue
            producer = None
            if slug:
                producer = db.session.scalar(select(Producer).filter_by(slug=slug))
            user = User(
                email=email,
                password_hash=password_hash(),
                role=role,
                producer=producer,
                session_token=secrets.token_hex(8),
            )
            db.session.add(user)
            db.session.flush()
            ids[name] = user.id
        db.session.commit()
    return ids


def login(client, email: str, password: str = PASSWORD):
    """Log a test client in through the real form."""
    response = client.post("/login", data={"email": email, "password": password})
    assert response.status_code == 302, response.get_data(as_text=True)[:500]
    return response


def csrf_token(html: str) -> str:
    """The CSRF token from a rendered form."""
    match = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', html)
    match = match or re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert match, "no CSRF token on the page"
    return match.group(1)


def objects(app) -> dict:
    """Ids of producer A's and producer B's things in the demo data."""
    with app.app_context():
        found = {}
        for key, slug in (("a", PRODUCER_A), ("b", PRODUCER_B)):
            producer = db.session.scalar(select(Producer).filter_by(slug=slug))
            product = db.session.scalar(
                select(Product)
                .join(Lot, Lot.product_id == Product.id)
                .join(Stamp, Stamp.lot_id == Lot.id)
                .where(Product.producer_id == producer.id)
                .order_by(Product.id)
            )
            lot = db.session.scalar(
                select(Lot)
                .join(Stamp, Stamp.lot_id == Lot.id)
                .where(Lot.product_id == product.id)
                .order_by(Lot.id)
            )
            stamp = db.session.scalar(
                select(Stamp).where(Stamp.lot_id == lot.id).order_by(Stamp.id)
            )
            found[key] = {
                "producer": producer.id,
                "product": product.id,
                "product_slug": product.slug,
                "lot": lot.id,
                "lot_code": lot.code,
                "stamp": stamp.id,
                "event": lot.events[0].id if lot.events else None,
            }
        return found


@pytest.fixture
def people(app) -> dict[str, int]:
    """The four accounts on the demo app."""
    return add_users(app)


@pytest.fixture
def as_user(app, people):
    """as_user('producer_a') -> a test client logged in as that person."""

    def make(name: str):
        client = app.test_client()
        if name != "anonymous":
            login(client, PEOPLE[name][0])
        return client

    return make


@pytest.fixture
def ids(app) -> dict:
    """Producer A's and B's product, lot, stamp and event ids."""
    return objects(app)
