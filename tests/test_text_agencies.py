"""Bodies outside the core state and party structure that directives still assign duties to
(issue 11, session 6): companies, forest rangers, funds, universities, coordination offices,
the provincial border guard and the offices that serve a council and its deputies. Sentences
written here."""

from __future__ import annotations

from bomay.loaders.text.documents import document_from_text
from bomay.loaders.text.extract import extract
from bomay.loaders.text.records import gold_view, to_records
from bomay.loaders.text.scoring import body_key as k


def records(text: str, jurisdiction: str = "Tỉnh Long An", date: str = "2023-05-10", **meta: str) -> list[dict]:
    doc = document_from_text("t", text, {"jurisdiction": jurisdiction, "date": date, **meta})
    return [r for r in (gold_view(r) for r in to_records(extract(doc))) if r]


def facts(text: str, jurisdiction: str = "Tỉnh Long An", date: str = "2023-05-10", **meta: str):
    recs = records(text, jurisdiction, date, **meta)
    mandates = [(k(r["assigner"]), k(r["assignee"])) for r in recs if r["type"] == "mandate"]
    return mandates, [r["name"] for r in recs if r["type"] == "organization"]


UBND = k("Ủy ban nhân dân tỉnh Long An")


def test_a_company_given_a_duty_is_a_body() -> None:
    mandates, orgs = facts("UBND tỉnh yêu cầu Công ty TNHH MTV Cấp nước Long An bảo đảm nước sạch cho người dân.")
    assert mandates == [(UBND, k("Công ty TNHH MTV Cấp nước Long An"))]
    assert "Công ty TNHH MTV Cấp nước Long An" in orgs


def test_a_company_named_for_another_reason_is_no_body() -> None:
    _, orgs = facts("Công ty Cổ phần Xây dựng Phước An thi công công trình cầu Ông Trì.\n"
                    "UBND tỉnh giao Sở Xây dựng kiểm tra chất lượng công trình.")
    assert not [o for o in orgs if o.startswith("Công ty")]


def test_a_ministry_directing_a_state_group_is_a_chain() -> None:
    mandates, _ = facts("Thủ tướng yêu cầu Bộ Công Thương chỉ đạo Tập đoàn Điện lực Việt Nam bảo đảm cung ứng điện.",
                        jurisdiction="Trung ương")
    assert mandates == [(k("Chính phủ"), k("Bộ Công Thương")), (k("Bộ Công Thương"), k("Tập đoàn Điện lực Việt Nam"))]


def test_agencies_named_with_their_place() -> None:
    mandates, _ = facts("UBND tỉnh giao Hạt Kiểm lâm huyện Tân Hưng tăng cường tuần tra rừng tràm.\n"
                        "UBND tỉnh giao Quỹ Đầu tư phát triển tỉnh ưu tiên cho vay các dự án nông nghiệp.\n"
                        "UBND tỉnh giao Văn phòng Điều phối nông thôn mới tỉnh tổng hợp kết quả các xã.\n"
                        "UBND tỉnh giao Trường Đại học Kinh tế Công nghiệp Long An đào tạo nhân lực logistics.")
    assert [a for _, a in mandates] == [k("Hạt Kiểm lâm huyện Tân Hưng"), k("Quỹ Đầu tư phát triển tỉnh Long An"),
                                        k("Văn phòng Điều phối nông thôn mới tỉnh Long An"),
                                        k("Trường Đại học Kinh tế Công nghiệp Long An")]


def test_the_office_of_the_deputies_and_the_council_is_not_the_council() -> None:
    mandates, _ = facts("UBND tỉnh giao Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh chuẩn bị tài liệu kỳ họp.")
    assert mandates == [(UBND, k("Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh Long An"))]


def test_the_border_guard_of_a_province_is_its_command() -> None:
    mandates, _ = facts("UBND tỉnh giao Bộ đội Biên phòng tỉnh tăng cường tuần tra tuyến biên giới.")
    assert mandates == [(UBND, k("Bộ Chỉ huy Bộ đội Biên phòng tỉnh Long An"))]
    central, _ = facts("Thủ tướng giao Bộ Quốc phòng chỉ đạo Bộ đội Biên phòng tăng cường tuần tra.",
                       jurisdiction="Trung ương")
    assert (k("Bộ Quốc phòng"), k("Bộ đội Biên phòng")) in central


def test_a_council_passing_a_resolution_assigns_the_clauses_after_it() -> None:
    mandates, _ = facts("HĐND tỉnh thông qua Nghị quyết về chính sách hỗ trợ hợp tác xã.\n"
                        "Giao UBND tỉnh tổ chức thực hiện Nghị quyết này.\n"
                        "Giao Thường trực HĐND, các Ban HĐND, các Tổ đại biểu và đại biểu HĐND tỉnh giám sát "
                        "việc thực hiện Nghị quyết.")
    council = k("Hội đồng nhân dân tỉnh Long An")
    assert mandates == [(council, UBND), (council, k("Thường trực Hội đồng nhân dân tỉnh Long An")),
                        (council, k("Các Ban của Hội đồng nhân dân tỉnh Long An")),
                        (council, k("Các Tổ đại biểu Hội đồng nhân dân tỉnh Long An"))]


def _reports(text: str, jurisdiction: str = "Tỉnh Long An") -> list[tuple[str, str]]:
    return [(k(r["reporter"]), k(r["recipient"])) for r in records(text, jurisdiction, "2023-09-01")
            if r["type"] == "reporting"]


def test_a_bare_standing_board_is_the_documents_own_committees() -> None:
    reports = _reports("Ban Thường vụ Tỉnh ủy họp phiên thường kỳ tháng 9.\n"
                       "Ban Tuyên giáo Tỉnh ủy hướng dẫn các chi bộ học tập chuyên đề, báo cáo Ban Thường vụ trước "
                       "ngày 30/9.\n"
                       "Các huyện ủy báo cáo Thường trực trước ngày 15/10.")
    assert reports == [(k("Ban Tuyên giáo Tỉnh ủy Long An"), k("Ban Thường vụ Tỉnh ủy Long An")),
                       (k("Các huyện ủy trực thuộc Tỉnh ủy Long An"), k("Thường trực Tỉnh ủy Long An"))]


def test_a_bare_standing_body_after_a_council_is_the_councils() -> None:
    reports = _reports("Thường trực HĐND tỉnh họp phiên thường kỳ.\n"
                       "Tỉnh ủy Long An đã có chủ trương về việc này.\n"
                       "Giao UBND tỉnh báo cáo Thường trực trước ngày 15/10.")
    assert reports == [(UBND, k("Thường trực Hội đồng nhân dân tỉnh Long An"))]


def test_a_title_with_standing_in_it_is_no_body() -> None:
    _, orgs = facts("Tỉnh ủy Long An họp.\nPhó Chủ tịch Thường trực chủ trì buổi làm việc với Sở Y tế.")
    assert not [o for o in orgs if o.startswith("Thường trực")]


def test_two_speakers_oblige_one_report() -> None:
    reports = _reports("Bộ Chính trị, Ban Bí thư kết luận như sau.\n"
                       "Ban Tổ chức Trung ương chủ trì theo dõi, đôn đốc, định kỳ báo cáo Bộ Chính trị.",
                       jurisdiction="Trung ương")
    assert reports == [(k("Ban Tổ chức Trung ương"), k("Bộ Chính trị"))]


def test_the_heads_of_ministries_listed_without_cac_are_their_group() -> None:
    mandates, _ = facts("Thủ tướng Chính phủ yêu cầu Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc "
                        "Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương tập trung "
                        "chỉ đạo giải ngân vốn đầu tư công.", jurisdiction="Trung ương")
    assert mandates == [(k("Chính phủ"), k("Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ")),
                        (k("Chính phủ"), k("Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"))]


def test_a_province_addressed_by_its_type_word_alone_is_its_committee() -> None:
    mandates, _ = facts("Phó Thủ tướng làm việc với lãnh đạo tỉnh Long An về giải ngân vốn.\n"
                        "Phó Thủ tướng đề nghị tỉnh tập trung tháo gỡ vướng mắc về mặt bằng.")
    assert mandates == [(k("Chính phủ"), UBND)]


def test_the_party_committee_and_government_of_a_unit_are_two_bodies() -> None:
    mandates, _ = facts("Chủ tịch UBND tỉnh đề nghị cấp ủy, chính quyền huyện Cần Giuộc quan tâm giải quyết kiến "
                        "nghị của người dân.")
    assert mandates == [(UBND, k("Huyện ủy Cần Giuộc")), (UBND, k("Ủy ban nhân dân huyện Cần Giuộc"))]


def test_a_passive_duty_is_the_speakers() -> None:
    mandates, _ = facts("UBND tỉnh họp về quy hoạch đô thị.\n"
                        "Sở Xây dựng được yêu cầu rà soát lại quy hoạch chung.\n"
                        "Sở Tài chính được giao chủ trì thẩm định quyết toán.\n"
                        "Sở Nội vụ được khen thưởng vì thành tích xuất sắc.")
    assert mandates == [(UBND, k("Sở Xây dựng tỉnh Long An")), (UBND, k("Sở Tài chính tỉnh Long An"))]


