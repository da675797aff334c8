"""Units named in lists and groups placed at the right level (issue 11, session 8): one head for
several bare names ("UBND huyện A, B và C"), a huyện and a thị xã that share a name, a province
written after a district without its type word, and "các phòng, ngành của huyện" in a district's
text. Sentences written here."""

from __future__ import annotations

from bomay.loaders.text.documents import document_from_text
from bomay.loaders.text.extract import extract
from bomay.loaders.text.records import gold_view, to_records
from bomay.loaders.text.scoring import body_key as k


def records(text: str, jurisdiction: str, date: str = "2023-04-10") -> list[dict]:
    doc = document_from_text("t", text, {"jurisdiction": jurisdiction, "date": date})
    return [r for r in (gold_view(r) for r in to_records(extract(doc))) if r]


def mandates(text: str, jurisdiction: str) -> list[tuple[str, str]]:
    return [(k(r["assigner"]), k(r["assignee"])) for r in records(text, jurisdiction) if r["type"] == "mandate"]


BEN_TRE = k("Ủy ban nhân dân tỉnh Bến Tre")
TIEN_GIANG = k("Ủy ban nhân dân tỉnh Tiền Giang")


def test_one_head_before_several_bare_names_names_each_unit() -> None:
    text = "Chủ tịch UBND tỉnh giao Chủ tịch UBND huyện Ba Tri, Giồng Trôm và Thạnh Phú rà soát quỹ đất công."
    assert mandates(text, "Tỉnh Bến Tre") == [
        (BEN_TRE, k("Ủy ban nhân dân huyện Ba Tri")),
        (BEN_TRE, k("Ủy ban nhân dân huyện Giồng Trôm")),
        (BEN_TRE, k("Ủy ban nhân dân huyện Thạnh Phú")),
    ]


def test_a_province_after_a_district_is_where_it_lies_not_another_unit() -> None:
    text = "UBND tỉnh giao UBND huyện Châu Thành, Tiền Giang kiểm tra các tuyến đê bao."
    found = records(text, "Tỉnh Tiền Giang")
    assert [(k(r["assigner"]), k(r["assignee"]), r["task"]) for r in found if r["type"] == "mandate"] == [
        (TIEN_GIANG, k("Ủy ban nhân dân huyện Châu Thành"), "kiểm tra các tuyến đê bao")]


def test_a_listed_name_shared_by_a_huyen_and_a_thi_xa_follows_the_lists_type_word() -> None:
    text = "UBND tỉnh giao UBND các huyện Cái Bè, Cai Lậy và thị xã Gò Công kiểm tra các tuyến đê bao."
    assert mandates(text, "Tỉnh Tiền Giang") == [
        (TIEN_GIANG, k("Ủy ban nhân dân huyện Cái Bè")),
        (TIEN_GIANG, k("Ủy ban nhân dân huyện Cai Lậy")),
        (TIEN_GIANG, k("Ủy ban nhân dân thị xã Gò Công")),
    ]
    text = "UBND tỉnh giao UBND thị xã Cai Lậy kiểm tra các tuyến đê bao."
    assert mandates(text, "Tỉnh Tiền Giang") == [(TIEN_GIANG, k("Ủy ban nhân dân thị xã Cai Lậy"))]


def test_a_districts_own_sectors_are_the_districts() -> None:
    for group in ("các phòng, ngành của huyện", "các phòng, ban, ngành thuộc huyện"):
        text = f"UBND huyện yêu cầu {group} rà soát hồ sơ đất đai."
        (pair,) = mandates(text, "Huyện Phù Cừ, tỉnh Hưng Yên")
        assert pair[0] == k("Ủy ban nhân dân huyện Phù Cừ")
        assert "phu cu" in pair[1] and "hung yen" not in pair[1]


def organisations(text: str, jurisdiction: str) -> set[str]:
    return {k(r["name"]) for r in records(text, jurisdiction) if r["type"] == "organization"}


