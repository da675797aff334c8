"""Mandates and reporting obligations from sentences written for these tests."""

from __future__ import annotations

from bomay.loaders.text.documents import document_from_text
from bomay.loaders.text.extract import extract
from bomay.loaders.text.records import gold_view, to_records
from bomay.loaders.text.scoring import body_key as k


def facts(text: str, jurisdiction: str = "Thành phố Đà Nẵng", date: str = "2022-09-15", title: str = ""):
    doc = document_from_text("t", text, {"jurisdiction": jurisdiction, "date": date, "title": title})
    recs = [gold_view(r) for r in to_records(extract(doc))]
    mandates = [(k(r["assigner"]), k(r["assignee"])) for r in recs if r and r["type"] == "mandate"]
    reports = [(k(r["reporter"]), k(r["recipient"]), r["frequency"]) for r in recs if r and r["type"] == "reporting"]
    return mandates, reports, [r for r in recs if r]


DN = "Thành phố Đà Nẵng"


def test_explicit_assignment_with_partners_report_and_deadline() -> None:
    text = ("UBND thành phố giao Sở Tài chính chủ trì, phối hợp với Sở Nội vụ rà soát định mức chi, "
            "báo cáo UBND thành phố trước ngày 10/6.")
    mandates, reports, recs = facts(text)
    ubnd = k("Ủy ban nhân dân thành phố Đà Nẵng")
    assert mandates == [(ubnd, k(f"Sở Tài chính {DN}"))]
    m = next(r for r in recs if r["type"] == "mandate")
    assert [k(b) for b in m["cooperate_with"]] == [k(f"Sở Nội vụ {DN}")] and [k(b) for b in m["report_to"]] == [ubnd]
    assert m["deadline"] == "trước ngày 10/6" and m["task"].startswith("chủ trì")
    assert reports == [(k(f"Sở Tài chính {DN}"), ubnd, None)]


def test_two_recipients_two_frequencies() -> None:
    text = ("Thường trực Thành ủy yêu cầu Văn phòng Thành ủy theo dõi tiến độ, báo cáo Thường trực Thành ủy "
            "hàng tuần và báo cáo Ban Thường vụ Thành ủy hàng tháng.")
    _, reports, _ = facts(text)
    assert [(r[1], r[2]) for r in reports] == [(k("Thường trực Thành ủy Đà Nẵng"), "hàng tuần"),
                                               (k("Ban Thường vụ Thành ủy Đà Nẵng"), "hàng tháng")]


def test_one_mandate_per_assignee_and_joint_partners() -> None:
    text = ("Ban Thường vụ Tỉnh ủy giao Ủy ban Kiểm tra Tỉnh ủy và Ban Nội chính Tỉnh ủy phối hợp theo dõi "
            "việc thực hiện chỉ thị.")
    mandates, _, recs = facts(text, "Tỉnh Quảng Ninh", "2019-04-02")
    ubkt, bnc = k("Ủy ban Kiểm tra Tỉnh ủy Quảng Ninh"), k("Ban Nội chính Tỉnh ủy Quảng Ninh")
    assert [b for _a, b in mandates] == [ubkt, bnc]
    ms = [r for r in recs if r["type"] == "mandate"]
    assert [k(b) for b in ms[0]["cooperate_with"]] == [bnc]
    assert [k(b) for b in ms[1]["cooperate_with"]] == [ubkt]


def test_chain_gives_two_mandates() -> None:
    text = ("Ban Thường vụ Thành ủy giao Đảng ủy UBND thành phố lãnh đạo, chỉ đạo UBND thành phố "
            "ban hành kế hoạch số hóa.")
    mandates, _, _ = facts(text, DN, "2025-10-01")
    party, ubnd = k("Đảng ủy Ủy ban nhân dân thành phố Đà Nẵng"), k("Ủy ban nhân dân thành phố Đà Nẵng")
    assert mandates == [(k("Ban Thường vụ Thành ủy Đà Nẵng"), party), (party, ubnd)]


def test_continuation_sentences_inherit_the_assignment() -> None:
    text = ("Thường trực Huyện ủy yêu cầu Ban Tổ chức Huyện ủy rà soát quy hoạch cán bộ.\n"
            "Đồng thời, hướng dẫn các chi bộ kiện toàn tổ chức. Việc này cần làm sớm.")
    mandates, _, _ = facts("Huyện ủy Củ Chi họp.\n" + text, "Thành phố Hồ Chí Minh", "2020-06-01")
    assert len(mandates) == 2 and mandates[0] == mandates[1]
    assert mandates[0][1] == k("Ban Tổ chức Huyện ủy Củ Chi")


def test_subject_duty_under_the_documents_issuer() -> None:
    text = "Ủy ban Kiểm tra Tỉnh ủy có trách nhiệm kiểm tra việc thực hiện. Sở Y tế cần rà soát trạm y tế xã."
    title = "Chỉ thị của Ban Thường vụ Tỉnh ủy Bình Dương về y tế"
    mandates, _, _ = facts(text, "Tỉnh Bình Dương", "2023-01-05", title)
    btv = k("Ban Thường vụ Tỉnh ủy Bình Dương")
    assert mandates == [(btv, k("Ủy ban Kiểm tra Tỉnh ủy Bình Dương")), (btv, k("Sở Y tế tỉnh Bình Dương"))]


def test_upward_requests_are_not_mandates() -> None:
    text = ("Huyện ủy Bình Chánh kiến nghị Ban Chấp hành Trung ương Đảng sửa đổi quy định. "
            "Thành ủy TPHCM cần ban hành quy chế phối hợp.")
    mandates, reports, _ = facts(text, "Thành phố Hồ Chí Minh", "2020-05-01")
    assert mandates == [] and reports == []


def test_statements_without_a_duty_give_nothing() -> None:
    text = "Giám đốc Sở Nội vụ Nguyễn Văn An cho biết sở đã hoàn thành rà soát. UBND thành phố tổ chức hội nghị."
    mandates, _, recs = facts(text, "Thành phố Cần Thơ", "2021-02-02")
    assert mandates == []
    assert [(r["person"], k(r["organization"])) for r in recs if r["type"] == "post"] == [
        ("Nguyễn Văn An", k("Sở Nội vụ thành phố Cần Thơ"))]


# ----- the grammar of directives (issue 11): one test per frame, sentences written for them -----
QT = "Tỉnh Quảng Trị"


def _ubnd(place: str = QT) -> str:
    return k(f"Ủy ban nhân dân {place.replace('Tỉnh ', 'tỉnh ')}")


def test_ex_officio_assigner_and_assignees_across_semicolons() -> None:
    text = ("Chủ tịch UBND tỉnh yêu cầu Chánh Thanh tra tỉnh; người đứng đầu các sở, ban, ngành thuộc tỉnh; "
            "chủ tịch UBND các huyện, thị xã có trách nhiệm công khai kế hoạch kiểm tra năm 2026.")
    mandates, _, _ = facts(text, QT, "2026-01-10")
    assert {a for a, _b in mandates} == {_ubnd()}
    assignees = {b for _a, b in mandates}
    assert k("Thanh tra tỉnh Quảng Trị") in assignees and len(assignees) == 3


def test_government_head_speaks_for_the_government_and_is_a_recipient() -> None:
    text = "Thủ tướng Chính phủ yêu cầu Bộ Y tế rà soát danh mục thuốc, báo cáo Thủ tướng Chính phủ trước ngày 30/9."
    mandates, reports, _ = facts(text, "", "2024-08-01")
    assert mandates == [(k("Chính phủ"), k("Bộ Y tế"))]
    assert [(a, b) for a, b, _f in reports] == [(k("Bộ Y tế"), k("Chính phủ"))]


def test_office_conveying_a_leader_is_not_the_assigner() -> None:
    text = ("Văn phòng UBND tỉnh vừa ban hành Thông báo số 21/TB-VP thông báo ý kiến kết luận của Phó Chủ tịch UBND "
            "tỉnh Hoàng Văn Bình; giao Sở Xây dựng kiểm tra hiện trạng các cầu yếu, báo cáo UBND tỉnh trước ngày 5/8.")
    mandates, reports, _ = facts(text, QT, "2026-07-01")
    assert mandates == [(_ubnd(), k("Sở Xây dựng tỉnh Quảng Trị"))]
    assert [(a, b) for a, b, _f in reports] == [(k("Sở Xây dựng tỉnh Quảng Trị"), _ubnd())]


def test_issuer_and_written_directive_before_the_verb() -> None:
    text = "UBND tỉnh ban hành Công văn số 77/UBND-NN chỉ đạo Sở Tài chính bố trí kinh phí khắc phục hậu quả mưa lũ."
    mandates, _, _ = facts(text, QT, "2026-10-20")
    assert mandates == [(_ubnd(), k("Sở Tài chính tỉnh Quảng Trị"))]


def test_addressees_named_by_gui_in_the_issuing_sentence() -> None:
    text = "UBND tỉnh vừa có văn bản gửi Sở Y tế yêu cầu báo cáo hàng tuần tình hình dịch sốt xuất huyết."
    mandates, _, _ = facts(text, QT, "2026-06-01")
    assert mandates == [(_ubnd(), k("Sở Y tế tỉnh Quảng Trị"))]


def test_subjectless_giao_after_a_speaker_and_plural_assignees() -> None:
    text = ("Phó Chủ tịch UBND tỉnh Hoàng Văn Bình có ý kiến chỉ đạo như sau:\n\n"
            "Giao Sở Tài chính, Sở Xây dựng, Sở Công Thương căn cứ chức năng, nhiệm vụ phối hợp rà soát giá vật liệu.")
    mandates, _, recs = facts(text, QT, "2026-03-01")
    names = [k(f"Sở {n} tỉnh Quảng Trị") for n in ("Tài chính", "Xây dựng", "Công Thương")]
    assert mandates == [(_ubnd(), n) for n in names]
    first = next(r for r in recs if r["type"] == "mandate")
    assert {k(b) for b in first["cooperate_with"]} == set(names[1:])


def test_clause_after_semicolon_with_its_own_addressee() -> None:
    text = ("UBND tỉnh yêu cầu Sở Y tế tăng cường kiểm tra an toàn thực phẩm; yêu cầu Sở Công Thương "
            "kiểm soát thị trường dịp Tết.")
    mandates, _, recs = facts(text, QT, "2026-01-05")
    assert mandates == [(_ubnd(), k("Sở Y tế tỉnh Quảng Trị")), (_ubnd(), k("Sở Công Thương tỉnh Quảng Trị"))]
    assert all(r["sentence"] == text for r in recs if r["type"] == "mandate")


def test_continuation_inherits_every_assignee_across_a_caption() -> None:
    text = ("Chủ tịch UBND tỉnh yêu cầu UBND các huyện, thị xã theo dõi chặt chẽ diễn biến mưa lũ.\n\n"
            "Lực lượng chức năng có mặt tại điểm sạt lở.\n\n"
            "Cùng với đó, khẩn trương di dời các hộ dân ra khỏi vùng nguy hiểm.")
    mandates, _, recs = facts(text, QT, "2026-09-10")
    assert len(mandates) == 2 and mandates[0] == mandates[1]
    assert recs[-1]["type"] == "mandate" or any(r.get("sentence", "").startswith("Cùng với đó") for r in recs)


def test_impersonal_can_does_not_continue() -> None:
    text = ("UBND tỉnh yêu cầu Sở Nội vụ rà soát biên chế. Cần chọn những việc đã rõ để làm trước.")
    mandates, _, _ = facts(text, QT, "2026-02-01")
    assert mandates == [(_ubnd(), k("Sở Nội vụ tỉnh Quảng Trị"))]


def test_conditional_report_continues_the_assignment() -> None:
    text = ("UBND tỉnh giao Sở Nội vụ hướng dẫn các xã sắp xếp bộ máy.\n\n"
            "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc kịp thời báo cáo UBND tỉnh xem xét.")
    mandates, reports, _ = facts(text, QT, "2026-02-01")
    assert len(mandates) == 2
    assert [(a, b) for a, b, _f in reports] == [(k("Sở Nội vụ tỉnh Quảng Trị"), _ubnd())]


