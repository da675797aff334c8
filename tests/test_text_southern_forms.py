"""Forms session 24 met on southern and Mekong pages: a province's ethnic and religious affairs boards written
bare, "xã hội" (social) inside a centre's name, a sentence opening right after "TP.", and "TT." for a thị trấn.
Sentences written here."""

from __future__ import annotations

from bomay.loaders.text.scoring import body_key as k
from tests import extracted

BAC_LIEU = {"jurisdiction": "Tỉnh Bạc Liêu", "date": "2025-02-01"}
DONG_NAI = {"jurisdiction": "Tỉnh Đồng Nai", "date": "2024-02-01"}
HCMC = {"jurisdiction": "Thành phố Hồ Chí Minh", "date": "2024-03-01"}
LONG_DIEN = {"jurisdiction": "Huyện Long Điền, tỉnh Bà Rịa - Vũng Tàu", "date": "2024-12-13"}


def test_a_bare_ethnic_affairs_board_is_the_provinces() -> None:
    text = "Sở Dân tộc và Tôn giáo được thành lập trên cơ sở Ban Dân tộc và Ban Tôn giáo thuộc Sở Nội vụ."
    names = extracted.names(text, BAC_LIEU)
    assert {k("Ban Dân tộc tỉnh Bạc Liêu"), k("Ban Tôn giáo tỉnh Bạc Liêu")} <= names


def test_the_joined_ethnic_and_religious_board_is_one_body() -> None:
    text = "UBND tỉnh giao Ban Dân tộc và Tôn giáo chủ trì thực hiện."
    assert extracted.mandates(text, BAC_LIEU) == [(k("Ban Dân tộc và Tôn giáo tỉnh Bạc Liêu"), "chủ trì thực hiện")]


def test_the_council_committee_for_ethnic_affairs_stays_the_councils() -> None:
    text = "Ban Dân tộc HĐND tỉnh giám sát việc thực hiện chính sách."
    assert k("Ban Dân tộc Hội đồng nhân dân tỉnh Bạc Liêu") in extracted.names(text, BAC_LIEU)


def test_social_in_a_centres_name_is_no_commune() -> None:
    text = "UBND tỉnh giao Trung tâm Công tác xã hội tỉnh tiếp nhận các đối tượng."
    assert extracted.mandates(text, DONG_NAI) == [
        (k("Trung tâm Công tác xã hội tỉnh Đồng Nai"), "tiếp nhận các đối tượng")]


def test_a_sentence_opening_after_tp_dot_is_not_the_citys_name() -> None:
    text = ("Việc này được nêu tại Thông báo số 69/TB-VP của Văn phòng UBND TP. Theo đó, giao Chủ tịch UBND quận "
            "Bình Thạnh tổ chức kiểm điểm.")
    names = extracted.names(text, HCMC)
    assert k("Văn phòng Ủy ban nhân dân Thành phố Hồ Chí Minh") in names
    assert [a for a, _ in extracted.mandates(text, HCMC)] == [k("Ủy ban nhân dân quận Bình Thạnh")]


def test_tt_dot_before_a_name_is_a_town_not_the_standing_members() -> None:
    text = "Huyện ủy Long Điền họp.\nTT.Phước Hải và xã Long Mỹ sáp nhập thành thị trấn Phước Hải."
    assert k("Thường trực Huyện ủy Long Điền") not in extracted.names(text, LONG_DIEN)


def test_a_former_district_of_an_absorbed_province_keeps_its_name_after_the_merger() -> None:
    meta = {"jurisdiction": "Thành phố Hồ Chí Minh", "date": "2025-08-20"}
    text = "Ông A từng là Trưởng ban Tuyên giáo Thành ủy Thủ Dầu Một, Bí thư Huyện ủy Xuyên Mộc."
    names = extracted.names(text, meta)
    assert k("Ban Tuyên giáo Thành ủy Thủ Dầu Một") in names
    assert k("Huyện ủy Xuyên Mộc") in names
    assert k("Ban Tuyên giáo Thành ủy Thành phố Hồ Chí Minh") not in names


def test_a_former_district_of_the_namesake_province_is_found_after_the_merger() -> None:
    meta = {"jurisdiction": "Tỉnh An Giang", "date": "2025-08-20"}
    text = "Ban Thường vụ Huyện ủy Thoại Sơn đã chỉ đạo các xã rà soát."
    assert k("Ban Thường vụ Huyện ủy Thoại Sơn") in extracted.names(text, meta)


