"""Start-up and configuration: instance folder, secrets, one-line errors."""

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from catalogue import create_app
from catalogue.settings import ConfigError
from tests.conftest import base_config

ROOT = Path(__file__).resolve().parent.parent


def run_cli(args, env_extra, tmp_path, python=False):
    env = {k: v for k, v in os.environ.items() if not k.startswith("CATALOGUE_")}
    env.update(env_extra)
    command = ["-c", args] if python else ["-m", "flask", "--app", "catalogue", *args]
    return subprocess.run(
        [sys.executable, *command],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_app_starts_with_no_instance_folder_and_generates_private_secrets(tmp_path):
    instance = tmp_path / "does" / "not" / "exist"
    config = base_config(instance, f"sqlite:///{tmp_path / 'x.sqlite3'}")
    del config["SECRET_KEY"], config["STAMP_SECRET"]
    app = create_app(config)
    assert instance.is_dir()
    for name in ("secret_key", "stamp_secret"):
        path = instance / name
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert len(path.read_text()) == 64
    again = create_app(dict(config))
    assert again.config["STAMP_SECRET"] == app.config["STAMP_SECRET"]


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("CATALOGUE_DATABASE_URL", "not a url at all"),
        ("CATALOGUE_DATABASE_URL", "mysql://root@localhost/x"),
        ("CATALOGUE_BASE_URL", "ftp://example"),
        ("CATALOGUE_SCAN_WARN_THRESHOLD", "-3"),
    ],
)
def test_bad_setting_stops_commands_with_one_line_naming_it(tmp_path, variable, value):
    result = run_cli(
        ["db", "upgrade"],
        {"CATALOGUE_INSTANCE_PATH": str(tmp_path / "inst"), variable: value},
        tmp_path,
    )
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert variable in lines[0]
    assert "Traceback" not in result.stderr


def test_unwritable_instance_folder_is_reported(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(ConfigError, match="CATALOGUE_INSTANCE_PATH"):
        create_app(base_config(blocker / "inst", "sqlite://"))


def test_environment_variables_override_defaults(tmp_path):
    result = run_cli(
        "from catalogue import create_app; c = create_app().config; "
        "print(c['BASE_URL'], c['SCAN_WARN_THRESHOLD'])",
        {
            "CATALOGUE_INSTANCE_PATH": str(tmp_path / "inst"),
            "CATALOGUE_BASE_URL": "https://ocop.example.vn/",
            "CATALOGUE_SCAN_WARN_THRESHOLD": "7",
        },
        tmp_path,
        python=True,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-2:] == ["https://ocop.example.vn", "7"]


def test_healthz_answers(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ok"}


def test_unknown_page_is_a_localised_404(client):
    response = client.get("/no/such/page?lang=en")
    assert response.status_code == 404
    assert "We could not find that page." in response.get_data(as_text=True)


def test_pages_carry_security_headers(client):
    response = client.get("/")
    assert "default-src 'self'" in response.headers["Content-Security-Policy"]
    assert response.headers["X-Content-Type-Options"] == "nosniff"