def test_report_sent_to_a_body() -> None:
    text = ("UBND tỉnh yêu cầu Sở Y tế tổng hợp số ca bệnh, báo cáo kết quả gửi về Văn phòng UBND tỉnh "
            "trước 15h00 hằng ngày.")
    _, reports, _ = facts(text, QT, "2026-02-01")
    office = k("Văn phòng Ủy ban nhân dân tỉnh Quảng Trị")
    assert [(a, b) for a, b, _f in reports] == [(k("Sở Y tế tỉnh Quảng Trị"), office)]


def test_reporter_named_inside_the_task_cascade() -> None:
    text = ("UBND tỉnh yêu cầu UBND các huyện thực hiện chế độ báo cáo theo phương thức: UBND các xã tổng hợp, "
            "báo cáo UBND các huyện trước 15h00 hằng ngày.")
    _, reports, _ = facts(text, QT, "2026-02-01")
    assert len(reports) == 1 and reports[0][0] != reports[0][1]
    assert reports[0][1] == k("Ủy ban nhân dân các huyện thuộc tỉnh Quảng Trị") or "xa" in reports[0][0]


def test_purpose_and_advice_are_not_the_assignees_reports() -> None:
    text = ("UBND tỉnh giao Sở Tài chính gửi số liệu về Văn phòng UBND tỉnh để tổng hợp báo cáo Bộ Tài chính; "
            "tham mưu UBND tỉnh báo cáo Kiểm toán Nhà nước.")
    _, reports, _ = facts(text, QT, "2026-02-01")
    assert all(b not in (k("Bộ Tài chính"), k("Kiểm toán Nhà nước")) for _a, b, _f in reports)


def test_upward_request_and_approval_are_not_mandates() -> None:
    text = ("UBND huyện kiến nghị UBND tỉnh bố trí vốn. Chủ tịch UBND tỉnh chấp thuận đề xuất của Sở Tài chính.")
    mandates, _, _ = facts(text, QT, "2026-02-01")
    assert mandates == []


def test_joint_speakers_each_assign() -> None:
    text = ("Tại phiên họp, sau khi nghe báo cáo của Văn phòng Trung ương Đảng, Bộ Chính trị, Ban Bí thư kết luận "
            "như sau: Cơ bản thống nhất với báo cáo.\n\nTổ chức tốt hội nghị; giao Ban Tổ chức Trung ương "
            "hướng dẫn việc kiện toàn cấp ủy.")
    mandates, _, _ = facts(text, "", "2025-10-20")
    btc = k("Ban Tổ chức Trung ương")
    assert mandates == [(k("Bộ Chính trị"), btc), (k("Ban Bí thư"), btc)]


def test_chair_of_a_meeting_speaks_for_the_body() -> None:
    text = ("Ngày 5/3, Bí thư Tỉnh ủy Nguyễn Văn An chủ trì cuộc họp của Ban Thường vụ Tỉnh ủy.\n\n"
            "Kết luận cuộc họp, Bí thư Nguyễn Văn An yêu cầu Ban Tổ chức Tỉnh ủy rà soát quy hoạch cán bộ. "
            "Sở Nội vụ cần hoàn thiện đề án vị trí việc làm.")
    mandates, _, _ = facts(text, QT, "2025-03-05")
    btv = k("Ban Thường vụ Tỉnh ủy Quảng Trị")
    assert mandates == [(btv, k("Ban Tổ chức Tỉnh ủy Quảng Trị")), (btv, k("Sở Nội vụ tỉnh Quảng Trị"))]


def test_a_verb_after_a_body_is_not_a_head_noun() -> None:
    text = "Ban cán sự đảng UBND tỉnh lãnh đạo UBND tỉnh chỉ đạo Sở Tư pháp rà soát văn bản."
    mandates, _, _ = facts(text, QT, "2023-05-05")
    assert (k("Ban cán sự đảng Ủy ban nhân dân tỉnh Quảng Trị"), _ubnd()) in mandates


def test_listed_subjects_with_an_unknown_last_member() -> None:
    text = ("UBND tỉnh giao các sở, ngành tổ chức trực Tết.\n\n"
            "Sở Y tế, Sở Tài chính, Nhà Thiếu nhi tỉnh thường xuyên cập nhật tình hình, "
            "báo cáo Thường trực Tỉnh ủy hằng ngày.")
    mandates, reports, _ = facts(text, QT, "2026-01-20")
    yt, tc = k("Sở Y tế tỉnh Quảng Trị"), k("Sở Tài chính tỉnh Quảng Trị")
    assert (_ubnd(), yt) in mandates and (_ubnd(), tc) in mandates
    tt = k("Thường trực Tỉnh ủy Quảng Trị")
    assert {(a, b) for a, b, _f in reports} == {(yt, tt), (tc, tt)}


def test_list_heading_and_enumerated_ministries() -> None:
    text = ("Văn phòng Chính phủ đề nghị các bộ, cơ quan ngang bộ tổ chức trực Tết như sau:\n\n"
            "- Báo cáo trong dịp nghỉ Tết:\n\n"
            "- Các Bộ: Quốc phòng, Công an, Ngoại giao báo cáo nhanh tình hình gửi Văn phòng Chính phủ "
            "trước 14h hằng ngày.")
    mandates, reports, recs = facts(text, "", "2026-01-20")
    vpcp = k("Văn phòng Chính phủ")
    named = [k(f"Bộ {n}") for n in ("Quốc phòng", "Công an", "Ngoại giao")]
    assert [b for a, b in mandates if a == vpcp][-3:] == named
    assert {(a, b) for a, b, _f in reports} >= {(n, vpcp) for n in named}
    assert not any(r["sentence"].startswith("- Báo cáo trong") for r in recs if r["type"] == "mandate")


def test_report_after_a_chain_clause_belongs_to_the_middle_body() -> None:
    text = ("Phó Thủ tướng Nguyễn Văn An có ý kiến chỉ đạo như sau:\n\n"
            "Chủ tịch UBND tỉnh Quảng Trị chỉ đạo Sở Xây dựng kiểm tra công trình; báo cáo Thủ tướng "
            "Chính phủ trước ngày 30/9.")
    mandates, reports, _ = facts(text, QT, "2026-08-01")
    assert (k("Chính phủ"), _ubnd()) in mandates and (_ubnd(), k("Sở Xây dựng tỉnh Quảng Trị")) in mandates
    assert [(a, b) for a, b, _f in reports] == [(_ubnd(), k("Chính phủ"))]


def test_report_through_an_office_is_for_the_body_that_acts() -> None:
    text = ("UBND tỉnh giao Sở Y tế rà soát trang thiết bị; nếu có vướng mắc phải kịp thời báo cáo thông qua "
            "Sở Tài chính để Chủ tịch UBND tỉnh xem xét.")
    _, reports, _ = facts(text, QT, "2026-03-01")
    assert [(a, b) for a, b, _f in reports] == [(k("Sở Y tế tỉnh Quảng Trị"), _ubnd())]


def test_recipient_in_the_next_clause_with_gui() -> None:
    text = ("UBND tỉnh giao UBND các huyện tổ chức kiểm tra, tổng hợp báo cáo tình hình sạt lở đầy đủ, chính xác; "
            "gửi Sở Nông nghiệp và Môi trường trước ngày 29/6.")
    _, reports, _ = facts(text, QT, "2026-06-01")
    assert [b for _a, b, _f in reports] == [k("Sở Nông nghiệp và Môi trường tỉnh Quảng Trị")]


def test_deadline_sentence_continues_and_has_modal_co_nhiem_vu() -> None:
    text = ("UBND tỉnh yêu cầu Sở Xây dựng kiểm tra các công trình.\n\n"
            "Thời gian thực hiện để báo cáo UBND tỉnh trước ngày 31/7.\n\n"
            "Tổ công tác có nhiệm vụ theo dõi tiến độ.")
    mandates, reports, _ = facts(text, QT, "2026-06-01")
    xd = k("Sở Xây dựng tỉnh Quảng Trị")
    assert mandates[:2] == [(_ubnd(), xd), (_ubnd(), xd)]
    assert [(a, b) for a, b, _f in reports] == [(xd, _ubnd())]


def test_aim_paragraph_is_not_a_continuation_and_implied_recipients_are_left_out() -> None:
    text = ("UBND tỉnh giao Sở Nội vụ xây dựng đề án, với mục tiêu chung là tinh gọn bộ máy.\n\n"
            "Tiếp tục đổi mới phương thức quản lý, nâng cao hiệu quả hoạt động.\n\n"
            "UBND tỉnh yêu cầu Sở Y tế theo dõi dịch bệnh. Báo cáo nhanh trước 14h00 hằng ngày.")
    mandates, reports, _ = facts(text, QT, "2026-06-01")
    assert mandates.count((_ubnd(), k("Sở Nội vụ tỉnh Quảng Trị"))) == 1
    assert reports == []


def test_person_with_several_posts_speaks_for_the_meeting_body() -> None:
    text = ("Chiều 3/4, Thường trực Huyện ủy Triệu Phong tổ chức hội nghị giao ban công tác tuần.\n\n"
            "Phát biểu chỉ đạo, đồng chí Nguyễn Văn An, Tỉnh ủy viên, Bí thư Huyện ủy Triệu Phong yêu cầu "
            "UBND các xã rà soát quỹ đất công.")
    mandates, _, _ = facts(text, QT, "2025-04-03")
    assert [a for a, _b in mandates] == [k("Thường trực Huyện ủy Triệu Phong")]


def test_session_body_speaks_through_its_chair() -> None:
    text = ("Phiên họp thứ 12 của Ủy ban Thường vụ Quốc hội bế mạc chiều 15/3.\n\n"
            "Phát biểu bế mạc phiên họp, Chủ tịch Quốc hội Trần Văn Nam đề nghị Văn phòng Quốc hội "
            "chuẩn bị tài liệu cho kỳ họp.")
    mandates, _, _ = facts(text, "", "2026-03-15")
    assert mandates == [(k("Ủy ban Thường vụ Quốc hội"), k("Văn phòng Quốc hội"))]


def test_comma_before_the_verb_and_more_task_verbs_continue() -> None:
    text = ("Chủ tịch UBND tỉnh Nguyễn Văn An yêu cầu Sở Nông nghiệp và Môi trường theo dõi công tác trồng cây.\n\n"
            "UBND các xã, vận động nhân dân tham gia trồng cây xanh. Chăm sóc diện tích cây đã trồng.")
    mandates, _, _ = facts(text, QT, "2026-04-03")
    assert len(mandates) == 3 and mandates[1] == mandates[2]


def test_reporter_of_an_unnamed_sub_clause_is_not_guessed() -> None:
    text = ("UBND tỉnh yêu cầu UBND các huyện thực hiện chế độ báo cáo theo phương thức: các tổ giám sát cộng đồng "
            "chốt số liệu, báo cáo UBND các xã trước 15h00 hằng ngày.")
    _, reports, _ = facts(text, QT, "2026-02-01")
    assert reports == []


def test_a_semicolon_clause_with_its_own_subject_and_a_subject_list_across_semicolons() -> None:
    text = ("Chủ tịch UBND tỉnh yêu cầu các sở, ngành thực hiện nghiêm công điện.\n\n"
            "Khẩn trương rà soát tàu thuyền; Sở Xây dựng hướng dẫn UBND các huyện kiểm tra nhà ở.\n\n"
            "- Sở Y tế; Sở Tài chính báo cáo nhanh tình hình gửi Văn phòng UBND tỉnh hằng ngày.")
    mandates, reports, _ = facts(text, QT, "2026-09-01")
    assert (_ubnd(), k("Sở Xây dựng tỉnh Quảng Trị")) in mandates
    office = k("Văn phòng Ủy ban nhân dân tỉnh Quảng Trị")
    assert {(a, b) for a, b, _f in reports} == {(k("Sở Y tế tỉnh Quảng Trị"), office),
                                               (k("Sở Tài chính tỉnh Quảng Trị"), office)}


