"""A unit's number closing its name ("Trường Trung cấp Kinh tế - Kỹ thuật số 2") and a council's deputies'
groups named bare after the council ("HĐND tỉnh giao các Tổ đại biểu …"), a team's verb after its name ("Tổ
kiểm tra lập biên bản"); issue 11, session 20. Sentences written here."""

from __future__ import annotations

from bomay.loaders.text.documents import document_from_text
from bomay.loaders.text.extract import extract
from bomay.loaders.text.records import gold_view, to_records
from bomay.loaders.text.scoring import body_key as k


def records(text: str, jurisdiction: str) -> list[dict]:
    doc = document_from_text("t", text, {"jurisdiction": jurisdiction, "date": "2021-05-05"})
    return [r for r in (gold_view(r) for r in to_records(extract(doc))) if r]


def pairs(text: str, jurisdiction: str) -> set[tuple[str, str]]:
    return {(k(r["assigner"]), k(r["assignee"])) for r in records(text, jurisdiction) if r["type"] == "mandate"}


def names(text: str, jurisdiction: str = "Tỉnh Đồng Nai") -> list[str]:
    return [r["name"] for r in records(text, jurisdiction) if r["type"] == "organization"]


def test_a_number_closing_a_schools_name_is_part_of_it() -> None:
    assert pairs("UBND tỉnh giao Trường Trung cấp Kinh tế - Kỹ thuật số 2 chuẩn bị cơ sở vật chất cho khu cách ly.",
                 "Tỉnh Đồng Nai") == {(k("Ủy ban nhân dân tỉnh Đồng Nai"),
                                       k("Trường Trung cấp Kinh tế - Kỹ thuật số 2"))}


def test_a_numbered_plan_after_a_centre_stays_out_of_its_name() -> None:
    assert not any("3/2020" in n for n in names("UBND tỉnh giao Trung tâm Y tế số 3/2020 chuẩn bị."))


def test_deputies_groups_named_bare_are_the_assigning_councils() -> None:
    assert pairs("HĐND tỉnh giao các Tổ đại biểu giám sát việc chấp hành pháp luật về bảo vệ môi trường.",
                 "Tỉnh Quảng Nam") == {(k("Hội đồng nhân dân tỉnh Quảng Nam"),
                                        k("Các Tổ đại biểu Hội đồng nhân dân tỉnh Quảng Nam"))}


def test_no_council_written_before_gives_no_deputies_group() -> None:
    found = names("UBND tỉnh yêu cầu các Tổ đại biểu hỗ trợ người dân.", "Tỉnh Quảng Nam")
    assert not any("Tổ đại biểu" in n for n in found)


def test_a_teams_verb_and_its_object_stay_out_of_its_name() -> None:
    found = names("Những sai phạm đã được Tổ kiểm tra lập biên bản. Sở Nội vụ tham mưu Ban Chỉ đạo thành lập Tổ giúp "
                  "việc của Ban Chỉ đạo.")
    assert not any("biên bản" in n or "thành lập" in n for n in found)


def test_what_is_reported_to_a_team_is_not_its_topic() -> None:
    found = names("Phó Chủ tịch UBND tỉnh đã báo cáo Tổ công tác về tình hình thực hiện nhiệm vụ.")
    assert not any("tình hình" in n for n in found)
