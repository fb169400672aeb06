"""Producer portal under /manage."""

from flask import Blueprint

bp = Blueprint("portal", __name__, url_prefix="/manage")