def test_request_without_addressee_continues_and_joint_assigners() -> None:
    text = ("UBND tỉnh giao các sở, ngành tỉnh rà soát danh mục dự án. Yêu cầu gửi báo cáo về Sở Tài chính "
            "trước ngày 23/5.\n\nBộ Chính trị, Ban Bí thư yêu cầu Ban Tổ chức Trung ương hướng dẫn kiện toàn "
            "cấp ủy.")
    mandates, reports, _ = facts(text, QT, "2026-05-01")
    assert len([m for m in mandates if m[0] == _ubnd()]) == 2
    assert [b for _a, b, _f in reports] == [k("Sở Tài chính tỉnh Quảng Trị")]
    btc = k("Ban Tổ chức Trung ương")
    assert (k("Bộ Chính trị"), btc) in mandates and (k("Ban Bí thư"), btc) in mandates


def test_narrated_assignment_with_addressee_and_article_clause_of_a_decision() -> None:
    text = "Ban Thường vụ Tỉnh ủy đã phân công Ban Tổ chức Tỉnh ủy chủ trì thẩm định đề án."
    mandates, _, _ = facts(text, QT, "2026-05-01")
    assert mandates == [(k("Ban Thường vụ Tỉnh ủy Quảng Trị"), k("Ban Tổ chức Tỉnh ủy Quảng Trị"))]
    text = "Điều 3. Chánh Văn phòng UBND tỉnh; Giám đốc Sở Y tế chịu trách nhiệm thi hành Quyết định này."
    mandates, _, _ = facts(text, QT, "2026-05-01", title="Quyết định của UBND tỉnh Quảng Trị về việc kiện toàn")
    assert (_ubnd(), k("Sở Y tế tỉnh Quảng Trị")) in mandates


def test_author_of_a_conclusion_and_apposed_name_before_the_verb() -> None:
    text = ("Theo đó, giao Ban Thường vụ Tỉnh ủy trên cơ sở kết luận của Ban Chấp hành Đảng bộ tỉnh hoàn chỉnh "
            "đề án.")
    mandates, _, _ = facts(text, QT, "2025-05-01")
    assert mandates == [(k("Tỉnh ủy Quảng Trị"), k("Ban Thường vụ Tỉnh ủy Quảng Trị"))]
    text = ("Sau đó, Phó Bí thư Thường trực Tỉnh ủy, ông Nguyễn Văn An, có chỉ đạo yêu cầu Sở Xây dựng kiểm tra "
            "công trình.")
    mandates, _, _ = facts(text, QT, "2025-05-01")
    assert [b for _a, b in mandates] == [k("Sở Xây dựng tỉnh Quảng Trị")]


def test_chain_verbs_with_companions_and_several_directing_bodies() -> None:
    text = ("Chủ tịch UBND tỉnh yêu cầu các sở, ngành theo dõi mưa lũ.\n\n"
            "Sở Công Thương, Sở Nông nghiệp và Môi trường hướng dẫn, chỉ đạo UBND các huyện kiểm tra hồ đập.")
    mandates, _, _ = facts(text, QT, "2026-09-01")
    huyen = k("Ủy ban nhân dân các huyện thuộc tỉnh Quảng Trị")
    assert (k("Sở Công Thương tỉnh Quảng Trị"), huyen) in mandates
    assert (k("Sở Nông nghiệp và Môi trường tỉnh Quảng Trị"), huyen) in mandates


def test_a_statement_after_a_colon_has_its_own_subject() -> None:
    text = ("Công văn nêu rõ: Để bảo đảm tiến độ, Ban Thường vụ Tỉnh ủy đề nghị Ban Tổ chức Tỉnh ủy hướng dẫn "
            "các đảng bộ trực thuộc.")
    mandates, _, _ = facts(text, QT, "2025-05-01")
    assert mandates == [(k("Ban Thường vụ Tỉnh ủy Quảng Trị"), k("Ban Tổ chức Tỉnh ủy Quảng Trị"))]


def test_generic_plurals_refer_back() -> None:
    text = ("Ban Thường vụ Huyện ủy Cam Lộ đã chọn Đảng bộ xã Cam Thành và Đảng bộ xã Cam Hiếu để tổ chức đại hội "
            "điểm. Huyện ủy Cam Lộ chỉ đạo các đơn vị trên hoàn thiện dự thảo văn kiện trước ngày 15.3.")
    mandates, _, _ = facts(text, QT, "2020-02-25")
    assert len(mandates) == 2 and all(a == k("Huyện ủy Cam Lộ") for a, _b in mandates)
    text = ("Chủ tịch UBND tỉnh giao UBND các huyện tự kiểm tra công tác quản lý đất đai. Yêu cầu các địa phương "
            "thành lập tổ kiểm tra.")
    mandates, _, _ = facts(text, QT, "2026-02-25")
    huyen = k("Ủy ban nhân dân các huyện thuộc tỉnh Quảng Trị")
    assert mandates == [(_ubnd(), huyen), (_ubnd(), huyen)]


def test_headed_duty_after_semicolon_adverbs_before_the_verb_and_powers() -> None:
    text = ("UBND tỉnh ban hành công văn về trực Tết.\n\n"
            "Tất cả các sở, ngành; Báo cáo kịp thời những vấn đề phát sinh về Văn phòng UBND tỉnh.\n\n"
            "Sở Y tế kịp thời báo cáo tình hình dịch bệnh. "
            "UBND các huyện có quyền yêu cầu các trạm y tế báo cáo thêm thông tin.")
    mandates, reports, _ = facts(text, QT, "2026-01-20")
    assert (_ubnd(), k("Sở Y tế tỉnh Quảng Trị")) in mandates
    assert len(mandates) == 2
    assert (k("Văn phòng Ủy ban nhân dân tỉnh Quảng Trị")) in {b for _a, b, _f in reports}


def test_adjunct_before_a_continued_duty() -> None:
    text = ("Chủ tịch UBND tỉnh giao UBND các huyện nghiên cứu nội dung công văn. "
            "Đối với các nội dung vượt thẩm quyền, chủ động phối hợp với Sở Tài chính xử lý.")
    mandates, _, _ = facts(text, QT, "2026-01-20")
    assert len(mandates) == 2 and mandates[0] == mandates[1]


def test_an_unknown_first_addressee_is_stepped_over() -> None:
    text = ("Chủ tịch UBND tỉnh yêu cầu các thành viên Ban chỉ đạo phòng, chống dịch các cấp; Thủ trưởng các sở, "
            "ban, ngành; Chủ tịch UBND các huyện thực hiện quyết liệt công tác phòng, chống dịch.")
    mandates, _, _ = facts(text, QT, "2026-04-16")
    assert (_ubnd(), k("Ủy ban nhân dân các huyện thuộc tỉnh Quảng Trị")) in mandates
    text = "UBND tỉnh yêu cầu tăng cường kiểm tra, Sở Y tế theo dõi dịch bệnh."  # a task, not an addressee
    mandates, _, _ = facts(text, QT, "2026-04-16")
    assert mandates == []


def test_deliverables_sent_at_the_end_and_powers_are_not_requests() -> None:
    text = ("UBND tỉnh giao các sở, ngành tổ chức trực Tết.\n\n"
            "Tất cả các sở, ngành; Báo cáo kịp thời những vấn đề phát sinh, đồng thời, đề xuất những việc cần làm "
            "sau Tết, gửi UBND tỉnh, Thường trực Tỉnh ủy trước 8h00 ngày 16/02.\n\n"
            "UBND các huyện có quyền yêu cầu các sở, ngành báo cáo thêm thông tin.")
    _, reports, _ = facts(text, QT, "2026-01-20")
    assert {b for _a, b, _f in reports} == {_ubnd(), k("Thường trực Tỉnh ủy Quảng Trị")}


def test_deputies_act_as_their_council_and_future_tense_duties() -> None:
    text = "Tại kỳ họp, các vị đại biểu HĐND huyện Gio Linh đề nghị UBND huyện Gio Linh làm rõ nguyên nhân."
    mandates, _, _ = facts(text, QT, "2024-07-01")
    assert mandates == [(k("Hội đồng nhân dân huyện Gio Linh"), k("Ủy ban nhân dân huyện Gio Linh"))]
    text = "Thủ tướng Chính phủ giao Bộ Tài chính rà soát. Bộ Tài chính sẽ tổng hợp, báo cáo Chính phủ trước 30/9."
    _, reports, _ = facts(text, "", "2024-07-01")
    assert [(a, b) for a, b, _f in reports] == [(k("Bộ Tài chính"), k("Chính phủ"))]


def test_attendance_lists_pronoun_subjects_and_parentheticals() -> None:
    text = ("Sáng 5/3, Thường trực HĐND tỉnh tổ chức phiên họp thường kỳ.\n"
            "Dự phiên họp có các đồng chí: Nguyễn Văn An - Chủ tịch HĐND tỉnh; Thường trực HĐND, UBND tỉnh.\n"
            "Kết luận phiên họp, Chủ tịch HĐND tỉnh Nguyễn Văn An đề nghị UBND tỉnh hoàn thiện các tờ trình.")
    mandates, _, _ = facts(text, QT, "2024-03-05")
    assert mandates == [(k("Thường trực Hội đồng nhân dân tỉnh Quảng Trị"), _ubnd())]
    text = ("Phó Chủ tịch UBND tỉnh Lê Văn Bình làm việc với Sở Xây dựng. Đồng chí cũng yêu cầu Sở Xây dựng "
            "rà soát các dự án chậm tiến độ.\n\n"
            "Sở Nội vụ (cơ quan thường trực Hội đồng thi đua tỉnh) có trách nhiệm tổng hợp hồ sơ khen thưởng.")
    mandates, _, _ = facts(text, QT, "2024-03-05")
    assert (_ubnd(), k("Sở Xây dựng tỉnh Quảng Trị")) in mandates
    assert (_ubnd(), k("Sở Nội vụ tỉnh Quảng Trị")) in mandates


def test_topic_head_label_addressees_and_reports_heard_at_a_meeting() -> None:
    text = ("Thủ tướng Chính phủ yêu cầu các bộ tăng cường phòng chống tội phạm.\n\n"
            "Với Bộ Công an, tiếp tục mở các đợt cao điểm trấn áp tội phạm.\n\n"
            "Thủ tướng cũng yêu cầu Bộ trưởng các bộ: Công an, Tài chính tập trung kiểm tra.")
    mandates, _, _ = facts(text, "", "2024-05-01")
    assert mandates.count((k("Chính phủ"), k("Bộ Công an"))) == 2
    assert (k("Chính phủ"), k("Bộ Tài chính")) in mandates
    text = ("Ngày 3/1, Đảng ủy xã Triệu Phong tổ chức hội nghị tổng kết.\n\n"
            "Tại hội nghị, UBND xã Triệu Phong báo cáo kết quả công tác năm 2025.")
    mandates, reports, _ = facts(text, QT, "2026-01-03")
    assert mandates == [] and reports == []


def test_a_purpose_clause_with_its_own_subject_reports_itself() -> None:
    text = ("UBND tỉnh yêu cầu UBND các huyện khẩn trương nộp báo cáo để Sở Tài chính có căn cứ tổng hợp, "
            "báo cáo UBND tỉnh.")
    _, reports, _ = facts(text, QT, "2024-05-01")
    assert reports == []


def test_wholly_unspecified_bodies_get_no_duty() -> None:
    text = "UBND tỉnh yêu cầu Sở Xây dựng, các cơ quan liên quan kiểm tra công trình, báo cáo UBND tỉnh."
    mandates, reports, _ = facts(text, QT, "2024-05-01")
    assert mandates == [(_ubnd(), k("Sở Xây dựng tỉnh Quảng Trị"))]
    assert [a for a, _b, _f in reports] == [k("Sở Xây dựng tỉnh Quảng Trị")]


