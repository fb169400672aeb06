"""Default settings; instance/config.py and CATALOGUE_* variables override them."""

BASE_URL = "http://127.0.0.1:5000"
DATABASE_URL = ""  # empty: SQLite in the instance folder
REDIS_URL = ""
SECRET_KEY = ""  # empty: generated into the instance folder
STAMP_SECRET = ""  # empty: generated into the instance folder

BABEL_DEFAULT_LOCALE = "vi"
BABEL_DEFAULT_TIMEZONE = "Asia/Ho_Chi_Minh"

SEARCH_ENGINE = ""  # empty: chosen by the database (whoosh or postgres)
PER_PAGE = 24
SCAN_WARN_THRESHOLD = 20
SCAN_WARN_PLACES = 5
KIOSK_IDLE_SECONDS = 90
KIOSK_ATTRACT_SECONDS = 6
UPLOAD_MAX_BYTES = 10 * 1024 * 1024
UPLOAD_MAX_PIXELS = 40_000_000
MAX_CONTENT_LENGTH = 12 * 1024 * 1024
CERTIFICATE_WARN_DAYS = 90
LOGIN_RATE_LIMIT = "10 per minute;50 per hour"
VERIFY_RATE_LIMIT = "30 per minute"

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = None  # None: secure exactly when BASE_URL is https
REMEMBER_COOKIE_SECURE = None
SESSION_COOKIE_SAMESITE = "Lax"
REMEMBER_COOKIE_HTTPONLY = True
SQLALCHEMY_TRACK_MODIFICATIONS = False

# auto: a local scan journal on SQLite, direct writes on PostgreSQL
SCAN_JOURNAL = "auto"
SCAN_FOLD_SECONDS = 10  # how often the journal is folded into scan rows
STAMP_CACHE_SECONDS = 60  # per-process cache of a lot's facts on stamp pages
# a missing index of up to this many products is rebuilt before answering
SEARCH_SYNC_REBUILD_MAX = 5000
# PostgreSQL: a query with this many matches has its facets counted from bitmaps
# from then on (search/postgres_bitmaps.py)
SEARCH_BITMAPS_FROM = 500
