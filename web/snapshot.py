"""One loaded version of the graph: the in-memory store plus what pages need precomputed.

The on-disk store is 5-10x slower per query than pyoxigraph's in-memory store (see
performance.md), so the server copies the live build into memory at start and after every
switch. The counts of the home page and the search index are computed here, once per build.
"""

from __future__ import annotations

import gc
import time
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from bomay.errors import StoreError
from bomay.searchkeys import SEARCH_KEY
from bomay.web.search import SearchIndex
from bomay.web.summary import Summary, summarise
from bomay.web.view import GraphView, value


@dataclass
class Snapshot:
    """A graph version as served: never changed after it is built."""

    source: str  # the build directory, or the endpoint URL
    build: str  # a short name for the version, shown on pages
    loaded_at: float
    load_seconds: float
    summary: Summary
    search: SearchIndex
    store: ox.Store | None = None  # the in-memory copy (local stores only)


def copy_build_to_memory(path: Path) -> ox.Store:
    """An in-memory store with every quad of the build at path (opened read-only)."""
    try:
        on_disk = ox.Store.read_only(str(path))
    except OSError as exc:
        raise StoreError(f"cannot open the build at {path}: {exc}") from exc
    memory = ox.Store()
    memory.bulk_extend(on_disk.quads_for_pattern(None, None, None))
    del on_disk
    gc.collect()  # releases RocksDB's handles on the build directory
    return memory


def local_search_index(store: ox.Store) -> SearchIndex:
    return SearchIndex((q.subject.value, q.object.value) for q in store.quads_for_pattern(None, SEARCH_KEY, None)
                       if isinstance(q.object, ox.Literal) and isinstance(q.subject, ox.NamedNode))


def view_search_index(view: GraphView) -> SearchIndex:
    rows = view.rows("SELECT DISTINCT ?e ?k WHERE { ?e bm:searchKey ?k FILTER(isIRI(?e)) }")
    return SearchIndex((value(r["e"]), value(r["k"])) for r in rows)


def build_snapshot(source: str, build: str, view: GraphView, store: ox.Store | None, started: float) -> Snapshot:
    summary = summarise(view)
    search = local_search_index(store) if store is not None else view_search_index(view)
    now = time.time()
    return Snapshot(source=source, build=build, loaded_at=now, load_seconds=time.perf_counter() - started,
                    summary=summary, search=search, store=store)
