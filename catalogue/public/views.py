"""Public pages: home, product and producer pages, tourism."""

from flask import Blueprint, render_template
from sqlalchemy import text

from catalogue.extensions import db
from catalogue.public import queries

bp = Blueprint("public", __name__)


@bp.get("/")
def home():
    return render_template(
        "public/home.html",
        featured=queries.featured_products(),
        groups=queries.group_counts(),
        star_counts=queries.current_star_counts(),
    )


@bp.get("/healthz")
def healthz():
    db.session.execute(text("SELECT 1"))
    return {"status": "ok"}
