"""Printing query results: a readable table for people, standard formats for scripts."""

from __future__ import annotations

import io
import json
from typing import cast

import pyoxigraph as ox
from rich.console import Console
from rich.table import Table

from bomay.errors import QueryError
from bomay.graph.store import QueryResult, Term
from bomay.namespaces import PREFIXES, compact

SOLUTION_FORMATS = {
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
}
GRAPH_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
}


def term_text(term: Term | None) -> str:
    """A term as a person reads it: a prefixed IRI, or a literal's bare value."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        return compact(term.value)
    if isinstance(term, ox.Literal):
        return term.value
    return str(term)


def render(result: QueryResult, fmt: str, console: Console | None = None) -> str | None:
    """Text for the chosen format; the table format prints directly and returns None."""
    if result.kind == "boolean":
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": result.boolean})
        return "true" if result.boolean else "false"
    if result.kind == "graph":
        if fmt == "table":
            fmt = "turtle"
        if fmt not in GRAPH_FORMATS:
            raise QueryError(f"a CONSTRUCT/DESCRIBE result prints as {', '.join(GRAPH_FORMATS)}, not {fmt}")
        prefixes = PREFIXES if fmt == "turtle" else None
        data = ox.serialize(result.triples, format=GRAPH_FORMATS[fmt], prefixes=prefixes) if prefixes else \
            ox.serialize(result.triples, format=GRAPH_FORMATS[fmt])
        return cast(bytes, data).decode("utf-8")
    if fmt == "table":
        table = Table(show_lines=False, header_style="bold")
        for var in result.variables:
            table.add_column(var, overflow="fold")
        for row in result.rows:
            table.add_row(*(term_text(t) for t in row))
        (console or Console()).print(table)
        (console or Console()).print(f"{len(result.rows)} row{'s' if len(result.rows) != 1 else ''}")
        return None
    if fmt not in SOLUTION_FORMATS:
        raise QueryError(f"a SELECT result prints as table, {', '.join(SOLUTION_FORMATS)}, not {fmt}")
    return solutions_bytes(result, SOLUTION_FORMATS[fmt]).decode("utf-8")


def solutions_bytes(result: QueryResult, fmt: ox.QueryResultsFormat) -> bytes:
    """Serialise SELECT solutions in a W3C results format, by round-tripping through JSON."""
    bindings = []
    for row in result.rows:
        binding = {}
        for var, term in zip(result.variables, row, strict=True):
            if term is not None:
                binding[var] = _json_term(term)
        bindings.append(binding)
    doc = {"head": {"vars": result.variables}, "results": {"bindings": bindings}}
    if fmt == ox.QueryResultsFormat.JSON:
        return json.dumps(doc, ensure_ascii=False).encode("utf-8")
    parsed = ox.parse_query_results(json.dumps(doc), format=ox.QueryResultsFormat.JSON)
    out = io.BytesIO()
    parsed.serialize(out, format=fmt)
    return out.getvalue()


def _json_term(term: Term) -> dict[str, str]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            out["datatype"] = term.datatype.value
        return out
    return {"type": "triple", "value": str(term)}
