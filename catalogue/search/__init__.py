"""Search: one interface, Whoosh or PostgreSQL behind it."""


def init_app(app) -> None:
    """Attach the search engine chosen by the configuration."""
