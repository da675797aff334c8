""""UBND các địa phương" where the text has named no units: the People's Committees one level below the unit it
speaks for (districts of a province before July 2025, communes after; communes of a district); after named
units it stands for those. Issue 11, session 20. Sentences written here."""

from __future__ import annotations

from bomay.loaders.text.documents import document_from_text
from bomay.loaders.text.extract import extract
from bomay.loaders.text.records import gold_view, to_records
from bomay.loaders.text.scoring import body_key as k


def assignees(text: str, jurisdiction: str, date: str) -> set[str]:
    doc = document_from_text("t", text, {"jurisdiction": jurisdiction, "date": date})
    return {k(r["assignee"]) for r in (gold_view(r) for r in to_records(extract(doc))) if r and r["type"] == "mandate"}


SENTENCE = "UBND tỉnh yêu cầu UBND các địa phương khẩn trương rà soát các hộ dân trong vùng sạt lở."


def test_a_provinces_localities_before_the_reform_are_its_districts() -> None:
    assert assignees(SENTENCE, "Tỉnh Quảng Trị", "2021-09-05") == {
        k("Ủy ban nhân dân các huyện, thị xã, thành phố thuộc tỉnh Quảng Trị")}


def test_a_provinces_localities_after_the_reform_are_its_communes() -> None:
    found = assignees(SENTENCE, "Tỉnh Quảng Trị", "2025-09-05")
    assert len(found) == 1 and next(iter(found)).startswith(k("Ủy ban nhân dân các xã, phường"))


def test_a_districts_localities_are_its_communes() -> None:
    found = assignees("UBND huyện yêu cầu UBND các địa phương khẩn trương rà soát.", "Huyện Hải Lăng, tỉnh Quảng Trị",
                      "2021-09-05")
    assert len(found) == 1 and next(iter(found)).endswith(k("thuộc huyện Hải Lăng"))


def test_localities_after_named_districts_are_those_districts() -> None:
    found = assignees("Mưa lớn gây sạt lở tại huyện Hải Lăng và huyện Đakrông. UBND tỉnh yêu cầu UBND các địa phương "
                      "khẩn trương di dời các hộ dân.", "Tỉnh Quảng Trị", "2021-09-05")
    assert k("Ủy ban nhân dân các huyện, thị xã, thành phố thuộc tỉnh Quảng Trị") not in found
