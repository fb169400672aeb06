"""`report programme`: the plan's six-monthly and annual report (command line)."""

import sys

import click
from flask.cli import with_appcontext
from flask_babel import force_locale

from catalogue.programme.periods import PeriodError, default_period, parse_period
from catalogue.programme.reports import FORMATS, LANGS, build_report, render


@click.group("report")
def report_cli():
    """Reports required by plan 124/KH-UBND."""


@report_cli.command("programme")
@click.option(
    "--period",
    "period_text",
    default=None,
    metavar="PERIOD",
    help="2025H1 (Jan–Jun, due 5 May), 2025H2 (Jul–Dec), 2025 (year, due 5 Nov) "
    "or a plan period code; default: the report due next.",
)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="csv")
@click.option("--lang", type=click.Choice(LANGS), default="vi", help="Headers.")
@click.option(
    "--out",
    type=click.Path(dir_okay=False, writable=True),
    default=None,
    help="Write to FILE (default: standard output).",
)
@with_appcontext
def report_programme(period_text, fmt, lang, out):
    """Per commune: registered, evaluated, certified by stars, new and expired."""
    with force_locale(lang):
        try:
            period = parse_period(period_text) if period_text else default_period()
        except PeriodError as exc:
            raise click.BadParameter(str(exc), param_hint="'--period'") from None
        data = render(build_report(period, lang), fmt, lang)
    if out:
        with open(out, "wb") as fh:
            fh.write(data)
        click.echo(f"{period.code}: {len(data)} bytes -> {out}", err=True)
    elif fmt == "xlsx" and sys.stdout.isatty():
        raise click.UsageError("XLSX is binary: give --out FILE.xlsx")
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