def test_associations_and_named_branches_are_bodies_but_events_and_headings_are_not() -> None:
    text = ("UBND tỉnh giao Hội Luật gia tỉnh, Quỹ Phát triển đất tỉnh và Điện lực Thái Bình phối hợp tuyên truyền. "
            "Chuẩn bị cho Đại hội Hội Người cao tuổi tỉnh lần thứ V.")
    found = organisations(text, "Tỉnh Thái Bình")
    assert {k("Hội Luật gia tỉnh Thái Bình"), k("Quỹ Phát triển đất tỉnh Thái Bình"), k("Điện lực Thái Bình")} <= found
    assert not any("nguoi cao tuoi" in name for name in found)
    heading = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nUBND tỉnh giao Sở Y tế kiểm tra."
    assert not any("chu nghia" in name for name in organisations(heading, "Tỉnh Thái Bình"))


def test_a_list_after_a_colon_may_be_separated_by_semicolons() -> None:
    text = ("UBND tỉnh yêu cầu các sở, ngành: Kế hoạch và Đầu tư; Tài nguyên và Môi trường; Xây dựng rà soát dự án. "
            "UBND tỉnh yêu cầu UBND các huyện: Tiền Hải; Kiến Xương; Vũ Thư kiểm tra đê.")
    ubnd = k("Ủy ban nhân dân tỉnh Thái Bình")
    assert mandates(text, "Tỉnh Thái Bình") == [
        (ubnd, k("Sở Kế hoạch và Đầu tư tỉnh Thái Bình")),
        (ubnd, k("Sở Tài nguyên và Môi trường tỉnh Thái Bình")),
        (ubnd, k("Sở Xây dựng tỉnh Thái Bình")),
        (ubnd, k("Ủy ban nhân dân huyện Tiền Hải")),
        (ubnd, k("Ủy ban nhân dân huyện Kiến Xương")),
        (ubnd, k("Ủy ban nhân dân huyện Vũ Thư")),
    ]


def test_the_board_a_head_of_board_leads_is_a_body_even_with_a_lowercase_ban() -> None:
    text = ("Ông Lê Văn Cường, Trưởng ban An toàn giao thông tỉnh, và bà Trần Thị Mai, Phó Trưởng ban Kinh tế - "
            "Ngân sách HĐND tỉnh, cùng dự họp.")
    found = records(text, "Tỉnh Bình Phước")
    posts = {(r["person"], k(r["organization"])) for r in found if r["type"] == "post"}
    assert ("Lê Văn Cường", k("Ban An toàn giao thông tỉnh Bình Phước")) in posts
    assert ("Trần Thị Mai", k("Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh Bình Phước")) in posts


def test_a_qualifier_after_plural_units_is_part_of_the_groups_name() -> None:
    text = "UBND tỉnh chỉ đạo Sở Nông nghiệp và PTNT, UBND các huyện ven biển theo dõi chặt chẽ diễn biến của bão."
    ubnd = k("Ủy ban nhân dân tỉnh Thái Bình")
    found = records(text, "Tỉnh Thái Bình")
    assert [(k(r["assigner"]), k(r["assignee"]), r["action"]) for r in found if r["type"] == "mandate"] == [
        (ubnd, k("Sở Nông nghiệp và Phát triển nông thôn tỉnh Thái Bình"), "theo dõi"),
        (ubnd, k("Ủy ban nhân dân các huyện ven biển thuộc tỉnh Thái Bình"), "theo dõi"),
    ]
    text = "Thủ tướng yêu cầu Chủ tịch UBND các tỉnh, thành phố ven biển chỉ đạo sơ tán dân."
    assert mandates(text, "Trung ương") == [(k("Chính phủ"), k("Ủy ban nhân dân các tỉnh, thành phố ven biển"))]


def test_qualified_plural_units_followed_by_their_names_are_the_named_units() -> None:
    text = "UBND các huyện biên giới An Phú, Tri Tôn chỉ đạo UBND các xã giáp biên lập chốt kiểm soát."
    found = mandates(text, "Tỉnh An Giang")
    assert [giver for giver, _ in found] == [k("Ủy ban nhân dân huyện An Phú"), k("Ủy ban nhân dân huyện Tri Tôn")]
    assert all(taker.startswith(k("Ủy ban nhân dân các xã giáp biên")) for _, taker in found)


