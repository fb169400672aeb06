"""Rate limit for stamp look-ups (VERIFY_RATE_LIMIT, default 30 per minute).

Only failed look-ups (400, 404) count against a client, but once over the limit
every look-up gets 429, so codes cannot be guessed by watching for a 200. This
uses the strategy and storage of the Flask-Limiter `limiter` (memory, or Redis
when configured) directly: a check costs one storage read, which matters on the
page served for every scan.
"""

import logging

from flask import abort, current_app
from flask_limiter.util import get_remote_address
from limits import parse_many

from catalogue.ratelimit import limiter

log = logging.getLogger(__name__)
SCOPE = "trace-verify"


def _limits():
    value = current_app.config["VERIFY_RATE_LIMIT"]
    parsed = current_app.extensions.setdefault("trace.verify_limits", {})
    if value not in parsed:
        parsed[value] = parse_many(value)
    return parsed[value]


def _enabled() -> bool:
    return bool(current_app.config.get("RATELIMIT_ENABLED", True))


def check() -> None:
    """Abort with 429 when this client has had too many failed look-ups."""
    if not _enabled():
        return
    key = get_remote_address()
    try:
        over = any(not limiter.limiter.test(item, SCOPE, key) for item in _limits())
    except Exception:  # a broken limit store must not stop verification
        log.exception("rate limit store unavailable")
        return
    if over:
        abort(429)


def count_failure() -> None:
    """Count one failed look-up (unknown or malformed code) against this client."""
    if not _enabled():
        return
    key = get_remote_address()
    try:
        for item in _limits():
            limiter.limiter.hit(item, SCOPE, key)
    except Exception:
        log.exception("rate limit store unavailable")
