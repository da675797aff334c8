"""Limits that never take the server down: query time, result size; other requests keep going."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from bomay.web.app import create_app
from bomay.web.config import ServeConfig
from bomay.web.testing import build_store

FIXTURE = Path(__file__).parent / "fixtures" / "web_sample.ttl"
SIMPLE = "SELECT ?s WHERE { ?s a bm:PeoplesCommittee }"
CARTESIAN_COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
DEEP_PATH = ("SELECT (COUNT(*) AS ?n) WHERE { ?s (<urn:p>|!<urn:p>)* ?o . ?o (<urn:q>|!<urn:q>)* ?x . "
             "?x ?y ?z }")


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    store = tmp_path_factory.mktemp("web") / "store"
    build_store(store, [FIXTURE])
    app = create_app(ServeConfig(store=str(store), query_timeout=2.0, max_results=50, workers=2))
    with TestClient(app) as test_client:
        yield test_client


def test_hostile_query_times_out_while_a_simple_query_is_answered(client: TestClient) -> None:
    hostile: dict[str, object] = {}

    def run_hostile() -> None:
        hostile["response"] = client.get("/sparql", params={"query": CARTESIAN_COUNT})

    thread = threading.Thread(target=run_hostile)
    thread.start()
    simple = client.get("/sparql", params={"query": SIMPLE})
    still_running = thread.is_alive()
    thread.join(timeout=60)
    assert simple.status_code == 200 and len(simple.json()["results"]["bindings"]) == 1
    assert still_running, "the simple query should have been answered while the hostile one ran"
    response = hostile["response"]
    assert response.status_code == 503  # type: ignore[attr-defined]
    assert "time limit of 2 s" in response.text  # type: ignore[attr-defined]


def test_deep_property_path_is_stopped_and_the_server_recovers(client: TestClient) -> None:
    response = client.get("/sparql", params={"query": DEEP_PATH})
    assert response.status_code == 503 and "timed out" in response.text
    # The killed worker was replaced: both workers answer again.
    for _ in range(4):
        assert client.get("/sparql", params={"query": SIMPLE}).status_code == 200


def test_two_hostile_queries_at_once_leave_the_pool_working(client: TestClient) -> None:
    results: list[int] = []
    threads = [threading.Thread(target=lambda: results.append(
        client.get("/sparql", params={"query": CARTESIAN_COUNT}).status_code)) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert results == [503, 503]
    assert client.get("/sparql", params={"query": SIMPLE}).status_code == 200


def test_huge_result_set_is_refused_with_the_limit_named(client: TestClient) -> None:
    response = client.get("/sparql", params={"query": "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }"})
    assert response.status_code == 400
    assert "more than 50 rows" in response.text and "--max-results" in response.text
    triples = client.get("/sparql", params={"query": "CONSTRUCT WHERE { ?s ?p ?o }"})
    assert triples.status_code == 400 and "more than 50 triples" in triples.text
    exactly = client.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 50"})
    assert exactly.status_code == 200 and len(exactly.json()["results"]["bindings"]) == 50


# Fifty rows whose strings hold the bytes that separate JSON rows, and a newline and "<result>".
TRICKY_ROWS = ("SELECT ?n ?text WHERE { VALUES ?i { 1 2 3 4 5 6 7 8 9 10 } VALUES ?j { 1 2 3 4 5 } "
               'BIND(?i * 10 + ?j AS ?n) BIND(CONCAT("a},{\\"b\\"}}},{", STR(?n), "\\n<result>") AS ?text) }')


@pytest.mark.parametrize("accept", ["application/sparql-results+json", "application/sparql-results+xml",
                                    "text/tab-separated-values", "text/csv"])
def test_row_limit_is_exact_in_every_format(client: TestClient, accept: str) -> None:
    at_limit = client.get("/sparql", params={"query": TRICKY_ROWS}, headers={"Accept": accept})
    assert at_limit.status_code == 200, at_limit.text
    assert at_limit.headers["content-type"].startswith(accept)
    if accept.endswith("json"):
        rows = at_limit.json()["results"]["bindings"]
        assert len(rows) == 50 and rows[0]["text"]["value"].startswith('a},{"b"}}},{')
    over = client.get("/sparql", params={"query": TRICKY_ROWS.replace("4 5 }", "4 5 6 }")},
                      headers={"Accept": accept})
    assert over.status_code == 400 and "more than 50 rows" in over.text


def test_marker_counting_sees_markers_split_across_writes() -> None:
    from bomay.web.execute import MarkerCountingSink, TooManyResults

    sink = MarkerCountingSink(b"},{", 3)
    for piece in (b'[{"a":1}', b",{", b'"a":2},', b'{"a":3}', b",", b'{"a":4}'):
        sink.write(piece)
    assert sink.count == 3 and sink.value() == b'[{"a":1},{"a":2},{"a":3},{"a":4}'
    with pytest.raises(TooManyResults):
        sink.write(b',{"a":5}')


def test_an_internal_error_is_answered_as_500_and_the_endpoint_goes_on(client: TestClient,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    async def broken(job: object) -> object:
        raise RuntimeError("the backend broke")

    monkeypatch.setattr(client.app.state.backend, "run_query", broken)  # type: ignore[attr-defined]
    response = client.get("/sparql", params={"query": SIMPLE}, headers={"Origin": "https://example.org"})
    assert response.status_code == 500 and "the backend broke" in response.text
    assert response.headers["access-control-allow-origin"] == "*"
    monkeypatch.undo()
    assert client.get("/sparql", params={"query": SIMPLE}).status_code == 200
