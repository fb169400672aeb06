"""Portable backups: round trips across SQLite and PostgreSQL, and bad archives."""

import json
import zipfile
from datetime import date

import pytest
from sqlalchemy import func, select

from catalogue import create_app
from catalogue.backup import BackupError, read_manifest, restore_backup, write_backup
from catalogue.extensions import db
from catalogue.media import upload_folder
from catalogue.models import Commune, Product
from tests.conftest import base_config, build_database

PHOTO = b"RIFF\x10\x00\x00\x00WEBPVP8 not really a picture"


def tables_of(manifest: dict) -> dict:
    """What must be identical between two archives of the same data."""
    return {
        name: (entry["rows"], entry["sha256"])
        for name, entry in manifest["tables"].items()
    }


def product_count(app) -> int:
    with app.app_context():
        return db.session.scalar(select(func.count(Product.id)))


@pytest.fixture
def source(app):
    """The demo site with one uploaded file and a commune succeeded by a later one."""
    with app.app_context():
        folder = upload_folder() / "ab"
        folder.mkdir(parents=True)
        (folder / "ab12-320.webp").write_bytes(PHOTO)
        first, last = db.session.scalars(select(Commune).order_by(Commune.id)).all()[
            ::17
        ]
        first.successor, first.succeeded_on = last, date(2025, 7, 1)
        db.session.commit()
    return app


@pytest.fixture
def archive(source, tmp_path):
    path = tmp_path / "site.ocop.zip"
    with source.app_context():
        write_backup(path)
    return path


@pytest.fixture
def empty(app_factory):
    return app_factory(demo=False)


def rewrite(path, out, change):
    """Copy an archive, letting change(name, data) alter members (None drops one)."""
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = change(info.filename, src.read(info.filename))
            if data is not None:
                dst.writestr(info.filename, data)
    return out


def test_round_trip_into_an_empty_sqlite_database(archive, empty, tmp_path):
    with empty.app_context():
        manifest = restore_backup(archive)
        again = write_backup(tmp_path / "again.zip")
        communes = db.session.scalars(select(Commune).order_by(Commune.id)).all()
        assert communes[0].successor is communes[-1]  # a later row, filled in after
        assert (upload_folder() / "ab" / "ab12-320.webp").read_bytes() == PHOTO
    assert tables_of(again) == tables_of(manifest)
    assert again["media"]["files"] == manifest["media"]["files"]
    assert product_count(empty) == manifest["tables"]["product"]["rows"] > 0


def test_manifest_describes_the_archive(archive):
    manifest = read_manifest(archive)
    assert manifest["format"] == "ocop-backup" and manifest["version"] == 1
    assert manifest["schema_revision"]
    names = list(manifest["tables"])
    assert names.index("commune") < names.index("product") < names.index("scan")
    assert manifest["media"]["files"]["ab/ab12-320.webp"]["bytes"] == len(PHOTO)
    with zipfile.ZipFile(archive) as zf:
        first = zf.read(manifest["tables"]["commune"]["file"]).splitlines()[0]
    assert len(json.loads(first)) == len(manifest["tables"]["commune"]["columns"])


def test_refuses_a_database_that_is_not_empty(archive, source, tmp_path):
    before = product_count(source)
    with source.app_context(), pytest.raises(BackupError, match="not empty"):
        restore_backup(archive)
    assert product_count(source) == before


def test_force_replaces_what_is_there(archive, app_factory):
    target = app_factory(demo=False)
    with target.app_context():
        db.session.add(Commune(code="X-1", slug="x-1", name="Xã thừa"))
        db.session.commit()
        restore_backup(archive, force=True)
        names = db.session.scalars(select(Commune.name)).all()
    assert "Xã thừa" not in names and len(names) == 18


