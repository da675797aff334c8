"""The read interface the pages use: rows and triples of a SPARQL query on one graph version.

A page runs several queries; it gets one view and every query of the page goes to the same
loaded build, so a page never mixes an old graph with a new one. Page queries are our own,
bounded with LIMITs, and run in the server process (user queries go to the workers).
"""

from __future__ import annotations

from typing import Protocol

import pyoxigraph as ox

from bomay.errors import QueryError
from bomay.graph.store import QueryResult, Term, solutions_to_result
from bomay.namespaces import sparql_prologue
from bomay.web.workers import ForkGate

Row = dict[str, Term | None]
_PROLOGUE = sparql_prologue()


class GraphView(Protocol):
    def rows(self, sparql: str) -> list[Row]: ...

    def triples(self, sparql: str) -> list[ox.Triple]: ...


class LocalView:
    """Queries on the in-memory store of one loaded build."""

    def __init__(self, store: ox.Store, gate: ForkGate) -> None:
        self.store = store
        self.gate = gate

    def _run(self, sparql: str) -> object:
        try:
            return self.store.query(_PROLOGUE + sparql, use_default_graph_as_union=True)
        except SyntaxError as exc:
            raise QueryError(f"page query is malformed: {exc}") from exc

    def rows(self, sparql: str) -> list[Row]:
        with self.gate.shared():
            result = self._run(sparql)
            assert isinstance(result, ox.QuerySolutions)
            names = [v.value for v in result.variables]
            return [{n: sol[n] for n in names} for sol in result]

    def triples(self, sparql: str) -> list[ox.Triple]:
        with self.gate.shared():
            result = self._run(sparql)
            assert isinstance(result, ox.QueryTriples)
            return list(result)

    def query(self, sparql: str) -> QueryResult:
        """The Store protocol's query, so named-query parameters resolve names on this version."""
        with self.gate.shared():
            try:
                return solutions_to_result(self.store.query(sparql, use_default_graph_as_union=True))
            except SyntaxError as exc:
                raise QueryError(f"SPARQL syntax error: {exc}") from exc


class RemoteView:
    """Queries on a remote SPARQL endpoint (whatever version it holds at the time)."""

    def __init__(self, store: object) -> None:
        from bomay.graph.remote import RemoteStore

        assert isinstance(store, RemoteStore)
        self.store = store

    def rows(self, sparql: str) -> list[Row]:
        return self.store.query(_PROLOGUE + sparql).dicts()

    def triples(self, sparql: str) -> list[ox.Triple]:
        return self.store.query(_PROLOGUE + sparql).triples

    def query(self, sparql: str) -> QueryResult:
        return self.store.query(sparql)


def value(term: Term | None) -> str:
    return "" if term is None else term.value if hasattr(term, "value") else str(term)
