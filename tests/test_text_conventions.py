"""The official annotation conventions (../shared/gold/README.md, dev/NOTES.md) on sentences written
for these tests: how bodies are named and who speaks for whom."""

from __future__ import annotations

from bomay.loaders.reference.records import BodyRecord, UnitRecord
from bomay.loaders.text.documents import document_from_text
from bomay.loaders.text.extract import Extraction, extract
from bomay.loaders.text.places import build_gazetteer
from bomay.loaders.text.records import gold_view, to_records

ID = "https://w3id.org/bomay/id/"
UNITS = [
    UnitRecord(ID + "unit/pre2025/34", "34", "Tỉnh Thái Bình", "tinh", "province", None, "34", None, "2025-06-30"),
]
BODIES = [
    BodyRecord(ID + "body/national/chinh-phu", "Chính phủ", "Government", "government", "central", None, None, None,
               None),
]
GAZ = build_gazetteer(UNITS, BODIES)


def run(text: str, date: str, jurisdiction: str = "Tỉnh Thái Bình") -> Extraction:
    return extract(document_from_text("t", text, {"jurisdiction": jurisdiction, "date": date}), GAZ)


def assignees(ex: Extraction) -> list[tuple[str, str]]:
    """(assigner, assignee) names, case folded (the scorer folds case: "tỉnh" / "Tỉnh")."""
    return [(f.assigner.name.casefold(), f.assignee.name.casefold()) for f in ex.mandates]


def test_party_group_of_a_peoples_committee_is_its_party_committee_from_2025() -> None:
    text = "Ban Thường vụ Tỉnh ủy yêu cầu Ban cán sự đảng UBND tỉnh chỉ đạo rà soát quy hoạch."
    before = run(text, "2024-10-01")
    assert assignees(before) == [("ban thường vụ tỉnh ủy thái bình", "ban cán sự đảng ủy ban nhân dân tỉnh thái bình")]
    after = run(text, "2025-03-20")
    group = next(b for b in after.bodies() if b.name.startswith("Đảng ủy Ủy ban nhân dân"))
    assert group.name.casefold() == "đảng ủy ủy ban nhân dân tỉnh thái bình"
    assert group.kind == "party_committee"
    assert [f.assignee.iri for f in after.mandates] == [group.iri]


def test_only_the_gold_kinds_of_instrument_are_gold_records() -> None:
    ex = run("Thực hiện Nghị quyết số 12/2021/NQ-HĐND và Thông tư số 01/2021/TT-BNV, UBND tỉnh giao Sở Nội vụ "
             "rà soát vị trí việc làm.", "2021-09-01")
    records = to_records(ex)
    assert {r["id"] for r in records if r["type"] == "instrument"} == {"12/2021/NQ-HĐND", "01/2021/TT-BNV"}
    gold = [v for r in records if (v := gold_view(r)) is not None and v["type"] == "instrument"]
    assert [v["id"] for v in gold] == ["12/2021/NQ-HĐND"]  # the circular stays in the graph only


def test_every_ministry_and_locality_is_a_body_only_where_a_duty_names_it() -> None:
    said = run("Bộ Tài chính và các bộ, ngành, địa phương đã triển khai Đề án trong năm qua.", "2021-09-01",
               jurisdiction="Trung ương")
    assert not [b.name for b in said.bodies() if b.name.startswith("Các")]
    tasked = run("Thủ tướng Chính phủ yêu cầu các bộ, ngành, địa phương rà soát thủ tục hành chính.", "2021-09-01",
                 jurisdiction="Trung ương")
    assert assignees(tasked) == [("chính phủ", "các bộ, ngành, địa phương")]


def test_deputies_and_election_of_the_national_assembly_are_not_the_assembly() -> None:
    ex = run("UBND tỉnh yêu cầu Công an tỉnh bảo đảm an ninh ngày bầu cử Quốc hội khóa XV và tiếp xúc cử tri của "
             "đại biểu Quốc hội.", "2021-05-01")
    assert "Quốc hội" not in {b.name for b in ex.bodies()}
    assert "Quốc hội" in {b.name for b in run("Quốc hội thông qua Luật Đất đai.", "2024-01-18").bodies()}


def test_units_addressed_together_mean_their_peoples_committees() -> None:
    ex = run("UBND tỉnh yêu cầu các huyện, thành phố khẩn trương rà soát danh sách hộ nghèo.", "2021-05-01")
    assert assignees(ex) == [("ủy ban nhân dân tỉnh thái bình",
                              "ủy ban nhân dân các huyện, thành phố thuộc tỉnh thái bình")]
    one = run("UBND tỉnh yêu cầu huyện Kiến Xương khẩn trương rà soát danh sách hộ nghèo.", "2021-05-01")
    assert assignees(one) == [("ủy ban nhân dân tỉnh thái bình", "ủy ban nhân dân huyện kiến xương")]


def test_a_bare_thi_in_a_list_of_unit_types_is_the_town() -> None:
    ex = run("UBND tỉnh yêu cầu UBND các huyện, thị, thành phố khẩn trương rà soát danh sách hộ nghèo.",
             "2021-05-01")
    assert assignees(ex) == [("ủy ban nhân dân tỉnh thái bình",
                              "ủy ban nhân dân các huyện, thị xã, thành phố thuộc tỉnh thái bình")]


def test_ministries_whose_heads_sit_in_the_government_keep_that_in_their_name() -> None:
    ex = run("Thủ tướng Chính phủ giao các bộ, cơ quan trung ương có Bộ trưởng, Thủ trưởng cơ quan là thành viên "
             "Chính phủ theo dõi địa phương được phân công.", "2023-05-01", jurisdiction="Trung ương")
    assert assignees(ex) == [("chính phủ", "các bộ, cơ quan trung ương có bộ trưởng, thủ trưởng cơ quan là thành "
                                           "viên chính phủ")]
