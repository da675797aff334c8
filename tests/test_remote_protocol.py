"""How the remote store talks to a server, checked against a scripted server (httpx's mock
transport): what it sends for each query form, how it names bomay's graphs, how it notices a row
cap and pages, and how a wrong answer becomes one clear error. The real servers are in
test_remote.py and test_servers.py."""

from __future__ import annotations

import json
from urllib.parse import parse_qsl

import httpx
import pytest

from bomay.errors import QueryError, StoreError
from bomay.graph.remote import REGISTRY, RemoteStore, endpoints
from bomay.namespaces import GRAPH

LIVE = [GRAPH + "ontology", GRAPH + "reference/units-2025"]


def results(variables: list[str], rows: list[list[str]]) -> dict:
    return {"head": {"vars": variables},
            "results": {"bindings": [{v: {"type": "literal", "value": x} for v, x in zip(variables, row, strict=True)}
                                     for row in rows]}}


class Server:
    """A scripted SPARQL server: answers ASK {}, the registry, and SELECTs from a table of rows."""

    def __init__(self, rows: int = 3, cap: int | None = None, construct_type: str = "application/n-triples") -> None:
        self.requests: list[httpx.Request] = []
        self.rows = rows
        self.cap = cap
        self.construct_type = construct_type

    def fields(self, request: httpx.Request) -> list[tuple[str, str]]:
        if request.method == "GET":
            return list(request.url.params.multi_items())
        return parse_qsl(request.content.decode())

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        fields = self.fields(request)
        query = dict(fields)["query"]
        headers = {"X-SPARQL-MaxRows": str(self.cap)} if self.cap else {}
        if query == "ASK {}":
            return httpx.Response(200, json={"head": {}, "boolean": True},
                                  headers={"Content-Type": "application/sparql-results+json"})
        if REGISTRY in [v for k, v in fields if k == "default-graph-uri"]:
            return httpx.Response(200, json=results(["g"], [[g] for g in LIVE]) | {
                "results": {"bindings": [{"g": {"type": "uri", "value": g}} for g in
                                         [*LIVE, "http://www.openlinksw.com/schemas/virtrdf#"]]}},
                                  headers={"Content-Type": "application/sparql-results+json"})
        if query.startswith("CONSTRUCT"):
            return httpx.Response(200, content=b"<http://a> <http://b> <http://c> .\n",
                                  headers={"Content-Type": self.construct_type})
        if query.startswith("SELECT ?bad"):
            return httpx.Response(200, content=b"<html>oops</html>", headers={"Content-Type": "text/html"})
        start, count = 0, self.rows
        if "OFFSET" in query:
            start = int(query.rsplit("OFFSET", 1)[1])
            count = min(int(query.rsplit("LIMIT", 1)[1].split()[0]), self.rows - start)
        if self.cap:
            count = min(count, self.cap)
        body = results(["n"], [[str(i)] for i in range(start, start + max(count, 0))])
        return httpx.Response(200, content=json.dumps(body).encode(),
                              headers={"Content-Type": "application/sparql-results+json", **headers})


def store(server: Server, url: str = "http://db.example/sparql", **env: str) -> RemoteStore:
    return RemoteStore(url, transport=httpx.MockTransport(server), env=env)


def test_queries_name_bomays_graphs_and_nothing_else() -> None:
    server = Server()
    result = store(server).query("SELECT ?n WHERE { ?s ?p ?n }")
    assert len(result.rows) == 3
    sent = server.fields(server.requests[-1])
    # the server's own graphs (Virtuoso's virtrdf#) are never named, the registry only for itself
    assert [v for k, v in sent if k == "default-graph-uri"] == LIVE
    assert [v for k, v in sent if k == "named-graph-uri"] == LIVE
    assert server.requests[-1].headers["accept"].startswith("application/sparql-results+json")


def test_short_queries_go_as_get_long_ones_as_a_form() -> None:
    server = Server()
    s = store(server)
    s.query("SELECT ?n WHERE { ?s ?p ?n }")
    assert server.requests[-1].method == "GET"
    s.query("SELECT ?n WHERE { ?s ?p ?n } # " + "x" * 3000)
    last = server.requests[-1]
    assert last.method == "POST" and last.headers["content-type"] == "application/x-www-form-urlencoded"


