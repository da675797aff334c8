"""Narration that is no duty, as session 24 met it on southern pages: an event told on its day after a
directive, and a headline naming a council after a committee's request. Sentences written here."""

from __future__ import annotations

from bomay.loaders.text.scoring import body_key as k
from tests import extracted

CA_MAU = {"jurisdiction": "Tỉnh Cà Mau", "date": "2023-05-01"}
SOC_TRANG = {"jurisdiction": "Tỉnh Sóc Trăng", "date": "2023-05-01"}


def test_an_event_told_on_its_day_after_a_directive_is_no_duty() -> None:
    text = ("Chủ tịch UBND tỉnh giao Sở Nội vụ rà soát biên chế.\n\n"
            "Chiều ngày 11/3, Sở Y tế phối hợp với Bệnh viện tỉnh tổ chức chương trình giao lưu.")
    assert [a for a, _ in extracted.mandates(text, CA_MAU)] == [k("Sở Nội vụ tỉnh Cà Mau")]


def test_a_duty_dated_with_a_modal_still_inherits_the_assigner() -> None:
    text = "Chủ tịch UBND tỉnh giao Sở Nội vụ rà soát biên chế. Ngày 15/6, UBND các huyện phải hoàn thành việc rà soát."
    assert [a for a, _ in extracted.mandates(text, CA_MAU)] == [
        k("Sở Nội vụ tỉnh Cà Mau"), k("Ủy ban nhân dân các huyện thuộc tỉnh Cà Mau")]


def test_a_committee_never_tasks_its_council() -> None:
    text = ("Chủ tịch UBND tỉnh yêu cầu các sở, ngành khẩn trương triển khai.\n"
            "Vĩnh Châu: HĐND tỉnh Sóc Trăng kiểm tra việc thực hiện các Nghị quyết về nông nghiệp\n")
    assert [a for a, _ in extracted.mandates(text, SOC_TRANG)] == [k("Các sở, ngành tỉnh Sóc Trăng")]


def test_a_committee_still_tasks_the_commune_party_committees_below_it() -> None:
    text = "UBND huyện Trần Đề yêu cầu Đảng ủy các xã tăng cường lãnh đạo công tác phòng dịch."
    assert len(extracted.mandates(text, SOC_TRANG)) == 1


def test_a_committees_organ_asks_its_own_standing_board_upwards() -> None:
    meta = {"jurisdiction": "Thành phố Hồ Chí Minh", "date": "2023-05-01"}
    text = ("Ủy ban Kiểm tra Thành ủy đề nghị Ban Thường vụ Thành ủy TP.HCM thi hành kỷ luật đối với 2 đảng viên. "
            "Ủy ban Kiểm tra Thành ủy yêu cầu Ban Thường vụ Quận ủy Quận 1 kiểm điểm.")
    assert [a for a, _ in extracted.mandates(text, meta)] == [k("Ban Thường vụ Quận ủy Quận 1")]


def test_a_department_taking_over_functions_in_a_restructure_is_no_duty() -> None:
    text = ("Phó Chủ tịch UBND tỉnh chủ trì cuộc họp. Theo dự thảo, Sở Giao thông vận tải và Sở Xây dựng hợp nhất; "
            "Sở Y tế tiếp nhận chức năng quản lý nhà nước về bảo trợ xã hội. UBND tỉnh giao Sở Nội vụ tiếp nhận hồ sơ.")
    assert [a for a, _ in extracted.mandates(text, CA_MAU)] == [k("Sở Nội vụ tỉnh Cà Mau")]


def test_communes_addressed_by_their_type_words_after_the_departments() -> None:
    meta = {"jurisdiction": "Thành phố Cần Thơ", "date": "2025-08-01"}
    text = "Chủ tịch UBND thành phố yêu cầu các sở, ngành và xã, phường phải đoàn kết, thống nhất cao."
    assert [a for a, _ in extracted.mandates(text, meta)] == [
        k("Các sở, ngành thành phố Cần Thơ"), k("Ủy ban nhân dân các xã, phường thuộc thành phố Cần Thơ")]


def test_agencies_ranked_as_departments_are_members_of_the_group() -> None:
    meta = {"jurisdiction": "Tỉnh Đồng Tháp", "date": "2025-08-01"}
    text = "Chủ tịch UBND tỉnh giao các sở, cơ quan ngang sở và UBND các xã, phường chủ động xác định nhiệm vụ."
    assert extracted.mandates(text, meta) == [
        (k("Các sở, cơ quan ngang sở tỉnh Đồng Tháp"), "chủ động xác định nhiệm vụ"),
        (k("Ủy ban nhân dân các xã, phường thuộc tỉnh Đồng Tháp"), "chủ động xác định nhiệm vụ")]


def test_named_subjects_act_though_related_agencies_close_their_list() -> None:
    meta = {"jurisdiction": "Tỉnh Lạng Sơn", "date": "2023-02-01"}
    text = ("UBND tỉnh yêu cầu Sở Công thương làm đầu mối theo dõi. Cục Hải quan, Bộ Chỉ huy Bộ đội Biên phòng và các "
            "cơ quan có liên quan tăng cường phối hợp thông quan hàng hóa.")
    assert [a for a, _ in extracted.mandates(text, meta)] == [
        k("Sở Công Thương tỉnh Lạng Sơn"), k("Cục Hải quan tỉnh Lạng Sơn"),
        k("Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lạng Sơn")]


