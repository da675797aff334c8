"""The read interface the pages use: rows and triples of a SPARQL query on one graph version.

A page runs several queries; it gets one view and every query of the page goes to the same
loaded build, so a page never mixes an old graph with a new one. Page queries are our own,
bounded with LIMITs, and run in the server process (user queries go to the workers). A view
is a thin wrapper over a :class:`bomay.graph.store.Store`: the in-memory snapshot of a local
build, or a remote server.
"""

from __future__ import annotations

import contextlib
from typing import Protocol

import pyoxigraph as ox

from bomay.graph.errors import mapped_errors
from bomay.graph.memory import MemoryStore
from bomay.graph.store import QueryResult, Reader, Term, solutions_to_result
from bomay.namespaces import sparql_prologue
from bomay.web.workers import ForkGate

Row = dict[str, Term | None]
_PROLOGUE = sparql_prologue()


class GraphView(Protocol):
    def rows(self, sparql: str) -> list[Row]: ...

    def triples(self, sparql: str) -> list[ox.Triple]: ...


class StoreView:
    """Page queries (prefixes supplied) on a store; with a gate, each query holds it shared so
    that no fork of a query worker happens while the engine is in use."""

    def __init__(self, store: Reader, gate: ForkGate | None = None) -> None:
        self.store = store
        self.gate = gate

    def _shared(self) -> contextlib.AbstractContextManager[None]:
        return self.gate.shared() if self.gate is not None else contextlib.nullcontext()

    def _result(self, sparql: str) -> QueryResult:
        with self._shared():
            result = self.store.raw_query(sparql)
            with mapped_errors():
                return solutions_to_result(result)

    def rows(self, sparql: str) -> list[Row]:
        return self._result(_PROLOGUE + sparql).dicts()

    def triples(self, sparql: str) -> list[ox.Triple]:
        return self._result(_PROLOGUE + sparql).triples

    def query(self, sparql: str) -> QueryResult:
        """The Store protocol's query, so named-query parameters resolve names on this version."""
        return self._result(sparql)


class LocalView(StoreView):
    """Queries on the in-memory store of one loaded build."""

    frozen = True  # one loaded build, never changed: prepared named queries may be kept for it

    def __init__(self, store: ox.Store, gate: ForkGate) -> None:
        super().__init__(MemoryStore(store), gate)


class RemoteView(StoreView):
    """Queries on a remote SPARQL endpoint (whatever version it holds at the time)."""


def value(term: Term | None) -> str:
    return "" if term is None else term.value if hasattr(term, "value") else str(term)