def test_report_to_the_bare_head_of_the_speaking_body() -> None:
    text = ("Ban Thường vụ Huyện ủy Cam Lộ yêu cầu Ban Tổ chức Huyện ủy Cam Lộ rà soát hồ sơ, báo cáo đầy đủ "
            "công việc cho Bí thư trước ngày 5/3.")
    _, reports, _ = facts(text, QT, "2024-02-01")
    assert [(a, b) for a, b, _f in reports] == [(k("Ban Tổ chức Huyện ủy Cam Lộ"), k("Ban Thường vụ Huyện ủy Cam Lộ"))]


def test_giao_thong_is_a_noun_not_an_assignment() -> None:
    text = ("Chủ tịch UBND tỉnh yêu cầu các sở, ngành tổ chức trực Tết.\n\n"
            "Bên cạnh đó, Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh, Giao thông vận tải báo cáo nhanh tình hình "
            "gửi về Văn phòng UBND tỉnh trước 11h00 hàng ngày.")
    mandates, _, _ = facts(text, QT, "2023-01-10")
    assert all(a == _ubnd() for a, _b in mandates)
    assert (_ubnd(), k("Công an tỉnh Quảng Trị")) in mandates


def test_subjectless_request_to_a_semicolon_list() -> None:
    text = ("UBND tỉnh ban hành công văn về giải ngân vốn đầu tư công.\n\n"
            "Giao các sở, ngành tỉnh; UBND các huyện; Ban Quản lý dự án đầu tư xây dựng tỉnh rà soát tiến độ "
            "giải ngân.")
    mandates, _, _ = facts(text, QT, "2024-05-01")
    assert len(mandates) == 3 and all(a == _ubnd() for a, _b in mandates)


def test_source_tag_then_adjunct_before_the_subject() -> None:
    text = ("(Báo Quảng Trị) – Nhằm thống nhất công tác điều hành tại huyện, xã, thị trấn, UBND tỉnh đã giao "
            "Sở Y tế kiện toàn Ban Chỉ đạo phòng, chống dịch.")
    mandates, _, _ = facts(text, QT, "2021-08-01")
    assert mandates == [(_ubnd(), k("Sở Y tế tỉnh Quảng Trị"))]


def test_a_session_ahead_does_not_take_the_floor() -> None:
    text = ("Sáng 29/11, Thường trực HĐND tỉnh tổ chức phiên họp tháng 11.\n"
            "Các đại biểu thống nhất thông qua từng dự thảo nghị quyết trình tại Kỳ họp thứ sáu HĐND tỉnh.\n"
            "Kết luận phiên họp, Chủ tịch HĐND tỉnh Nguyễn Văn An đề nghị UBND tỉnh hoàn thiện hồ sơ.")
    mandates, _, _ = facts(text, QT, "2023-11-29")
    assert mandates == [(k("Thường trực Hội đồng nhân dân tỉnh Quảng Trị"), _ubnd())]


def test_courtesy_word_between_an_office_and_its_request() -> None:
    text = "Văn phòng Chính phủ trân trọng đề nghị Bộ Tài chính nghiên cứu, xử lý đề xuất của tỉnh."
    mandates, _, _ = facts(text, QT, "2023-03-01")
    assert mandates == [(k("Văn phòng Chính phủ"), k("Bộ Tài chính"))]


def test_subject_then_time_adverb_then_report() -> None:
    text = ("UBND tỉnh ban hành kế hoạch phòng, chống dịch bệnh trên gia súc.\n\n"
            "UBND các huyện hằng tuần báo cáo tình hình dịch bệnh về UBND tỉnh.")
    mandates, reports, _ = facts(text, QT, "2023-03-01")
    assert mandates == [(_ubnd(), k("Ủy ban nhân dân các huyện thuộc tỉnh Quảng Trị"))]
    assert [(r, t) for r, t, _f in reports] == [(k("Ủy ban nhân dân các huyện thuộc tỉnh Quảng Trị"), _ubnd())]


def test_subject_heading_a_scheme_is_a_duty() -> None:
    text = ("UBND tỉnh ban hành kế hoạch sắp xếp đơn vị sự nghiệp công lập.\n\n"
            "Sở Nội vụ làm đầu mối, phối hợp với Sở Tài chính xây dựng phương án.")
    mandates, _, _ = facts(text, QT, "2023-03-01")
    assert mandates == [(_ubnd(), k("Sở Nội vụ tỉnh Quảng Trị"))]


def test_deputies_of_the_home_council_assign_as_the_council() -> None:
    text = ("Tại kỳ họp, các vị đại biểu HĐND tỉnh đề nghị UBND tỉnh làm rõ nguyên nhân chậm giải ngân.\n\n"
            "UBND tỉnh tiếp thu chất vấn của đại biểu HĐND tỉnh về đầu tư công.")
    mandates, _, _ = facts(text, QT, "2023-07-01")
    assert mandates == [(k("Hội đồng nhân dân tỉnh Quảng Trị"), _ubnd())]


def test_member_bodies_of_a_board_act_for_it_with_a_time_adverb() -> None:
    text = ("UBND tỉnh ban hành kế hoạch phòng, chống dịch sốt xuất huyết.\n\n"
            "Các cơ quan thành viên Ban Chỉ đạo phòng, chống dịch tỉnh và UBND các huyện hàng ngày báo cáo "
            "tình hình về UBND tỉnh.")
    mandates, reports, _ = facts(text, QT, "2023-08-01")
    assert [b for _a, b in mandates] == [k("Các cơ quan thành viên Ban Chỉ đạo phòng, chống dịch tỉnh Quảng Trị"),
                                         k("Ủy ban nhân dân các huyện thuộc tỉnh Quảng Trị")]  # the members as a group
    assert len(reports) == 2 and all(f == "hàng ngày" for _r, _t, f in reports)


def test_clause_after_a_request_with_its_own_subject_directing_others() -> None:
    text = ("Sáng 12/4, Thường trực HĐND tỉnh tổ chức phiên họp thường kỳ.\n\n"
            "Kết luận phiên họp, Chủ tịch HĐND tỉnh Trần Văn Bình đề nghị các Ban HĐND tỉnh tiếp thu ý kiến "
            "đại biểu; UBND tỉnh chỉ đạo các cơ quan chủ trì soạn thảo hoàn thiện hồ sơ theo báo cáo thẩm tra "
            "của các Ban HĐND tỉnh.")
    mandates, _, _ = facts(text, QT, "2023-04-12")
    tt = k("Thường trực Hội đồng nhân dân tỉnh Quảng Trị")
    assert (tt, _ubnd()) in mandates
    assert (_ubnd(), k("Các Ban của Hội đồng nhân dân tỉnh Quảng Trị")) not in mandates


def test_report_to_an_honoured_head_after_cho() -> None:
    text = ("Ban Thường vụ Tỉnh ủy yêu cầu Văn phòng Tỉnh ủy theo dõi, đôn đốc việc thực hiện kết luận.\n\n"
            "Hằng tuần báo cáo đầy đủ công việc cho đồng chí Bí thư.")
    _, reports, _ = facts(text, QT, "2023-04-12")
    assert reports == [(k("Văn phòng Tỉnh ủy Quảng Trị"), k("Ban Thường vụ Tỉnh ủy Quảng Trị"), "Hằng tuần")]


def test_report_handed_in_for_a_body_to_compile() -> None:
    text = ("UBND tỉnh ban hành công văn về quyết toán vốn đầu tư.\n\n"
            "UBND các huyện khẩn trương nộp báo cáo theo yêu cầu để Sở Tài chính có căn cứ tổng hợp.")
    _, reports, _ = facts(text, QT, "2023-04-12")
    assert [(r, t) for r, t, _f in reports] == [(k("Ủy ban nhân dân các huyện thuộc tỉnh Quảng Trị"),
                                                 k("Sở Tài chính tỉnh Quảng Trị"))]


def test_each_sector_and_locality_continues_the_last_assignment() -> None:
    text = ("Chủ tịch UBND tỉnh chỉ đạo các sở, ban, ngành, UBND các huyện tăng cường tuyên truyền.\n\n"
            "Văn bản cũng nêu rõ, từng ngành, từng địa phương chủ động rà soát các nhiệm vụ của mình.\n\n"
            "Từng xã có ba tổ công tác.")
    mandates, _, _ = facts(text, QT, "2023-04-12")
    assert len(mandates) == 4 and all(a == _ubnd() for a, _b in mandates)


def test_points_of_a_directive_keep_its_report_line_near() -> None:
    text = ("Sở Nội vụ đề nghị UBND các huyện tiến hành tổng kết, đánh giá toàn diện công tác cải cách hành chính "
            "năm 2023 ở địa phương mình, bảo đảm thực chất, đúng hướng dẫn.\n"
            "Về nội dung tổng kết thực hiện theo hướng dẫn của Bộ Nội vụ tại công văn đã ban hành đầu năm.\n"
            "Về thời gian tổng kết: cấp xã hoàn thành trước ngày 10/12; cấp huyện hoàn thành trước ngày 14/12.\n"
            "Báo cáo tổng kết gửi về Sở Nội vụ trước ngày 20/12/2023.")
    _, reports, _ = facts(text, QT, "2023-11-01")
    assert [(r, t) for r, t, _f in reports] == [(k("Ủy ban nhân dân các huyện thuộc tỉnh Quảng Trị"),
                                                 k("Sở Nội vụ tỉnh Quảng Trị"))]


def test_having_measures_is_a_task() -> None:
    text = ("UBND tỉnh yêu cầu UBND các huyện tăng cường kiểm tra việc khai thác cát.\n\n"
            "Bên cạnh đó, có biện pháp xử lý dứt điểm các điểm tập kết trái phép.")
    mandates, _, _ = facts(text, QT, "2023-04-12")
    assert mandates == [(_ubnd(), k("Ủy ban nhân dân các huyện thuộc tỉnh Quảng Trị"))] * 2


def test_a_conveyed_conclusion_in_an_adjunct_does_not_take_the_sentence() -> None:
    text = ("Trong khi chờ Thông báo kết luận của Thủ tướng Chính phủ tại cuộc họp ngày 2/5, Chủ tịch UBND tỉnh "
            "yêu cầu Thủ trưởng các sở, ban, ngành tỉnh tiếp tục thực hiện các biện pháp phòng dịch.")
    mandates, _, _ = facts(text, QT, "2023-05-03")
    assert mandates == [(_ubnd(), k("Các sở, ban, ngành tỉnh Quảng Trị"))]


def test_a_finished_deliverable_sent_on_is_a_report() -> None:
    text = ("UBND tỉnh giao Sở Tài chính rà soát dự toán chi thường xuyên.\n\n"
            "Tổng hợp số liệu, gửi về Sở Kế hoạch và Đầu tư trước ngày 10/6.\n\n"
            "UBND tỉnh giao Sở Nội vụ hoàn thiện dự thảo để gửi Bộ Nội vụ.")
    _, reports, _ = facts(text, QT, "2023-05-03")
    assert [(r, t) for r, t, _f in reports] == [(k("Sở Tài chính tỉnh Quảng Trị"),
                                                 k("Sở Kế hoạch và Đầu tư tỉnh Quảng Trị"))]


NA = "Tỉnh Nghệ An"


def test_standalone_report_without_an_assigner() -> None:
    """A subject that reports on its own ("X tổng hợp, báo cáo Y"): one record X→Y, no mandate."""
    text = "Sở Công Thương tổng hợp, báo cáo UBND tỉnh kết quả rà soát trước ngày 15/7/2021."
    mandates, reports, _ = facts(text, NA, "2021-06-01")
    assert mandates == [] and reports == [(k(f"Sở Công Thương {NA}"), k(f"Ủy ban nhân dân {NA}"), None)]
    doc = document_from_text("t", text, {"jurisdiction": NA, "date": "2021-06-01"})
    rep = next(r for r in to_records(extract(doc)) if r["type"] == "reporting")
    assert "15/7" in str(rep["x"]["deadline"])


