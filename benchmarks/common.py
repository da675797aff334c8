"""What the benchmark scripts share: the national store (built once, cached), timing, the machine.

The national store is the real default build plus the synthetic load, written through bomay's
own ``LocalStore.rebuild``. It is cached under ``--cache`` (default ``/tmp/bomay-bench``) keyed
by document count and seed, because building it takes about a minute and every script needs it.
"""

from __future__ import annotations

import http.client
import json
import multiprocessing as mp
import os
import platform
import shutil
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from urllib.parse import urlencode, urlsplit

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


@dataclass
class Load:
    """What a bounded load run measured: seconds until the last client ended, latencies of the
    200 answers, and the failures (count and a few samples)."""

    seconds: float = 0.0
    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    samples: list[str] = field(default_factory=list)

    def add(self, other: Load) -> None:
        self.seconds += other.seconds
        self.latencies += other.latencies
        self.errors += other.errors
        self.samples += other.samples[: max(0, 4 - len(self.samples))]

    @property
    def rate(self) -> float:
        return len(self.latencies) / self.seconds if self.seconds else 0.0


def _client(job: tuple[str, str, int, int]) -> tuple[list[float], list[str]]:
    """One client: its own keep-alive connection, ``count`` GETs, latencies and errors back."""
    url, accept, count, timeout = job
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout)
    path = parts.path + ("?" + parts.query if parts.query else "")
    latencies: list[float] = []
    errors: list[str] = []
    for _ in range(count):
        started = time.perf_counter()
        try:
            conn.request("GET", path, headers={"Accept": accept})
            response = conn.getresponse()
            body = response.read()
            if response.status == 200:
                latencies.append(time.perf_counter() - started)
            else:
                errors.append(f"{response.status}: {body[:120]!r}")
        except (OSError, http.client.HTTPException) as exc:
            errors.append(repr(exc))
            conn.close()
            conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout)
    conn.close()
    return latencies, errors


def http_load(url: str, params: dict[str, str], clients: int, requests: int,
              accept: str = "application/sparql-results+json", timeout: int = 120) -> Load:
    """``clients`` processes, each with one keep-alive connection, send ``requests`` GETs each.

    Processes, not threads, and the standard library's http.client, not httpx: a client pool
    sharing one GIL could not send more than ~1,500 requests a second, which capped the fast
    server in the comparison rather than measuring it.
    """
    full = url + ("?" + urlencode(params) if params else "")
    context = mp.get_context("fork")
    with context.Pool(clients) as pool:
        pool.map(_client, [(full, accept, 2, timeout)] * clients)  # connect and warm up, not counted
        started = time.perf_counter()
        results = pool.map(_client, [(full, accept, requests, timeout)] * clients)
        seconds = time.perf_counter() - started
    load = Load(seconds=seconds)
    for latencies, errors in results:
        load.latencies += latencies
        load.errors += len(errors)
        load.samples += errors[:2]
    return load


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
    for pkg in ("pyoxigraph", "oxigraph", "rdflib", "fastapi", "uvicorn", "uvloop", "httptools", "httpx", "pyshacl"):
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
