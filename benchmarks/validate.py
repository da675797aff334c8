"""Wall time and peak memory of ``bomay validate`` with each SHACL engine, on a built store.

Each engine runs as the real command in a subprocess (``python -m bomay validate --engine X``);
a sampler adds up the resident memory of that process and every process it started (pyshacl's
worker pool) every 0.2 s, so the peak is what the machine had to hold, not one process's share.

    .venv/bin/python benchmarks/validate.py                      # the store in BOMAY_STORE
    .venv/bin/python benchmarks/validate.py --store PATH --engines shacl
"""

from __future__ import annotations

import argparse
import contextlib
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import print_machine, table

PAGE = os.sysconf("SC_PAGE_SIZE")


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        tree.setdefault(ppid, []).append(int(entry.name))
    return tree


def tree_rss(pid: int) -> int:
    """Resident bytes of ``pid`` and all its descendants."""
    tree, total, todo = _children(), 0, [pid]
    while todo:
        current = todo.pop()
        with contextlib.suppress(OSError, IndexError, ValueError):  # the process ended meanwhile
            total += int(Path(f"/proc/{current}/statm").read_text().split()[1]) * PAGE
        todo.extend(tree.get(current, []))
    return total


def run(engine: str, store: str, timeout: float) -> tuple[float, float, int, str]:
    env = dict(os.environ, BOMAY_STORE=store)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "bomay", "validate", "--engine", engine],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, tree_rss(proc.pid))
        if time.perf_counter() - started > timeout:
            proc.kill()
            break
        time.sleep(0.2)
    out, err = proc.communicate()
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)  # the command and its workers, all reaped
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    summary = next((line for line in reversed(err.splitlines()) if line.startswith("checked")),
                   f"exit {proc.returncode}: {err.strip().splitlines()[-1:] or out[-200:]}")
    return wall, cpu, peak, summary


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--store", default=os.environ.get("BOMAY_STORE"), help="a built store (default: BOMAY_STORE)")
    ap.add_argument("--engines", default="shacl,pyshacl", help="comma-separated, in the order to run them")
    ap.add_argument("--timeout", type=float, default=1800, help="seconds before an engine's run is stopped")
    args = ap.parse_args()
    if not args.store:
        ap.error("give --store or set BOMAY_STORE to a built store")
    print_machine()
    rows = []
    for engine in args.engines.split(","):
        wall, cpu, peak, summary = run(engine, args.store, args.timeout)
        print(f"# {engine}: {wall:.1f} s wall, {cpu:.1f} CPU-s, peak {peak / 2**30:.2f} GiB; {summary}", flush=True)
        rows.append([engine, f"{wall:.1f}", f"{cpu:.1f}", f"{peak / 2**30:.2f}", summary])
    print(table(["engine", "wall s", "CPU s", "peak RSS GiB (process tree)", "bomay's summary"], rows))


if __name__ == "__main__":
    main()