def test_public_service_units_of_a_kind_are_a_group_only_where_a_duty_names_them() -> None:
    text = ("Sở Giáo dục và Đào tạo yêu cầu các cơ sở giáo dục tổ chức cho học sinh nghỉ học. "
            "UBND Thành phố giao Sở Y tế kiểm tra các cơ sở y tế trên địa bàn.")
    found = records(text, "Thành phố Hồ Chí Minh")
    assert (k("Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh"), k("Các cơ sở giáo dục Thành phố Hồ Chí Minh")) in [
        (k(r["assigner"]), k(r["assignee"])) for r in found if r["type"] == "mandate"]
    names = {k(r["name"]) for r in found if r["type"] == "organization"}
    assert not any("co so y te" in name for name in names)  # only the object of a task


def test_the_district_after_a_ward_is_where_it_lies_not_a_second_committee() -> None:
    text = "UBND Thành phố giao UBND phường Bến Nghé, Quận 1 rà soát các điểm ngập."
    assert mandates(text, "Thành phố Hồ Chí Minh") == [
        (k("Ủy ban nhân dân Thành phố Hồ Chí Minh"), k("Ủy ban nhân dân phường Bến Nghé"))]
    text = "UBND Thành phố giao UBND Quận 1, Quận 3 rà soát các điểm ngập."
    assert len(mandates(text, "Thành phố Hồ Chí Minh")) == 2


def test_grass_roots_party_organisations_under_a_committee_are_one_group() -> None:
    text = "Ban Thường vụ Huyện ủy yêu cầu các chi, đảng bộ cơ sở tổ chức quán triệt nghị quyết."
    found = records(text, "Huyện Tiền Hải, tỉnh Thái Bình")
    assert [(k(r["assignee"]), r["action"]) for r in found if r["type"] == "mandate"] == [
        (k("Các chi, đảng bộ cơ sở trực thuộc Huyện ủy Tiền Hải"), "tổ chức, quán triệt")]


def test_short_unit_type_words_with_a_dot_and_no_space() -> None:
    text = "UBND tỉnh giao UBND TX.Bình Minh, UBND TP.Vĩnh Long và UBND X.Tân Ngãi rà soát đất công."
    assert mandates(text, "Tỉnh Vĩnh Long") == [
        (k("Ủy ban nhân dân tỉnh Vĩnh Long"), k("Ủy ban nhân dân thị xã Bình Minh")),
        (k("Ủy ban nhân dân tỉnh Vĩnh Long"), k("Ủy ban nhân dân thành phố Vĩnh Long")),
        (k("Ủy ban nhân dân tỉnh Vĩnh Long"), k("Ủy ban nhân dân xã Tân Ngãi")),
    ]


def test_comrades_listed_after_a_body_act_for_theirs() -> None:
    """"… và các đồng chí Thường trực Tỉnh ủy", "… và đồng chí Giám đốc Sở X": the people addressed stand for
    their bodies and the list goes on through them (session 9)."""
    text = ("Ủy ban Kiểm tra Trung ương yêu cầu Ban Thường vụ Tỉnh ủy và các đồng chí Thường trực Tỉnh ủy "
            "kiểm điểm nghiêm túc, rút kinh nghiệm sâu sắc.")
    assert mandates(text, "Tỉnh Bến Tre") == [(k("Ủy ban Kiểm tra Trung ương"), k("Ban Thường vụ Tỉnh ủy Bến Tre")),
                                              (k("Ủy ban Kiểm tra Trung ương"), k("Thường trực Tỉnh ủy Bến Tre"))]
    text = "Chủ tịch UBND tỉnh yêu cầu Sở Y tế và đồng chí Giám đốc Sở Tài chính rà soát nguồn kinh phí."
    assert mandates(text, "Tỉnh Bến Tre") == [(BEN_TRE, k("Sở Y tế tỉnh Bến Tre")),
                                              (BEN_TRE, k("Sở Tài chính tỉnh Bến Tre"))]


