"""A bounded load on a real ``bomay serve`` over loopback: every request answered, none failed.

Four clients, each on its own connection, send a mix of SPARQL (GET and POST), named queries,
search and status requests at the same time; a rebuild is switched in half-way, so the server
also reloads under load. Zero errors and the right answers are required; speed is measured in
``benchmarks/load_test.py``, not here.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from bomay.web.testing import build_store, start_server, stop_server

FIXTURE = Path(__file__).parent / "fixtures" / "web_sample.ttl"
CLIENTS, REQUESTS = 4, 40
ASK = "ASK { ?s a <https://w3id.org/bomay/ontology#PeoplesCommittee> }"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    store = tmp_path_factory.mktemp("hardening-load") / "store"
    build_store(store, [FIXTURE])
    proc, url = start_server(store, "--workers", "2")
    try:
        yield url, store
    finally:
        stop_server(proc)


def _request(http: httpx.Client, url: str, i: int) -> httpx.Response:
    kind = i % 5
    if kind == 0:
        return http.get(url + "sparql", params={"query": ASK}, headers={"Accept": "application/sparql-results+json"})
    if kind == 1:
        return http.post(url + "sparql", content=ASK.encode(), headers={
            "Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"})
    if kind == 2:
        return http.get(url + "api/queries/topics", params={"lang": "vi"})
    if kind == 3:
        return http.get(url + "api/search", params={"q": "Hồ Chí Minh"})
    return http.get(url + "status")


def test_concurrent_mixed_requests_all_succeed_during_a_reload(server: tuple[str, Path]) -> None:
    url, store = server
    before = httpx.get(url + "status").json()["build"]
    failures: list[str] = []
    answered: list[int] = []
    lock = threading.Lock()
    halfway = threading.Barrier(CLIENTS + 1)

    def client(n: int) -> None:
        with httpx.Client(timeout=60) as http:
            for i in range(REQUESTS):
                if i == REQUESTS // 2:
                    halfway.wait(timeout=120)
                try:
                    r = _request(http, url, i + n)
                    ok = r.status_code == 200 and ((i + n) % 5 > 1 or r.json().get("boolean") is True)
                    problem = "" if ok else f"{r.status_code} {r.text[:120]}"
                except (httpx.HTTPError, ValueError) as exc:
                    problem = repr(exc)
                with lock:
                    (failures.append(f"request {i} of client {n}: {problem}") if problem else answered.append(1))

    threads = [threading.Thread(target=client, args=(n,)) for n in range(CLIENTS)]
    for t in threads:
        t.start()
    halfway.wait(timeout=120)
    build_store(store, [FIXTURE])  # a new build switched in while the clients keep going
    for t in threads:
        t.join(timeout=300)
    assert not failures, failures[:5]
    assert len(answered) == CLIENTS * REQUESTS
    deadline = time.monotonic() + 30
    while httpx.get(url + "status").json()["build"] == before and time.monotonic() < deadline:
        time.sleep(0.2)
    assert httpx.get(url + "status").json()["build"] != before, "the server never switched to the new build"
