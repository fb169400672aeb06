"""People-facing names for coded values (legal forms, levels, certificate states)."""

from flask_babel import lazy_gettext as _l

LEGAL_FORMS = {
    "company": _l("Company"),
    "cooperative": _l("Cooperative (HTX)"),
    "cooperative_group": _l("Cooperative group (THT)"),
    "household": _l("Household business"),
    "hoi_quan": _l("Farmers' club (hội quán)"),
}

LEVELS = {
    "district": _l("District level"),
    "province": _l("Province level"),
    "national": _l("National level"),
}

# Who signs the certificate at each level (JSON-LD issuedBy).
ISSUERS = {
    "district": _l("People's Committee of Cao Lãnh district"),
    "province": _l("People's Committee of Đồng Tháp province"),
    "national": _l("Ministry of Agriculture (national OCOP programme)"),
}

STATES = {
    "current": _l("Valid"),
    "expired": _l("Expired"),
    "revoked": _l("Revoked"),
}

# Parts of the OCOP score sheet (the same three parts under every rule set).
PARTS = {
    "A": _l("Product and community strength"),
    "B": _l("Marketing capacity and story"),
    "C": _l("Product quality"),
}


def legal_form(code: str) -> str:
    """The legal form in the current language."""
    return str(LEGAL_FORMS.get(code, code))


def level(code: str) -> str:
    """The certifying level in the current language."""
    return str(LEVELS.get(code, code))


def issuer(code: str) -> str:
    """Who certifies at a level, in the current language."""
    return str(ISSUERS.get(code, code))


def state(code: str) -> str:
    """A certificate state in the current language."""
    return str(STATES.get(code, code))


TEMPLATE_HELPERS = {
    "legal_form_label": legal_form,
    "level_label": level,
    "state_label": state,
    "part_labels": PARTS,
}
