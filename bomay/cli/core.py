"""Core commands: build, load, query, queries, search, stats, validate, export."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click
from rich.console import Console

from bomay.cli.options import parse_params, store_option
from bomay.errors import BomayError, LoadError

console = Console(stderr=True)
# Piped output is not cut to 80 columns: a script or a file gets whole rows.
out = Console() if sys.stdout.isatty() else Console(width=250)


def register(cli: click.Group) -> None:
    for command in (build, load, query, queries, search, stats, validate, export):
        cli.add_command(command)


@click.command()
@store_option
@click.option("--only", multiple=True, metavar="SOURCE", help="Build only these default sources (repeatable).")
def build(store_location: str | None, only: tuple[str, ...]) -> None:
    """Build the default graph: the ontology and every default source.

    The new graph is written to a fresh database and switched in only when every source has
    loaded, so a failure leaves the previous graph as it was.
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn

    from bomay.graph import open_store
    from bomay.loaders import default_sources

    store = open_store(store_location)
    sources = default_sources()
    if only:
        unknown = sorted(set(only) - {s.name for s in sources})
        if unknown:
            raise BomayError(f"no default source {', '.join(unknown)}; known: {', '.join(s.name for s in sources)}")
        sources = [s for s in sources if s.name in only]
    started = time.perf_counter()
    per_graph: dict[str, int] = {}
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TextColumn("{task.fields[triples]:,} triples"), console=console, transient=False) as progress:
        task = progress.add_task("building", total=len(sources), triples=0)

        def parts():
            for source in sources:
                progress.update(task, description=f"{source.name}: {source.title}")
                yield from source.parts()
                progress.advance(task)
            progress.update(task, description="finishing (flush, optimise, switch)")

        def on_part(graph: str, n: int) -> None:
            per_graph[graph] = per_graph.get(graph, 0) + n
            progress.update(task, triples=sum(per_graph.values()))

        total = store.rebuild(parts(), progress=on_part)
    elapsed = time.perf_counter() - started
    console.print(f"built {len(per_graph)} graphs, {total:,} triples in {elapsed:.1f} s "
                  f"({total / max(elapsed, 1e-9):,.0f} triples/s) into {store.location}")


@click.command()
@store_option
@click.argument("source")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--graph", metavar="IRI", help="rdf: the named graph for a triple file (default: one per file).")
@click.option("--title", help="text: the document title (overrides the .meta.json sidecar).")
@click.option("--url", help="text: where the document was published.")
@click.option("--publisher", help="text: who published it.")
@click.option("--date", "date_", metavar="YYYY[-MM[-DD]]", help="text: publication date.")
@click.option("--event-date", metavar="YYYY[-MM[-DD]]", help="text: when the reported event happened.")
@click.option("--jurisdiction", metavar="NAME", help="text: the province or unit bare names refer to.")
@click.option("--max-bytes", type=int, help="text: refuse files larger than this.")
def load(store_location: str | None, source: str, paths: tuple[Path, ...], graph: str | None, title: str | None,
         url: str | None, publisher: str | None, date_: str | None, event_date: str | None,
         jurisdiction: str | None, max_bytes: int | None) -> None:
    """Load files with a named loader (rdf, text) into the store.

    Each file's graph is replaced whole. Every file is read before anything is written: a file
    the loader cannot use stops an rdf load; a text load prints one "skipped: PATH: reason"
    line for it, loads the others and exits 1 ("warning:" lines are about documents that were
    loaded). The store is switched once, after everything was read.
    """
    from bomay.graph import open_store
    from bomay.loaders import get_loader

    options = {"graph": graph, "title": title, "url": url, "publisher": publisher, "date": date_,
               "event_date": event_date, "jurisdiction": jurisdiction, "max_bytes": max_bytes}
    loader = get_loader(source)
    result = loader.read(list(paths), options)
    from bomay.cli.text import print_outcome

    print_outcome(result.problems, result.warnings)
    if not result.parts:
        raise LoadError("nothing to load" + (f": {len(result.problems)} file(s) skipped" if result.problems else ""))
    store = open_store(store_location)
    written = store.replace_graphs(result.parts)
    console.print(f"loaded {written:,} triples into {len(result.parts)} graph(s) of {store.location}")
    if result.problems:
        sys.exit(1)


@click.command()
@store_option
@click.argument("name_or_file", required=False)
@click.option("--sparql", "sparql_text", metavar="TEXT", help="Run this SPARQL text instead of a named query.")
@click.option("--param", "-p", "params", multiple=True, metavar="NAME=VALUE", help="Bind a query parameter.")
@click.option("--format", "-f", "fmt", default="table", show_default=True,
              type=click.Choice(["table", "csv", "tsv", "json", "xml", "turtle", "ntriples", "jsonld", "rdfxml"]))