def test_the_committees_of_the_provinces_named_above() -> None:
    mandates, _ = facts("Phó Thủ tướng ký công điện gửi lãnh đạo các tỉnh Nghệ An, Hà Tĩnh và Quảng Bình về mưa lũ.\n"
                        "Thủ tướng yêu cầu chủ tịch UBND các tỉnh nêu trên và các bộ, ngành khẩn trương sơ tán dân.",
                        jurisdiction="Trung ương")
    assert mandates == [(k("Chính phủ"), k(f"Ủy ban nhân dân tỉnh {p}")) for p in ("Nghệ An", "Hà Tĩnh", "Quảng Bình")
                        ] + [(k("Chính phủ"), k("Các bộ, ngành"))]


def test_a_task_force_named_short_after_its_full_name_is_the_same_body() -> None:
    text = ("Sáng 20/7, Ban Chỉ đạo phòng, chống thiên tai tỉnh Long An họp triển khai nhiệm vụ.\n"
            "Ông Trần Văn Cần, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo chủ trì cuộc họp.\n"
            "Ông Cần đề nghị các thành viên Ban Chỉ đạo kịp thời báo cáo Ban Chỉ đạo tỉnh tình hình thiệt hại.\n"
            "UBND các huyện thống kê thiệt hại, gửi báo cáo về Văn phòng thường trực Ban Chỉ đạo trước 15 giờ "
            "hằng ngày.")
    reports = _reports(text)
    task_force = "Ban Chỉ đạo phòng, chống thiên tai tỉnh Long An"
    assert reports == [(k(f"Các thành viên {task_force}"), k(task_force)),
                       (k("Ủy ban nhân dân các huyện thuộc tỉnh Long An"),
                        k(f"Văn phòng thường trực {task_force}"))]
    _, orgs = facts(text)
    assert "Ban Chỉ đạo" not in orgs and "Ban Chỉ đạo tỉnh Long An" not in [o.replace("Tỉnh", "tỉnh") for o in orgs]


def test_heads_of_a_group_written_without_cac_and_short_unit_types() -> None:
    mandates, _ = facts("UBND tỉnh yêu cầu thủ trưởng sở, ban, ngành và chủ tịch UBND các huyện, TP thuộc tỉnh tiếp "
                        "tục tập trung chỉ đạo.\n"
                        "UBND tỉnh yêu cầu UBND huyện, thị xã khẩn trương rà soát trụ sở.\n"
                        "UBND tỉnh yêu cầu các huyện/thị xã báo cáo Sở Tài chính.")
    assert mandates == [(UBND, k("Các sở, ban, ngành tỉnh Long An")),
                        (UBND, k("Ủy ban nhân dân các huyện, thành phố thuộc tỉnh Long An")),
                        (UBND, k("Ủy ban nhân dân các huyện, thị xã thuộc tỉnh Long An")),
                        (UBND, k("Ủy ban nhân dân các huyện, thị xã thuộc tỉnh Long An"))]


def test_the_inspector_general_acts_for_the_inspectorate() -> None:
    mandates, _ = facts("Phó Thủ tướng giao Tổng Thanh tra Chính phủ xác minh nội dung tố cáo.",
                        jurisdiction="Trung ương")
    assert mandates == [(k("Chính phủ"), k("Thanh tra Chính phủ"))]


def test_a_chain_written_with_a_comma() -> None:
    mandates, _ = facts("Thường trực Tỉnh ủy kết luận như sau.\n"
                        "Giao Ban cán sự đảng UBND tỉnh lãnh đạo, UBND tỉnh chỉ đạo triển khai thực hiện.")
    party_group = k("Ban cán sự đảng Ủy ban nhân dân tỉnh Long An")
    assert mandates == [(k("Thường trực Tỉnh ủy Long An"), party_group), (party_group, UBND)]


def test_a_district_under_its_type_of_the_day() -> None:
    mandates, _ = facts("Trưởng Ban Chỉ huy PCTT và TKCN huyện Mộc Châu yêu cầu chủ tịch UBND các xã, thị trấn triển "
                        "khai ngay các biện pháp chống rét.", jurisdiction="Huyện Mộc Châu, tỉnh Sơn La",
                        date="2017-02-10")
    assert mandates == [(k("Ban Chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn huyện Mộc Châu"),
                         k("Ủy ban nhân dân các xã, thị trấn thuộc huyện Mộc Châu"))]


def test_a_communes_items_addressed_by_label() -> None:
    mandates, _ = facts("Thường trực Đảng ủy xã yêu cầu:\n"
                        "1. UBND xã, Ban chỉ huy phòng chống thiên tai: theo dõi sát diễn biến bão.\n"
                        "2. Công an, Quân sự xã: sẵn sàng lực lượng hỗ trợ cứu hộ.",
                        jurisdiction="Xã Tân Hòa, tỉnh Vĩnh Long", date="2025-09-01")
    standing = k("Thường trực Đảng ủy xã Tân Hòa")
    assert mandates == [(standing, k(b)) for b in ("Ủy ban nhân dân xã Tân Hòa",
                                                   "Ban Chỉ huy phòng chống thiên tai xã Tân Hòa",
                                                   "Công an xã Tân Hòa", "Ban Chỉ huy Quân sự xã Tân Hòa")]


def test_groups_of_a_province_whatever_portal_reprints_them() -> None:
    mandates, _ = facts("Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở, Thủ trưởng các ban ngành, đơn vị cấp tỉnh; "
                        "các cơ quan Trung ương đóng trên địa bàn tỉnh và Chủ tịch UBND các cấp tập trung triển khai.",
                        publisher="Cổng thông tin điện tử xã Mỹ Yên, tỉnh Long An")
    assert [a for _, a in mandates] == [k("Các sở, ban, ngành, đơn vị tỉnh Long An"),
                                        k("Các cơ quan Trung ương đóng trên địa bàn tỉnh Long An"),
                                        k("Ủy ban nhân dân các cấp tỉnh Long An")]


def test_news_openers_and_leaders_who_just_asked() -> None:
    mandates, _ = facts("TPO - Lãnh đạo UBND tỉnh Long An vừa yêu cầu UBND huyện, thị xã khẩn trương rà soát trụ sở.")
    assert mandates == [(UBND, k("Ủy ban nhân dân các huyện, thị xã thuộc tỉnh Long An"))]


def test_provinces_of_an_area_in_a_central_text() -> None:
    mandates, _ = facts("Thủ tướng yêu cầu như sau.\n"
                        "Bộ trưởng các Bộ: Quốc phòng, Công an; Chủ tịch Ủy ban nhân dân các tỉnh, thành phố từ "
                        "Quảng Trị đến Khánh Hòa tiếp tục tập trung chỉ đạo.\n"
                        "Thủ tướng yêu cầu Chủ tịch UBND các tỉnh, thành phố khu vực Bắc bộ và Bắc Trung bộ chỉ đạo "
                        "sơ tán dân.", jurisdiction="Trung ương")
    gov = k("Chính phủ")
    assert mandates == [(gov, k("Bộ Quốc phòng")), (gov, k("Bộ Công an")),
                        (gov, k("Ủy ban nhân dân các tỉnh, thành phố từ Quảng Trị đến Khánh Hòa")),
                        (gov, k("Ủy ban nhân dân các tỉnh, thành phố khu vực Bắc bộ và Bắc Trung bộ"))]


def test_a_labelled_item_whose_task_rests_on_a_basis() -> None:
    reports = _reports("UBND tỉnh Long An yêu cầu:\n"
                       "2. Giám đốc Sở Nông nghiệp & PTNT: Căn cứ số liệu của UBND các huyện, thị xã gửi về, tổng hợp "
                       "số liệu thiệt hại, báo cáo Tỉnh ủy, UBND tỉnh trước 15h ngày 01/02/2016.")
    dept = k("Sở Nông nghiệp và Phát triển nông thôn tỉnh Long An")
    assert reports == [(dept, k("Tỉnh ủy Long An")), (dept, UBND)]


def test_secretaries_named_beside_chairs_speak_for_their_party_committees() -> None:
    mandates, _ = facts("Thủ tướng yêu cầu Bí thư, Chủ tịch UBND tỉnh Quảng Nam chỉ đạo sơ tán dân.\n"
                        "Thủ tướng yêu cầu Bí thư, Chủ tịch UBND các tỉnh, thành phố khu vực Bắc bộ chỉ đạo sơ tán "
                        "dân.", jurisdiction="Trung ương")
    gov = k("Chính phủ")
    assert mandates == [(gov, k("Tỉnh ủy Quảng Nam")), (gov, k("Ủy ban nhân dân tỉnh Quảng Nam")),
                        (gov, k("Các tỉnh ủy, thành ủy khu vực Bắc bộ")),
                        (gov, k("Ủy ban nhân dân các tỉnh, thành phố khu vực Bắc bộ"))]


