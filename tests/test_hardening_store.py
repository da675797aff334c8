"""Readers during a rebuild see the old graph or the new one, never a mix, and never an error.

Another process rewrites the store several times (whole rebuilds and multi-graph replaces),
holding each state until a reader has seen it, while two readers in this process count
triples per named graph in a loop. Every count they observe must be exactly one of the
written states. (A build killed with SIGKILL is covered in ``test_store.py``.)
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pyoxigraph as ox

from bomay.graph.local import LocalStore
from bomay.graph.store import GraphPart
from bomay.namespaces import graph_iri

OLD = {graph_iri("test", "consistency", str(i)): 100 * (i + 1) for i in range(5)}
NEW = {**{g: n + 50 for g, n in OLD.items()}, graph_iri("test", "consistency", "5"): 700}
COUNTS = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"

WRITER = textwrap.dedent("""
    import os, sys, time
    from pathlib import Path
    import pyoxigraph as ox
    from bomay.graph.local import LocalStore
    from bomay.graph.store import GraphPart

    def parts(state):
        return [GraphPart(g, [ox.Triple(ox.NamedNode(f"{g}/s{i}"), ox.NamedNode("http://example.org/p"),
                                        ox.Literal(str(i))) for i in range(n)]) for g, n in state.items()]

    old, new = eval(sys.argv[2]), eval(sys.argv[3])
    store, signals = LocalStore(sys.argv[1]), Path(sys.argv[5])
    replaced = {g: n for g, n in new.items() if g in old}
    plan = [(store.rebuild, new, 1),             # whole rebuild: adds a graph, changes every count
            (store.rebuild, old, 0),
            (store.replace_graphs, replaced, 2),  # five graphs replaced at once
            (store.rebuild, old, 0)] * int(sys.argv[4])
    for step, (write, state, index) in enumerate(plan):
        write(parts(state))
        (signals / "written.tmp").write_text(f"{step} {index}")
        os.replace(signals / "written.tmp", signals / "written")
        deadline = time.monotonic() + 30     # hold each state until a reader has seen it (slow CI machines)
        while time.monotonic() < deadline and (signals / "acked").read_text() != str(step):
            time.sleep(0.01)
""")


def _parts(state: dict[str, int]) -> list[GraphPart]:
    return [GraphPart(g, [ox.Triple(ox.NamedNode(f"{g}/s{i}"), ox.NamedNode("http://example.org/p"),
                                    ox.Literal(str(i))) for i in range(n)]) for g, n in state.items()]


def test_readers_see_the_old_graph_or_the_new_one_never_a_mix(tmp_path: Path) -> None:
    root = tmp_path / "store"
    LocalStore(root).rebuild(_parts(OLD))
    replaced = {g: NEW[g] for g in OLD}  # replace_graphs result: five new counts, no sixth graph
    allowed = [OLD, NEW, replaced]
    signals = tmp_path / "signals"  # the writer says which state it wrote; a reader acknowledges seeing it
    signals.mkdir()
    (signals / "acked").write_text("")
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(root), repr(OLD), repr(NEW), "2", str(signals)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    observed: list[dict[str, int]] = []
    errors: list[str] = []

    def acknowledge(state: dict[str, int]) -> None:
        try:
            step, index = (signals / "written").read_text().split()
        except (FileNotFoundError, ValueError):
            return
        if state in allowed and allowed.index(state) == int(index):
            (signals / f"acked.{threading.get_ident()}").write_text(step)
            os.replace(signals / f"acked.{threading.get_ident()}", signals / "acked")

    def read_until_done() -> None:
        reader = LocalStore(root)  # one object per reader: it reopens when `current` moves
        while writer.poll() is None:
            try:
                rows = reader.query(COUNTS).rows
            except Exception as exc:  # any failure while a write is under way is a finding
                errors.append(f"{type(exc).__name__}: {exc}")
                continue
            observed.append({g.value: int(n.value) for g, n in rows})  # type: ignore[union-attr]
            acknowledge(observed[-1])
            time.sleep(0.005)

    threads = [threading.Thread(target=read_until_done) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    _, stderr = writer.communicate(timeout=120)
    assert writer.returncode == 0, stderr
    assert not errors, errors[:3]
    mixed = [state for state in observed if state not in allowed]
    assert not mixed, f"{len(mixed)} of {len(observed)} reads saw a mix, e.g. {mixed[0]}"
    seen = {allowed.index(state) for state in observed}
    assert seen == {0, 1, 2}, f"the readers did not see every state ({len(observed)} reads, states {seen})"
    assert LocalStore(root).query(COUNTS).rows and {
        g.value: int(n.value) for g, n in LocalStore(root).query(COUNTS).rows} == OLD  # type: ignore[union-attr]


def test_a_reader_whose_build_was_pruned_reads_the_link_again(tmp_path: Path) -> None:
    """A writer switching builds fast may prune the build a reader has just resolved: the reader
    re-reads the link and opens the live build instead of failing."""
    root = tmp_path / "store"
    LocalStore(root).rebuild(_parts(OLD))
    pruned = root / "builds" / "20000101T000000-000000000"  # resolved, then deleted before it was opened

    class Racing(LocalStore):
        resolved = 0

        @property
        def current_path(self) -> Path | None:
            self.resolved += 1
            return pruned if self.resolved == 1 else LocalStore.current_path.fget(self)  # type: ignore[attr-defined]

    reader = Racing(root)
    assert {g.value: int(n.value) for g, n in reader.query(COUNTS).rows} == OLD  # type: ignore[union-attr]
    assert reader.resolved >= 2
