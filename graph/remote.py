"""A remote store: any SPARQL 1.1 endpoint, spoken to with the Query, Update and Graph Store
protocols (tested against ``oxigraph serve``).

The store location is the query endpoint URL. The update and graph-store endpoints are found
by the convention of Oxigraph and Fuseki (``.../query`` -> ``.../update`` and ``.../store``),
or given with ``BOMAY_UPDATE_URL`` and ``BOMAY_GSP_URL``. A bearer token for writes comes from
``BOMAY_TOKEN``.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import cast

import httpx
import pyoxigraph as ox

from bomay.errors import QueryError, StoreError
from bomay.graph.store import GraphPart, Progress, QueryResult, solutions_to_result

TIMEOUT = httpx.Timeout(connect=10.0, read=600.0, write=600.0, pool=10.0)
RESULTS_JSON = "application/sparql-results+json"
N_TRIPLES = "application/n-triples"
N_QUADS = "application/n-quads"


def _sibling(url: str, name: str) -> str:
    base = url.rstrip("/")
    for tail in ("/query", "/sparql"):
        if base.endswith(tail):
            return base[: -len(tail)] + "/" + name
    return base + "/" + name


class RemoteStore:
    """A SPARQL endpoint used as the store."""

    def __init__(self, url: str) -> None:
        self.location = url
        self.query_url = url
        self.update_url = os.environ.get("BOMAY_UPDATE_URL") or _sibling(url, "update")
        self.gsp_url = os.environ.get("BOMAY_GSP_URL") or _sibling(url, "store")
        headers = {}
        token = os.environ.get("BOMAY_TOKEN")
        if token:
            headers["Authorization"] = f"Bearer {token}"
        self._client = httpx.Client(timeout=TIMEOUT, headers=headers)

    def _send(self, method: str, url: str, **kwargs: object) -> httpx.Response:
        try:
            response = self._client.request(method, url, **kwargs)  # type: ignore[arg-type]
        except httpx.HTTPError as exc:
            raise StoreError(f"cannot reach the SPARQL endpoint {url}: {exc}") from exc
        if response.status_code == 400:
            raise QueryError(f"the endpoint rejected the request: {response.text.strip()[:500]}")
        if response.status_code >= 400:
            raise StoreError(f"{method} {url} answered {response.status_code}: {response.text.strip()[:300]}")
        return response

    def query(self, sparql: str) -> QueryResult:
        response = self._send(
            "POST",
            self.query_url,
            content=sparql.encode("utf-8"),
            headers={
                "Content-Type": "application/sparql-query",
                "Accept": f"{RESULTS_JSON}, {N_TRIPLES};q=0.9",
            },
        )
        ctype = response.headers.get("content-type", "").split(";")[0].strip()
        if ctype == RESULTS_JSON:
            return solutions_to_result(ox.parse_query_results(response.content, format=ox.QueryResultsFormat.JSON))
        if ctype in (N_TRIPLES, "text/turtle"):
            fmt = ox.RdfFormat.N_TRIPLES if ctype == N_TRIPLES else ox.RdfFormat.TURTLE
            return QueryResult(kind="graph", triples=list(ox.parse(response.content, format=fmt)))
        raise StoreError(f"the endpoint answered with an unexpected content type {ctype!r}")

    def update(self, sparql_update: str) -> None:
        self._send(
            "POST",
            self.update_url,
            content=sparql_update.encode("utf-8"),
            headers={"Content-Type": "application/sparql-update"},
        )

    def named_graphs(self) -> list[str]:
        result = self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }")
        return sorted(row[0].value for row in result.rows if isinstance(row[0], ox.NamedNode))

    def replace_graphs(self, parts: Iterable[GraphPart], progress: Progress | None = None) -> int:
        """Each graph is replaced by one Graph Store PUT, which the server applies atomically.

        All parts are serialised before the first request, so a part that cannot be
        serialised leaves the endpoint untouched.
        """
        bodies = [(part, ox.serialize(part.triples, format=ox.RdfFormat.N_TRIPLES)) for part in parts]
        written = 0
        for part, body in bodies:
            self._send(
                "PUT",
                self.gsp_url,
                params={"graph": part.graph},
                content=body,
                headers={"Content-Type": N_TRIPLES},
            )
            written += len(part)
            if progress:
                progress(part.graph, len(part))
        return written

    def rebuild(self, parts: Iterable[GraphPart], progress: Progress | None = None) -> int:
        materialised = list(parts)
        keep = {p.graph for p in materialised}
        written = self.replace_graphs(materialised, progress)
        for stale in set(self.named_graphs()) - keep:
            self._send("DELETE", self.gsp_url, params={"graph": stale})
        return written

    def dump(self, fmt: ox.RdfFormat, graph: str | None = None) -> bytes:
        if graph is not None:
            response = self._send("GET", self.gsp_url, params={"graph": graph}, headers={"Accept": N_TRIPLES})
            triples = ox.parse(response.content, format=ox.RdfFormat.N_TRIPLES)
            return cast(bytes, ox.serialize(triples, format=fmt))
        response = self._send("GET", self.gsp_url, headers={"Accept": N_QUADS})
        quads = list(ox.parse(response.content, format=ox.RdfFormat.N_QUADS))
        if fmt.supports_datasets:
            return cast(bytes, ox.serialize(quads, format=fmt))
        union = {ox.Triple(q.subject, q.predicate, q.object) for q in quads}
        return cast(bytes, ox.serialize(sorted(union, key=str), format=fmt))
