"""The one way a query becomes bytes: run it on a store, serialise the answer, apply the row limit.

The CLI (``bomay query --format csv``), the SPARQL endpoint's worker processes and the proxy to a
remote server all call :func:`execute`. Whatever store ran it (a build on disk, the in-memory
snapshot, a remote endpoint), the result is a pyoxigraph result object and pyoxigraph writes it,
straight into a sink that counts rows as the bytes go by and stops the writer the moment the
limit is passed. TSV (a newline per row) and XML (a ``<result>`` per row; ``<`` is always
escaped in text) count exactly. JSON is counted by the ``},{`` that separates rows, an upper
bound, since a string may hold those bytes too: only when that bound passes the limit is the
query re-run in TSV to count exactly. Formats without a countable shape (CSV, Turtle, JSON-LD,
RDF/XML) are written in the line-per-row format first and converted, again by pyoxigraph.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import IO, cast

import pyoxigraph as ox

from bomay.errors import BomayError
from bomay.graph.errors import http_status, query_error
from bomay.graph.formats import GRAPH_FORMATS, SOLUTION_FORMATS, Format, used_prefixes
from bomay.graph.store import Dataset, Reader

TSV = "text/tab-separated-values"
N_TRIPLES = "application/n-triples"
NO_LIMIT = 1 << 62


@dataclass
class QueryJob:
    """A query and how to answer it: dataset, formats per result kind, and the row limit."""

    sparql: str
    solutions_format: Format | None
    graph_format: Format | None
    max_results: int = NO_LIMIT
    default_graphs: list[str] | None = None
    named_graphs: list[str] | None = None

    @property
    def dataset(self) -> Dataset | None:
        if self.default_graphs is None and self.named_graphs is None:
            return None
        return Dataset(self.default_graphs, self.named_graphs)


@dataclass
class Answer:
    status: int
    media_type: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def error(cls, status: int, message: str) -> Answer:
        return cls(status, "text/plain; charset=utf-8", (message.rstrip() + "\n").encode("utf-8"))

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")


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


def execute(store: Reader, job: QueryJob) -> Answer:
    """Run job on store and serialise the answer; user errors become 4xx answers, an
    unreachable or refusing store 502."""
    result: object = None
    try:
        result = store.raw_query(job.sparql, job.dataset)
        if isinstance(result, ox.QueryBoolean):
            return boolean_answer(result, job)
        if isinstance(result, ox.QuerySolutions):
            fmt = job.solutions_format
            if fmt is not None and fmt.name in _ROW_MARKERS:
                return solutions_direct(store, result, fmt, job)
            return solutions_via_tsv(result, job)
        sink = LineCountingSink(job.max_results)
        write_triples(result, sink)
        return convert(sink.value(), N_TRIPLES, job)
    except TooManyResults:
        kind = "rows" if isinstance(result, ox.QuerySolutions) else "triples"
        return too_many(job.max_results, kind)
    except BomayError as exc:
        return Answer.error(http_status(exc), str(exc))
    except (SyntaxError, OSError, ValueError, RuntimeError, TypeError) as exc:
        error = query_error(exc)
        return Answer.error(http_status(error), str(error))


def write_triples(result: object, sink: io.RawIOBase) -> None:
    """N-Triples of a CONSTRUCT/DESCRIBE result: pyoxigraph's own object, or triples parsed from an endpoint."""
    if isinstance(result, ox.QueryTriples):
        result.serialize(cast(IO[bytes], sink), format=ox.RdfFormat.N_TRIPLES)
    else:
        ox.serialize(result, cast(IO[bytes], sink), format=ox.RdfFormat.N_TRIPLES)  # type: ignore[arg-type]


def boolean_answer(result: ox.QueryBoolean, job: QueryJob) -> Answer:
    fmt = job.solutions_format
    if fmt is None:
        return not_acceptable("solutions (SELECT/ASK)", SOLUTION_FORMATS)
    if fmt.name in ("csv", "tsv"):
        # CSV/TSV have no boolean form; answer the one-word text most clients expect.
        return Answer(200, fmt.media_type, b"true\n" if bool(result) else b"false\n")
    return Answer(200, fmt.media_type, result.serialize(format=fmt.results_format) or b"")


def solutions_direct(store: Reader, result: ox.QuerySolutions, fmt: Format, job: QueryJob) -> Answer:
    """Write the rows straight in the chosen format, counting them on the way."""
    marker, extra, exact = _ROW_MARKERS[fmt.name]
    sink = MarkerCountingSink(marker, job.max_results + extra)
    try:
        result.serialize(cast(IO[bytes], sink), format=fmt.results_format)
    except TooManyResults:
        if exact:
            raise
        # The upper bound passed the limit: count exactly (rare: big answers, or strings
        # holding the marker) by running the query again in TSV.
        rerun = store.raw_query(job.sparql, job.dataset)
        assert isinstance(rerun, ox.QuerySolutions)
        return solutions_via_tsv(rerun, job)
    return Answer(200, fmt.media_type, sink.value())


def solutions_via_tsv(result: ox.QuerySolutions, job: QueryJob) -> Answer:
    sink = LineCountingSink(job.max_results + 1)  # one header line
    result.serialize(cast(IO[bytes], sink), format=ox.QueryResultsFormat.TSV)
    return convert(sink.value(), TSV, job)


def convert(body: bytes, media_type: str, job: QueryJob) -> Answer:
    """Re-serialise a TSV / N-Triples body (written by :func:`execute`) in the format the client chose."""
    if media_type == N_TRIPLES:
        fmt = job.graph_format
        if fmt is None:
            return not_acceptable("triples (CONSTRUCT/DESCRIBE)", GRAPH_FORMATS)
        if fmt.name == "ntriples":
            return Answer(200, fmt.media_type, body)
        triples = ox.parse(body, format=ox.RdfFormat.N_TRIPLES)
        if fmt.name == "turtle":
            out = ox.serialize(triples, format=fmt.rdf_format, prefixes=used_prefixes(body))
        else:
            out = ox.serialize(triples, format=fmt.rdf_format)
        return Answer(200, fmt.media_type, out or b"")
    fmt = job.solutions_format
    if fmt is None:
        return not_acceptable("solutions (SELECT/ASK)", SOLUTION_FORMATS)
    if fmt.name == "tsv":
        return Answer(200, fmt.media_type, body)
    parsed = ox.parse_query_results(body, format=ox.QueryResultsFormat.TSV)
    return Answer(200, fmt.media_type, parsed.serialize(format=fmt.results_format) or b"")


def not_acceptable(kind: str, formats: dict[str, Format]) -> Answer:
    offered = ", ".join(f.media_type for f in formats.values())
    return Answer.error(406, f"none of the Accept header's media types fits this query's {kind}; offered: {offered}")
