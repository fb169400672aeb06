"""Write a backup: every table streamed in chunks as JSON lines, then the media."""

import contextlib
import hashlib
import json
import os
import zipfile
from pathlib import Path

from flask import current_app
from sqlalchemy import func, select

from catalogue.backup.archive import (
    BLOCK,
    CHUNK_ROWS,
    FORMAT,
    MANIFEST,
    VERSION,
    BackupError,
    encoder,
    schema_revision,
    silent,
    tables,
)
from catalogue.extensions import db
from catalogue.media import upload_folder
from catalogue.models.base import utcnow

# One encoder for every row: compact, keys of JSON columns sorted (stable checksums).
ENCODE = json.JSONEncoder(
    ensure_ascii=False, sort_keys=True, separators=(",", ":")
).encode


def write_backup(path, progress=silent, overwrite: bool = False) -> dict:
    """Write the whole site to a new archive at `path`; returns its manifest."""
    path = Path(path)
    if path.exists() and not overwrite:
        raise BackupError(f"{path} exists: choose another name (or --force)")
    partial = path.with_name(path.name + ".part")
    try:
        with zipfile.ZipFile(
            partial, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1
        ) as archive:
            manifest = _write(archive, progress)
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return manifest


def _write(archive: zipfile.ZipFile, progress) -> dict:
    with db.engine.connect() as conn, _snapshot(conn):
        revision = schema_revision(conn)
        if revision is None:
            raise BackupError("the database has no schema: run `db upgrade` first")
        counts = {
            t.name: conn.execute(select(func.count()).select_from(t)).scalar()
            for t in tables()
        }
        entries = {}
        with progress("tables", sum(counts.values())) as bar:
            for index, table in enumerate(tables()):
                entries[table.name] = _write_table(archive, conn, index, table, bar)
    media = _write_media(archive, progress)
    manifest = {
        "format": FORMAT,
        "version": VERSION,
        "created_at": utcnow().replace(microsecond=0).isoformat(),
        "generator": "ocop-caolanh",
        "database": current_app.config["DATABASE_BACKEND"],
        "schema_revision": revision,
        "tables": entries,
        "media": media,
    }
    archive.writestr(MANIFEST, json.dumps(manifest, indent=2, ensure_ascii=False))
    return manifest


@contextlib.contextmanager
def _snapshot(conn):
    """Read every table from one consistent snapshot of the database."""
    if conn.dialect.name == "postgresql":
        conn = conn.execution_options(isolation_level="REPEATABLE READ")
        with conn.begin():
            conn.exec_driver_sql("SET TRANSACTION READ ONLY")
            yield
        return
    conn.execution_options(isolation_level="AUTOCOMMIT")
    conn.exec_driver_sql("BEGIN")  # SQLite: a read transaction is a snapshot (WAL)
    try:
        yield
    finally:
        conn.exec_driver_sql("ROLLBACK")


def _write_table(archive, conn, index: int, table, bar) -> dict:
    columns = list(table.columns)
    encoders = [encoder(c) for c in columns]
    name = f"data/{index:03d}-{table.name}.jsonl"
    digest, rows = hashlib.sha256(), 0
    order = list(table.primary_key.columns) or columns
    result = conn.execution_options(yield_per=CHUNK_ROWS).execute(
        select(table).order_by(*order)
    )
    with archive.open(name, "w", force_zip64=True) as out:
        for chunk in result.partitions():
            lines = [
                ENCODE(
                    [
                        v if enc is None or v is None else enc(v)
                        for v, enc in zip(row, encoders, strict=True)
                    ]
                )
                for row in chunk
            ]
            data = ("\n".join(lines) + "\n").encode()
            digest.update(data)
            out.write(data)
            rows += len(chunk)
            bar.update(len(chunk))
    return {
        "file": name,
        "rows": rows,
        "sha256": digest.hexdigest(),
        "columns": [c.name for c in columns],
    }


def _write_media(archive, progress) -> dict:
    root = upload_folder()
    paths = sorted(p for p in root.rglob("*") if p.is_file()) if root.is_dir() else []
    files = {}
    with progress("media", len(paths)) as bar:
        for path in paths:
            rel = path.relative_to(root).as_posix()
            if rel.startswith(".restore-"):
                continue
            digest, size = hashlib.sha256(), 0
            with (
                path.open("rb") as src,
                archive.open(f"media/{rel}", "w", force_zip64=True) as out,
            ):
                while block := src.read(BLOCK):
                    digest.update(block)
                    size += len(block)
                    out.write(block)
            files[rel] = {"bytes": size, "sha256": digest.hexdigest()}
            bar.update(1)
    return {
        "root": "uploads",
        "count": len(files),
        "bytes": sum(f["bytes"] for f in files.values()),
        "files": files,
    }
