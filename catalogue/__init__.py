"""OCOP Cao Lãnh: the public catalogue and traceability site."""

import sys
from importlib import import_module
from pathlib import Path

from flask import Flask

from catalogue import settings
from catalogue.extensions import babel, csrf, db, migrate

BLUEPRINTS = (
    "public",
    "trace",
    "search",
    "portal",
    "admin",
    "kiosk",
    "api",
    "programme",
)


def _asset_root() -> Path:
    """Folder holding templates/ and static/: the checkout, else the installed copy."""
    if (settings.ROOT / "templates").is_dir():
        return settings.ROOT
    return Path(sys.prefix) / "share" / "ocop-caolanh"


def create_app(config: dict | None = None) -> Flask:
    """Build the app; a `config` dict (tests) replaces instance file and environment."""
    root = _asset_root()
    instance = settings.instance_path(config)
    settings.ensure_instance(instance)
    app = Flask(
        __name__,
        instance_path=instance,
        instance_relative_config=True,
        template_folder=str(root / "templates"),
        static_folder=str(root / "static"),
    )
    settings.load(app, config)
    register_extensions(app)
    register_blueprints(app)
    register_hooks(app)
    return app


def register_extensions(app: Flask) -> None:
    """Bind the extensions to the app."""
    from catalogue import auth, database, i18n, models  # noqa: F401

    db.init_app(app)
    database.configure_engine(app)
    migrate.init_app(app, db, directory=str(_asset_root() / "migrations"))
    babel.init_app(
        app,
        locale_selector=i18n.select_locale,
        default_translation_directories=str(Path(__file__).parent / "translations"),
    )
    csrf.init_app(app)
    auth.init_app(app)
    from catalogue.ratelimit import limiter

    limiter.init_app(app)
    from catalogue import search

    search.init_app(app)


def register_blueprints(app: Flask) -> None:
    """Register every blueprint and the CLI command groups."""
    from catalogue.urls import IdConverter

    app.url_map.converters["id"] = IdConverter  # <id:…>: rows, never a 500
    for name in BLUEPRINTS:
        module = import_module(f"catalogue.{name}.views")
        app.register_blueprint(module.bp)
    from catalogue.portal.account import bp as account_bp  # /login, /logout

    app.register_blueprint(account_bp)
    from catalogue import cli, errors

    errors.register(app)
    cli.register(app)


def register_hooks(app: Flask) -> None:
    """Template helpers and response headers."""
    from catalogue import templating

    templating.register(app)