def test_sectors_listed_after_a_generic_label_are_departments() -> None:
    mandates, _ = facts("UBND tỉnh giao Thủ trưởng các đơn vị: Y tế, Công an tỉnh, Tài chính, Giao thông vận tải và "
                        "Chủ tịch UBND các huyện theo chức năng, nhiệm vụ được giao tổ chức triển khai.")
    assert [a for _, a in mandates] == [k("Sở Y tế tỉnh Long An"), k("Công an tỉnh Long An"),
                                        k("Sở Tài chính tỉnh Long An"), k("Sở Giao thông vận tải tỉnh Long An"),
                                        k("Ủy ban nhân dân các huyện thuộc tỉnh Long An")]


def test_a_visit_then_a_direction_to_counted_districts() -> None:
    mandates, _ = facts("Chiều 13-10, đồng chí Nguyễn Văn An - Phó Chủ tịch UBND tỉnh kiểm tra, chỉ đạo hai huyện "
                        "Cần Giuộc và Cần Đước đẩy nhanh tiến độ thu hoạch lúa.")
    assert mandates == [(UBND, k("Ủy ban nhân dân huyện Cần Giuộc")), (UBND, k("Ủy ban nhân dân huyện Cần Đước"))]



def test_a_time_before_the_addressees_and_the_front_written_short() -> None:
    council, _ = facts("Chủ tịch HĐND tỉnh yêu cầu ngay sau kỳ họp, UBND tỉnh chủ động triển khai các nghị quyết.\n"
                       "Bí thư Tỉnh ủy đề nghị UB MTTQ tỉnh hỗ trợ người dân.")
    assert council == [(k("Hội đồng nhân dân tỉnh Long An"), UBND),
                        (k("Tỉnh ủy Long An"), k("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Long An"))]

def test_short_department_names() -> None:
    mandates, _ = facts("Sở Nông nghiệp yêu cầu Trạm Thủy lợi huyện Cần Giuộc kiểm tra đê bao.")
    assert mandates == [(k("Sở Nông nghiệp và Phát triển nông thôn tỉnh Long An"),
                         k("Trạm Thủy lợi huyện Cần Giuộc"))]


def test_departments_given_duties_before_any_speaker_are_their_committees() -> None:
    mandates, _ = facts("Về công tác phòng, chống dịch bệnh trong mùa mưa.\n"
                        "Sở Y tế có trách nhiệm giám sát chặt chẽ các ổ dịch.\n"
                        "Sở Tài chính bố trí kinh phí cho các địa phương.")
    assert mandates == [(UBND, k("Sở Y tế tỉnh Long An")), (UBND, k("Sở Tài chính tỉnh Long An"))]
    plan, _ = facts("Về kế hoạch thanh tra năm 2024.\nTrong đó, Thanh tra tỉnh sẽ thanh tra các đơn vị cụ thể sau:")
    assert plan == []  # a plan described, not a duty given


def test_a_request_to_ministries_with_no_speaker_named_is_the_governments() -> None:
    mandates, _ = facts("Về đề nghị của Ủy ban nhân dân tỉnh Long An, ý kiến của các Bộ như sau.\n"
                        "Giao Bộ Kế hoạch và Đầu tư chủ trì rà soát hồ sơ dự án, báo cáo Thủ tướng Chính phủ trước "
                        "ngày 15 tháng 10.", jurisdiction="Trung ương")
    assert mandates == [(k("Chính phủ"), k("Bộ Kế hoạch và Đầu tư"))]



def test_command_abbreviations_and_the_traffic_safety_office_are_bodies() -> None:
    text = ("UBND tỉnh yêu cầu các đơn vị trực Tết. Công an tỉnh, BCHQS tỉnh, BCH Bộ đội Biên phòng, Văn phòng Ban "
            "An toàn giao thông báo cáo nhanh tình hình từng ngày về Văn phòng UBND tỉnh. Ban Chỉ huy PCTT&TKCN "
            "tỉnh theo dõi sát diễn biến mưa lũ.")
    recs = records(text, "Tỉnh Lai Châu")
    assert {k(r["reporter"]) for r in recs if r["type"] == "reporting"} == {
        k(n) for n in ("Công an tỉnh Lai Châu", "Bộ Chỉ huy Quân sự tỉnh Lai Châu",
                       "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lai Châu", "Văn phòng Ban An toàn giao thông tỉnh Lai Châu")}
    names = {k(r["name"]) for r in recs if r["type"] == "organization"}
    assert k("Ban Chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn tỉnh Lai Châu") in names


def test_a_unit_named_after_its_province_ends_before_its_heads_name() -> None:
    recs = records("Theo Chi cục trưởng Chi cục Chăn nuôi và Thủy sản Long An Nguyễn Văn Giang, dịch đã lan rộng.")
    assert [(r["person"], k(r["organization"])) for r in recs if r["type"] == "post"] == [
        ("Nguyễn Văn Giang", k("Chi cục Chăn nuôi và Thủy sản Long An"))]


def test_southern_spellings_of_ministries_and_departments_name_the_same_bodies() -> None:
    text = ("UBND tỉnh giao Sở LĐ-TB-XH, Sở Giao thông - Vận tải phối hợp rà soát, báo cáo Bộ Giao thông - Vận tải "
            "trước ngày 30/6.")
    mandates, _orgs = facts(text)
    assert mandates == [(UBND, k("Sở Lao động - Thương binh và Xã hội tỉnh Long An")),
                        (UBND, k("Sở Giao thông vận tải tỉnh Long An"))]
    reports = {(k(r["reporter"]), k(r["recipient"])) for r in records(text) if r["type"] == "reporting"}
    assert (k("Sở Giao thông vận tải tỉnh Long An"), k("Bộ Giao thông vận tải")) in reports


def test_the_city_party_committee_in_a_province_is_the_citys_not_the_provinces() -> None:
    recs = records("Ban Thường vụ Tỉnh ủy giao Thành ủy Tân An chỉ đạo rà soát đất công.")
    assert [(k(r["assigner"]), k(r["assignee"])) for r in recs if r["type"] == "mandate"] == [
        (k("Ban Thường vụ Tỉnh ủy Long An"), k("Thành ủy Tân An"))]
    recs = records("Ban Thường vụ Tỉnh ủy giao Thành ủy Thái Bình chỉ đạo rà soát đất công.", "Tỉnh Thái Bình")
    assert [k(r["assignee"]) for r in recs if r["type"] == "mandate"] == [k("Thành ủy thành phố Thái Bình")]
    assert k("Tỉnh ủy Thái Bình") not in {k(r["name"]) for r in recs if r["type"] == "organization"}


def test_party_organisations_inside_a_department_a_school_or_a_hamlet() -> None:
    text = ("Đảng ủy Khối các cơ quan tỉnh yêu cầu Đảng bộ Sở Nội vụ, Chi bộ Trường THPT Nguyễn Huệ tổ chức đại "
            "hội điểm trước ngày 30/6.")
    mandates, _orgs = facts(text)
    assert mandates == [(k("Đảng ủy Khối các cơ quan tỉnh Long An"), k("Đảng ủy Sở Nội vụ tỉnh Long An")),
                        (k("Đảng ủy Khối các cơ quan tỉnh Long An"), k("Chi bộ Trường THPT Nguyễn Huệ"))]
    _none, orgs = facts("Đảng ủy xã giao Chi bộ ấp Bình An rà soát đảng viên.", "Xã Long Hựu Đông, tỉnh Long An")
    assert k("Chi bộ ấp Bình An xã Long Hựu Đông") in {k(n) for n in orgs}
    _none, orgs = facts("Hội nghị diễn ra tại Hội trường Trường THPT Nguyễn Huệ với sự tham gia của UBND tỉnh.")
    assert not any("nguyen hue" in k(n) for n in orgs)  # a school named in passing is no body of the text


def test_the_short_form_of_the_executive_committee_is_the_party_committee() -> None:
    mandates, _orgs = facts("BCH Đảng bộ tỉnh giao Ban Tổ chức Tỉnh ủy rà soát quy hoạch cán bộ.")
    assert mandates == [(k("Tỉnh ủy Long An"), k("Ban Tổ chức Tỉnh ủy Long An"))]


def test_the_policy_bank_and_its_local_branches() -> None:
    mandates, _orgs = facts("UBND tỉnh giao Ngân hàng Chính sách xã hội tỉnh phối hợp giải ngân vốn vay.")
    assert mandates == [(UBND, k("Ngân hàng Chính sách xã hội tỉnh Long An"))]
    mandates, _orgs = facts("Thủ tướng giao NHCSXH bảo đảm nguồn vốn cho vay.", "Trung ương")
    assert mandates == [(k("Chính phủ"), k("Ngân hàng Chính sách xã hội"))]


