"""Stamp verification, lot pages and GS1 Digital Link resolution."""

from flask import Blueprint

bp = Blueprint("trace", __name__)
