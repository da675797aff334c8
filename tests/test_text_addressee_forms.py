"""Addressees written in forms session 23 met on pages from other provinces: a time clause with a comma between
the request and its addressees ("yêu cầu ngay sau đại hội, tất cả các cấp ủy …"), units and schools in one group
("các đơn vị, cơ sở giáo dục"), and a province's industrial-zone board written bare ("Ban Quản lý các KCN"), while a
zone board with a name of its own keeps it. Sentences written here."""

from __future__ import annotations

from bomay.loaders.text.scoring import body_key as k
from tests import extracted

CAO_BANG = {"jurisdiction": "Tỉnh Cao Bằng", "date": "2025-09-17"}
BAC_NINH = {"jurisdiction": "Tỉnh Bắc Ninh", "date": "2021-05-02"}
QUANG_NGAI = {"jurisdiction": "Tỉnh Quảng Ngãi", "date": "2023-09-01"}


def test_addressees_after_a_time_clause_and_its_comma() -> None:
    text = "Bí thư Tỉnh ủy yêu cầu ngay sau đại hội, tất cả các cấp ủy, tổ chức Đảng tập trung phổ biến nghị quyết."
    assert extracted.mandates(text, CAO_BANG) == [
        (k("Các cấp ủy, tổ chức đảng thuộc Đảng bộ tỉnh Cao Bằng"), "tập trung phổ biến nghị quyết")]


def test_units_and_schools_are_one_group() -> None:
    text = "Sở Giáo dục và Đào tạo yêu cầu các đơn vị, cơ sở giáo dục trên địa bàn tỉnh tăng cường tuyên truyền."
    assert extracted.mandates(text, BAC_NINH) == [
        (k("Các đơn vị, cơ sở giáo dục tỉnh Bắc Ninh"), "tăng cường tuyên truyền")]


def test_schools_alone_are_still_the_schools() -> None:
    text = "Sở Giáo dục và Đào tạo yêu cầu các cơ sở giáo dục trên địa bàn tỉnh tăng cường tuyên truyền."
    assert [a for a, _ in extracted.mandates(text, BAC_NINH)] == [k("Các cơ sở giáo dục trên địa bàn tỉnh Bắc Ninh")]


def test_a_bare_industrial_zone_board_is_the_provinces() -> None:
    text = "UBND tỉnh giao Sở Nội vụ chủ trì, phối hợp Sở Tư pháp, Ban Quản lý các KCN rà soát hồ sơ."
    assert k("Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh") in extracted.names(text, BAC_NINH)


def test_a_zone_board_named_for_its_zone_keeps_the_name() -> None:
    text = "Ban Quản lý Khu kinh tế Dung Quất phối hợp với Sở Xây dựng rà soát. Cục Thuế tăng cường kiểm tra."
    names = extracted.names(text, QUANG_NGAI)
    assert k("Ban Quản lý Khu kinh tế Dung Quất") in names and k("Cục Thuế tỉnh Quảng Ngãi") in names
    assert k("Ban Quản lý khu kinh tế tỉnh Quảng Ngãi") not in names


THANH_HOA = {"jurisdiction": "Tỉnh Thanh Hóa", "date": "2019-11-01"}


def test_a_petition_forwarded_for_handling_is_a_duty_and_its_report() -> None:
    text = ("UBND tỉnh đã chuyển đơn đến Chủ tịch UBND thành phố Thanh Hóa chỉ đạo kiểm tra, giải quyết và báo cáo "
            "Chủ tịch UBND tỉnh trước ngày 15/11/2019.")
    assert [a for a, _ in extracted.mandates(text, THANH_HOA)] == [k("Ủy ban nhân dân thành phố Thanh Hóa")]
    assert extracted.reports(text, THANH_HOA) == [
        (k("Ủy ban nhân dân thành phố Thanh Hóa"), k("Ủy ban nhân dân tỉnh Thanh Hóa"))]


def test_a_press_question_forwarded_to_a_board() -> None:
    text = "Văn phòng UBND tỉnh chuyển nội dung nêu trên đến Ban Quản lý dự án đầu tư xây dựng tỉnh để xử lý."
    assert extracted.mandates(text, THANH_HOA) == [
        (k("Ban Quản lý dự án đầu tư xây dựng tỉnh Thanh Hóa"), "để xử lý")]


KIEN_GIANG = {"jurisdiction": "Tỉnh Kiên Giang", "date": "2022-09-07"}
HCM = {"jurisdiction": "Thành phố Hồ Chí Minh", "date": "2021-04-20"}


def test_investors_and_project_boards_as_one_group() -> None:
    text = ("Chủ tịch UBND tỉnh yêu cầu các sở tập trung giải ngân.\n"
            "Các chủ đầu tư, ban quản lý dự án quyết liệt đẩy nhanh tiến độ giải ngân.\n")
    assert extracted.mandates(text, KIEN_GIANG)[1] == (
        k("Các chủ đầu tư, ban quản lý dự án trên địa bàn tỉnh Kiên Giang"), "quyết liệt đẩy nhanh tiến độ giải ngân")


def test_each_item_led_by_a_body_is_its_duty() -> None:
    text = ("UBND Thành phố giao Sở Nội vụ xây dựng các đề án nhánh, bao gồm: Kinh tế đô thị do Sở Kế hoạch và Đầu tư "
            "chủ trì, Hạ tầng đô thị do Sở Xây dựng chủ trì.")
    assert extracted.mandates(text, HCM) == [
        (k("Sở Nội vụ Thành phố Hồ Chí Minh"), "xây dựng các đề án nhánh, bao gồm: Kinh tế đô thị do Sở Kế hoạch và "
                                               "Đầu tư chủ trì, Hạ tầng đô thị do Sở Xây dựng chủ trì"),
        (k("Sở Kế hoạch và Đầu tư Thành phố Hồ Chí Minh"), "Kinh tế đô thị"),
        (k("Sở Xây dựng Thành phố Hồ Chí Minh"), "Hạ tầng đô thị")]


def test_a_report_goes_to_the_named_recipient_after_an_unknown_one() -> None:
    text = ("UBND tỉnh giao Sở Nông nghiệp và PTNT triển khai thanh tra. Tổng hợp và báo cáo kết quả thanh tra về "
            "Thanh tra Bộ và Chủ tịch UBND tỉnh.")
    assert extracted.reports(text, BAC_NINH) == [
        (k("Sở Nông nghiệp và Phát triển nông thôn tỉnh Bắc Ninh"), k("Ủy ban nhân dân tỉnh Bắc Ninh"))]
