"""Build time, triples per second and store size: bomay's store against raw pyoxigraph, same quads.

Rows, all from one run:

- the real default build end to end (``bomay build`` in a subprocess, what a user waits for);
- generating the parts (the loaders' Python work) apart from writing them;
- writing the same reference parts with ``LocalStore.rebuild`` (new RocksDB database, flush,
  optimise, atomic switch) and with raw pyoxigraph (on disk with the same flush and optimise,
  and in memory);
- the synthetic national load added with ``LocalStore.replace_graphs`` (what ``bomay load``
  does: checkpoint, write, optimise, switch) and with raw pyoxigraph on the same data.

    .venv/bin/python benchmarks/build.py [--documents 5600] [--seed S] [--skip-cli]
"""

from __future__ import annotations

import argparse
import gc
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
from common import dir_size, print_machine, table
from synthetic import DEFAULT_DOCUMENTS, DEFAULT_SEED, national_places, synthetic_parts

from bomay.graph.local import LocalStore
from bomay.graph.store import GraphPart
from bomay.loaders.registry import default_sources


class Clock:
    """Wall and CPU seconds of a step: CPU time shows the work even when other jobs share the cores."""

    def __init__(self) -> None:
        self.wall = time.perf_counter()
        self.cpu = time.process_time()
        self.children = resource.getrusage(resource.RUSAGE_CHILDREN)

    def stop(self) -> tuple[float, float]:
        kids = resource.getrusage(resource.RUSAGE_CHILDREN)
        kid_cpu = (kids.ru_utime + kids.ru_stime) - (self.children.ru_utime + self.children.ru_stime)
        return time.perf_counter() - self.wall, time.process_time() - self.cpu + kid_cpu


def _rate(triples: int, seconds: float) -> str:
    return f"{triples / seconds:,.0f}"


def _mb(path: Path) -> str:
    return f"{dir_size(path) / 2**20:,.0f} MB"


def cli_build(root: Path) -> int:
    """``bomay build`` as a user runs it; returns the triples it reported."""
    result = subprocess.run([sys.executable, "-m", "bomay", "build", "--store", str(root)],
                            capture_output=True, text=True, check=True)
    match = re.search(r"built \d+ graphs, ([\d,]+)\s+triples", " ".join(result.stderr.split()))
    if not match:
        raise RuntimeError(f"bomay build did not report its size: {result.stderr[-500:]}")
    return int(match.group(1).replace(",", ""))


def raw_disk(path: Path, parts: list[GraphPart], base: Path | None = None, batched: bool = False) -> None:
    """pyoxigraph on disk, the same steps as LocalStore minus the switch: (backup,) extend, flush, optimise.
    ``batched``: one ``bulk_extend`` for all parts instead of one per part (LocalStore's way)."""
    if base is not None:
        ox.Store.read_only(str(base)).backup(str(path))
        gc.collect()
    store = ox.Store(str(path))
    if batched:
        store.bulk_extend([q for part in parts for q in part.quads()])
    for part in [] if batched else parts:
        store.bulk_extend(part.quads())
    store.flush()
    store.optimize()
    del store
    gc.collect()


def raw_memory(parts: list[GraphPart], store: ox.Store) -> None:
    for part in parts:
        store.bulk_extend(part.quads())


class Report:
    """Runs steps and keeps one table row per step."""

    def __init__(self) -> None:
        self.rows: list[list[str]] = []

    def step(self, label: str, fn: Callable[[], object], triples: int | None = None,
             size: Callable[[], Path | None] | None = None) -> object:
        clock = Clock()
        value = fn()
        wall, cpu = clock.stop()
        n = triples if triples is not None else int(value)  # type: ignore[call-overload]
        where = size() if size else None
        self.rows.append([label, f"{n:,}", f"{wall:.1f}", f"{cpu:.1f}", _rate(n, wall), _rate(n, cpu),
                          _mb(where) if where else "—"])
        print(f"# {label}: {wall:.1f} s wall, {cpu:.1f} s CPU", flush=True)
        return value


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--documents", type=int, default=DEFAULT_DOCUMENTS)
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--skip-cli", action="store_true", help="do not time `bomay build` end to end")
    args = ap.parse_args(argv)
    print_machine()
    r = Report()
    with tempfile.TemporaryDirectory(prefix="bomay-bench-build-") as tmp:
        tmpdir = Path(tmp)
        if not args.skip_cli:
            r.step("`bomay build` end to end (generate + write)", lambda: cli_build(tmpdir / "cli"),
                   size=lambda: LocalStore(tmpdir / "cli").current_path)
        seconds: dict[str, float] = {}
        ref: list[GraphPart] = []

        def generate() -> int:
            for source in default_sources():
                started = time.perf_counter()
                ref.extend(source.parts())
                seconds[source.name] = time.perf_counter() - started
            return sum(len(p) for p in ref)

        ref_triples = r.step("generate reference parts (Python loaders)", generate)
        r.rows[-1][0] += " — " + ", ".join(f"{k} {v:.1f} s" for k, v in seconds.items())
        assert isinstance(ref_triples, int)
        bomay = LocalStore(tmpdir / "bomay")
        r.step("write reference: bomay `LocalStore.rebuild`", lambda: bomay.rebuild(ref), ref_triples,
               lambda: bomay.current_path)
        r.step("write reference: raw pyoxigraph on disk (extend, flush, optimise)",
               lambda: raw_disk(tmpdir / "raw", ref), ref_triples, lambda: tmpdir / "raw")
        memory = ox.Store()
        r.step("write reference: raw pyoxigraph in memory", lambda: raw_memory(ref, memory), ref_triples)

        places = national_places()
        syn: list[GraphPart] = []
        syn_triples = r.step(f"generate synthetic load ({args.documents:,} documents)",
                             lambda: syn.extend(synthetic_parts(args.documents, args.seed, places))
                             or sum(len(p) for p in syn))
        assert isinstance(syn_triples, int)
        r.step("add synthetic: bomay `LocalStore.replace_graphs` (as `bomay load`)",
               lambda: bomay.replace_graphs(syn), syn_triples, lambda: bomay.current_path)
        r.step("add synthetic: raw pyoxigraph on disk (backup, extend, flush, optimise)",
               lambda: raw_disk(tmpdir / "raw-national", syn, base=tmpdir / "raw"), syn_triples,
               lambda: tmpdir / "raw-national")
        r.step("add synthetic: raw pyoxigraph on disk, ONE bulk_extend for all parts",
               lambda: raw_disk(tmpdir / "raw-batched", syn, base=tmpdir / "raw", batched=True), syn_triples,
               lambda: tmpdir / "raw-batched")
        r.step("add synthetic: raw pyoxigraph in memory", lambda: raw_memory(syn, memory), syn_triples)
        memory.clear()
        national = LocalStore(tmpdir / "national")
        r.step("write reference + synthetic: bomay `LocalStore.rebuild`", lambda: national.rebuild(ref + syn),
               ref_triples + syn_triples, lambda: national.current_path)
    print(table(["step", "triples", "wall s", "CPU s", "triples/s (wall)", "triples/s (CPU)", "on disk"], r.rows))
    print(f"# load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
