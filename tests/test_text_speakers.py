"""Who speaks in a sentence, and where a spoken direction starts (issue 11, session 7): a direction
quoted after "nêu rõ:", a date with no comma before the subject, a speaker's "có ý kiến chỉ đạo giao",
and a conclusion awaited from a higher body that does not make that body the speaker. Sentences
written here."""

from __future__ import annotations

from bomay.loaders.text.documents import document_from_text
from bomay.loaders.text.extract import extract
from bomay.loaders.text.records import gold_view, to_records
from bomay.loaders.text.scoring import body_key as k

UBND = k("Ủy ban nhân dân tỉnh Bắc Giang")
LUC_NAM = k("Ủy ban nhân dân huyện Lục Nam")


def records(text: str, jurisdiction: str = "Tỉnh Bắc Giang", date: str = "2024-04-10") -> list[dict]:
    doc = document_from_text("t", text, {"jurisdiction": jurisdiction, "date": date})
    return [r for r in (gold_view(r) for r in to_records(extract(doc))) if r]


def mandates(text: str, jurisdiction: str = "Tỉnh Bắc Giang") -> list[tuple[str, str]]:
    return [(k(r["assigner"]), k(r["assignee"])) for r in records(text, jurisdiction) if r["type"] == "mandate"]


def reports(text: str, jurisdiction: str = "Tỉnh Bắc Giang") -> list[tuple[str, str]]:
    return [(k(r["reporter"]), k(r["recipient"])) for r in records(text, jurisdiction) if r["type"] == "reporting"]


def test_a_direction_quoted_after_nêu_rõ_is_the_speakers() -> None:
    text = ('Tại văn bản, Phó Chủ tịch UBND tỉnh Trần Văn Hòa nêu rõ: "Yêu cầu Chủ tịch UBND huyện Lục Nam '
            'khẩn trương kiểm tra, xử lý dứt điểm việc khai thác cát trái phép".')
    assert mandates(text) == [(UBND, LUC_NAM)]


def test_a_date_without_a_comma_does_not_hide_the_subject() -> None:
    text = "Ngày 12/3/2024 UBND tỉnh Bắc Giang đã có văn bản chỉ đạo UBND huyện Lục Nam rà soát các bến bãi ven sông."
    assert mandates(text) == [(UBND, LUC_NAM)]


def test_an_opinion_that_directs_is_not_the_verb_the_request_after_it_is() -> None:
    text = ("Về nội dung này, Chủ tịch UBND tỉnh có ý kiến chỉ đạo giao Chủ tịch UBND huyện Lục Nam kiểm tra hiện "
            "trường; xử lý nghiêm các vi phạm nếu có; báo cáo kết quả về UBND tỉnh.")
    assert mandates(text) == [(UBND, LUC_NAM)]
    assert reports(text) == [(LUC_NAM, UBND)]


def test_a_conclusion_awaited_from_the_prime_minister_does_not_make_the_government_speak() -> None:
    text = ("Trong khi chờ thông báo kết luận của Thủ tướng, chủ tịch UBND tỉnh yêu cầu thủ trưởng các sở, ban, "
            "ngành duy trì các biện pháp phòng, chống dịch.")
    assert mandates(text) == [(UBND, k("Các sở, ban, ngành tỉnh Bắc Giang"))]


def test_a_conclusion_conveyed_by_an_office_still_speaks_for_its_author() -> None:
    text = ("Văn phòng UBND tỉnh thông báo ý kiến kết luận của Chủ tịch UBND tỉnh tại cuộc họp. "
            "Giao Sở Tài chính chủ trì thẩm định phương án giá.")
    assert mandates(text) == [(UBND, k("Sở Tài chính tỉnh Bắc Giang"))]


def test_the_province_named_by_its_type_word_speaks_through_its_people_committee() -> None:
    text = ("Tỉnh yêu cầu thủ trưởng các sở, ngành liên quan, Chủ tịch UBND các huyện, thị xã thành phố chủ động "
            "các biện pháp ứng phó với mưa lũ.")
    assert mandates(text) == [(UBND, k("Các sở, ngành tỉnh Bắc Giang")),
                              (UBND, k("Ủy ban nhân dân các huyện, thị xã, thành phố thuộc tỉnh Bắc Giang"))]


