"""Queries on a pyoxigraph database, and the in-memory snapshot store the web server reads.

Both the build on disk and the in-memory copy are pyoxigraph ``Store`` objects: ``engine_query``
is how either runs SPARQL, with the protocol's dataset and the one error mapping.
"""

from __future__ import annotations

import pyoxigraph as ox

from bomay.errors import QueryError
from bomay.graph.errors import mapped_errors
from bomay.graph.store import Dataset, QueryResult, solutions_to_result


def engine_options(dataset: Dataset | None) -> dict[str, object]:
    """pyoxigraph's query options for a dataset: the protocol's graphs, else the union of all graphs."""
    if dataset is None:
        return {"use_default_graph_as_union": True}
    try:
        options: dict[str, object] = {}
        defaults = [ox.NamedNode(g) for g in dataset.default_graphs or []]
        options["default_graph"] = defaults or ox.DefaultGraph()
        if dataset.named_graphs is not None:
            options["named_graphs"] = [ox.NamedNode(g) for g in dataset.named_graphs]
    except ValueError as exc:
        raise QueryError(f"bad graph IRI in default-graph-uri or named-graph-uri: {exc}") from exc
    return options


def engine_query(store: ox.Store, sparql: str, dataset: Dataset | None = None) -> object:
    """pyoxigraph's own result object for sparql on store; failures as bomay errors."""
    options = engine_options(dataset)
    with mapped_errors():
        return store.query(sparql, **options)  # type: ignore[arg-type]


class MemoryStore:
    """One loaded version of the graph held in memory: read-only, shared by the server's threads
    and (copy-on-write) by its forked query workers."""

    frozen = True  # never changed once loaded: prepared named queries may be kept for it

    def __init__(self, store: ox.Store, location: str = "memory") -> None:
        self.db = store
        self.location = location

    def raw_query(self, sparql: str, dataset: Dataset | None = None) -> object:
        return engine_query(self.db, sparql, dataset)

    def query(self, sparql: str) -> QueryResult:
        result = self.raw_query(sparql)
        with mapped_errors():
            return solutions_to_result(result)

    def named_graphs(self) -> list[str]:
        return sorted(g.value for g in self.db.named_graphs() if isinstance(g, ox.NamedNode))
