"""Posts and instruments from sentences written for these tests."""

from __future__ import annotations

import pytest

from bomay.loaders.text.documents import document_from_text
from bomay.loaders.text.extract import extract
from bomay.loaders.text.records import gold_view, to_records
from bomay.loaders.text.scoring import body_key as k


def records(text: str, jurisdiction: str = "Thành phố Hà Nội", date: str = "2024-02-01"):
    doc = document_from_text("t", text, {"jurisdiction": jurisdiction, "date": date})
    return [v for r in to_records(extract(doc)) if (v := gold_view(r))]


def test_one_person_two_posts() -> None:
    recs = records("Dự họp có Phó Bí thư Thành ủy, Chủ tịch UBND thành phố Trần Sỹ Thanh; "
                   "Thứ trưởng Bộ Tài chính Lê Thị B.")
    posts = [(r["person"], r["title"], k(r["organization"])) for r in recs if r["type"] == "post"]
    assert posts == [("Trần Sỹ Thanh", "Phó Bí thư Thành ủy", k("Thành ủy Hà Nội")),
                     ("Trần Sỹ Thanh", "Chủ tịch UBND thành phố", k("Ủy ban nhân dân thành phố Hà Nội")),
                     ("Lê Thị B", "Thứ trưởng Bộ Tài chính", k("Bộ Tài chính"))]


def test_apposition() -> None:
    recs = records("Theo đồng chí Nguyễn Văn Hùng, Giám đốc Sở Nội vụ, việc sắp xếp đã xong.")
    assert [(r["person"], k(r["organization"])) for r in recs if r["type"] == "post"] == [
        ("Nguyễn Văn Hùng", k("Sở Nội vụ thành phố Hà Nội"))]


def test_short_and_full_numbers_are_one_instrument() -> None:
    recs = records("Thực hiện Nghị định số 33/NĐ-CP ngày 29 tháng 3 năm 2021 của Chính phủ và Nghị định 33/2021/NĐ-CP, "
                   "Nghị quyết số 27-NQ/TW, Quyết định số 1234/QĐ-UBND, Chỉ thị của Thành ủy.")
    inst = [(r["id"], r["kind"], k(r["issuer"])) for r in recs if r["type"] == "instrument"]
    assert inst == [("33/2021/NĐ-CP", "Nghị định", k("Chính phủ")),
                    ("27-NQ/TW", "Nghị quyết", k("Ban Chấp hành Trung ương Đảng")),
                    ("1234/QĐ-UBND", "Quyết định", k("Ủy ban nhân dân thành phố Hà Nội"))]


def test_instrument_iri_is_the_same_from_either_form() -> None:
    a = extract(document_from_text("a", "Nghị định số 33/NĐ-CP ngày 29/3/2021 của Chính phủ.", {}))
    b = extract(document_from_text("b", "Theo Nghị định 33/2021/NĐ-CP.", {}))
    assert a.instruments[0].iri == b.instruments[0].iri


def posts_of(text: str, jurisdiction: str | None = "Tỉnh Nghệ An") -> list[tuple[str, str, str]]:
    meta = {"date": "2022-06-01", **({"jurisdiction": jurisdiction} if jurisdiction else {})}
    ex = extract(document_from_text("t", text, meta))
    return [(p.person, p.title, k(p.body.name)) for p in ex.posts]


def test_title_chain_in_apposition_after_comrade() -> None:
    assert posts_of("Sáng nay, đồng chí Nguyễn Văn Hai, Ủy viên BCH Trung ương Đảng, Bí thư Tỉnh ủy, "
                    "Chủ tịch HĐND tỉnh chủ trì hội nghị.") == [
        ("Nguyễn Văn Hai", "Ủy viên BCH Trung ương Đảng", k("Ban Chấp hành Trung ương Đảng")),
        ("Nguyễn Văn Hai", "Bí thư Tỉnh ủy", k("Tỉnh ủy Nghệ An")),
        ("Nguyễn Văn Hai", "Chủ tịch HĐND tỉnh", k("Hội đồng nhân dân tỉnh Nghệ An"))]


