"""Both catalogues translate every message the code and templates use."""

import subprocess
import sys
from pathlib import Path

from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent
PO = ROOT / "catalogue" / "translations" / "{lang}" / "LC_MESSAGES" / "messages.po"


def extracted_ids(tmp_path) -> set:
    pot = tmp_path / "messages.pot"
    subprocess.run(
        [
            str(Path(sys.executable).parent / "pybabel"),
            "extract",
            "-F",
            "babel.cfg",
            "-k",
            "_l",
            "-k",
            "lazy_gettext",
            "-k",
            "plural_noop:1,2",
            "--no-location",
            "-o",
            str(pot),
            "catalogue",
            "templates",
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    with pot.open("rb") as fh:
        return {m.id for m in read_po(fh) if m.id}


def untranslated(lang: str) -> dict:
    with open(str(PO).format(lang=lang), "rb") as fh:
        catalog = read_po(fh, locale=lang)
    result = {}
    for message in catalog:
        if not message.id:
            continue
        strings = (
            message.string if isinstance(message.string, tuple) else (message.string,)
        )
        result[message.id] = message.fuzzy or not all(strings)
    return result


def test_every_message_in_the_code_is_translated_in_both_languages(tmp_path):
    used = extracted_ids(tmp_path)
    for lang in ("vi", "en"):
        catalog = untranslated(lang)
        absent = sorted(str(m) for m in used if m not in catalog)
        empty = sorted(str(m) for m in used if catalog.get(m))
        assert not absent, (
            f"{lang}: not in the catalogue (run make i18n-update): {absent}"
        )
        assert not empty, f"{lang}: untranslated or fuzzy: {empty}"


def test_every_wtforms_message_is_in_both_catalogues():
    """WTForms has no Vietnamese catalogue: its messages must be in ours."""
    from wtforms.i18n import messages_path

    with open(Path(messages_path()) / "wtforms.pot", "rb") as fh:
        theirs = {m.id if isinstance(m.id, str) else m.id[0] for m in read_po(fh)}
    for lang in ("vi", "en"):
        catalog = {
            (k if isinstance(k, str) else k[0]): gap
            for k, gap in untranslated(lang).items()
        }
        gaps = sorted(m for m in theirs if m and (m not in catalog or catalog[m]))
        assert not gaps, f"{lang}: add to catalogue/forms.py: {gaps}"


def test_form_errors_from_wtforms_are_in_the_page_language(client):
    vi = client.post("/login?lang=vi", data={"email": "", "password": ""})
    assert vi.status_code == 400
    assert "Ô này là bắt buộc." in vi.get_data(as_text=True)
    assert "This field is required." not in vi.get_data(as_text=True)
    en = client.post("/login?lang=en", data={"email": "", "password": ""})
    assert "This field is required." in en.get_data(as_text=True)


def test_vietnamese_page_uses_the_vietnamese_catalogue(client):
    page = client.get("/?lang=vi").get_data(as_text=True)
    assert "Sản phẩm tiêu biểu" in page
    assert 'lang="vi"' in page


def test_english_page_and_cookie_remembers_choice(client):
    page = client.get("/?lang=en").get_data(as_text=True)
    assert "Featured products" in page
    assert client.get_cookie("lang").value == "en"
    again = client.get("/").get_data(as_text=True)
    assert 'lang="en"' in again


def test_accept_language_is_honoured_and_vietnamese_is_the_default(client):
    english = client.get("/", headers={"Accept-Language": "en-US,en;q=0.9"})
    assert 'lang="en"' in english.get_data(as_text=True)
    default = client.get("/", headers={"Accept-Language": "fr"})
    assert 'lang="vi"' in default.get_data(as_text=True)
