"""`backup FILE` and `restore FILE [--force]`: thin wrappers with progress bars."""

import contextlib
import hashlib
import sys

import click
from flask.cli import with_appcontext
from sqlalchemy.exc import SQLAlchemyError

from catalogue.backup.archive import BackupError
from catalogue.backup.dump import write_backup
from catalogue.backup.load import restore_backup

LABELS = {
    "tables": "Writing tables",
    "media": "Writing media ",
    "checking": "Checking      ",
    "restoring": "Restoring     ",
}


@contextlib.contextmanager
def _bar(label: str, total: int):
    with click.progressbar(
        length=max(total, 1),
        label=LABELS.get(label, label),
        file=sys.stderr,
    ) as bar:
        yield bar


def _sha256(path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def _rebuild_search() -> None:
    """Bring the search index (Whoosh, or PostgreSQL's search table) in step."""
    from catalogue.search.cli import rebuild_with_progress

    try:
        rebuild_with_progress()
    except TimeoutError:
        click.echo("search index busy: run `search reindex` when it is free", err=True)


@click.command("backup")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--force", is_flag=True, help="Overwrite FILE if it exists.")
@with_appcontext
def backup_command(file, force):
    """Write the whole site (database and uploads) to one portable archive."""
    try:
        manifest = write_backup(file, progress=_bar, overwrite=force)
    except BackupError as exc:
        raise click.ClickException(str(exc)) from None
    rows = sum(t["rows"] for t in manifest["tables"].values())
    click.echo(
        f"{file}: {len(manifest['tables'])} tables, {rows} rows, "
        f"{manifest['media']['count']} media files; sha256 {_sha256(file)}"
    )


@click.command("restore")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option(
    "--force", is_flag=True, help="Replace the data of a database that is not empty."
)
@with_appcontext
def restore_command(file, force):
    """Load an archive made by `backup` into this site (run `db upgrade` first)."""
    try:
        manifest = restore_backup(file, force=force, progress=_bar)
    except BackupError as exc:
        raise click.ClickException(f"restore refused, nothing changed: {exc}") from None
    except SQLAlchemyError as exc:
        reason = getattr(exc, "orig", None) or exc
        raise click.ClickException(
            f"restore failed and was rolled back, nothing changed: {reason}"
        ) from None
    _rebuild_search()
    rows = sum(t["rows"] for t in manifest["tables"].values())
    click.echo(
        f"restored {rows} rows in {len(manifest['tables'])} tables and "
        f"{manifest['media']['count']} media files from {file} "
        f"(made {manifest['created_at']})"
    )


def register(app) -> None:
    """Add both commands to the app's CLI."""
    app.cli.add_command(backup_command)
    app.cli.add_command(restore_command)
