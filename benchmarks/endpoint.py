"""Endpoint throughput and latency on loopback: `bomay serve` against `oxigraph serve` on the same data.

Builds a synthetic graph (ontology + provinces, communes, bodies, mandates; about 200k triples
by default), serves it with both servers, sends a bounded number of requests per query from a
few client processes, and prints req/s, p50 and p99. It also measures, in-process, what the
timeout isolation (a forked worker per query) costs over calling pyoxigraph directly.

    .venv/bin/python benchmarks/endpoint.py [--provinces 34] [--communes 100] [--requests 400] [--clients 4]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
import pyoxigraph as ox
from common import http_load

from bomay.graph.store import GraphPart
from bomay.namespaces import BM, ID, ORG, RDF, SKOS, graph_iri
from bomay.searchkeys import with_search_keys
from bomay.web.execute import QueryJob, execute
from bomay.web.formats import GRAPH_FORMATS, SOLUTION_FORMATS
from bomay.web.testing import build_store, free_port, start_server, stop_server
from bomay.web.workers import ForkGate, WorkerPool

QUERIES = {
    "ask": "ASK { ?s ?p ?o }",
    "lookup": f"""PREFIX bm: <{BM}> PREFIX skos: <{SKOS}> PREFIX org: <{ORG}>
SELECT ?body ?label WHERE {{ ?body org:subOrganizationOf <{ID}body/2025/7/peoples-committee> ;
  skos:prefLabel ?label }} ORDER BY ?label LIMIT 100""",
    "mandates": f"""PREFIX bm: <{BM}> PREFIX skos: <{SKOS}>
