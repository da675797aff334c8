"""Partners named one by one after their plural head ("phối hợp với các Bộ: Tài chính, Xây dựng …") and a
proposal examined before the speaker ("Xem xét đề nghị của X, Phó Thủ tướng giao …"); issue 11, session 17.
Sentences written here."""

from __future__ import annotations

from bomay.loaders.text.documents import document_from_text
from bomay.loaders.text.extract import extract
from bomay.loaders.text.records import gold_view, to_records
from bomay.loaders.text.scoring import body_key as k


def records(text: str, jurisdiction: str, date: str = "2021-04-12") -> list[dict]:
    doc = document_from_text("t", text, {"jurisdiction": jurisdiction, "date": date})
    return [r for r in (gold_view(r) for r in to_records(extract(doc))) if r]


def pairs(recs: list[dict], kind: str, left: str, right: str) -> list[tuple[str, str]]:
    return [(k(r[left]), k(r[right])) for r in recs if r["type"] == kind]


def test_partners_listed_after_a_plural_head_cooperate_and_the_lead_reports() -> None:
    recs = records("Giao Sở Xây dựng chủ trì, phối hợp với các Sở: Tài chính, Giao thông vận tải kiểm tra hiện trạng "
                   "các tuyến kè, báo cáo UBND tỉnh trước ngày 30/5/2021.", "Tỉnh Bạc Liêu")
    ubnd, lead = k("Ủy ban nhân dân tỉnh Bạc Liêu"), k("Sở Xây dựng tỉnh Bạc Liêu")
    assert pairs(recs, "mandate", "assigner", "assignee") == [(ubnd, lead)]
    assert pairs(recs, "reporting", "reporter", "recipient") == [(lead, ubnd)]
    mandate = next(r for r in recs if r["type"] == "mandate")
    assert {k(b) for b in mandate["cooperate_with"]} == {k("Sở Tài chính tỉnh Bạc Liêu"),
                                                         k("Sở Giao thông vận tải tỉnh Bạc Liêu")}


def test_ministries_listed_as_partners_from_the_centre_are_not_assignees() -> None:
    recs = records("Phó Thủ tướng giao Bộ Xây dựng chủ trì, phối hợp với các Bộ: Tài chính, Kế hoạch và Đầu tư "
                   "xem xét đề xuất của tỉnh, báo cáo Thủ tướng Chính phủ.", "Trung ương")
    assert pairs(recs, "mandate", "assigner", "assignee") == [(k("Chính phủ"), k("Bộ Xây dựng"))]
    assert pairs(recs, "reporting", "reporter", "recipient") == [(k("Bộ Xây dựng"), k("Chính phủ"))]


def test_a_proposal_examined_before_the_speaker_does_not_hide_the_duty() -> None:
    recs = records("Xem xét đề nghị của UBND tỉnh Sóc Trăng tại văn bản số 210/UBND-KT, Phó Thủ tướng giao Bộ Tài "
                   "chính hướng dẫn tỉnh sử dụng nguồn dự phòng.", "Trung ương")
    assert pairs(recs, "mandate", "assigner", "assignee") == [(k("Chính phủ"), k("Bộ Tài chính"))]


def test_a_colon_after_the_assignee_still_opens_its_tasks() -> None:
    recs = records("UBND tỉnh giao các Sở: Tài chính, Xây dựng rà soát hồ sơ.", "Tỉnh Bạc Liêu")
    assert sorted(pairs(recs, "mandate", "assigner", "assignee")) == sorted([
        (k("Ủy ban nhân dân tỉnh Bạc Liêu"), k("Sở Tài chính tỉnh Bạc Liêu")),
        (k("Ủy ban nhân dân tỉnh Bạc Liêu"), k("Sở Xây dựng tỉnh Bạc Liêu"))])


def test_departments_listed_after_nhu_are_each_their_own_body() -> None:
    recs = records("UBND tỉnh yêu cầu các sở như Nội vụ, Tư pháp và Tài chính rà soát hồ sơ.", "Tỉnh Tây Ninh",
                   "2025-07-05")
    ubnd = k("Ủy ban nhân dân tỉnh Tây Ninh")
    assert sorted(pairs(recs, "mandate", "assigner", "assignee")) == sorted(
        (ubnd, k(f"Sở {stem} tỉnh Tây Ninh")) for stem in ("Nội vụ", "Tư pháp", "Tài chính"))


def test_departments_such_as_that_are_not_named_stay_one_group() -> None:
    recs = records("UBND tỉnh yêu cầu các sở như vậy phải rà soát hồ sơ.", "Tỉnh Tây Ninh", "2025-07-05")
    assert pairs(recs, "mandate", "assigner", "assignee") == [(k("Ủy ban nhân dân tỉnh Tây Ninh"),
                                                               k("Các sở tỉnh Tây Ninh"))]


def test_a_headline_opening_with_a_verb_names_no_commune() -> None:
    doc = document_from_text("t", "Ban Chỉ đạo công tác giải phóng mặt bằng có nhiệm vụ đôn đốc các cơ quan, địa "
                             "phương có liên quan.", {
        "jurisdiction": "Tỉnh Quảng Trị", "date": "2021-05-18",
        "title": "Thành lập Ban Chỉ đạo giải phóng mặt bằng tỉnh"})
    names = [r["name"] for r in to_records(extract(doc)) if r["type"] == "organization"]
    assert names and not [n for n in names if "xã Thanh" in n]


def test_ministries_whose_opinions_were_heard_do_not_speak_for_the_deputy_prime_minister() -> None:
    recs = records("Cụ thể, xét kiến nghị của UBND tỉnh Nghệ An tại Báo cáo số 310/BC-UBND; ý kiến các Bộ: Tài chính, "
                   "Xây dựng, Nội vụ, Phó Thủ tướng Chính phủ Trần Văn A có ý kiến như sau:\n\nVề việc điều chỉnh địa "
                   "giới, Bộ Nội vụ khẩn trương hoàn thiện dự thảo nghị quyết.", "Tỉnh Nghệ An")
    assert pairs(recs, "mandate", "assigner", "assignee") == [(k("Chính phủ"), k("Bộ Nội vụ"))]
