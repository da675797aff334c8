"""Writes: off without a token; with one, /update and the Graph Store Protocol need it, change
the persistent store through its atomic switch, and readers see the old graph or the new one."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient

from bomay.graph.local import LocalStore
from bomay.graph.store import GraphPart
from bomay.web.app import create_app
from bomay.web.config import ServeConfig
from bomay.web.testing import build_store

FIXTURE = Path(__file__).parent / "fixtures" / "web_sample.ttl"
TOKEN = "s3cret-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
PAIR_GRAPH = "https://w3id.org/bomay/graph/test/pair"


def pair_part(version: int) -> GraphPart:
    """Two triples that always change together: a reader must never see them disagree."""
    v = ox.NamedNode("urn:test:version")
    return GraphPart(PAIR_GRAPH, [ox.Triple(ox.NamedNode(f"urn:test:{side}"), v, ox.Literal(str(version)))
                                  for side in ("a", "b")])


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    path = tmp_path / "store"
    build_store(path, [FIXTURE], extra=[pair_part(0)])
    return path


@pytest.fixture
def client(store_path: Path) -> Iterator[TestClient]:
    config = ServeConfig(store=str(store_path), token=TOKEN, poll_interval=0.1, max_body=100_000)
    with TestClient(create_app(config)) as test_client:
        yield test_client


def count(client: TestClient, pattern: str) -> int:
    response = client.get("/sparql", params={"query": f"SELECT (COUNT(*) AS ?n) WHERE {{ {pattern} }}"})
    assert response.status_code == 200, response.text
    return int(response.json()["results"]["bindings"][0]["n"]["value"])


def test_writes_are_refused_when_no_token_is_configured(store_path: Path) -> None:
    with TestClient(create_app(ServeConfig(store=str(store_path)))) as client:
        response = client.post("/update", content=b"CLEAR ALL", headers={"Content-Type": "application/sparql-update",
                                                                         **AUTH})
        assert response.status_code == 403 and "writes are disabled" in response.text
        put = client.put("/store", params={"graph": "urn:g"}, content=b"<urn:a> <urn:b> <urn:c> .",
                         headers={"Content-Type": "application/n-triples"})
        assert put.status_code == 403
        assert count(client, "?s ?p ?o") > 100


def test_update_needs_the_right_token_and_changes_the_store(client: TestClient, store_path: Path) -> None:
    update = 'INSERT DATA { GRAPH <urn:test:g> { <urn:test:x> skos:prefLabel "Thử nghiệm"@vi } }'
    missing = client.post("/update", content=update.encode(), headers={"Content-Type": "application/sparql-update"})
    assert missing.status_code == 401 and "Bearer" in missing.headers["www-authenticate"]
    wrong = client.post("/update", content=update.encode(),
                        headers={"Content-Type": "application/sparql-update", "Authorization": "Bearer nope"})
    assert wrong.status_code == 401
    assert count(client, "<urn:test:x> ?p ?o") == 0
    ok = client.post("/update", content=update.encode(), headers={"Content-Type": "application/sparql-update", **AUTH})
    assert ok.status_code == 204, ok.text
    assert count(client, "<urn:test:x> ?p ?o") == 1  # served at once
    on_disk = LocalStore(store_path).query("ASK { GRAPH <urn:test:g> { <urn:test:x> ?p ?o } }")
    assert on_disk.boolean is True  # and persisted through the store's switch
    form = client.post("/update", content=b"update=DROP+GRAPH+%3Curn%3Atest%3Ag%3E",
                       headers={"Content-Type": "application/x-www-form-urlencoded", **AUTH})
    assert form.status_code == 204
    assert count(client, "<urn:test:x> ?p ?o") == 0


def test_a_failing_update_leaves_the_store_untouched(client: TestClient, store_path: Path) -> None:
    before = LocalStore(store_path).current_path
    bad = client.post("/update", content=b"INSERT DATA { <urn:a> <urn:b> }",
                      headers={"Content-Type": "application/sparql-update", **AUTH})
    assert bad.status_code == 400 and "syntax error" in bad.text.lower()
    assert LocalStore(store_path).current_path == before


def test_graph_store_protocol_put_get_post_head_delete(client: TestClient) -> None:
    graph = "https://w3id.org/bomay/graph/test/uploaded"
    turtle = '<urn:test:u> <http://www.w3.org/2004/02/skos/core#prefLabel> "Ủy ban Thử nghiệm"@vi .'
    created = client.put("/store", params={"graph": graph}, content=turtle.encode(),
                         headers={"Content-Type": "text/turtle", **AUTH})
    assert created.status_code == 201, created.text
    got = client.get("/store", params={"graph": graph}, headers={"Accept": "application/n-triples"})
    assert got.status_code == 200 and "Ủy ban Thử nghiệm" in got.text
    assert "searchKey" in got.text  # uploads get search keys, so the name is findable
    assert client.get("/api/search", params={"q": "uy ban thu nghiem"}).json()[0]["iri"] == "urn:test:u"
    added = client.post("/store", params={"graph": graph}, content=b"<urn:test:u> <urn:test:p> <urn:test:o> .",
                        headers={"Content-Type": "application/n-triples", **AUTH})
    assert added.status_code == 204
    assert count(client, f"GRAPH <{graph}> {{ ?s ?p ?o }}") == 3
    assert client.head("/store", params={"graph": graph}).status_code == 200
    replaced = client.put("/store", params={"graph": graph}, content=b"<urn:test:u> <urn:test:p> <urn:test:z> .",
                          headers={"Content-Type": "application/n-triples", **AUTH})
    assert replaced.status_code == 204
    assert count(client, f"GRAPH <{graph}> {{ ?s ?p ?o }}") == 1
    assert client.delete("/store", params={"graph": graph}).status_code == 401
    assert client.delete("/store", params={"graph": graph}, headers=AUTH).status_code == 204
    assert client.get("/store", params={"graph": graph}).status_code == 404
    bad = client.put("/store", params={"graph": graph}, content=b"not turtle <",
                     headers={"Content-Type": "text/turtle", **AUTH})
    assert bad.status_code == 400


def test_oversized_upload_is_413(client: TestClient) -> None:
    body = b"<urn:a> <urn:b> \"" + b"x" * 200_000 + b"\" ."
    response = client.put("/store", params={"graph": "urn:g"}, content=body,
                          headers={"Content-Type": "application/n-triples", **AUTH})
    assert response.status_code == 413


def test_readers_see_the_old_graph_or_the_new_one_never_a_mix(client: TestClient, store_path: Path) -> None:
    query = "SELECT ?v WHERE { <urn:test:a> <urn:test:version> ?v }"
    both = ("SELECT ?a ?b WHERE { OPTIONAL { <urn:test:a> <urn:test:version> ?a } "
            "OPTIONAL { <urn:test:b> <urn:test:version> ?b } }")
    seen: list[tuple[str, str]] = []
    stop = threading.Event()

    def read() -> None:
        while not stop.is_set():
            rows = client.get("/sparql", params={"query": both}).json()["results"]["bindings"]
            seen.append((rows[0].get("a", {}).get("value", ""), rows[0].get("b", {}).get("value", "")))

    reader = threading.Thread(target=read)
    reader.start()
    try:
        store = LocalStore(store_path)
        for version in (1, 2, 3):  # rebuilds from outside the server, as `bomay load` does
            store.replace_graphs([pair_part(version)])
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:
                rows = client.get("/sparql", params={"query": query}).json()["results"]["bindings"]
                if rows and rows[0]["v"]["value"] == str(version):
                    break
                time.sleep(0.05)
            else:
                pytest.fail(f"the server never switched to version {version}")
        client.post("/update", headers={"Content-Type": "application/sparql-update", **AUTH}, content=(
            f"DELETE WHERE {{ GRAPH <{PAIR_GRAPH}> {{ ?s <urn:test:version> ?v }} }} ; "
            f"INSERT DATA {{ GRAPH <{PAIR_GRAPH}> {{ <urn:test:a> <urn:test:version> \"4\" . "
            f"<urn:test:b> <urn:test:version> \"4\" }} }}").encode())
    finally:
        stop.set()
        reader.join(timeout=30)
    assert seen, "the reader ran no queries"
    assert all(a == b for a, b in seen), [s for s in seen if s[0] != s[1]][:5]
    assert len({a for a, _ in seen}) >= 2, "the reader should have seen the graph change"
