"""Names local news writes short (issue 11, session 16): a commune's party committee by the commune's bare name in
its district's text, forest boards named after their forest, a delegation whose verb follows its head. Sentences
written here."""

from __future__ import annotations

from bomay.loaders.text.documents import document_from_text
from bomay.loaders.text.extract import extract
from bomay.loaders.text.records import gold_view, to_records
from bomay.loaders.text.scoring import body_key as k


def records(text: str, jurisdiction: str, date: str) -> list[dict]:
    doc = document_from_text("t", text, {"jurisdiction": jurisdiction, "date": date})
    return [r for r in (gold_view(r) for r in to_records(extract(doc))) if r]


def names(text: str, jurisdiction: str, date: str) -> list[str]:
    return [r["name"] for r in records(text, jurisdiction, date) if r["type"] == "organization"]


def test_a_communes_party_committee_by_the_communes_bare_name_in_its_districts_text() -> None:
    text = "Dự buổi làm việc có Bí thư Đảng ủy Tân Hộ Cơ, Bình Phú và Tân Thành A."
    got = [k(n) for n in names(text, "Huyện Tân Hồng, tỉnh Đồng Tháp", "2023-06-08")]
    for commune in ("Tân Hộ Cơ", "Bình Phú", "Tân Thành A"):
        assert k(f"Đảng ủy xã {commune}") in got


def test_the_party_organisation_and_standing_board_of_a_commune_named_bare() -> None:
    text = "Đảng bộ Tân Hộ Cơ đã lãnh đạo tốt. Ban Thường vụ Đảng ủy Bình Phú họp định kỳ."
    got = [k(n) for n in names(text, "Huyện Tân Hồng, tỉnh Đồng Tháp", "2023-06-08")]
    assert k("Đảng bộ xã Tân Hộ Cơ") in got
    assert k("Ban Thường vụ Đảng ủy xã Bình Phú") in got


def test_a_bare_name_that_is_no_commune_of_the_district_is_no_committee() -> None:
    # Hồng Ngự is a town of the same province, not a commune of Tân Hồng: nothing is guessed
    text = "Đảng ủy Hồng Ngự đã lãnh đạo tốt."
    assert not [n for n in names(text, "Huyện Tân Hồng, tỉnh Đồng Tháp", "2023-06-08") if "xã" in n]


def test_a_protection_forests_board_is_named_after_its_forest() -> None:
    text = ("UBND tỉnh giao Ban Quản lý rừng phòng hộ Ia Ly tăng cường tuần tra; Ban quản lý rừng phòng hộ "
            "Chư Păh phối hợp kiểm tra.")
    got = {k(r["name"]): r["kind"] for r in records(text, "Tỉnh Gia Lai", "2022-03-20")
           if r["type"] == "organization"}
    assert got.get(k("Ban Quản lý rừng phòng hộ Ia Ly")) == "public_service_unit"
    assert got.get(k("Ban quản lý rừng phòng hộ Chư Păh")) == "public_service_unit"


def test_a_delegation_whose_count_or_praise_follows_its_head_is_the_delegation() -> None:
    text = ("Theo kế hoạch, Đoàn kiểm tra chín đơn vị, tổ chức cơ sở đảng của tỉnh. "
            "Đoàn công tác đánh giá cao kết quả thực hiện.")
    got = names(text, "Tỉnh Hậu Giang", "2019-05-01")
    assert "Đoàn kiểm tra chín đơn vị" not in got
    assert not [n for n in got if "đánh giá" in n]
    assert "Đoàn kiểm tra" in got


def test_a_forward_command_post_is_a_task_force_of_the_province() -> None:
    text = "Chủ tịch UBND tỉnh yêu cầu Sở Chỉ huy tiền phương tỉnh theo dõi sát diễn biến của bão."
    got = {k(r["name"]): r["kind"] for r in records(text, "Tỉnh Gia Lai", "2025-10-01")
           if r["type"] == "organization"}
    assert got.get(k("Sở Chỉ huy tiền phương tỉnh Gia Lai")) == "task_force"


def test_national_disaster_bodies_by_their_names() -> None:
    text = ("Phó Thủ tướng, Trưởng Ban Chỉ đạo Phòng thủ dân sự quốc gia yêu cầu các tỉnh chủ động. Ủy ban Quốc gia "
            "Ứng phó sự cố, thiên tai và Tìm kiếm cứu nạn theo dõi. Trung tâm Dự báo khí tượng - thủy văn quốc gia "
            "cho biết bão mạnh lên.")
    got = [k(n) for n in names(text, "Trung ương", "2023-10-01")]
    assert k("Ban Chỉ đạo Phòng thủ dân sự quốc gia") in got
    assert k("Ủy ban Quốc gia Ứng phó sự cố, thiên tai và Tìm kiếm cứu nạn") in got
    assert k("Trung tâm Dự báo khí tượng thủy văn quốc gia") in got


