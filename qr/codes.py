"""Stamp codes: 10 random Crockford base32 characters plus a 6-character keyed check."""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from urllib.parse import SplitResult, urlsplit

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RANDOM_LEN = 10
CHECK_LEN = 6
CODE_LEN = RANDOM_LEN + CHECK_LEN
MAX_INPUT = 64

_CANONICAL = re.compile(f"[{ALPHABET}]{{{CODE_LEN}}}")
# Hyphens (and the Unicode dashes a paste may bring) are ignored, like whitespace.
_DROP = str.maketrans(dict.fromkeys("-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"))
_FOLD = str.maketrans({"I": "1", "L": "1", "O": "0"})  # Crockford reading
# Characters of the QR alphanumeric mode other than A-Z 0-9 and space.
_QR_ALNUM_PUNCT = set("$%*+-./:")


def _b32(value: int, length: int) -> str:
    """Big-endian Crockford base32 of value, zero-padded to length characters."""
    out = []
    for _ in range(length):
        out.append(ALPHABET[value & 31])
        value >>= 5
    return "".join(reversed(out))


def _check_part(random_part: str, secret: bytes) -> str:
    """First 30 bits of HMAC-SHA256(secret, random part) in Crockford base32."""
    digest = hmac.new(secret, random_part.encode("ascii"), hashlib.sha256).digest()
    return _b32(int.from_bytes(digest[:4], "big") >> 2, CHECK_LEN)


def new_code(secret: bytes) -> str:
    """A new 16-character stamp code (50 random bits + 30-bit keyed check)."""
    random_part = _b32(secrets.randbits(5 * RANDOM_LEN), RANDOM_LEN)
    return random_part + _check_part(random_part, secret)


def new_codes(n: int, secret: bytes) -> list[str]:
    """n distinct new stamp codes, in generation order."""
    if n < 0:
        raise ValueError(f"n must be >= 0: {n}")
    seen: set[str] = set()
    out: list[str] = []
    while len(out) < n:
        code = new_code(secret)
        if code not in seen:
            seen.add(code)
            out.append(code)
    return out


def is_canonical(code: str) -> bool:
    """True if code is 16 characters of the alphabet (upper case, no separators)."""
    return isinstance(code, str) and _CANONICAL.fullmatch(code) is not None


def check(code: str, secret: bytes) -> bool:
    """True if a canonical code carries a valid keyed check (constant-time compare)."""
    if not is_canonical(code):
        return False
    expected = _check_part(code[:RANDOM_LEN], secret)
    return hmac.compare_digest(code[RANDOM_LEN:], expected)


def normalise(raw: str) -> str | None:
    """Canonical form of typed input (case, separators, I/L/O folded) or None."""
    if not isinstance(raw, str) or len(raw) > MAX_INPUT:
        return None
    code = "".join(raw.split()).translate(_DROP)
    if len(code) != CODE_LEN or not code.isascii():
        return None
    code = code.upper().translate(_FOLD)
    return code if _CANONICAL.fullmatch(code) else None


def verify(raw: str, secret: bytes) -> str | None:
    """Canonical code if raw normalises to a code with a valid check, else None."""
    code = normalise(raw)
    return code if code is not None and check(code, secret) else None


def display(code: str) -> str:
    """Human form in four groups: ABCD-EFGH-JKMN-PQRS."""
    return "-".join(code[i : i + 4] for i in range(0, len(code), 4))


def _split_base(base_url: str) -> SplitResult:
    """Parsed base URL; ValueError unless it has a scheme and host and nothing after."""
    try:
        parts = urlsplit(base_url)
        parts.port  # noqa: B018 - raises ValueError on a malformed port
    except ValueError as exc:
        raise ValueError(f"bad base URL {base_url!r}: {exc}") from None
    if not parts.scheme or not parts.hostname:
        raise ValueError(f"base URL needs a scheme and host: {base_url!r}")
    if "?" in base_url or "#" in base_url:
        raise ValueError(f"base URL must not have a query or fragment: {base_url!r}")
    return parts


def can_uppercase(base_url: str) -> bool:
    """True if upper-casing base_url cannot change what it points to."""
    parts = _split_base(base_url)
    if not base_url.isascii() or "@" in parts.netloc:
        return False  # user info is case-sensitive; leave IRIs alone
    path = parts.path
    return path == path.upper() and all(
        ch.isalnum() or ch in _QR_ALNUM_PUNCT for ch in path
    )


def stamp_url(base_url: str, code: str) -> str:
    """The URL a stamp's QR encodes: ``{base}/t/{CODE}``, upper-cased where safe.

    Scheme and host are case-insensitive, the path is not. The whole URL is
    upper-cased (with ``/T/``, which the site also resolves) when the base URL is
    ASCII, has no user info, and its path is empty or already upper case and made
    only of QR alphanumeric characters (``/``, ``/OCOP``, ``/%C3%A1``). Then every
    character is in the QR alphanumeric set and the symbol is smaller: a
    30-character base URL gives version 3 at level M. Otherwise the base URL is
    kept as given and ``/t/`` is lower case. A base URL with a query or fragment,
    or without scheme and host, raises ValueError.
    """
    if not is_canonical(code):
        raise ValueError(f"not a canonical stamp code: {code!r}")
    base = base_url.rstrip("/")
    if can_uppercase(base_url):
        return f"{base.upper()}/T/{code}"
    return f"{base}/t/{code}"
