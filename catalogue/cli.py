"""Command groups: demo, users (db comes from Flask-Migrate); others register here."""

import sys
from importlib import import_module

import click
from flask import Flask, current_app
from flask.cli import FlaskGroup, with_appcontext

from catalogue.extensions import db


@click.group("demo")
def demo_cli():
    """Demo data from plan 124/KH-UBND."""


@demo_cli.command("load")
@click.option(
    "--synthetic",
    type=click.IntRange(min=0),
    default=0,
    help="Also add N generated, clearly marked products (benchmarks).",
)
@click.option("--if-empty", is_flag=True, help="Do nothing when products exist.")
@with_appcontext
def demo_load(synthetic: int, if_empty: bool):
    """Load the plan's demo data (idempotent)."""
    from catalogue.demo.load import counts, load_demo

    if if_empty and counts()["products"]:
        click.echo("products exist; demo data not loaded")
        return
    counts = load_demo(new_stamp_code)
    if synthetic:
        from catalogue.demo.synthetic import add_synthetic

        counts = add_synthetic(synthetic, new_stamp_code)
    db.session.commit()
    after_commit_reindex()
    click.echo(", ".join(f"{name}: {n}" for name, n in counts.items()))


def new_stamp_code() -> str:
    """A fresh stamp code under this site's stamp secret."""
    from qr.codes import new_code

    return new_code(current_app.config["STAMP_SECRET"].encode())


def after_commit_reindex() -> None:
    """Let the search engine catch up after bulk changes, when it has a hook."""
    hook = current_app.extensions.get("catalogue.reindex")
    if hook:
        hook()


@click.group("users")
def users_cli():
    """Accounts."""


@users_cli.command("create")
@click.argument("email")
@click.option(
    "--role", type=click.Choice(["admin", "officer", "producer"]), required=True
)
@click.option("--producer", "producer_slug", default=None, help="Producer slug.")
@click.option("--password-stdin", is_flag=True, help="Read the password from stdin.")
@with_appcontext
def users_create(email, role, producer_slug, password_stdin):
    """Create a user; the password is prompted for (or read from stdin)."""
    from catalogue.accounts import AccountError, create_user

    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    try:
        user = create_user(email, password, role, producer_slug)
    except AccountError as exc:
        db.session.rollback()
        raise click.ClickException(str(exc)) from None
    db.session.commit()
    click.echo(f"created {user.role} {user.email}")


def register(app: Flask) -> None:
    """Attach the command groups to the app."""
    app.cli.add_command(demo_cli)
    app.cli.add_command(users_cli)
    app.cli.add_command(import_module("catalogue.programme.commands").report_cli)
    import_module("catalogue.backup.commands").register(app)
    app.cli.add_command(import_module("catalogue.trace.commands").stamps_cli)
    app.cli.add_command(import_module("catalogue.search.cli").search_cli)


def main() -> None:
    """The `catalogue` console script: `flask --app catalogue` under another name."""
    from catalogue import create_app

    FlaskGroup(create_app=create_app, name="catalogue")(prog_name="catalogue")
