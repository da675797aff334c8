"""Shared fixtures: temporary stores, a built default graph, the CLI, a headless Chromium, ../shared.

The suite runs on two pytest-xdist workers (``-n auto --dist loadfile`` in pyproject.toml and
``pytest_xdist_auto_num_workers`` below; one named test file runs in one process): each module stays
on one worker (its module-scoped servers and stores start once), the modules that cost most are
handed out first, and the default graph is built once per run however many workers need it.
"""

from __future__ import annotations

import functools
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any
from urllib.parse import urlparse

import pytest
import rdflib
from click.testing import CliRunner
from filelock import FileLock

from bomay.cli import cli
from bomay.ontology import ontology_files

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
BOMAY = [sys.executable, "-m", "bomay"]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]
LOOPBACK = {"127.0.0.1", "localhost", "::1"}


@pytest.fixture
def store_dir(tmp_path: Path) -> Path:
    return tmp_path / "store"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def run_cli(*args: str, store: Path | str | None = None, env: dict[str, str] | None = None):
    """Run the real ``bomay`` command in a subprocess, as a user would."""
    full_env = dict(os.environ, **(env or {}))
    if store is not None:
        full_env["BOMAY_STORE"] = str(store)
    return subprocess.run([*BOMAY, *args], capture_output=True, text=True, env=full_env, timeout=600)


def invoke_cli(*args: str, env: dict[str, str] | None = None, store: Path | None = None) -> SimpleNamespace:
    """The CLI in-process (click's CliRunner: no start-up cost), with run_cli's result fields."""
    full = dict(env or {}, **({"BOMAY_STORE": str(store)} if store is not None else {}))
    result = CliRunner().invoke(cli, list(args), env=full)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return SimpleNamespace(returncode=result.exit_code, stdout=result.stdout, stderr=result.stderr)


@functools.cache
def _read_only_cli(store: str, args: tuple[str, ...]) -> SimpleNamespace:
    return invoke_cli(*args, store=Path(store))


def read_only_cli(*args: str, store: Path) -> SimpleNamespace:
    """invoke_cli for a command that only reads a store no test writes (``built_store``): two tests
    asking the same question of the national graph share one answer instead of computing it twice."""
    return _read_only_cli(str(store), args)


@pytest.fixture(scope="session")
def ontology() -> rdflib.Graph:
    """bomay's ontology files parsed once (tests only read it)."""
    g = rdflib.Graph()
    for path in ontology_files():
        g.parse(path, format="turtle")
    return g


@pytest.fixture(scope="session")
def built_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The default graph, built once per test run (read-only for tests).

    Under xdist the workers share one build in the run's common temporary folder: the first worker
    to need it builds it under a file lock, the others wait for it and open the same directory."""
    root = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        root = root.parent  # .../pytest-N, the parent of every worker's own basetemp
    path = root / "built" / "store"
    done = root / "built" / "done"
    with FileLock(str(root / "built.lock")):
        if not done.exists():
            path.parent.mkdir(exist_ok=True)
            result = CliRunner().invoke(cli, ["build", "--store", str(path)])
            assert result.exit_code == 0, result.output
            done.touch()
    return path


@pytest.fixture
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the repository")
    return SHARED


@pytest.fixture(scope="session")
def chromium() -> Iterator[Any]:
    """One headless Debian Chromium per worker, shared by every browser test (each opens its own
    context, so no cookies or storage leak between tests)."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium fonts-noto-core; ./run test does it)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def block_off_machine(page: Any, blocked: list[str], schemes: tuple[str, ...] = ("data:", "blob:")) -> None:
    """Let the page fetch only from loopback (and URLs of the given schemes); abort and record the rest,
    so a page that needs a CDN or any other outside server fails its test."""

    def guard(route: Any, request: Any) -> None:
        if request.url.startswith(schemes) or (urlparse(request.url).hostname or "") in LOOPBACK:
            route.continue_()
        else:
            blocked.append(request.url)
            route.abort()

    page.route("**/*", guard)


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """``-n auto`` (pyproject.toml): two workers for the suite, none when the command line names tests
    of one file only (starting workers would cost more than they save there)."""
    files = {arg.split("::", 1)[0] for arg in config.args}
    if len(files) == 1 and next(iter(files)).endswith(".py"):
        return 0
    return 2


# The modules that cost most (pytest --durations, summed per module), dearest first, so that the
# last module a worker picks up is a short one. The second is one that does not need the default
# graph: it keeps the other worker busy while the first builds the graph. The rest keep their
# collection order.
SLOW_MODULES = (
    "test_servers.py", "test_text_rdf.py", "test_cli.py", "test_docs.py", "test_reference_queries.py",
    "test_reference_shapes.py", "test_web_writes.py", "test_analysis_view.py", "test_text_eval.py",
    "test_text_dev.py", "test_hardening_api.py", "test_newcomer_browser.py", "test_store.py",
    "test_analysis_bulk.py", "test_binding.py", "test_web_browser.py", "test_hardening_binding.py",
    "test_validate.py", "test_viz_browser.py",
)


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Hand the slow modules out first (xdist's ``--dist loadfile`` keeps each module on one worker, in
    this order). Without xdist this only reorders modules; the tests are the same."""
    rank = {name: i for i, name in enumerate(SLOW_MODULES)}
    items.sort(key=lambda item: rank.get(item.path.name, len(rank)))  # stable: order within a module kept