def test_standalone_report_with_frequency_and_intermediary() -> None:
    """"(qua Sở X)" is the channel, not a certain recipient; the frequency before the verb stays."""
    _, reports, _ = facts("UBND các huyện, thị xã định kỳ hằng quý báo cáo UBND tỉnh (qua Sở Tài chính) "
                          "tiến độ giải ngân vốn.", NA, "2021-06-01")
    assert [(r[1], r[2]) for r in reports] == [(k(f"Ủy ban nhân dân {NA}"), "định kỳ hằng quý")]


def test_standalone_future_report_to_government_and_its_head() -> None:
    """"báo cáo Chính phủ, Thủ tướng": the head speaks for the Government, one record."""
    _, reports, _ = facts("Bộ Tư pháp sẽ tổng hợp, báo cáo Chính phủ, Thủ tướng Chính phủ trước 15/10.",
                          "Trung ương", "2021-06-01")
    assert reports == [(k("Bộ Tư pháp"), k("Chính phủ"), None)]


def test_noun_report_and_missing_recipient_give_no_standalone_record() -> None:
    _, reports, _ = facts("Sở Nội vụ hoàn thiện dự thảo báo cáo UBND tỉnh về công tác cải cách hành chính.",
                          NA, "2021-06-01")
    assert reports == []
    _, reports, _ = facts("Sở Tài chính tổng hợp, báo cáo kết quả thực hiện.", NA, "2021-06-01")
    assert reports == []


def test_plural_provinces_asked_to_send_back_to_the_ministry() -> None:
    """"gửi về Bộ": the bare head names the asking ministry, a report from the provinces to it."""
    mandates, reports, _ = facts("Bộ Tài chính yêu cầu UBND các tỉnh rà soát số liệu, gửi về Bộ trước 15/10.",
                                 "Trung ương", "2021-06-01")
    assert mandates == [(k("Bộ Tài chính"), k("Ủy ban nhân dân các tỉnh"))]
    assert reports == [(k("Ủy ban nhân dân các tỉnh"), k("Bộ Tài chính"), None)]


def test_standalone_report_past_partners_only() -> None:
    """Partners after "phối hợp với" do not break the frame; another body before the verb does."""
    _, reports, _ = facts("Sở Nội vụ chủ trì, phối hợp với Sở Tài chính tổng hợp, báo cáo UBND tỉnh trước 30/8.",
                          NA, "2021-06-01")
    assert reports == [(k(f"Sở Nội vụ {NA}"), k(f"Ủy ban nhân dân {NA}"), None)]
    _, reports, _ = facts("Sở Nội vụ đã tiếp nhận văn bản của Sở Tài chính, báo cáo UBND tỉnh.", NA, "2021-06-01")
    assert reports == []


def test_given_name_inside_a_body_name_is_no_person_reference() -> None:
    # the premier's given name is "Chính": "Thủ tướng Chính phủ" later is still the Government speaking
    text = ("Thủ tướng Chính phủ Lê Văn Chính đã ký công điện về phòng chống lũ.\n"
            "Theo đó, Thủ tướng Chính phủ yêu cầu Bộ trưởng các Bộ: Xây dựng, Công an; Chủ tịch Ủy ban nhân dân "
            "các tỉnh Nghệ An, Hà Tĩnh đình hoãn các cuộc họp không cấp bách.")
    mandates, _, _ = facts(text, "Trung ương", "2024-10-01")
    assert mandates == [(k("Chính phủ"), k(b)) for b in ("Bộ Xây dựng", "Bộ Công an", "Ủy ban nhân dân tỉnh Nghệ An",
                                                         "Ủy ban nhân dân tỉnh Hà Tĩnh")]


def test_collective_pointed_back_at_means_the_members_just_named() -> None:
    text = ("Thủ tướng Chính phủ yêu cầu Chủ tịch Ủy ban nhân dân các tỉnh Nghệ An, Hà Tĩnh tập trung ứng phó bão.\n"
            "Chủ tịch Ủy ban nhân dân các tỉnh nêu trên chỉ đạo sơ tán người dân khỏi vùng nguy hiểm.")
    mandates, _, _ = facts(text, "Trung ương", "2024-10-01")
    pairs = [(k("Chính phủ"), k("Ủy ban nhân dân tỉnh Nghệ An")), (k("Chính phủ"), k("Ủy ban nhân dân tỉnh Hà Tĩnh"))]
    assert mandates == pairs + pairs  # the second sentence: those two, not every province's committee


def test_standing_deputy_secretary_speaks_for_the_standing_members() -> None:
    text = ("Tại cuộc họp, đồng chí Trần Văn Bình, Phó Bí thư Thường trực Huyện ủy yêu cầu Ban Tổ chức Huyện ủy "
            "rà soát công tác cán bộ.")
    mandates, _, _ = facts(text, "Huyện Tuy Phong, tỉnh Bình Thuận", "2020-05-01")
    assert mandates == [(k("Thường trực Huyện ủy Tuy Phong"), k("Ban Tổ chức Huyện ủy Tuy Phong"))]


def test_subject_picked_out_by_a_relative_clause_before_its_task() -> None:
    text = ("Về việc này, Thủ tướng Chính phủ có ý kiến như sau:\n"
            "1. Các Bộ, cơ quan ngang Bộ đến nay chưa gửi số liệu theo văn bản số 12/BKHĐT-TH của Bộ Kế hoạch và "
            "Đầu tư, khẩn trương gửi báo cáo về Bộ Kế hoạch và Đầu tư trước ngày 15/12.")
    mandates, reports, _ = facts(text, "Trung ương", "2019-11-02", "Công văn 1234/VPCP-KTTH về báo cáo đầu tư")
    assert mandates == [(k("Chính phủ"), k("Các bộ, cơ quan ngang bộ"))]
    assert [(r[0], r[1]) for r in reports] == [(k("Các bộ, cơ quan ngang bộ"), k("Bộ Kế hoạch và Đầu tư"))]


def test_relative_clause_needs_a_task_adverb_after_it() -> None:
    # a plain statement about the ministries, no task after the comma
    text = ("Về việc này, Thủ tướng Chính phủ có ý kiến như sau:\n"
            "Các Bộ, cơ quan ngang Bộ đến nay chưa gửi số liệu, gây chậm trễ cho việc tổng hợp.")
    mandates, _, _ = facts(text, "Trung ương", "2019-11-02", "Công văn 1234/VPCP-KTTH về báo cáo đầu tư")
    assert mandates == []


def test_unspecified_agencies_addressed_again_mean_the_bodies_just_addressed() -> None:
    text = ("UBND tỉnh ban hành Công văn chỉ đạo các sở, ban, ngành thuộc UBND tỉnh và UBND các huyện, thành phố "
            "tổ chức tổng kết công tác năm.\n"
            "Theo đó, UBND tỉnh yêu cầu các đơn vị, địa phương báo cáo kết quả về Sở Nội vụ trước ngày 30/11.")
    mandates, reports, _ = facts(text, "Tỉnh Bắc Kạn", "2021-03-02")
    ubnd = k("Ủy ban nhân dân tỉnh Bắc Kạn")
    groups = [k("Các sở, ban, ngành tỉnh Bắc Kạn"),  # "thuộc UBND tỉnh": the province's departments (dev b07)
              k("Ủy ban nhân dân các huyện, thành phố thuộc tỉnh Bắc Kạn")]
    assert mandates == [(ubnd, g) for g in groups] * 2
    assert [(r[0], r[1]) for r in reports] == [(g, k("Sở Nội vụ tỉnh Bắc Kạn")) for g in groups]


def test_time_before_the_addressees_of_a_request() -> None:
    text = ("Kết luận cuộc họp, ông Trần Văn An, Chủ tịch HĐND phường đề nghị tháng 12/2019 Thường trực HĐND, "
            "các Ban HĐND phường tập trung chuẩn bị kỳ họp cuối năm.")
    mandates, _, _ = facts(text, "Phường Phúc Lợi, quận Long Biên, Thành phố Hà Nội", "2019-12-07")
    hdnd = k("Hội đồng nhân dân phường Phúc Lợi")
    assert mandates == [(hdnd, k("Thường trực Hội đồng nhân dân phường Phúc Lợi")),
                        (hdnd, k("Các Ban của Hội đồng nhân dân phường Phúc Lợi"))]


def test_chair_of_a_numbered_session_of_the_standing_members_speaks_for_them() -> None:
    text = ("Ngày 14/4, đồng chí Lò Văn Hải, Chủ tịch HĐND tỉnh chủ trì Phiên họp thứ 26, Thường trực HĐND tỉnh.\n"
            "Tại phiên họp, các Ban HĐND tỉnh báo cáo tiến độ thẩm tra các tờ trình. Đồng thời, Ban Pháp chế HĐND "
            "tỉnh báo cáo kết quả khảo sát việc thực hiện nghị quyết.\n"
            "Phát biểu tại phiên họp, đồng chí Lò Văn Hải đề nghị UBND tỉnh chỉ đạo hoàn thiện các dự thảo.")
    mandates, _, _ = facts(text, "Tỉnh Sơn La", "2023-04-14")
    # what the committees presented at the session is no duty; the chair's request is the standing members'
    assert mandates == [(k("Thường trực Hội đồng nhân dân tỉnh Sơn La"), k("Ủy ban nhân dân tỉnh Sơn La"))]


def test_heading_naming_whose_directions_follow() -> None:
    text = ("Người dân phản ánh về việc khai thác cát trái phép trên sông.\n"
            "Ý kiến chỉ đạo của Bí thư Tỉnh ủy: Sự việc kéo dài nhiều tháng, vì vậy đề nghị UBND tỉnh kiểm tra, "
            "xử lý dứt điểm, báo cáo kết quả về Thường trực Tỉnh ủy.")
    mandates, reports, _ = facts(text, "Tỉnh Bình Phước", "2020-05-01")
    ubnd = k("Ủy ban nhân dân tỉnh Bình Phước")
    assert mandates == [(k("Tỉnh ủy Bình Phước"), ubnd)]
    assert [(r[0], r[1]) for r in reports] == [(ubnd, k("Thường trực Tỉnh ủy Bình Phước"))]


def test_report_built_and_sent_on_in_a_later_clause() -> None:
    text = ("Thủ tướng Chính phủ yêu cầu các bộ, cơ quan ngang bộ xây dựng kế hoạch thực hiện Chương trình; "
            "định kỳ hằng quý, 6 tháng, năm xây dựng báo cáo tình hình, kết quả gửi đến Bộ Tư pháp để tổng hợp, "
            "báo cáo Thủ tướng Chính phủ.")
    _, reports, _ = facts(text, "Trung ương", "2021-11-18")
    # the ministries send their report to the Ministry of Justice; its own report on is only the purpose
    assert [(r[0], r[1]) for r in reports] == [(k("Các bộ, cơ quan ngang bộ"), k("Bộ Tư pháp"))]


def test_deputies_request_as_their_council_not_as_the_standing_members() -> None:
    text = ("Chiều 14/11, Thường trực HĐND huyện tổ chức hội nghị giám sát việc giải quyết kiến nghị cử tri.\n"
            "Tại hội nghị, có 12 lượt ý kiến của các vị đại biểu HĐND huyện đề nghị UBND huyện làm rõ tiến độ "
            "giải quyết kiến nghị.\n"
            "Tại phiên giải trình, nhiều đại biểu HĐND đã yêu cầu Chủ tịch UBND huyện giải trình về việc chậm cấp "
            "giấy chứng nhận.")
    mandates, _, _ = facts(text, "Huyện Sóc Sơn, Thành phố Hà Nội", "2022-11-14")
    pair = (k("Hội đồng nhân dân huyện Sóc Sơn"), k("Ủy ban nhân dân huyện Sóc Sơn"))
    assert mandates == [pair, pair]