def test_dash_and_parenthesis_appositions() -> None:
    assert posts_of("Bà Lê Thị Hoa – Phó Chủ tịch UBND tỉnh yêu cầu các sở khẩn trương.") == [
        ("Lê Thị Hoa", "Phó Chủ tịch UBND tỉnh", k("Ủy ban nhân dân tỉnh Nghệ An"))]
    assert posts_of("Ông Trần Văn Ba (Giám đốc Sở Tài chính) cho biết tiến độ còn chậm.") == [
        ("Trần Văn Ba", "Giám đốc Sở Tài chính", k("Sở Tài chính tỉnh Nghệ An"))]
    assert posts_of("Theo đó, Phó Giám đốc Sở Nội vụ - Hồ Thị Mai làm thường trực.") == [
        ("Hồ Thị Mai", "Phó Giám đốc Sở Nội vụ", k("Sở Nội vụ tỉnh Nghệ An"))]


def test_listed_attendees_keep_their_own_titles() -> None:
    got = posts_of("Dự họp có đồng chí Lê Văn Sơn - Chủ tịch HĐND huyện Quỳnh Lưu, đồng chí Trần Thị Hà - "
                   "Phó Chủ tịch UBND huyện Quỳnh Lưu.")
    assert [(p, t) for p, t, _ in got] == [("Lê Văn Sơn", "Chủ tịch HĐND huyện Quỳnh Lưu"),
                                           ("Trần Thị Hà", "Phó Chủ tịch UBND huyện Quỳnh Lưu")]
    got = posts_of("Đến dự có Chủ tịch UBND tỉnh, Đại tá Nguyễn Văn Tâm, Chỉ huy trưởng.")
    assert got == []


def test_abbreviated_titles_and_standing_qualifier() -> None:
    assert posts_of("Đồng chí Phạm Văn Sáu, Phó BT Tỉnh ủy, CT UBND tỉnh phát biểu.") == [
        ("Phạm Văn Sáu", "Phó BT Tỉnh ủy", k("Tỉnh ủy Nghệ An")),
        ("Phạm Văn Sáu", "CT UBND tỉnh", k("Ủy ban nhân dân tỉnh Nghệ An"))]
    assert posts_of("Phó Thủ tướng thường trực Chính phủ Trần Văn Lưu yêu cầu tỉnh báo cáo.", None) == [
        ("Trần Văn Lưu", "Phó Thủ tướng thường trực Chính phủ", k("Chính phủ"))]
    assert posts_of("Chiều 2/3, Phó Thủ tướng Thường trực Trần Văn Lưu có ý kiến.", None) == [
        ("Trần Văn Lưu", "Phó Thủ tướng Thường trực", k("Chính phủ"))]


def test_titles_whose_body_starts_inside_them() -> None:
    assert posts_of("Dự họp có đồng chí Võ Thị Bảy, UV BTV Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy.") == [
        ("Võ Thị Bảy", "UV BTV Tỉnh ủy", k("Ban Thường vụ Tỉnh ủy Nghệ An")),
        ("Võ Thị Bảy", "Trưởng Ban Dân vận Tỉnh ủy", k("Ban Dân vận Tỉnh ủy Nghệ An"))]
    assert posts_of("Chánh Văn phòng Tỉnh ủy Trần Văn Cường cho biết.") == [
        ("Trần Văn Cường", "Chánh Văn phòng Tỉnh ủy", k("Văn phòng Tỉnh ủy Nghệ An"))]
    assert posts_of("Chánh Thanh tra tỉnh Đặng Văn Minh báo cáo kết quả.")[0][:2] == (
        "Đặng Văn Minh", "Chánh Thanh tra tỉnh")
    assert posts_of("Trưởng Ban Tổ chức Trung ương Lê Văn Mười chủ trì.", None) == [
        ("Lê Văn Mười", "Trưởng Ban Tổ chức Trung ương", k("Ban Tổ chức Trung ương"))]


def test_central_titles_that_name_their_body() -> None:
    assert posts_of("Tổng Bí thư Nguyễn Văn Hòa phát biểu; Tổng Thư ký Quốc hội Bùi Văn Tám ký văn bản.", None) == [
        ("Nguyễn Văn Hòa", "Tổng Bí thư", k("Ban Chấp hành Trung ương Đảng")),
        ("Bùi Văn Tám", "Tổng Thư ký Quốc hội", k("Văn phòng Quốc hội"))]
    assert posts_of("Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Trần Văn Chín thông báo.", None) == [
        ("Trần Văn Chín", "Chủ nhiệm Văn phòng Chính phủ", k("Văn phòng Chính phủ"))]