def test_a_province_mentioned_as_a_place_is_no_speaker() -> None:
    assert mandates("Tỉnh có 10 huyện và 1 thành phố; năm nay tỉnh đạt 12 chỉ tiêu.") == []


def test_units_a_district_committee_is_to_direct_are_their_people_committees() -> None:
    text = ("UBND tỉnh yêu cầu Chủ tịch UBND các huyện, thị xã, thành phố tiếp tục chỉ đạo các xã, phường, thị trấn "
            "công khai số điện thoại đường dây nóng.")
    assert mandates(text) == [
        (UBND, k("Ủy ban nhân dân các huyện, thị xã, thành phố thuộc tỉnh Bắc Giang")),
        (k("Ủy ban nhân dân các huyện, thị xã, thành phố thuộc tỉnh Bắc Giang"),
         k("Ủy ban nhân dân các xã, phường, thị trấn thuộc tỉnh Bắc Giang"))]


def test_a_provincial_city_the_gazetteer_no_longer_holds_is_still_that_city() -> None:
    # Thành phố Ninh Bình was merged into Hoa Lư city early in 2025; a 2021 text about it speaks for the city
    text = "UBND thành phố giao phòng Kinh tế hướng dẫn các xã phòng, chống dịch; thường xuyên báo cáo UBND thành phố."
    recs = records(text, "Thành phố Ninh Bình, tỉnh Ninh Bình", "2021-05-12")
    city, office = k("Ủy ban nhân dân thành phố Ninh Bình"), k("Phòng Kinh tế thành phố Ninh Bình")
    assert [(k(r["assigner"]), k(r["assignee"])) for r in recs if r["type"] == "mandate"] == [(city, office)]
    assert [(k(r["reporter"]), k(r["recipient"])) for r in recs if r["type"] == "reporting"] == [(office, city)]
    assert mandates("UBND tỉnh giao UBND thành phố Ninh Bình rà soát quy hoạch.", "Tỉnh Ninh Bình") == [
        (k("Ủy ban nhân dân tỉnh Ninh Bình"), city)]


def test_a_report_sent_to_the_asking_ministry_through_one_of_its_departments() -> None:
    text = ("Bộ Nội vụ đề nghị UBND các tỉnh, thành phố trực thuộc Trung ương gửi báo cáo về Bộ (qua Vụ Tổ chức "
            "biên chế) trước ngày 15/4 để tổng hợp.")
    provinces = k("Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương")
    assert reports(text, "Trung ương") == [(provinces, k("Bộ Nội vụ"))]


def test_a_sentence_that_only_names_the_directive_carried_out_is_no_task() -> None:
    text = ("UBND tỉnh giao Sở Nội vụ rà soát biên chế các xã.\n"
            "Thực hiện chỉ đạo của Ban Thường vụ Tỉnh ủy tại Công văn số 120-CV/TU ngày 3/4/2024 về việc sắp xếp "
            "các thôn, tổ dân phố.")
    assert mandates(text) == [(UBND, k("Sở Nội vụ tỉnh Bắc Giang"))]


def test_carrying_out_a_directive_firmly_is_still_a_task() -> None:
    text = ("UBND tỉnh giao Sở Y tế kiểm tra các cơ sở khám bệnh.\n"
            "Thực hiện nghiêm chỉ đạo của Bộ Y tế về phòng, chống dịch sốt xuất huyết.")
    assert mandates(text) == [(UBND, k("Sở Y tế tỉnh Bắc Giang"))] * 2


def test_bodies_a_meeting_hears_are_not_given_duties() -> None:
    text = ("Sáng 5/3, Bí thư Tỉnh ủy chủ trì hội nghị Ban Thường vụ Tỉnh ủy để nghe Đảng ủy UBND tỉnh, "
            "Ban Tổ chức Tỉnh ủy, Văn phòng Tỉnh ủy báo cáo công tác chuẩn bị đại hội.")
    assert mandates(text) == []


