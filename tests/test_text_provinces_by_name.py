"""Provinces addressed by their names alone ("yêu cầu Hà Nội, Đà Nẵng …", "công văn gửi Quảng Ngãi và Gia
Lai, đề nghị …", "các địa phương: Nghệ An, Hà Tĩnh") mean their People's Committees; issue 11, session 20.
Sentences written here."""

from __future__ import annotations

from bomay.loaders.text.documents import document_from_text
from bomay.loaders.text.extract import extract
from bomay.loaders.text.records import gold_view, to_records
from bomay.loaders.text.scoring import body_key as k


def records(text: str, jurisdiction: str = "Trung ương") -> list[dict]:
    doc = document_from_text("t", text, {"jurisdiction": jurisdiction, "date": "2024-05-05"})
    return [r for r in (gold_view(r) for r in to_records(extract(doc))) if r]


def pairs(text: str, jurisdiction: str = "Trung ương") -> set[tuple[str, str]]:
    return {(k(r["assigner"]), k(r["assignee"])) for r in records(text, jurisdiction) if r["type"] == "mandate"}


def test_provinces_named_alone_after_a_request_are_their_peoples_committees() -> None:
    assert pairs("Thủ tướng yêu cầu Hà Nội, Thành phố Hồ Chí Minh và Đà Nẵng chủ động phương án ứng phó.") == {
        (k("Chính phủ"), k("Ủy ban nhân dân thành phố Hà Nội")),
        (k("Chính phủ"), k("Ủy ban nhân dân Thành phố Hồ Chí Minh")),
        (k("Chính phủ"), k("Ủy ban nhân dân thành phố Đà Nẵng"))}


def test_provinces_a_letter_was_sent_to_receive_its_request() -> None:
    assert pairs("Bộ Công Thương cũng có thêm công văn riêng gửi Quảng Ngãi và Gia Lai, đề nghị khẩn trương "
                 "rà soát các kho xăng dầu.") == {(k("Bộ Công Thương"), k("Ủy ban nhân dân tỉnh Quảng Ngãi")),
                                                  (k("Bộ Công Thương"), k("Ủy ban nhân dân tỉnh Gia Lai"))}


def test_localities_listed_after_a_colon_are_each_addressed() -> None:
    assert pairs("Bộ Y tế đề nghị các địa phương: Nghệ An, Hà Tĩnh tăng cường giám sát dịch bệnh.") == {
        (k("Bộ Y tế"), k("Ủy ban nhân dân tỉnh Nghệ An")), (k("Bộ Y tế"), k("Ủy ban nhân dân tỉnh Hà Tĩnh"))}


def test_a_province_named_in_a_plain_statement_is_no_body() -> None:
    found = records("Năm 2023, Gia Lai thu hút nhiều dự án đầu tư mới.")
    assert [r["name"] for r in found if r["type"] == "organization"] == []


def test_a_district_named_alone_is_not_read_as_a_province() -> None:
    assert pairs("UBND tỉnh yêu cầu Châu Thành khẩn trương hoàn thành việc giải phóng mặt bằng.", "Tỉnh An Giang") \
        <= {(k("Ủy ban nhân dân tỉnh An Giang"), k("Ủy ban nhân dân huyện Châu Thành"))}