def test_the_district_after_a_numbered_ward_is_where_it_lies_not_a_second_body() -> None:
    meta = {"jurisdiction": "Tỉnh Sóc Trăng", "date": "2024-05-01"}
    text = "UBND phường 2, thị xã Vĩnh Châu tổ chức hội nghị. Đảng ủy xã Long Đức, thành phố Sóc Trăng họp."
    names = extracted.names(text, meta)
    assert k("Ủy ban nhân dân thị xã Vĩnh Châu") not in names
    assert k("Thành ủy Sóc Trăng") not in names
    assert k("Ủy ban nhân dân phường 2") in names


def test_a_district_joined_by_and_is_a_second_body() -> None:
    meta = {"jurisdiction": "Tỉnh Sóc Trăng", "date": "2024-05-01"}
    text = "UBND xã Phú Tân và huyện Châu Thành tổ chức hội nghị."
    assert k("Ủy ban nhân dân huyện Châu Thành") in extracted.names(text, meta)


def test_a_communes_party_congress_names_its_party_organisation() -> None:
    meta = {"jurisdiction": "Tỉnh An Giang", "date": "2025-08-28"}
    text = "Chiều 27/8, Đại hội đại biểu Đảng bộ xã Thạnh Mỹ Tây lần thứ I đã khai mạc."
    assert k("Đảng bộ xã Thạnh Mỹ Tây") in extracted.names(text, meta)


def test_a_congress_of_the_bare_province_is_an_event() -> None:
    meta = {"jurisdiction": "Tỉnh An Giang", "date": "2020-08-28"}
    assert extracted.names("Đại hội Đảng bộ tỉnh lần thứ XI diễn ra trong 3 ngày.", meta) == set()


def test_a_bare_bch_among_delegates_is_no_command_board() -> None:
    meta = {"jurisdiction": "Huyện Bù Đốp, tỉnh Bình Phước", "date": "2023-05-01"}
    text = "Dự hội nghị có các đồng chí là UVBTV, BCH, báo cáo viên của Huyện ủy."
    assert not any("ban chi huy" in name for name in extracted.names(text, meta))


def test_a_districts_military_command_written_bch_is_a_ban() -> None:
    meta = {"jurisdiction": "Huyện Bù Đốp, tỉnh Bình Phước", "date": "2023-05-01"}
    names = extracted.names("BCH Quân sự huyện tổ chức diễn tập. BCHQS tỉnh chỉ đạo.", meta)
    assert {k("Ban Chỉ huy Quân sự huyện Bù Đốp"), k("Bộ Chỉ huy Quân sự tỉnh Bình Phước")} <= names


def test_other_after_a_task_force_and_what_it_does_next_are_not_its_name() -> None:
    text = ("Hai Phó Trưởng Ban Chỉ đạo khác gồm ông A và ông B. Theo đó, Ban Chỉ đạo chia thành 17 tổ công tác. "
            "Ông C, Phó Trưởng Ban Thường trực Ban Chỉ đạo đại hội làm Tổ trưởng.")
    assert extracted.names(text, {"jurisdiction": "Tỉnh Sóc Trăng", "date": "2023-05-01"}) == {
        k("Ban Chỉ đạo"), k("Ban Chỉ đạo đại hội")}


def test_sectors_and_fields_are_not_a_group_of_bodies() -> None:
    meta = {"jurisdiction": "Thành phố Cần Thơ", "date": "2023-05-01"}
    text = "Huyện ủy Phong Điền xây dựng chương trình cụ thể hóa giải pháp cho từng ngành, từng lĩnh vực."
    assert extracted.names(text, meta) == {k("Huyện ủy Phong Điền")}


def test_bare_heads_listed_after_a_named_body_are_bodies() -> None:
    meta = {"jurisdiction": "Tỉnh Trà Vinh", "date": "2023-05-01"}
    text = "Dự có các đồng chí nguyên lãnh đạo Tỉnh uỷ, Hội đồng nhân dân, Uỷ ban nhân dân, UB MTTQ qua các thời kỳ."
    assert extracted.names(text, meta) == {
        k("Tỉnh ủy Trà Vinh"), k("Hội đồng nhân dân tỉnh Trà Vinh"), k("Ủy ban nhân dân tỉnh Trà Vinh"),
        k("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Trà Vinh")}


