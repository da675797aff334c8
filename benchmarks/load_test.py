"""Endpoint throughput and p50/p99 latency under concurrent load on loopback, national data.

``bomay serve`` (in-memory copy of the build, query worker processes) against ``oxigraph serve``
(in memory, ``--union-default-graph``, loaded with the same quads) on the national store: the
real reference graph plus the synthetic load. Each query is sent as the same SPARQL text to both
``/sparql`` and ``/query``; named queries also go through bomay's ``/api/queries/NAME``. Request
counts are bounded (``--clients`` processes × ``--requests`` each), servers alternate in
``--rounds`` rounds so a noisy neighbour hurts both alike, and every non-200 answer is counted.

(``benchmarks/endpoint.py``, by the web engineer, does the same on a small generated graph and
also measures the cost of the worker isolation in-process.)

    .venv/bin/python benchmarks/load_test.py [--documents 5600] [--clients 4] [--requests 100] [--rounds 3]
"""

from __future__ import annotations

import argparse
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
import pyoxigraph as ox
from common import Load, http_load, national_store, percentile, print_machine, table
from synthetic import DEFAULT_DOCUMENTS, DEFAULT_SEED

from bomay.graph.queryrun import prepare
from bomay.queries import get_query
from bomay.web.testing import free_port, start_server, stop_server

HCMC_COMMITTEE = "https://w3id.org/bomay/id/body/2025/79/peoples-committee"
SPARQL = {
    "ask": "ASK { ?s ?p ?o }",
    "body lookup": f"""PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX org: <http://www.w3.org/ns/org#>
SELECT ?body ?label WHERE {{ ?body org:subOrganizationOf <{HCMC_COMMITTEE}> ; skos:prefLabel ?label }}
ORDER BY ?label LIMIT 100""",
    "mandates in a province": """PREFIX bm: <https://w3id.org/bomay/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?m ?assigner ?assignee ?recipient ?freq WHERE {
  GRAPH ?g { ?m a bm:Mandate ; bm:assigner ?a ; bm:assignee ?b ; bm:reportTo ?r ; bm:frequency ?freq . }
  ?b bm:jurisdiction/bm:parentUnit? <https://w3id.org/bomay/id/unit/2025/79> .
  ?a skos:prefLabel ?assigner . ?b skos:prefLabel ?assignee . ?r skos:prefLabel ?recipient .
  FILTER(LANG(?assigner) = "vi" && LANG(?assignee) = "vi" && LANG(?recipient) = "vi")
} ORDER BY ?m LIMIT 100""",
}
NAMED = {"units": {"date": "2025-07-01", "level": "province"}, "topics": {"lang": "vi"}}


def row(load: Load, name: str, server: str) -> list[str]:
    ms = [x * 1000 for x in load.latencies]
    return [name, server, f"{len(ms) + load.errors:,}", f"{load.rate:,.0f}" if load.seconds else "—",
            f"{percentile(ms, 0.5):.1f}" if ms else "—", f"{percentile(ms, 0.99):.1f}" if ms else "—",
            str(load.errors)]


def start_oxigraph(dump: Path) -> tuple[subprocess.Popen[bytes], str]:
    """``oxigraph serve`` in memory with union default graph, loaded through its Graph Store endpoint."""
    binary = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    port = free_port()
    proc = subprocess.Popen([binary, "serve", "--bind", f"127.0.0.1:{port}", "--union-default-graph"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            httpx.get(f"{base}/query", params={"query": "ASK {}"}, timeout=1)
            break
        except httpx.TransportError:
            time.sleep(0.05)
    with dump.open("rb") as fh:
        httpx.post(f"{base}/store", content=fh.read(), timeout=600,
                   headers={"Content-Type": "application/n-quads"}).raise_for_status()
    return proc, f"{base}/query"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--documents", type=int, default=DEFAULT_DOCUMENTS)
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--clients", type=int, default=4)
    ap.add_argument("--requests", type=int, default=100, help="requests per client, per round, per query and server")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--warmup", type=int, default=50, help="uncounted requests per client before each query")
    ap.add_argument("--workers", type=int, default=2, help="bomay serve --workers")
    args = ap.parse_args(argv)
    print_machine()
    store = national_store(args.documents, args.seed)
    assert store.current_path is not None
    work: list[tuple[str, dict[str, str], dict[str, str], dict[str, str]]] = []  # name, bomay GET, api GET, ox GET
    for name, sparql in SPARQL.items():
        work.append((name, {"query": sparql}, {}, {"query": sparql}))
    for name, params in NAMED.items():
        text = prepare(store, get_query(name), params)
        work.append((f"named: {name}", {"query": text}, params, {"query": text}))
    with tempfile.TemporaryDirectory(prefix="bomay-bench-load-") as tmp:
        dump = Path(tmp) / "all.nq"
        with dump.open("wb") as fh:
            store.reader().dump(fh, format=ox.RdfFormat.N_QUADS)
        started = time.perf_counter()
        ox_proc, ox_url = start_oxigraph(dump)
        print(f"# oxigraph serve loaded {store.location} in {time.perf_counter() - started:.1f} s")
        started = time.perf_counter()
        bomay_proc, bomay_url = start_server(Path(store.location), "--workers", str(args.workers))
        print(f"# bomay serve ready in {time.perf_counter() - started:.1f} s")
        tallies: dict[tuple[str, str], Load] = {}
        try:
            for name, bomay_params, api_params, ox_params in work:
                targets = [("bomay /sparql", bomay_url + "sparql", bomay_params),
                           ("oxigraph /query", ox_url, ox_params)]
                if api_params:
                    targets.insert(1, ("bomay /api/queries", f"{bomay_url}api/queries/{name.split(': ')[1]}",
                                       api_params))
                for _, url, params in targets:  # warm-up, not counted: fresh workers start slow
                    http_load(url, params, args.clients, args.warmup)
                for _ in range(args.rounds):
                    for server, url, params in targets:
                        tallies.setdefault((name, server), Load()).add(
                            http_load(url, params, args.clients, args.requests))
                print(f"# done: {name}", flush=True)
        finally:
            stop_server(bomay_proc)
            ox_proc.send_signal(signal.SIGTERM)
            ox_proc.wait(timeout=30)
    rows = [row(t, name, server) for (name, server), t in tallies.items()]
    print(f"\n{args.clients} client processes × {args.requests} requests × {args.rounds} rounds per row; "
          f"bomay serve --workers {args.workers}; loopback")
    print(table(["query", "server", "requests", "req/s", "p50 ms", "p99 ms", "errors"], rows))
    ratios = []
    for name, *_ in work:
        ours, theirs = tallies[(name, "bomay /sparql")], tallies[(name, "oxigraph /query")]
        if ours.seconds and theirs.seconds:
            ratio = ours.rate / max(theirs.rate, 1e-9)
            ratios.append([name, f"{ratio:.2f}x"])
    print("\n" + table(["query", "bomay ÷ oxigraph throughput (target ≥ 0.8x)"], ratios))
    for (name, server), t in tallies.items():
        for sample in t.samples[:2]:
            print(f"# error sample {name} / {server}: {sample}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