def test_a_public_service_centre_of_the_province_or_of_every_commune() -> None:
    text = ("Trung tâm Phục vụ hành chính công của tỉnh hướng dẫn người dân. Giám đốc Trung tâm Phục vụ hành chính "
            "công đang làm việc. Giao các sở đánh giá Trung tâm Phục vụ hành chính công các xã, phường.")
    got = names(text, "Tỉnh Thanh Hóa", "2025-12-01")
    assert k("Trung tâm Phục vụ hành chính công tỉnh Thanh Hóa") in [k(n) for n in got]
    assert not [n for n in got if " của " in n or " đang" in n]
    assert k("Trung tâm Phục vụ hành chính công các xã, phường thuộc tỉnh Thanh Hóa") in [k(n) for n in got]


def test_central_agencies_on_the_provinces_territory_are_a_group_of_the_province() -> None:
    text = ("Chủ tịch UBND tỉnh yêu cầu thủ trưởng các sở, ban, ngành, các cơ quan trung ương trên địa bàn tỉnh "
            "xây dựng kế hoạch thực hiện.")
    got = {k(r["name"]): r for r in records(text, "Tỉnh Quảng Ngãi", "2019-10-01") if r["type"] == "organization"}
    group = got.get(k("Các cơ quan trung ương trên địa bàn tỉnh Quảng Ngãi"))
    assert group is not None and group["kind"] == "other" and group["level"] == "province"
    assert k("Các cơ quan trung ương") not in got


def test_a_delegations_name_ends_before_its_adverb_its_object_or_its_working_dates() -> None:
    text = ("Ban Kinh tế - Ngân sách HĐND tỉnh thành lập Đoàn giám sát tình hình thực hiện các dự án được giao. "
            "Từ ngày 04/4, Đoàn giám sát trực tiếp đối với Sở Kế hoạch và Đầu tư. Tổ công tác hoạt động từ ngày 17/9.")
    got = names(text, "Tỉnh Kiên Giang", "2022-04-01")
    assert not [n for n in got if n.endswith(("tình hình", "trực tiếp", "đối", "hoạt động"))]
    assert "Đoàn giám sát" in got and "Tổ công tác" in got


def test_bare_communes_of_the_district_a_provincial_text_is_about() -> None:
    text = ("Đến nay, 15 đảng bộ xã, thị trấn trực thuộc Huyện ủy Long Hồ đã hoàn thành dự thảo báo cáo chính trị. "
            "Bí thư Đảng ủy Lộc Hòa cho biết dự thảo đã được gửi xin ý kiến.")
    assert k("Đảng ủy xã Lộc Hòa") in [k(n) for n in names(text, "Tỉnh Vĩnh Long", "2020-02-25")]


def test_the_grass_roots_party_committees_a_district_committee_addresses() -> None:
    text = ("Huyện ủy Long Hồ yêu cầu các Đảng ủy cơ sở lấy ý kiến nhân dân vào dự thảo, báo cáo kết quả về Ban "
            "Thường vụ Huyện ủy trước ngày 15/3.")
    got = [r for r in records(text, "Tỉnh Vĩnh Long", "2020-02-25") if r["type"] == "mandate"]
    assert [(k(r["assigner"]), k(r["assignee"])) for r in got] == [
        (k("Huyện ủy Long Hồ"), k("Các đảng ủy cơ sở trực thuộc Huyện ủy Long Hồ"))]


def test_the_inspectorates_of_every_department_and_every_district_town_and_city() -> None:
    text = ("Chủ tịch UBND tỉnh yêu cầu Thanh tra các sở và Thanh tra huyện, thị xã, thành phố gửi kế hoạch thanh tra "
            "về Thanh tra tỉnh. Hiệp hội Doanh nghiệp tỉnh kịp thời phản ánh khó khăn.")
    got = [k(n) for n in names(text, "Tỉnh Hậu Giang", "2023-05-16")]
    assert k("Thanh tra các sở tỉnh Hậu Giang") in got
    assert k("Thanh tra các huyện, thị xã, thành phố thuộc tỉnh Hậu Giang") in got
    assert k("Hiệp hội Doanh nghiệp tỉnh Hậu Giang") in got


def test_a_boards_level_after_its_name_is_not_a_list_of_communes() -> None:
    text = "Thành ủy chỉ đạo sắp xếp Ban Bồi thường giải phóng mặt bằng cấp xã hiện nay."
    got = names(text, "Thành phố Hồ Chí Minh", "2025-03-01")
    assert not [n for n in got if "các xã" in n]