def query(store_location: str | None, name_or_file: str | None, sparql_text: str | None,
          params: tuple[str, ...], fmt: str) -> None:
    """Run a named query, a .rq file, or --sparql TEXT.

    Parameters are bound as RDF terms, never pasted into the query text. Known prefixes
    (bm:, org:, skos:, ...) need no PREFIX lines. The union of all graphs is the default graph.
    """
    from bomay.graph import open_store
    from bomay.graph.output import render
    from bomay.graph.queryrun import prepared_text

    if bool(name_or_file) == bool(sparql_text):
        raise click.UsageError("give a query NAME or FILE.rq, or --sparql TEXT (one of them)")
    store = open_store(store_location)
    text = render(store, prepared_text(store, name_or_file, sparql_text, parse_params(params)), fmt, console=out)
    if text is not None:
        click.echo(text, nl=not text.endswith("\n"))


@click.command()
def queries() -> None:
    """List the named queries and their parameters."""
    from bomay.queries import list_queries

    for q in list_queries():
        out.print(f"[bold]{q.name}[/]  {q.title}", highlight=False)
        if q.description:
            out.print(f"    {q.description}", highlight=False)
        for p in q.params:
            flag = "required" if p.required else (f"default {p.default}" if p.default else "optional")
            out.print(f"    --param {p.name}=<{p.type}>  ({flag}) {p.description}", highlight=False)


@click.command()
@store_option
@click.argument("name")
@click.option("--limit", type=click.IntRange(1, 1000), default=20, show_default=True, help="Most rows to show.")
def search(store_location: str | None, name: str, limit: int) -> None:
    """Find entities by name, ignoring case, diacritics, tone-mark placement and abbreviations
    (the same matches, in the same order, as the web search)."""
    from rich.table import Table

    from bomay.graph import lookup, open_store
    from bomay.namespaces import compact

    rows = lookup.search(open_store(store_location), name, limit)
    if not rows:
        raise BomayError(f"nothing named {name!r}")
    table = Table("entity", "label", "in", "type", "from", "to")
    for r in rows:
        table.add_row(r.iri, r.label or r.label_en, r.context_text, ", ".join(compact(t) for t in r.types),
                      r.start, r.end)
    out.print(table)


@click.command()
@store_option
def stats(store_location: str | None) -> None:
    """Triples per named graph and instances per class."""
    from bomay.graph import open_store
    from bomay.graph.output import print_table
    from bomay.graph.queryrun import run_query

    store = open_store(store_location)
    out.print("[bold]Triples per named graph[/]")
    print_table(run_query(store, "graphs", None, {}), console=out)
    out.print("[bold]Instances per class[/]")
    print_table(run_query(store, "classes", None, {}), console=out)


@click.command()
@store_option
@click.option("--graph", "graphs", multiple=True, metavar="IRI",
              help="Judge only the nodes described in this named graph (repeatable); default: all.")
@click.option("--engine", type=click.Choice(["shacl", "pyshacl"]), default="shacl", show_default=True,
              help="shacl: the Rust engine, seconds for the national graph; pyshacl: the Python reference "
                   "implementation (minutes and gigabytes on the national graph).")
def validate(store_location: str | None, graphs: tuple[str, ...], engine: str) -> None:
    """Check the stored graph against the SHACL shapes; exit 1 on any violation."""
    from bomay.graph import open_store
    from bomay.graph.validate import validate_store

    started = time.perf_counter()
    with console.status(f"validating with {engine}"):
        conforms, violations, checked = validate_store(open_store(store_location), list(graphs) or None, engine)
    for v in violations:
        out.print(v.line(), highlight=False, markup=False)
    errors = sum(1 for v in violations if v.severity == "Violation")
    console.print(f"checked {checked:,} triples in {time.perf_counter() - started:.1f} s: "
                  f"{errors} violation(s), {len(violations) - errors} warning(s)")
    if not conforms:
        sys.exit(1)


@click.command()
@store_option
@click.option("--format", "-f", "fmt", default="nquads", show_default=True,
              type=click.Choice(["nquads", "trig", "turtle", "ntriples", "jsonld"]))
@click.option("--graph", metavar="IRI", help="Export one named graph only.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), help="Write here, not stdout.")
def export(store_location: str | None, fmt: str, graph: str | None, output: Path | None) -> None:
    """Export the graph (all named graphs, or one) as N-Quads, TriG, Turtle, N-Triples or JSON-LD.

    Turtle and N-Triples hold no graph names: without --graph they get the union of all graphs.
    """
    from bomay.graph import open_store
    from bomay.graph.formats import rdf_format

    data = open_store(store_location).dump(rdf_format(fmt), graph=graph)
    if output:
        tmp = output.with_name(output.name + ".part")
        tmp.write_bytes(data)
        tmp.replace(output)
        console.print(f"wrote {len(data):,} bytes to {output}")
    else:
        sys.stdout.buffer.write(data)
