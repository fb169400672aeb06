"""Search: one interface, Whoosh or PostgreSQL behind it.

`SEARCH_ENGINE` (set from the database by settings.py) picks the engine:
- whoosh: an index in <instance>/search-index that follows every commit
  (sync.py), rebuilt by `search reindex` or by itself when missing or broken;
- postgres: full-text search inside the database (migration 0002_search), so
  every node sees every commit with no index of its own; each process keeps
  facet bitmaps that follow a change log (postgres_bitmaps.py, migration 0005).
The views, the API and the CLI only use catalogue.search.service.
"""

from pathlib import Path

from flask import Flask


def init_app(app: Flask) -> None:
    """Attach the search engine chosen by the configuration."""
    from catalogue.extensions import db
    from catalogue.search import sync

    if app.config["SEARCH_ENGINE"] == "postgres":
        from catalogue.search.postgres import PostgresEngine

        engine = PostgresEngine(app.config["SEARCH_BITMAPS_FROM"])
    else:
        from catalogue.search.whoosh_engine import WhooshEngine

        engine = WhooshEngine(
            Path(app.instance_path) / "search-index",
            lambda: db.engine,
            sync_rebuild_max=app.config.get("SEARCH_SYNC_REBUILD_MAX", 5000),
        )
    app.extensions["catalogue.search"] = engine
    app.extensions["catalogue.reindex"] = _after_bulk_load
    sync.install()


def _after_bulk_load() -> None:
    """`demo load` and other bulk writes: rebuild the index with a progress bar."""
    from flask import current_app

    from catalogue.search.cli import rebuild_with_progress

    engine = current_app.extensions["catalogue.search"]
    if engine.follows_sessions:
        rebuild_with_progress()