def test_a_task_forces_name_ends_before_the_verb_of_its_task() -> None:
    text = ("Kết luận hội nghị, Trưởng Tiểu ban Văn kiện yêu cầu Tổ biên tập tiếp thu ý kiến, hoàn thiện dự thảo "
            "báo cáo chính trị trước ngày 20/6.")
    _mandates, orgs = facts(text)
    assert any(k(n).startswith("to bien tap") and "tiep thu" not in k(n) for n in orgs), orgs


def test_a_districts_culture_centre_keeps_its_comma_in_the_name() -> None:
    mandates, _orgs = facts("UBND huyện chỉ đạo Trung tâm Văn hóa, Thể thao và Truyền thanh tăng cường tuyên truyền.",
                            "Huyện Đức Hòa, tỉnh Long An")
    assert mandates == [(k("Ủy ban nhân dân huyện Đức Hòa"),
                         k("Trung tâm Văn hóa, Thể thao và Truyền thanh huyện Đức Hòa"))]


def test_short_forms_of_a_project_board_an_industrial_zone_board_and_a_health_centre() -> None:
    mandates, _orgs = facts("UBND tỉnh giao BQL dự án đầu tư xây dựng tỉnh, BQL các KCN tỉnh và TTYT huyện Đức Hòa "
                            "phối hợp rà soát.")
    assert mandates == [(UBND, k("Ban Quản lý dự án đầu tư xây dựng tỉnh Long An")),
                        (UBND, k("Ban Quản lý các khu công nghiệp tỉnh Long An")),
                        (UBND, k("Trung tâm Y tế huyện Đức Hòa"))]


def test_a_station_named_without_a_place_is_the_district_s_own() -> None:
    """Every district has its "Trạm Khuyến nông": without a place it is the document's district's, and its
    IRI must not be shared with another district's station (session 9)."""
    text = "Chủ tịch UBND huyện yêu cầu Trạm Khuyến nông hướng dẫn nông dân gieo sạ đúng lịch."
    mandates, orgs = facts(text, jurisdiction="Huyện Thủ Thừa, tỉnh Long An")
    assert mandates == [(k("Ủy ban nhân dân huyện Thủ Thừa"), k("Trạm Khuyến nông huyện Thủ Thừa"))]
    other = records(text, jurisdiction="Huyện Cần Đước, tỉnh Long An")
    iris = {r["x"]["iri"] for d in ("Huyện Thủ Thừa, tỉnh Long An", "Huyện Cần Đước, tỉnh Long An")
            for r in to_records(extract(document_from_text("t", text, {"jurisdiction": d, "date": "2023-05-10"})))
            if r["type"] == "organization" and r["name"].startswith("Trạm")}
    assert len(iris) == 2 and "Trạm Khuyến nông huyện Cần Đước" in [r.get("name") for r in other]
    assert "Trạm Khuyến nông huyện Thủ Thừa" in orgs


def test_stations_of_every_commune_are_one_group() -> None:
    mandates, _ = facts("Chủ tịch UBND huyện yêu cầu Trạm Y tế các xã, thị trấn tăng cường giám sát dịch bệnh.",
                        jurisdiction="Huyện Thủ Thừa, tỉnh Long An")
    assert mandates == [(k("Ủy ban nhân dân huyện Thủ Thừa"), k("Trạm Y tế các xã, thị trấn thuộc huyện Thủ Thừa"))]


def test_a_sub_department_without_a_place_is_the_province_s() -> None:
    mandates, _ = facts("UBND tỉnh giao Chi cục Kiểm lâm tăng cường tuần tra các khu rừng phòng hộ.",
                        jurisdiction="Huyện Thạnh Hóa, tỉnh Long An")
    assert mandates == [(UBND, k("Chi cục Kiểm lâm tỉnh Long An"))]


def test_a_unit_placed_by_its_own_name_keeps_it() -> None:
    _, orgs = facts("UBND huyện giao Trạm Kiểm lâm Bình Hòa và Trung tâm Dự báo khí tượng thủy văn quốc gia "
                    "theo dõi mực nước.", jurisdiction="Huyện Mộc Hóa, tỉnh Long An")
    assert "Trung tâm Dự báo khí tượng thủy văn quốc gia" in orgs
    assert not [o for o in orgs if o.startswith("Trung tâm Dự báo") and o.endswith("Mộc Hóa")]


def test_a_station_after_its_head_s_title_is_named_in_lowercase() -> None:
    _, orgs = facts("Dự họp có Phó Trưởng trạm Thủy nông và Giám đốc trung tâm Y tế huyện.",
                    jurisdiction="Huyện Thủ Thừa, tỉnh Long An")
    assert {"Trạm Thủy nông huyện Thủ Thừa", "Trung tâm Y tế huyện Thủ Thừa"} <= set(orgs)


def test_cdc_is_the_province_s_centre_for_disease_control() -> None:
    mandates, _ = facts("Chủ tịch UBND tỉnh yêu cầu CDC Long An và Trung tâm Y tế các huyện tăng cường giám sát.")
    assert (UBND, k("Trung tâm Kiểm soát bệnh tật tỉnh Long An")) in mandates


def test_a_task_force_keeps_the_period_written_after_its_place() -> None:
    """"… tỉnh Long An giai đoạn 2021 - 2025" names one task force of several over the years (session 9)."""
    mandates, orgs = facts("UBND tỉnh giao Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh giai đoạn 2021 - 2025 "
                           "rà soát nguồn vốn. Ban Chỉ đạo tỉnh năm 2023 đã kiểm tra 5 huyện.")
    name = "Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh Long An giai đoạn 2021 - 2025"
    assert mandates == [(UBND, k(name))]
    assert not [o for o in orgs if o.endswith("năm 2023")]


def test_the_standing_part_of_a_named_task_force_is_a_body() -> None:
    text = ("UBND tỉnh giao Thường trực Ban Chỉ đạo thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới "
            "tỉnh theo dõi tiến độ. Sở Y tế (cơ quan Thường trực Ban Chỉ đạo phòng, chống dịch tỉnh) tổng hợp số liệu.")
    mandates, orgs = facts(text)
    force = "Ban Chỉ đạo thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới tỉnh Long An"
    assert (UBND, k(f"Thường trực {force}")) in mandates
    assert not [o for o in orgs if o.startswith("Thường trực Ban Chỉ đạo phòng")]  # "cơ quan thường trực": a role


def test_a_task_force_named_for_the_decision_it_carries_out() -> None:
    """"Đoàn Giám sát việc thực hiện Kết luận số 04/KL-HĐND ngày … của Thường trực HĐND tỉnh": the decision and
    its number name the team, its date does not; a name never ends in "việc" (session 9)."""
    text = ("Chủ tịch HĐND tỉnh yêu cầu Đoàn Giám sát việc thực hiện Kết luận số 04/KL-HĐND ngày 05 tháng 01 năm 2021 "
            "của Thường trực HĐND tỉnh hoàn thiện báo cáo.")
    _, orgs = facts(text)
    assert "Đoàn Giám sát việc thực hiện Kết luận số 04/KL-HĐND của Thường trực Hội đồng nhân dân tỉnh Long An" in orgs
    _, orgs = facts("Chủ tịch HĐND tỉnh yêu cầu Đoàn Giám sát việc nhanh chóng hoàn thiện báo cáo.")
    assert not [o for o in orgs if o.endswith("việc")]


def test_department_names_written_with_a_dash_are_the_canonical_names() -> None:
    """"Phòng Tài nguyên - Môi trường", "Sở Giáo dục - Đào tạo", "Sở NN-MT": the same departments (session 9)."""
    _, orgs = facts("UBND huyện giao Phòng Tài nguyên - Môi trường, Phòng Lao động - Thương binh - Xã hội rà soát.",
                    jurisdiction="Huyện Thủ Thừa, tỉnh Long An")
    assert {"Phòng Tài nguyên và Môi trường huyện Thủ Thừa",
            "Phòng Lao động - Thương binh và Xã hội huyện Thủ Thừa"} <= set(orgs)
    mandates, _ = facts("UBND tỉnh giao Sở Giáo dục - Đào tạo, Sở NN-MT rà soát.", date="2025-08-01")
    assert mandates == [(UBND, k("Sở Giáo dục và Đào tạo tỉnh Long An")),
                        (UBND, k("Sở Nông nghiệp và Môi trường tỉnh Long An"))]


def test_project_boards_keep_their_whole_names() -> None:
    """Two project boards of one province are two bodies: "Ban Quản lý dự án đầu tư xây dựng công trình giao thông"
    and "… công trình Nông nghiệp-Phát triển nông thôn" (session 9)."""
    mandates, _ = facts("UBND tỉnh giao Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh và Ban Quản lý dự "
                        "án đầu tư xây dựng công trình Nông nghiệp-Phát triển nông thôn phối hợp với Sở Tài chính rà "
                        "soát.")
    assert [m[1] for m in mandates] == [
        k("Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh Long An"),
        k("Ban Quản lý dự án đầu tư xây dựng công trình Nông nghiệp-Phát triển nông thôn tỉnh Long An")]


