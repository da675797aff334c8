"""Writes through the web app, done the store's way: on a copy of the live build, then one switch.

``LocalStore`` writes whole graphs (``replace_graphs``). A SPARQL Update can touch anything, so
``apply_update`` makes a hard-link checkpoint of the live build, runs the update on it, and
switches ``current`` to it exactly as ``LocalStore._write_new_build`` does; a failing update
leaves the live build untouched. It uses LocalStore's private helpers on purpose (same lock,
same switch, same pruning) rather than a second copy of that logic.
"""

from __future__ import annotations

import gc
import shutil
import time

import pyoxigraph as ox

from bomay.errors import QueryError
from bomay.graph.local import KEEP_BUILDS, LocalStore
from bomay.graph.queryrun import with_prefixes
from bomay.graph.store import GraphPart
from bomay.loaders.base import with_search_keys


def apply_update(store: LocalStore, sparql_update: str) -> None:
    """Run a SPARQL Update on a copy of the live build and switch to it, all or nothing."""
    text = with_prefixes(sparql_update)
    with store._write_lock():
        builds = store.root / "builds"
        builds.mkdir(parents=True, exist_ok=True)
        target = builds / f"{time.strftime('%Y%m%dT%H%M%S')}-{time.time_ns() % 10**9:09d}"
        start_from = store.current_path
        try:
            if start_from is not None:
                ox.Store.read_only(str(start_from)).backup(str(target))
                gc.collect()
            database = ox.Store(str(target))
            try:
                database.update(text)
            except SyntaxError as exc:
                raise QueryError(f"SPARQL Update syntax error: {exc}") from exc
            except (OSError, ValueError, RuntimeError) as exc:
                raise QueryError(f"update failed: {exc}") from exc
            database.flush()
            database.optimize()
            del database
            gc.collect()
        except BaseException:
            gc.collect()
            shutil.rmtree(target, ignore_errors=True)
            raise
        store._switch_to(target)
        store._prune(keep=KEEP_BUILDS)


def replace_graph(store: LocalStore, graph: str, triples: list[ox.Triple]) -> None:
    """Graph Store PUT: the graph's content becomes these triples (with search keys for labels)."""
    store.replace_graphs([GraphPart(graph, with_search_keys(triples), "uploaded through the web app")])


def add_to_graph(store: LocalStore, graph: str, triples: list[ox.Triple]) -> None:
    """Graph Store POST: these triples are added to the graph (created if absent)."""
    data = ox.serialize(with_search_keys(triples), format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
    apply_update(store, f"INSERT DATA {{ GRAPH {ox.NamedNode(graph)} {{\n{data}\n}} }}")


def drop_graph(store: LocalStore, graph: str) -> None:
    apply_update(store, f"DROP GRAPH {ox.NamedNode(graph)}")
