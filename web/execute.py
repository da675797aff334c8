"""Running one user query to the bytes of its HTTP answer, with the result-size limit applied.

Results are serialised by pyoxigraph itself, never rebuilt as Python objects, into a sink that
counts rows as the bytes go by and stops the writer the moment the limit is passed. TSV (a
newline per row) and XML (a ``<result>`` per row; ``<`` is always escaped in text) count exactly.
JSON is counted by the ``},{`` that separates rows, an upper bound, since a string may hold
those bytes too: only when that bound passes the limit is the query re-run in TSV to count
exactly. Formats without a countable shape (CSV, Turtle, JSON-LD, RDF/XML) are written in the
line-per-row format first and converted, again by pyoxigraph; the same conversion serves
answers proxied from a remote endpoint.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import IO, cast

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


class MarkerCountingSink(io.RawIOBase):
    """A binary sink that keeps what is written and stops the writer once ``marker`` has been
    written more than ``limit`` times (markers split across two writes included)."""

    def __init__(self, marker: bytes, limit: int) -> None:
        super().__init__()
        self.marker = marker
        self.limit = limit
        self.count = 0
        self.chunks: list[bytes] = []
        self._tail = b""

    def writable(self) -> bool:
        return True

    def write(self, data: bytes) -> int:  # type: ignore[override]
        chunk = bytes(data)
        if len(self.marker) == 1:
            self.count += chunk.count(self.marker)
        else:
            joined = self._tail + chunk
            self.count += joined.count(self.marker)
            # Keep the bytes that could start a marker completed by the next write, but none
            # of a marker already counted.
            keep = len(self.marker) - 1
            last = joined.rfind(self.marker)
            self._tail = joined[max(len(joined) - keep, last + len(self.marker) if last >= 0 else 0):]
        if self.count > self.limit:
            raise TooManyResults
        self.chunks.append(chunk)
        return len(chunk)

    def value(self) -> bytes:
        return b"".join(self.chunks)


class LineCountingSink(MarkerCountingSink):
    """Stops the writer past ``max_lines`` lines (TSV rows plus header, N-Triples triples)."""

    def __init__(self, max_lines: int) -> None:
        super().__init__(b"\n", max_lines)


# How rows show in each directly written format: (marker, markers per answer beyond the rows,
# whether the count is exact). JSON's "},{" sits between rows, so n rows show n - 1 of them.
_ROW_MARKERS = {"tsv": (b"\n", 1, True), "xml": (b"<result>", 0, True), "json": (b"},{", -1, False)}


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
            return boolean_answer(result, job)
        if isinstance(result, ox.QuerySolutions):
            fmt = job.solutions_format
            if fmt is not None and fmt.name in _ROW_MARKERS:
                return solutions_direct(store, result, fmt, job, options)
            return solutions_via_tsv(result, job)
        sink = LineCountingSink(job.max_results)
        result.serialize(cast(IO[bytes], sink), format=ox.RdfFormat.N_TRIPLES)
        return convert(sink.value(), N_TRIPLES, job)
    except TooManyResults:
        kind = "rows" if isinstance(result, ox.QuerySolutions) else "triples"
        return too_many(job.max_results, kind)
    except SyntaxError as exc:
        return Answer.error(400, f"SPARQL syntax error: {exc}")
    except (OSError, ValueError, RuntimeError, TypeError) as exc:
        return Answer.error(400, f"query failed: {exc}")


def boolean_answer(result: ox.QueryBoolean, job: QueryJob) -> Answer:
    fmt = job.solutions_format
    if fmt is None:
        return not_acceptable("solutions (SELECT/ASK)", SOLUTION_FORMATS)
    if fmt.name in ("csv", "tsv"):
        # CSV/TSV have no boolean form; answer the one-word text most clients expect.
        return Answer(200, fmt.media_type, b"true\n" if bool(result) else b"false\n")
    return Answer(200, fmt.media_type, cast(bytes, result.serialize(format=OX_SOLUTIONS[fmt.name])))


def solutions_direct(store: ox.Store, result: ox.QuerySolutions, fmt: Format, job: QueryJob,
                     options: dict[str, object]) -> Answer:
    """Write the rows straight in the chosen format, counting them on the way."""
    marker, extra, exact = _ROW_MARKERS[fmt.name]
    sink = MarkerCountingSink(marker, job.max_results + extra)
    try:
        result.serialize(cast(IO[bytes], sink), format=OX_SOLUTIONS[fmt.name])
    except TooManyResults:
        if exact:
            raise
        # The upper bound passed the limit: count exactly (rare: big answers, or strings
        # holding the marker) by running the query again in TSV.
        rerun = store.query(job.sparql, **options)  # type: ignore[arg-type]
        assert isinstance(rerun, ox.QuerySolutions)
        return solutions_via_tsv(rerun, job)
    return Answer(200, fmt.media_type, sink.value())


def solutions_via_tsv(result: ox.QuerySolutions, job: QueryJob) -> Answer:
    sink = LineCountingSink(job.max_results + 1)  # one header line
    result.serialize(cast(IO[bytes], sink), format=ox.QueryResultsFormat.TSV)
    return convert(sink.value(), TSV, job)


def convert(body: bytes, media_type: str, job: QueryJob) -> Answer:
    """Re-serialise a TSV / N-Triples / SPARQL-JSON body in the format the client chose."""
    if media_type == N_TRIPLES or media_type == "text/turtle":
        fmt = job.graph_format
        if fmt is None:
            return not_acceptable("triples (CONSTRUCT/DESCRIBE)", GRAPH_FORMATS)
        if fmt.name == "ntriples" and media_type == N_TRIPLES:
            return Answer(200, fmt.media_type, body)
        rdf_source = ox.RdfFormat.N_TRIPLES if media_type == N_TRIPLES else ox.RdfFormat.TURTLE
        triples = ox.parse(body, format=rdf_source)
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
    return Answer(200, fmt.media_type, cast(bytes, parsed.serialize(format=OX_SOLUTIONS[fmt.name])))


def not_acceptable(kind: str, formats: dict[str, Format]) -> Answer:
    offered = ", ".join(f.media_type for f in formats.values())
    return Answer.error(406, f"none of the Accept header's media types fits this query's {kind}; offered: {offered}")
