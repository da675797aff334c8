"""Benchmark: how long the default graph takes to load into the embedded store and into real
SPARQL servers (a plain ``oxigraph serve``, and Debian's Virtuoso when installed).

Usage: python benchmarks/server_load.py [--only oxigraph|virtuoso|embedded ...] [--again]
Generates the default sources' parts once, then times ``rebuild`` into each store: the embedded
``LocalStore`` and ``RemoteStore`` over each fresh server (chunked Graph Store uploads straight to
the graphs' names, then one SPARQL Update that lists them live). With ``--again``, a second
rebuild over that first one is timed too: every graph is then live, so it is uploaded beside it
and moved over it. Prints triples, wall seconds, triples/s and the time of one named query
(``units``) on the loaded store.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bomay.graph.local import LocalStore
from bomay.graph.queryrun import run_query
from bomay.graph.remote import RemoteStore
from bomay.graph.store import GraphPart, Store
from bomay.loaders import default_sources
from tests.servers import oxigraph_server, virtuoso_server


def timed_load(name: str, store: Store, parts: list[GraphPart], again: bool = False) -> None:
    timed_once(name, store, parts)
    if again:
        timed_once(name + ", again over it", store, parts)


def timed_once(name: str, store: Store, parts: list[GraphPart]) -> None:
    started = time.perf_counter()
    written = store.rebuild(parts)
    seconds = time.perf_counter() - started
    started = time.perf_counter()
    rows = len(run_query(store, "units", None, {"date": "2025-07-01", "level": "province"}).rows)
    query_ms = (time.perf_counter() - started) * 1000
    print(f"| {name} | {written:,} | {seconds:.1f} | {written / seconds:,.0f} | {query_ms:.0f} ms ({rows} rows) |",
          flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", action="append", choices=["embedded", "oxigraph", "virtuoso"])
    parser.add_argument("--again", action="store_true", help="time a second rebuild over the first")
    args = parser.parse_args()
    wanted = args.only or ["embedded", "oxigraph", "virtuoso"]
    started = time.perf_counter()
    parts = [part for source in default_sources() for part in source.parts()]
    print(f"generated {sum(len(p) for p in parts):,} triples in {len(parts)} graphs "
          f"in {time.perf_counter() - started:.1f} s", flush=True)
    print("| store | triples | load wall s | triples/s | `units` (provinces) |\n|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        if "embedded" in wanted:
            timed_load("embedded (LocalStore)", LocalStore(root / "embedded"), parts, args.again)
        if "oxigraph" in wanted:
            with oxigraph_server(root / "oxigraph") as url:
                timed_load("oxigraph serve 0.5 (no union default graph)", RemoteStore(url), parts, args.again)
        if "virtuoso" in wanted:
            with virtuoso_server(root / "virtuoso") as url:
                timed_load("Virtuoso 7.2 (Debian)", RemoteStore(url), parts, args.again)


if __name__ == "__main__":
    main()