def test_a_task_opened_by_tien_hanh_continues_the_assignment() -> None:
    text = ("UBND tỉnh giao UBND các huyện quản lý vùng trồng lúa chất lượng cao.\n"
            "Định kỳ hàng năm tiến hành rà soát, đánh giá kết quả thực hiện.")
    mandates, _, _ = facts(text, "Tỉnh Quảng Trị", "2025-05-12")
    pair = (k("Ủy ban nhân dân tỉnh Quảng Trị"), k("Ủy ban nhân dân các huyện thuộc tỉnh Quảng Trị"))
    assert mandates == [pair, pair]


def test_chain_with_manner_adverbs_between_its_verbs() -> None:
    text = ("Thủ tướng Chính phủ yêu cầu:\n"
            "1. Bộ Tài chính chỉ đạo quyết liệt, khẩn trương hướng dẫn Kho bạc Nhà nước tập trung thực hiện ngay "
            "việc mở tài khoản cho các xã.")
    mandates, _, _ = facts(text, "Trung ương", "2025-07-10")
    assert mandates == [(k("Chính phủ"), k("Bộ Tài chính")), (k("Bộ Tài chính"), k("Kho bạc Nhà nước"))]


def test_untitled_standing_deputy_secretary_speaks_for_the_standing_members() -> None:
    text = "Kết luận cuộc họp, đồng chí Phó Bí thư Thường trực Tỉnh ủy yêu cầu Văn phòng Tỉnh ủy chuẩn bị hội trường."
    mandates, _, _ = facts(text, "Tỉnh Thái Nguyên", "2020-01-10")
    assert mandates == [(k("Thường trực Tỉnh ủy Thái Nguyên"), k("Văn phòng Tỉnh ủy Thái Nguyên"))]


def test_standing_deputy_at_a_standing_members_meeting_takes_the_floor_with_a_colon() -> None:
    text = ("Sáng 23/2, đồng chí Lê Văn Tâm, Phó Bí thư Thường trực Tỉnh ủy chủ trì hội nghị giao ban tuần.\n"
            "Qua nghe báo cáo kết quả thực hiện các chỉ đạo của Ban Thường vụ Tỉnh ủy, Thường trực Tỉnh ủy, "
            "đồng chí Lê Văn Tâm chỉ đạo một số nội dung trọng tâm sau: (1) Ban Tổ chức Tỉnh ủy khẩn trương "
            "tham mưu xây dựng dự thảo báo cáo tổng kết, để trình Hội nghị Ban Chấp hành Đảng bộ tỉnh thông qua, "
            "trước khi báo cáo Trung ương.")
    mandates, reports, _ = facts(text, "Tỉnh Khánh Hòa", "2024-02-23", "Thường trực Tỉnh ủy giao ban tuần")
    assert mandates == [(k("Thường trực Tỉnh ủy Khánh Hòa"), k("Ban Tổ chức Tỉnh ủy Khánh Hòa"))]
    assert reports == []  # the report to the Centre is the committee's, after its plenum


def test_recipient_named_in_the_next_sentence_replaces_the_asker() -> None:
    text = ("Giao các sở, ngành tỉnh báo cáo tình hình giải ngân vốn đầu tư công năm 2019. "
            "Yêu cầu gửi báo cáo về Sở Kế hoạch và Đầu tư trước ngày 23/5/2019.")
    _, reports, recs = facts(text, "Tỉnh Lai Châu", "2019-05-20", "UBND tỉnh: Công văn số 1234/UBND-TH")
    sn = k("Các sở, ngành tỉnh Lai Châu")
    assert [(r[0], r[1]) for r in reports] == [(sn, k("Sở Kế hoạch và Đầu tư tỉnh Lai Châu"))]
    first = next(r for r in recs if r["type"] == "mandate")
    assert first["report_to"] == []  # the asker is no longer the implied recipient of the first sentence


def test_implied_recipient_kept_without_a_later_one() -> None:
    text = "Giao các sở, ngành tỉnh báo cáo tình hình giải ngân vốn đầu tư công năm 2019."
    _, reports, _ = facts(text, "Tỉnh Lai Châu", "2019-05-20", "UBND tỉnh: Công văn số 1234/UBND-TH")
    assert [(r[0], r[1]) for r in reports] == [(k("Các sở, ngành tỉnh Lai Châu"), k("Ủy ban nhân dân tỉnh Lai Châu"))]


def test_speaker_statement_before_a_colon_in_the_same_sentence() -> None:
    text = "Ban Thường vụ Tỉnh ủy kết luận như sau: Các huyện ủy, thị ủy, thành ủy tập trung chuẩn bị đại hội."
    mandates, _, _ = facts(text, "Tỉnh Nghệ An", "2023-03-01")
    committees = k("Các huyện ủy, thị ủy, thành ủy trực thuộc Tỉnh ủy Nghệ An")
    assert mandates == [(k("Ban Thường vụ Tỉnh ủy Nghệ An"), committees)]


def test_results_sent_to_a_body_are_a_report() -> None:
    sn, kh = k("Sở Tài chính tỉnh Nghệ An"), k("Sở Kế hoạch và Đầu tư tỉnh Nghệ An")
    for text in ("UBND tỉnh giao Sở Tài chính thẩm định dự toán, gửi kết quả thẩm định về Sở Kế hoạch và Đầu tư "
                 "trước ngày 10/4.",
                 "UBND tỉnh giao Sở Tài chính thẩm định dự toán; kết quả gửi về Sở Kế hoạch và Đầu tư trước 10/4."):
        _, reports, _ = facts(text, "Tỉnh Nghệ An", "2023-03-01")
        assert [(r[0], r[1]) for r in reports] == [(sn, kh)]
    # results sent so that another body can report are that body's business
    _, reports, _ = facts("UBND tỉnh giao Sở Tài chính thẩm định dự toán để gửi kết quả về Sở Kế hoạch và Đầu tư.",
                          "Tỉnh Nghệ An", "2023-03-01")
    assert reports == []


def test_duty_given_in_the_passive_and_under_a_responsibility_heading() -> None:
    title = "UBND tỉnh: Công văn số 12/UBND-TH"
    ubnd = k("Ủy ban nhân dân tỉnh Nghệ An")
    na = ("Tỉnh Nghệ An", "2023-03-01", title)
    mandates, _, _ = facts("Sở Nội vụ được giao chủ trì tổ chức hội nghị tổng kết.", *na)
    assert mandates == [(ubnd, k("Sở Nội vụ tỉnh Nghệ An"))]
    mandates, reports, _ = facts("Trách nhiệm của Sở Công Thương: chủ trì kiểm tra thị trường, báo cáo UBND tỉnh hằng "
                                 "tháng.", "Tỉnh Nghệ An", "2023-03-01", title)
    assert mandates == [(ubnd, k("Sở Công Thương tỉnh Nghệ An"))]
    assert reports == [(k("Sở Công Thương tỉnh Nghệ An"), ubnd, "hằng tháng")]
    # a body that was given something by another is no duty of the speaker's
    mandates, _, _ = facts("Sở Nội vụ được Bộ Nội vụ giao chủ trì tổ chức hội nghị.", *na)
    assert mandates == []


def test_a_heading_in_capitals_continues_no_assignment() -> None:
    text = ("UBND tỉnh yêu cầu các sở, ban, ngành và UBND các huyện khẩn trương lập kế hoạch đầu tư công.\n"
            "I. ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN KẾ HOẠCH ĐẦU TƯ CÔNG TRUNG HẠN GIAI ĐOẠN 2016-2020\n"
            "Tiếp tục rà soát các dự án chậm tiến độ.")
    mandates, _, recs = facts(text, "Tỉnh Thanh Hóa", "2019-10-10")
    sentences = {r["sentence"][:7] for r in recs if r["type"] == "mandate"}
    assert len(mandates) == 4 and sentences == {"UBND tỉ", "Tiếp tụ"}  # the heading skipped, the item continues


def test_listed_subject_ending_with_unnamed_lowercase_members_before_an_urged_task() -> None:
    title = "UBND tỉnh: Chỉ thị số 15/CT-UBND"
    text = ("Căn cứ kế hoạch phát triển kinh tế - xã hội của tỉnh, các sở, ban, ngành cấp tỉnh, UBND các huyện, "
            "thị xã, thành phố, các chủ đầu tư, khẩn trương đánh giá tình hình thực hiện kế hoạch.")
    mandates, _, _ = facts(text, "Tỉnh Thanh Hóa", "2019-10-10", title)
    ubnd = k("Ủy ban nhân dân tỉnh Thanh Hóa")
    # "các chủ đầu tư" is a group of its own (collective_nouns.csv: territory), so it is addressed too
    assert mandates == [(ubnd, k("Các sở, ban, ngành tỉnh Thanh Hóa")),
                        (ubnd, k("Ủy ban nhân dân các huyện, thị xã, thành phố thuộc tỉnh Thanh Hóa")),
                        (ubnd, k("Các chủ đầu tư trên địa bàn tỉnh Thanh Hóa"))]
    # a verb among the items means the list has ended: no duty is read past it
    text = "Các sở, ban, ngành cấp tỉnh, UBND các huyện, thị xã, thành phố đã hoàn thành, khẩn trương báo cáo."
    assert facts(text, "Tỉnh Thanh Hóa", "2019-10-10", title)[0] == []


# ----- session 5: frames that fire on unseen text (issue 11) -----------------------------------------------
HD = ("Tỉnh Hải Dương", "2021-05-01")
HD_UBND = k("Ủy ban nhân dân tỉnh Hải Dương")


def test_a_time_adjunct_between_the_request_and_its_addressees() -> None:
    # "yêu cầu: từ ngày … đến …, các đơn vị …": the plural names the bodies the text was sent to
    # (the number and date of the text may stand between its issuing verb and "gửi")
    text = ("UBND tỉnh ban hành Công văn số 85/UBND-VP ngày 16/4/2021 gửi các sở, ngành và UBND các huyện về việc "
            "trực trong dịp nghỉ lễ. "
            "Chủ tịch UBND tỉnh yêu cầu: từ ngày 30/4 đến hết ngày 3/5, các đơn vị bố trí lịch trực hợp lý, "
            "kịp thời báo cáo UBND tỉnh những vấn đề phát sinh.")
    mandates, reports, _ = facts(text, *HD)
    groups = [k("Các sở, ngành tỉnh Hải Dương"), k("Ủy ban nhân dân các huyện thuộc tỉnh Hải Dương")]
    assert mandates == [(HD_UBND, b) for b in groups]
    assert [(a, b) for a, b, _f in reports] == [(b, HD_UBND) for b in groups]
    # "yêu cầu sau khi kết thúc đại hội các đơn vị …" (no comma): the addressees follow the time clause
    text = ("Ban Thường vụ Huyện ủy đề nghị các đảng bộ trực thuộc Huyện ủy chuẩn bị tốt đại hội. Ban Thường vụ "
            "Huyện ủy yêu cầu sau khi kết thúc đại hội các đơn vị hoàn chỉnh báo cáo gửi về Ban Tổ chức Huyện ủy.")
    mandates, reports, _ = facts(text, "Huyện Càng Long, tỉnh Trà Vinh", "2022-05-27")
    btv, dbo = k("Ban Thường vụ Huyện ủy Càng Long"), k("Các đảng bộ trực thuộc Huyện ủy Càng Long")
    assert mandates == [(btv, dbo), (btv, dbo)]
    assert [(a, b) for a, b, _f in reports] == [(dbo, k("Ban Tổ chức Huyện ủy Càng Long"))]


