"""What every store can do, and how to open the one a user named.

Three stores speak this protocol: a build on disk (:mod:`bomay.graph.local`), the in-memory
snapshot the web server queries (:mod:`bomay.graph.memory`) and a SPARQL server
(:mod:`bomay.graph.remote`). Everything that reads the graph (CLI, web, analytics) goes through
``raw_query``/``query`` and :func:`bomay.graph.execute.execute`.

Writes are always whole named graphs: a source (the ontology, a reference dataset, one
document) owns its graph, and loading it again replaces that graph. That keeps provenance
simple (the graph is the unit of retraction) and lets every write be all-or-nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Protocol, cast

import pyoxigraph as ox

from bomay.config import default_store_location, is_remote

Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple


@dataclass
class GraphPart:
    """The full content of one named graph, as produced by a loader."""

    graph: str
    triples: list[ox.Triple] = field(default_factory=list)
    title: str = ""

    def __len__(self) -> int:
        return len(self.triples)

    def quads(self) -> Iterator[ox.Quad]:
        name = ox.NamedNode(self.graph)
        for t in self.triples:
            yield ox.Quad(t.subject, t.predicate, t.object, name)


@dataclass(frozen=True)
class Dataset:
    """A query's dataset as the SPARQL protocol names it: the graphs merged into the default
    graph and the graphs ``GRAPH`` may visit (None: the store's own choice, bomay's graphs)."""

    default_graphs: list[str] | None = None
    named_graphs: list[str] | None = None


@dataclass
class QueryResult:
    """A SPARQL result in one shape whatever the store: solutions, a boolean, or triples."""

    kind: str  # "solutions" | "boolean" | "graph"
    variables: list[str] = field(default_factory=list)
    rows: list[tuple[Term | None, ...]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[ox.Triple] = field(default_factory=list)

    def dicts(self) -> list[dict[str, Term | None]]:
        return [dict(zip(self.variables, row, strict=True)) for row in self.rows]


Progress = Callable[[str, int], None]


class Reader(Protocol):
    """What reading needs: every store, and the in-memory snapshot the server's workers share."""

    location: str

    def raw_query(self, sparql: str, dataset: Dataset | None = None) -> object:
        """pyoxigraph's result object (QuerySolutions, QueryBoolean, QueryTriples or a list of
        triples); failures raised as bomay errors. Without a dataset the default graph is the
        union of bomay's graphs."""
        ...

    def query(self, sparql: str) -> QueryResult:
        """The whole result, read into a QueryResult."""
        ...


class Store(Reader, Protocol):
    """The operations bomay needs from a store it builds: a directory or a remote server."""

    def replace_graphs(self, parts: Iterable[GraphPart], progress: Progress | None = None) -> int:
        """Replace each part's named graph with its triples, all or nothing; returns triples written."""
        ...

    def rebuild(self, parts: Iterable[GraphPart], progress: Progress | None = None) -> int:
        """Replace the whole dataset with these graphs, all or nothing; returns triples written."""
        ...

    def dump(self, fmt: ox.RdfFormat, graph: str | None = None) -> bytes: ...

    def named_graphs(self) -> list[str]: ...


def open_store(location: str | None = None) -> Store:
    """The store at a directory or endpoint URL (default: ``BOMAY_STORE`` or the data directory)."""
    location = location or default_store_location()
    if is_remote(location):
        from bomay.graph.remote import RemoteStore

        return RemoteStore(location)
    from bomay.graph.local import LocalStore

    return LocalStore(location)


def solutions_to_result(result: object) -> QueryResult:
    """Turn whatever pyoxigraph returned (solutions, boolean, triples) into a QueryResult."""
    if isinstance(result, ox.QueryBoolean):
        return QueryResult(kind="boolean", boolean=bool(result))
    if isinstance(result, ox.QuerySolutions):
        variables = [v.value for v in result.variables]
        # A solution iterates over its values in the order of ``result.variables`` (unbound ones
        # as None), so tuple() is the row; looking each variable up by name cost more than a
        # millisecond query's own engine time.
        rows = [tuple(sol) for sol in result]
        return QueryResult(kind="solutions", variables=variables, rows=rows)
    return QueryResult(kind="graph", triples=list(cast(ox.QueryTriples, result)))