def test_concurrent_posts_after_the_name() -> None:
    got = posts_of("Bí thư Trung ương Đảng, Trưởng Ban Tổ chức Trung ương Lê Văn An, kiêm Phó Trưởng ban "
                   "thường trực Ban Chỉ đạo Trung ương ký công văn.", None)
    titles = [t for _p, t, _b in got]
    assert titles[:2] == ["Bí thư Trung ương Đảng", "Trưởng Ban Tổ chức Trung ương"]
    assert len(titles) == 3 and titles[2].startswith("Phó Trưởng ban thường trực Ban Chỉ đạo")
    assert {p for p, _t, _b in got} == {"Lê Văn An"}


def test_head_of_a_group_set_up_in_the_sentence() -> None:
    got = posts_of("UBND tỉnh thành lập Tổ công tác liên ngành do đồng chí Phó Giám đốc Sở Nội vụ - "
                   "Nguyễn Thị Thu làm Tổ trưởng.")
    assert [(p, t) for p, t, _b in got] == [("Nguyễn Thị Thu", "Phó Giám đốc Sở Nội vụ"),
                                           ("Nguyễn Thị Thu", "Tổ trưởng")]


def test_ranks_before_names() -> None:
    assert posts_of("Thượng tướng Lê Văn Chín, Thứ trưởng Bộ Quốc phòng dự hội nghị.") == [
        ("Lê Văn Chín", "Thứ trưởng Bộ Quốc phòng", k("Bộ Quốc phòng"))]


def test_minority_names() -> None:
    assert posts_of("Phó Chủ tịch UBND tỉnh Y Giang Gry Niê Knơng chủ trì.", "Tỉnh Đắk Lắk")[0][0] == \
        "Y Giang Gry Niê Knơng"
    assert posts_of("Bà Ksor H'Bơ Khăp, Phó Chủ tịch HĐND tỉnh phát biểu.", "Tỉnh Gia Lai")[0][0] == "Ksor H'Bơ Khăp"
    assert posts_of("Phó Bí thư Tỉnh ủy Giàng Seo Phử dự họp.", "Tỉnh Lào Cai")[0][0] == "Giàng Seo Phử"
    assert posts_of("Chủ tịch UBND tỉnh Lò Văn Mừng chỉ đạo các sở.", "Tỉnh Điện Biên")[0][0] == "Lò Văn Mừng"


def test_no_post_for_places_bodies_or_former_holders() -> None:
    assert posts_of("Chủ tịch UBND tỉnh Nghệ An yêu cầu Sở Y tế Hà Tĩnh phối hợp.") == []
    assert posts_of("Giám đốc Sở Y tế, Giám đốc Sở Tài chính chịu trách nhiệm trước Chủ tịch UBND tỉnh.") == []
    assert posts_of("Nguyên Chủ tịch UBND tỉnh Hồ Văn Phúc được khen thưởng.") == []
    assert posts_of("Ông Nguyễn Văn Quang, nguyên Phó Chủ tịch UBND tỉnh, đã nghỉ hưu.") == []
    assert [p for p, _t, _b in posts_of("Tại Hà Nội, Chủ tịch UBND tỉnh Nguyễn Đức Tài làm việc với Bộ Tài chính.")] \
        == ["Nguyễn Đức Tài"]


def instruments_of(text: str) -> list[tuple[str, str, str | None]]:
    ex = extract(document_from_text("t", text, {"date": "2022-06-01", "jurisdiction": "Tỉnh Nghệ An"}))
    return [(i.id, i.kind, k(i.issuer.name) if i.issuer else None) for i in ex.instruments]


def test_instrument_lists_share_kind_and_issuer() -> None:
    assert instruments_of("Thực hiện Kết luận số 12-KL/TW và 13-KL/TW của Bộ Chính trị về sắp xếp.") == [
        ("12-KL/TW", "Kết luận", k("Bộ Chính trị")), ("13-KL/TW", "Kết luận", k("Bộ Chính trị"))]


