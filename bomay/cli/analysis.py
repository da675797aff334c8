"""``bomay viz`` (the interactive graph as one self-contained HTML file) and ``bomay analyze``."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from rich.console import Console

from bomay.cli.options import store_option

console = Console(stderr=True)
RELATION_NAMES = ["subordination", "reports-to", "mandate", "supervision", "leadership", "territory"]
DEFAULT_RELATIONS = ["subordination", "reports-to", "mandate", "supervision", "leadership"]
METRIC_NAMES = ["reporting-load", "span-of-control", "chains", "top-assigners", "no-report-back", "cycles",
                "restructure", "abolished", "betweenness"]


def register(cli: click.Group) -> None:
    cli.add_command(viz)
    cli.add_command(analyze)


def _selection_options(func):
    func = click.option("--as-of", "as_of", metavar="YYYY-MM-DD",
                        help="Only bodies, units and relations valid on this date.")(func)
    func = click.option("--jurisdiction", "-j", metavar="NAME|IRI|CODE",
                        help="Only this province or unit (name, IRI or statistical code), all eras of that name.")(func)
    return func


@click.command()
@store_option
@click.option("--out", "-o", "out", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Write the page here (one self-contained .html file).")
@click.option("--focus", "-f", metavar="NAME|IRI", help="Centre on this body or unit: its ego graph of --hops.")
@click.option("--hops", default=2, show_default=True, type=click.IntRange(0, 6), help="Hops around --focus.")
@_selection_options
@click.option("--relation", "-r", "relations", multiple=True, type=click.Choice(RELATION_NAMES),
              help=f"Relation types to draw (repeatable) [default: {', '.join(DEFAULT_RELATIONS)}].")
@click.option("--topic", "-t", "topics", multiple=True, metavar="TOPIC",
              help="Only mandates/reports on this topic (slug like y-te, bmt:IRI or label); repeatable.")
@click.option("--doc", metavar="IRI|STEM", help="Only what this source document says (document or graph IRI, or stem).")
@click.option("--layout", type=click.Choice(["force", "hierarchical"]), default="force", show_default=True)
@click.option("--cap", default=600, show_default=True, type=click.IntRange(10, 20000),
              help="Above this many nodes, fold communes per district (then districts per province).")
@click.option("--link-base", default="http://127.0.0.1:8000", show_default=True, metavar="URL",
              help="Clicking a node opens URL/resource?iri=<IRI> (the web app's entity page).")
@click.option("--title", metavar="TEXT", help="Page title (default: from the focus or jurisdiction).")
@click.option("--all-dates", is_flag=True,
              help="Draw every era at once (without --as-of the page shows one day, as /viz does: the "
                   "focus's last day if it has ended, else today).")
def viz(store_location: str | None, out: Path, focus: str | None, hops: int, as_of: str | None,
        jurisdiction: str | None, relations: tuple[str, ...], topics: tuple[str, ...], doc: str | None,
        layout: str, cap: int, link_base: str, title: str | None, all_dates: bool) -> None:
    """Draw the apparatus as an interactive network page that works offline.

    Nodes are coloured and shaped by kind (party, council, committee, department, unit,
    person); edges show topic and frequency on hover; clicking a node opens its page.
    """
    from bomay.analysis.era import era_of
    from bomay.analysis.selection import Selection
    from bomay.analysis.view import make_view
    from bomay.graph import open_store

    if all_dates and as_of:
        raise click.UsageError("--all-dates and --as-of contradict each other: give one")
    store = open_store(store_location)
    day = None if all_dates else era_of(store, focus, as_of)
    sel = Selection(focus=focus, hops=hops, jurisdiction=jurisdiction, as_of=day,
                    relations=tuple(relations) or tuple(DEFAULT_RELATIONS), topics=topics, doc=doc)
    view = make_view(store, sel, cap=cap, hierarchical=layout == "hierarchical",
                     link_base=link_base, title=title)
    tmp = out.with_name(out.name + ".part")
    tmp.write_text(view.html, encoding="utf-8")
    tmp.replace(out)
    for note in view.network.notes:
        console.print(f"[yellow]note[/]: {note}", highlight=False)
    when = "every date" if day is None else f"as of {day}"
    console.print(f"wrote {out} ({len(view.network.nodes):,} nodes, {len(view.network.edges):,} edges, "
                  f"{when}, {len(view.html):,} bytes)", highlight=False)


@click.command()
@store_option
@click.option("--metric", "-m", "metrics", multiple=True, type=click.Choice(METRIC_NAMES),
              help="Which analytics (repeatable; default all).")
@click.option("--format", "-F", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.option("--limit", "-n", default=20, show_default=True, type=click.IntRange(0),
              help="Rows per table (0 = all).")
@_selection_options
def analyze(store_location: str | None, metrics: tuple[str, ...], fmt: str, limit: int, as_of: str | None,
            jurisdiction: str | None) -> None:
    """Network analytics: reporting load, span of control, chains of command, cycles, ...

    csv with one --metric is a plain CSV; with several, each table follows a "# name" line.
    """
    from bomay.analysis.metrics import analyse
    from bomay.analysis.selection import Selection
    from bomay.analysis.tables import print_tables, to_csv, to_json
    from bomay.graph import open_store

    tables = analyse(open_store(store_location), list(metrics) or None,
                     Selection(jurisdiction=jurisdiction, as_of=as_of))
    tables = [t.limited(limit) for t in tables]
    if fmt == "table":
        print_tables(tables, Console() if sys.stdout.isatty() else Console(width=200))
    elif fmt == "csv":
        sys.stdout.write(to_csv(tables))
    else:
        sys.stdout.write(to_json(tables) + "\n")