def test_the_advisory_organs_of_the_speaking_party_committee() -> None:
    """Bare "các cơ quan tham mưu" is the party's term for its committee's advisory organs; of a People's
    Committee it is not (session 9)."""
    got = mandates("Bí thư Tỉnh ủy yêu cầu các cơ quan tham mưu khẩn trương hoàn thiện quy chế làm việc.",
                   "Tỉnh Bến Tre")
    assert got == [(k("Tỉnh ủy Bến Tre"), k("Các cơ quan tham mưu, giúp việc Tỉnh ủy Bến Tre"))]
    got = mandates("Bí thư Tỉnh ủy yêu cầu các cơ quan tham mưu của UBND tỉnh hoàn thiện quy chế.", "Tỉnh Bến Tre")
    assert not [m for m in got if "tham muu" in m[1]]


def test_the_sections_of_a_ward_s_people_s_committee() -> None:
    got = mandates("Chủ tịch UBND phường yêu cầu các bộ phận chuyên môn bám sát tiến độ kế hoạch.",
                   "Phường Bến Nghé, Thành phố Hồ Chí Minh")
    assert got == [(k("Ủy ban nhân dân phường Bến Nghé"),
                    k("Các bộ phận chuyên môn thuộc Ủy ban nhân dân phường Bến Nghé"))]


def test_units_listed_without_a_colon_are_each_addressed() -> None:
    got = mandates("UBND tỉnh yêu cầu UBND các huyện Ba Tri, Giồng Trôm rà soát quỹ đất công.", "Tỉnh Bến Tre")
    assert got == [(BEN_TRE, k("Ủy ban nhân dân huyện Ba Tri")), (BEN_TRE, k("Ủy ban nhân dân huyện Giồng Trôm"))]


def test_member_words_written_without_commas_name_the_same_group() -> None:
    """"các bộ ngành, địa phương", "các sở ban ngành" and "các cơ quan đơn vị" are the groups written with commas,
    not "các bộ" or "các sở" alone (session 9)."""
    central = records("Thủ tướng yêu cầu các bộ ngành, địa phương chủ động ứng phó với bão.", "Trung ương")
    assert [(k(r["assigner"]), k(r["assignee"])) for r in central if r["type"] == "mandate"] == [
        (k("Chính phủ"), k("Các bộ, ngành, địa phương"))]
    got = mandates("UBND tỉnh yêu cầu các sở ban ngành và các cơ quan đơn vị trực tết nghiêm túc.", "Tỉnh Bến Tre")
    assert got == [(BEN_TRE, k("Các sở, ban, ngành tỉnh Bến Tre")), (BEN_TRE, k("Các cơ quan, đơn vị tỉnh Bến Tre"))]


def test_units_a_district_is_told_to_direct_are_its_own() -> None:
    """"giao UBND huyện X chỉ đạo UBND các xã, thị trấn …": the communes of X, not of the whole province
    (session 9)."""
    got = mandates("UBND tỉnh giao UBND huyện Ba Tri chỉ đạo UBND các xã, thị trấn rà soát hộ nghèo.", "Tỉnh Bến Tre")
    assert got == [(BEN_TRE, k("Ủy ban nhân dân huyện Ba Tri")),
                   (k("Ủy ban nhân dân huyện Ba Tri"), k("Ủy ban nhân dân các xã, thị trấn thuộc huyện Ba Tri"))]
    orgs = [r["name"] for r in records("UBND tỉnh giao UBND huyện Ba Tri chỉ đạo UBND các xã, thị trấn rà soát.",
                                       "Tỉnh Bến Tre") if r["type"] == "organization"]
    assert not [o for o in orgs if o.endswith("thuộc Tỉnh Bến Tre")]


def test_a_heading_of_addressees_steps_over_items_it_cannot_name() -> None:
    """A directive's heading "Thủ trưởng các sở, ban, ngành; các doanh nghiệp nhà nước thuộc tỉnh; các cơ quan Trung
    ương tại tỉnh; Chủ tịch UBND các huyện:" gives the lines below to every addressee it names (session 9)."""
    text = ("Chủ tịch UBND tỉnh ban hành Chỉ thị số 03/CT-UBND với yêu cầu như sau:\nThủ trưởng các sở, ban, ngành; "
            "các doanh nghiệp nhà nước thuộc tỉnh; các cơ quan Trung ương tại tỉnh; các Hội do Đảng và Nhà nước giao "
            "nhiệm vụ; Chủ tịch UBND các huyện, thành phố:\nTổ chức phổ biến, quán triệt nội dung Chỉ thị.")
    assert mandates(text, "Tỉnh Bến Tre") == [
        (BEN_TRE, k("Các sở, ban, ngành tỉnh Bến Tre")),
        (BEN_TRE, k("Các cơ quan trung ương đóng trên địa bàn tỉnh Bến Tre")),
        (BEN_TRE, k("Ủy ban nhân dân các huyện, thành phố thuộc tỉnh Bến Tre"))]


