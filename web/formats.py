"""Content negotiation for the SPARQL endpoint and the entity pages (the formats themselves are
in :mod:`bomay.graph.formats`).

A query's result kind (solutions or triples) is known only once it has run, so a request
picks one format per kind up front (from ``?format=`` or ``Accept``) and the answer uses the
one that applies.
"""

from __future__ import annotations

from bomay.graph.formats import GRAPH_FORMATS, SOLUTION_FORMATS, TURTLE_PREFIXES, Format

# pyoxigraph's format objects by name, for the pages that serialise triples themselves (derived
# from the one table in bomay.graph.formats, not a second one).
OX_GRAPH = {name: fmt.rdf_format for name, fmt in GRAPH_FORMATS.items()}
__all__ = ["GRAPH_FORMATS", "OX_GRAPH", "SOLUTION_FORMATS", "TURTLE_PREFIXES", "Format", "choose_formats",
           "graph_format_by_name", "parse_accept", "wants_html"]

# Media types a client may ask for, per kind; several map to one format.
_SOLUTION_MEDIA = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
_GRAPH_MEDIA = {
    "text/turtle": "turtle",
    "application/x-turtle": "turtle",
    "application/n-triples": "ntriples",
    "text/plain": "ntriples",
    "application/ld+json": "jsonld",
    "application/json": "jsonld",
    "application/rdf+xml": "rdfxml",
    "application/xml": "rdfxml",
    "text/xml": "rdfxml",
}
# ?format= values (and file extensions for entity IRIs), per kind.
_SOLUTION_NAMES = {"json": "json", "srj": "json", "xml": "xml", "srx": "xml", "csv": "csv", "tsv": "tsv"}
_GRAPH_NAMES = {
    "turtle": "turtle", "ttl": "turtle", "ntriples": "ntriples", "nt": "ntriples", "n-triples": "ntriples",
    "jsonld": "jsonld", "json-ld": "jsonld", "json": "jsonld", "rdfxml": "rdfxml", "rdf": "rdfxml",
    "xml": "rdfxml", "owl": "rdfxml",
}


def parse_accept(header: str | None) -> list[tuple[str, float]]:
    """Media ranges of an Accept header with their q-values, best first (stable for ties)."""
    if not header:
        return []
    ranges: list[tuple[str, float, int]] = []
    for position, item in enumerate(header.split(",")):
        fields = [f.strip() for f in item.split(";")]
        media = fields[0].lower()
        if not media:
            continue
        quality = 1.0
        for param in fields[1:]:
            key, _, value = param.partition("=")
            if key.strip() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        ranges.append((media, quality, position))
    ranges.sort(key=lambda r: (-r[1], r[2]))
    return [(m, q) for m, q, _ in ranges if q > 0]


def _choose(accept: str | None, media: dict[str, str], default: str) -> str | None:
    ranges = parse_accept(accept)
    if not ranges:
        return default
    for range_, _ in ranges:
        if range_ in media:
            return media[range_]
        if range_ in ("*/*", "application/*", "text/*"):
            if range_ == "*/*":
                return default
            family = range_.split("/")[0] + "/"
            matches = [name for m, name in media.items() if m.startswith(family)]
            if default in matches:
                return default
            if matches:
                return matches[0]
    return None


class UnknownFormat(ValueError):
    """A ``?format=`` value that names no format."""


def choose_formats(accept: str | None, format_param: str | None) -> tuple[Format | None, Format | None]:
    """The format for solutions (SELECT/ASK) and for triples (CONSTRUCT/DESCRIBE); None = not acceptable."""
    if format_param:
        key = format_param.strip().lower()
        sol_name = _SOLUTION_NAMES.get(key) or _SOLUTION_MEDIA.get(key)
        graph_name = _GRAPH_NAMES.get(key) or _GRAPH_MEDIA.get(key)
        if sol_name is None and graph_name is None:
            known = sorted(set(_SOLUTION_NAMES) | set(_GRAPH_NAMES))
            raise UnknownFormat(f"unknown format {format_param!r}; use one of {', '.join(known)}")
        # A format that only fits one kind still lets the other kind use its default.
        solutions = SOLUTION_FORMATS[sol_name] if sol_name else SOLUTION_FORMATS["json"]
        graph = GRAPH_FORMATS[graph_name] if graph_name else GRAPH_FORMATS["turtle"]
        return solutions, graph
    sol = _choose(accept, _SOLUTION_MEDIA, "json")
    graph_choice = _choose(accept, _GRAPH_MEDIA, "turtle")
    return (SOLUTION_FORMATS[sol] if sol else None), (GRAPH_FORMATS[graph_choice] if graph_choice else None)


def graph_format_by_name(name: str) -> Format | None:
    key = _GRAPH_NAMES.get(name.lower())
    return GRAPH_FORMATS[key] if key else None


def wants_html(accept: str | None) -> bool:
    """Whether a client prefers an HTML page over RDF (browsers do; curl's */* does too)."""
    for media, _ in parse_accept(accept):
        if media in ("text/html", "application/xhtml+xml", "*/*", "text/*"):
            return True
        if media in _GRAPH_MEDIA:
            return False
    return True
