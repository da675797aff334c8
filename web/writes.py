"""Writes through the web app, done the store's way: on a copy of the live build, then one switch.

Graph Store PUT replaces a whole graph (``LocalStore.replace_graphs``); a SPARQL Update, POST and
DELETE go through ``LocalStore.apply_update``, which runs on a hard-link checkpoint of the live
build and switches to it only when the update succeeded.
"""

from __future__ import annotations

from typing import cast

import pyoxigraph as ox

from bomay.graph.local import LocalStore
from bomay.graph.queryrun import with_prefixes
from bomay.graph.store import GraphPart
from bomay.searchkeys import with_search_keys


def apply_update(store: LocalStore, sparql_update: str) -> None:
    """Run a SPARQL Update (known prefixes allowed) on the store, all or nothing."""
    store.apply_update(with_prefixes(sparql_update))


def replace_graph(store: LocalStore, graph: str, triples: list[ox.Triple]) -> None:
    """Graph Store PUT: the graph's content becomes these triples (with search keys for labels)."""
    store.replace_graphs([GraphPart(graph, with_search_keys(triples), "uploaded through the web app")])


def add_to_graph(store: LocalStore, graph: str, triples: list[ox.Triple]) -> None:
    """Graph Store POST: these triples are added to the graph (created if absent)."""
    data = cast(bytes, ox.serialize(with_search_keys(triples), format=ox.RdfFormat.N_TRIPLES)).decode("utf-8")
    apply_update(store, f"INSERT DATA {{ GRAPH {ox.NamedNode(graph)} {{\n{data}\n}} }}")


def drop_graph(store: LocalStore, graph: str) -> None:
    apply_update(store, f"DROP GRAPH {ox.NamedNode(graph)}")
