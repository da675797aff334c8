"""District party committees and their organs listed one by one after a shared head ("Huyện ủy: A, B", "Ban
Thường vụ Huyện ủy các huyện: A, B"); issue 11, session 17. Sentences written here."""

from __future__ import annotations

import pytest

from bomay.loaders.text.documents import document_from_text
from bomay.loaders.text.extract import extract
from bomay.loaders.text.records import gold_view, to_records
from bomay.loaders.text.scoring import body_key as k


def assignees(text: str) -> list[str]:
    doc = document_from_text("t", text, {"jurisdiction": "Tỉnh Kiên Giang", "date": "2019-05-05"})
    return [k(r["assignee"]) for r in (gold_view(r) for r in to_records(extract(doc))) if r and r["type"] == "mandate"]


@pytest.mark.parametrize(("written", "organ"), [
    ("Huyện ủy Giồng Riềng, Châu Thành", ""),
    ("Huyện ủy: Giồng Riềng, Châu Thành", ""),
    ("Ban Thường vụ Huyện ủy các huyện: Giồng Riềng, Châu Thành", "Ban Thường vụ "),
    ("Ban Thường vụ Huyện ủy: Giồng Riềng, Châu Thành", "Ban Thường vụ "),
    ("Ủy ban Kiểm tra Huyện ủy các huyện: Giồng Riềng, Châu Thành", "Ủy ban Kiểm tra "),
])
def test_each_listed_district_gets_its_own_party_body(written: str, organ: str) -> None:
    got = assignees(f"Tỉnh ủy yêu cầu {written} báo cáo kết quả thực hiện nghị quyết.")
    assert got == [k(f"{organ}Huyện ủy Giồng Riềng"), k(f"{organ}Huyện ủy Châu Thành")]


def test_a_province_after_the_district_is_where_it_lies_not_a_second_committee() -> None:
    assert assignees("Tỉnh ủy yêu cầu Huyện ủy Giồng Riềng, Kiên Giang báo cáo kết quả.") == [
        k("Huyện ủy Giồng Riềng")]
