"""Programme progress page and report downloads."""

from flask import Blueprint

bp = Blueprint("programme", __name__)
