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