def test_instrument_issuers_from_the_suffix() -> None:
    got = instruments_of("Căn cứ Quyết định số 98/QĐ-TTg; Thông tư số 12/2022/TT-BNV; Chỉ thị số 05-CT/TU; "
                         "Thông báo số 67-TB/VPTU; Nghị quyết số 01/2021/NQ-HĐND; Hướng dẫn số 26-HD/BTCTW; "
                         "Luật số 59/2020/QH14; Thông báo số 39/TB-KTNN; Thông báo số 16/TB-VPUBND.")
    assert got == [("98/QĐ-TTg", "Quyết định", k("Chính phủ")), ("12/2022/TT-BNV", "Thông tư", k("Bộ Nội vụ")),
                   ("05-CT/TU", "Chỉ thị", k("Tỉnh ủy Nghệ An")),
                   ("67-TB/VPTU", "Thông báo", k("Văn phòng Tỉnh ủy Nghệ An")),
                   ("01/2021/NQ-HĐND", "Nghị quyết", k("Hội đồng nhân dân tỉnh Nghệ An")),
                   ("26-HD/BTCTW", "Hướng dẫn", k("Ban Tổ chức Trung ương")), ("59/2020/QH14", "Luật", k("Quốc hội")),
                   ("39/TB-KTNN", "Thông báo", k("Kiểm toán Nhà nước")),
                   ("16/TB-VPUBND", "Thông báo", k("Văn phòng Ủy ban nhân dân tỉnh Nghệ An"))]


def test_bare_numbers_and_official_letters() -> None:
    assert [i for i, _k, _b in instruments_of("Tổng kết Nghị quyết 18 của Trung ương; Kế hoạch 5 năm; "
                                             "Quyết định 2024 của tỉnh.")] == ["18"]
    assert instruments_of("Văn bản số 682/UBND-TH và Công văn 1234/VPCP-KTTH đã gửi các sở.") == []
    assert [i for i, _k, _b in instruments_of("Theo Nghị quyết 18 và sau đó Nghị quyết số 18-NQ/TW ngày "
                                             "25/10/2017.")] == ["18-NQ/TW"]


def test_lower_case_titles_and_lists_of_attendees() -> None:
    assert posts_of("Theo phó chủ tịch UBND tỉnh Nguyễn Văn Đệ, tiến độ còn chậm.") == [
        ("Nguyễn Văn Đệ", "phó chủ tịch UBND tỉnh", k("Ủy ban nhân dân tỉnh Nghệ An"))]
    got = posts_of("Dự hội nghị có các đồng chí: Nguyễn Văn Ân, Phó Bí thư Thường trực Tỉnh ủy; Trần Văn Bình, "
                   "Phó Chủ tịch UBND tỉnh.")
    assert [(p, t) for p, t, _b in got] == [("Nguyễn Văn Ân", "Phó Bí thư Thường trực Tỉnh ủy"),
                                           ("Trần Văn Bình", "Phó Chủ tịch UBND tỉnh")]
    got = posts_of("Đồng chí Nguyễn Văn Cảnh - TUV, Giám đốc Sở Nội vụ phát biểu.")
    assert got == [("Nguyễn Văn Cảnh", "TUV", k("Tỉnh ủy Nghệ An")),
                   ("Nguyễn Văn Cảnh", "Giám đốc Sở Nội vụ", k("Sở Nội vụ tỉnh Nghệ An"))]


def test_a_name_is_not_read_as_part_of_an_unknown_place() -> None:
    got = posts_of("Chủ tịch UBND xã Tân Hòa Nguyễn Văn An dự họp.")
    assert [(p, t) for p, t, _b in got] == [("Nguyễn Văn An", "Chủ tịch UBND xã Tân Hòa")]
    got = posts_of("Chủ tịch UBND tỉnh Sùng A Hồ yêu cầu các sở.", "Tỉnh Lào Cai")
    assert got == [("Sùng A Hồ", "Chủ tịch UBND tỉnh", k("Ủy ban nhân dân tỉnh Lào Cai"))]


def test_chain_goes_on_past_a_body_the_grammar_does_not_read() -> None:
    got = posts_of("Đại tướng Trần Văn Lâm, Ủy viên Bộ Chính trị, Bí thư Đảng ủy Khối Công an Biên giới, "
                   "Bộ trưởng Bộ Công an chủ trì.", None)
    assert [(p, t) for p, t, _b in got] == [("Trần Văn Lâm", "Ủy viên Bộ Chính trị"),
                                           ("Trần Văn Lâm", "Bộ trưởng Bộ Công an")]