def test_bare_advisory_organs_as_the_object_of_a_task_are_no_body() -> None:
    recs = records("Ban Tổ chức Tỉnh ủy rà soát, đề xuất sắp xếp đầu mối các cơ quan tham mưu trong tháng 5.",
                   "Tỉnh Bến Tre")
    assert not [r for r in recs if r["type"] == "organization" and "tham mưu" in r["name"]]


def test_the_localities_after_a_group_of_committees_are_those_committees() -> None:
    """"các địa phương" after "UBND các huyện, thành phố" stands for them (dev b03 names it so); alone it names
    nobody (session 9)."""
    text = ("UBND tỉnh yêu cầu UBND các huyện, thành phố rà soát các công trình thủy lợi. UBND tỉnh giao các địa "
            "phương chủ động ứng phó với mưa lũ.")
    group = k("Ủy ban nhân dân các huyện, thành phố thuộc tỉnh Bến Tre")
    assert mandates(text, "Tỉnh Bến Tre") == [(BEN_TRE, group), (BEN_TRE, group)]
    assert mandates("UBND tỉnh giao các địa phương chủ động ứng phó với mưa lũ.", "Tỉnh Bến Tre") == []


def test_bodies_of_several_counted_provinces_are_each_province_s() -> None:
    """2025 merger texts: "Ban Thường vụ Tỉnh ủy 3 tỉnh Lâm Đồng, Bình Thuận và Đắk Nông", "UBND 3 tỉnh …" name
    each province's body (session 9)."""
    text = ("Ban Thường vụ Tỉnh ủy 3 tỉnh Lâm Đồng, Bình Thuận và Đắk Nông giao Ban Tổ chức Tỉnh ủy xây dựng đề án. "
            "UBND 2 tỉnh Bình Thuận và Đắk Nông giao Sở Nội vụ rà soát biên chế.")
    recs = records(text, "Tỉnh Lâm Đồng", "2025-05-25")
    givers = [k(r["assigner"]) for r in recs if r["type"] == "mandate"]
    assert givers == [k(f"Ban Thường vụ Tỉnh ủy {p}") for p in ("Lâm Đồng", "Bình Thuận", "Đắk Nông")] + [
        k(f"Ủy ban nhân dân tỉnh {p}") for p in ("Bình Thuận", "Đắk Nông")]


def test_units_counted_where_a_body_is_expected_are_the_ones_named() -> None:
    """"UBND hai địa phương", "yêu cầu hai huyện …" stand for the committees of the units the text just named, or of
    the ones named after the count; a count in a place phrase ("các xã thuộc 2 huyện …") is no body (session 10)."""
    from bomay.loaders.text.documents import document_from_text
    from bomay.loaders.text.extract import extract
    from bomay.loaders.text.records import gold_view, to_records
    from bomay.loaders.text.scoring import body_key as key

    def mandates(text: str) -> list[tuple[str, str]]:
        doc = document_from_text("t", text, {"jurisdiction": "Tỉnh Trà Vinh", "date": "2022-10-01"})
        recs = [r for r in (gold_view(r) for r in to_records(extract(doc))) if r]
        return [(key(r["assigner"]), key(r["assignee"])) for r in recs if r["type"] == "mandate"]

    ubnd = key("Ủy ban nhân dân tỉnh Trà Vinh")
    two = [(ubnd, key("Ủy ban nhân dân thị xã Duyên Hải")), (ubnd, key("Ủy ban nhân dân huyện Trà Cú"))]
    assert mandates("Mưa lớn gây sạt lở tại thị xã Duyên Hải và huyện Trà Cú. Chủ tịch UBND tỉnh yêu cầu UBND hai "
                    "địa phương cắm biển báo tại các khu vực sạt lở.") == two
    assert mandates("Chủ tịch UBND tỉnh yêu cầu hai huyện Cầu Kè và Tiểu Cần gia cố bờ bao.") == [
        (ubnd, key("Ủy ban nhân dân huyện Cầu Kè")), (ubnd, key("Ủy ban nhân dân huyện Tiểu Cần"))]
    assert mandates("Đoàn công tác thăm các xã thuộc 2 huyện Cầu Kè và Tiểu Cần. Chủ tịch UBND tỉnh yêu cầu 3 địa "
                    "phương rà soát.") == []