def test_a_deadline_or_frequency_opening_a_continued_duty() -> None:
    first = "UBND tỉnh yêu cầu các sở, ngành rà soát thủ tục hành chính. "
    sn = k("Các sở, ngành tỉnh Hải Dương")
    for second in ("Trước ngày 20/12, các đơn vị gửi báo cáo kết quả về Sở Nội vụ.",
                   "Chậm nhất ngày 20-12, các đơn vị phải gửi báo cáo kết quả về Sở Nội vụ.",
                   "Hằng tháng, các đơn vị báo cáo kết quả về Sở Nội vụ.",
                   "Trước ngày 20/12, gửi báo cáo kết quả về Sở Nội vụ."):
        mandates, reports, _ = facts(first + second, *HD)
        assert mandates == [(HD_UBND, sn), (HD_UBND, sn)], second
        assert [(a, b) for a, b, _f in reports] == [(sn, k("Sở Nội vụ tỉnh Hải Dương"))], second
    # a time adjunct before a statement of fact continues nothing, nor does the date of a narrated event
    mandates, _, _ = facts(first + "Trong tháng 11, các đơn vị đã giải quyết 300 hồ sơ.", *HD)
    assert mandates == [(HD_UBND, sn)]
    assert facts(first + "Ngày 20/3, các đơn vị tổ chức ra quân.", *HD)[0] == [(HD_UBND, sn)]


def test_a_speaker_directing_after_a_colon_assigns_each_item() -> None:
    text = "Chủ tịch UBND tỉnh chỉ đạo: Sở Tài chính bố trí kinh phí; Sở Xây dựng kiểm tra chất lượng công trình."
    mandates, _, _ = facts(text, *HD)
    assert mandates == [(HD_UBND, k("Sở Tài chính tỉnh Hải Dương")), (HD_UBND, k("Sở Xây dựng tỉnh Hải Dương"))]
    # "chỉ đạo việc …" with no addressee is no duty and names no speaker
    assert facts("Chủ tịch UBND tỉnh chỉ đạo việc triển khai công điện. Sở Y tế báo cáo tình hình dịch.", *HD)[0] == []


def test_a_role_apposition_or_help_frame_before_the_task() -> None:
    title = "UBND tỉnh: Kế hoạch số 12/KH-UBND"
    so = k("Sở Kế hoạch và Đầu tư tỉnh Hải Dương")
    text = ("Sở Kế hoạch và Đầu tư là cơ quan thường trực, có trách nhiệm theo dõi, đôn đốc việc thực hiện, "
            "định kỳ báo cáo UBND tỉnh.")
    mandates, reports, _ = facts(text, *HD, title)
    assert mandates == [(HD_UBND, so)] and reports == [(so, HD_UBND, "định kỳ")]
    # "X giúp A theo dõi …": a duty of X from the speaker
    text = "Sở Kế hoạch và Đầu tư là cơ quan đầu mối giúp UBND tỉnh theo dõi, đôn đốc việc thực hiện kế hoạch."
    assert facts(text, *HD, title)[0] == [(HD_UBND, so)]
    text = "Tổ công tác giúp UBND tỉnh theo dõi, đôn đốc, kiểm tra việc tháo gỡ khó khăn cho doanh nghiệp."
    mandates, _, _ = facts("UBND tỉnh thành lập Tổ công tác tháo gỡ khó khăn cho doanh nghiệp. " + text, *HD, title)
    assert [a for a, _b in mandates] == [HD_UBND] and len(mandates) == 1
    # a definition without a task is none
    assert facts("Sở Nội vụ là cơ quan chuyên môn thuộc UBND tỉnh.", *HD, title)[0] == []


def test_an_appraisal_then_a_request_in_one_sentence() -> None:
    yt = k("Sở Y tế tỉnh Hải Dương")
    for text in ("Chủ tịch UBND tỉnh đánh giá cao kết quả của các sở, ngành, đồng thời yêu cầu Sở Y tế tiếp tục "
                 "kiểm soát dịch bệnh.",
                 "Phát biểu kết luận, Chủ tịch UBND tỉnh ghi nhận những kết quả đã đạt được; đề nghị Sở Y tế tiếp "
                 "tục kiểm soát dịch bệnh.",
                 "Chủ tịch UBND tỉnh biểu dương các đơn vị và yêu cầu Sở Y tế tiếp tục kiểm soát dịch bệnh.",
                 "Chủ tịch UBND tỉnh nhấn mạnh tầm quan trọng của công tác phòng dịch, đồng thời yêu cầu Sở Y tế "
                 "tiếp tục kiểm soát dịch bệnh."):
        assert facts(text, *HD)[0] == [(HD_UBND, yt)], text
    # another subject asking in between is not the appraiser's request
    text = "Chủ tịch UBND tỉnh đánh giá cao Sở Nội vụ, Sở Nội vụ đề nghị Sở Y tế phối hợp rà soát."
    assert (HD_UBND, yt) not in facts(text, *HD)[0]


def test_the_standing_body_holding_its_meeting_assigns_through_its_chair() -> None:
    text = ("Sáng 5/3, Thường trực HĐND huyện tổ chức phiên họp thường kỳ tháng 3. Tại phiên họp, các đại biểu thảo "
            "luận việc chuẩn bị kỳ họp thứ 9, HĐND huyện khóa XX. Phó Chủ tịch UBND huyện phát biểu chỉ đạo các phòng "
            "chuyên môn chuẩn bị tài liệu. Kết luận phiên họp, đồng chí Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND "
            "huyện đề nghị UBND huyện hoàn thiện các tờ trình. Thường trực HĐND huyện tổ chức họp giao ban với các Ban "
            "HĐND huyện.")
    mandates, _, _ = facts(text, "Huyện Lục Ngạn, tỉnh Bắc Giang", "2018-06-28")
    # the council's session named there does not take the floor, another body's head speaking does not take the
    # meeting over, the chair's other title does not speak, and holding a meeting is no duty of the standing body
    # (the vice-chairman's own "chỉ đạo các phòng chuyên môn" may be read by the learned back-off: not asserted)
    standing, ubnd = k("Thường trực Hội đồng nhân dân huyện Lục Ngạn"), k("Ủy ban nhân dân huyện Lục Ngạn")
    assert [m for m in mandates if m[0] != ubnd] == [(standing, ubnd)]


def test_a_reporting_regime_to_a_named_body_and_a_first_addressee_the_grammar_cannot_name() -> None:
    yt = k("Sở Y tế tỉnh Hải Dương")
    _, reports, _ = facts("UBND tỉnh yêu cầu Sở Y tế thực hiện chế độ báo cáo định kỳ hằng tuần về UBND tỉnh.", *HD)
    assert reports == [(yt, HD_UBND, "định kỳ hằng tuần")]
    # the regime alone names no recipient: no record
    assert facts("UBND tỉnh yêu cầu Sở Y tế thực hiện nghiêm chế độ thông tin, báo cáo.", *HD)[1] == []
    mandates, _, _ = facts("UBND tỉnh yêu cầu Công ty Điện lực Hải Dương, Sở Công Thương bảo đảm cung cấp điện.", *HD)
    assert (HD_UBND, k("Sở Công Thương tỉnh Hải Dương")) in mandates


def test_a_working_session_names_its_host_and_what_was_presented_there_is_no_duty() -> None:
    xa = ("Xã An Quang, thành phố Hải Phòng", "2025-08-26")
    text = ("Thường trực Đảng ủy xã đã có buổi làm việc với Ủy ban MTTQ Việt Nam xã về công tác chuẩn bị đại hội.\n\n"
            "Tại buổi làm việc, Ủy ban MTTQ Việt Nam xã đã báo cáo tiến độ chuẩn bị. Hội Nông dân xã cũng báo cáo "
            "tình hình chuẩn bị đại hội cấp mình.\n\n"
            "Đồng chí Bí thư Đảng ủy nhấn mạnh: Ủy ban MTTQ Việt Nam xã cần bám sát kế hoạch, báo cáo Thường trực "
            "Đảng ủy trước ngày 30/8.")
    mandates, reports, _ = facts(text, *xa)
    tt, mt = k("Thường trực Đảng ủy xã An Quang"), k("Ủy ban Mặt trận Tổ quốc Việt Nam xã An Quang")
    assert mandates == [(tt, mt)]
    assert [(a, b) for a, b, _f in reports] == [(mt, tt)]
    # "A làm việc với B, yêu cầu C …": the host's request in the same sentence
    text = "Huyện ủy đã có buổi làm việc với lãnh đạo xã Tân Phong, yêu cầu UBND xã Tân Phong kiểm tra, xử lý vi phạm."
    mandates, _, _ = facts(text, "Huyện Tam Đường, tỉnh Lai Châu", "2019-07-16")
    assert mandates == [(k("Huyện ủy Tam Đường"), k("Ủy ban nhân dân xã Tân Phong"))]
    # the standing part of a council hosting a working session: its chair asks in its name
    text = ("Thường trực HĐND huyện làm việc với UBND huyện về thu ngân sách. Phát biểu kết luận, đồng chí Chủ tịch "
            "HĐND huyện đề nghị UBND huyện rà soát nguồn thu.")
    mandates, _, _ = facts(text, "Huyện Thới Bình, tỉnh Cà Mau", "2021-03-05")
    assert mandates == [(k("Thường trực Hội đồng nhân dân huyện Thới Bình"), k("Ủy ban nhân dân huyện Thới Bình"))]


def test_a_colon_inside_a_quoted_title_does_not_start_the_statement() -> None:
    text = ("Sau khi Thường trực Thành ủy nghe Thường trực Quận ủy Lê Chân báo cáo về bài viết “Hải Phòng: cán bộ bỏ "
            "nhiệm sở”, Thường trực Thành ủy có ý kiến chỉ đạo như sau: Giao Thường trực Quận ủy Lê Chân kiểm tra, "
            "làm rõ sự việc.")
    mandates, _, _ = facts(text, "Thành phố Hải Phòng", "2017-07-16")
    assert mandates == [(k("Thường trực Thành ủy Hải Phòng"), k("Thường trực Quận ủy Lê Chân"))]


def test_a_report_in_writing_is_a_report() -> None:
    # "có văn bản báo cáo X": "bản" before "báo cáo" makes a noun ("bản báo cáo"), "văn bản" does not
    _, reports, _ = facts("UBND tỉnh yêu cầu Sở Y tế kiểm tra, có văn bản báo cáo UBND tỉnh trước ngày 30/9.", *HD)
    assert reports == [(k("Sở Y tế tỉnh Hải Dương"), HD_UBND, None)]


def test_unspecified_bodies_asked_to_act_as_subjects_but_not_named_as_addressees() -> None:
    # the official dev gold gives "Các cơ quan, đơn vị liên quan …" a duty where they open the sentence; addressed
    # after "yêu cầu" beside named bodies they name nobody
    title = "UBND tỉnh: Công văn số 12/UBND-TH"
    text = ("Các cơ quan, đơn vị liên quan khẩn trương triển khai thực hiện, nếu có vướng mắc kịp thời báo cáo "
            "UBND tỉnh.")
    mandates, reports, _ = facts(text, *HD, title)
    assert [a for a, _b in mandates] == [HD_UBND] and len(mandates) == 1 and len(reports) == 1
    text = "UBND tỉnh yêu cầu Sở Y tế và các cơ quan, đơn vị liên quan khẩn trương triển khai thực hiện."
    assert facts(text, *HD, title)[0] == [(HD_UBND, k("Sở Y tế tỉnh Hải Dương"))]


def test_joint_speakers_each_ask_a_subject_duty() -> None:
    text = ("Bộ Chính trị, Ban Bí thư yêu cầu các cấp ủy, tổ chức đảng quán triệt kết luận. Các tỉnh ủy, thành ủy, "
            "đảng ủy trực thuộc Trung ương tập trung lãnh đạo thực hiện.")
    mandates, _, _ = facts(text, "Trung ương", "2023-05-01")
    committees = [b for a, b in mandates if a == k("Ban Bí thư")]
    assert len(committees) == 2 and committees[1] in [b for a, b in mandates if a == k("Bộ Chính trị")]


