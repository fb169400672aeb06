"""`search reindex`: rebuild the search index from the database."""

import click
from flask.cli import with_appcontext

from catalogue.search import service


@click.group("search")
def search_cli():
    """Search index."""


@search_cli.command("reindex")
@with_appcontext
def reindex_command():
    """Rebuild the search index from the database (with a progress bar)."""
    try:
        count = rebuild_with_progress()
    except TimeoutError:
        raise click.ClickException(
            "the search index is being written by another process; try again"
        ) from None
    click.echo(f"search index: {count} published products")


def rebuild_with_progress() -> int:
    """Rebuild, showing a progress bar over the published products."""
    total = service.published_count()
    with click.progressbar(length=total, label="indexing products") as bar:
        return service.reindex(progress=bar.update)
