"""Shared fixtures: temporary stores, a built default graph, the CLI, and ../shared."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
import rdflib
from click.testing import CliRunner

from bomay.cli import cli
from bomay.ontology import ontology_files

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
BOMAY = [sys.executable, "-m", "bomay"]


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


@pytest.fixture(scope="session")
def ontology() -> rdflib.Graph:
    """bomay's ontology files parsed once (tests only read it)."""
    g = rdflib.Graph()
    for path in ontology_files():
        g.parse(path, format="turtle")
    return g


@pytest.fixture(scope="session")
def built_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The default graph, built once per test session (read-only for tests)."""
    path = tmp_path_factory.mktemp("built") / "store"
    result = CliRunner().invoke(cli, ["build", "--store", str(path)])
    assert result.exit_code == 0, result.output
    return path


@pytest.fixture
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the repository")
    return SHARED