def test_an_assembly_committee_written_with_its_assembly_speaks() -> None:
    meta = {"jurisdiction": "Trung ương", "date": "2024-02-01"}
    text = "Ban Bí thư yêu cầu các tỉnh ủy kiểm điểm. Ủy ban Xã hội của Quốc hội đề nghị Chính phủ báo cáo việc này."
    records = extracted.records(text, meta)
    pairs = [(r["assigner"], r["assignee"]) for r in records if r["type"] == "mandate"]
    assert pairs[1] == ("Ủy ban Xã hội", "Chính phủ")


def test_a_passive_duty_with_its_report_is_the_committees() -> None:
    meta = {"jurisdiction": "Tỉnh Lâm Đồng", "date": "2023-04-01"}
    text = ("Sở Tài nguyên và Môi trường Lâm Đồng vừa được giao chủ trì kiểm tra các trường hợp san gạt, báo cáo về "
            "UBND tỉnh Lâm Đồng trước ngày 10/4/2023.")
    assert extracted.reports(text, meta) == [(k("Sở Tài nguyên và Môi trường tỉnh Lâm Đồng"),
                                              k("Ủy ban nhân dân tỉnh Lâm Đồng"))]
    assert [a for a, _ in extracted.mandates(text, meta)] == [k("Sở Tài nguyên và Môi trường tỉnh Lâm Đồng")]


def test_a_report_already_made_stays_no_duty() -> None:
    meta = {"jurisdiction": "Tỉnh Lâm Đồng", "date": "2023-04-01"}
    assert extracted.mandates("Sở Tài nguyên và Môi trường đã báo cáo UBND tỉnh kết quả kiểm tra.", meta) == []


def test_praise_after_a_conclusion_notice_is_no_duty() -> None:
    meta = {"jurisdiction": "Trung ương", "date": "2022-02-01"}
    text = ("Văn phòng Chính phủ có thông báo kết luận của Thủ tướng. Theo đó, Bộ Tài chính đánh giá cao nỗ lực của "
            "các địa phương. Thủ tướng giao Bộ Tài chính hướng dẫn các địa phương.")
    assert extracted.mandates(text, meta) == [(k("Bộ Tài chính"), "hướng dẫn các địa phương")]


def test_a_plural_does_not_refer_back_to_the_one_department_named_last() -> None:
    meta = {"jurisdiction": "Tỉnh Tây Ninh", "date": "2021-05-01"}
    text = ("Chủ tịch UBND tỉnh giao Sở Giao thông vận tải kiểm tra các phương tiện. Chủ tịch UBND tỉnh cũng yêu cầu "
            "các đơn vị đẩy mạnh công tác tuyên truyền.")
    assert extracted.mandates(text, meta) == [(k("Sở Giao thông vận tải tỉnh Tây Ninh"), "kiểm tra các phương tiện")]


def test_a_plural_still_refers_back_to_the_bodies_just_addressed() -> None:
    meta = {"jurisdiction": "Tỉnh Tây Ninh", "date": "2021-05-01"}
    text = ("Chủ tịch UBND tỉnh giao Sở Y tế, Công an tỉnh kiểm tra các cơ sở. Chủ tịch UBND tỉnh cũng yêu cầu "
            "các đơn vị đẩy mạnh công tác tuyên truyền.")
    both = [k("Sở Y tế tỉnh Tây Ninh"), k("Công an tỉnh Tây Ninh")]
    assert [a for a, _ in extracted.mandates(text, meta)] == both * 2


def test_a_request_after_its_aim_addresses_every_listed_unit() -> None:
    meta = {"jurisdiction": "Tỉnh Bình Dương", "date": "2021-08-01"}
    text = ("UBND tỉnh chỉ đạo các sở, ngành thực hiện nghiêm các biện pháp. Để phòng dịch hiệu quả, giao UBND các "
            "huyện Bàu Bàng, Dầu Tiếng chủ động áp dụng biện pháp phù hợp.")
    assert [a for a, _ in extracted.mandates(text, meta)][1:] == [
        k("Ủy ban nhân dân huyện Bàu Bàng"), k("Ủy ban nhân dân huyện Dầu Tiếng")]


def test_the_media_addressed_together_are_a_group() -> None:
    meta = {"jurisdiction": "Tỉnh Gia Lai", "date": "2022-05-01"}
    text = ("Ban Tuyên giáo Tỉnh ủy đề nghị các cơ quan truyền thông tăng cường tuyên truyền. Sở Thông tin và Truyền "
            "thông yêu cầu các cơ quan báo chí, truyền thông đưa tin kịp thời.")
    assert [a for a, _ in extracted.mandates(text, meta)] == [
        k("Các cơ quan truyền thông tỉnh Gia Lai"), k("Các cơ quan báo chí, truyền thông tỉnh Gia Lai")]


def test_an_aim_with_requirements_in_it_keeps_the_subject_that_follows() -> None:
    meta = {"jurisdiction": "Tỉnh Gia Lai", "date": "2022-05-01"}
    text = ("Để cuộc thi đạt kết quả tốt theo mục đích, yêu cầu đề ra, Ban Tổ chức cuộc thi đề nghị Ủy ban MTTQ và "
            "các đoàn thể tỉnh; Sở Giáo dục và Đào tạo quan tâm hơn nữa.")
    assert [a for a, _ in extracted.mandates(text, meta)] == [
        k("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Gia Lai"), k("Các đoàn thể tỉnh Gia Lai"),
        k("Sở Giáo dục và Đào tạo tỉnh Gia Lai")]
