"""Reports sent to a body named before them ("gửi Bộ Tài chính báo cáo …"), times stacked before a continued
task ("Định kỳ hàng tuần, trước 9h00 thứ hai, …"), a weekday deadline, and a team's verb that builds nouns
("Đoàn kiểm tra tổng hợp báo cáo …"); issue 11, session 19. Sentences written here."""

from __future__ import annotations

from bomay.loaders.text.deadlines import find_deadline
from bomay.loaders.text.documents import document_from_text
from bomay.loaders.text.extract import extract
from bomay.loaders.text.records import gold_view, to_records
from bomay.loaders.text.scoring import body_key as k
from bomay.textnorm import match_form


def records(text: str, jurisdiction: str = "Trung ương") -> list[dict]:
    doc = document_from_text("t", text, {"jurisdiction": jurisdiction, "date": "2025-05-05"})
    return [r for r in (gold_view(r) for r in to_records(extract(doc))) if r]


def reports(text: str, jurisdiction: str = "Trung ương") -> list[tuple[str, str]]:
    return [(k(r["reporter"]), k(r["recipient"])) for r in records(text, jurisdiction) if r["type"] == "reporting"]


def test_a_report_sent_to_the_body_written_before_it() -> None:
    assert reports("Bộ Y tế đề nghị các bộ, ngành định kỳ hàng tháng gửi về Bộ Y tế báo cáo tình hình "
                   "thực hiện.") == [(k("Các bộ, ngành"), k("Bộ Y tế"))]


def test_a_continued_task_after_a_frequency_and_a_weekday_deadline() -> None:
    text = ("Bộ Y tế đề nghị các bộ, ngành khẩn trương rà soát các dự án.\n\n"
            "Định kỳ hàng tuần, trước 9h00 thứ hai, gửi Bộ Y tế báo cáo tình hình thực hiện.")
    assert reports(text) == [(k("Các bộ, ngành"), k("Bộ Y tế"))]


def test_a_weekday_belongs_to_the_deadline() -> None:
    text = "trước 9h00 thứ hai, gửi báo cáo"
    deadline = find_deadline(text, match_form(text), 0, len(text), 2025)
    assert deadline is not None and deadline.text == "trước 9h00 thứ hai"


def test_a_body_sent_something_that_is_no_report_gets_none() -> None:
    assert reports("Bộ Y tế đề nghị các bộ, ngành gửi Bộ Y tế danh sách các dự án.") == []


def test_tong_hop_before_a_report_is_the_teams_verb_not_its_name() -> None:
    names = [k(r["name"]) for r in records("UBND tỉnh thành lập Đoàn kiểm tra công vụ. Sau khi kiểm tra, Đoàn "
                                           "kiểm tra tổng hợp báo cáo UBND tỉnh.", "Tỉnh Lâm Đồng")
             if r["type"] == "organization"]
    assert not any("tong hop" in n for n in names)
