"""Where the served graph comes from: a local store directory (served from memory) or a remote
SPARQL endpoint (proxied).

Local: the live build is copied into memory at start. A watcher notices when ``current`` is
switched to another build (``bomay build``, ``bomay load`` or a write through this server),
loads that build into a fresh store in the background, and then swaps one reference. A
request takes the reference once, so it sees the old graph or the new one, never a mix;
requests in flight finish on the old one.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from bomay.errors import StoreError
from bomay.graph.execute import Answer, QueryJob, execute
from bomay.graph.local import LocalStore
from bomay.graph.memory import MemoryStore
from bomay.web.config import ServeConfig
from bomay.web.snapshot import Snapshot, build_snapshot, copy_build_to_memory
from bomay.web.view import GraphView, LocalView, RemoteView
from bomay.web.workers import ForkGate, PoolRetired, QueryTimeout, ServerBusy, WorkerPool

log = logging.getLogger("bomay.web")


def timeout_answer(seconds: float) -> Answer:
    answer = Answer.error(503, f"query timed out: it ran longer than the server's time limit of {seconds:g} s "
                               f"(--query-timeout) and was stopped; narrow it or add a LIMIT")
    answer.headers["Retry-After"] = "1"
    return answer


def busy_answer(seconds: float) -> Answer:
    answer = Answer.error(503, f"server busy: every query worker stayed occupied for {seconds:g} s; try again")
    answer.headers["Retry-After"] = "2"
    return answer


@dataclass
class Live:
    snapshot: Snapshot
    view: GraphView
    pool: WorkerPool | None = None


class LocalBackend:
    """A store directory, served from an in-memory copy of its live build."""

    kind = "local"

    def __init__(self, config: ServeConfig) -> None:
        self.config = config
        self.store = LocalStore(config.store)
        self.gate = ForkGate()
        self._live: Live | None = None
        self._reload_lock = threading.Lock()
        self._stop = threading.Event()
        self._watcher: threading.Thread | None = None

    def start(self) -> None:
        path = self.store.current_path
        if path is None:
            raise StoreError(f"no graph has been built in {self.store.root} yet: run `bomay build` first")
        self._live = self._load(path)
        self._watcher = threading.Thread(target=self._watch, name="bomay-build-watcher", daemon=True)
        self._watcher.start()

    def _load(self, path: Path) -> Live:
        started = time.perf_counter()
        memory = copy_build_to_memory(path)
        view = LocalView(memory, self.gate)
        snapshot = build_snapshot(str(path), path.name, view, memory, started)
        pool = WorkerPool(MemoryStore(memory, str(path)), self.config.workers, self.gate)
        log.info("serving build %s (%d triples, loaded in %.1f s)", path.name, snapshot.summary.triples,
                 snapshot.load_seconds)
        return Live(snapshot, view, pool)

    @property
    def live(self) -> Live:
        assert self._live is not None, "backend not started"
        return self._live

    def reload_if_changed(self) -> bool:
        """Load and switch to the build ``current`` points at, if it is not the one served."""
        with self._reload_lock:
            path = self.store.current_path
            if path is None or (self._live is not None and str(path) == self._live.snapshot.source):
                return False
            new = self._load(path)
            old, self._live = self._live, new
            if old is not None and old.pool is not None:
                old.pool.retire()
            return True

    def _watch(self) -> None:
        while not self._stop.wait(self.config.poll_interval):
            try:
                self.reload_if_changed()
            except Exception:  # keep serving the old graph; say why the new one was refused
                log.exception("could not load the new build; still serving the previous one")

    async def run_query(self, job: QueryJob) -> Answer:
        timeout = self.config.query_timeout
        for _ in range(5):
            live = self.live
            assert live.pool is not None
            try:
                return await live.pool.run(job, timeout)
            except PoolRetired:
                continue
            except QueryTimeout:
                return timeout_answer(timeout)
            except ServerBusy:
                return busy_answer(timeout)
        return busy_answer(timeout)

    def close(self) -> None:
        self._stop.set()
        if self._live is not None and self._live.pool is not None:
            self._live.pool.close()


class RemoteBackend:
    """A remote SPARQL endpoint: user queries are proxied, pages query it directly."""

    kind = "remote"
    REFRESH_SECONDS = 300.0

    def __init__(self, config: ServeConfig) -> None:
        from bomay.graph.remote import RemoteStore

        self.config = config
        self.store = RemoteStore(config.store, read_timeout=config.query_timeout)
        self._view = RemoteView(self.store)
        self._live: Live | None = None
        self._stop = threading.Event()

    def start(self) -> None:
        self._live = self._load()
        threading.Thread(target=self._refresh, name="bomay-remote-refresh", daemon=True).start()

    def _load(self) -> Live:
        started = time.perf_counter()
        snapshot = build_snapshot(self.config.store, self.config.store, self._view, None, started)
        return Live(snapshot, self._view)

    def _refresh(self) -> None:
        while not self._stop.wait(self.REFRESH_SECONDS):
            try:
                self._live = self._load()
            except Exception:
                log.exception("could not refresh the summary of %s", self.config.store)

    @property
    def live(self) -> Live:
        assert self._live is not None, "backend not started"
        return self._live

    def reload_if_changed(self) -> bool:
        self._live = self._load()
        return True

    async def run_query(self, job: QueryJob) -> Answer:
        """The proxied answer; the blocking HTTP client runs in a thread."""
        return await asyncio.to_thread(self.run_query_blocking, job)

    def run_query_blocking(self, job: QueryJob) -> Answer:
        """The endpoint's answer read through the remote store and serialised like a local one."""
        answer = execute(self.store, job)
        if answer.status == 503:
            return timeout_answer(self.config.query_timeout)
        return answer

    def close(self) -> None:
        self._stop.set()
        self.store.close()


Backend = LocalBackend | RemoteBackend


def make_backend(config: ServeConfig) -> Backend:
    from bomay.config import is_remote

    return RemoteBackend(config) if is_remote(config.store) else LocalBackend(config)