def test_a_forest_fire_command_keeps_its_whole_name() -> None:
    text = "Ban Chỉ huy phòng cháy, chữa cháy rừng tỉnh yêu cầu UBND các huyện tổ chức trực 24/24 giờ."
    assert mandates(text, "Tỉnh Gia Lai") == [(k("Ban Chỉ huy phòng cháy, chữa cháy rừng tỉnh Gia Lai"),
                                              k("Ủy ban nhân dân các huyện thuộc tỉnh Gia Lai"))]


def test_a_secretary_who_also_chairs_the_council_directs_party_bodies_as_secretary() -> None:
    text = ("Ngày 25/3, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Bắc Giang Nguyễn Văn Bình kiểm tra công tác chuẩn bị đại "
            "hội tại huyện Lục Nam. Ông yêu cầu Ban Thường vụ Huyện ủy Lục Nam rà soát kỹ nhân sự.")
    assert mandates(text) == [(k("Tỉnh ủy Bắc Giang"), k("Ban Thường vụ Huyện ủy Lục Nam"))]


def test_a_secretary_who_chairs_the_council_speaks_as_secretary_outside_its_sessions() -> None:
    text = ("Ngày 25/3, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Bắc Giang Nguyễn Văn Bình làm việc tại huyện Lục Nam. "
            "Ông yêu cầu UBND huyện Lục Nam đẩy nhanh giải phóng mặt bằng.")
    assert mandates(text) == [(k("Tỉnh ủy Bắc Giang"), LUC_NAM)]


def test_a_deputy_secretary_who_chairs_the_people_committee_speaks_for_it() -> None:
    text = ("Ngày 25/3, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Bắc Giang Nguyễn Văn Bình làm việc tại huyện Lục Nam. "
            "Ông yêu cầu UBND huyện Lục Nam đẩy nhanh giải phóng mặt bằng.")
    assert mandates(text) == [(UBND, LUC_NAM)]


def test_a_group_placed_in_the_district_does_not_end_the_list_of_those_directed() -> None:
    text = ("UBND các huyện chỉ đạo các phòng, ban chức năng trên địa bàn huyện và UBND các xã tổ chức trực "
            "phòng cháy rừng.")
    districts = k("Ủy ban nhân dân các huyện thuộc tỉnh Gia Lai")
    got = mandates("UBND tỉnh ban hành công điện khẩn.\n" + text, "Tỉnh Gia Lai")
    assert (districts, k("Ủy ban nhân dân các xã thuộc tỉnh Gia Lai")) in got


def test_units_named_as_the_subject_of_a_report_are_their_people_committees() -> None:
    text = ("UBND huyện yêu cầu các xã tăng cường tuần tra rừng. Khi có cháy rừng, các xã, thị trấn báo cáo nhanh, "
            "đầy đủ về UBND huyện.")
    recs = records(text, "Huyện Đăk Glei, tỉnh Kon Tum", "2024-03-01")
    got = [(k(r["reporter"]), k(r["recipient"]), r["about"]) for r in recs if r["type"] == "reporting"]
    assert got == [(k("Ủy ban nhân dân các xã, thị trấn thuộc huyện Đăk Glei"), k("Ủy ban nhân dân huyện Đăk Glei"),
                    None)]


def test_counted_units_after_a_body_head_are_each_units_body() -> None:
    for text in ("UBND huyện yêu cầu UBND 2 xã Long Tiên và Mỹ Long rà soát hồ sơ đất đai.",
                 "UBND huyện yêu cầu UBND hai xã Long Tiên, Mỹ Long rà soát hồ sơ đất đai."):
        recs = records(text, "Huyện Cai Lậy, tỉnh Tiền Giang", "2020-11-05")
        assert [k(r["assignee"]) for r in recs if r["type"] == "mandate"] == [
            k("Ủy ban nhân dân xã Long Tiên"), k("Ủy ban nhân dân xã Mỹ Long")]


