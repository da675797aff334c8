"""User queries run in forked worker processes, so a runaway query can be killed.

pyoxigraph has no query timeout and a running query cannot be cancelled from another thread;
ORDER BY, GROUP BY and deep property paths compute everything before the first row. So each
user query goes to a worker process forked from the server after the graph was loaded (the
in-memory store is shared copy-on-write). The server waits for the answer until the deadline;
past it, it kills the worker and forks a fresh one, and answers with an error. Other requests
keep going to the other workers meanwhile.

Forking a threaded process is safe here because the child only runs this module's loop over
an immutable store, and no thread of the parent queries that store during a fork (the
``ForkGate``): page handlers take the gate shared, a fork takes it exclusive.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import queue
import signal
import socket
import struct
import threading
import time
from collections.abc import Iterator

import pyoxigraph as ox

from bomay.web.execute import Answer, QueryJob, execute

_HEADER = struct.Struct("!Q")
# Parent-side sockets of every live worker: a new child closes them, so that each worker
# sees end-of-file (and exits) as soon as the server process is gone.
_PARENT_ENDS: set[int] = set()
_PARENT_ENDS_LOCK = threading.Lock()


class QueryTimeout(Exception):
    pass


class ServerBusy(Exception):
    pass


class PoolRetired(Exception):
    """The pool belongs to a graph that was replaced; run the query on the new one."""


class ForkGate:
    """A readers-writer lock: many page queries at once, or one fork with none of them."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._readers = 0
        self._forking = 0
        self._fork_lock = threading.Lock()  # one fork at a time

    @contextlib.contextmanager
    def shared(self) -> Iterator[None]:
        with self._cond:
            while self._forking:
                self._cond.wait()
            self._readers += 1
        try:
            yield
        finally:
            with self._cond:
                self._readers -= 1
                self._cond.notify_all()

    @contextlib.contextmanager
    def exclusive(self) -> Iterator[None]:
        with self._fork_lock:
            with self._cond:
                self._forking += 1
                while self._readers:
                    self._cond.wait()
            try:
                yield
            finally:
                with self._cond:
                    self._forking -= 1
                    self._cond.notify_all()


def _send(sock: socket.socket, obj: object) -> None:
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    sock.sendall(_HEADER.pack(len(data)) + data)


def _recv_exact(sock: socket.socket, size: int, deadline: float | None) -> bytes:
    parts: list[bytes] = []
    remaining = size
    while remaining:
        if deadline is not None:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError
            sock.settimeout(left)
        try:
            chunk = sock.recv(min(remaining, 1 << 20))
        except TimeoutError:
            raise
        except OSError as exc:
            raise EOFError(str(exc)) from exc
        if not chunk:
            raise EOFError("worker closed its socket")
        parts.append(chunk)
        remaining -= len(chunk)
    return b"".join(parts)


def _recv(sock: socket.socket, deadline: float | None = None) -> object:
    (size,) = _HEADER.unpack(_recv_exact(sock, _HEADER.size, deadline))
    return pickle.loads(_recv_exact(sock, size, deadline))


def _child_main(sock: socket.socket, store: ox.Store) -> None:
    """The worker loop: answer jobs until the server goes away."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    with contextlib.suppress(ValueError, OSError):
        signal.set_wakeup_fd(-1)
    sock.settimeout(None)
    while True:
        try:
            job = _recv(sock)
        except (EOFError, OSError):
            return
        try:
            answer = execute(store, job)  # type: ignore[arg-type]
        except Exception as exc:  # a bug must answer, not hang the server's request
            answer = Answer.error(500, f"internal error while running the query: {exc!r}")
        try:
            _send(sock, answer)
        except OSError:
            return


class Worker:
    def __init__(self, store: ox.Store, gate: ForkGate) -> None:
        parent_end, child_end = socket.socketpair()
        # The registry lock is held across the fork, so the child gets a consistent list of
        # sockets to close and never touches the lock itself.
        with gate.exclusive(), _PARENT_ENDS_LOCK:
            inherited = list(_PARENT_ENDS)
            pid = os.fork()
            if pid != 0:
                _PARENT_ENDS.add(parent_end.fileno())
        if pid == 0:  # pragma: no cover - runs in the child
            code = 0
            try:
                parent_end.close()
                for fd in inherited:
                    with contextlib.suppress(OSError):
                        os.close(fd)
                _child_main(child_end, store)
            except BaseException:
                code = 1
            finally:
                os._exit(code)
        child_end.close()
        self.pid = pid
        self.sock = parent_end

    def run(self, job: QueryJob, deadline: float) -> Answer:
        self.sock.settimeout(None)
        _send(self.sock, job)
        answer = _recv(self.sock, deadline)
        assert isinstance(answer, Answer)
        return answer

    def stop(self, kill: bool = False) -> None:
        """Close the socket (the worker exits at end-of-file); kill it first if it is busy."""
        with _PARENT_ENDS_LOCK:
            _PARENT_ENDS.discard(self.sock.fileno())
        if kill:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, signal.SIGKILL)
        self.sock.close()
        _reap(self.pid, wait=kill)


def _reap(pid: int, wait: bool) -> None:
    """Collect an exited worker so it leaves no zombie; a closing worker is collected later."""
    try:
        if wait:
            os.waitpid(pid, 0)
            return
        done, _ = os.waitpid(pid, os.WNOHANG)
        if not done:
            threading.Thread(target=_reap, args=(pid, True), daemon=True).start()
    except ChildProcessError:
        pass


class WorkerPool:
    """A fixed number of workers over one store; a killed worker is replaced at once."""

    def __init__(self, store: ox.Store, size: int, gate: ForkGate) -> None:
        self.store = store
        self.gate = gate
        self.size = max(1, size)
        self._idle: queue.Queue[Worker] = queue.Queue()
        self._all: set[Worker] = set()
        self._lock = threading.Lock()
        self.retired = False
        for _ in range(self.size):
            self._add()

    def _add(self) -> None:
        worker = Worker(self.store, self.gate)
        with self._lock:
            self._all.add(worker)
        self._idle.put(worker)

    def run(self, job: QueryJob, timeout: float) -> Answer:
        """The job's answer, or QueryTimeout past ``timeout`` seconds (waiting for a worker included)."""
        deadline = time.monotonic() + timeout
        if self.retired:
            raise PoolRetired
        try:
            worker = self._idle.get(timeout=timeout)
        except queue.Empty:
            raise ServerBusy from None
        if self.retired:
            self._release(worker)
            raise PoolRetired
        try:
            answer = worker.run(job, deadline)
        except TimeoutError:
            self._replace(worker)
            raise QueryTimeout from None
        except (EOFError, OSError) as exc:
            self._replace(worker)
            return Answer.error(500, f"the query's worker process died ({exc}); it has been replaced")
        self._release(worker)
        return answer

    def _release(self, worker: Worker) -> None:
        if self.retired:
            self._discard(worker, kill=False)
        else:
            self._idle.put(worker)

    def _discard(self, worker: Worker, kill: bool) -> None:
        with self._lock:
            self._all.discard(worker)
        worker.stop(kill=kill)

    def _replace(self, worker: Worker) -> None:
        self._discard(worker, kill=True)
        if not self.retired:
            self._add()

    def retire(self) -> None:
        """Stop taking jobs; idle workers exit now, busy ones when they finish."""
        self.retired = True
        while True:
            try:
                worker = self._idle.get_nowait()
            except queue.Empty:
                break
            self._discard(worker, kill=False)

    def close(self) -> None:
        self.retire()
        with self._lock:
            workers = list(self._all)
        for worker in workers:
            self._discard(worker, kill=True)
