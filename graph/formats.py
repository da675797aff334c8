"""The one table of output formats: short names mapped onto pyoxigraph's own formats.

pyoxigraph already knows every format's media type and how to write it
(``QueryResultsFormat``, ``RdfFormat``); this table only adds the short names people type
(``--format csv``, ``?format=ttl``) and which kind of result each one serialises. The CLI, the
SPARQL endpoint, the pages and the exporter all read it.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox

from bomay.namespaces import PREFIXES

# name -> pyoxigraph format, per kind of result.
_SOLUTIONS: dict[str, ox.QueryResultsFormat] = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}
_TRIPLES: dict[str, ox.RdfFormat] = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
}
_DATASETS: dict[str, ox.RdfFormat] = {"nquads": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG}


@dataclass(frozen=True)
class Format:
    """One output format. Plain strings only, so a job carrying it pickles to a worker process."""

    name: str
    media_type: str
    kind: str  # "solutions" | "graph"

    @property
    def results_format(self) -> ox.QueryResultsFormat:
        """pyoxigraph's format for a solutions format."""
        return _SOLUTIONS[self.name]

    @property
    def rdf_format(self) -> ox.RdfFormat:
        """pyoxigraph's format for a graph format."""
        return _TRIPLES.get(self.name) or _DATASETS[self.name]


SOLUTION_FORMATS = {name: Format(name, f.media_type, "solutions") for name, f in _SOLUTIONS.items()}
GRAPH_FORMATS = {name: Format(name, f.media_type, "graph") for name, f in _TRIPLES.items()}
# What `bomay export` writes: the triple formats and the two that keep graph names.
EXPORT_FORMATS = {**GRAPH_FORMATS, **{name: Format(name, f.media_type, "graph") for name, f in _DATASETS.items()}}
# Prefixes for Turtle output; not the ones for IRIs with slashes in them (id/, graph/), whose
# prefixed names would need escaped slashes (bmid:body\/2025\/79) and read worse than full IRIs.
TURTLE_PREFIXES = {p: ns for p, ns in PREFIXES.items() if p not in ("bmid", "bmg")}


def rdf_format(name: str) -> ox.RdfFormat:
    """The pyoxigraph RDF format of an export or graph format name."""
    return EXPORT_FORMATS[name].rdf_format


def serialize_triples(triples: object, fmt: Format, prefixes: dict[str, str] | None = None) -> bytes:
    """Triples (a list, or a CONSTRUCT result) in a graph format; Turtle gets the prefixes given."""
    if prefixes and fmt.name == "turtle":
        return ox.serialize(triples, format=fmt.rdf_format, prefixes=prefixes) or b""  # type: ignore[arg-type]
    return ox.serialize(triples, format=fmt.rdf_format) or b""  # type: ignore[arg-type]


def used_prefixes(body: bytes, prefixes: dict[str, str] | None = None) -> dict[str, str]:
    """The prefixes whose namespace occurs in body: Turtle output declares only those."""
    return {p: ns for p, ns in (prefixes or TURTLE_PREFIXES).items() if ns.encode() in body}