def test_a_sentence_opening_with_cụ_thể_details_the_last_assignment() -> None:
    text = ("UBND tỉnh yêu cầu Sở Nông nghiệp và Phát triển nông thôn chủ động ứng phó với bão. Cụ thể, phải thường "
            "xuyên cập nhật thông tin về bão cho chủ tàu thuyền.")
    assert mandates(text) == [(UBND, k("Sở Nông nghiệp và Phát triển nông thôn tỉnh Bắc Giang"))] * 2


def test_a_report_made_with_a_proposal_goes_to_the_body_proposed_to() -> None:
    text = "UBND tỉnh giao Sở Tài chính rà soát định mức chi, báo cáo, đề xuất UBND tỉnh theo quy định."
    assert reports(text) == [(k("Sở Tài chính tỉnh Bắc Giang"), UBND)]
    recs = records(text, "Tỉnh Bắc Giang", "2024-04-10")
    assert [r["about"] for r in recs if r["type"] == "reporting"] == ["định mức chi"]  # not "theo quy định"


def test_a_report_sent_to_an_office_that_compiles_it_goes_to_the_office() -> None:
    text = ("UBND tỉnh yêu cầu Sở Y tế tổ chức trực trong dịp Tết; kịp thời báo cáo những vấn đề phát sinh, gửi Văn "
            "phòng UBND tỉnh tổng hợp báo cáo UBND tỉnh.")
    assert reports(text) == [(k("Sở Y tế tỉnh Bắc Giang"), k("Văn phòng Ủy ban nhân dân tỉnh Bắc Giang"))]


def test_the_secretariats_standing_member_directs_in_its_own_name() -> None:
    text = ("Thường trực Ban Bí thư giao Văn phòng Trung ương Đảng chủ trì theo dõi tình hình, hàng ngày báo cáo Bộ "
            "Chính trị.")
    assert mandates(text, "Trung ương") == [(k("Thường trực Ban Bí thư"), k("Văn phòng Trung ương Đảng"))]


def test_a_congress_subcommittee_is_named_with_the_congress_number() -> None:
    text = ("Tiểu ban Tổ chức phục vụ Đại hội Đảng bộ tỉnh lần thứ XX yêu cầu Công an tỉnh xây dựng kế hoạch bảo vệ "
            "an ninh trong những ngày diễn ra đại hội.")
    assert mandates(text) == [(k("Tiểu ban Tổ chức phục vụ Đại hội Đảng bộ tỉnh Bắc Giang lần thứ XX"),
                               k("Công an tỉnh Bắc Giang"))]


def test_a_subject_after_a_deadline_that_gathers_and_sends_a_report() -> None:
    text = ("Thường trực HĐND tỉnh đề nghị các Ban HĐND tỉnh chuẩn bị báo cáo thẩm tra. Chậm nhất ngày 11/11, các Tổ "
            "đại biểu HĐND tỉnh tập hợp, gửi báo cáo kết quả tiếp xúc cử tri về Thường trực HĐND tỉnh.")
    standing = k("Thường trực Hội đồng nhân dân tỉnh Bắc Giang")
    assert reports(text) == [(k("Các Tổ đại biểu Hội đồng nhân dân tỉnh Bắc Giang"), standing)]


def test_partners_after_phối_hợp_với_are_not_subjects() -> None:
    text = ("UBND tỉnh giao Sở Kế hoạch và Đầu tư gửi văn bản lấy ý kiến các doanh nghiệp. Trên cơ sở đó chủ trì, phối "
            "hợp với các sở, ngành, UBND các huyện trả lời kiến nghị của doanh nghiệp.")
    assert mandates(text) == [(UBND, k("Sở Kế hoạch và Đầu tư tỉnh Bắc Giang"))] * 2


