"""p50/p95 latency of every named query: bomay's own path against the same SPARQL on raw engines.

Engines, side by side in one run, on the national store (real reference + synthetic load):

- ``bomay``: ``bomay.graph.queryrun.run_query`` on the ``LocalStore`` (read the .rq file, bind
  parameters, resolve entity names, add prefixes, query the on-disk build, convert the rows);
- ``raw disk``: the exact SPARQL text ``bomay`` ran, on ``pyoxigraph.Store.read_only`` of the same
  build, rows consumed; timed in alternation with ``bomay``, so their ratio is not skewed by load;
- ``raw memory``: the same text on an in-memory ``pyoxigraph.Store`` holding the same quads (what
  ``bomay serve`` queries).

rdflib's own engine cannot run the national store (performance.md: minutes per query), so a
second table runs ``bomay``, raw pyoxigraph in memory and rdflib's in-memory ``Dataset``
(``default_union=True``) on a SMALL store (ontology + 2025 units + national bodies +
``--small-documents`` synthetic documents), each rdflib query in a forked child killed after
``--rdflib-timeout`` seconds.

    .venv/bin/python benchmarks/queries.py [--documents 5600] [--repeat 30] [--small-documents 200]

``--skip-rdflib`` measures the small store like the national one (bomay and raw pyoxigraph on the
same disk build, alternately, and raw in memory): the quick before/after check for bomay's own
overhead, a few minutes in all.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import sys
import tempfile
import time
from collections.abc import Callable, Mapping
from pathlib import Path

import common
import pyoxigraph as ox
from common import fmt_ms, memory_copy, national_store, percentile, print_machine, table, timed, use_clock
from synthetic import DEFAULT_DOCUMENTS, DEFAULT_SEED, national_places, synthetic_parts

from bomay.errors import BomayError
from bomay.graph.local import LocalStore
from bomay.graph.queryrun import prepare, run_query
from bomay.namespaces import ID, graph_iri
from bomay.queries import NamedQuery, list_queries

HCMC_UNIT = f"{ID}unit/2025/79"
HCMC_COMMITTEE = f"{ID}body/2025/79/peoples-committee"
# Parameters a user would plausibly pass, per query; names are resolved as users give them.
PARAMS: dict[str, dict[str, str]] = {
    "units": {"date": "2025-07-01", "level": "commune", "province": "Thành phố Hồ Chí Minh"},
    "classes": {},
    "topics": {"lang": "en"},
    "bodies": {"unit": "Phường Sài Gòn", "date": "2025-07-01"},
    "chain": {"body": "Ủy ban nhân dân phường Sài Gòn", "date": "2025-07-01"},
    "diff": {"from": "2025-06-01", "to": "2025-07-31", "province": "bmid:unit/2025/79"},
    "predecessors": {"unit": "Phường Sài Gòn"},
    "successors": {"unit": "Phường Đa Kao"},
    "mandates": {"jurisdiction": "bmid:unit/2025/79", "topic": "bmt:to-chuc-bo-may"},
    "reports": {"body": HCMC_COMMITTEE},
}


def choose_params(query: NamedQuery) -> dict[str, str]:
    """The PARAMS entry, or for a query not listed there a value per required parameter by its name."""
    if query.name in PARAMS:
        return dict(PARAMS[query.name])
    chosen: dict[str, str] = {}
    for p in query.params:
        name = p.name.lower()
        if p.default is not None:
            continue
        if p.type == "date":
            chosen[p.name] = "2025-07-01"
        elif p.type in ("entity", "iri") and any(w in name for w in ("unit", "province", "commune", "place")):
            chosen[p.name] = HCMC_UNIT
        elif p.type in ("entity", "iri") and "graph" in name:
            chosen[p.name] = graph_iri("doc", "synthetic-000079")
        elif p.type in ("entity", "iri") and "topic" in name:
            chosen[p.name] = "bmt:to-chuc-bo-may"
        elif p.type in ("entity", "iri"):
            chosen[p.name] = HCMC_COMMITTEE
        elif name == "level":
            chosen[p.name] = "province"
        elif p.required and p.type == "integer":
            chosen[p.name] = "10"
        elif p.required:
            chosen[p.name] = "Hồ Chí Minh"
    return chosen


def consume(result: object) -> int:
    """Read every row (or triple) of a pyoxigraph result; returns how many."""
    if isinstance(result, ox.QueryBoolean):
        return 1
    return sum(1 for _ in result)  # type: ignore[attr-defined]


def raw_runner(store: ox.Store, sparql: str) -> Callable[[], object]:
    return lambda: consume(store.query(sparql, use_default_graph_as_union=True))


def bomay_runner(store: LocalStore, name: str, params: Mapping[str, str]) -> Callable[[], object]:
    return lambda: run_query(store, name, None, params)


def timed_alternating(first: Callable[[], object], second: Callable[[], object], repeat: int,
                      budget: float) -> tuple[list[float], list[float]]:
    """Time two functions in alternation (ms on the chosen clock), each round in the other order,
    so that a change of load on a shared machine hits both alike (timing one ``repeat`` block and
    then the other gave ratios off by 30 % either way for millisecond queries)."""
    first()
    second()
    a: list[float] = []
    b: list[float] = []
    started = time.perf_counter()
    for i in range(repeat):
        pair = ((first, a), (second, b)) if i % 2 == 0 else ((second, b), (first, a))
        for fn, out in pair:
            t = common.CLOCK()
            fn()
            out.append((common.CLOCK() - t) * 1000)
        if time.perf_counter() - started > 2 * budget and i >= 2:
            break
    return a, b


def _ratio(a: list[float] | None, b: list[float] | None) -> str:
    if not a or not b:
        return "—"
    return f"{percentile(a, 0.5) / max(percentile(b, 0.5), 1e-6):.2f}x"


def _rows(result: object) -> str:
    rows = getattr(result, "rows", None)
    triples = getattr(result, "triples", None)
    return str(len(rows) if rows else len(triples) if triples else 1 if getattr(result, "boolean", None) is not None
               else 0)


# -- rdflib, bounded ------------------------------------------------------------------------

_RDFLIB: object = None  # the Dataset, set in the parent before forking so children share it


def _rdflib_child(sparql: str, repeat: int, budget: float, out: mp.Queue) -> None:  # type: ignore[type-arg]
    try:
        out.put(timed(lambda: list(_RDFLIB.query(sparql)), repeat, budget))  # type: ignore[attr-defined]
    except Exception as exc:  # report, do not hang the parent
        out.put(f"error: {type(exc).__name__}: {exc}"[:120])


def rdflib_timings(sparql: str, repeat: int, budget: float, timeout: float) -> list[float] | str:
    ctx = mp.get_context("fork")
    out = ctx.Queue()
    child = ctx.Process(target=_rdflib_child, args=(sparql, repeat, budget, out))
    child.start()
    child.join(timeout)
    if child.is_alive():
        child.kill()
        child.join()
        return f"timeout > {timeout:g} s"
    return out.get() if not out.empty() else "crashed"


def load_rdflib(store: LocalStore) -> tuple[object, float, int]:
    import rdflib

    data = store.reader().dump(format=ox.RdfFormat.N_QUADS)
    started = time.perf_counter()
    ds = rdflib.Dataset(default_union=True)
    ds.parse(data=data, format="nquads")
    return ds, time.perf_counter() - started, len(ds)


def small_store(root: Path, documents: int, seed: int) -> LocalStore:
    """Ontology + 2025 units + national bodies + the commune/province bodies + a few synthetic documents."""
    from bomay.graph.store import GraphPart
    from bomay.loaders.ontology import OntologySource
    from bomay.loaders.reference.gazetteer import reference_bodies
    from bomay.loaders.reference.rdf import body_triples
    from bomay.loaders.reference.units import unit_parts
    from bomay.searchkeys import with_search_keys

    places = national_places()
    docs = list(synthetic_parts(documents, seed, places))
    units = [p for p in unit_parts() if p.graph.endswith("units-2025")]
    bodies = [b for b in reference_bodies() if b.unit_iri is None or "/unit/2025/" in b.unit_iri]
    store = LocalStore(root)
    store.rebuild([*OntologySource().parts(), *units,
                   GraphPart(graph_iri("reference", "bodies"), with_search_keys(body_triples(bodies))), *docs])
    return store


# -- main -----------------------------------------------------------------------------------


def measure(store: LocalStore, memory: ox.Store, repeat: int, budget: float,
            rdflib_timeout: float | None, only: set[str] | None = None) -> list[list[str]]:
    disk = store.reader()
    rows: list[list[str]] = []
    for query in list_queries():
        if only and query.name not in only:
            continue
        print(f"# measuring {query.name}", flush=True)
        params = choose_params(query)
        shown = ", ".join(f"{k}={v}" for k, v in params.items()) or "—"
        try:
            sparql = prepare(store, query, params)
            result = run_query(store, query.name, None, params)
        except BomayError as exc:
            rows.append([query.name, shown, f"skipped: {exc}"[:100]] + ["—"] * 5)
            continue
        if rdflib_timeout is None:  # bomay and raw on the same disk build, timed in alternation
            bomay, raw_disk = timed_alternating(bomay_runner(store, query.name, params), raw_runner(disk, sparql),
                                                repeat, budget)
        else:
            bomay = timed(bomay_runner(store, query.name, params), repeat, budget)
        prep = timed(lambda q=query, p=params: prepare(store, q, p), repeat, budget / 4)
        raw_mem = timed(raw_runner(memory, sparql), repeat, budget)
        if rdflib_timeout is None:
            rows.append([query.name, shown, _rows(result), fmt_ms(bomay), fmt_ms(prep), fmt_ms(raw_disk),
                         _ratio(bomay, raw_disk), fmt_ms(raw_mem)])
        else:
            lib = rdflib_timings(sparql, max(3, repeat // 5), budget, rdflib_timeout)
            rows.append([query.name, shown, _rows(result), fmt_ms(bomay), fmt_ms(raw_mem),
                         fmt_ms(lib) if isinstance(lib, list) else lib, _ratio(lib if isinstance(lib, list) else None,
                                                                               raw_mem)])
    return rows


def main(argv: list[str] | None = None) -> int:
    global _RDFLIB
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--documents", type=int, default=DEFAULT_DOCUMENTS)
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--repeat", type=int, default=30, help="timed runs per query and engine (after a warm-up)")
    ap.add_argument("--budget", type=float, default=15.0, help="seconds per query and engine before stopping early")
    ap.add_argument("--small-documents", type=int, default=200, help="synthetic documents in the rdflib-sized store")
    ap.add_argument("--rdflib-timeout", type=float, default=60.0, help="seconds before an rdflib query is killed")
    ap.add_argument("--skip-national", action="store_true")
    ap.add_argument("--skip-small", action="store_true", help="leave out the small store and rdflib")
    ap.add_argument("--skip-rdflib", action="store_true",
                    help="small store: bomay against raw pyoxigraph only (no rdflib), timed alternately")
    ap.add_argument("--only", help="comma-separated query names to measure (default: all)")
    ap.add_argument("--clock", choices=["cpu", "wall"], default="cpu",
                    help="cpu: this process's CPU time per query (default; robust on a shared machine)")
    args = ap.parse_args(argv)
    use_clock(args.clock)
    print_machine()
    print(f"# clock: {args.clock}")
    if not args.skip_national:
        store = national_store(args.documents, args.seed)
        started = time.perf_counter()
        memory = memory_copy(store)
        print(f"# national store: {len(memory):,} quads; in-memory copy made in {time.perf_counter() - started:.1f} s")
        only = set(args.only.split(",")) if args.only else None
        rows = measure(store, memory, args.repeat, args.budget, None, only)
        print("\n## National store: p50 / p95 ms")
        print(table(["query", "params", "rows", "bomay (disk)", "of which prepare", "raw pyoxigraph disk",
                     "bomay ÷ raw disk", "raw pyoxigraph memory"], rows))
        del memory
    if args.skip_small:
        return 0
    with tempfile.TemporaryDirectory(prefix="bomay-bench-small-") as tmp:
        small = small_store(Path(tmp) / "small", args.small_documents, args.seed)
        memory = memory_copy(small)
        only = set(args.only.split(",")) if args.only else None
        if args.skip_rdflib:
            rows = measure(small, memory, args.repeat, args.budget, None, only)
            print(f"\n## Small store ({len(memory):,} quads): p50 / p95 ms")
            print(table(["query", "params", "rows", "bomay (disk)", "of which prepare", "raw pyoxigraph disk",
                         "bomay ÷ raw disk", "raw pyoxigraph memory"], rows))
            return 0
        _RDFLIB, seconds, n = load_rdflib(small)
        print(f"\n## Small store ({len(memory):,} quads; rdflib Dataset parse {seconds:.1f} s, {n:,} triples "
              f"in the default union): p50 / p95 ms; rdflib queries killed after {args.rdflib_timeout:g} s")
        rows = measure(small, memory, args.repeat, args.budget, args.rdflib_timeout,
                       set(args.only.split(",")) if args.only else None)
        print(table(["query", "params", "rows", "bomay (disk)", "raw pyoxigraph memory", "rdflib Dataset memory",
                     "rdflib ÷ raw memory"], rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
