"""A ministry's own departments and divisions named without a place ("Cục Trồng trọt", "Vụ Pháp chế"), communes
whose names end in a number ("xã Đại Ân 2"), and a party bloc named as the province writes it. Each was dropped
or renamed until session 22 (issue 11): only the departments listed in national_bodies.csv were read, a number
after a two-syllable name was taken for a count, and "Khối Cơ quan - Doanh nghiệp" was rewritten into a form the
gold does not use; and names written "A, B và C" ("Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch"), which were
cut at their comma. Sentences written here."""

from __future__ import annotations

from bomay.loaders.text.scoring import body_key as k
from tests import extracted

CENTRAL = {"jurisdiction": "Trung ương", "date": "2023-06-11"}
SOC_TRANG = {"jurisdiction": "Tỉnh Sóc Trăng", "date": "2021-03-02"}


def names(text: str, meta: dict[str, str] = CENTRAL) -> set[str]:
    return extracted.names(text, meta)


def assignees(text: str, meta: dict[str, str] = CENTRAL) -> list[str]:
    return [assignee for assignee, _task in extracted.mandates(text, meta)]


def test_departments_and_divisions_of_a_ministry_receive_its_duties() -> None:
    found = assignees("Bộ Nông nghiệp và Phát triển nông thôn yêu cầu Cục Trồng trọt, Cục Thủy lợi và Vụ Pháp chế "
                      "rà soát các quy định.")
    assert found == [k("Cục Trồng trọt"), k("Cục Thủy lợi"), k("Vụ Pháp chế")]


def test_a_department_name_ends_before_its_verb_even_after_khi_hau() -> None:
    assert k("Cục Biến đổi khí hậu") in names("Bộ Tài nguyên và Môi trường yêu cầu Cục Biến đổi khí hậu rà soát "
                                               "kịch bản.")


def test_logistics_is_still_part_of_a_name() -> None:
    assert k("Tổng cục Hậu cần") in names("Bộ Quốc phòng giao Tổng cục Hậu cần cần chuẩn bị vật tư.")


def test_a_crop_season_or_a_case_is_no_body() -> None:
    found = names("Vụ Đông Xuân năm nay được mùa. Vụ Hè Thu gieo sạ sớm. Vụ việc đã được xử lý.")
    assert not any(n.startswith("vu ") for n in found)


def test_a_department_with_its_ministry_after_it_keeps_the_ministry_in_its_name() -> None:
    assert k("Vụ Tổ chức cán bộ, Ban Tổ chức Trung ương") in names("Vụ Tổ chức cán bộ, Ban Tổ chức Trung ương "
                                                                    "hướng dẫn các địa phương.")


def test_a_commune_whose_name_ends_in_a_number() -> None:
    found = names("Chủ tịch UBND xã Đại Ân 2 yêu cầu Ban Chỉ huy Quân sự xã kiểm tra.", SOC_TRANG)
    assert k("Ủy ban nhân dân xã Đại Ân 2") in found
    assert k("Ủy ban nhân dân xã Đại Ân") not in found


def test_a_number_after_a_name_that_no_unit_bears_is_still_a_count() -> None:
    found = names("HĐND xã Lịch Hội Thượng 3 tháng qua đã giám sát.", SOC_TRANG)
    assert not any(n.endswith(" 3") for n in found)


def test_the_merged_party_bloc_keeps_the_provinces_own_name() -> None:
    assert k("Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh Sóc Trăng") in names(
        "Ban Thường vụ Tỉnh ủy yêu cầu Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh quán triệt.", SOC_TRANG)


TIEN_GIANG = {"jurisdiction": "Tỉnh Tiền Giang", "date": "2022-08-10"}


def test_a_name_written_a_comma_b_and_c_is_one_body() -> None:
    found = names("UBND tỉnh giao Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh, Chi cục Trồng trọt, Chăn "
                  "nuôi và Thú y thực hiện.", TIEN_GIANG)
    assert k("Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh Tiền Giang") in found
    assert k("Chi cục Trồng trọt, Chăn nuôi và Thú y tỉnh Tiền Giang") in found


def test_a_body_after_the_comma_still_starts_a_new_name() -> None:
    found = names("UBND tỉnh giao Trung tâm Y tế, Sở Y tế và Bệnh viện Đa khoa tỉnh thực hiện.", TIEN_GIANG)
    assert {k("Trung tâm Y tế tỉnh Tiền Giang"), k("Sở Y tế tỉnh Tiền Giang"),
            k("Bệnh viện Đa khoa tỉnh Tiền Giang")} <= found
