"""What backup and restore share: the format's constants, value encoding per column
type, the manifest check and the progress-bar protocol."""

import base64
import contextlib
import json
import zipfile
from collections.abc import Callable
from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy import (
    JSON,
    Date,
    DateTime,
    Float,
    LargeBinary,
    Numeric,
    Table,
    TypeDecorator,
    text,
)
from sqlalchemy import inspect as sa_inspect

from catalogue.extensions import db

FORMAT = "ocop-backup"
VERSION = 1
CHUNK_ROWS = 2000
MANIFEST = "manifest.json"
BLOCK = 1 << 20

# progress(label, total) -> context manager whose value has update(n).
Progress = Callable[[str, int], contextlib.AbstractContextManager]


class BackupError(Exception):
    """An archive or database that cannot be backed up or restored; says why."""


class _Silent:
    def update(self, n: int) -> None:
        pass


@contextlib.contextmanager
def silent(label: str, total: int):
    """The default progress: nothing shown."""
    yield _Silent()


def tables() -> list[Table]:
    """Every table of the model, parents before children."""
    return list(db.metadata.sorted_tables)


def base_type(type_):
    """The storage type under any TypeDecorator (UTCDateTime -> DateTime)."""
    while isinstance(type_, TypeDecorator):
        type_ = type_.impl_instance
    return type_


def encoder(column) -> Callable | None:
    """How to write a column's values as JSON (None: as they are)."""
    type_ = base_type(column.type)
    if isinstance(type_, DateTime):
        return lambda v: (v.astimezone(UTC) if v.tzinfo else v).isoformat()
    if isinstance(type_, Date):
        return date.isoformat
    if isinstance(type_, LargeBinary):
        return lambda v: base64.b64encode(v).decode("ascii")
    if isinstance(type_, Numeric | Float):  # SQLite may hand back 118 for 118.0
        return str if type_.asdecimal else float
    return None


def decoder(column) -> Callable | None:
    """How to read a column's values back from JSON (None: as they are)."""
    type_ = base_type(column.type)
    if isinstance(type_, DateTime):
        return datetime.fromisoformat
    if isinstance(type_, Date):
        return date.fromisoformat
    if isinstance(type_, LargeBinary):
        return base64.b64decode
    if isinstance(type_, Numeric) and type_.asdecimal:
        return Decimal
    return None


def bind_type(column):
    """The type to bind restored values with (nullable JSON: None is SQL NULL)."""
    if isinstance(base_type(column.type), JSON) and column.nullable:
        return JSON(none_as_null=True)
    return column.type


def schema_revision(conn) -> str | None:
    """The database's Alembic revision, or None when it was never upgraded."""
    if not sa_inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def check_manifest(manifest: dict) -> dict:
    """Refuse anything but a version-1 OCOP backup manifest."""
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupError(
            "not an OCOP backup: manifest.json has no format 'ocop-backup'"
        )
    version = manifest.get("version")
    if version != VERSION:
        raise BackupError(
            f"unsupported backup format version {version!r}: this program reads "
            f"version {VERSION} (restore it with the version of the site that made it)"
        )
    for key in ("tables", "media", "schema_revision"):
        if key not in manifest:
            raise BackupError(f"damaged manifest: '{key}' is missing")
    return manifest


def open_archive(path) -> zipfile.ZipFile:
    """Open an archive for reading, or explain why it cannot be read."""
    try:
        archive = zipfile.ZipFile(path, "r")
    except FileNotFoundError:
        raise BackupError(f"{path}: no such file") from None
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise BackupError(
            f"{path}: not a readable backup archive (truncated or damaged: {exc})"
        ) from None
    try:
        manifest = json.loads(archive.read(MANIFEST))
    except KeyError:
        archive.close()
        raise BackupError(f"{path}: not an OCOP backup (no manifest.json)") from None
    except (zipfile.BadZipFile, ValueError, OSError, EOFError) as exc:
        archive.close()
        raise BackupError(f"{path}: damaged manifest.json ({exc})") from None
    archive.manifest = check_manifest(manifest)
    return archive