def test_thành_and_thị_alone_in_a_list_of_unit_types() -> None:
    assert mandates("UBND tỉnh yêu cầu UBND các huyện, thành, thị xây dựng kế hoạch thực hiện.") == [
        (UBND, k("Ủy ban nhân dân các huyện, thành phố, thị xã thuộc tỉnh Bắc Giang"))]
    assert mandates("UBND tỉnh yêu cầu UBND các xã, thị trấn rà soát hộ nghèo.") == [
        (UBND, k("Ủy ban nhân dân các xã, thị trấn thuộc tỉnh Bắc Giang"))]


def test_a_report_made_and_a_proposal_to_a_body_go_to_that_body() -> None:
    text = ("UBND tỉnh giao Sở Nông nghiệp và Phát triển nông thôn theo dõi diễn biến sạt lở; thường xuyên báo cáo "
            "diễn biến sạt lở và đề xuất UBND tỉnh chỉ đạo xử lý kịp thời.")
    assert reports(text) == [(k("Sở Nông nghiệp và Phát triển nông thôn tỉnh Bắc Giang"), UBND)]


def test_a_merged_department_with_a_comma_in_its_name() -> None:
    department = k("Sở Giáo dục, Khoa học và Công nghệ tỉnh Bạc Liêu")
    for text in ("UBND tỉnh giao Sở Giáo dục, Khoa học và Công nghệ hướng dẫn các trường ôn tập cho học sinh.",
                 "UBND tỉnh giao Sở GD, KH&CN hướng dẫn các trường ôn tập cho học sinh."):
        assert mandates(text, "Tỉnh Bạc Liêu") == [(k("Ủy ban nhân dân tỉnh Bạc Liêu"), department)]


def test_a_basis_before_a_task_that_opens_with_an_adverb() -> None:
    text = ("UBND tỉnh yêu cầu các sở, ngành kiểm tra. Chủ tịch UBND các huyện căn cứ hướng dẫn tại Công văn số "
            "2601/VPCP-KGVX của Văn phòng Chính phủ, nghiêm túc đánh giá việc triển khai Chỉ thị số 16/CT-TTg.")
    assert (UBND, k("Ủy ban nhân dân các huyện thuộc tỉnh Bắc Giang")) in mandates(text)


def test_times_before_a_continued_task_without_a_comma_and_the_southern_gởi() -> None:
    text = ("Sở Thông tin và Truyền thông đề nghị UBND các huyện chỉ đạo các đài truyền thanh thực hiện nghiêm. "
            "Định kỳ trước ngày 01/6 và 01/12 hằng năm báo cáo tình hình thực hiện gởi Sở Thông tin và Truyền thông.")
    assert reports(text) == [(k("Ủy ban nhân dân các huyện thuộc tỉnh Bắc Giang"),
                              k("Sở Thông tin và Truyền thông tỉnh Bắc Giang"))]


def test_a_chair_at_the_end_of_a_sentence_gets_no_duty() -> None:
    assert mandates("Đồng chí Nguyễn Văn Bình, bí thư Tỉnh ủy chủ trì cuộc họp.") == []


def test_a_pronoun_after_an_opening_adjunct_is_the_person_just_named() -> None:
    text = ("Phó Chủ tịch UBND tỉnh Trần Văn Hòa dự hội nghị với doanh nghiệp. Đối với các kiến nghị của doanh "
            "nghiệp, đồng chí giao Sở Tài chính phối hợp với Sở Công Thương rà soát, tháo gỡ.")
    assert mandates(text) == [(UBND, k("Sở Tài chính tỉnh Bắc Giang"))]


def test_a_lowercase_plural_subject_after_a_colon_opens_the_speakers_direction() -> None:
    text = "Bí thư Tỉnh ủy Nguyễn Văn Gấu nhấn mạnh: các ngành chức năng cần kiểm tra các bến bãi ven sông."
    assert mandates(text) == [(k("Tỉnh ủy Bắc Giang"), k("Các sở, ngành chức năng tỉnh Bắc Giang"))]