def test_a_bare_head_named_in_passing_is_still_no_body() -> None:
    meta = {"jurisdiction": "Tỉnh Trà Vinh", "date": "2023-05-01"}
    assert extracted.names("Tháng này phường có thêm một phó chủ tịch UBND.", meta) == set()


def test_a_youth_union_in_lower_case_after_its_secretarys_title() -> None:
    text = "Ông A từng là Bí thư huyện đoàn Mỹ Xuyên, Bí thư tỉnh đoàn Sóc Trăng."
    names = extracted.names(text, {"jurisdiction": "Tỉnh Sóc Trăng", "date": "2023-05-01"})
    assert {k("Đoàn Thanh niên Cộng sản Hồ Chí Minh huyện Mỹ Xuyên"),
            k("Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Sóc Trăng")} <= names


def test_a_mass_organisation_named_by_its_chairs_title_alone_is_the_documents_units() -> None:
    meta = {"jurisdiction": "Huyện Bù Đốp, tỉnh Bình Phước", "date": "2023-05-01"}
    text = "Cùng dự có lãnh đạo Văn phòng Huyện ủy; Chủ tịch Hội nông dân."
    assert k("Hội Nông dân huyện Bù Đốp") in extracted.names(text, meta)


def test_a_communes_name_with_its_last_syllable_in_lower_case_is_the_commune() -> None:
    meta = {"jurisdiction": "Tỉnh Cà Mau", "date": "2023-05-01"}
    text = "Làm rõ nguồn tiền do UBND xã Tân thuận cho các hộ dân thuê đất."
    assert extracted.names(text, meta) == {k("Ủy ban nhân dân xã Tân Thuận")}


def test_a_sub_department_written_chi_cuc_with_a_capital_is_the_provinces() -> None:
    meta = {"jurisdiction": "Thành phố Cần Thơ", "date": "2023-05-01"}
    text = "Sở sáp nhập Chi Cục Chăn nuôi và Thú y; Chi Cục Thủy sản."
    assert {k("Chi cục Chăn nuôi và Thú y thành phố Cần Thơ"), k("Chi cục Thủy sản thành phố Cần Thơ")} \
        <= extracted.names(text, meta)


def test_a_bare_head_after_another_bare_head_gains_nothing_from_the_list() -> None:
    meta = {"jurisdiction": "Huyện Bạch Thông, tỉnh Bắc Kạn", "date": "2020-02-20"}
    names = extracted.names("Tổ chức kỳ họp để bầu ra các chức vụ của HĐND và UBND.", meta)
    assert k("Ủy ban nhân dân huyện Bạch Thông") not in names


def test_numbered_wards_listed_after_one_head_are_each_a_committee() -> None:
    meta = {"jurisdiction": "Thành phố Hồ Chí Minh", "date": "2023-05-01"}
    names = extracted.names("Trách nhiệm chính thuộc về chủ tịch UBND phường 4, 7, 10, quận 3.", meta)
    assert {k("Ủy ban nhân dân phường 4"), k("Ủy ban nhân dân phường 7"), k("Ủy ban nhân dân phường 10")} <= names
    assert k("Ủy ban nhân dân quận 3") not in names


def test_communes_listed_after_one_front_committee_each_have_theirs() -> None:
    meta = {"jurisdiction": "Tỉnh An Giang", "date": "2025-08-01"}
    names = extracted.names("Đại diện Ủy ban MTTQVN các xã Bình Mỹ, Mỹ Đức, Vĩnh Thạnh Trung đã báo cáo.", meta)
    assert names == {k(f"Ủy ban Mặt trận Tổ quốc Việt Nam xã {x}") for x in ("Bình Mỹ", "Mỹ Đức", "Vĩnh Thạnh Trung")}


def test_non_governmental_is_no_government_and_a_central_board_has_no_place() -> None:
    meta = {"jurisdiction": "Huyện Mường Tè, tỉnh Lai Châu", "date": "2025-02-01"}
    text = ("Sở Nội vụ sáp nhập phòng quản lý tổ chức phi Chính phủ. Các đại biểu đồng thuận với chủ trương "
            "của Ban chỉ đạo Trung ương.")
    names = extracted.names(text, meta)
    assert k("Chính phủ") not in names
    assert k("Ban Chỉ đạo Trung ương") in names


