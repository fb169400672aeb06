"""Rate limits (login, stamp look-ups): in memory, or Redis when configured."""

from flask_limiter import Limiter
from flask_limiter.util import get_remote_address

limiter = Limiter(key_func=get_remote_address, default_limits=[])
