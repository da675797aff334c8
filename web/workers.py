"""User queries run in forked worker processes, so a runaway query can be killed.

pyoxigraph has no query timeout and a running query cannot be cancelled from another thread;
ORDER BY, GROUP BY and deep property paths compute everything before the first row. So each
user query goes to a worker process forked from the server after the graph was loaded (the
in-memory store is shared copy-on-write). The server waits for the answer until the deadline;
past it, it kills the worker and forks a fresh one, and answers with an error. Other requests
keep going to the other workers meanwhile.

The event loop talks to the workers' sockets itself (no thread per request): a request costs
one pickled job out and one pickled answer back. Waiting for a free worker is a future that
the next released worker fulfils, whichever thread releases it.

Forking a threaded process is safe here because the child only runs this module's loop over
an immutable store, and no thread of the parent queries that store during a fork (the
``ForkGate``): page handlers take the gate shared, a fork takes it exclusive.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import os
import pickle
import signal
import socket
import struct
import threading
from collections.abc import Iterator

from bomay.graph.execute import Answer, QueryJob, execute
from bomay.graph.store import Reader

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


def _recv_exact(sock: socket.socket, size: int) -> bytes:
    parts: list[bytes] = []
    remaining = size
    while remaining:
        chunk = sock.recv(min(remaining, 1 << 20))
        if not chunk:
            raise EOFError("the server closed its socket")
        parts.append(chunk)
        remaining -= len(chunk)
    return b"".join(parts)


def _recv(sock: socket.socket) -> object:
    """One message, read by a worker (blocking)."""
    (size,) = _HEADER.unpack(_recv_exact(sock, _HEADER.size))
    return pickle.loads(_recv_exact(sock, size))


async def _recv_async(loop: asyncio.AbstractEventLoop, sock: socket.socket) -> object:
    """One message read by the event loop: the first read usually holds all of a small answer."""
    buf = bytearray()
    while len(buf) < _HEADER.size:
        chunk = await loop.sock_recv(sock, 1 << 16)
        if not chunk:
            raise EOFError("worker closed its socket")
        buf += chunk
    (size,) = _HEADER.unpack_from(buf)
    total = _HEADER.size + size
    if len(buf) < total:
        whole = bytearray(total)
        whole[: len(buf)] = buf
        view = memoryview(whole)
        got = len(buf)
        while got < total:
            n = await loop.sock_recv_into(sock, view[got:])
            if not n:
                raise EOFError("worker closed its socket")
            got += n
        buf = whole
    return pickle.loads(memoryview(buf)[_HEADER.size:])


def _child_main(sock: socket.socket, store: Reader) -> None:
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
            answer = execute(store, job)  # type: ignore[arg-type]  # a QueryJob, as sent
        except Exception as exc:  # a bug must answer, not hang the server's request
            answer = Answer.error(500, f"internal error while running the query: {exc!r}")
        try:
            _send(sock, answer)
        except OSError:
            return


class Worker:
    def __init__(self, store: Reader, gate: ForkGate) -> None:
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

    async def run(self, job: QueryJob) -> Answer:
        loop = asyncio.get_running_loop()
        self.sock.setblocking(False)
        data = pickle.dumps(job, protocol=pickle.HIGHEST_PROTOCOL)
        await loop.sock_sendall(self.sock, _HEADER.pack(len(data)) + data)
        answer = await _recv_async(loop, self.sock)
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
    """A fixed number of workers over one store; a killed worker is replaced at once.

    Jobs are run from an event loop (``run``); a thread without one uses ``run_blocking``.
    """

    def __init__(self, store: Reader, size: int, gate: ForkGate) -> None:
        self.store = store
        self.gate = gate
        self.size = max(1, size)
        self._lock = threading.Lock()  # guards _idle, _waiters and _all
        self._idle: list[Worker] = []
        self._waiters: collections.deque[tuple[asyncio.AbstractEventLoop, asyncio.Future[Worker]]] = \
            collections.deque()
        self._all: set[Worker] = set()
        self.retired = False
        for _ in range(self.size):
            self._add()

    def _add(self) -> None:
        worker = Worker(self.store, self.gate)
        with self._lock:
            self._all.add(worker)
        self._release(worker)

    async def run(self, job: QueryJob, timeout: float) -> Answer:
        """The job's answer, or QueryTimeout past ``timeout`` seconds (waiting for a worker included)."""
        deadline = asyncio.get_running_loop().time() + timeout
        if self.retired:
            raise PoolRetired
        worker = await self._acquire(timeout)
        if self.retired:
            self._release(worker)
            raise PoolRetired
        try:
            async with asyncio.timeout_at(deadline):
                answer = await worker.run(job)
        except TimeoutError:
            await asyncio.to_thread(self._replace, worker)  # a fork waits for page readers: off the loop
            raise QueryTimeout from None
        except (EOFError, OSError) as exc:
            await asyncio.to_thread(self._replace, worker)
            return Answer.error(500, f"the query's worker process died ({exc}); it has been replaced")
        except BaseException:
            # Cancelled half-way: the worker's socket may still get this answer, so it is not reused.
            threading.Thread(target=self._replace, args=(worker,), daemon=True).start()
            raise
        self._release(worker)
        return answer

    def run_blocking(self, job: QueryJob, timeout: float) -> Answer:
        """``run`` for a caller that has no event loop (scripts, benchmarks)."""
        return asyncio.run(self.run(job, timeout))

    async def _acquire(self, timeout: float) -> Worker:
        loop = asyncio.get_running_loop()
        with self._lock:
            if self._idle:
                return self._idle.pop()
            entry = (loop, loop.create_future())
            self._waiters.append(entry)
        try:
            return await asyncio.wait_for(entry[1], timeout)
        except TimeoutError:
            raise ServerBusy from None
        finally:
            with self._lock, contextlib.suppress(ValueError):
                self._waiters.remove(entry)

    def _release(self, worker: Worker) -> None:
        """Hand the worker to the longest waiting request, or put it back; any thread may call this."""
        if self.retired:
            self._discard(worker, kill=False)
            return
        with self._lock:
            while self._waiters:
                loop, future = self._waiters.popleft()
                try:
                    loop.call_soon_threadsafe(self._hand, future, worker)
                    return
                except RuntimeError:  # that waiter's loop has closed
                    continue
            self._idle.append(worker)

    def _hand(self, future: asyncio.Future[Worker], worker: Worker) -> None:
        if future.done():  # the waiter gave up meanwhile: the next one gets the worker
            self._release(worker)
        else:
            future.set_result(worker)

    def _discard(self, worker: Worker, kill: bool) -> None:
        with self._lock:
            self._all.discard(worker)
        worker.stop(kill=kill)

    def _replace(self, worker: Worker) -> None:
        self._discard(worker, kill=True)
        if not self.retired:
            self._add()

    def retire(self) -> None:
        """Stop taking jobs; idle workers exit now, busy ones when they finish; waiters move on."""
        self.retired = True
        with self._lock:
            idle, self._idle = self._idle, []
            waiters = list(self._waiters)
            self._waiters.clear()
        for worker in idle:
            self._discard(worker, kill=False)
        for loop, future in waiters:
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(_fail, future, PoolRetired())

    def close(self) -> None:
        self.retire()
        with self._lock:
            workers = list(self._all)
        for worker in workers:
            self._discard(worker, kill=True)


def _fail(future: asyncio.Future[Worker], exc: BaseException) -> None:
    if not future.done():
        future.set_exception(exc)