def test_an_unknown_district_spelling_ends_before_a_persons_name() -> None:
    meta = {"jurisdiction": "Huyện Krông Pắk, tỉnh Đắk Lắk", "date": "2021-06-01"}
    text = "Chủ tịch HĐND huyện Krông Pắk Trần Hồng Tiến chủ trì kỳ họp."
    assert extracted.names(text, meta) == {k("Hội đồng nhân dân huyện Krông Pắk")}


def test_a_headquarters_and_a_meetings_manner_are_not_bodies_or_names() -> None:
    meta = {"jurisdiction": "Trung ương", "date": "2025-09-03"}
    text = ("Sáng 3/9, tại Trụ sở Trung ương Đảng, đoàn công tác làm việc với tỉnh. Thủ tướng chủ trì phiên họp của "
            "Ban chỉ đạo Quốc gia trực tuyến với các địa phương. Tại phiên họp, Ban Chỉ đạo thảo luận các nội dung.")
    names = extracted.names(text, meta)
    assert names == {k("Chính phủ"), k("Ban chỉ đạo Quốc gia")}  # the bare "Ban Chỉ đạo" is the one named before


def test_a_bare_district_committee_is_the_one_its_clause_names_later() -> None:
    meta = {"jurisdiction": "Tỉnh Gia Lai", "date": "2020-06-01"}
    text = ("Ông A, Bí thư Huyện ủy Chư Pưh được điều động. Ông B tham gia Ban Chấp hành, Ban Thường vụ Huyện ủy, giữ "
            "chức Bí thư Huyện ủy Ia Grai.")
    names = extracted.names(text, meta)
    assert k("Ban Thường vụ Huyện ủy Ia Grai") in names
    assert k("Ban Thường vụ Huyện ủy Chư Pưh") not in names


def test_a_police_division_is_named_in_full_under_its_police() -> None:
    meta = {"jurisdiction": "Tỉnh Bà Rịa - Vũng Tàu", "date": "2023-05-01"}
    text = ("Tham dự có Đại tá Lê Văn Ninh, Trưởng Phòng CSGT Công an tỉnh. Phòng Cảnh sát hình sự Công an tỉnh "
            "điều tra.")
    names = extracted.names(text, meta)
    assert {k("Phòng Cảnh sát giao thông Công an tỉnh Bà Rịa - Vũng Tàu"),
            k("Phòng Cảnh sát hình sự Công an tỉnh Bà Rịa - Vũng Tàu")} <= names


def test_provinces_listed_after_one_head_each_have_the_body() -> None:
    meta = {"jurisdiction": "Trung ương", "date": "2025-09-03"}
    text = ("Tổ công tác làm việc với Ban Thường vụ Tỉnh ủy Ninh Bình, Đắk Lắk, Lào Cai. Bí thư Tỉnh ủy Nghệ An, "
            "Nguyễn Đức Trung phát biểu.")
    names = extracted.names(text, meta)
    assert {k(f"Ban Thường vụ Tỉnh ủy {p}") for p in ("Ninh Bình", "Đắk Lắk", "Lào Cai")} <= names
    assert not any("nguyen" in name for name in names)


def test_a_term_after_an_enterprises_committee_is_no_part_of_its_name() -> None:
    meta = {"jurisdiction": "Tỉnh Đồng Nai", "date": "2023-05-01"}
    text = "Kỷ luật cảnh cáo Đảng ủy Tổng Công ty Tín Nghĩa nhiệm kỳ 2015 - 2020."
    assert extracted.names(text, meta) == {k("Đảng ủy Tổng Công ty Tín Nghĩa")}


def test_an_assembly_delegation_named_with_its_term() -> None:
    meta = {"jurisdiction": "Tỉnh Tuyên Quang", "date": "2023-07-01"}
    text = "Đồng chí Hà Thị Nga, Trưởng Đoàn đại biểu Quốc hội khóa XV tỉnh Tuyên Quang dự."
    assert k("Đoàn đại biểu Quốc hội tỉnh Tuyên Quang") in extracted.names(text, meta)
