"""Names and counting notes of the target metrics, for people."""

from flask_babel import lazy_gettext as _l

METRIC_LABELS = {
    "stars_5": _l("Products rated OCOP 5 stars"),
    "stars_4": _l("Products rated OCOP 4 stars or more"),
    "stars_3": _l("Products rated OCOP 3 stars or more"),
    "tourism": _l("OCOP-rated tourism services"),
    "communes_registered": _l("Communes and towns with a registered product"),
    "products": _l("Registered products"),
}

METRIC_NOTES = {
    "stars_5": _l("Published products whose current certificate has 5 stars."),
    "stars_4": _l("Published products whose current certificate has 4 or 5 stars."),
    "stars_3": _l(
        "Published products with a current certificate of 3 stars or more: "
        "4- and 5-star products count too, so an upgrade never lowers progress."
    ),
    "tourism": _l(
        "Tourism services with a current certificate of 3 stars or more "
        "(counted among the 3-star target, as the plan says)."
    ),
    "communes_registered": _l(
        "Communes and towns (the plan's 2021 units) with at least one product "
        "entered for evaluation; drafts do not count."
    ),
    "products": _l("Products entered for evaluation (drafts do not count)."),
}


def metric_labels() -> dict[str, str]:
    """Default label of every metric in the current locale."""
    return {metric: str(label) for metric, label in METRIC_LABELS.items()}


def metric_notes() -> dict[str, str]:
    """How every metric is counted, in the current locale."""
    return {metric: str(note) for metric, note in METRIC_NOTES.items()}