def test_ordinal_items_continue_the_assignment_before_them() -> None:
    text = ("UBND tỉnh yêu cầu Sở Y tế thực hiện tốt một số nội dung sau: Một là, tổ chức trực nghiêm túc. Hai là "
            "thường xuyên nắm tình hình và báo cáo UBND tỉnh về những vấn đề phát sinh.")
    assert mandates(text) == [(UBND, k("Sở Y tế tỉnh Bắc Giang"))] * 2
    assert reports(text) == [(k("Sở Y tế tỉnh Bắc Giang"), UBND)]


def test_a_report_to_the_province_named_by_its_type_word_goes_to_its_people_committee() -> None:
    text = "UBND tỉnh yêu cầu Sở Xây dựng kịp thời tổng hợp, báo cáo tỉnh tháo gỡ các vướng mắc."
    assert reports(text) == [(k("Sở Xây dựng tỉnh Bắc Giang"), UBND)]


def test_a_remit_without_its_functions_stands_between_the_subjects_and_their_task() -> None:
    text = ("UBND tỉnh ban hành Chỉ thị về phòng chống thiên tai. Thủ trưởng các sở, ban, ngành; Chủ tịch UBND các "
            "huyện, thành phố căn cứ nhiệm vụ được giao triển khai thực hiện nghiêm túc Chỉ thị này.")
    assert mandates(text) == [(UBND, k("Các sở, ban, ngành tỉnh Bắc Giang")),
                              (UBND, k("Ủy ban nhân dân các huyện, thành phố thuộc tỉnh Bắc Giang"))]


def test_a_body_deciding_to_set_up_another_gives_it_its_duties() -> None:
    """"Ngày 20/10, UBND thành phố có quyết định thành lập Ban Chỉ đạo …. Ban Chỉ đạo có nhiệm vụ …": the duties of
    the new body are the deciding body's mandate (gold README: establishing is no mandate, its duties are; session
    10)."""
    from bomay.loaders.text.documents import document_from_text
    from bomay.loaders.text.extract import extract
    from bomay.loaders.text.records import to_records

    doc = document_from_text("t", "Ngày 20/10, UBND thành phố có quyết định thành lập Ban Chỉ đạo chuyển đổi số thành "
                                  "phố. Ban Chỉ đạo có nhiệm vụ chỉ đạo triển khai chuyển đổi số trên địa bàn.",
                             {"jurisdiction": "Thành phố Cần Thơ", "date": "2023-10-21"})
    pairs = [(r["assigner"], r["assignee"]) for r in to_records(extract(doc)) if r["type"] == "mandate"]
    assert pairs == [("Ủy ban nhân dân thành phố Cần Thơ", "Ban Chỉ đạo chuyển đổi số Thành phố Cần Thơ")]


def test_a_person_speaking_on_behalf_of_a_body_assigns_for_it() -> None:
    """"Thay mặt Thường trực HĐND tỉnh, bà NAME đề nghị UBND tỉnh …": the body named after "thay mặt" is the assigner,
    with or without the person's title; a group that is no body ("lãnh đạo tỉnh") changes nothing (session 11)."""
    assert mandates("Thay mặt Thường trực HĐND tỉnh, bà Nguyễn Thị Hoa đề nghị UBND tỉnh sớm ban hành kế hoạch.") == [
        (k("Thường trực Hội đồng nhân dân tỉnh Bắc Giang"), UBND)]
    assert mandates("Phát biểu kết luận, thay mặt Ban Thường vụ Tỉnh ủy, đồng chí Trần Văn Nam, Phó Bí thư Tỉnh ủy, "
                    "yêu cầu Sở Y tế rà soát danh sách.") == [
        (k("Ban Thường vụ Tỉnh ủy Bắc Giang"), k("Sở Y tế tỉnh Bắc Giang"))]


