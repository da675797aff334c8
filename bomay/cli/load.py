"""``bomay reporting-load``: who reports to one body on each of some dates, and on what."""

from __future__ import annotations

import csv
import json
import sys
from dataclasses import asdict

import click

from bomay.cli.options import store_option


@click.command("reporting-load")
@store_option
@click.option("--body", "-b", required=True, metavar="NAME|IRI",
              help="The recipient: an IRI, or a name resolved to the body valid on each date.")
@click.option("--dates", "-d", default="2025-06-30,2025-07-01", show_default=True, metavar="DATE,DATE",
              help="Dates (YYYY-MM-DD) separated by commas.")
@click.option("--format", "-F", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
def reporting_load_command(store_location: str | None, body: str, dates: str, fmt: str) -> None:
    """Statutory reporting load of a body on each date: how many bodies report to it, and on what.

    Example: bomay reporting-load --body "UBND Thành phố Hồ Chí Minh" --dates 2025-06-30,2025-07-01
    """
    from bomay.analysis.load import parse_dates, reporting_load
    from bomay.graph import open_store

    loads = reporting_load(open_store(store_location), body, parse_dates(dates))
    if fmt == "json":
        sys.stdout.write(json.dumps([asdict(x) for x in loads], ensure_ascii=False, indent=1) + "\n")
        return
    if fmt == "csv":
        out = csv.writer(sys.stdout, lineterminator="\n")
        out.writerow(["date", "recipient", "recipient_iri", "reporter_kind", "about", "frequency", "basis",
                      "obligations", "reporters", "reports_per_year"])
        for x in loads:
            for ln in x.lines:
                out.writerow([x.date, x.label, x.body, ln.reporter_kind, ln.about, ln.frequency, ln.basis,
                              ln.obligations, ln.reporters, ln.reports_per_year])
        return
    for x in loads:
        click.echo(f"{x.date}  {x.label}  <{x.body}>")
        click.echo(f"  {x.reporters} bodies report to it: {x.obligations} statutory obligations, "
                   f"{x.reports_per_year:g} reports a year")
        for ln in x.lines:
            click.echo(f"  {ln.obligations:>5} × {ln.reporter_kind}: {ln.about} [{ln.frequency}; {ln.basis}]")
    if len(loads) > 1:
        first, last = loads[0], loads[-1]
        click.echo(f"change {first.date} → {last.date}: {last.reporters - first.reporters:+d} reporting bodies, "
                   f"{last.reports_per_year - first.reports_per_year:+g} reports a year")


def register(cli: click.Group) -> None:
    cli.add_command(reporting_load_command)
