"""The remote store against a real ``oxigraph serve`` on loopback, started WITHOUT
``--union-default-graph``: bomay must name its graphs itself."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest

from bomay.errors import QueryError, StoreError
from bomay.graph.remote import REGISTRY, RemoteStore
from bomay.graph.store import GraphPart
from bomay.namespaces import GRAPH
from tests.conftest import run_cli

pytestmark = pytest.mark.remote
EX = "http://example.org/"
G = GRAPH + "test/"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def oxigraph_binary() -> str:
    found = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which("oxigraph")
    if not found:
        pytest.fail("the oxigraph server (PyPI package oxigraph, a test dependency) is not installed")
    return found


@pytest.fixture
def endpoint(tmp_path: Path) -> Iterator[str]:
    port = free_port()
    proc = subprocess.Popen(
        [oxigraph_binary(), "serve", "--location", str(tmp_path / "oxi"), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}/query"
    deadline = time.monotonic() + 30
    while True:
        try:
            httpx.get(url, params={"query": "ASK {}"}, timeout=1)
            break
        except httpx.HTTPError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                detail = proc.stderr.read() if proc.stderr else ""
                raise RuntimeError(f"oxigraph serve did not start: {detail}") from None
            time.sleep(0.1)
    yield url
    proc.terminate()
    proc.wait(timeout=10)


def labelled(graph: str, n: int) -> GraphPart:
    return GraphPart(G + graph, [
        ox.Triple(ox.NamedNode(f"{EX}s{i}"), ox.NamedNode(f"{EX}p"), ox.Literal(f"Sở Nội vụ {i}", language="vi"))
        for i in range(n)
    ])


def test_graph_store_writes_and_sparql_reads(endpoint: str) -> None:
    store = RemoteStore(endpoint)
    assert store.replace_graphs([labelled("g1", 4), labelled("g2", 2)]) == 6
    assert store.named_graphs() == [G + "g1", G + "g2"]
    store.replace_graphs([labelled("g1", 1)])
    rows = store.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g").rows
    assert [(g.value, int(n.value)) for g, n in rows] == [(G + "g1", 1), (G + "g2", 2)]
    literal = store.query(f"SELECT ?o WHERE {{ <{EX}s0> ?p ?o }}").rows[0][0]
    assert literal == ox.Literal("Sở Nội vụ 0", language="vi")


def test_construct_ask_update_and_dump(endpoint: str) -> None:
    store = RemoteStore(endpoint)
    store.rebuild([labelled("g1", 3)])
    assert store.query("ASK { ?s ?p ?o }").boolean is True
    graph = store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
    assert graph.kind == "graph" and len(graph.triples) == 3
    store.update(f"INSERT DATA {{ GRAPH <{EX}g3> {{ <{EX}a> <{EX}b> <{EX}c> }} }}")
    # A graph that is not bomay's is neither queried nor exported, and survives a rebuild.
    assert store.query("ASK { ?s ?p ?o }").boolean is True
    assert store.query(f"ASK {{ <{EX}a> ?p ?o }}").boolean is False
    quads = list(ox.parse(store.dump(ox.RdfFormat.N_QUADS), format=ox.RdfFormat.N_QUADS))
    assert len(quads) == 3 and {q.graph_name.value for q in quads} == {G + "g1"}
    store.rebuild([labelled("g1", 1)])  # rebuild drops graphs no source owns any more
    assert store.named_graphs() == [G + "g1"]
    assert httpx.get(endpoint, params={"query": f"ASK {{ GRAPH <{EX}g3> {{ <{EX}a> ?p ?o }} }}"},
                     headers={"Accept": "application/sparql-results+json"}).json()["boolean"] is True


def test_errors_are_clear(endpoint: str) -> None:
    with pytest.raises(QueryError, match="rejected"):
        RemoteStore(endpoint).query("SELEKT nonsense")
    with pytest.raises(StoreError, match="cannot reach"):
        RemoteStore(f"http://127.0.0.1:{free_port()}/query").query("ASK {}")


def test_the_cli_builds_and_queries_a_remote_store(endpoint: str) -> None:
    built = run_cli("build", "--only", "ontology", store=endpoint)
    assert built.returncode == 0, built.stderr
    counted = run_cli("query", "--sparql", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--format", "csv",
                      store=endpoint)
    assert counted.returncode == 0, counted.stderr
    assert int(counted.stdout.splitlines()[1]) > 1000
    named = run_cli("query", "classes", "--format", "json", store=endpoint)
    assert named.returncode == 0 and "owl#Class" in named.stdout


def test_a_failed_rebuild_leaves_the_previous_build_answering(endpoint: str) -> None:
    store = RemoteStore(endpoint)
    store.rebuild([labelled("g1", 3), labelled("g2", 2)])

    def parts():
        yield labelled("g1", 7)
        raise RuntimeError("the loader broke half-way")

    with pytest.raises(RuntimeError, match="half-way"):
        store.rebuild(parts())
    assert store.named_graphs() == [G + "g1", G + "g2"]
    assert int(store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows[0][0].value) == 5
    # the staging graph of the failed build was dropped
    everything = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != <{REGISTRY}>) }}"
    raw = httpx.get(endpoint, params={"query": everything},
                    headers={"Accept": "application/sparql-results+json"}).json()
    assert raw["results"]["bindings"][0]["n"]["value"] == "5"


def test_graphs_outside_bomays_namespace_are_refused(endpoint: str) -> None:
    with pytest.raises(StoreError, match="only graphs under"):
        RemoteStore(endpoint).replace_graphs([GraphPart(EX + "g", [])])


KILLED_WRITE = """
import os, sys
import pyoxigraph as ox
from bomay.graph.remote import RemoteStore
from bomay.graph.store import GraphPart
store = RemoteStore(sys.argv[1])
upload = store._upload
def upload_then_die(graph, triples):
    upload(graph, triples)
    os._exit(9)  # killed mid-build: no cleanup runs
store._upload = upload_then_die
triple = ox.Triple(ox.NamedNode("http://example.org/s"), ox.NamedNode("http://example.org/p"), ox.Literal("x"))
store.rebuild([GraphPart(sys.argv[2] + "g1", [triple]), GraphPart(sys.argv[2] + "g2", [triple])])
"""


def test_staging_graphs_of_a_killed_build_are_dropped_by_the_next(endpoint: str) -> None:
    store = RemoteStore(endpoint)
    store.rebuild([labelled("g1", 3)])
    store.update(f"INSERT DATA {{ GRAPH <{EX}other> {{ <{EX}a> <{EX}b> <{EX}c> }} }}")
    killed = subprocess.run([sys.executable, "-c", KILLED_WRITE, endpoint, G], capture_output=True, timeout=120)
    assert killed.returncode == 9, killed.stderr

    def graphs() -> set[str]:
        answer = httpx.get(endpoint, params={"query": "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"},
                           headers={"Accept": "application/sparql-results+json"}, timeout=30).json()
        return {b["g"]["value"] for b in answer["results"]["bindings"]}

    left = graphs() - {G + "g1", EX + "other", REGISTRY}
    assert len(left) == 1 and left.pop().startswith(GRAPH + "bomay/staging/")  # what the kill left
    assert store.named_graphs() == [G + "g1"]  # the previous build still answers
    store.rebuild([labelled("g2", 2)])
    assert graphs() == {G + "g2", EX + "other", REGISTRY}
