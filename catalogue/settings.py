"""Load, check and complete the configuration: defaults, instance file, environment."""

import os
import secrets
from pathlib import Path

from flask import Flask
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

ROOT = Path(__file__).resolve().parent.parent
PREFIX = "CATALOGUE_"
SECRET_FILES = {"SECRET_KEY": "secret_key", "STAMP_SECRET": "stamp_secret"}


class ConfigError(SystemExit):
    """A bad setting: stops start-up with one line naming it (exit status 1)."""

    def __init__(self, setting: str, problem: str):
        self.setting = setting
        super().__init__(f"configuration error: {setting}: {problem}")


def instance_path(test_config: dict | None = None) -> str:
    """Instance folder: test config, else CATALOGUE_INSTANCE_PATH, else ./instance."""
    if test_config and test_config.get("INSTANCE_PATH"):
        return str(test_config["INSTANCE_PATH"])
    return os.environ.get(PREFIX + "INSTANCE_PATH") or str(ROOT / "instance")


def ensure_instance(path: str) -> None:
    """Create the instance folder and check that it is writable."""
    try:
        os.makedirs(path, exist_ok=True)
        probe = Path(path) / ".write-test"
        probe.write_text("ok")
        probe.unlink()
    except OSError as exc:
        raise ConfigError(
            "CATALOGUE_INSTANCE_PATH", f"{path} is not writable ({exc.strerror})"
        ) from None


def load(app: Flask, test_config: dict | None) -> None:
    """Fill app.config from defaults, instance/config.py and the environment."""
    app.config.from_object("catalogue.config")
    if test_config is None:
        app.config.from_pyfile("config.py", silent=True)
        app.config.from_prefixed_env(PREFIX.rstrip("_"), loads=_loads)
    else:
        app.config.update(test_config)
    _complete_secrets(app)
    _database(app)
    _check(app)
    app.config.setdefault(
        "RATELIMIT_STORAGE_URI", app.config["REDIS_URL"] or "memory://"
    )


def _loads(value: str):
    """Environment values: numbers and booleans parsed, everything else kept as text."""
    import json

    try:
        parsed = json.loads(value)
    except ValueError:
        return value
    return parsed if isinstance(parsed, int | float | bool) else value


def _complete_secrets(app: Flask) -> None:
    for key, filename in SECRET_FILES.items():
        if app.config.get(key):
            continue
        path = Path(app.instance_path) / filename
        if not path.exists():
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w") as fh:
                fh.write(secrets.token_hex(32))
        app.config[key] = path.read_text().strip()


def _database(app: Flask) -> None:
    url = app.config.get("DATABASE_URL") or app.config.get("SQLALCHEMY_DATABASE_URI")
    if not url:
        url = "sqlite:///" + str(Path(app.instance_path) / "catalogue.sqlite3")
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise ConfigError(
            "CATALOGUE_DATABASE_URL", f"not a database URL: {url!r}"
        ) from None
    backend = parsed.get_backend_name()
    if backend not in ("sqlite", "postgresql"):
        raise ConfigError(
            "CATALOGUE_DATABASE_URL",
            f"unsupported database {backend!r} (sqlite, postgresql)",
        )
    if backend == "postgresql" and parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    app.config["SQLALCHEMY_DATABASE_URI"] = parsed.render_as_string(hide_password=False)
    app.config["DATABASE_BACKEND"] = backend
    options = {"pool_pre_ping": backend == "postgresql"}
    if backend == "sqlite":
        options["connect_args"] = {"timeout": 5}
    app.config.setdefault("SQLALCHEMY_ENGINE_OPTIONS", options)
    if not app.config.get("SEARCH_ENGINE"):
        app.config["SEARCH_ENGINE"] = (
            "postgres" if backend == "postgresql" else "whoosh"
        )


def _check(app: Flask) -> None:
    base = str(app.config["BASE_URL"]).rstrip("/")
    if not base.startswith(("http://", "https://")) or " " in base:
        raise ConfigError("CATALOGUE_BASE_URL", f"must be an http(s) URL, got {base!r}")
    app.config["BASE_URL"] = base
    for key in ("SESSION_COOKIE_SECURE", "REMEMBER_COOKIE_SECURE"):
        if app.config.get(key) is None:  # not chosen: follow the public scheme
            app.config[key] = base.startswith("https://")
    for key in (
        "SCAN_WARN_THRESHOLD",
        "KIOSK_IDLE_SECONDS",
        "PER_PAGE",
        "SEARCH_BITMAPS_FROM",
    ):
        value = app.config.get(key)
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise ConfigError(
                PREFIX + key, f"must be a positive whole number, got {value!r}"
            )
    if app.config["SEARCH_ENGINE"] not in ("whoosh", "postgres"):
        raise ConfigError(PREFIX + "SEARCH_ENGINE", "must be whoosh or postgres")
    if (
        app.config["SEARCH_ENGINE"] == "postgres"
        and app.config["DATABASE_BACKEND"] != "postgresql"
    ):
        raise ConfigError(
            PREFIX + "SEARCH_ENGINE", "postgres search needs a PostgreSQL database"
        )