def test_a_provinces_departments_written_as_its_committees_are_its_departments() -> None:
    """"các sở, ban, ngành thuộc UBND tỉnh" is `Các sở, ban, ngành tỉnh X` (dev b07 names "các ngành thuộc UBND tỉnh"
    so); a group with other members, or a district's, keeps its owner (session 10)."""
    from bomay.loaders.text.documents import document_from_text
    from bomay.loaders.text.extract import extract
    from bomay.loaders.text.records import to_records

    doc = document_from_text("t", "UBND tỉnh yêu cầu các sở, ban, ngành thuộc UBND tỉnh và các cơ quan, đơn vị thuộc "
                                  "UBND tỉnh rà soát thủ tục.", {"jurisdiction": "Tỉnh Bắc Kạn", "date": "2021-03-02"})
    names = [r["assignee"] for r in to_records(extract(doc)) if r["type"] == "mandate"]
    assert names == ["Các sở, ban, ngành Tỉnh Bắc Kạn", "Các cơ quan, đơn vị thuộc Ủy ban nhân dân tỉnh Bắc Kạn"]


def test_public_service_units_of_a_committee_keep_their_owner() -> None:
    """"các đơn vị sự nghiệp công lập thuộc UBND tỉnh" is named with its owner, as written (session 10)."""
    from bomay.loaders.text.documents import document_from_text
    from bomay.loaders.text.extract import extract
    from bomay.loaders.text.records import to_records

    doc = document_from_text("t", "UBND tỉnh yêu cầu các đơn vị sự nghiệp công lập thuộc UBND tỉnh rà soát vị trí việc "
                                  "làm.", {"jurisdiction": "Tỉnh Đắk Nông", "date": "2023-03-02"})
    names = [r["assignee"] for r in to_records(extract(doc)) if r["type"] == "mandate"]
    assert names == ["Các đơn vị sự nghiệp công lập thuộc Ủy ban nhân dân tỉnh Đắk Nông"]


def test_units_addressed_among_bodies_are_their_committees() -> None:
    """"đề nghị các ngành, các xã, thị trấn …", "yêu cầu Sở Y tế, các huyện, thành phố và Công an tỉnh …": units
    in a list of addressees are their People's Committees, and the list goes on after them (session 10)."""
    from bomay.loaders.text.documents import document_from_text
    from bomay.loaders.text.extract import extract
    from bomay.loaders.text.records import to_records

    def assignees(text: str, jurisdiction: str) -> list[str]:
        doc = document_from_text("t", text, {"jurisdiction": jurisdiction, "date": "2022-05-01"})
        return [r["assignee"] for r in to_records(extract(doc)) if r["type"] == "mandate"]

    assert assignees("Chủ tịch UBND huyện Cai Lậy đề nghị các ngành, các xã, thị trấn tập trung thu hoạch lúa.",
                     "Huyện Cai Lậy, tỉnh Tiền Giang") == [
        "Các phòng, ban, ngành huyện Cai Lậy", "Ủy ban nhân dân các xã, thị trấn thuộc huyện Cai Lậy"]
    text = "UBND tỉnh yêu cầu Sở Y tế, các huyện, thành phố và Công an tỉnh kiểm tra."
    assert assignees(text, "Tỉnh Tiền Giang") == [
        "Sở Y tế tỉnh Tiền Giang", "Ủy ban nhân dân các huyện, thành phố thuộc Tỉnh Tiền Giang",
        "Công an Tỉnh Tiền Giang"]


