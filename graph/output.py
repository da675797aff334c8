"""Printing query results: a readable table for people, standard formats for scripts.

Standard formats are written by :func:`bomay.graph.execute.execute`, the same serializer the
SPARQL endpoint uses; only the table is drawn here.
"""

from __future__ import annotations

import pyoxigraph as ox
from rich.console import Console
from rich.table import Table

from bomay.errors import QueryError
from bomay.graph.execute import Answer, QueryJob, execute
from bomay.graph.formats import GRAPH_FORMATS, SOLUTION_FORMATS, serialize_triples, used_prefixes
from bomay.graph.store import QueryResult, Store, Term, solutions_to_result
from bomay.namespaces import compact


def term_text(term: Term | None) -> str:
    """A term as a person reads it: a prefixed IRI, or a literal's bare value."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        return compact(term.value)
    if isinstance(term, ox.Literal):
        return term.value
    return str(term)


def print_table(result: QueryResult, console: Console | None = None) -> None:
    """SELECT rows as a table with a row count; ASK as true/false."""
    console = console or Console()
    if result.kind == "boolean":
        console.print("true" if result.boolean else "false")
        return
    table = Table(show_lines=False, header_style="bold")
    for var in result.variables:
        table.add_column(var, overflow="fold")
    for row in result.rows:
        table.add_row(*(term_text(t) for t in row))
    console.print(table)
    console.print(f"{len(result.rows)} row{'s' if len(result.rows) != 1 else ''}")


def render(store: Store, sparql: str, fmt: str, console: Console | None = None) -> str | None:
    """Run sparql and return its text in fmt; the table format prints directly and returns None."""
    if fmt == "table":
        result = store.raw_query(sparql)
        if not isinstance(result, ox.QuerySolutions | ox.QueryBoolean):
            # A graph has no table: print it as Turtle.
            triples = list(result)  # type: ignore[call-overload]
            lines = serialize_triples(triples, GRAPH_FORMATS["ntriples"])
            return serialize_triples(triples, GRAPH_FORMATS["turtle"], used_prefixes(lines)).decode("utf-8")
        print_table(solutions_to_result(result), console)
        return None
    job = QueryJob(sparql, SOLUTION_FORMATS.get(fmt), GRAPH_FORMATS.get(fmt))
    return _checked(execute(store, job), fmt).text


def _checked(answer: Answer, fmt: str) -> Answer:
    """The answer, or its failure as the one-line error the CLI prints."""
    if answer.status == 406:
        kind = "a CONSTRUCT/DESCRIBE result prints as " + ", ".join(GRAPH_FORMATS) \
            if fmt in SOLUTION_FORMATS else "a SELECT result prints as table, " + ", ".join(SOLUTION_FORMATS)
        raise QueryError(f"{kind}, not {fmt}")
    if answer.status >= 400:
        raise QueryError(answer.text.strip())
    return answer

