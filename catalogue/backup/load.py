"""Restore a backup into an empty database (SQLite or PostgreSQL), in one transaction.

Order: open and check the manifest (format, version); check every table's and media
file's SHA-256 (and the zip CRCs); check the database is at the archive's schema
revision and empty (or clear it with force); load the tables parent-first in chunks;
fill self-references; reset PostgreSQL sequences; commit; then move the media files,
already unpacked beside the uploads, into place. Any failure before the commit leaves
the database as it was.
"""

import hashlib
import io
import json
import os
import shutil
import uuid
import zipfile
from pathlib import Path, PurePosixPath

from sqlalchemy import exists, select

from catalogue.backup.archive import (
    BLOCK,
    CHUNK_ROWS,
    BackupError,
    decoder,
    open_archive,
    schema_revision,
    silent,
    tables,
)
from catalogue.backup.writers import row_writer
from catalogue.extensions import db
from catalogue.media import upload_folder


def read_manifest(path) -> dict:
    """The checked manifest of an archive (BackupError when it is not one)."""
    with open_archive(path) as archive:
        return archive.manifest


def restore_backup(path, force: bool = False, progress=silent) -> dict:
    """Load an archive into this site's database and uploads; returns the manifest."""
    with open_archive(path) as archive:
        manifest = archive.manifest
        _verify(archive, manifest, progress)
        staging = _unpack_media(archive, manifest)
        try:
            with db.engine.begin() as conn:
                if conn.dialect.name == "sqlite":  # a bigger page cache for bulk loads
                    conn.exec_driver_sql("PRAGMA cache_size = -65536")
                else:  # the search triggers wait; `restore` rebuilds search after
                    conn.exec_driver_sql("SET LOCAL catalogue.search_defer = 'on'")
                _check_schema(conn, manifest)
                _make_room(conn, force)
                _load_tables(conn, archive, manifest, progress)
                if conn.dialect.name == "postgresql":
                    _reset_sequences(conn)
                else:
                    conn.exec_driver_sql("PRAGMA cache_size = -2000")  # the default
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
    _place_media(staging)
    db.session.remove()
    return manifest


def _members(manifest: dict):
    for name, entry in manifest["tables"].items():
        yield f"table {name}", entry["file"], entry["sha256"]
    for rel, entry in manifest["media"]["files"].items():
        yield f"media file {rel}", "media/" + _safe(rel), entry["sha256"]


def _verify(archive: zipfile.ZipFile, manifest: dict, progress) -> None:
    """Every member's SHA-256 against the manifest, before touching the database."""
    members = list(_members(manifest))
    with progress("checking", len(members)) as bar:
        for what, member, expected in members:
            digest = hashlib.sha256()
            try:
                with archive.open(member) as src:
                    while block := src.read(BLOCK):
                        digest.update(block)
            except KeyError:
                raise BackupError(f"damaged archive: {what} is missing") from None
            except (zipfile.BadZipFile, OSError, EOFError) as exc:
                raise BackupError(f"damaged archive: {what}: {exc}") from None
            if digest.hexdigest() != expected:
                raise BackupError(
                    f"checksum mismatch for {what}: the archive was changed or damaged"
                )
            bar.update(1)


def _safe(rel: str) -> str:
    """A media path that stays inside the uploads folder."""
    path = PurePosixPath(rel)
    if path.is_absolute() or ".." in path.parts or not path.parts or "\\" in rel:
        raise BackupError(f"damaged manifest: unsafe media path {rel!r}")
    return path.as_posix()


def _check_schema(conn, manifest: dict) -> None:
    revision = schema_revision(conn)
    if revision is None:
        raise BackupError("the database has no schema: run `db upgrade` first")
    if revision != manifest["schema_revision"]:
        raise BackupError(
            f"the archive has schema revision {manifest['schema_revision']!r} but the "
            f"database is at {revision!r}: restore with the same version of the site"
        )
    have = {t.name: [c.name for c in t.columns] for t in tables()}
    stored = {name: entry["columns"] for name, entry in manifest["tables"].items()}
    if have != stored:
        raise BackupError("the archive's tables or columns differ from this database's")


