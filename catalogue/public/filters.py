"""Product list filters read from a query string, checked before any query runs."""

import re
from dataclasses import dataclass

from flask_babel import gettext as _

SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,119}$")
GROUP_CODE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,31}$")
STAR_LEVELS = (3, 4, 5)
# Past this no list has pages; asking for it is a typo or a probe, not a 500.
MAX_PAGE = 100_000
MAX_PER_PAGE = 100


class FilterError(ValueError):
    """A filter value that cannot be right; the message says which and why."""


@dataclass(frozen=True)
class ProductFilters:
    """What the product list is narrowed to."""

    stars: tuple[int, ...] = ()
    group: str = ""
    commune: str = ""
    producer: str = ""
    page: int = 1
    per_page: int = 24

    def without(self, name: str) -> "ProductFilters":
        """The same filters with one facet cleared (for that facet's counts)."""
        empty = () if name == "stars" else ""
        values = {**self.__dict__, name: empty, "page": 1}
        return ProductFilters(**values)

    @property
    def active(self) -> bool:
        """True when anything narrows the list."""
        return bool(self.stars or self.group or self.commune or self.producer)

    def query_args(self, **changes) -> dict:
        """Query-string arguments for a link to these filters with some changed."""
        values = {
            "stars": list(self.stars),
            "group": self.group,
            "commune": self.commune,
            "producer": self.producer,
            "page": self.page if self.page > 1 else None,
        }
        values.update(changes)
        return {k: v for k, v in values.items() if v not in (None, "", [], ())}


def parse_product_filters(args, per_page: int, allow_per_page: bool = False):
    """Read stars, group, commune, producer, page (and per_page), or FilterError."""
    stars = tuple(sorted({_star(v) for v in args.getlist("stars") if v != ""}))
    page = _whole(args.get("page", ""), "page", 1, MAX_PAGE, default=1)
    if allow_per_page:
        per_page = _whole(
            args.get("per_page", ""), "per_page", 1, MAX_PER_PAGE, default=per_page
        )
    return ProductFilters(
        stars=stars,
        group=_code(args.get("group", ""), "group", GROUP_CODE),
        commune=_code(args.get("commune", ""), "commune", SLUG),
        producer=_code(args.get("producer", ""), "producer", SLUG),
        page=page,
        per_page=per_page,
    )


def parse_page(args) -> int:
    """Just the page number, for lists without other filters."""
    return _whole(args.get("page", ""), "page", 1, MAX_PAGE, default=1)


def _star(value: str) -> int:
    if value in {str(level) for level in STAR_LEVELS}:
        return int(value)
    raise FilterError(_("Stars must be 3, 4 or 5."))


def _whole(value: str, name: str, low: int, high: int, default: int) -> int:
    if value == "":
        return default
    if not (value.isascii() and value.isdigit()) or len(value) > 9:
        raise FilterError(
            _("%(name)s must be a whole number from %(low)s.", name=name, low=low)
        )
    number = int(value)
    if number < low:
        raise FilterError(
            _("%(name)s must be a whole number from %(low)s.", name=name, low=low)
        )
    return min(number, high)


def _code(value: str, name: str, pattern: re.Pattern) -> str:
    if value == "":
        return ""
    if not pattern.match(value):
        raise FilterError(
            _(
                "%(name)s must be a code of lower-case letters, digits and hyphens.",
                name=name,
            )
        )
    return value