def test_a_council_s_committees_and_office_and_the_front_s_standing_board() -> None:
    """"các Ban và Văn phòng HĐND tỉnh" are two bodies; "Ban Thường trực UB.MTTQ Việt Nam tỉnh" is the Front's
    standing board (session 9)."""
    council = k("Hội đồng nhân dân tỉnh Long An")
    mandates, _ = facts("Chủ tịch HĐND tỉnh đề nghị các Ban và Văn phòng HĐND tỉnh tiếp tục triển khai nhiệm vụ.")
    assert mandates == [(council, k("Các Ban của Hội đồng nhân dân tỉnh Long An")),
                        (council, k("Văn phòng Hội đồng nhân dân tỉnh Long An"))]
    mandates, _ = facts("UBND tỉnh đề nghị Ban Thường trực UB.MTTQ Việt Nam tỉnh phối hợp tuyên truyền.")
    assert mandates == [(UBND, k("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Long An"))]


def test_an_en_dash_in_a_name_is_a_hyphen() -> None:
    """Texts often write "–" where the tables write "-": "các tổ chức chính trị – xã hội" (session 9)."""
    mandates, _ = facts("UBND tỉnh yêu cầu các tổ chức chính trị – xã hội và Sở Lao động – Thương binh và Xã hội "
                        "tổ chức quán triệt.")
    assert mandates == [(UBND, k("Các tổ chức chính trị - xã hội tỉnh Long An")),
                        (UBND, k("Sở Lao động - Thương binh và Xã hội tỉnh Long An"))]


def test_the_party_group_of_a_mass_organisation() -> None:
    """"Đảng đoàn Hội Nông dân tỉnh" is the association's party group, not the association (session 10)."""
    board = k("Ban Thường vụ Tỉnh ủy Long An")
    mandates, _ = facts("Ban Thường vụ Tỉnh ủy giao Đảng đoàn Hội Nông dân tỉnh và Đảng đoàn Liên hiệp các hội "
                        "khoa học và kỹ thuật tỉnh lãnh đạo tổ chức đại hội.")
    assert mandates == [(board, k("Đảng đoàn Hội Nông dân tỉnh Long An")),
                        (board, k("Đảng đoàn Liên hiệp các hội khoa học và kỹ thuật tỉnh Long An"))]


def test_mass_organisations_listed_after_departments_are_a_group_of_their_own() -> None:
    """"các Sở, ngành, tổ chức đoàn thể cấp tỉnh" are the departments and the mass organisations; the political-social
    organisations are one group with or without the hyphen (session 10)."""
    mandates, _ = facts("UBND tỉnh yêu cầu các Sở, ngành, tổ chức đoàn thể cấp tỉnh triển khai kế hoạch.")
    assert mandates == [(UBND, k("Các sở, ngành tỉnh Long An")), (UBND, k("Các tổ chức đoàn thể tỉnh Long An"))]
    mandates, _ = facts("UBND tỉnh đề nghị các tổ chức chính trị xã hội tuyên truyền đến hội viên.")
    assert mandates == [(UBND, k("Các tổ chức chính trị - xã hội tỉnh Long An"))]


def test_a_task_force_whose_purpose_is_a_list_keeps_it_up_to_its_place() -> None:
    """The 2025 steering committees name their purpose as a list: the items after the commas belong to the name when
    the list ends at the place; a comma followed by a task ends it (session 10)."""
    mandates, _ = facts("UBND tỉnh giao Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi "
                        "số tỉnh xây dựng kế hoạch.")
    assert mandates == [(UBND, k("Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số "
                                 "tỉnh Long An"))]
    mandates, _ = facts("UBND tỉnh giao Ban Chỉ đạo chuyển đổi số tỉnh, Sở Nội vụ rà soát thủ tục.")
    assert mandates == [(UBND, k("Ban Chỉ đạo chuyển đổi số tỉnh Long An")), (UBND, k("Sở Nội vụ tỉnh Long An"))]


def test_a_district_committee_s_head_word_picks_the_unit_of_its_type() -> None:
    """Cai Lậy is a huyện and a thị xã of Tiền Giang: "Huyện ủy Cai Lậy" is the huyện's, "Thị ủy Cai Lậy" the
    town's (session 10)."""
    mandates, _ = facts("Bí thư Huyện ủy Cai Lậy đề nghị UBND huyện Cai Lậy thu hoạch lúa sớm. Thị ủy Cai Lậy yêu cầu "
                        "UBND thị xã Cai Lậy rà soát.", "Tỉnh Tiền Giang", "2022-05-01")
    assert mandates == [(k("Huyện ủy Cai Lậy"), k("Ủy ban nhân dân huyện Cai Lậy")),
                        (k("Thị ủy Cai Lậy"), k("Ủy ban nhân dân thị xã Cai Lậy"))]


def test_a_commune_police_by_its_old_name_and_a_company_named_across_a_dash() -> None:
    """"Ban Công an xã" is the commune's police; "Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam" keeps the part
    after its dash (session 10)."""
    mandates, _ = facts("Đảng ủy xã yêu cầu Ban Công an, Ban Chỉ huy quân sự xã tăng cường tuần tra.",
                        "Xã Hương Vinh, thị xã Hương Trà, tỉnh Thừa Thiên Huế", "2019-05-01")
    assert [m[1] for m in mandates] == [k("Công an xã Hương Vinh"), k("Ban Chỉ huy Quân sự xã Hương Vinh")]
    mandates, _ = facts("UBND tỉnh yêu cầu Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam khẩn trương triển khai "
                        "phương án phòng chống bão.", "Tỉnh Quảng Ninh")
    assert [m[1] for m in mandates] == [k("Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam")]


def test_a_congress_sub_committee_named_short_is_the_congress_s_the_text_names() -> None:
    """"Tiểu Ban văn kiện đại hội" in a text about "Đại hội đại biểu Đảng bộ huyện Định Hóa lần thứ XXIV" is that
    congress's sub-committee, named with it (session 10)."""
    mandates, orgs = facts("Ban Thường vụ Huyện ủy họp cho ý kiến vào dự thảo văn kiện Đại hội đại biểu Đảng bộ huyện "
                           "Định Hóa lần thứ XXIV, nhiệm kỳ 2020 - 2025. Ban Thường vụ yêu cầu Tiểu Ban văn kiện đại "
                           "hội tiếp tục chỉnh sửa dự thảo.", "Huyện Định Hóa, tỉnh Thái Nguyên", "2020-05-01")
    sub = k("Tiểu ban Văn kiện Đại hội đại biểu Đảng bộ huyện Định Hóa lần thứ XXIV")
    assert mandates == [(k("Ban Thường vụ Huyện ủy Định Hóa"), sub)]
    _, orgs = facts("Huyện ủy giao Tiểu ban văn kiện đại hội hoàn thiện dự thảo.", "Huyện Định Hóa, tỉnh Thái Nguyên",
                    "2020-05-01")
    assert "Tiểu ban văn kiện đại hội huyện Định Hóa" in orgs  # no congress named: as before


def test_the_inspectorate_of_a_ministry_or_department_is_its_own_body() -> None:
    """"Thanh tra Bộ Xây dựng", "Thanh tra Sở Xây dựng" are inspectorates, not the ministry or the department
    (session 10)."""
    mandates, _ = facts("Bộ Xây dựng giao Thanh tra Bộ Xây dựng kiểm tra dự án. UBND tỉnh giao Thanh tra Sở Xây dựng "
                        "phối hợp kiểm tra.", "Tỉnh Bình Dương")
    assert [m[1] for m in mandates] == [k("Thanh tra Bộ Xây dựng"), k("Thanh tra Sở Xây dựng tỉnh Bình Dương")]


def test_a_task_force_that_is_no_subject_keeps_its_purpose_to_the_clause_end() -> None:
    """After "thành lập", "phối hợp với", "đến" a task force starts no clause: the words up to the clause's end or
    its place are its purpose, function words included; where a word could start a predicate the name ends as
    before (session 11)."""
    _, orgs = facts("UBND tỉnh có quyết định thành lập Ban Chỉ đạo Phòng, chống dịch bệnh do chủng mới của vi rút cúm. "
                    "Công an tỉnh phối hợp với Tiểu ban An toàn nghề cá trên biển, UBND các xã ven biển tuần tra.")
    assert "Ban Chỉ đạo Phòng, chống dịch bệnh do chủng mới của vi rút cúm" in orgs
    assert "Tiểu ban An toàn nghề cá trên biển" in orgs
    _, orgs = facts("Các xã báo cáo đến Tổ công tác liên ngành quản lý, bảo vệ rừng huyện Thủ Thừa để xử lý.")
    assert "Tổ công tác liên ngành quản lý, bảo vệ rừng huyện Thủ Thừa" in orgs
    _, orgs = facts("Sở Y tế phối hợp với Ban Chỉ đạo kiểm tra các cơ sở. Sở Tài chính làm việc với Đoàn kiểm tra "
                    "trên địa bàn tỉnh.")
    assert "Ban Chỉ đạo" in orgs and "Đoàn kiểm tra" in orgs


