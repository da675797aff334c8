"""The acceptance checks of issue 3, run through the real CLI on the built default graph."""

from __future__ import annotations

import csv
import io

from tests.conftest import run_cli


def query(store, name: str, **params: str) -> list[dict[str, str]]:
    args = ["query", name, "-f", "csv"]
    for key, value in params.items():
        args += ["--param", f"{key}={value}"]
    result = run_cli(*args, store=store)
    assert result.returncode == 0, result.stderr
    return list(csv.DictReader(io.StringIO(result.stdout)))


def test_provinces_before_and_after_the_merger(built_store):
    assert len(query(built_store, "units", date="2025-07-01", level="province")) == 34
    assert len(query(built_store, "units", date="2025-06-30", level="province")) == 63


def test_communes_on_2025_07_01(built_store):
    assert len(query(built_store, "units", date="2025-07-01", level="commune")) == 3321
    hcmc = query(built_store, "units", date="2025-07-01", level="commune", province="Thành phố Hồ Chí Minh")
    assert len(hcmc) == 168
    assert {r["parentName"] for r in hcmc} == {"Thành phố Hồ Chí Minh"}


def test_districts_of_hcmc_before_and_after_thu_duc_city(built_store):
    before = {r["name"] for r in query(built_store, "units", date="2020-06-01", level="district",
                                       province="bmid:unit/pre2025/79")}
    after = {r["name"] for r in query(built_store, "units", date="2022-06-01", level="district",
                                      province="bmid:unit/pre2025/79")}
    assert {"Quận 2", "Quận 9", "Quận Thủ Đức"} <= before and "Thành phố Thủ Đức" not in before
    assert "Thành phố Thủ Đức" in after and "Quận 2" not in after
    assert len(after) == 22


def test_predecessors_of_phuong_sai_gon(built_store):
    rows = query(built_store, "predecessors", unit="Phường Sài Gòn")
    assert {(r["name"], r["share"]) for r in rows} == {
        ("Phường Bến Nghé", "whole"), ("Phường Đa Kao", "part"), ("Phường Nguyễn Thái Bình", "part")}
    assert {r["effective"] for r in rows} == {"2025-07-01"}


def test_successors_of_a_split_ward(built_store):
    rows = query(built_store, "successors", unit="bmid:unit/pre2025/26737")  # Phường Đa Kao
    assert {(r["name"], r["share"]) for r in rows} == {("Phường Sài Gòn", "part"), ("Phường Tân Định", "part")}


def test_chain_of_phuong_sai_gon_committee_goes_straight_to_the_city(built_store):
    rows = query(built_store, "chain", body="Ủy ban nhân dân phường Sài Gòn", date="2025-08-01")
    upward = {(r["fromName"], r["toName"]) for r in rows if r["relation"] == "answers to higher committee"}
    assert ("Ủy ban nhân dân phường Sài Gòn", "Ủy ban nhân dân Thành phố Hồ Chí Minh") in upward
    assert not any("Quận" in r["toName"] for r in rows)


def test_chain_of_phuong_ben_nghe_committee_goes_through_quan_1(built_store):
    rows = query(built_store, "chain", body="UBND phường Bến Nghé", date="2024-01-01")
    upward = [(r["fromName"], r["toName"]) for r in rows if r["relation"] == "answers to higher committee"]
    assert ("Ủy ban nhân dân phường Bến Nghé", "Ủy ban nhân dân Quận 1") in upward
    assert ("Ủy ban nhân dân Quận 1", "Ủy ban nhân dân Thành phố Hồ Chí Minh") in upward
    # The ward's council was abolished on 2021-07-01, so there is no line to it in 2024.
    assert not any(r["toName"] == "Hội đồng nhân dân phường Bến Nghé" for r in rows)


def test_quan_1_council_before_and_after_urban_government(built_store):
    kinds_2020 = {r["kind"] for r in query(built_store, "bodies", unit="Quận 1", date="2020-06-01")}
    kinds_2022 = {r["kind"] for r in query(built_store, "bodies", unit="Quận 1", date="2022-06-01")}
    assert "peoples_council" in kinds_2020
    assert "peoples_council" not in kinds_2022
    assert {"party_committee", "peoples_committee", "fatherland_front"} <= kinds_2022


def test_diff_shows_thu_duc_city_and_the_ended_councils(built_store):
    rows = query(built_store, "diff", **{"from": "2020-06-01", "to": "2022-06-01",
                                         "province": "bmid:unit/pre2025/79"})
    units = {(r["change"], r["name"]) for r in rows if r["what"] == "unit"}
    assert {("ended", "Quận 2"), ("ended", "Quận 9"), ("ended", "Quận Thủ Đức"),
            ("started", "Thành phố Thủ Đức")} <= units
    councils = [r for r in rows if r["name"].startswith("Hội đồng nhân dân") and r["change"] == "ended"]
    assert councils and all("Abolition" in r["events"] or "Merger" in r["events"] for r in councils)


def test_an_ambiguous_name_lists_the_candidates(built_store):
    # A name both eras share resolves to the era of the date given, else the current one (issue 15) ...
    result = run_cli("query", "units", "--param", "province=Thành phố Hồ Chí Minh", "--format", "csv",
                     store=built_store)
    assert result.returncode == 0, result.stderr
    # ... and a name still shared after that lists its candidates with their place.
    result = run_cli("query", "bodies", "--param", "unit=Phường 1", store=built_store)
    assert result.returncode != 0
    assert "ambiguous" in result.stderr and "Quận Bình Thạnh › Thành phố Hồ Chí Minh" in result.stderr

