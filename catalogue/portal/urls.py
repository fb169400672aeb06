"""URL pieces shared by the portal and admin blueprints."""

from flask import Blueprint, request
from werkzeug.routing import IntegerConverter

MAX_ID = 2**31 - 1  # ids beyond any row (and beyond SQLite's integers) are 404


class IdConverter(IntegerConverter):
    """A database id: a positive whole number that fits the database."""

    def __init__(self, map, *args, **kwargs):
        super().__init__(map, min=1, max=MAX_ID)


def use_ids(bp: Blueprint) -> None:
    """Make <id:name> available to the blueprint's rules (before they are added)."""
    bp.record_once(
        lambda state: state.app.url_map.converters.setdefault("id", IdConverter)
    )


def int_arg(name: str, default: int | None = None) -> int | None:
    """A whole-number query argument within database range, else the default."""
    value = request.args.get(name, type=int)
    if value is None or not 1 <= value <= MAX_ID:
        return default
    return value
