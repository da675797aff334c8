"""The analytics on a small fictional province whose answers are known by hand."""

from __future__ import annotations

import pytest

from bomay.analysis.metrics import analyse
from bomay.analysis.selection import Selection
from bomay.analysis.tables import Table, to_csv, to_json
from bomay.errors import QueryError
from tests.fixtures.analysis import build_fixture_store

BODY = "https://w3id.org/bomay/id/body/pre2025/99/"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):
    return build_fixture_store(tmp_path_factory.mktemp("analysis") / "store")


def one(store, metric: str, **selection) -> Table:
    (table,) = analyse(store, [metric], Selection(**selection))
    return table


def rows_by(table: Table, column: str) -> dict:
    i = table.columns.index(column)
    return {row[i]: dict(zip(table.columns, row, strict=True)) for row in table.rows}


def test_reporting_load_weights_obligations_by_frequency(store) -> None:
    table = one(store, "reporting-load")
    top = table.rows[0]
    assert top[table.columns.index("body_iri")] == BODY + "peoples-committee"
    load = rows_by(table, "body_iri")
    # weekly 52 x3 (Sở Nội vụ, two communes) + quarterly 4 (Sở Y tế) + "định kỳ" with no rate 1
    assert load[BODY + "peoples-committee"]["obligations"] == 5
    assert load[BODY + "peoples-committee"]["weighted_per_year"] == 161
    assert load[BODY + "peoples-committee"]["unknown_frequency"] == 1
    # monthly 12 + weekly 52 + a mandate's bm:reportTo "khi có yêu cầu" (ad hoc, no rate) 1
    assert load[BODY + "standing-board"]["weighted_per_year"] == 65
    assert load[BODY + "peoples-council"]["weighted_per_year"] == 2


def test_rejected_extractions_are_left_out(store) -> None:
    assigners = rows_by(one(store, "top-assigners"), "body_iri")
    assert BODY + "inspection-commission" not in assigners
    assert assigners[BODY + "peoples-committee"]["mandates"] == 7
    assert assigners[BODY + "standing-board"]["mandates"] == 4


def test_mandates_without_report_back(store) -> None:
    table = one(store, "no-report-back")
    assert sorted((r[0], r[1]) for r in table.rows) == [
        ("Ban Thường vụ Tỉnh ủy Sông Lam", "Ủy ban Kiểm tra Tỉnh ủy Sông Lam"),
        ("Ủy ban nhân dân tỉnh Sông Lam", "Ban Thường vụ Tỉnh ủy Sông Lam"),
        ("Ủy ban nhân dân tỉnh Sông Lam", "Nguyễn Văn An"),
    ]


def test_the_swapped_mandate_shows_up_as_the_only_cycle(store) -> None:
    table = one(store, "cycles")
    assert len(table.rows) == 1
    assert set(table.rows[0][table.columns.index("cycle_iri")]) == {BODY + "standing-board", BODY + "peoples-committee"}


def test_span_of_control_respects_the_as_of_date(store) -> None:
    always = rows_by(one(store, "span-of-control"), "body_iri")
    assert always[BODY + "party-committee"]["direct_subordinates"] == 8
    in_2024 = rows_by(one(store, "span-of-control", as_of="2024-01-01"), "body_iri")
    # the 2019-2021 steering committee has ended; the 2025 communes do not exist yet
    assert in_2024[BODY + "party-committee"]["direct_subordinates"] == 5
    in_2025 = rows_by(one(store, "span-of-control", as_of="2025-08-01"), "body_iri")
    assert in_2025[BODY + "party-committee"]["direct_subordinates"] == 5  # 3 province bodies + 2 new communes


def test_longest_chain_of_command(store) -> None:
    table = one(store, "chains")
    overall = table.rows[0]
    assert overall[0] == "overall" and overall[1] == 4
    province = rows_by(table, "scope")["Tỉnh Sông Lam (pre2025/99)"]
    assert province["bodies"] == 4
    assert all("/national/" not in iri for iri in province["chain_iri"])


def test_restructure_impact_and_bodies_ended_per_year(store) -> None:
    impact = rows_by(one(store, "restructure"), "new_unit")
    assert impact["Phường Lam Giang"]["old_units"] == 3 and impact["Phường Lam Giang"]["partial_shares"] == 1
    assert impact["Xã Đông Lam"]["old_units"] == 3
    ended = rows_by(one(store, "abolished"), "year")
    assert ended["2021"]["bodies_ended"] == 1
    assert ended["2025"]["bodies_ended"] == 18


def test_betweenness_ranks_the_committee_in_the_middle(store) -> None:
    table = one(store, "betweenness")
    assert table.rows[0][table.columns.index("body_iri")] == BODY + "peoples-committee"


def test_jurisdiction_by_code_keeps_national_bodies_out(store) -> None:
    chains = one(store, "chains", jurisdiction="99")
    assert all("/national/" not in iri for row in chains.rows for iri in row[-1])
    with pytest.raises(QueryError, match="no administrative unit has the code 42"):
        one(store, "chains", jurisdiction="42")


def test_unknown_metric_is_a_clear_error(store) -> None:
    with pytest.raises(QueryError, match="unknown metric nope; known: reporting-load"):
        analyse(store, ["nope"])


def test_csv_and_json_renderings(store) -> None:
    tables = analyse(store, ["reporting-load", "cycles"])
    text = to_csv(tables)
    assert text.startswith("# reporting-load\nbody,obligations,")
    assert "\n# cycles\n" in text
    import json

    data = json.loads(to_json(tables))
    assert data["reporting-load"]["rows"][0]["body"] == "Ủy ban nhân dân tỉnh Sông Lam"
