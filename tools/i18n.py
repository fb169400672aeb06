"""Translation upkeep: fill English from the source, add Vietnamese, list gaps.

Usage:
  python tools/i18n.py fill-en            # en msgstr = msgid (English is the source)
  python tools/i18n.py set vi < FILE.json # {"msgid": "msgstr" | ["sing", "plural"]}
  python tools/i18n.py missing [vi|en]    # list untranslated or fuzzy messages
"""

import json
import sys
from pathlib import Path

from babel.messages.pofile import read_po, write_po

DIR = Path(__file__).resolve().parent.parent / "catalogue" / "translations"


def _path(lang: str) -> Path:
    return DIR / lang / "LC_MESSAGES" / "messages.po"


def _load(lang: str):
    with _path(lang).open("rb") as fh:
        return read_po(fh, locale=lang)


def _save(lang: str, catalog) -> None:
    with _path(lang).open("wb") as fh:
        write_po(fh, catalog, width=88, omit_header=False)


def missing(catalog) -> list[str]:
    """Message ids with no translation, or only a fuzzy one."""
    gaps = []
    for message in catalog:
        if not message.id:
            continue
        strings = (
            message.string if isinstance(message.string, tuple) else (message.string,)
        )
        if message.fuzzy or not all(strings):
            gaps.append(message.id if isinstance(message.id, str) else message.id[0])
    return gaps


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else ""
    if command == "fill-en":
        catalog = _load("en")
        for message in catalog:
            if message.id:
                message.string = message.id
                message.flags.discard("fuzzy")
        _save("en", catalog)
        return 0
    if command == "set":
        lang, updates = argv[2], json.load(sys.stdin)
        catalog = _load(lang)
        for msgid, text in updates.items():
            message = catalog.get(msgid)
            if message is None:
                print(f"not in catalogue (extract first): {msgid!r}", file=sys.stderr)
                continue
            message.string = tuple(text) if isinstance(text, list) else text
            message.flags.discard("fuzzy")
        _save(lang, catalog)
        return 0
    if command == "missing":
        failed = 0
        for lang in argv[2:] or ["vi", "en"]:
            for msgid in missing(_load(lang)):
                print(f"{lang}\t{msgid}")
                failed = 1
        return failed
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
