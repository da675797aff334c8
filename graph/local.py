"""The embedded store: pyoxigraph (RocksDB) databases in a data directory, switched atomically.

Layout of a store directory::

    STORE/
      current -> builds/20261123T180102-4f2a   (relative symlink: the live database)
      builds/<id>/                             (pyoxigraph databases, newest kept)
      write.lock                               (held by the one process writing)

Every write makes a new database (a fresh one for ``rebuild``; a hard-link checkpoint of the
live one for ``replace_graphs``), fills it, closes it, and only then swaps ``current`` with an
atomic rename. A failed or killed write leaves ``current`` pointing at the untouched previous
database; readers open ``current`` read-only and never see a half-built one.
"""

from __future__ import annotations

import contextlib
import fcntl
import gc
import os
import shutil
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import cast

import pyoxigraph as ox

from bomay.errors import StoreError
from bomay.graph.errors import mapped_errors
from bomay.graph.memory import engine_query
from bomay.graph.store import Dataset, GraphPart, Progress, QueryResult, solutions_to_result

KEEP_BUILDS = 3
OPEN_ATTEMPTS = 5  # readers re-read the link when a build vanished under them (LocalStore.reader)
# Quads handed to RocksDB in one bulk ingestion. Each call writes its own files, so one call per
# small document graph made a load of thousands of documents about ten times slower.
BATCH_QUADS = 500_000


def _write_parts(store: ox.Store, parts: Iterable[GraphPart], progress: Progress | None) -> int:
    """Fill a store being built: each part replaces its graph; quads are ingested in big batches."""
    pending: list[ox.Quad] = []
    pending_graphs: set[str] = set()
    written = 0

    def flush() -> None:
        if pending:
            store.bulk_extend(pending)
            pending.clear()
            pending_graphs.clear()

    for part in parts:
        name = ox.NamedNode(part.graph)
        if part.graph in pending_graphs:
            flush()  # a graph given twice: the later part replaces the earlier one
        if store.contains_named_graph(name):
            store.remove_graph(name)
        store.add_graph(name)
        pending.extend(part.quads())
        pending_graphs.add(part.graph)
        written += len(part)
        if len(pending) >= BATCH_QUADS:
            flush()
        if progress:
            progress(part.graph, len(part))
    flush()
    return written


