"""Groups of bodies written without "các" after a verb that addresses them ("đề nghị Bộ, ngành Trung ương",
"giao sở, ngành, địa phương"), "TW" for Trung ương after a group, and the party committee of a province's party
organs with its place written after it, inside a list. Each was lost until session 22 (issue 11). Sentences
written here."""

from __future__ import annotations

from bomay.loaders.text.documents import document_from_text
from bomay.loaders.text.extract import extract
from bomay.loaders.text.records import gold_view, to_records
from bomay.loaders.text.scoring import body_key as k

BAC_LIEU = {"jurisdiction": "Tỉnh Bạc Liêu", "date": "2022-08-10"}
VINH_LONG = {"jurisdiction": "Tỉnh Vĩnh Long", "date": "2025-08-10"}


def records(text: str, meta: dict[str, str]) -> list[dict]:
    doc = document_from_text("t", text, meta)
    return [r for r in (gold_view(r) for r in to_records(extract(doc))) if r]


def names(text: str, meta: dict[str, str] = BAC_LIEU) -> set[str]:
    return {k(r["name"]) for r in records(text, meta) if r["type"] == "organization"}


def mandates(text: str, meta: dict[str, str] = BAC_LIEU) -> list[tuple[str, str]]:
    return [(k(r["assignee"]), r["task"]) for r in records(text, meta) if r["type"] == "mandate"]


def test_ministries_and_sectors_asked_without_cac() -> None:
    assert k("Các bộ, ngành Trung ương") in names("UBND tỉnh đề nghị Bộ, ngành Trung ương hỗ trợ kinh phí.")


def test_departments_and_localities_given_a_duty_without_cac() -> None:
    assert mandates("UBND tỉnh giao sở, ngành, địa phương rà soát các dự án.") == [
        (k("Các sở, ngành, địa phương tỉnh Bạc Liêu"), "rà soát các dự án")]


def test_a_pair_after_a_leaders_word_is_still_the_group_and_a_lone_department_its_own_body() -> None:
    found = names("UBND tỉnh giao Sở Y tế thực hiện.")
    assert k("Sở Y tế tỉnh Bạc Liêu") in found and not any(n.startswith("cac ") for n in found)


def test_tw_after_a_group_is_trung_uong_not_part_of_the_task() -> None:
    assert mandates("UBND tỉnh đề nghị các Bộ, ngành TW hỗ trợ kinh phí.") == [
        (k("Các bộ, ngành Trung ương"), "hỗ trợ kinh phí")]


def test_the_party_organs_committee_with_its_place_inside_a_list() -> None:
    found = mandates("Ban Thường vụ Tỉnh ủy yêu cầu Đảng ủy các cơ quan Đảng tỉnh, Đảng ủy UBND tỉnh lãnh đạo thực "
                     "hiện.", VINH_LONG)
    assert found == [(k("Đảng ủy các cơ quan Đảng tỉnh Vĩnh Long"), "lãnh đạo thực hiện"),
                     (k("Đảng ủy Ủy ban nhân dân tỉnh Vĩnh Long"), "lãnh đạo thực hiện")]
