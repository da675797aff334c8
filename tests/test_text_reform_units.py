"""Bodies named by what the text said just before them (issue 11, session 15): a bare "Đảng ủy" or "Thanh tra
huyện" after a named commune or district, council committees listed with no council after them, task forces
for the merger of provinces, stationed units. Sentences written here."""

from __future__ import annotations

from bomay.loaders.text.documents import document_from_text
from bomay.loaders.text.extract import extract
from bomay.loaders.text.records import gold_view, to_records
from bomay.loaders.text.scoring import body_key as k


def records(text: str, jurisdiction: str, date: str, **meta: str) -> list[dict]:
    doc = document_from_text("t", text, {"jurisdiction": jurisdiction, "date": date, **meta})
    return [r for r in (gold_view(r) for r in to_records(extract(doc))) if r]


def names(text: str, jurisdiction: str, date: str, **meta: str) -> list[str]:
    return [r["name"] for r in records(text, jurisdiction, date, **meta) if r["type"] == "organization"]


def mandates(text: str, jurisdiction: str, date: str, **meta: str) -> list[tuple[str, str]]:
    return [(k(r["assigner"]), k(r["assignee"])) for r in records(text, jurisdiction, date, **meta)
            if r["type"] == "mandate"]


def test_a_bare_party_committee_is_the_commune_the_paragraph_just_named() -> None:
    text = ("Sáng 1/7, Đảng ủy phường Tân Định tổ chức hội nghị lần thứ nhất.\n"
            "Tại xã Bình Lợi, Đảng ủy xã giao Văn phòng Đảng ủy tiếp nhận hồ sơ, tài liệu bàn giao.")
    got = mandates(text, "Thành phố Hồ Chí Minh", "2025-07-01")
    assert got == [(k("Đảng ủy xã Bình Lợi"), k("Văn phòng Đảng ủy xã Bình Lợi"))]


def test_a_bare_district_word_is_the_district_named_last_in_the_text() -> None:
    # the district's committee named in the first clause must not shadow the one the second clause names
    text = ("Tại huyện Kiên Hải, hợp nhất Văn phòng Huyện ủy với Văn phòng HĐND và UBND huyện. Tại huyện Châu Thành, "
            "Trung tâm Bồi dưỡng chính trị huyện được kiện toàn.")
    got = names(text, "Tỉnh Kiên Giang", "2019-03-01")
    assert "Trung tâm Bồi dưỡng chính trị huyện Châu Thành" in got
    assert "Trung tâm Bồi dưỡng chính trị huyện Kiên Hải" not in got


def test_continuing_education_does_not_end_a_name() -> None:
    text = "UBND tỉnh giao Trung tâm Giáo dục thường xuyên tổ chức lớp bồi dưỡng."
    got = [k(n) for n in names(text, "Tỉnh Kiên Giang", "2019-03-01")]
    assert k("Trung tâm Giáo dục thường xuyên tỉnh Kiên Giang") in got


def test_the_district_inspectorate_after_a_named_district_is_that_districts() -> None:
    text = "Tại huyện Kiên Hải, hợp nhất Ủy ban Kiểm tra Huyện ủy với Thanh tra huyện."
    got = names(text, "Tỉnh Kiên Giang", "2019-03-01")
    assert "Thanh tra huyện Kiên Hải" in got
    assert not [n for n in got if n.startswith("Thanh tra các huyện")]


def test_council_committees_listed_without_their_council_after_them() -> None:
    text = ("Thường trực HĐND huyện Cao Lãnh kiện toàn Ban Pháp chế và Ban Kinh tế - Xã hội, giao các ban rà soát "
            "chương trình giám sát.")
    got = names(text, "Tỉnh Đồng Tháp", "2021-07-10")
    assert "Ban Pháp chế Hội đồng nhân dân huyện Cao Lãnh" in got
    assert "Ban Kinh tế - Xã hội Hội đồng nhân dân huyện Cao Lãnh" in got


def test_a_merger_task_force_names_every_province_it_joins() -> None:
    text = "Ban Chỉ đạo sắp xếp đơn vị hành chính tỉnh Hà Giang và tỉnh Tuyên Quang họp phiên thứ nhất."
    got = [k(n) for n in names(text, "Tỉnh Tuyên Quang", "2025-05-10")]
    assert k("Ban Chỉ đạo sắp xếp đơn vị hành chính tỉnh Hà Giang và tỉnh Tuyên Quang") in got