def test_bodies_in_the_object_of_a_subjectless_task_are_not_its_subjects() -> None:
    text = ("UBND tỉnh yêu cầu Sở Nội vụ hướng dẫn các địa phương. Tổ chức rà soát quy chế làm việc của Sở Y tế, Sở "
            "Tài chính và Sở Xây dựng, phân công trách nhiệm cụ thể tới từng cán bộ.")
    mandates, _, _ = facts(text, *HD)
    assert mandates == [(HD_UBND, k("Sở Nội vụ tỉnh Hải Dương"))] * 2  # the second sentence continues the first


def test_holding_a_meeting_reported_is_no_duty_but_a_meeting_ordered_is() -> None:
    text = ("UBND tỉnh ban hành kế hoạch tuyên truyền. UBND các xã tổ chức họp dân để phổ biến kế hoạch. Sở Kế hoạch "
            "và Đầu tư làm việc với các nhà đầu tư để tháo gỡ vướng mắc.")
    mandates, _, _ = facts(text, *HD, "UBND tỉnh: Kế hoạch số 5/KH-UBND")
    assert mandates == [(HD_UBND, k("Ủy ban nhân dân các xã thuộc tỉnh Hải Dương")),
                        (HD_UBND, k("Sở Kế hoạch và Đầu tư tỉnh Hải Dương"))]
    text = ("UBND tỉnh ban hành kế hoạch tuyên truyền. Sáng 10/7, Sở Kế hoạch và Đầu tư làm việc với các nhà đầu tư. "
            "Sở Tài chính tổ chức phiên họp thường kỳ.")
    assert facts(text, *HD, "UBND tỉnh: Kế hoạch số 5/KH-UBND")[0] == []


def test_items_after_a_directed_chain_are_the_directed_bodies_tasks() -> None:
    """"A: yêu cầu B chỉ đạo C làm những việc sau:" and the items below are C's tasks under B; a
    plain sentence after such a chain still continues A's request to B."""
    text = ("Tại cuộc họp, đồng chí Bí thư Tỉnh ủy chỉ đạo:\n"
            "Yêu cầu Ủy ban nhân dân tỉnh chỉ đạo các sở, ngành tập trung làm tốt những việc sau:\n"
            "- Rà soát các công trình thủy lợi trước mùa mưa.\n"
            "- Kiểm tra phương án sơ tán dân ở vùng trũng.")
    mandates, _, _ = facts(text, "Tỉnh Bình Định", "2021-09-10")
    party, ubnd, depts = (k("Tỉnh ủy Bình Định"), k("Ủy ban nhân dân tỉnh Bình Định"),
                          k("Các sở, ngành tỉnh Bình Định"))
    assert mandates == [(party, ubnd), (ubnd, depts), (ubnd, depts), (ubnd, depts)]


def test_a_note_in_brackets_after_a_recipient_does_not_end_the_recipients() -> None:
    _, reports, _ = facts("UBND tỉnh yêu cầu UBND các huyện thống kê thiệt hại, báo cáo về Sở Tài chính (Phòng Ngân "
                          "sách), UBND tỉnh trước ngày 10/1.", "Tỉnh Lai Châu", "2016-01-26")
    districts = k("Ủy ban nhân dân các huyện thuộc tỉnh Lai Châu")
    assert [(r[0], r[1]) for r in reports] == [(districts, k("Sở Tài chính tỉnh Lai Châu")),
                                               (districts, k("Ủy ban nhân dân tỉnh Lai Châu"))]


def test_a_note_in_brackets_after_the_assignee_is_not_its_task() -> None:
    """"giao Sở Y tế (cơ quan thường trực Ban Chỉ đạo) theo dõi …": the task starts after the note (session 9)."""
    _, _, recs = facts("UBND thành phố giao Sở Y tế (cơ quan thường trực Ban Chỉ đạo thành phố) theo dõi tình hình "
                       "dịch bệnh.")
    m = next(r for r in recs if r["type"] == "mandate")
    assert (m["action"], m["task"]) == ("theo dõi", "theo dõi tình hình dịch bệnh")


def test_a_dated_issuing_sentence_narrates_and_names_the_next_speaker() -> None:
    """"Ngày 25/02/2021, Chủ tịch UBND thành phố ban hành Công văn số …": no duty to the issuer (the headline's
    Thủ tướng gives none); the issuer speaks in the lines after it, but an office conveying a leader does not
    (session 9)."""
    text = ("Ngày 25/02/2021, Chủ tịch UBND thành phố ban hành Công văn số 919/UBND-KTTH về việc triển khai thực hiện "
            "Chỉ thị số 06/CT-TTg của Thủ tướng Chính phủ. Theo đó, các sở, ngành tổ chức quán triệt nội dung chỉ thị.")
    mandates, _, _ = facts(text, title="Triển khai Chỉ thị số 06/CT-TTg của Thủ tướng Chính phủ")
    assert mandates == [(k("Ủy ban nhân dân thành phố Đà Nẵng"), k(f"Các sở, ngành {DN}"))]
    text = ("Ngày 28-9, Văn phòng Trung ương Đảng ban hành Công văn số 17940-CV/VPTW về việc ứng phó với bão. "
            "Thường trực Ban Bí thư chỉ đạo các cấp ủy, tổ chức đảng chủ động ứng phó với bão.")
    mandates, _, _ = facts(text, jurisdiction="Trung ương", title="Thường trực Ban Bí thư chỉ đạo ứng phó bão")
    assert not [m for m in mandates if m[1] == k("Thường trực Ban Bí thư")]


def test_a_case_that_calls_for_a_report_continues_the_assignment() -> None:
    """"Trường hợp đặc biệt … không thể tham dự phải báo cáo Chủ tịch hoặc Phó Chủ tịch UBND thành phố": the
    assignees of the sentence before report to the committee both heads stand for (session 9)."""
    text = ("UBND thành phố yêu cầu Thủ trưởng các sở, ban, ngành trực tiếp tham gia tiếp công dân định kỳ. Trường hợp "
            "đặc biệt, có lý do chính đáng không thể tham dự phải báo cáo Chủ tịch hoặc Phó Chủ tịch UBND thành phố.")
    mandates, reports, _ = facts(text)
    ubnd, depts = k("Ủy ban nhân dân thành phố Đà Nẵng"), k(f"Các sở, ban, ngành {DN}")
    assert mandates == [(ubnd, depts), (ubnd, depts)]
    assert reports == [(depts, ubnd, None)]


def test_subjects_with_less_common_task_verbs_have_duties() -> None:
    """Plan items open with verbs beyond the usual ones ("đăng tải", "chỉnh sửa", "điều tra", "thi hành kỷ luật");
    a court's "thi hành án" in a list of reports is no task (session 10)."""
    ubnd = k("Ủy ban nhân dân thành phố Đà Nẵng")
    mandates = facts("UBND thành phố ban hành Kế hoạch số 25/KH-UBND. Sở Tư pháp đăng tải kế hoạch trên cổng thông "
                     "tin điện tử. Công an thành phố điều tra, làm rõ các vụ việc.")[0]
    assert [(m[0], m[1]) for m in mandates] == [(ubnd, k("Sở Tư pháp thành phố Đà Nẵng")),
                                                (ubnd, k("Công an thành phố Đà Nẵng"))]
    mandates = facts("Kỳ họp sẽ nghe báo cáo của Tòa án nhân dân thành phố về công tác xét xử, thi hành án hình sự.")[0]
    assert mandates == []


def test_a_clause_naming_a_body_after_its_verb_ends_at_the_semicolon() -> None:
    text = ("Phó Thủ tướng yêu cầu Bộ Tài chính bảo đảm kinh phí. Bộ Y tế thực hiện các văn bản của Bộ Nội vụ; "
            "Bộ Công an chủ động bố trí lực lượng.")
    doc = document_from_text("t", text, {"jurisdiction": "Trung ương", "date": "2020-03-04"})
    got = [(r["assignee"], r["task"]) for r in (gold_view(r) for r in to_records(extract(doc)))
           if r and r["type"] == "mandate"]
    assert ("Bộ Y tế", "thực hiện các văn bản của Bộ Nội vụ") in got
    assert ("Bộ Công an", "chủ động bố trí lực lượng") in got
    text = ("Phó Thủ tướng yêu cầu Bộ Y tế theo dõi dịch. Các bộ, ngành nghiêm túc thực hiện các Chỉ thị của Thủ tướng "
            "Chính phủ; Ủy ban nhân dân các tỉnh chủ động bố trí cơ sở cách ly.")
    doc = document_from_text("t", text, {"jurisdiction": "Trung ương", "date": "2020-03-04"})
    assert "Ủy ban nhân dân các tỉnh" in [r["assignee"] for r in (gold_view(r) for r in to_records(extract(doc)))
                                          if r and r["type"] == "mandate"]


def test_các_địa_phương_refers_back_to_localities_only() -> None:
    def assignees(text: str) -> list[str]:
        doc = document_from_text("t", text, {"jurisdiction": "Tỉnh An Giang", "date": "2023-04-18"})
        return [r["assignee"] for r in (gold_view(r) for r in to_records(extract(doc))) if r and r["type"] == "mandate"]

    found = assignees("Chủ tịch UBND tỉnh yêu cầu Sở Xây dựng rà soát nguồn vật liệu. Các địa phương báo cáo tiến độ "
                      "về UBND tỉnh vào thứ Sáu hằng tuần.")
    assert found.count("Sở Xây dựng tỉnh An Giang") == 1
    found = assignees("Chủ tịch UBND tỉnh yêu cầu UBND huyện Châu Phú rà soát nguồn vật liệu. Các địa phương báo cáo "
                      "tiến độ về UBND tỉnh vào thứ Sáu hằng tuần.")
    assert found.count("Ủy ban nhân dân huyện Châu Phú") == 2


def test_a_schedule_announced_is_no_duty() -> None:
    text = ("Ban Thường vụ Thành ủy yêu cầu HĐND thành phố chuẩn bị tốt nội dung kỳ họp. Dự kiến, ngày mai 3-10, HĐND "
            "thành phố tổ chức kỳ họp thứ 4.")
    doc = document_from_text("t", text, {"jurisdiction": "Thành phố Cần Thơ", "date": "2024-10-02"})
    got = [r["sentence"] for r in (gold_view(r) for r in to_records(extract(doc))) if r and r["type"] == "mandate"]
    assert len(got) == 1 and got[0].startswith("Ban Thường vụ")


def test_a_bare_sở_as_a_subject_is_the_department_named_last() -> None:
    text = "UBND tỉnh giao Sở Y tế theo dõi dịch bệnh. Sở có trách nhiệm báo cáo UBND tỉnh tình hình hằng tuần."
    doc = document_from_text("t", text, {"jurisdiction": "Tỉnh Cà Mau", "date": "2020-03-16"})
    got = [(r["reporter"], r["recipient"]) for r in (gold_view(r) for r in to_records(extract(doc)))
           if r and r["type"] == "reporting"]
    assert got == [("Sở Y tế tỉnh Cà Mau", "Ủy ban nhân dân tỉnh Cà Mau")]


def test_a_report_sent_on_for_compiling_stays_the_senders() -> None:
    # the party committees send their drafts to the commission; what the commission then reports is its own
    text = ("Huyện ủy đề nghị các đảng ủy xã, thị trấn hoàn chỉnh dự thảo, gửi về Ban Tuyên giáo Huyện ủy "
            "trước ngày 15/3 để tổng hợp, báo cáo Thường trực Huyện ủy.")
    _, reports, _ = facts(text, "Huyện Mang Thít, tỉnh Vĩnh Long", "2020-02-25")
    assert [(r[0], r[1]) for r in reports] == [(k("Các đảng ủy xã, thị trấn thuộc huyện Mang Thít"),
                                                k("Ban Tuyên giáo Huyện ủy Mang Thít"))]
