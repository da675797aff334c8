"""Task forces and councils written in forms the loader did not know until session 22 (issue 11): "BCĐ" for Ban
Chỉ đạo, the emulation and awards council of a People's Committee, and a steering committee whose purpose opens
with its verb ("Ban Chỉ đạo thực hiện sắp xếp đơn vị hành chính tỉnh"), which was cut to a bare "Ban Chỉ đạo".
Sentences written here."""

from __future__ import annotations

from bomay.loaders.text.scoring import body_key as k
from tests import extracted

BEN_TRE = {"jurisdiction": "Tỉnh Bến Tre", "date": "2024-03-10"}


def mandates(text: str) -> list[tuple[str, str]]:
    return extracted.mandates(text, BEN_TRE)


def test_bcd_is_ban_chi_dao() -> None:
    assert mandates("UBND tỉnh giao BCĐ 389 tỉnh kiểm tra hàng lậu.") == [
        (k("Ban Chỉ đạo 389 tỉnh Bến Tre"), "kiểm tra hàng lậu")]


def test_the_emulation_and_awards_council() -> None:
    assert mandates("UBND tỉnh giao Hội đồng Thi đua - Khen thưởng tỉnh xét khen thưởng.") == [
        (k("Hội đồng Thi đua - Khen thưởng tỉnh Bến Tre"), "xét khen thưởng")]


def test_a_purpose_opened_by_its_verb_runs_into_the_place() -> None:
    assert mandates("UBND tỉnh giao Ban Chỉ đạo thực hiện sắp xếp đơn vị hành chính tỉnh tham mưu phương án.") == [
        (k("Ban Chỉ đạo thực hiện sắp xếp đơn vị hành chính tỉnh Bến Tre"), "tham mưu phương án")]
    assert mandates("UBND tỉnh giao Ban Chỉ đạo triển khai thực hiện chuyển đổi số tỉnh rà soát dữ liệu.") == [
        (k("Ban Chỉ đạo triển khai thực hiện chuyển đổi số tỉnh Bến Tre"), "rà soát dữ liệu")]


def test_a_verb_with_no_place_after_it_is_still_the_boards_task() -> None:
    assert mandates("UBND tỉnh giao Ban Chỉ đạo thực hiện tốt nhiệm vụ.") == [
        (k("Ban Chỉ đạo"), "thực hiện tốt nhiệm vụ")]


def test_the_issuer_of_the_resolution_a_board_carries_out_is_not_its_owner() -> None:
    text = ("Ban Thường vụ Tỉnh ủy ban hành Quyết định thành lập Ban Chỉ đạo tổng kết việc thực hiện Nghị quyết số 18 "
            "của Ban Chấp hành Trung ương Đảng.\nBan Chỉ đạo có trách nhiệm chỉ đạo tổng kết.\n")
    records = extracted.records(text, BEN_TRE)
    board = next(r for r in records if r["type"] == "organization" and r["name"].startswith("Ban Chỉ đạo"))
    assert (board["name"], board["level"]) == ("Ban Chỉ đạo tổng kết việc thực hiện Nghị quyết số 18", "province")
    assert [(m["assigner"], m["assignee"]) for m in records if m["type"] == "mandate"] == [
        ("Ban Thường vụ Tỉnh ủy Bến Tre", "Ban Chỉ đạo tổng kết việc thực hiện Nghị quyết số 18")]


def test_a_board_of_a_government_body_keeps_its_owner() -> None:
    assert extracted.names("Ban Chỉ đạo phòng, chống tội phạm của Chính phủ họp phiên thứ nhất.", BEN_TRE) >= {
        k("Ban Chỉ đạo phòng, chống tội phạm của Chính phủ")}