def _make_room(conn, force: bool) -> None:
    filled = [
        t.name
        for t in tables()
        if conn.execute(select(exists().select_from(t))).scalar()
    ]
    if not filled:
        return
    if not force:
        raise BackupError(
            "the database is not empty (rows in "
            + ", ".join(filled[:5])
            + (", …" if len(filled) > 5 else "")
            + "): restore into an empty database, or use --force to replace everything"
        )
    if conn.dialect.name == "postgresql":
        names = ", ".join(
            conn.dialect.identifier_preparer.quote(t.name) for t in tables()
        )
        conn.exec_driver_sql(f"TRUNCATE {names} RESTART IDENTITY CASCADE")
        return
    for table in reversed(tables()):
        conn.execute(table.delete())


def _load_tables(conn, archive, manifest: dict, progress) -> None:
    total = sum(entry["rows"] for entry in manifest["tables"].values())
    with progress("restoring", total) as bar:
        for table in tables():
            _load_table(conn, archive, table, manifest["tables"][table.name], bar)


def _load_table(conn, archive, table, entry: dict, bar) -> None:
    columns = list(table.columns)
    decoders = [decoder(c) for c in columns]
    write = row_writer(conn, table)
    self_refs = _self_references(table)
    later, chunk = [], []
    with archive.open(entry["file"]) as raw:
        for line in io.TextIOWrapper(raw, encoding="utf-8"):
            row = [
                v if dec is None or v is None else dec(v)
                for v, dec in zip(json.loads(line), decoders, strict=True)
            ]
            for index in self_refs:
                if row[index] is not None:
                    later.append((list(row), index))
                    row[index] = None
            chunk.append(row)
            if len(chunk) >= CHUNK_ROWS:
                _insert(write, chunk, bar)
    _insert(write, chunk, bar)
    _fill_self_references(conn, table, columns, later)


def _insert(write, chunk: list, bar) -> None:
    if chunk:
        write(chunk)
        bar.update(len(chunk))
        chunk.clear()


def _self_references(table) -> list[int]:
    """Positions of columns pointing at the same table (filled in after the load)."""
    columns = list(table.columns)
    return [
        columns.index(fk.parent)
        for fk in table.foreign_keys
        if fk.column.table is table
    ]


def _fill_self_references(conn, table, columns, later) -> None:
    pk = list(table.primary_key.columns)
    for row, index in later:
        where = [c == row[columns.index(c)] for c in pk]
        conn.execute(
            table.update().where(*where).values({columns[index].name: row[index]})
        )


def _reset_sequences(conn) -> None:
    """Point every serial/identity sequence past the restored ids."""
    quote = conn.dialect.identifier_preparer.quote
    for table in tables():
        pk = list(table.primary_key.columns)
        if len(pk) != 1 or not pk[0].autoincrement or pk[0].type.python_type is not int:
            continue
        name, column = quote(table.name), pk[0].name
        conn.exec_driver_sql(
            f"SELECT setval(pg_get_serial_sequence('{name}', '{column}'), "
            f"COALESCE(MAX({quote(column)}), 0) + 1, false) FROM {name}"
        )


def _unpack_media(archive, manifest: dict) -> Path:
    """Unpack media files next to the uploads folder (moved in after the commit)."""
    root = upload_folder()
    staging = root / f".restore-{uuid.uuid4().hex[:8]}"
    staging.mkdir(parents=True)
    for rel in manifest["media"]["files"]:
        target = staging / _safe(rel)
        target.parent.mkdir(parents=True, exist_ok=True)
        with archive.open("media/" + _safe(rel)) as src, target.open("wb") as out:
            shutil.copyfileobj(src, out, BLOCK)
    return staging


def _place_media(staging: Path) -> None:
    root = staging.parent
    for path in sorted(p for p in staging.rglob("*") if p.is_file()):
        target = root / path.relative_to(staging)
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(path, target)
    shutil.rmtree(staging, ignore_errors=True)