def test_a_chain_of_central_posts_gives_each_post() -> None:
    # Đảng ủy Công an Trung ương is a central party committee of words/national_bodies.csv
    got = posts_of("Đại tướng Trần Văn Lâm, Ủy viên Bộ Chính trị, Bí thư Đảng ủy Công an Trung ương, "
                   "Bộ trưởng Bộ Công an chủ trì.", None)
    assert [(p, t) for p, t, _b in got] == [("Trần Văn Lâm", "Ủy viên Bộ Chính trị"),
                                           ("Trần Văn Lâm", "Bí thư Đảng ủy Công an Trung ương"),
                                           ("Trần Văn Lâm", "Bộ trưởng Bộ Công an")]
    got = posts_of("Trung tướng Phạm Văn Ngọ, Ủy viên TW Đảng, Thứ trưởng Bộ Công an phát biểu.", None)
    assert [t for _p, t, _b in got] == ["Ủy viên TW Đảng", "Thứ trưởng Bộ Công an"]


def test_a_heading_in_capitals_does_not_give_the_id() -> None:
    assert [i for i, _k, _b in instruments_of("THỰC HIỆN CHỈ THỊ SỐ 19/CT-TTG CỦA THỦ TƯỚNG CHÍNH PHỦ\n"
                                             "Thực hiện Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng.")] \
        == ["19/CT-TTg"]


def test_person_and_instrument_words_come_from_the_tables() -> None:
    from bomay.loaders.text.vocabulary import vocabulary

    v = vocabulary()
    assert "Thiếu tướng" in v.person_words("rank") and "nguyên" in v.person_words("former")
    assert v.instrument_codes("issuer_code")["KTNN"] == "Kiểm toán Nhà nước"
    with pytest.raises(KeyError):
        v.instrument_codes("kind")


def test_dash_chains_district_members_and_unlisted_surnames() -> None:
    got = posts_of("Ông Nguyễn Văn Điền – Huyện ủy viên – Chủ tịch Ủy ban MTTQ Việt Nam huyện Quỳnh Lưu chủ trì.")
    assert got == [("Nguyễn Văn Điền", "Huyện ủy viên", k("Huyện ủy Quỳnh Lưu")),
                   ("Nguyễn Văn Điền", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Quỳnh Lưu",
                    k("Ủy ban Mặt trận Tổ quốc Việt Nam huyện Quỳnh Lưu"))]
    got = posts_of("Tham dự có đồng chí Khà Văn Thắm, UV BTV Huyện ủy Quỳnh Lưu, Phó Chủ tịch HĐND huyện.")
    assert {p for p, _t, _b in got} == {"Khà Văn Thắm"}


def test_a_plural_title_before_several_names() -> None:
    got = posts_of("Các Phó Chủ tịch UBND tỉnh Lê Hồng Vân, Bùi Đình Lâm và Hồ Văn Phúc dự họp.")
    assert [(p, t) for p, t, _b in got] == [("Lê Hồng Vân", "Phó Chủ tịch UBND tỉnh"),
                                           ("Bùi Đình Lâm", "Phó Chủ tịch UBND tỉnh"),
                                           ("Hồ Văn Phúc", "Phó Chủ tịch UBND tỉnh")]


def test_foreign_offices_are_not_posts() -> None:
    got = posts_of("Thủ tướng Campuchia Hun Sen hội đàm với Thủ tướng Chính phủ Phạm Văn Chính. "
                   "Thủ tướng Thái Lan Prayut Chan-o-cha và Chủ tịch Quốc hội Lào Sai Phom dự.", None)
    assert got == [("Phạm Văn Chính", "Thủ tướng Chính phủ", k("Chính phủ"))]


def test_the_document_number_in_the_header() -> None:
    head = "ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\n-------\nSố: 157/QĐ-UBND\nNghệ An, ngày 5 tháng 8 năm 2021\nQUYẾT ĐỊNH\n"
    assert instruments_of(head + "Về việc phê duyệt kế hoạch.") == [
        ("157/QĐ-UBND", "Quyết định", k("Ủy ban nhân dân tỉnh Nghệ An"))]
    assert instruments_of("ỦY BAN NHÂN DÂN\nSố: 682/UBND-TH\nV/v trực Tết.") == []  # an official letter
    assert [i for i, _k, _b in instruments_of("ỦY BAN NHÂN DÂN\n|\nSố:\n44/2017/QĐ-UBND\n|\nQUYẾT ĐỊNH")] == [
        "44/2017/QĐ-UBND"]
    assert instruments_of("Ủy ban nhân dân tỉnh ban hành Chỉ thị số 11/CT-CTUBND về phòng dịch.") == [
        ("11/CT-CTUBND", "Chỉ thị", k("Ủy ban nhân dân tỉnh Nghệ An"))]


