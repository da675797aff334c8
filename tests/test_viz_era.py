"""One day per drawing: ``bomay viz`` and ``/viz`` pick the same date when none is given."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bomay.analysis.era import era_of
from tests.conftest import invoke_cli
from tests.fixtures.analysis import build_fixture_store

ENDED_CITY_PARTY = "Thành ủy Lam Giang"  # a district-level city that ended on 2025-06-30
NEW_WARD = "UBND phường Lam Giang"  # began 2025-07-01


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("era") / "store"
    build_fixture_store(path)
    return path


@pytest.fixture(scope="module")
def store(store_path: Path):
    from bomay.graph.local import LocalStore

    return LocalStore(store_path)


def test_a_body_that_ended_is_drawn_on_its_last_day(store) -> None:
    assert era_of(store, ENDED_CITY_PARTY, None, today="2026-12-03") == "2025-06-30"
    assert era_of(store, NEW_WARD, None, today="2026-12-03") == "2026-12-03"
    assert era_of(store, ENDED_CITY_PARTY, "2020-01-01") == "2020-01-01"  # asked for wins
    assert era_of(store, None, None, today="2026-12-03") == "2026-12-03"
    assert era_of(store, "Tỉnh ủy Atlantis", None, today="2026-12-03") == "2026-12-03"


def test_cli_viz_says_which_day_it_drew(store_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "v.html"
    ended = invoke_cli("viz", "--focus", ENDED_CITY_PARTY, "--hops", "1", "--out", str(out), store=store_path)
    assert ended.returncode == 0, ended.stderr
    assert "as of 2025-06-30" in ended.stderr
    today = dt.date.today().isoformat()
    current = invoke_cli("viz", "--focus", NEW_WARD, "--hops", "1", "--out", str(out), store=store_path)
    assert f"as of {today}" in current.stderr
    every = invoke_cli("viz", "--focus", ENDED_CITY_PARTY, "--all-dates", "--out", str(out), store=store_path)
    assert every.returncode == 0 and "every date" in every.stderr


def test_all_dates_and_as_of_together_are_refused(store_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "no.html"
    both = invoke_cli("viz", "--all-dates", "--as-of", "2024-01-01", "--out", str(out), store=store_path)
    assert both.returncode == 2 and "contradict" in both.stderr
    assert not out.exists()
