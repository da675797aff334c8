"""What news prose wraps around a directive, read as session 23 found it on pages from other provinces: a newspaper
named as the source of a complaint is no body; a question assigns nothing; "X cho biết, đã giao Y …" is X's
assignment; an adverb after a bare task force ("Ban Chỉ đạo còn có …") is not its name; a person's title "Thường
trực Ban Bí thư" is no body of its own. Sentences written here."""

from __future__ import annotations

from bomay.loaders.text.scoring import body_key as k
from tests import extracted

GIA_LAI = {"jurisdiction": "Tỉnh Gia Lai", "date": "2020-01-20"}
HUE = {"jurisdiction": "Tỉnh Thừa Thiên Huế", "date": "2020-01-14"}
CENTRAL = {"jurisdiction": "Trung ương", "date": "2025-03-01"}


def test_a_newspaper_that_reported_is_no_body() -> None:
    text = "Như Báo Gia Lai đã phản ánh, nhiều hộ dân chưa được hỗ trợ."
    assert k("Báo Gia Lai") not in extracted.names(text, GIA_LAI)


def test_a_newspaper_given_a_duty_is_a_body() -> None:
    text = "UBND tỉnh giao Báo Gia Lai tuyên truyền rộng rãi chủ trương này."
    assert extracted.mandates(text, GIA_LAI) == [(k("Báo Gia Lai"), "tuyên truyền rộng rãi chủ trương này")]


def test_a_question_gives_no_speaker_and_no_duty() -> None:
    text = ("- UBND thành phố Huế đã có văn bản nào yêu cầu thu hồi khu đất này?\n"
            "Giao UBND thành phố Huế tham mưu UBND tỉnh trước ngày 03/02/2020.\n")
    assert extracted.mandates(text, HUE) == [
        (k("Ủy ban nhân dân thành phố Huế"), "tham mưu UBND tỉnh trước ngày 03/02/2020")]


def test_a_complaint_ending_in_a_question_mark_keeps_its_request() -> None:
    text = ("Thanh tra Chính phủ đã hai lần có văn bản yêu cầu UBND tỉnh giải quyết dứt điểm vụ việc; "
            "song vụ việc đến nay vẫn chưa có hồi kết?")
    assert [a for a, _ in extracted.mandates(text, HUE)] == [k("Ủy ban nhân dân tỉnh Thừa Thiên Huế")]


def test_an_assignment_told_by_its_giver() -> None:
    text = "Ngày 5-8, UBND tỉnh cho biết, đã giao Sở Tài chính chủ trì rà soát các dự án."
    assert extracted.mandates(text, GIA_LAI) == [(k("Sở Tài chính tỉnh Gia Lai"), "chủ trì rà soát các dự án")]


def test_an_adverb_after_a_bare_task_force_is_not_its_name() -> None:
    names = extracted.names("Ngoài ra, Ban Chỉ đạo còn có 18 thành viên.", GIA_LAI)
    assert not any("con" in n.split() for n in names)


def test_a_secretariat_title_before_a_name_is_no_body() -> None:
    text = "Thay mặt Bộ Chính trị, Thường trực Ban Bí thư Trần Cẩm Tú ký ban hành Kết luận số 185-KL/TW."
    names = extracted.names(text, CENTRAL)
    assert k("Thường trực Ban Bí thư") not in names and k("Ban Bí thư") in names


KIEN_GIANG = {"jurisdiction": "Tỉnh Kiên Giang", "date": "2022-09-07"}


def test_a_leader_named_without_a_title_speaks_for_the_body_already_speaking() -> None:
    text = ("Chủ tịch UBND tỉnh đề nghị chủ tịch UBND cấp huyện tập trung giải phóng mặt bằng. Sở Kế hoạch và Đầu "
            "tư tăng cường kiểm tra, đôn đốc các địa phương.\nCác chủ đầu tư đẩy nhanh tiến độ giải ngân.\n"
            "Về thu ngân sách, đồng chí Lâm Minh Thành giao Cục Thuế tỉnh phối hợp Sở Tài chính rà soát nguồn thu.\n")
    got = [(r["assigner"], r["assignee"]) for r in extracted.records(text, KIEN_GIANG) if r["type"] == "mandate"]
    assert ("Ủy ban nhân dân tỉnh Kiên Giang", "Cục Thuế tỉnh Kiên Giang") in [
        (a, b.replace("Tỉnh", "tỉnh")) for a, b in got]


def test_a_person_named_without_a_title_and_no_one_speaking_gives_nothing() -> None:
    text = "Ông Lâm Minh Thành giao Cục Thuế tỉnh rà soát các nguồn thu."
    assert extracted.mandates(text, KIEN_GIANG) == []


def test_a_finding_told_after_trước_đó_is_no_duty() -> None:
    text = ("Trước đó, qua quá trình kiểm tra, Thanh tra tỉnh phát hiện UBND huyện Chư Sê sử dụng kinh phí chưa đúng "
            "quy định.")
    assert extracted.mandates(text, GIA_LAI) == []


def test_the_subject_of_a_condition_is_given_no_duty() -> None:
    text = ("Đối với các đề án đã gửi Bộ Nội vụ, đề nghị các địa phương tiếp tục hoàn thiện hồ sơ, sau khi Ủy ban "
            "Thường vụ Quốc hội thông qua Nghị quyết sửa đổi.")
    assert k("Ủy ban Thường vụ Quốc hội") not in [a for a, _ in extracted.mandates(text, CENTRAL)]
