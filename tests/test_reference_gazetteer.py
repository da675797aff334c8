"""The reference gazetteer the text loader links to: units of both eras, bodies and their names."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from bomay.loaders.reference.gazetteer import reference_bodies, reference_units
from bomay.loaders.reference.records import STANDARD_BODY_SLUGS
from bomay.textnorm import search_key

GOLD_KINDS = set(STANDARD_BODY_SLUGS.values()) | {
    "department", "ministry", "government", "national_assembly", "court", "procuracy"}


@pytest.fixture(scope="module")
def units():
    return {u.iri.split("/id/unit/")[1]: u for u in reference_units()}


@pytest.fixture(scope="module")
def bodies():
    return {b.iri.split("/id/body/")[1]: b for b in reference_bodies()}


def test_unit_counts_per_era_and_level(units):
    counts = Counter((key.split("/")[0], u.level) for key, u in units.items())
    assert counts[("pre2025", "province")] == 63
    assert counts[("pre2025", "district")] == 696
    assert counts[("pre2025", "commune")] == 10035
    assert counts[("2025", "province")] == 34
    assert counts[("2025", "commune")] == 3321
    assert counts[("2025", "district")] == 0
    hcmc_2025 = [u for k, u in units.items() if k.startswith("2025/") and u.level == "commune"
                 and u.province_code == "79"]
    assert len(hcmc_2025) == 168


def test_a_code_names_different_units_in_different_eras(units):
    assert units["pre2025/26740"].name == "Phường Bến Nghé"
    assert units["2025/26740"].name == "Phường Sài Gòn"
    assert units["pre2025/26740"].end == "2025-06-30" and units["pre2025/26740"].start is None
    assert units["2025/26740"].start == "2025-07-01" and units["2025/26740"].end is None
    assert units["pre2025/26740"].parent_iri.endswith("/unit/pre2025/760")
    assert units["2025/26740"].parent_iri.endswith("/unit/2025/79")


def test_thu_duc_city_and_the_districts_it_replaced(units):
    assert units["pre2025/769"].name == "Thành phố Thủ Đức"
    assert units["pre2025/769"].unit_type == "thanh-pho-thuoc-thanh-pho"
    assert units["pre2025/769"].start == "2021-01-01"
    for code, name in (("769", "Quận 2"), ("763", "Quận 9"), ("762", "Quận Thủ Đức")):
        old = units[f"pre2021/{code}"]
        assert (old.name, old.end, old.level) == (name, "2020-12-31", "district")


def test_unit_types_follow_the_names(units):
    assert units["pre2025/79"].unit_type == "thanh-pho-truc-thuoc-trung-uong"
    assert units["pre2025/74"].unit_type == "tinh"
    assert units["pre2025/786"].unit_type == "huyen"
    assert units["2025/26740"].unit_type == "phuong"
    assert units["pre2025/27046"].unit_type == "phuong"  # "Phường 5", typed "Xã" in the source table
    assert Counter(u.unit_type for k, u in units.items() if k.startswith("2025/"))["dac-khu"] == 13


def test_canonical_names_follow_the_gold_conventions(bodies):
    expected = {
        "pre2025/79/party-committee": "Thành ủy Thành phố Hồ Chí Minh",
        "pre2025/79/standing-board": "Ban Thường vụ Thành ủy Thành phố Hồ Chí Minh",
        "pre2025/79/standing-members": "Thường trực Thành ủy Thành phố Hồ Chí Minh",
        "pre2025/79/inspection-commission": "Ủy ban Kiểm tra Thành ủy Thành phố Hồ Chí Minh",
        "pre2025/79/organisation-commission": "Ban Tổ chức Thành ủy Thành phố Hồ Chí Minh",
        "pre2025/79/peoples-committee": "Ủy ban nhân dân Thành phố Hồ Chí Minh",
        "pre2025/79/party-delegation": "Đảng đoàn Hội đồng nhân dân Thành phố Hồ Chí Minh",
        "pre2025/79/party-affairs-committee": "Ban cán sự đảng Ủy ban nhân dân Thành phố Hồ Chí Minh",
        "2025/79/committee-party-committee": "Đảng ủy Ủy ban nhân dân Thành phố Hồ Chí Minh",
        "2025/79/so/so-noi-vu": "Sở Nội vụ Thành phố Hồ Chí Minh",
        "pre2025/48/party-committee": "Thành ủy Đà Nẵng",
        "pre2025/786/party-committee": "Huyện ủy Nhà Bè",
        "pre2025/786/standing-board": "Ban Thường vụ Huyện ủy Nhà Bè",
        "pre2025/760/party-committee": "Quận ủy Quận 1",
        "pre2025/769/party-committee": "Thành ủy Thủ Đức",
        "2025/26740/party-committee": "Đảng ủy phường Sài Gòn",
        "pre2025/74/party-committee": "Tỉnh ủy Bình Dương",
        "national/chinh-phu": "Chính phủ",
        "national/quoc-hoi": "Quốc hội",
        "national/bo-noi-vu": "Bộ Nội vụ",
        "national/bo-chinh-tri": "Bộ Chính trị",
        "national/ban-chap-hanh-trung-uong-dang": "Ban Chấp hành Trung ương Đảng",
        "national/ban-to-chuc-trung-uong": "Ban Tổ chức Trung ương",
        "national/uy-ban-thuong-vu-quoc-hoi": "Ủy ban Thường vụ Quốc hội",
    }
    assert {k: bodies[k].name for k in expected} == expected


def test_abbreviations_are_alternative_names(bodies):
    assert {"UBND TP.HCM", "UBND TPHCM"} <= set(bodies["2025/79/peoples-committee"].alt_names)
    assert "HĐND tỉnh Bình Dương" in bodies["pre2025/74/peoples-council"].alt_names
    assert "BTV Thành ủy TP.HCM" in bodies["pre2025/79/standing-board"].alt_names
    assert "Thành ủy TP.HCM" in bodies["2025/79/party-committee"].alt_names
    assert "Huyện ủy huyện Nhà Bè" in bodies["pre2025/786/party-committee"].alt_names


def test_kinds_levels_and_parents(bodies):
    assert {b.kind for b in bodies.values()} <= GOLD_KINDS | {"fatherland_front"}
    assert {b.level for b in bodies.values()} == {"central", "province", "district", "commune"}
    assert bodies["pre2025/79/standing-members"].parent_iri.endswith("/pre2025/79/standing-board")
    assert bodies["pre2025/79/standing-board"].parent_iri.endswith("/pre2025/79/party-committee")
    assert bodies["2025/79/so/so-noi-vu"].parent_iri.endswith("/2025/79/peoples-committee")
    assert bodies["pre2025/786/party-committee"].parent_iri.endswith("/pre2025/79/party-committee")
    assert bodies["pre2025/79/party-committee"].parent_iri is None


def test_councils_follow_the_urban_government_resolutions(bodies):
    assert bodies["pre2025/760/peoples-council"].end == "2021-06-30"  # HCMC quận (131/2020/QH14)
    assert bodies["pre2025/26740/peoples-council"].end == "2021-06-30"  # HCMC phường
    assert bodies["pre2025/786/peoples-council"].end == "2025-06-30"  # HCMC huyện keeps its council
    assert bodies["pre2025/769/peoples-council"].start == "2021-01-01"  # Thủ Đức city, six months
    assert bodies["2025/26740/peoples-council"].start == "2025-07-01"  # every 2025 commune has one
    danang_quan = [b for k, b in bodies.items() if k.endswith("/peoples-council") and b.unit_iri
                   and "/pre2025/" in b.unit_iri and b.province_code == "48" and b.level == "district"]
    assert sorted({b.end for b in danang_quan}) == ["2021-06-30", "2025-06-30"]  # quận vs huyện


def test_every_iri_is_unique():
    iris = [b.iri for b in reference_bodies()]
    assert len(iris) == len(set(iris))


def test_gold_bodies_of_standard_kinds_are_in_the_gazetteer(shared_dir):
    """Standard bodies the annotators named in the sample corpus are found by folded name."""
    keys = set()
    for b in reference_bodies():
        keys.add(search_key(b.name))
        keys.update(search_key(a) for a in b.alt_names)
    wanted = {"Thành ủy Thành phố Hồ Chí Minh", "Ban Thường vụ Thành ủy Đà Nẵng", "Huyện ủy Nhà Bè",
              "Ủy ban nhân dân thành phố Đà Nẵng", "Sở Y tế thành phố Đà Nẵng", "Bộ Nội vụ",
              "Thường trực Hội đồng nhân dân Thành phố Hồ Chí Minh", "Ủy ban nhân dân huyện Nhà Bè"}
    gold = set()
    for line in (shared_dir / "gold" / "seeds_gold.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record.get("type") == "organization":
            gold.add(record["name"])
    present = {name for name in wanted & gold if search_key(name) in keys}
    assert present == wanted & gold and present
