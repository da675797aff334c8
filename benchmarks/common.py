"""What the benchmark scripts share: the national store (built once, cached), timing, the machine.

The national store is the real default build plus the synthetic load, written through bomay's
own ``LocalStore.rebuild``. It is cached under ``--cache`` (default ``/tmp/bomay-bench``) keyed
by document count and seed, because building it takes about a minute and every script needs it.
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import statistics
import threading
import time
from collections.abc import Callable
from importlib import metadata
from pathlib import Path

import pyoxigraph as ox

from bomay.graph.local import LocalStore

DEFAULT_CACHE = Path(os.environ.get("BOMAY_BENCH_CACHE", "/tmp/bomay-bench"))


def national_store(documents: int, seed: int, cache: Path = DEFAULT_CACHE, fresh: bool = False) -> LocalStore:
    """The LocalStore holding reference + ``documents`` synthetic documents, built if not cached."""
    from synthetic import national_parts

    root = cache / f"national-{documents}-{seed}"
    store = LocalStore(root)
    if fresh and root.exists():
        shutil.rmtree(root)
    if not store.exists():
        started = time.perf_counter()
        written = store.rebuild(national_parts(documents, seed))
        print(f"# built the national store {root}: {written:,} triples in {time.perf_counter() - started:.1f} s")
    return store


def memory_copy(store: LocalStore) -> ox.Store:
    """An in-memory pyoxigraph store with every quad of the store's live build."""
    memory = ox.Store()
    memory.bulk_extend(store.reader().quads_for_pattern(None, None, None))
    return memory


def dir_size(path: Path) -> int:
    return sum(f.stat().st_size for f in Path(path).rglob("*") if f.is_file())


def percentile(values: list[float], q: float) -> float:
    """The q-quantile (0..1) by nearest rank, so p50/p95/p99 are measured values, not interpolations."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * len(ordered) + 0.5) - 1))]


def run_clients(client: Callable[[], None], clients: int) -> float:
    """Run ``client`` in that many threads at once; the wall seconds until the last one ends."""
    threads = [threading.Thread(target=client) for _ in range(clients)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - started


CLOCKS: dict[str, Callable[[], float]] = {"wall": time.perf_counter, "cpu": time.process_time}
CLOCK = CLOCKS["cpu"]


def use_clock(name: str) -> None:
    """Time with wall time or with this process's CPU time. CPU time is the honest measure on a
    shared machine: other jobs slow the wall clock but not the work a query does."""
    global CLOCK
    CLOCK = CLOCKS[name]


def timed(fn: Callable[[], object], repeat: int, budget: float = 20.0) -> list[float]:
    """Run fn ``repeat`` times (after one warm-up), stopping early once ``budget`` wall seconds are
    spent; returns the durations in milliseconds on the chosen clock."""
    fn()
    out: list[float] = []
    spent = time.perf_counter()
    for _ in range(repeat):
        t = CLOCK()
        fn()
        out.append((CLOCK() - t) * 1000)
        if time.perf_counter() - spent > budget and len(out) >= 3:
            break
    return out


def fmt_ms(values: list[float] | None) -> str:
    if not values:
        return "—"
    return f"{percentile(values, 0.5):.1f} / {percentile(values, 0.95):.1f}"


def median(values: list[float]) -> float:
    return statistics.median(values)


def machine() -> dict[str, str]:
    """nproc, CPU model, RAM, load, Python and library versions: printed with every result."""
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    mem_kb = next(int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines()
                  if line.startswith("MemTotal"))
    versions = {}
    for pkg in ("pyoxigraph", "oxigraph", "rdflib", "fastapi", "uvicorn", "httpx", "pyshacl"):
        try:
            versions[pkg] = metadata.version(pkg)
        except metadata.PackageNotFoundError:
            versions[pkg] = "absent"
    return {"nproc": str(os.cpu_count()), "cpu": cpu, "ram": f"{mem_kb / 1024 / 1024:.1f} GiB",
            "load": " ".join(f"{x:.2f}" for x in os.getloadavg()), "python": platform.python_version(),
            **versions}


def print_machine() -> None:
    print("# machine: " + json.dumps(machine(), ensure_ascii=False))


def table(headers: list[str], rows: list[list[str]]) -> str:
    """A Markdown table, so the output pastes straight into docs/benchmarks.md."""
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)
