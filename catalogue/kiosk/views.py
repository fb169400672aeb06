"""Trade-fair kiosk mode under /kiosk."""

from flask import Blueprint

bp = Blueprint("kiosk", __name__, url_prefix="/kiosk")