def test_a_bare_party_affairs_committee_is_the_people_s_committee_s() -> None:
    """"Ban cán sự đảng" without its state body, in a province's text, is the people's committee's (the one
    directives address at that level), or the one the text names in full (session 11)."""
    mandates, orgs = facts("Sở Nội vụ trình Ban cán sự đảng phương án sắp xếp. Ban cán sự đảng tỉnh giao Sở Tài chính "
                           "rà soát kinh phí.")
    bcs = "Ban cán sự đảng Ủy ban nhân dân tỉnh Long An"
    assert bcs in orgs and (k(bcs), k("Sở Tài chính tỉnh Long An")) in mandates
    _, orgs = facts("Ban cán sự đảng Tòa án nhân dân tỉnh họp. Ban cán sự đảng đã thống nhất lịch làm việc.")
    assert bcs not in orgs


def test_party_groups_counted_before_their_list_share_one_head() -> None:
    """"3 đảng đoàn, 2 ban cán sự đảng gồm: Đảng đoàn HĐND tỉnh, Ủy ban MTTQ tỉnh, Hội Nông dân tỉnh; Ban cán sự
    đảng UBND tỉnh, Tòa án nhân dân tỉnh": each listed body's party group; without the count the bodies after the
    first are themselves (session 11)."""
    _, orgs = facts("Tỉnh ủy kết thúc hoạt động của 3 đảng đoàn, 2 ban cán sự đảng gồm: Đảng đoàn HĐND tỉnh, Ủy ban "
                    "Mặt trận Tổ quốc Việt Nam tỉnh, Hội Nông dân tỉnh; Ban cán sự đảng UBND tỉnh, Tòa án nhân dân "
                    "tỉnh.", date="2025-01-20")
    folded = {k(o) for o in orgs}
    for name in ("Đảng đoàn Hội đồng nhân dân tỉnh Long An", "Đảng đoàn Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Long An",
                 "Đảng đoàn Hội Nông dân tỉnh Long An", "Ban cán sự đảng Ủy ban nhân dân tỉnh Long An",
                 "Ban cán sự đảng Tòa án nhân dân tỉnh Long An"):
        assert k(name) in folded, name
    _, orgs = facts("Ban cán sự đảng UBND tỉnh, Tòa án nhân dân tỉnh cùng họp.", date="2024-05-10")
    assert k("Ban cán sự đảng Tòa án nhân dân tỉnh Long An") not in {k(o) for o in orgs}


def test_border_posts_parks_and_provincial_boards_are_bodies() -> None:
    """A border guard post and a national park by their names, a province's board of religious affairs and its
    citizen reception board, a district's branch of the land registration office (session 11)."""
    mandates, _ = facts("UBND tỉnh giao Đồn Biên phòng Rạch Gốc, Vườn quốc gia Mũi Cà Mau, Ban Tôn giáo tỉnh, Ban Tiếp "
                        "công dân tỉnh và Chi nhánh Văn phòng Đăng ký đất đai huyện Ngọc Hiển rà soát hồ sơ.",
                        "Tỉnh Cà Mau")
    assert [m[1] for m in mandates] == [k(n) for n in (
        "Đồn Biên phòng Rạch Gốc", "Vườn quốc gia Mũi Cà Mau", "Ban Tôn giáo tỉnh Cà Mau",
        "Ban Tiếp công dân tỉnh Cà Mau", "Chi nhánh Văn phòng Đăng ký đất đai huyện Ngọc Hiển")]


def test_one_deputies_group_is_named_with_its_number_or_its_district() -> None:
    """"Tổ đại biểu cụm số 2 HĐND huyện X", "Tổ đại biểu HĐND tỉnh đơn vị bầu cử số 3", "Tổ đại biểu HĐND tỉnh và
    huyện Y": one group of deputies, not the council (session 11)."""
    _, orgs = facts("Tổ đại biểu cụm số 2 HĐND huyện Thủ Thừa tiếp xúc cử tri. Tổ đại biểu HĐND tỉnh đơn vị bầu cử "
                    "số 3 làm việc với cử tri. Tổ đại biểu HĐND tỉnh và huyện Thủ Thừa dự họp.")
    assert "Tổ đại biểu cụm số 2 Hội đồng nhân dân huyện Thủ Thừa" in orgs
    assert "Tổ đại biểu đơn vị bầu cử số 3 Hội đồng nhân dân tỉnh Long An" in orgs
    assert "Tổ đại biểu Hội đồng nhân dân tỉnh Long An và huyện Thủ Thừa" in orgs


def test_short_heads_of_standing_bodies_offices_and_commands() -> None:
    """"TT HĐND", "VP UBND", "TT Thành ủy", "BCH PCTT&TKCN" are the standing body, the office and the command written
    short; "Phó Chủ tịch TT UBND" is a title, and "CĐ-BCH" in a document's number is no body (session 11)."""
    mandates, orgs = facts("TT HĐND tỉnh yêu cầu VP UBND tỉnh rà soát hồ sơ. TT Tỉnh ủy giao BCH PCTT&TKCN tỉnh kiểm "
                           "tra đê bao.")
    assert mandates == [(k("Thường trực Hội đồng nhân dân tỉnh Long An"), k("Văn phòng Ủy ban nhân dân tỉnh Long An")),
                        (k("Thường trực Tỉnh ủy Long An"),
                         k("Ban Chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn tỉnh Long An"))]
    _, orgs = facts("Số: 04/CĐ-BCH. Ông Nguyễn Văn An, Phó Chủ tịch TT UBND tỉnh chủ trì cuộc họp.")
    assert "Thường trực Ủy ban nhân dân tỉnh Long An" not in orgs and "Ban Chỉ huy" not in orgs


def test_bch_before_an_association_or_a_union_is_its_executive_not_a_command() -> None:
    """"BCH Hội Nông dân tỉnh", "BCH Công đoàn …": the elected executive (Ban Chấp hành) of the organisation, read as
    the organisation; "BCH PCTT" stays the command (session 12)."""
    _, orgs = facts("UBND tỉnh đề nghị BCH Hội Nông dân tỉnh và BCH Đoàn Thanh niên tỉnh tuyên truyền đến hội viên.")
    assert not any(name.startswith("Ban Chỉ huy") for name in orgs)
    assert k("Hội Nông dân tỉnh Long An") in {k(name) for name in orgs}
    _, orgs = facts("UBND tỉnh giao BCH phòng chống thiên tai tỉnh kiểm tra đê bao.")
    assert k("Ban Chỉ huy phòng chống thiên tai tỉnh Long An") in {k(name) for name in orgs}


def test_named_schools_delegations_and_project_boards_keep_their_whole_names() -> None:
    """"Trường Chính trị Châu Văn Đặng" (a school named after a person), "Đoàn ĐBQH đơn vị tỉnh" (the delegation's
    formal name), "Ban QLDA đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh" (the works it builds, up to
    its place or as a capitalised name); the works stop at an owner or a task (session 11)."""
    _, orgs = facts("Dự lễ có đại diện Trường Chính trị Lê Quý Đôn, Đoàn ĐBQH đơn vị tỉnh Long An, Ban QLDA đầu tư xây "
                    "dựng các công trình dân dụng và công nghiệp tỉnh và Ban Quản lý dự án đầu tư xây dựng các công "
                    "trình Giao thông; Sở Xây dựng.")
    for name in ("Trường Chính trị Lê Quý Đôn", "Đoàn đại biểu Quốc hội tỉnh Long An",
                 "Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh Long An",
                 "Ban Quản lý dự án đầu tư xây dựng các công trình Giao thông tỉnh Long An"):
        assert k(name) in {k(o) for o in orgs}, name
    _, orgs = facts("UBND tỉnh giao Ban Quản lý dự án đầu tư xây dựng các công trình trọng điểm, đẩy nhanh tiến độ.")
    assert k("Ban Quản lý dự án đầu tư xây dựng tỉnh Long An") in {k(o) for o in orgs}


def test_the_2025_provincial_statistics_and_tax_offices_are_bodies_with_their_place() -> None:
    """Since 2025 a province has "Thống kê tỉnh X" and "Thuế tỉnh X"; written with a capital and a place they are
    bodies, the common nouns ("nộp thuế", "số liệu thống kê tỉnh") are not (session 11)."""
    mandates, orgs = facts("UBND tỉnh giao Thuế tỉnh Long An phối hợp với Thống kê tỉnh rà soát số liệu. Người dân "
                           "nộp thuế tỉnh đúng hạn; số liệu thống kê tỉnh cho thấy tăng trưởng.", date="2025-08-01")
    assert mandates == [(UBND, k("Thuế tỉnh Long An"))]
    assert {k(o) for o in orgs} >= {k("Thuế tỉnh Long An"), k("Thống kê tỉnh Long An")}
    assert len([o for o in orgs if k(o).startswith(("thue", "thong ke"))]) == 2


