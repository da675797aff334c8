"""Bodies session 23 found misread on pages from other provinces and from the centre: a minority surname after a
district title (no district "Điểu …"), "HĐND& UBND" spaced on one side, a named department after a generic list
("… của các cơ quan, đơn vị, Sở Nội vụ chủ trì"), "Sở VH-TT" (sport, not information, after 2008), national bodies
(the development bank, the national universities, the committees of the National Assembly), the Chairman of the
National Assembly speaking for its Standing Committee, and a document already issued ("ban hành Thông báo số …"),
which is no duty. Sentences written here."""

from __future__ import annotations

from bomay.loaders.text.scoring import body_key as k
from tests import extracted

BINH_PHUOC = {"jurisdiction": "Tỉnh Bình Phước", "date": "2023-05-01"}
DONG_DA = {"jurisdiction": "Quận Đống Đa, thành phố Hà Nội", "date": "2020-05-01"}
QUANG_NGAI = {"jurisdiction": "Tỉnh Quảng Ngãi", "date": "2020-01-01"}
HCM = {"jurisdiction": "Thành phố Hồ Chí Minh", "date": "2021-04-20"}
CENTRAL = {"jurisdiction": "Trung ương", "date": "2024-03-01"}


def test_a_minority_name_after_a_district_title_is_the_person() -> None:
    text = "Phó chủ tịch UBND huyện Điểu Hà Hồng Lý đề nghị Phòng Tài chính - Kế hoạch huyện Bù Đăng sắp xếp kinh phí."
    names = extracted.names(text, BINH_PHUOC)
    assert k("Ủy ban nhân dân huyện Bù Đăng") in names
    assert not any("dieu" in n.split() for n in names)


def test_the_office_of_council_and_committee_spaced_on_one_side() -> None:
    text = "Chủ tịch UBND quận giao Văn phòng HĐND& UBND quận tổng hợp kết quả."
    assert extracted.mandates(text, DONG_DA) == [
        (k("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân quận Đống Đa"), "tổng hợp kết quả")]


def test_a_named_department_after_a_generic_list_is_its_own_body() -> None:
    text = "Trên cơ sở báo cáo của các cơ quan, đơn vị, Sở Nội vụ chủ trì tham mưu UBND tỉnh."
    assert extracted.mandates(text, QUANG_NGAI) == [(k("Sở Nội vụ tỉnh Quảng Ngãi"), "chủ trì tham mưu UBND tỉnh")]


def test_so_vh_tt_is_culture_and_sport() -> None:
    assert extracted.mandates("UBND Thành phố giao Sở VH-TT chủ trì thực hiện.", HCM) == [
        (k("Sở Văn hóa và Thể thao Thành phố Hồ Chí Minh"), "chủ trì thực hiện")]


def test_national_bodies_outside_the_ministries() -> None:
    text = ("Thủ tướng Chính phủ giao Ngân hàng Phát triển Việt Nam báo cáo Bộ Tài chính. Giao Đại học Quốc gia "
            "Thành phố Hồ Chí Minh chủ trì xây dựng đề án.")
    assert [a for a, _ in extracted.mandates(text, CENTRAL)] == [
        k("Ngân hàng Phát triển Việt Nam"), k("Đại học Quốc gia Thành phố Hồ Chí Minh")]


def test_the_chairman_of_the_assembly_asks_through_its_standing_committee() -> None:
    text = "Chủ tịch Quốc hội đề nghị Chính phủ, Thường trực Hội đồng Dân tộc và các Ủy ban của Quốc hội triển khai."
    got = [(r["assigner"], r["assignee"]) for r in extracted.records(text, CENTRAL) if r["type"] == "mandate"]
    assert got == [("Ủy ban Thường vụ Quốc hội", "Chính phủ"),
                   ("Ủy ban Thường vụ Quốc hội", "Thường trực Hội đồng Dân tộc"),
                   ("Ủy ban Thường vụ Quốc hội", "Các Ủy ban của Quốc hội")]


def test_a_notice_issued_under_its_number_is_no_duty() -> None:
    text = "Văn phòng Chính phủ ban hành Thông báo số 593/TB-VPCP kết luận của Phó Thủ tướng tại cuộc họp."
    assert extracted.mandates(text, CENTRAL) == []
    assert extracted.mandates("Sở Tư pháp ban hành văn bản hướng dẫn thực hiện.", QUANG_NGAI) == [
        (k("Sở Tư pháp tỉnh Quảng Ngãi"), "ban hành văn bản hướng dẫn thực hiện")]


THANH_HOA = {"jurisdiction": "Tỉnh Thanh Hóa", "date": "2020-03-01"}


def test_a_central_text_shares_the_province_written_later_in_the_list() -> None:
    text = "Ban Bí thư yêu cầu Ban Thường vụ Tỉnh ủy và Văn phòng Tỉnh ủy Kiên Giang kiểm điểm."
    assert [a for a, _ in extracted.mandates(text, CENTRAL)] == [
        k("Ban Thường vụ Tỉnh ủy Kiên Giang"), k("Văn phòng Tỉnh ủy Kiên Giang")]


def test_bch_beside_the_inspection_commission_is_the_executive() -> None:
    for text in ("Ban Thường vụ Tỉnh ủy yêu cầu sửa đổi quy chế làm việc của BCH, Ủy ban Kiểm tra.",
                 "Đảng bộ xã có 19 chi bộ trực thuộc. BCH gồm 15 ủy viên."):
        assert k("Ban Chỉ huy") not in extracted.names(text, THANH_HOA)


BU_DANG = {"jurisdiction": "Huyện Bù Đăng, tỉnh Bình Phước", "date": "2023-05-01"}


def test_huyen_doi_is_the_districts_military_command() -> None:
    text = "UBND huyện giao Công an huyện và Huyện Đội bảo đảm an ninh trật tự."
    assert [a for a, _ in extracted.mandates(text, BU_DANG)] == [
        k("Công an huyện Bù Đăng"), k("Ban Chỉ huy Quân sự huyện Bù Đăng")]
