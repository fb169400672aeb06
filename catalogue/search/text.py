"""Folding, query parsing and highlighting shared by both engines (no Whoosh, no SQL).

Matching folds Vietnamese (NFC, lower case, diacritics stripped, đ → d) so that
`xoai cat chu` finds "Xoài Cát Chu"; results show the original text with the
matching words marked.
"""

import re
import unicodedata
from dataclasses import dataclass, field

from markupsafe import Markup, escape
from whoosh.support.charset import accent_map

MAX_QUERY_CHARS = 200  # longer input is cut here: no product name is that long
MAX_TERMS = 8
MAX_WORD = 40  # longer "words" are pasted junk; they are cut
WORD = re.compile(r"\w+")
# A whole query shaped like a growing-area, packing-house, lot or stamp code.
CODE_SHAPE = re.compile(r"^[A-Z0-9][A-Z0-9-]{2,38}[A-Z0-9]$")
DASHES = re.compile("[\u2010-\u2015\u2212]")
# Control and format characters (NUL, bidi marks, zero-width...) become spaces.
CONTROL = re.compile(
    "[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]"
)


def _fold_table() -> dict[int, str | None]:
    """Whoosh's accent_map for letters (đ → d included); stray combining marks go."""
    table: dict[int, str | None] = {
        code: value for code, value in accent_map.items() if chr(code).isalnum()
    }
    table.update(dict.fromkeys(range(0x300, 0x370)))
    return table


FOLD = _fold_table()


def fold(text: str) -> str:
    """Matching form: NFC, lower case, no diacritics, đ → d (as Whoosh's accent_map)."""
    return unicodedata.normalize("NFC", text).lower().translate(FOLD)


def lower_nfc(text: str) -> str:
    """Exact form: NFC and lower case, diacritics kept."""
    return unicodedata.normalize("NFC", text).lower()


def clean(raw: str | None) -> str:
    """Typed input made safe: no control characters, NFC, one space, bounded."""
    if not raw:
        return ""
    text = CONTROL.sub(" ", str(raw)[: MAX_QUERY_CHARS * 4])
    text = unicodedata.normalize("NFC", text.encode("utf-8", "replace").decode())
    return " ".join(text.split())[:MAX_QUERY_CHARS].strip()


def words(text: str) -> list[str]:
    """Folded words of a text, in order."""
    return WORD.findall(fold(text))


@dataclass
class ParsedQuery:
    """What the user asked for, as folded terms (query syntax has no meaning)."""

    text: str  # cleaned input, shown back to the user
    terms: list[str] = field(default_factory=list)  # folded words, deduplicated
    exact: list[str] = field(default_factory=list)  # words typed with diacritics
    prefix: bool = False  # the last term may be the start of a word

    @property
    def empty(self) -> bool:
        """True when there is nothing to search for."""
        return not self.terms

    @property
    def code(self) -> str | None:
        """The whole query, upper case, when it could be a code (one token)."""
        candidate = DASHES.sub("-", self.text).upper()
        return candidate if CODE_SHAPE.match(candidate) else None


def parse(raw: str | None, prefix: bool = True) -> ParsedQuery:
    """Split a query into folded terms; operators and syntax are plain text."""
    text = clean(raw)
    query = ParsedQuery(text=text)
    seen: set[str] = set()
    for token in WORD.findall(text):
        folded = fold(token)[:MAX_WORD]
        if folded in seen or not folded:
            continue
        seen.add(folded)
        query.terms.append(folded)
        lowered = lower_nfc(token)
        if lowered != folded:
            query.exact.append(lowered)
        if len(query.terms) == MAX_TERMS:
            break
    # Prefix only when the user is still typing the last word.
    typed = str(raw or "")[-1:]
    query.prefix = prefix and bool(query.terms) and not typed.isspace()
    return query


def highlight(text: str, terms: list[str], prefix: str = "") -> Markup:
    """The original text, HTML-escaped, with words matching the terms in <mark>."""
    if not text:
        return Markup("")
    wanted = set(terms)
    out, last = [], 0
    nfc = unicodedata.normalize("NFC", text)
    for match in WORD.finditer(nfc):
        folded = fold(match.group(0))
        hit = folded in wanted or (prefix and folded.startswith(prefix))
        if not hit:
            continue
        out.append(escape(nfc[last : match.start()]))
        out.append(Markup("<mark>%s</mark>") % match.group(0))
        last = match.end()
    out.append(escape(nfc[last:]))
    return Markup("").join(out)
