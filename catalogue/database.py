"""Engine set-up: SQLite pragmas (WAL, busy timeout, foreign keys)."""

from sqlalchemy import event
from sqlalchemy.engine import Engine

from catalogue.extensions import db


def configure_engine(app) -> None:
    """Apply per-connection settings for SQLite."""
    if app.config["DATABASE_BACKEND"] != "sqlite":
        return
    with app.app_context():
        engine: Engine = db.engine
    if getattr(engine, "_catalogue_pragmas", False):
        return
    engine._catalogue_pragmas = True

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection, _record):
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA busy_timeout=5000")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()