def test_one_ministry_or_department_head_before_several_stems_names_each() -> None:
    """"Bộ Y tế, Tài chính và Công an", "Sở Nội vụ, Tài chính, Xây dựng": one written head, a body per
    capitalised stem; a lowercase word after the comma is the task ("Sở Tài nguyên và Môi trường, xây dựng …"); an
    abbreviation in brackets makes the whole one merged department (session 11)."""
    assert mandates("Thủ tướng giao Bộ Y tế, Tài chính và Công an rà soát quy định.", "Trung ương") == [
        (k("Chính phủ"), k(f"Bộ {n}")) for n in ("Y tế", "Tài chính", "Công an")]
    assert mandates("UBND tỉnh giao Sở Nội vụ, Tài chính, Xây dựng rà soát biên chế.", "Tỉnh Bến Tre") == [
        (k("Ủy ban nhân dân tỉnh Bến Tre"), k(f"Sở {n} tỉnh Bến Tre")) for n in ("Nội vụ", "Tài chính", "Xây dựng")]
    assert mandates("UBND tỉnh giao Sở Tài nguyên và Môi trường, xây dựng phương án.", "Tỉnh Bến Tre") == [
        (k("Ủy ban nhân dân tỉnh Bến Tre"), k("Sở Tài nguyên và Môi trường tỉnh Bến Tre"))]
    merged = mandates("UBND tỉnh giao Sở Giáo dục, Khoa học và Công nghệ (GD-KHCN) rà soát.", "Tỉnh Bến Tre")
    assert k("Sở Khoa học và Công nghệ tỉnh Bến Tre") not in [m[1] for m in merged]


def test_a_comma_that_ends_a_whole_stem_ends_the_item() -> None:
    """"các Sở: Tài chính, Kế hoạch và Đầu tư" is two departments, not the district division "Tài chính - Kế
    hoạch" (session 11)."""
    assert mandates("UBND tỉnh giao các Sở: Y tế, Tài chính, Kế hoạch và Đầu tư rà soát quy định.", "Tỉnh Bến Tre") == [
        (k("Ủy ban nhân dân tỉnh Bến Tre"), k(f"Sở {n} tỉnh Bến Tre"))
        for n in ("Y tế", "Tài chính", "Kế hoạch và Đầu tư")]


def test_party_groups_listed_in_a_province_are_one_group_under_its_committee() -> None:
    text = ("Ban Thường vụ Tỉnh ủy yêu cầu các ban cán sự đảng, đảng đoàn trực thuộc Tỉnh ủy chỉ đạo rà soát "
            "đội ngũ cán bộ.")
    found = records(text, "Tỉnh Hà Tĩnh")
    group = k("Các ban cán sự đảng, đảng đoàn trực thuộc Tỉnh ủy Hà Tĩnh")
    assert (k("Ban Thường vụ Tỉnh ủy Hà Tĩnh"), group) in {
        (k(r["assigner"]), k(r["assignee"])) for r in found if r["type"] == "mandate"}
    # a plural is no single people's committee's party group
    assert k("Ban cán sự đảng Ủy ban nhân dân tỉnh Hà Tĩnh") not in organisations(text, "Tỉnh Hà Tĩnh")


def test_party_groups_named_only_as_an_object_are_no_body() -> None:
    text = "Tỉnh ủy công bố quyết định kết thúc hoạt động của các đảng đoàn, ban cán sự đảng từ ngày 1/3."
    found = organisations(text, "Tỉnh Đồng Tháp")
    assert not any(name.startswith(k("Các đảng đoàn")) for name in found)
    assert k("Ban cán sự đảng Ủy ban nhân dân tỉnh Đồng Tháp") not in found


def test_party_cells_under_a_communes_organisation_are_named_after_it() -> None:
    text = "Huyện ủy yêu cầu các chi bộ trực thuộc Đảng bộ xã Bình Mỹ tổ chức sinh hoạt chuyên đề trước ngày 15/4."
    found = organisations(text, "Huyện Châu Phú, tỉnh An Giang")
    assert k("Các chi bộ trực thuộc Đảng bộ xã Bình Mỹ") in found
    assert k("Đảng bộ xã Bình Mỹ") in found
    assert k("Các chi bộ trực thuộc Huyện ủy Châu Phú") not in found


