"""Fixtures: an app on a real database in a temporary instance folder.

SQLite always; PostgreSQL too for tests in modules that set BOTH_BACKENDS = True,
when CATALOGUE_TEST_DATABASE_URL is set (otherwise those runs are skipped).
"""

import os
import shutil
import uuid
from pathlib import Path

import pytest
from flask_migrate import upgrade
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from catalogue import create_app
from catalogue.extensions import db

PG_URL = os.environ.get("CATALOGUE_TEST_DATABASE_URL", "")
TEST_SECRETS = {"SECRET_KEY": "test-secret-key", "STAMP_SECRET": "test-stamp-secret"}


def pytest_generate_tests(metafunc):
    if "backend" in metafunc.fixturenames:
        both = getattr(metafunc.module, "BOTH_BACKENDS", False)
        backends = ["sqlite", "postgresql"] if both else ["sqlite"]
        if metafunc.definition.get_closest_marker("postgres"):
            backends = ["postgresql"]  # about the PostgreSQL engine only
        metafunc.parametrize("backend", backends)


def base_config(instance: Path, database_url: str, **extra) -> dict:
    """Configuration for a test app."""
    return {
        "TESTING": True,
        "INSTANCE_PATH": str(instance),
        "DATABASE_URL": database_url,
        "BASE_URL": "https://ocop.example.vn",
        "WTF_CSRF_ENABLED": False,
        "RATELIMIT_ENABLED": False,
        "SERVER_NAME": None,
        **TEST_SECRETS,
        **extra,
    }


def build_database(app, demo: bool = True) -> None:
    """Run the migrations and (optionally) load the demo data."""
    from catalogue.cli import new_stamp_code
    from catalogue.demo.load import load_demo

    with app.app_context():
        upgrade()
        if demo:
            load_demo(new_stamp_code)
            db.session.commit()
        db.engine.dispose()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory) -> Path:
    """A migrated SQLite database with the demo data, built once per worker."""
    folder = tmp_path_factory.mktemp("template")
    path = folder / "catalogue.sqlite3"
    app = create_app(base_config(folder, f"sqlite:///{path}"))
    build_database(app)
    with app.app_context():
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        db.engine.dispose()
    return path


def _pg_url(database: str) -> str:
    url = make_url(PG_URL).set(drivername="postgresql+psycopg", database=database)
    return url.render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def pg_admin():
    """An autocommit connection to the test server, to create and drop databases."""
    if not PG_URL:
        pytest.skip("PostgreSQL run: CATALOGUE_TEST_DATABASE_URL is not set")
    engine = create_engine(
        _pg_url(make_url(PG_URL).database), isolation_level="AUTOCOMMIT"
    )
    yield engine
    engine.dispose()


def _create_database(admin, template: str | None = None) -> str:
    name = "t_" + uuid.uuid4().hex[:16]
    suffix = f" TEMPLATE {template}" if template else ""
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}{suffix}"))
    return name


def _drop_database(admin, name: str) -> None:
    with admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))


@pytest.fixture(scope="session")
def pg_template(pg_admin, tmp_path_factory):
    """A migrated PostgreSQL database with the demo data, built once per worker."""
    name = _create_database(pg_admin)
    folder = tmp_path_factory.mktemp("pg-template")
    build_database(create_app(base_config(folder, _pg_url(name))))
    yield name
    _drop_database(pg_admin, name)


@pytest.fixture
def pg_schema_url(pg_admin):
    """URL of a fresh, empty PostgreSQL database for one test, dropped afterwards."""
    name = _create_database(pg_admin)
    yield _pg_url(name)
    _drop_database(pg_admin, name)


@pytest.fixture
def pg_demo_url(pg_admin, pg_template):
    """URL of a PostgreSQL database copied from the demo template for one test."""
    name = _create_database(pg_admin, template=pg_template)
    yield _pg_url(name)
    _drop_database(pg_admin, name)


@pytest.fixture
def backend() -> str:
    """Overridden by pytest_generate_tests; plain tests run on SQLite."""
    return "sqlite"


@pytest.fixture
def app_factory(tmp_path, request, sqlite_template, backend):
    """Make an app on a fresh copy of the demo database: make(demo=True, **config)."""
    made = []

    def make(demo: bool = True, **extra):
        instance = tmp_path / f"instance{len(made)}"
        instance.mkdir()
        if backend == "postgresql":
            url = request.getfixturevalue("pg_demo_url" if demo else "pg_schema_url")
            app = create_app(base_config(instance, url, **extra))
            if not demo:
                build_database(app, demo=False)
        else:
            path = instance / "catalogue.sqlite3"
            if demo:
                shutil.copy(sqlite_template, path)
            app = create_app(base_config(instance, f"sqlite:///{path}", **extra))
            if not demo:
                build_database(app, demo=False)
        made.append(app)
        return app

    yield make
    for app in made:
        with app.app_context():
            db.session.remove()
            db.engine.dispose()


@pytest.fixture
def app(app_factory):
    """The app with the demo data."""
    return app_factory()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-quic",
    "--disable-sync",
]


@pytest.fixture
def live_server(app):
    """The app served over HTTP on 127.0.0.1 in a thread; yields its base URL."""
    import threading

    from werkzeug.serving import make_server

    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(5)


@pytest.fixture(scope="session")
def browser():
    """Debian's headless Chromium driven by Playwright (never a downloaded build)."""
    if not os.path.exists(CHROMIUM):
        pytest.skip("browser tests need Debian's chromium (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
        )
        yield instance
        instance.close()


@pytest.fixture
def page(browser):
    """A fresh phone-sized page (390×844); resize it for desktop checks."""
    # CSP bypassed so axe-core can be injected (and escaping is tested on its own).
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, bypass_csp=True
    )
    page = context.new_page()
    yield page
    context.close()


SCREENSHOTS = Path(__file__).resolve().parent.parent / "screenshots"


def screenshot(page, name: str) -> Path:
    """Save a full-page screenshot under screenshots/ (git-ignored) to look at."""
    SCREENSHOTS.mkdir(exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


AXE = (
    Path(__file__).resolve().parent / "js" / "node_modules" / "axe-core" / "axe.min.js"
)


def axe_violations(page, impacts=("serious", "critical")) -> list[dict]:
    """Run axe-core in the page; return violations of the given impacts."""
    page.add_script_tag(content=AXE.read_text())
    result = page.evaluate("async () => await axe.run(document)")
    return [
        {
            "id": v["id"],
            "impact": v["impact"],
            "nodes": [n["target"] for n in v["nodes"]],
        }
        for v in result["violations"]
        if v["impact"] in impacts
    ]
