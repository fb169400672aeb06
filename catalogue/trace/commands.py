"""`stamps` commands: issue stamps for a lot (codes or an A4 sheet), fold scans."""

import sys

import click
from flask import current_app
from flask.cli import with_appcontext
from sqlalchemy import select

from catalogue.extensions import db
from catalogue.models import Lot, Product
from catalogue.trace import services
from catalogue.trace.fold import fold
from qr import codes


@click.group("stamps")
def stamps_cli():
    """Traceability stamps."""


def _lot(product_slug: str, lot_code: str) -> Lot:
    lot = db.session.scalars(
        select(Lot)
        .join(Product, Product.id == Lot.product_id)
        .where(Product.slug == product_slug, Lot.code == lot_code.upper())
    ).first()
    if lot is None:
        raise click.ClickException(f"no lot {lot_code!r} of product {product_slug!r}")
    return lot


@stamps_cli.command("issue")
@click.argument("product_slug")
@click.argument("lot_code", metavar="LOT")
@click.option(
    "--count",
    type=click.IntRange(1, services.MAX_ISSUE),
    required=True,
    help="How many stamps.",
)
@click.option(
    "--out",
    type=click.Path(dir_okay=False, writable=True),
    help="Write an A4 PDF sheet here instead of printing the codes.",
)
@click.option(
    "--size-mm",
    type=click.FloatRange(15, 30),
    default=20,
    show_default=True,
    help="Side of each QR on the sheet, quiet zone included.",
)
@with_appcontext
def stamps_issue(product_slug, lot_code, count, out, size_mm):
    """Issue COUNT stamps for a lot, in one transaction."""
    lot = _lot(product_slug, lot_code)
    steps = count * (2 if out else 1)  # issuing, then drawing the sheet
    try:
        with click.progressbar(
            length=steps, label="Issuing stamps", file=sys.stderr
        ) as bar:
            if out:
                stamps = services.issue_with_sheet(
                    lot, count, out, size_mm, progress=bar.update
                )
            else:
                stamps = services.issue_stamps(lot, count, progress=bar.update)
                db.session.commit()
    except ValueError as exc:
        db.session.rollback()
        raise click.ClickException(str(exc)) from None
    if out:
        click.echo(f"{len(stamps)} stamps for lot {lot.code} written to {out}")
        return
    base = current_app.config["BASE_URL"]
    for stamp in stamps:
        click.echo(f"{codes.display(stamp.code)}\t{codes.stamp_url(base, stamp.code)}")


@stamps_cli.command("fold-scans")
@with_appcontext
def stamps_fold_scans():
    """Move journalled scans into the database now (also done while serving)."""
    click.echo(f"{fold()} scans folded")