def test_plural_party_groups_in_a_longer_list_are_no_single_committees_group() -> None:
    text = "Ban Thường vụ Tỉnh ủy gửi công điện đến các ban cán sự đảng, đảng đoàn, ban thường vụ các huyện ủy."
    assert k("Ban cán sự đảng Ủy ban nhân dân tỉnh Hà Tĩnh") not in organisations(text, "Tỉnh Hà Tĩnh")


def test_ministers_listed_by_their_ministries_stems_are_those_ministries() -> None:
    government = k("Chính phủ")
    assert mandates("Thủ tướng giao các Bộ trưởng: Nội vụ, Tư pháp chỉ đạo rà soát văn bản.", "Trung ương") == [
        (government, k("Bộ Nội vụ")), (government, k("Bộ Tư pháp"))]
    assert mandates("Thủ tướng yêu cầu các Bộ trưởng Bộ Công an, Quốc phòng chỉ đạo lực lượng.", "Trung ương") == [
        (government, k("Bộ Công an")), (government, k("Bộ Quốc phòng"))]


def test_a_shared_head_reaches_bare_names_after_a_typed_unit_and_a_plural_type() -> None:
    ubnd = k("Ủy ban nhân dân tỉnh An Giang")
    named = [k(f"Ủy ban nhân dân {n}") for n in ("thành phố Châu Đốc", "huyện Châu Thành", "huyện Châu Phú")]
    text = "UBND tỉnh yêu cầu UBND TP Châu Đốc, huyện Châu Thành, Châu Phú đẩy nhanh kiểm đếm."
    assert mandates(text, "Tỉnh An Giang") == [(ubnd, n) for n in named]
    text = "UBND tỉnh yêu cầu UBND thành phố Châu Đốc, các huyện Châu Thành, Châu Phú đẩy nhanh kiểm đếm."
    assert mandates(text, "Tỉnh An Giang") == [(ubnd, n) for n in named]


def test_one_party_head_before_several_communes_names_each_communes_committee() -> None:
    place = "Huyện Cao Lãnh, tỉnh Đồng Tháp"
    text = ("Tổ công tác chuẩn bị Đại hội đã kiểm tra Đảng bộ các xã: Phong Mỹ, Tân Nghĩa và Ba Sao. "
            "Huyện ủy yêu cầu Đảng ủy xã Phương Trà, xã Mỹ Long hoàn thiện dự thảo báo cáo chính trị.")
    orgs = {r["name"] for r in records(text, place, "2020-02-28") if r["type"] == "organization"}
    assert {"Đảng bộ xã Phong Mỹ", "Đảng bộ xã Tân Nghĩa", "Đảng bộ xã Ba Sao"} <= orgs
    assert {"Đảng ủy xã Phương Trà", "Đảng ủy xã Mỹ Long"} <= orgs
    assert not any("các xã" in n for n in orgs)  # the named communes, not a group of all of them
    assert any(n.startswith("Tổ công tác chuẩn bị Đại hội") for n in orgs)  # "chuẩn bị" is no passive "bị"


def test_a_party_organ_of_every_district_is_one_group() -> None:
    text = ("Ban Tuyên giáo Tỉnh ủy đề nghị Ban Tuyên giáo các huyện, thị, thành phố chỉ đạo tuyên truyền; "
            "Ban Tổ chức các huyện ủy, thành ủy rà soát quy hoạch cán bộ.")
    recs = records(text, "Tỉnh Trà Vinh", "2020-05-01")
    orgs = {r["name"]: r["kind"] for r in recs if r["type"] == "organization"}
    assert orgs["Ban Tuyên giáo các huyện ủy, thị ủy, thành ủy trực thuộc Tỉnh ủy Trà Vinh"] == "party_commission"
    assert orgs["Ban Tổ chức các huyện ủy, thành ủy trực thuộc Tỉnh ủy Trà Vinh"] == "party_commission"
    organ = k("Ban Tuyên giáo các huyện ủy, thị ủy, thành ủy trực thuộc Tỉnh ủy Trà Vinh")
    assert (k("Ban Tuyên giáo Tỉnh ủy Trà Vinh"), organ) in mandates(text, "Tỉnh Trà Vinh")
