"""Party organs beside a unit's own committee and short forms of party bodies (issue 11, session 16): the standing
board and commissions of a bloc committee, an office's party committee and its cells, "Thường vụ Tỉnh ủy", a short
form in brackets, a standing deputy's title. Sentences written here."""

from __future__ import annotations

from bomay.loaders.text.documents import document_from_text
from bomay.loaders.text.extract import extract
from bomay.loaders.text.records import gold_view, to_records
from bomay.loaders.text.scoring import body_key as k


def records(text: str, jurisdiction: str, date: str) -> list[dict]:
    doc = document_from_text("t", text, {"jurisdiction": jurisdiction, "date": date})
    return [r for r in (gold_view(r) for r in to_records(extract(doc))) if r]


def names(text: str, jurisdiction: str, date: str) -> list[str]:
    return [k(r["name"]) for r in records(text, jurisdiction, date) if r["type"] == "organization"]


def mandates(text: str, jurisdiction: str, date: str) -> list[tuple[str, str]]:
    return [(k(r["assigner"]), k(r["assignee"])) for r in records(text, jurisdiction, date) if r["type"] == "mandate"]


def test_the_standing_board_of_a_bloc_committee_is_not_the_provinces() -> None:
    text = "Ủy ban Kiểm tra Tỉnh ủy đề nghị Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh chỉ đạo kiểm điểm."
    got = names(text, "Tỉnh Thanh Hóa", "2022-07-12")
    assert k("Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh Thanh Hóa") in got
    assert k("Ban Thường vụ Tỉnh ủy Thanh Hóa") not in got


def test_a_commission_of_a_bloc_committee() -> None:
    got = names("Ban Tuyên giáo Đảng ủy Khối các cơ quan tỉnh hướng dẫn thực hiện.", "Tỉnh Lai Châu", "2019-07-12")
    assert k("Ban Tuyên giáo Đảng ủy Khối các cơ quan tỉnh Lai Châu") in got
    assert k("Ban Tuyên giáo Tỉnh ủy Lai Châu") not in got


def test_an_offices_party_committee_directs_its_own_cells() -> None:
    text = "Đảng ủy Văn phòng UBND tỉnh yêu cầu cấp ủy các chi bộ trực thuộc thực hiện tốt công tác tuyên truyền."
    committee = k("Đảng ủy Văn phòng Ủy ban nhân dân tỉnh Lai Châu")
    assert mandates(text, "Tỉnh Lai Châu", "2019-07-12") == [
        (committee, k("Các chi bộ trực thuộc Đảng ủy Văn phòng Ủy ban nhân dân tỉnh Lai Châu"))]


def test_thuong_vu_before_a_committee_is_its_standing_board_but_not_in_a_title() -> None:
    text = ("Thường vụ Tỉnh ủy Hòa Bình quyết định thi hành kỷ luật ông A. Hội nghị bầu bổ sung 1 Ủy viên Ban "
            "Thường vụ.")
    got = names(text, "Tỉnh Hòa Bình", "2019-07-12")
    assert got.count(k("Ban Thường vụ Tỉnh ủy Hòa Bình")) == 1


def test_a_short_form_in_brackets_inside_a_name_and_a_standing_deputys_title() -> None:
    text = ("Sáng 12/7, Ủy ban Kiểm tra (UBKT) Thành ủy Hà Nội sơ kết công tác kiểm tra. Phó Chủ nhiệm Thường trực "
            "phụ trách UBKT Thành ủy Hoàng Trọng Quyết phát biểu.")
    got = names(text, "Thành phố Hà Nội", "2018-07-12")
    assert k("Ủy ban Kiểm tra Thành ủy Hà Nội") in got
    assert k("Thành ủy Hà Nội") not in got
    assert k("Thường trực Thành ủy Hà Nội") not in got


def test_departments_listed_by_sector_after_nhu() -> None:
    text = ("Thành viên Ban Chỉ đạo gồm thủ trưởng các sở, ngành như: Công an tỉnh; Tài nguyên và Môi trường; "
            "Tư pháp; Xây dựng.")
    got = names(text, "Tỉnh Bắc Ninh", "2023-03-01")
    for name in ("Sở Tài nguyên và Môi trường tỉnh Bắc Ninh", "Sở Tư pháp tỉnh Bắc Ninh", "Sở Xây dựng tỉnh Bắc Ninh"):
        assert k(name) in got