def test_a_title_carrying_out_a_resolution_is_not_written_by_its_issuer() -> None:
    text = "UBND các xã, phường khẩn trương tuyên truyền nội dung Nghị quyết số 1669/NQ-UBTVQH."
    got = mandates(text, "Tỉnh Thanh Hóa", "2025-06-20",
                   title="Triển khai thực hiện Nghị quyết của Ủy ban Thường vụ Quốc hội về sắp xếp đơn vị hành chính")
    assert not [m for m in got if m[0] == k("Ủy ban Thường vụ Quốc hội")]


def test_a_subject_that_also_bears_a_duty() -> None:
    text = ("UBND tỉnh Cà Mau yêu cầu Sở Nông nghiệp và PTNT gia cố đê biển Tây. Ngoài ra, UBND huyện U Minh còn có "
            "trách nhiệm vận động, sơ tán người dân.")
    got = mandates(text, "Tỉnh Cà Mau", "2019-10-01")
    assert (k("Ủy ban nhân dân tỉnh Cà Mau"), k("Ủy ban nhân dân huyện U Minh")) in got


def test_units_stationed_in_the_province_keep_the_qualifier() -> None:
    text = "UBND tỉnh yêu cầu Thủ trưởng các cơ quan, đơn vị đóng quân trên địa bàn chủ động ứng phó mưa lũ."
    got = names(text, "Tỉnh Đắk Nông", "2020-10-10")
    assert "Các cơ quan, đơn vị đóng quân trên địa bàn Tỉnh Đắk Nông" in got


def test_party_cells_a_district_committee_directs_are_its_own() -> None:
    text = "Huyện ủy Kiên Hải chỉ đạo các chi, đảng bộ cơ sở tổ chức học tập nghị quyết."
    got = mandates(text, "Tỉnh Kiên Giang", "2019-03-01")
    assert got == [(k("Huyện ủy Kiên Hải"), k("Các chi, đảng bộ cơ sở trực thuộc Huyện ủy Kiên Hải"))]


def test_a_report_prepared_and_sent_on_is_a_report_to_where_it_is_sent() -> None:
    text = ("UBND tỉnh yêu cầu các sở, ngành tiếp tục chuẩn bị báo cáo theo đề cương, gửi về Sở Nội vụ trước ngày "
            "15/8/2021.")
    recs = records(text, "Tỉnh An Giang", "2021-07-20")
    got = [(k(r["reporter"]), k(r["recipient"])) for r in recs if r["type"] == "reporting"]
    assert got == [(k("Các sở, ngành tỉnh An Giang"), k("Sở Nội vụ tỉnh An Giang"))]


def test_the_provincial_councils_deputies_in_every_district_are_one_group() -> None:
    text = ("Thường trực HĐND tỉnh đề nghị Tổ đại biểu HĐND tỉnh các huyện, thị xã, thành phố chủ động điều chỉnh "
            "kế hoạch giám sát.")
    got = mandates(text, "Tỉnh An Giang", "2021-07-20")
    assert got == [(k("Thường trực Hội đồng nhân dân tỉnh An Giang"),
                    k("Các Tổ đại biểu Hội đồng nhân dân tỉnh An Giang"))]


def test_a_ministrys_numbered_project_board_keeps_its_number() -> None:
    text = "UBND tỉnh đề nghị Ban Quản lý dự án 7 (Bộ Giao thông vận tải) phối hợp chuẩn bị mặt bằng."
    got = names(text, "Tỉnh Đồng Tháp", "2022-12-20")
    assert "Ban Quản lý dự án 7 (Bộ Giao thông vận tải)" in got
    assert not [n for n in got if n.startswith("Ban Quản lý dự án") and "Đồng Tháp" in n]


def test_a_provincial_paper_is_named_as_written() -> None:
    text = "UBND tỉnh giao Báo Đồng Tháp, Đài Phát thanh và Truyền hình Đồng Tháp đưa tin, tuyên truyền."
    got = names(text, "Tỉnh Đồng Tháp", "2022-12-20")
    assert "Báo Đồng Tháp" in got and "Đài Phát thanh và Truyền hình Đồng Tháp" in got