def test_construct_asks_for_triples_and_a_wrong_answer_is_one_clear_error() -> None:
    server = Server()
    triples = store(server).query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }").triples
    assert len(triples) == 1 and server.requests[-1].headers["accept"].startswith("application/n-triples")
    with pytest.raises(QueryError, match="not RDF triples"):
        store(Server(construct_type="text/html")).query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
    with pytest.raises(QueryError, match="not SPARQL results"):
        store(Server()).query("SELECT ?bad WHERE { ?s ?p ?bad }")


def test_a_row_cap_is_noticed_and_the_rest_read_page_by_page() -> None:
    server = Server(rows=25, cap=10)
    rows = store(server).query("SELECT ?n WHERE { ?s ?p ?n } ORDER BY ?n").rows
    assert [int(r[0].value) for r in rows] == list(range(25))
    pages = [dict(server.fields(r))["query"] for r in server.requests if "OFFSET" in str(server.fields(r))]
    assert len(pages) == 3 and all(p.startswith("SELECT * WHERE { {") for p in pages)  # sorted inside
    with pytest.raises(QueryError, match="at most 10 rows"):
        store(Server(rows=25, cap=10)).query("SELECT ?n WHERE { ?s ?p ?n } LIMIT 20")


def test_endpoint_presets_and_overrides() -> None:
    assert endpoints("http://h:8890/sparql", {}).gsp == "http://h:8890/sparql-graph-crud"
    auth = endpoints("http://h:8890/sparql", {"BOMAY_STORE_USER": "u"})
    assert auth.query == auth.update == "http://h:8890/sparql-auth"
    ox_ = endpoints("http://h:7878/query", {})
    assert (ox_.query, ox_.update, ox_.gsp) == ("http://h:7878/query", "http://h:7878/update", "http://h:7878/store")
    fuseki = endpoints("http://h:3030/ds/sparql", {"BOMAY_STORE_KIND": "fuseki"})
    assert (fuseki.update, fuseki.gsp) == ("http://h:3030/ds/update", "http://h:3030/ds/data")
    assert endpoints("http://h/q", {"BOMAY_GSP_URL": "http://h/g"}).gsp == "http://h/g"
    with pytest.raises(StoreError, match="BOMAY_STORE_KIND"):
        endpoints("http://h/q", {"BOMAY_STORE_KIND": "graphdb"})


def test_credentials_digest_basic_or_bearer() -> None:
    seen: list[httpx.Request] = []

    def server(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if "authorization" not in request.headers:
            return httpx.Response(401, headers={"WWW-Authenticate": 'Digest realm="SPARQL", nonce="abc", qop="auth"'})
        return httpx.Response(200, json={"head": {}, "boolean": True},
                              headers={"Content-Type": "application/sparql-results+json"})

    RemoteStore("http://h/sparql", transport=httpx.MockTransport(server),
                env={"BOMAY_STORE_USER": "dba", "BOMAY_STORE_PASSWORD": "pw", "BOMAY_STORE_AUTH": "digest"}).check()
    assert seen[-1].headers["authorization"].startswith("Digest username=\"dba\"")
    RemoteStore("http://h/sparql", transport=httpx.MockTransport(server), env={"BOMAY_TOKEN": "t"}).check()
    assert seen[-1].headers["authorization"] == "Bearer t"

    def refusing(request: httpx.Request) -> httpx.Response:
        return httpx.Response(401)

    with pytest.raises(StoreError, match="credentials"):
        RemoteStore("http://h/sparql", transport=httpx.MockTransport(refusing), env={}).check()


def test_a_url_that_is_no_sparql_endpoint_is_named_at_start() -> None:
    def web_page(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b"<html></html>", headers={"Content-Type": "text/html"})

    with pytest.raises(StoreError, match="not a SPARQL query endpoint"):
        RemoteStore("http://h/sparql", transport=httpx.MockTransport(web_page), env={}).query("ASK {}")