class LocalStore:
    """A store directory holding one live pyoxigraph database and a few previous ones."""

    def __init__(self, location: str | os.PathLike[str]) -> None:
        self.root = Path(location).expanduser()
        self.location = str(self.root)
        self._reader: ox.Store | None = None
        self._reader_path: Path | None = None
        self._link = os.path.join(self.root, "current")
        self._resolved: tuple[str, Path] | None = None  # the last text of ``current`` and where it led

    # -- reading ---------------------------------------------------------------------------

    @property
    def current_path(self) -> Path | None:
        """The live database directory, or None if nothing was ever built here."""
        # Every query asks (twice), so the usual case is one readlink: the link's text names a build
        # directory that is never reused nor deleted while live, so it is resolved and checked
        # once per link text.
        try:
            text = os.readlink(self._link)
        except OSError:  # missing, or not a symlink
            return None
        resolved = self._resolved
        if resolved is not None and resolved[0] == text:
            return resolved[1]
        target = (self.root / text).resolve()
        if not target.is_dir():
            return None
        self._resolved = (text, target)
        return target

    def exists(self) -> bool:
        return self.current_path is not None

    def reader(self) -> ox.Store:
        """A read-only view of the live database, reopened if a newer build was switched in.

        A writer that switches builds several times while this reader opens one may prune the build it
        had just resolved; the link is then read again (a few times) instead of failing."""
        for attempt in range(OPEN_ATTEMPTS):
            path = self.current_path
            if path is None:
                raise StoreError(f"no graph has been built in {self.root} yet: run `bomay build` first")
            if self._reader is not None and self._reader_path == path:
                return self._reader
            self._close_reader()
            try:
                self._reader = ox.Store.read_only(str(path))
            except OSError as exc:
                self._resolved = None
                if attempt + 1 < OPEN_ATTEMPTS and not (path / "CURRENT").exists():
                    continue  # pruned between reading the link and opening it: a newer build is live
                raise StoreError(f"cannot open the store at {path}: {exc}") from exc
            self._reader_path = path
            return self._reader
        raise StoreError(f"cannot open the store at {self.root}: builds kept changing")  # not reached

    def _close_reader(self) -> None:
        self._reader = None
        self._reader_path = None
        gc.collect()

    def raw_query(self, sparql: str, dataset: Dataset | None = None) -> object:
        """Run SPARQL on the live database; without a dataset the union of all graphs is the default graph."""
        return engine_query(self.reader(), sparql, dataset)

    def query(self, sparql: str) -> QueryResult:
        result = self.raw_query(sparql)
        with mapped_errors():
            return solutions_to_result(result)

    def named_graphs(self) -> list[str]:
        if not self.exists():
            return []
        return sorted(g.value for g in self.reader().named_graphs() if isinstance(g, ox.NamedNode))

    def dump(self, fmt: ox.RdfFormat, graph: str | None = None) -> bytes:
        store = self.reader()
        if graph is not None:
            return cast(bytes, store.dump(format=fmt, from_graph=ox.NamedNode(graph)))
        if fmt.supports_datasets:
            return cast(bytes, store.dump(format=fmt))
        # A graph-only format (Turtle, N-Triples, RDF/XML) gets the union of all graphs.
        triples = {ox.Triple(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None)}
        return cast(bytes, ox.serialize(sorted(triples, key=str), format=fmt))

    # -- writing ---------------------------------------------------------------------------

    def rebuild(self, parts: Iterable[GraphPart], progress: Progress | None = None) -> int:
        with self._write_lock():
            return self._write_new_build(lambda db: _write_parts(db, parts, progress), start_from=None)

    def replace_graphs(self, parts: Iterable[GraphPart], progress: Progress | None = None) -> int:
        with self._write_lock():
            return self._write_new_build(lambda db: _write_parts(db, parts, progress), start_from=self.current_path)

    def apply_update(self, sparql_update: str) -> None:
        """Run a SPARQL Update on a checkpoint of the live database and switch to it, all or nothing."""

        def run(db: ox.Store) -> int:
            with mapped_errors("update"):
                db.update(sparql_update)
            return 0

        with self._write_lock():
            self._write_new_build(run, start_from=self.current_path)

    def _write_new_build(self, fill: Callable[[ox.Store], int], start_from: Path | None) -> int:
        """Make a new database (empty, or a checkpoint of ``start_from``), let ``fill`` write it,
        and switch to it only if that succeeded."""
        builds = self.root / "builds"
        builds.mkdir(parents=True, exist_ok=True)
        now = time.time_ns()  # one reading for both parts: ids sort as the builds were made
        build_id = f"{time.strftime('%Y%m%dT%H%M%S', time.localtime(now // 10**9))}-{now % 10**9:09d}"
        target = builds / build_id
        try:
            if start_from is not None:
                ox.Store.read_only(str(start_from)).backup(str(target))
                gc.collect()
            store = ox.Store(str(target))
            written = fill(store)
            store.flush()
            store.optimize()
            del store
            gc.collect()
        except BaseException:
            gc.collect()
            shutil.rmtree(target, ignore_errors=True)
            raise
        self._switch_to(target)
        self._prune(keep=KEEP_BUILDS)
        return written

    def _switch_to(self, target: Path) -> None:
        """Point ``current`` at target with one atomic rename."""
        tmp_link = self.root / f".current-{uuid.uuid4().hex[:8]}"
        os.symlink(os.path.relpath(target, self.root), tmp_link)
        os.replace(tmp_link, self.root / "current")
        dir_fd = os.open(self.root, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)

    def _prune(self, keep: int) -> None:
        """Delete old builds, keeping the live one and a few before it for open readers.

        Runs under the write lock, so a build newer than the live one is the remains of a write
        that was killed before it could switch: it is deleted too.
        """
        live = self.current_path
        builds = sorted((self.root / "builds").iterdir(), key=lambda p: p.name, reverse=True)
        if live is not None:
            abandoned = [b for b in builds if b.name > live.name]
            builds = [b for b in builds if b not in abandoned]
            for b in abandoned:
                shutil.rmtree(b, ignore_errors=True)
        for old in builds[keep:]:
            if old != live:
                shutil.rmtree(old, ignore_errors=True)
        for stale in self.root.glob(".current-*"):
            stale.unlink(missing_ok=True)

    @contextlib.contextmanager
    def _write_lock(self) -> Iterator[None]:
        self.root.mkdir(parents=True, exist_ok=True)
        with open(self.root / "write.lock", "w") as fh:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError as exc:
                raise StoreError(f"another bomay process is writing to {self.root}; try again when it ends") from exc
            try:
                yield
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)
