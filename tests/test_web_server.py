"""`bomay serve` as a user runs it: a real uvicorn server on loopback, spoken to over HTTP."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from bomay.web.testing import build_store, free_port, start_server, stop_server

FIXTURE = Path(__file__).parent / "fixtures" / "web_sample.ttl"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    store = tmp_path_factory.mktemp("web") / "store"
    build_store(store, [FIXTURE])
    proc, url = start_server(store, "--query-timeout", "2")
    yield url
    stop_server(proc)


def test_serve_prints_its_url_and_answers_sparql_over_http(server: str) -> None:
    assert server.startswith("http://127.0.0.1:")
    response = httpx.post(server + "sparql", content=b"SELECT ?s WHERE { ?s a bm:PeoplesCommittee }",
                          headers={"Content-Type": "application/sparql-query", "Accept": "text/csv"})
    assert response.status_code == 200 and response.text.splitlines()[1].endswith("peoples-committee")
    home = httpx.get(server)
    assert home.status_code == 200 and "bomay" in home.text


def test_timeout_over_http_and_the_server_stays_up(server: str) -> None:
    slow = httpx.get(server + "sparql", params={"query": "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . "
                                                          "?g ?h ?i }"}, timeout=60)
    assert slow.status_code == 503 and "time limit" in slow.text
    assert httpx.get(server + "sparql", params={"query": "ASK { ?s ?p ?o }"}).json()["boolean"] is True


def test_writes_refused_over_http_without_token(server: str) -> None:
    response = httpx.post(server + "update", content=b"CLEAR ALL",
                          headers={"Content-Type": "application/sparql-update"})
    assert response.status_code == 403


def test_serve_without_a_built_store_says_so(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "bomay", "serve", "--store", str(tmp_path / "empty"),
                             "--port", str(free_port())], capture_output=True, text=True, timeout=60)
    assert result.returncode != 0 and "bomay build" in result.stderr