def test_truncated_archive_is_refused_and_nothing_changes(archive, empty, tmp_path):
    cut = tmp_path / "cut.zip"
    cut.write_bytes(archive.read_bytes()[: archive.stat().st_size // 2])
    with empty.app_context(), pytest.raises(BackupError, match="truncated or damaged"):
        restore_backup(cut)
    assert product_count(empty) == 0


def test_tampered_table_is_refused_and_nothing_changes(archive, empty, tmp_path):
    def change(name, data):
        return data.replace(b"Xo\xc3\xa0i", b"Xoai") if "product" in name else data

    bad = rewrite(archive, tmp_path / "bad.zip", change)
    with empty.app_context(), pytest.raises(BackupError, match="checksum mismatch"):
        restore_backup(bad)
    assert product_count(empty) == 0
    with empty.app_context():
        assert not any(p.is_file() for p in upload_folder().rglob("*"))


def test_tampered_media_is_refused(archive, empty, tmp_path):
    bad = rewrite(
        archive,
        tmp_path / "bad.zip",
        lambda name, data: b"evil" if name.startswith("media/") else data,
    )
    with empty.app_context(), pytest.raises(BackupError, match="media file"):
        restore_backup(bad)
    assert product_count(empty) == 0


def test_missing_member_is_refused(archive, empty, tmp_path):
    bad = rewrite(
        archive, tmp_path / "bad.zip", lambda n, d: None if "scan" in n else d
    )
    with empty.app_context(), pytest.raises(BackupError, match="table scan is missing"):
        restore_backup(bad)


@pytest.mark.parametrize(
    "change, message",
    [
        ({"version": 2}, "unsupported backup format version 2"),
        ({"format": "something-else"}, "not an OCOP backup"),
        ({"schema_revision": "9999_future"}, "schema revision '9999_future'"),
    ],
)
def test_wrong_format_version_or_schema_is_refused(
    archive, empty, tmp_path, change, message
):
    def edit(name, data):
        if name != "manifest.json":
            return data
        return json.dumps({**json.loads(data), **change}).encode()

    bad = rewrite(archive, tmp_path / "bad.zip", edit)
    with empty.app_context(), pytest.raises(BackupError, match=message):
        restore_backup(bad)
    assert product_count(empty) == 0


def test_unsafe_media_path_is_refused(archive, empty, tmp_path):
    def edit(name, data):
        if name != "manifest.json":
            return data
        manifest = json.loads(data)
        manifest["media"]["files"] = {"../../escape.txt": {"bytes": 1, "sha256": "0"}}
        return json.dumps(manifest).encode()

    bad = rewrite(archive, tmp_path / "bad.zip", edit)
    with empty.app_context(), pytest.raises(BackupError, match="unsafe media path"):
        restore_backup(bad)


def test_not_an_archive_is_refused(empty, tmp_path):
    junk = tmp_path / "junk.zip"
    junk.write_text("hello")
    with empty.app_context(), pytest.raises(BackupError, match="not a readable"):
        restore_backup(junk)


def test_database_without_schema_is_told_to_upgrade(archive, tmp_path):
    folder = tmp_path / "bare"
    folder.mkdir()
    bare = create_app(base_config(folder, f"sqlite:///{folder}/catalogue.sqlite3"))
    with bare.app_context(), pytest.raises(BackupError, match="run `db upgrade` first"):
        restore_backup(archive)
    with bare.app_context():
        db.engine.dispose()


def test_backup_refuses_to_overwrite_a_file(source, archive):
    with source.app_context(), pytest.raises(BackupError, match="exists"):
        write_backup(archive)


def test_commands_report_success_and_refusal(source, empty, tmp_path):
    path = tmp_path / "cli.zip"
    result = source.test_cli_runner().invoke(args=["backup", str(path)])
    assert result.exit_code == 0, result.output
    assert "sha256" in result.stdout
    result = empty.test_cli_runner().invoke(args=["restore", str(path)])
    assert result.exit_code == 0, result.output
    assert product_count(empty) == product_count(source)
    result = empty.test_cli_runner().invoke(args=["restore", str(path)])
    assert result.exit_code == 1
    assert (
        "restore refused, nothing changed: the database is not empty" in result.output
    )


def test_sqlite_to_postgresql_to_archive_is_identical(archive, pg_schema_url, tmp_path):
    folder = tmp_path / "pg"
    folder.mkdir()
    pg = create_app(base_config(folder, pg_schema_url))
    build_database(pg, demo=False)
    try:
        with pg.app_context():
            first = restore_backup(archive)
            again = write_backup(tmp_path / "from-pg.zip")
            # Sequences were moved past the restored ids: a new row gets a fresh id.
            commune = Commune(code="NEW-1", slug="new-1", name="Xã mới")
            db.session.add(commune)
            db.session.commit()
            assert commune.id == first["tables"]["commune"]["rows"] + 1
        assert tables_of(again) == tables_of(first)
    finally:
        with pg.app_context():
            db.session.remove()
            db.engine.dispose()


def test_restore_command_onto_postgresql_rebuilds_search(
    archive, pg_schema_url, tmp_path
):
    from sqlalchemy import text

    folder = tmp_path / "pg"
    folder.mkdir()
    pg = create_app(base_config(folder, pg_schema_url))
    build_database(pg, demo=False)
    try:
        result = pg.test_cli_runner().invoke(args=["restore", str(archive)])
        assert result.exit_code == 0, result.output
        with pg.app_context():
            indexed = db.session.scalar(text("SELECT count(*) FROM search_item"))
            published = db.session.scalar(
                select(func.count(Product.id)).where(Product.status == "published")
            )
        assert indexed == published > 0
        response = pg.test_client().get("/api/v1/search?q=xoai")
        assert response.status_code == 200 and response.json["items"]
    finally:
        with pg.app_context():
            db.session.remove()
            db.engine.dispose()
