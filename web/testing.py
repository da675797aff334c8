"""Small stores and a real ``bomay serve`` process for the web app's tests and benchmarks."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterable
from pathlib import Path

import httpx
import pyoxigraph as ox

from bomay.graph.local import LocalStore
from bomay.graph.store import GraphPart
from bomay.loaders.ontology import OntologySource
from bomay.namespaces import graph_iri
from bomay.searchkeys import with_search_keys


def turtle_part(path: Path, graph: str | None = None) -> GraphPart:
    """One named graph (``.../graph/test/<stem>`` unless given) with the triples of a Turtle file."""
    triples = [q.triple for q in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)]
    return GraphPart(graph or graph_iri("test", path.stem), with_search_keys(triples), f"test data {path.name}")


def build_store(location: Path, turtle_files: Iterable[Path] = (), extra: Iterable[GraphPart] = ()) -> LocalStore:
    """A store holding the ontology graphs, one graph per Turtle file, and any extra parts."""
    store = LocalStore(location)
    parts = [*OntologySource().parts(), *(turtle_part(Path(p)) for p in turtle_files), *extra]
    store.rebuild(parts)
    return store


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(store: Path, *extra: str, port: int | None = None) -> tuple[subprocess.Popen[str], str]:
    """Run ``bomay serve`` (writes off) and return the process and the URL it printed, once it answers."""
    port = port or free_port()
    env = dict(os.environ, BOMAY_TOKEN="")
    proc = subprocess.Popen([sys.executable, "-m", "bomay", "serve", "--store", str(store), "--port", str(port),
                             *extra], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    assert proc.stdout is not None
    url = ""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not url:
        line = proc.stdout.readline()
        if not line:
            break
        if "open http://" in line:
            url = line.split("open ", 1)[1].split()[0]
    if not url:
        proc.kill()
        raise RuntimeError(f"bomay serve did not print its URL: {proc.stdout.read()}")
    threading.Thread(target=proc.stdout.read, daemon=True).start()  # keep the pipe drained
    while time.monotonic() < deadline:  # the URL is printed just before uvicorn binds the port
        try:
            httpx.get(url + "status", timeout=1)
            return proc, url
        except httpx.TransportError:
            time.sleep(0.05)
    proc.kill()
    raise RuntimeError(f"bomay serve printed {url} but never answered there")


def stop_server(proc: subprocess.Popen[str]) -> None:
    """Stop a server like Ctrl-C does (its query workers exit with it)."""
    proc.send_signal(signal.SIGINT)
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