def test_a_city_the_gazetteer_no_longer_holds_is_not_its_province() -> None:
    # Huế was a city inside Thừa Thiên Huế until 2025; its committee is not the province's
    text = "Ban Thường vụ Tỉnh ủy yêu cầu Ban Thường vụ Thành ủy Huế tạm dừng tổ chức đại hội."
    got = mandates(text, "Tỉnh Thừa Thiên Huế", "2020-03-27")
    assert got == [(k("Ban Thường vụ Tỉnh ủy Thừa Thiên Huế"), k("Ban Thường vụ Thành ủy Huế"))]


def test_units_addressed_one_by_one_or_after_a_past_verb_are_their_committees() -> None:
    got = mandates("UBND thành phố yêu cầu quận Hồng Bàng, quận Lê Chân rà soát các hộ nghèo.",
                   "Thành phố Hải Phòng", "2019-06-01")
    assert got == [(k("Ủy ban nhân dân thành phố Hải Phòng"), k("Ủy ban nhân dân quận Hồng Bàng")),
                   (k("Ủy ban nhân dân thành phố Hải Phòng"), k("Ủy ban nhân dân quận Lê Chân"))]
    got = mandates("UBND thành phố này đã yêu cầu các quận: Ngô Quyền, Kiến An rà soát các hộ nghèo.",
                   "Thành phố Hải Phòng", "2019-06-01")
    assert got == [(k("Ủy ban nhân dân thành phố Hải Phòng"), k("Ủy ban nhân dân quận Ngô Quyền")),
                   (k("Ủy ban nhân dân thành phố Hải Phòng"), k("Ủy ban nhân dân quận Kiến An"))]


def test_industrial_zone_boards_and_dashed_unit_lists() -> None:
    got = [k(n) for n in names("UBND thành phố đề nghị Ban Quản lý các Khu Chế xuất và Công nghiệp Cần Thơ phối hợp.",
                                "Thành phố Cần Thơ", "2021-06-01")]
    assert k("Ban Quản lý các Khu chế xuất và Công nghiệp Cần Thơ") in got
    got = names("UBND huyện đề nghị UB.MTTQVN huyện, Chủ tịch UBND các xã - thị trấn tổ chức tổng vệ sinh.",
                "Huyện Hóc Môn, Thành phố Hồ Chí Minh", "2022-07-01")
    assert "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Hóc Môn" in got
    assert "Ủy ban nhân dân các xã - thị trấn thuộc huyện Hóc Môn" in got


def test_cells_and_branches_a_district_board_directs_are_named_as_written_under_its_committee() -> None:
    got = mandates("Ban Thường vụ Huyện ủy Châu Thành chỉ đạo các chi bộ, đảng bộ trực thuộc tổ chức đại hội.",
                   "Tỉnh An Giang", "2020-03-01")
    assert got == [(k("Ban Thường vụ Huyện ủy Châu Thành"), k("Các chi bộ, đảng bộ trực thuộc Huyện ủy Châu Thành"))]
    got = mandates("Ban Thường vụ Huyện ủy Châu Thành yêu cầu các cấp ủy, tổ chức đảng tổ chức đại hội.",
                   "Tỉnh An Giang", "2020-03-01")
    assert got == [(k("Ban Thường vụ Huyện ủy Châu Thành"),
                    k("Các cấp ủy, tổ chức đảng thuộc Đảng bộ huyện Châu Thành"))]


def test_ministries_listed_after_các_bộ_cơ_quan_are_each_assigned() -> None:
    text = ("Văn phòng Chính phủ truyền đạt ý kiến của Phó Thủ tướng: Giao các Bộ, cơ quan: Kế hoạch và Đầu tư, Tài "
            "chính, Nông nghiệp và Phát triển nông thôn xem xét đề nghị của UBND tỉnh, báo cáo Thủ tướng Chính phủ.")
    got = [m[1] for m in mandates(text, "Trung ương", "2020-05-10")]
    assert got == [k("Bộ Kế hoạch và Đầu tư"), k("Bộ Tài chính"), k("Bộ Nông nghiệp và Phát triển nông thôn")]