def test_lists_after_a_counted_title_and_heads_of_a_group() -> None:
    got = posts_of("Lãnh đạo UBND tỉnh gồm Chủ tịch UBND tỉnh là ông Lê Văn Thắm và hai phó chủ tịch UBND tỉnh "
                   "gồm: Ông Đặng Văn Hậu (Phó chủ tịch thường trực); ông Cao Văn Huy.")
    assert [(p, t) for p, t, _b in got] == [("Lê Văn Thắm", "Chủ tịch UBND tỉnh"),
                                           ("Đặng Văn Hậu", "phó chủ tịch UBND tỉnh"),
                                           ("Đặng Văn Hậu", "Phó chủ tịch thường trực"),
                                           ("Cao Văn Huy", "phó chủ tịch UBND tỉnh")]
    got = posts_of("UBND tỉnh lập tổ công tác hỗ trợ doanh nghiệp. Các Tổ phó gồm có bà Hồ Thị Thảo - Phó Chủ tịch "
                   "UBND tỉnh; ông Đào Văn Mỹ - Giám đốc Sở Tài chính. Tổ công tác có nhiệm vụ rà soát.")
    assert sorted((p, t) for p, t, _b in got) == [("Hồ Thị Thảo", "Phó Chủ tịch UBND tỉnh"), ("Hồ Thị Thảo", "Tổ phó"),
                                                 ("Đào Văn Mỹ", "Giám đốc Sở Tài chính"), ("Đào Văn Mỹ", "Tổ phó")]
    got = posts_of("Tổ công tác có 16 thành viên, ông Ngô Văn Sinh-Chánh văn phòng UBND tỉnh được giao nhiệm vụ "
                   "tổ trưởng.")
    assert [(p, t) for p, t, _b in got] == [("Ngô Văn Sinh", "Chánh văn phòng UBND tỉnh"),
                                           ("Ngô Văn Sinh", "tổ trưởng")]


def test_a_party_group_named_before_in_full() -> None:
    got = posts_of("Ủy ban Kiểm tra yêu cầu Ban cán sự đảng UBND tỉnh và ông Phạm Văn Nghĩa, Bí thư Ban cán sự đảng, "
                   "Chủ tịch UBND tỉnh kiểm điểm.")
    assert got == [("Phạm Văn Nghĩa", "Bí thư Ban cán sự đảng", k("Ban cán sự đảng Ủy ban nhân dân tỉnh Nghệ An")),
                   ("Phạm Văn Nghĩa", "Chủ tịch UBND tỉnh", k("Ủy ban nhân dân tỉnh Nghệ An"))]


def test_a_repeated_title_in_a_list_of_attendees_is_another_person() -> None:
    got = posts_of("Tham dự có đồng chí Trần Văn Toàn - Phó Chủ tịch UBND huyện Quỳnh Lưu, Phó Chủ tịch Ủy ban MTTQ "
                   "Việt Nam huyện Quỳnh Lưu, đại diện các ban, ngành.")
    assert [(p, t) for p, t, _b in got] == [("Trần Văn Toàn", "Phó Chủ tịch UBND huyện Quỳnh Lưu")]


def test_a_kind_written_as_its_type_code() -> None:
    got = instruments_of("Theo QĐ 1234/QĐ-UBND ngày 5/3/2021 và CT số 15/CT-TTg, tỉnh đã triển khai; văn bản "
                         "682/UBND-TH.")
    assert got == [("1234/QĐ-UBND", "Quyết định", k("Ủy ban nhân dân tỉnh Nghệ An")),
                   ("15/CT-TTg", "Chỉ thị", k("Chính phủ"))]


