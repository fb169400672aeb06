"""People-facing names of trace event kinds, register statuses and stamp states."""

from flask_babel import lazy_gettext as _l

EVENT_KINDS = {
    "harvest": _l("Harvest"),
    "processing": _l("Processing"),
    "packing": _l("Packing"),
    "inspection": _l("Inspection"),
    "shipping": _l("Shipping"),
}

REGISTER_STATUSES = {
    "active": _l("Active"),
    "suspended": _l("Suspended"),
    "revoked": _l("Revoked"),
}

STAMP_STATES = {
    "genuine": _l("Genuine stamp"),
    "scanned_often": _l("Genuine stamp, scanned often"),
    "recalled": _l("Recalled lot"),
    "void": _l("Void stamp"),
    "unknown": _l("Unknown code"),
}


STAMP_ICONS = {"genuine": "✓", "scanned_often": "!", "recalled": "✕", "void": "✕"}


def stamp_icon(code: str) -> str:
    """The symbol shown beside a stamp state (decorative: the label says it)."""
    return STAMP_ICONS.get(code, "?")


def event_kind(code: str) -> str:
    """A trace event kind in the current language."""
    return str(EVENT_KINDS.get(code, code))


def register_status(code: str) -> str:
    """A growing-area or packing-house status in the current language."""
    return str(REGISTER_STATUSES.get(code, code))


def stamp_state(code: str) -> str:
    """A stamp verification state in the current language."""
    return str(STAMP_STATES.get(code, code))


TEMPLATE_HELPERS = {
    "event_kind_label": event_kind,
    "register_status_label": register_status,
    "stamp_state_label": stamp_state,
    "stamp_state_icon": stamp_icon,
}