def test_the_secretary_chairing_the_committees_own_conference_speaks_for_the_committee() -> None:
    """A Bí thư speaks for the Ban Thường vụ where the document names it (seed 004), but not at a conference of
    the whole committee its text has the committee hold."""
    text = ("Sáng 20/12, Tỉnh ủy Bắc Giang tổ chức Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 15. Đồng chí Nguyễn Văn "
            "A, Bí thư Tỉnh ủy chủ trì hội nghị. Kết luận hội nghị, Bí thư Tỉnh ủy đề nghị UBND tỉnh chỉ đạo các sở "
            "rà soát dự án. Các huyện ủy báo cáo về Ban Thường vụ Tỉnh ủy trước ngày 15/1.")
    found = mandates(text)
    assert (k("Tỉnh ủy Bắc Giang"), UBND) in found
    assert all(giver != k("Ban Thường vụ Tỉnh ủy Bắc Giang") for giver, _ in found)


def test_the_prime_minister_alone_is_the_government_and_a_deputy_still_speaks_for_it() -> None:
    found = records("Tỉnh thực hiện giãn cách xã hội theo Chỉ thị 15 của Thủ tướng từ ngày 1/6.")
    assert [r["name"] for r in found if r["type"] == "organization"] == ["Chính phủ"]
    assert mandates("Phó Thủ tướng Trần Văn A yêu cầu tỉnh tập trung giải ngân vốn đầu tư công.") == [
        (k("Chính phủ"), UBND)]


def test_a_chair_with_two_posts_speaks_for_the_council_at_its_session() -> None:
    text = ("Phát biểu bế mạc Kỳ họp, ông Nguyễn Văn A, Bí thư Huyện ủy, Chủ tịch HĐND huyện Lục Nam yêu cầu UBND "
            "huyện tập trung thu ngân sách.")
    assert mandates(text) == [(k("Hội đồng nhân dân huyện Lục Nam"), LUC_NAM)]


def test_an_occasion_before_the_speakers_title_without_a_comma() -> None:
    text = ("Tại buổi làm việc Bí thư Huyện ủy Lục Nam, Nguyễn Văn A chỉ đạo Văn phòng Huyện ủy tổng hợp các ý kiến "
            "đóng góp.")
    assert mandates(text) == [(k("Huyện ủy Lục Nam"), k("Văn phòng Huyện ủy Lục Nam"))]


def test_the_provinces_leadership_as_a_subject_speaks_through_its_peoples_committee() -> None:
    text = ("Chủ tịch UBND tỉnh yêu cầu Sở Xây dựng bổ sung báo cáo. Bên cạnh đó, lãnh đạo tỉnh cũng chỉ đạo Sở Tài "
            "chính bổ sung nội dung báo cáo.")
    assert mandates(text) == [(UBND, k("Sở Xây dựng tỉnh Bắc Giang")), (UBND, k("Sở Tài chính tỉnh Bắc Giang"))]


def test_a_place_speaking_after_its_source_told_it() -> None:
    text = ("Tối 20.9, thông tin từ UBND tỉnh Bắc Giang cho biết, tỉnh đã chỉ đạo UBND huyện Lục Nam khẩn trương "
            "triển khai các biện pháp ứng phó.")
    assert mandates(text) == [(UBND, LUC_NAM)]


def test_a_body_directing_without_an_addressee_speaks_for_the_passive_duties_after_it() -> None:
    text = "UBND tỉnh chỉ đạo xử lý sạt lở. Công an tỉnh được yêu cầu kiểm tra các công trình ven sông."
    assert mandates(text) == [(UBND, k("Công an tỉnh Bắc Giang"))]


def test_a_seat_on_the_central_committee_is_no_capacity_at_a_provincial_meeting() -> None:
    # session 21: the secretary who also chairs the council speaks as the province's party official
    text = ("Sáng 26/5, Ủy viên dự khuyết Trung ương Đảng, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh Lê Thị "
            "Hạnh làm việc với Tiểu ban phục vụ đại hội. Ban Tuyên giáo Tỉnh ủy triển khai công tác tuyên truyền "
            "trước, trong và sau đại hội.")
    found = mandates(text)
    assert found and all(a != k("Ban Chấp hành Trung ương Đảng") for a, _ in found)
    assert all(a.endswith(k("Tỉnh ủy Bắc Giang")) for a, _ in found)
