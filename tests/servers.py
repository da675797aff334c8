"""Real SPARQL servers for the remote-store tests: ``oxigraph serve`` (a test dependency, started
WITHOUT ``--union-default-graph``) and Debian's Virtuoso (installed by ``./run test`` where root
can; tests skip cleanly where it is missing)."""

from __future__ import annotations

import re
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

VIRTUOSO_INI = Path("/etc/virtuoso-opensource-7/virtuoso.ini")
VIRTUOSO_DB = "/var/lib/virtuoso-opensource-7/db/"
# What a fresh Virtuoso needs before anonymous clients may write over HTTP (a test instance only:
# docs/deployment.md shows the authenticated setup).
VIRTUOSO_GRANTS = ('GRANT SPARQL_UPDATE TO "SPARQL";', "DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 7);",
                   'GRANT EXECUTE ON DB.DBA.SPARQL_INSERT_DICT_CONTENT TO "SPARQL";',
                   'GRANT EXECUTE ON DB.DBA.L_O_LOOK TO "SPARQL";')


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait(url: str, proc: subprocess.Popen, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            if httpx.get(url, params={"query": "ASK {}"}, timeout=2).status_code < 500:
                return
        except httpx.HTTPError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            detail = proc.stderr.read() if proc.stderr else b""
            raise RuntimeError(f"the SPARQL server did not start: {detail[-2000:]!r}")
        time.sleep(0.2)


def oxigraph_binary() -> str:
    found = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which("oxigraph")
    if not found:
        pytest.fail("the oxigraph server (PyPI package oxigraph, a test dependency) is not installed")
    return found


@contextmanager
def oxigraph_server(folder: Path) -> Iterator[str]:
    """A plain ``oxigraph serve`` (no union default graph); yields its query URL."""
    port = free_port()
    proc = subprocess.Popen([oxigraph_binary(), "serve", "--location", str(folder), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}/query"
    try:
        _wait(url, proc, 30)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@contextmanager
def virtuoso_server(folder: Path) -> Iterator[str]:
    """A fresh Virtuoso in folder, open for anonymous SPARQL writes; yields its /sparql URL."""
    binary, isql = shutil.which("virtuoso-t"), shutil.which("isql-vt")
    if not binary or not isql or not VIRTUOSO_INI.is_file():
        pytest.skip("Virtuoso (Debian package virtuoso-opensource) is not installed; ./run test installs it as root")
    folder.mkdir(parents=True, exist_ok=True)
    sql_port, http_port = free_port(), free_port()
    ini = VIRTUOSO_INI.read_text().replace(VIRTUOSO_DB, str(folder) + "/")
    ini = ini.replace("ServerPort               = 1111", f"ServerPort               = {sql_port}")
    ini = ini.replace("ServerPort                  = 8890", f"ServerPort                  = 127.0.0.1:{http_port}")
    # docs/deployment.md: whole-graph queries need more than the default time limits.
    ini = re.sub(r"MaxQueryCostEstimationTime\s*=\s*\d+", ";MaxQueryCostEstimationTime = 400", ini)
    ini = re.sub(r"MaxQueryExecutionTime\s*=\s*\d+", "MaxQueryExecutionTime = 0", ini)
    (folder / "virtuoso.ini").write_text(ini)
    proc = subprocess.Popen([binary, "+foreground", "+configfile", str(folder / "virtuoso.ini")], cwd=folder,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{http_port}/sparql"
    try:
        _wait(url, proc, 120)
        for grant in VIRTUOSO_GRANTS:
            subprocess.run([isql, str(sql_port), "dba", "dba", f"exec={grant}"], capture_output=True, timeout=60,
                           check=False)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()