def test_state_heads_listed_before_one_place_are_that_units() -> None:
    """"lãnh đạo HĐND, UBND, Ủy ban MTTQ huyện X" and "Phó Chủ tịch HĐND, Chủ tịch Ủy ban MTTQ huyện X" name the
    district's council as well (its place is written after the list), not the province's and not a passing mention;
    a bare "HĐND" with no place after it is still only a passing mention (session 11)."""
    _, orgs = facts("Dự họp có lãnh đạo HĐND, UBND, Ủy ban MTTQ huyện Thủ Thừa và ông Nguyễn Văn An, Phó Chủ tịch "
                    "HĐND, Chủ tịch Ủy ban MTTQ Việt Nam huyện Đức Hòa.")
    folded = {k(o) for o in orgs}
    for name in ("Hội đồng nhân dân huyện Thủ Thừa", "Ủy ban nhân dân huyện Thủ Thừa",
                 "Hội đồng nhân dân huyện Đức Hòa"):
        assert k(name) in folded, name
    assert k("Hội đồng nhân dân tỉnh Long An") not in folded
    _, orgs = facts("Dự họp có ông Trần Văn Bình, Bí thư Đảng ủy, Chủ tịch HĐND xã Mỹ Yên.")
    assert k("Đảng ủy xã Mỹ Yên") in {k(o) for o in orgs}
    _, orgs = facts("Phường này tổ chức họp HĐND để bàn việc sắp xếp.")
    assert orgs == []


def test_sector_short_forms_written_with_dashes_or_và() -> None:
    """"Bộ VH-TT-DL" is the ministry of culture, sports and tourism, not the old division "Văn hóa - Thông tin" with a
    stray "-DL"; "Bộ TN và MT", "Sở GD và ĐT" are their ministries and departments (session 11)."""
    mandates, _ = facts("Thủ tướng giao Bộ VH-TT-DL, Bộ TN và MT rà soát quy định.", "Trung ương")
    assert [m[1] for m in mandates] == [k("Bộ Văn hóa, Thể thao và Du lịch"), k("Bộ Tài nguyên và Môi trường")]
    mandates, _ = facts("UBND tỉnh giao Sở GD và ĐT rà soát quy định.")
    assert mandates == [(UBND, k("Sở Giáo dục và Đào tạo tỉnh Long An"))]


def test_vocational_schools_and_prisons_with_their_names_are_bodies() -> None:
    """"Trường Trung cấp nghề …" (a lowercase word after "Trung cấp" belongs to the head) and "Trại giam …" are
    named units when a duty names them (session 12)."""
    mandates, orgs = facts("UBND tỉnh giao Trường Trung cấp nghề Tháp Mười và Trại giam Cái Tàu phối hợp tổ chức "
                           "dạy nghề cho phạm nhân.")
    assert {"Trường Trung cấp nghề Tháp Mười", "Trại giam Cái Tàu"} <= set(orgs)
    assert (UBND, k("Trại giam Cái Tàu")) in mandates


def test_words_ending_in_bo_are_no_ministry() -> None:
    """"cán bộ tư pháp" (a justice official), "tiến bộ khoa học" (scientific progress), "nội bộ Công an": "bộ" is
    the second syllable of a word, not the ministry; "cán bộ Bộ Tư pháp" still names it (session 12)."""
    _, orgs = facts("UBND tỉnh yêu cầu các doanh nghiệp ứng dụng tiến bộ khoa học kỹ thuật; cán bộ tư pháp "
                    "xã hướng dẫn người dân.")
    assert not any(name.startswith("Bộ ") for name in orgs)
    _, orgs = facts("Đoàn cán bộ Bộ Tư pháp làm việc với tỉnh.")
    assert "Bộ Tư pháp" in orgs


def test_a_photo_credit_is_no_body_of_the_text() -> None:
    """"Ảnh: Báo Cà Mau", "Ảnh: Nhựt An - TTXVN": news pages credit their photos to papers and agencies that the text
    never speaks of (session 12)."""
    _, orgs = facts("Lãnh đạo tỉnh kiểm tra tuyến đê. Ảnh: Báo Long An. Theo đó, UBND tỉnh giao Sở Xây dựng kiểm tra. "
                    "Ảnh: Minh Anh - TTXVN.")
    assert "Báo Long An" not in " ".join(orgs) and "Thông tấn xã Việt Nam" not in orgs
    assert k("Sở Xây dựng tỉnh Long An") in {k(name) for name in orgs}


def test_a_title_after_a_task_forces_purpose_ends_it() -> None:
    """"các thành viên Ban Chỉ đạo phòng, chống dịch bệnh …, trưởng phòng Kinh tế thành phố": the title starts the
    next addressee; the purpose does not run on to the place after it (session 12)."""
    mandates, orgs = facts("UBND tỉnh yêu cầu các thành viên Ban Chỉ đạo phòng, chống dịch bệnh ở động vật, trưởng "
                           "phòng Nông nghiệp huyện Cần Đước tăng cường kiểm tra.")
    assert not any("trưởng phòng" in name for name in orgs)
    assert (UBND, k("Phòng Nông nghiệp và Phát triển nông thôn huyện Cần Đước")) in mandates


def test_short_forms_of_the_economic_zone_board_and_associations() -> None:
    """"BQL Khu kinh tế tỉnh", "Hội ND tỉnh", "Hội CTĐ tỉnh": short forms southern papers write (session 12)."""
    mandates, _ = facts("UBND tỉnh giao BQL Khu kinh tế tỉnh, Hội ND tỉnh và Hội CTĐ tỉnh phối hợp hỗ trợ người dân.")
    assert {k("Ban Quản lý khu kinh tế tỉnh Long An"), k("Hội Nông dân tỉnh Long An"),
            k("Hội Chữ thập đỏ tỉnh Long An")} <= {assignee for _, assignee in mandates}


def test_the_party_committee_of_a_hospital_or_school_is_not_the_unit() -> None:
    """"Đảng ủy Bệnh viện Đa khoa tỉnh" is the hospital's party committee; it was read as the hospital (session 12)."""
    mandates, orgs = facts("Ban Thường vụ Tỉnh ủy giao Đảng ủy Bệnh viện Đa khoa tỉnh kiện toàn tổ chức bộ máy.")
    assert mandates == [(k("Ban Thường vụ Tỉnh ủy Long An"), k("Đảng ủy Bệnh viện Đa khoa tỉnh Long An"))]
    assert k("Bệnh viện Đa khoa tỉnh Long An") not in {k(name) for name in orgs}


def test_the_border_guards_party_committee_is_named_like_the_military_ones() -> None:
    """"Đảng ủy Bộ đội Biên phòng tỉnh" (like "Đảng ủy Quân sự tỉnh"), not "Đảng bộ Bộ Chỉ huy …" (session 12)."""
    _, orgs = facts("Ban Thường vụ Tỉnh ủy giao Đảng ủy Bộ đội Biên phòng tỉnh và Đảng ủy Quân sự tỉnh tuần tra.")
    assert {k("Đảng ủy Bộ đội Biên phòng tỉnh Long An"), k("Đảng ủy Quân sự tỉnh Long An")} <= {k(n) for n in orgs}


def test_a_sector_named_in_passing_is_no_body_one_given_a_duty_is() -> None:
    """"khó khăn của ngành y tế": the sector talked about; "chỉ đạo ngành y tế chủ trì …" (seed 004): the department
    (session 12)."""
    _, orgs = facts("Nhiều đại biểu nêu khó khăn của ngành y tế hiện nay.")
    assert not any(name.startswith("Sở Y tế") for name in orgs)
    mandates, _ = facts("UBND tỉnh chỉ đạo ngành y tế chủ trì kiểm tra các cơ sở khám bệnh.")
    assert mandates == [(UBND, k("Sở Y tế tỉnh Long An"))]


def test_the_land_registration_office_and_the_compensation_council() -> None:
    got = {k(r["name"]) for r in records("UBND tỉnh giao Văn phòng Đăng ký đất đai tỉnh và Hội đồng bồi thường, hỗ "
                                         "trợ và tái định cư huyện Châu Thành rà soát hồ sơ.", "Tỉnh Hậu Giang")
           if r["type"] == "organization"}
    assert k("Văn phòng Đăng ký đất đai tỉnh Hậu Giang") in got
    assert k("Hội đồng bồi thường, hỗ trợ và tái định cư huyện Châu Thành") in got


def test_a_committee_keeps_the_unit_type_its_head_names() -> None:
    # Phú Quốc was a huyện until 2020: a 2018 "Huyện ủy Phú Quốc" is not renamed after the later city
    orgs = facts("Huyện ủy Phú Quốc và Huyện ủy Kiên Lương chỉ đạo rà soát biên chế.", "Tỉnh Kiên Giang",
                 "2018-11-09")[1]
    assert "Huyện ủy Phú Quốc" in orgs and "Huyện ủy Kiên Lương" in orgs
    assert not any(n.startswith("Thành ủy Phú Quốc") for n in orgs)


