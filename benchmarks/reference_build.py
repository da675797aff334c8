"""Benchmark: how long the reference source takes to generate and to store, and how big it is.

Usage: python benchmarks/reference_build.py [--keep DIR]
Prints the generation time per named graph, the triples per graph, the total store-build time
(``bomay build --only reference`` equivalent: ontology + reference into a fresh store), the
store's size on disk, and the timing of the named queries the issue checks.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path


def _size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="build the store here and keep it")
    args = parser.parse_args()

    from bomay.graph.local import LocalStore
    from bomay.graph.queryrun import run_query
    from bomay.loaders.ontology import OntologySource
    from bomay.loaders.reference.source import ReferenceSource

    started = time.perf_counter()
    parts = []
    last = started
    for part in ReferenceSource().parts():
        now = time.perf_counter()
        print(f"  {part.graph.rsplit('/graph/', 1)[-1]:<36} {len(part):>9,} triples  {now - last:5.1f} s")
        parts.append(part)
        last = now
    generated = time.perf_counter() - started
    total = sum(len(p) for p in parts)
    print(f"generated {total:,} reference triples in {generated:.1f} s")

    root = args.keep or Path(tempfile.mkdtemp(prefix="bomay-bench-"))
    store = LocalStore(root)
    started = time.perf_counter()
    written = store.rebuild([*OntologySource().parts(), *ReferenceSource().parts()])
    built = time.perf_counter() - started
    print(f"built ontology + reference: {written:,} triples in {built:.1f} s; "
          f"store {_size(store.current_path) / 1e6:.0f} MB")

    checks = [
        ("units", {"date": "2025-07-01", "level": "province"}),
        ("units", {"date": "2025-06-30", "level": "province"}),
        ("units", {"date": "2025-07-01", "level": "commune"}),
        ("units", {"date": "2025-07-01", "level": "commune", "province": "bmid:unit/2025/79"}),
        ("bodies", {"unit": "bmid:unit/pre2025/760", "date": "2020-06-01"}),
        ("predecessors", {"unit": "bmid:unit/2025/26740"}),
        ("chain", {"body": "bmid:body/2025/26740/peoples-committee", "date": "2025-08-01"}),
        ("diff", {"from": "2025-06-30", "to": "2025-07-01", "province": "bmid:unit/2025/79"}),
    ]
    for name, params in checks:
        times = []
        for _ in range(3):
            t0 = time.perf_counter()
            rows = len(run_query(store, name, None, params).rows)
            times.append(time.perf_counter() - t0)
        print(f"  {name:<13} {params}: {rows} rows, best of 3 {1000 * min(times):.0f} ms")
    if not args.keep:
        store._close_reader()
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
