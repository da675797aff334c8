"""The press as addressees ("các cơ quan báo chí", "… Trung ương", "… của Trung ương đóng trên địa bàn tỉnh"),
names with a field joined by a dash ("kinh tế - xã hội"), and the police's investigation agencies written in
their several forms; issue 11, session 18. Sentences written here."""

from __future__ import annotations

import pytest

from bomay.loaders.text.documents import document_from_text
from bomay.loaders.text.extract import extract
from bomay.loaders.text.records import gold_view, to_records
from bomay.loaders.text.scoring import body_key as k


def records(text: str, jurisdiction: str = "Tỉnh Quảng Ngãi") -> list[dict]:
    doc = document_from_text("t", text, {"jurisdiction": jurisdiction, "date": "2023-05-05"})
    return [r for r in (gold_view(r) for r in to_records(extract(doc))) if r]


def assignees(text: str, jurisdiction: str = "Tỉnh Quảng Ngãi") -> list[str]:
    return [k(r["assignee"]) for r in records(text, jurisdiction) if r["type"] == "mandate"]


def test_a_provinces_press_is_named_with_the_province() -> None:
    assert assignees("UBND tỉnh đề nghị các cơ quan báo chí tăng cường tuyên truyền.") == [
        k("Các cơ quan báo chí tỉnh Quảng Ngãi")]


def test_the_central_press_in_a_provinces_list_is_not_a_request_upwards() -> None:
    got = assignees("UBND tỉnh đề nghị Sở Y tế, Sở Tài chính và các cơ quan báo chí Trung ương tăng cường tuyên "
                    "truyền.")
    assert got == [k("Sở Y tế tỉnh Quảng Ngãi"), k("Sở Tài chính tỉnh Quảng Ngãi"), k("Các cơ quan báo chí Trung ương")]


def test_the_central_press_based_in_the_province_is_named_as_written() -> None:
    got = assignees("Ban Tuyên giáo Tỉnh ủy chỉ đạo Báo Quảng Ngãi và các cơ quan thông tấn, báo chí của Trung ương "
                    "đóng trên địa bàn tỉnh tăng cường tuyên truyền.")
    assert got == [k("Báo Quảng Ngãi"),
                   k("Các cơ quan thông tấn, báo chí của trung ương đóng trên địa bàn tỉnh Quảng Ngãi")]


def test_a_central_text_addresses_the_press_without_a_place() -> None:
    assert assignees("Bộ Thông tin và Truyền thông đề nghị các cơ quan báo chí tăng cường tuyên truyền.",
                     "Trung ương") == [k("Các cơ quan báo chí")]


def test_the_press_as_a_partner_is_still_a_body_of_the_text() -> None:
    names = [k(r["name"]) for r in records("Sở Văn hóa phối hợp với các cơ quan báo chí tuyên truyền.")
             if r["type"] == "organization"]
    assert k("Các cơ quan báo chí tỉnh Quảng Ngãi") in names


def test_a_name_runs_on_through_the_dash_of_kinh_te_xa_hoi() -> None:
    assert assignees("UBND tỉnh giao Viện Nghiên cứu phát triển kinh tế - xã hội tỉnh tiếp thu ý kiến góp ý.") == [
        k("Viện Nghiên cứu phát triển kinh tế - xã hội tỉnh Quảng Ngãi")]


@pytest.mark.parametrize(("written", "name"), [
    ("Cơ quan điều tra Công an tỉnh", "Cơ quan điều tra Công an tỉnh Quảng Ngãi"),
    ("Cơ quan CSĐT Công an tỉnh", "Cơ quan Cảnh sát điều tra Công an tỉnh Quảng Ngãi"),
    ("Cơ quan An ninh điều tra Công an tỉnh", "Cơ quan An ninh điều tra Công an tỉnh Quảng Ngãi"),
])
def test_the_polices_investigation_agencies(written: str, name: str) -> None:
    assert assignees(f"Thường trực Tỉnh ủy giao {written} điều tra làm rõ vụ việc.") == [k(name)]