def test_owner_after_the_body_and_supreme_court_short_forms() -> None:
    got = posts_of("Chủ nhiệm Ủy ban Kinh tế của Quốc hội Vũ Văn Thanh; Viện trưởng VKSND tối cao Lê Văn Trí dự.", None)
    assert got == [("Vũ Văn Thanh", "Chủ nhiệm Ủy ban Kinh tế của Quốc hội", k("Ủy ban Kinh tế")),
                   ("Lê Văn Trí", "Viện trưởng VKSND tối cao", k("Viện Kiểm sát nhân dân tối cao"))]


def test_a_rank_after_the_body_is_not_part_of_a_place() -> None:
    got = posts_of("Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Đại tá Hồ Văn Mười báo cáo.")
    assert [(p, t) for p, t, _b in got] == [("Hồ Văn Mười", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh")]


def test_standing_board_member_and_full_time_deputy() -> None:
    got = posts_of("Đồng chí Lê Văn Ân, Ủy viên Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy phát biểu.")
    assert got[0] == ("Lê Văn Ân", "Ủy viên Thường vụ Tỉnh ủy", k("Ban Thường vụ Tỉnh ủy Nghệ An"))
    got = posts_of("Phó Trưởng Đoàn chuyên trách Đoàn ĐBQH tỉnh Trần Văn Bảo dự.")
    assert [(p, t) for p, t, _b in got] == [("Trần Văn Bảo", "Phó Trưởng Đoàn chuyên trách Đoàn ĐBQH tỉnh")]


def test_other_posts_after_a_dash_or_in_brackets() -> None:
    got = posts_of("Bộ trưởng Bộ Tài chính Đinh Văn Dũng - Phó Trưởng ban Thường trực Ban Chỉ đạo quốc gia, cùng dự.",
                   None)
    assert [t for _p, t, _b in got][:1] == ["Bộ trưởng Bộ Tài chính"] and len(got) == 2
    got = posts_of("Giám đốc Sở Y tế Lê Văn Cần (Tỉnh ủy viên) cho biết.")
    assert [(p, t) for p, t, _b in got] == [("Lê Văn Cần", "Giám đốc Sở Y tế"), ("Lê Văn Cần", "Tỉnh ủy viên")]
    got = posts_of("Chủ tịch UBND tỉnh Nguyễn Văn An - Phó Chủ tịch UBND tỉnh Trần Văn Bảo dự.")
    assert [(p, t) for p, t, _b in got] == [("Nguyễn Văn An", "Chủ tịch UBND tỉnh"),
                                           ("Trần Văn Bảo", "Phó Chủ tịch UBND tỉnh")]


def test_abbreviated_standing_member_and_a_title_right_after_the_name() -> None:
    got = posts_of("Về dự có các đồng chí: Lê Văn Minh-UVTV, Chủ tịch Ủy ban MTTQ huyện Quỳnh Lưu; đại diện các ngành.")
    assert [(p, t) for p, t, _b in got] == [("Lê Văn Minh", "Chủ tịch Ủy ban MTTQ huyện Quỳnh Lưu")]
    got = posts_of("Kết luận phiên họp, đồng chí Nguyễn Duy An Tỉnh ủy viên, Bí thư Huyện ủy Quỳnh Lưu yêu cầu.")
    assert [(p, t) for p, t, _b in got] == [("Nguyễn Duy An", "Tỉnh ủy viên"),
                                           ("Nguyễn Duy An", "Bí thư Huyện ủy Quỳnh Lưu")]


def test_laws_cited_by_name_then_number() -> None:
    got = instruments_of("Căn cứ Luật Thanh tra số 11/2022/QH15; Pháp lệnh Ưu đãi người có công với cách mạng số "
                         "02/2020/UBTVQH14; Luật Đất đai 2024.")
    assert got == [("11/2022/QH15", "Luật", k("Quốc hội")),
                   ("02/2020/UBTVQH14", "Pháp lệnh", k("Ủy ban Thường vụ Quốc hội"))]


def test_a_list_opened_by_comrades_and_a_sentence_first_word() -> None:
    got = posts_of("Tham dự có các đồng chí: Khà Văn Thắm, UV BTV Huyện ủy Quỳnh Lưu; Lê Văn Bình, Phó Chủ tịch UBND "
                   "huyện Quỳnh Lưu. Theo Nguyễn Văn An, Giám đốc Sở Y tế, tiến độ chậm.")
    assert [p for p, _t, _b in got] == ["Khà Văn Thắm", "Lê Văn Bình", "Nguyễn Văn An"]


def test_one_document_cited_under_two_kinds_is_one_instrument() -> None:
    got = instruments_of("Thực hiện Thông báo số 12/TB-VPCP ngày 3/4/2022 của Văn phòng Chính phủ; theo Kết luận số "
                         "12/TB-VPCP ngày 03/04/2022, các sở triển khai ngay.")
    assert [i for i, _k, _b in got] == ["12/TB-VPCP"]


def test_a_date_after_so_is_not_an_instrument_number() -> None:
    # a source that left out the number: "Thông báo số 25/2/2021" cites a date, not Thông báo 25
    assert instruments_of("Thực hiện chỉ đạo tại Thông báo số 25/2/2021 về phòng, chống dịch.") == []
    assert [i for i, _k, _b in instruments_of("Thực hiện Nghị quyết số 18 của Tỉnh ủy.")] == ["18"]


def test_two_documents_with_one_number_stay_two() -> None:
    got = instruments_of("Thực hiện Thông báo số 31/TB-VPCP ngày 25/2/2021 của Văn phòng Chính phủ và Thông báo số "
                         "31/TB-UBND ngày 02/02/2021 của UBND tỉnh; Nghị định 33/NĐ-CP, tức Nghị định số "
                         "33/2021/NĐ-CP.")
    assert sorted(i for i, _k, _b in got) == ["31/TB-UBND", "31/TB-VPCP", "33/2021/NĐ-CP"]


def test_a_commune_committee_secretary_with_several_titles() -> None:
    """In a commune's own text a bare "Đảng ủy" is its committee, also inside "Bí thư Đảng ủy"; a title
    written straight after a name (no comma) is not part of the name."""
    got = posts_of("Dự hội nghị có đồng chí Lê Văn Sáu – Bí thư Đảng ủy, Chủ tịch HĐND xã; bà Trần Thị Bảy Phó "
                   "Chủ tịch UBND xã trình bày báo cáo.", jurisdiction="Xã Diễn Kỷ, huyện Diễn Châu, tỉnh Nghệ An")
    assert got == [("Lê Văn Sáu", "Bí thư Đảng ủy", k("Đảng ủy xã Diễn Kỷ")),
                   ("Lê Văn Sáu", "Chủ tịch HĐND xã", k("Hội đồng nhân dân xã Diễn Kỷ")),
                   ("Trần Thị Bảy", "Phó Chủ tịch UBND xã", k("Ủy ban nhân dân xã Diễn Kỷ"))]


def test_a_bare_party_title_before_a_units_state_office_is_held_in_that_units_committee() -> None:
    recs = records("Dự họp có đồng chí Nguyễn Văn Hải, Phó Bí thư, Chủ tịch UBND xã Phù Đổng; đồng chí Trần Thị Lan, "
                   "Bí thư Đảng ủy, Chủ tịch HĐND xã Phù Đổng.")
    posts = {(r["person"], r["title"], k(r["organization"])) for r in recs if r["type"] == "post"}
    assert ("Nguyễn Văn Hải", "Phó Bí thư", k("Đảng ủy xã Phù Đổng")) in posts
    assert ("Trần Thị Lan", "Bí thư", k("Đảng ủy xã Phù Đổng")) in posts or (
        "Trần Thị Lan", "Bí thư Đảng ủy", k("Đảng ủy xã Phù Đổng")) in posts
    assert ("Nguyễn Văn Hải", "Chủ tịch UBND xã Phù Đổng", k("Ủy ban nhân dân xã Phù Đổng")) in posts


def test_the_body_that_issues_an_instrument_in_the_sentence_is_its_issuer() -> None:
    text = "Ngày 5/5, Ban Thường vụ Tỉnh ủy ban hành Thông báo kết luận số 120-TB/TU về nhiệm vụ quý II."
    found = records(text, "Tỉnh Bến Tre", "2023-05-06")
    assert [(r["id"], k(r["issuer"])) for r in found if r["type"] == "instrument"] == [
        ("120-TB/TU", k("Ban Thường vụ Tỉnh ủy Bến Tre"))]
    assert k("Tỉnh ủy Bến Tre") not in {k(r["name"]) for r in found if r["type"] == "organization"}
