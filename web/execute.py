"""Running one user query to the bytes of its HTTP answer, with the result-size limit applied.

Results are serialised by pyoxigraph itself, never rebuilt as Python objects. To count rows
without slowing down, a result is first streamed in a line-per-row format (TSV for
solutions, N-Triples for triples) into a sink that counts newlines and stops the moment the
limit is passed; the bytes are then converted to the format the client asked for, again by
pyoxigraph. The same conversion serves answers proxied from a remote endpoint.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

import pyoxigraph as ox

from bomay.web.formats import GRAPH_FORMATS, OX_GRAPH, OX_SOLUTIONS, SOLUTION_FORMATS, TURTLE_PREFIXES, Format

TSV = "text/tab-separated-values"
N_TRIPLES = "application/n-triples"


@dataclass
class QueryJob:
    """A query and how to answer it: dataset, formats per result kind, and the row limit."""

    sparql: str
    solutions_format: Format | None
    graph_format: Format | None
    max_results: int
    default_graphs: list[str] | None = None
    named_graphs: list[str] | None = None


@dataclass
class Answer:
    status: int
    media_type: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def error(cls, status: int, message: str) -> Answer:
        return cls(status, "text/plain; charset=utf-8", (message.rstrip() + "\n").encode("utf-8"))


class TooManyResults(Exception):
    pass


class LineCountingSink(io.RawIOBase):
    """A binary sink that keeps what is written and stops the writer past max_lines lines."""

    def __init__(self, max_lines: int) -> None:
        super().__init__()
        self.max_lines = max_lines
        self.lines = 0
        self.chunks: list[bytes] = []

    def writable(self) -> bool:
        return True

    def write(self, data: bytes) -> int:  # type: ignore[override]
        chunk = bytes(data)
        self.lines += chunk.count(b"\n")
        if self.lines > self.max_lines:
            raise TooManyResults
        self.chunks.append(chunk)
        return len(chunk)

    def value(self) -> bytes:
        return b"".join(self.chunks)


def too_many(limit: int, kind: str) -> Answer:
    return Answer.error(400, f"result too large: the answer has more than {limit:,} {kind}, the server's "
                             f"result-size limit (--max-results); add a LIMIT or narrow the query")


def query_options(job: QueryJob) -> dict[str, object]:
    """The dataset: the protocol's graph parameters if given, else the union of all graphs."""
    if job.default_graphs is None and job.named_graphs is None:
        return {"use_default_graph_as_union": True}
    options: dict[str, object] = {}
    defaults = [ox.NamedNode(g) for g in job.default_graphs or []]
    options["default_graph"] = defaults or ox.DefaultGraph()
    if job.named_graphs is not None:
        options["named_graphs"] = [ox.NamedNode(g) for g in job.named_graphs]
    return options


def execute(store: ox.Store, job: QueryJob) -> Answer:
    """Run job on store and serialise the answer; user errors become 4xx answers."""
    try:
        options = query_options(job)
    except ValueError as exc:
        return Answer.error(400, f"bad graph IRI in default-graph-uri or named-graph-uri: {exc}")
    try:
        result = store.query(job.sparql, **options)  # type: ignore[arg-type]
        if isinstance(result, ox.QueryBoolean):
            return convert(result.serialize(format=ox.QueryResultsFormat.JSON),
                           "application/sparql-results+json", job)
        if isinstance(result, ox.QuerySolutions):
            sink = LineCountingSink(job.max_results + 1)  # one header line
            result.serialize(sink, format=ox.QueryResultsFormat.TSV)
            return convert(sink.value(), TSV, job)
        sink = LineCountingSink(job.max_results)
        result.serialize(sink, format=ox.RdfFormat.N_TRIPLES)
        return convert(sink.value(), N_TRIPLES, job)
    except TooManyResults:
        kind = "rows" if isinstance(result, ox.QuerySolutions) else "triples"
        return too_many(job.max_results, kind)
    except SyntaxError as exc:
        return Answer.error(400, f"SPARQL syntax error: {exc}")
    except (OSError, ValueError, RuntimeError, TypeError) as exc:
        return Answer.error(400, f"query failed: {exc}")


def convert(body: bytes, media_type: str, job: QueryJob) -> Answer:
    """Re-serialise a TSV / N-Triples / SPARQL-JSON body in the format the client chose."""
    if media_type == N_TRIPLES or media_type == "text/turtle":
        fmt = job.graph_format
        if fmt is None:
            return not_acceptable("triples (CONSTRUCT/DESCRIBE)", GRAPH_FORMATS)
        if fmt.name == "ntriples" and media_type == N_TRIPLES:
            return Answer(200, fmt.media_type, body)
        source = ox.RdfFormat.N_TRIPLES if media_type == N_TRIPLES else ox.RdfFormat.TURTLE
        triples = ox.parse(body, format=source)
        if fmt.name == "turtle":
            used = {p: ns for p, ns in TURTLE_PREFIXES.items() if ns.encode() in body}
            out = ox.serialize(triples, format=OX_GRAPH[fmt.name], prefixes=used)
        else:
            out = ox.serialize(triples, format=OX_GRAPH[fmt.name])
        return Answer(200, fmt.media_type, out or b"")
    fmt = job.solutions_format
    if fmt is None:
        return not_acceptable("solutions (SELECT/ASK)", SOLUTION_FORMATS)
    if media_type == TSV and fmt.name == "tsv":
        return Answer(200, fmt.media_type, body)
    source = ox.QueryResultsFormat.TSV if media_type == TSV else ox.QueryResultsFormat.JSON
    parsed = ox.parse_query_results(body, format=source)
    if isinstance(parsed, ox.QueryBoolean) and fmt.name in ("csv", "tsv"):
        # CSV/TSV have no boolean form; answer the one-word text most clients expect.
        return Answer(200, fmt.media_type, b"true\n" if bool(parsed) else b"false\n")
    return Answer(200, fmt.media_type, parsed.serialize(format=OX_SOLUTIONS[fmt.name]))


def not_acceptable(kind: str, formats: dict[str, Format]) -> Answer:
    offered = ", ".join(f.media_type for f in formats.values())
    return Answer.error(406, f"none of the Accept header's media types fits this query's {kind}; offered: {offered}")
