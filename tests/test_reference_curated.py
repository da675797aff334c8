"""Curated reference files: every row cites a known instrument, and bad rows are clear errors."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bomay.errors import LoadError
from bomay.loaders.reference import curated as rc


def test_every_curated_fact_cites_a_known_instrument():
    known = set(rc.instruments())
    cited = {u.instrument for u in rc.historic_units()} | {e.instrument for e in rc.curated_events()}
    cited |= {k for rule in rc.urban_government() for k in rule.instruments}
    cited |= {d.instrument for d in rc.department_rules()} | {b.instrument for b in rc.national_bodies()}
    assert cited <= known
    assert {"nq-131-2020-qh14", "nq-97-2019-qh14", "nq-119-2020-qh14", "nq-1111-2020-ubtvqh14"} <= cited


@pytest.fixture
def broken_curated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A copy of the curated folder the test may break, with the readers' caches cleared."""
    from bomay.curated import curated_path

    folder = curated_path("instruments.csv").parent
    for f in folder.glob("*.csv"):
        shutil.copy(f, tmp_path / f.name)
    monkeypatch.setattr(rc, "curated_path", lambda name: tmp_path / name)
    for reader in (rc.instruments, rc.historic_units, rc.curated_events, rc.urban_government,
                   rc.department_rules, rc.national_bodies):
        reader.cache_clear()
    yield tmp_path
    for reader in (rc.instruments, rc.historic_units, rc.curated_events, rc.urban_government,
                   rc.department_rules, rc.national_bodies):
        reader.cache_clear()


def test_unknown_instrument_is_reported_with_file_and_line(broken_curated: Path):
    path = broken_curated / "urban_government.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("nq-97-2019-qh14", "nq-97-2019"), encoding="utf-8")
    with pytest.raises(LoadError, match=r"urban_government.csv:3: unknown instrument 'nq-97-2019'"):
        rc.urban_government()


def test_malformed_date_is_reported(broken_curated: Path):
    path = broken_curated / "events.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("2021-01-01", "1/1/2021"), encoding="utf-8")
    with pytest.raises(LoadError, match=r"events.csv:2: '1/1/2021' is not a date"):
        rc.curated_events()
