"""Groups of bodies written without "các" after a verb that addresses them ("đề nghị Bộ, ngành Trung ương",
"giao sở, ngành, địa phương"), "TW" for Trung ương after a group, and the party committee of a province's party
organs with its place written after it, inside a list; a list closed by a class word ("cơ quan hành chính") or a
bare "trực thuộc"; "đối với" after a verb, which names its object, not an addressee; a unit's party committee
written "Đảng ủy"; and a task that is sending its results, a report. Each was lost or misread until session 22
(issue 11). Sentences written here."""

from __future__ import annotations

from bomay.loaders.text.scoring import body_key as k
from tests import extracted

BAC_LIEU = {"jurisdiction": "Tỉnh Bạc Liêu", "date": "2022-08-10"}
VINH_LONG = {"jurisdiction": "Tỉnh Vĩnh Long", "date": "2025-08-10"}


def names(text: str, meta: dict[str, str] = BAC_LIEU) -> set[str]:
    return extracted.names(text, meta)


def mandates(text: str, meta: dict[str, str] = BAC_LIEU) -> list[tuple[str, str]]:
    return extracted.mandates(text, meta)


def test_ministries_and_sectors_asked_without_cac() -> None:
    assert k("Các bộ, ngành Trung ương") in names("UBND tỉnh đề nghị Bộ, ngành Trung ương hỗ trợ kinh phí.")


def test_departments_and_localities_given_a_duty_without_cac() -> None:
    assert mandates("UBND tỉnh giao sở, ngành, địa phương rà soát các dự án.") == [
        (k("Các sở, ngành, địa phương tỉnh Bạc Liêu"), "rà soát các dự án")]


def test_a_lone_department_after_the_verb_is_its_own_body_not_a_group() -> None:
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


CAN_THO = {"jurisdiction": "Thành phố Cần Thơ", "date": "2019-08-10"}
AN_GIANG = {"jurisdiction": "Tỉnh An Giang", "date": "2010-04-29"}


def test_a_class_word_closing_the_last_member_keeps_the_list_a_group() -> None:
    found = mandates("Chủ tịch UBND thành phố yêu cầu các sở, ngành, cơ quan hành chính khẩn trương kiện toàn bộ "
                     "máy.", CAN_THO)
    assert found == [(k("Các sở, ngành, cơ quan hành chính thành phố Cần Thơ"), "khẩn trương kiện toàn bộ máy")]


def test_a_bare_truc_thuoc_after_a_group_is_where_it_is_not_the_task() -> None:
    assert [t for _, t in mandates("UBND thành phố yêu cầu các sở, ban, ngành, đơn vị sự nghiệp trực thuộc rà soát "
                                   "hồ sơ.", CAN_THO)] == ["rà soát hồ sơ"]


def test_the_object_of_a_supervision_is_no_addressee_of_the_speaker() -> None:
    found = mandates("Thực hiện Quyết định của Ủy ban Kiểm tra Trung ương về việc giám sát đối với Ban Thường vụ "
                     "Tỉnh ủy trong việc quản lý đất bãi bồi, Phó Chủ tịch UBND tỉnh Huỳnh Thế Năng có ý kiến chỉ đạo "
                     "như sau:", AN_GIANG)
    assert found == []


def test_a_topic_opening_its_sentence_still_names_the_addressee() -> None:
    assert mandates("Đối với Sở Y tế, UBND tỉnh yêu cầu rà soát hồ sơ.", AN_GIANG) == [
        (k("Sở Y tế tỉnh An Giang"), "rà soát hồ sơ")]


def test_a_units_party_committee_keeps_dang_uy_as_written() -> None:
    found = names("Ban Thường vụ Tỉnh ủy giao Đảng ủy Bộ Chỉ huy Quân sự tỉnh, Đảng bộ Bộ Chỉ huy Bộ đội Biên phòng "
                  "tỉnh thực hiện.", {"jurisdiction": "Tỉnh Cà Mau", "date": "2024-01-12"})
    assert {k("Đảng ủy Bộ Chỉ huy Quân sự tỉnh Cà Mau"), k("Đảng bộ Bộ Chỉ huy Bộ đội Biên phòng tỉnh Cà Mau")} <= found


def test_a_task_that_is_sending_its_results_is_a_report() -> None:
    found = extracted.reports("UBND tỉnh yêu cầu UBND các huyện gửi kết quả thực hiện về Sở Nội vụ trước ngày 10/12 để "
                              "tổng hợp.", {"jurisdiction": "Tỉnh Long An", "date": "2023-03-10"})
    assert found == [(k("Ủy ban nhân dân các huyện thuộc tỉnh Long An"), k("Sở Nội vụ tỉnh Long An"))]