def test_district_education_centres_keep_their_whole_name() -> None:
    orgs = facts("Hợp nhất Trung tâm Bồi dưỡng chính trị huyện Năm Căn với Trung tâm GDNN-GDTX huyện Năm Căn.",
                 "Tỉnh Cà Mau", "2019-03-01")[1]
    assert k("Trung tâm Bồi dưỡng chính trị huyện Năm Căn") in map(k, orgs)
    assert k("Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện Năm Căn") in map(k, orgs)
    kinds = {r["name"]: r["kind"] for r in records("Trung tâm Bồi dưỡng chính trị huyện Năm Căn tổ chức lớp học.",
                                                   "Tỉnh Cà Mau", "2019-03-01") if r["type"] == "organization"}
    assert kinds == {"Trung tâm Bồi dưỡng chính trị huyện Năm Căn": "academy"}


def test_general_departments_of_ministries_are_central_bodies() -> None:
    text = ("Phó Thủ tướng có ý kiến: Tổng cục Phòng, chống thiên tai theo dõi diễn biến sạt lở, báo cáo "
            "Bộ Nông nghiệp và Phát triển nông thôn.")
    recs = records(text, "Trung ương", "2021-04-15")
    orgs = {r["name"]: (r["kind"], r["level"]) for r in recs if r["type"] == "organization"}
    assert orgs["Tổng cục Phòng, chống thiên tai"] == ("other", "central")
    reports = [(k(r["reporter"]), k(r["recipient"])) for r in recs if r["type"] == "reporting"]
    assert reports == [(k("Tổng cục Phòng, chống thiên tai"), k("Bộ Nông nghiệp và Phát triển nông thôn"))]


def test_southern_and_mixed_spellings_of_sectors() -> None:
    orgs = facts("UBND tỉnh giao Sở Tài chánh, Sở Tài nguyên và MT rà soát; Bộ Tài chánh hướng dẫn.")[1]
    assert {k("Sở Tài chính tỉnh Long An"), k("Sở Tài nguyên và Môi trường tỉnh Long An"),
            k("Bộ Tài chính")} <= set(map(k, orgs))


def test_a_project_board_named_by_the_sector_of_its_works_needs_no_place_after() -> None:
    orgs = facts("UBND tỉnh giao Sở Nông nghiệp phối hợp với BQL dự án đầu tư xây dựng các công trình nông nghiệp "
                 "và phát triển nông thôn triển khai thi công kè.", "Tỉnh Kiên Giang", "2022-05-08")[1]
    assert k("Ban Quản lý dự án đầu tư xây dựng các công trình nông nghiệp và phát triển nông thôn tỉnh Kiên Giang") \
        in map(k, orgs)
    orgs = facts("UBND huyện phối hợp Ban Quản lý dự án công trình nông nghiệp và phát triển nông thôn khắc phục.",
                 "Tỉnh Cà Mau", "2020-03-16")[1]
    assert k("Ban Quản lý dự án công trình nông nghiệp và phát triển nông thôn tỉnh Cà Mau") in map(k, orgs)
    # the owner after the works is no part of the name
    orgs = facts("Ban quản lý dự án đầu tư xây dựng các công trình của tỉnh triển khai thi công.", "Tỉnh Kiên Giang",
                 "2022-05-08")[1]
    assert k("Ban quản lý dự án đầu tư xây dựng tỉnh Kiên Giang") in map(k, orgs)


def test_organising_committees_of_events_and_boards_of_ministries() -> None:
    text = ("Ban Tổ chức lễ khởi công đã thành lập các tiểu ban: Tiểu ban Nội dung - Tuyên truyền, Tiểu ban Lễ tân - "
            "Hậu cần. Phó Chủ tịch UBND tỉnh yêu cầu Sở Giao thông vận tải phối hợp Ban Quản lý dự án Mỹ Thuận "
            "(Bộ Giao thông vận tải) hoàn chỉnh kịch bản buổi lễ.")
    recs = records(text, "Tỉnh Tiền Giang", "2022-01-10")
    orgs = {r["name"]: (r["kind"], r["level"]) for r in recs if r["type"] == "organization"}
    assert orgs["Ban Tổ chức lễ khởi công"][0] == "task_force"  # not the party's organisation commission
    assert "Tiểu ban Lễ tân - Hậu cần" in orgs  # "hậu cần" (logistics) is no modal "cần"
    assert orgs["Ban Quản lý dự án Mỹ Thuận (Bộ Giao thông vận tải)"] == ("public_service_unit", "central")
    assignees = {r["assignee"] for r in recs if r["type"] == "mandate"}
    assert not any(a.startswith("Tiểu ban") for a in assignees)  # setting up subcommittees gives them no duty
    # a ceremony's committee is named by the ceremony, not by what it announces
    orgs2 = facts("Thành lập Ban Tổ chức Lễ công bố Nghị quyết của Quốc hội về sáp nhập tỉnh.", "Tỉnh Đắk Lắk")[1]
    assert "Ban Tổ chức Lễ công bố" in orgs2


def test_a_bare_council_committee_belongs_to_the_council_named_before() -> None:
    text = ("Thường trực HĐND tỉnh tạm hoãn cuộc giám sát của Ban Kinh tế - Ngân sách HĐND tỉnh và cuộc khảo sát "
            "của Ban Văn hóa - Xã hội tại các huyện.")
    orgs = facts(text, "Tỉnh Sóc Trăng", "2020-04-02")[1]
    assert "Ban Văn hóa - Xã hội Hội đồng nhân dân tỉnh Sóc Trăng" in orgs
    # without a council named before, nor for a head that also names a province's board
    assert not any(n.startswith("Ban Văn hóa") for n in facts("UBND tỉnh giao Ban Văn hóa - Xã hội rà soát.",
                                                              "Tỉnh Sóc Trăng", "2020-04-02")[1])
    assert "Ban Dân tộc Hội đồng nhân dân tỉnh Sóc Trăng" not in facts(
        "Thường trực HĐND tỉnh đề nghị Ban Dân tộc rà soát.", "Tỉnh Sóc Trăng", "2020-04-02")[1]


def test_inspectorates_of_every_department_and_district() -> None:
    text = "Quyết định nêu các cuộc thanh tra của Thanh tra tỉnh; thanh tra sở; thanh tra huyện."
    orgs = facts(text, "Tỉnh Tuyên Quang", "2019-01-01")[1]
    assert {"Thanh tra các sở tỉnh Tuyên Quang", "Thanh tra các huyện thuộc tỉnh Tuyên Quang"} <= {
        n.replace("Tỉnh", "tỉnh") for n in orgs}
    # inspecting a named department or district is an activity, not a body
    assert facts("Đoàn sẽ thanh tra huyện Sơn Dương và thanh tra sở y tế.", "Tỉnh Tuyên Quang", "2019-01-01")[1] == []
    # in a district's own text, its own inspectorate
    assert facts("UBND huyện giao thanh tra huyện kiểm tra.", "Huyện Sơn Dương, tỉnh Tuyên Quang",
                 "2019-01-01")[1] == ["Ủy ban nhân dân huyện Sơn Dương", "Thanh tra huyện Sơn Dương"]


def test_regional_offices_of_central_bodies() -> None:
    text = ("Các sở, ngành phối hợp với Kiểm toán Nhà nước khu vực IX khi có cuộc kiểm toán; Cục Dự trữ Nhà nước "
            "khu vực Bình Trị Thiên bàn giao hàng dự trữ.")
    orgs = facts(text, "Tỉnh Bến Tre", "2023-01-01")[1]
    assert {"Kiểm toán Nhà nước khu vực IX", "Cục Dự trữ Nhà nước khu vực Bình Trị Thiên"} <= set(orgs)
    assert "Kiểm toán Nhà nước" not in orgs  # the office does not declare its host


def test_a_body_marked_as_before_the_merger_keeps_the_mark() -> None:
    text = ("Các trụ sở được giao gồm trụ sở Tỉnh ủy Bình Phước (cũ), trụ sở UBND tỉnh Bình Phước cũ và trụ sở "
            "UBND huyện Vĩnh Cửu (trước sắp xếp). UBND tỉnh cũng giao Sở Tài chính quản lý.")
    orgs = facts(text, "Tỉnh Đồng Nai", "2025-08-01")[1]
    assert {"Tỉnh ủy Bình Phước (cũ)", "Ủy ban nhân dân huyện Vĩnh Cửu (trước sắp xếp)"} <= set(orgs)
    assert k("Ủy ban nhân dân tỉnh Bình Phước (cũ)") in map(k, orgs)
    assert k("Ủy ban nhân dân tỉnh Đồng Nai") in map(k, orgs)  # "cũng" (also) is no mark
