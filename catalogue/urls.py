"""URL pieces every blueprint may use: <id:…> in rules, whole-number arguments."""

from flask import request
from werkzeug.routing import IntegerConverter

MAX_ID = 2**31 - 1  # ids beyond any row (and beyond SQLite's integers) are 404


class IdConverter(IntegerConverter):
    """A database id: a positive whole number that fits the database."""

    def __init__(self, map, *args, **kwargs):
        super().__init__(map, min=1, max=MAX_ID)


def int_arg(name: str, default: int | None = None) -> int | None:
    """A whole-number query argument within database range, else the default."""
    value = request.args.get(name, type=int)
    if value is None or not 1 <= value <= MAX_ID:
        return default
    return value