SELECT ?m ?from ?to WHERE {{ GRAPH ?g {{ ?m bm:assigner ?from ; bm:assignee ?to }} }} LIMIT 1000""",
}


# Named queries through `/api/queries/NAME` (bomay only): parameters bound, names resolved and
# prefixes added in the server process for every request, unless kept from an earlier one.
NAMED = {
    "topics": {"lang": "en"},
    "chain": {"body": "Ủy ban nhân dân xã 5 tỉnh 7", "date": "2025-07-01"},
}


def synthetic_parts(provinces: int, communes: int) -> list[GraphPart]:
    def n(iri: str) -> ox.NamedNode:
        return ox.NamedNode(iri)

    a, label, sub = n(RDF + "type"), n(SKOS + "prefLabel"), n(ORG + "subOrganizationOf")
    ref: list[ox.Triple] = []
    docs: list[GraphPart] = []
    for p in range(1, provinces + 1):
        ubnd = n(f"{ID}body/2025/{p}/peoples-committee")
        ref += [ox.Triple(ubnd, a, n(BM + "PeoplesCommittee")),
                ox.Triple(ubnd, label, ox.Literal(f"Ủy ban nhân dân tỉnh số {p}", language="vi"))]
        mandates: list[ox.Triple] = []
        for c in range(communes):
            body = n(f"{ID}body/2025/{p}{c:03d}/peoples-committee")
            ref += [ox.Triple(body, a, n(BM + "PeoplesCommittee")), ox.Triple(body, sub, ubnd),
                    ox.Triple(body, label, ox.Literal(f"Ủy ban nhân dân xã {c} tỉnh {p}", language="vi"))]
            m = n(f"{ID}mandate/bench-{p}/{c}")
            mandates += [ox.Triple(m, a, n(BM + "Mandate")), ox.Triple(m, n(BM + "assigner"), ubnd),
                         ox.Triple(m, n(BM + "assignee"), body),
                         ox.Triple(m, n(BM + "task"), ox.Literal(f"nhiệm vụ {c}", language="vi"))]
        docs.append(GraphPart(graph_iri("doc", f"bench-{p}"), mandates))
    return [GraphPart(graph_iri("bench", "reference"), with_search_keys(ref)), *docs]


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000


def isolation_overhead(store_dir: Path, rounds: int = 2000) -> None:
    """p50 of a trivial query: pyoxigraph directly, execute() in-process, and through a forked worker."""
    from bomay.graph.memory import MemoryStore
    from bomay.web.snapshot import copy_build_to_memory

    raw = copy_build_to_memory(Path(os.path.realpath(store_dir / "current")))
    memory = MemoryStore(raw)
    job = QueryJob("ASK { ?s ?p ?o }", SOLUTION_FORMATS["json"], GRAPH_FORMATS["turtle"], 100_000)
    pool = WorkerPool(memory, 1, ForkGate())
    timings: dict[str, list[float]] = {"pyoxigraph query+serialize": [], "execute() in-process": [],
                                       "forked worker (pool.run)": []}
    calls = {
        "pyoxigraph query+serialize": lambda: raw.query(job.sparql, use_default_graph_as_union=True).serialize(
            format=ox.QueryResultsFormat.JSON),
        "execute() in-process": lambda: execute(memory, job),
    }
    for _ in range(rounds):
        for name, call in calls.items():
            started = time.perf_counter()
            call()
            timings[name].append(time.perf_counter() - started)

    async def through_worker() -> None:  # one event loop for all rounds, as in the server
        for _ in range(rounds):
            started = time.perf_counter()
            await pool.run(job, 10.0)
            timings["forked worker (pool.run)"].append(time.perf_counter() - started)

    asyncio.run(through_worker())
    pool.close()
    print(f"\nIn-process, trivial ASK, {rounds} rounds (ms):")
    for name, values in timings.items():
        print(f"  {name:28s} p50 {pct(values, 0.5):.3f}  p99 {pct(values, 0.99):.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--provinces", type=int, default=34)
    parser.add_argument("--communes", type=int, default=300)
    parser.add_argument("--requests", type=int, default=400, help="requests per query and server")
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--workers", type=int, default=2, help="bomay serve --workers")
    parser.add_argument("--skip-isolation", action="store_true", help="leave out the in-process ASK timings")
    args = parser.parse_args()
    oxigraph = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    with tempfile.TemporaryDirectory(prefix="bomay-bench-") as tmp:
        root = Path(tmp)
        started = time.perf_counter()
        store = build_store(root / "store", extra=synthetic_parts(args.provinces, args.communes))
        dump = root / "all.nq"
        dump.write_bytes(store.dump(ox.RdfFormat.N_QUADS))
        quads = sum(1 for _ in dump.open("rb"))
        print(f"data: {quads:,} quads, built in {time.perf_counter() - started:.1f} s")
        ox_port = free_port()  # oxigraph serve without --location keeps the data in memory, as bomay does
        ox_proc = subprocess.Popen([oxigraph, "serve", "--bind", f"127.0.0.1:{ox_port}", "--union-default-graph"],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        bomay_proc, bomay_url = start_server(root / "store", "--workers", str(args.workers))
        try:
            ox_url = f"http://127.0.0.1:{ox_port}/query"
            for _ in range(100):
                try:
                    httpx.get(ox_url, params={"query": "ASK {}"}, timeout=1)
                    break
                except httpx.TransportError:
                    time.sleep(0.1)
            httpx.post(f"http://127.0.0.1:{ox_port}/store", content=dump.read_bytes(), timeout=300,
                       headers={"Content-Type": "application/n-quads"}).raise_for_status()
            print(f"{args.requests} requests per row, {args.clients} client processes, loopback, "
                  f"{args.workers} workers\n")
            print(f"{'query':10s} {'server':16s} {'req/s':>8s} {'p50 ms':>8s} {'p99 ms':>8s} {'errors':>7s}")
            for name, query in QUERIES.items():
                for server, url in (("bomay serve", bomay_url + "sparql"), ("oxigraph serve", ox_url)):
                    load = http_load(url, {"query": query}, args.clients, args.requests // args.clients)
                    print(f"{name:10s} {server:16s} {load.rate:8.0f} {pct(load.latencies, 0.5):8.2f} "
                          f"{pct(load.latencies, 0.99):8.2f} {load.errors:7d}")
            for name, params in NAMED.items():
                load = http_load(f"{bomay_url}api/queries/{name}", params, args.clients, args.requests // args.clients)
                print(f"{name:10s} {'bomay /api':16s} {load.rate:8.0f} {pct(load.latencies, 0.5):8.2f} "
                      f"{pct(load.latencies, 0.99):8.2f} {load.errors:7d}")
        finally:
            stop_server(bomay_proc)
            ox_proc.send_signal(signal.SIGTERM)
            ox_proc.wait(timeout=20)
        if not args.skip_isolation:
            isolation_overhead(root / "store")


if __name__ == "__main__":
    main()
