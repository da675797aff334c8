"""The embedded store: round trips, atomic switching, and what a failure leaves behind."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from bomay.errors import StoreError
from bomay.graph.local import LocalStore
from bomay.graph.store import GraphPart

EX = "http://example.org/"


def part(graph: str, n: int, label: str = "x") -> GraphPart:
    triples = [ox.Triple(ox.NamedNode(f"{EX}s{i}"), ox.NamedNode(f"{EX}p"), ox.Literal(f"{label} {i}", language="vi"))
               for i in range(n)]
    return GraphPart(EX + graph, triples)


def count(store: LocalStore, graph: str | None = None) -> int:
    where = f"GRAPH <{EX}{graph}> {{ ?s ?p ?o }}" if graph else "?s ?p ?o"
    return int(store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}").rows[0][0].value)


def tree_digest(path: Path) -> str:
    h = hashlib.sha256()
    for f in sorted(p for p in path.rglob("*") if p.is_file()):
        h.update(str(f.relative_to(path)).encode())
        h.update(f.read_bytes())
    return h.hexdigest()


def test_round_trip_keeps_vietnamese_literals(store_dir: Path) -> None:
    store = LocalStore(store_dir)
    store.rebuild([part("g1", 3, "Ủy ban nhân dân")])
    rows = store.query(f"SELECT ?o WHERE {{ <{EX}s1> ?p ?o }}").rows
    assert rows[0][0].value == "Ủy ban nhân dân 1"
    assert rows[0][0].language == "vi"
    assert store.named_graphs() == [EX + "g1"]


def test_replace_graphs_replaces_only_the_named_graph(store_dir: Path) -> None:
    store = LocalStore(store_dir)
    store.rebuild([part("g1", 5), part("g2", 7)])
    store.replace_graphs([part("g1", 2)])
    assert count(store, "g1") == 2
    assert count(store, "g2") == 7


def test_store_survives_reopening_in_another_object(store_dir: Path) -> None:
    LocalStore(store_dir).rebuild([part("g1", 4)])
    assert count(LocalStore(store_dir)) == 4


def test_reading_an_empty_store_says_to_build(store_dir: Path) -> None:
    with pytest.raises(StoreError, match="bomay build"):
        LocalStore(store_dir).query("ASK {}")


def test_a_write_that_fails_half_way_leaves_the_previous_store_untouched(store_dir: Path) -> None:
    store = LocalStore(store_dir)
    store.rebuild([part("g1", 10)])
    live = store.current_path
    assert live is not None
    before = tree_digest(live)

    def parts_then_failure():
        yield part("g1", 1)
        yield part("g2", 100)
        raise RuntimeError("source broke in the middle")

    with pytest.raises(RuntimeError):
        store.replace_graphs(parts_then_failure())
    with pytest.raises(RuntimeError):
        store.rebuild(parts_then_failure())

    assert store.current_path == live
    assert tree_digest(live) == before
    assert count(LocalStore(store_dir), "g1") == 10
    assert count(LocalStore(store_dir)) == 10
    assert [p.name for p in (store_dir / "builds").iterdir()] == [live.name]


def test_a_reader_keeps_its_snapshot_until_it_reopens(store_dir: Path) -> None:
    writer = LocalStore(store_dir)
    writer.rebuild([part("g1", 3)])
    reader = LocalStore(store_dir)
    assert count(reader) == 3
    snapshot = reader.reader()
    writer.rebuild([part("g1", 8)])
    old = snapshot.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert int(next(iter(old))["n"].value) == 3
    assert count(reader) == 8  # the next query sees the switched-in build


def test_only_one_writer_at_a_time(store_dir: Path) -> None:
    import fcntl

    store = LocalStore(store_dir)
    store.rebuild([part("g1", 1)])
    with open(store_dir / "write.lock", "w") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        with pytest.raises(StoreError, match="another bomay process"):
            store.replace_graphs([part("g2", 1)])


def test_old_builds_are_pruned(store_dir: Path) -> None:
    store = LocalStore(store_dir)
    for i in range(6):
        store.rebuild([part("g1", i + 1)])
    assert len(list((store_dir / "builds").iterdir())) <= 3
    assert count(store) == 6


def test_a_build_killed_with_sigkill_leaves_a_store_that_answers(store_dir: Path, tmp_path: Path) -> None:
    store = LocalStore(store_dir)
    store.rebuild([part("g1", 5)])
    script = tmp_path / "slow_build.py"
    script.write_text(textwrap.dedent(f"""
        import time, pyoxigraph as ox
        from bomay.graph.local import LocalStore
        from bomay.graph.store import GraphPart
        def parts():
            for i in range(10_000):
                t = [ox.Triple(ox.NamedNode("http://e/s%d_%d" % (i, j)), ox.NamedNode("http://e/p"), ox.Literal("v"))
                     for j in range(200)]
                yield GraphPart("http://e/g%d" % i, t)
                if i == 3:
                    print("started", flush=True)
        LocalStore({str(store_dir)!r}).rebuild(parts())
    """))
    proc = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "started"
    time.sleep(0.3)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    fresh = LocalStore(store_dir)
    assert count(fresh) == 5
    fresh.replace_graphs([part("g2", 2)])  # and it can still be written
    assert count(LocalStore(store_dir)) == 7
    live = LocalStore(store_dir).current_path
    assert live is not None
    assert all(b.name <= live.name for b in (store_dir / "builds").iterdir()), "the killed build was not cleaned up"
