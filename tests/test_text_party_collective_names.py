"""The party collective is named as the text writes it when it writes only "các cấp ủy đảng" ("Các cấp ủy đảng
tỉnh X"), and after the parts it lists otherwise ("Các cấp ủy, tổ chức đảng thuộc Đảng bộ tỉnh X"); issue 11,
session 18. Sentences written here."""

from __future__ import annotations

import pytest

from bomay.loaders.text.documents import document_from_text
from bomay.loaders.text.extract import extract
from bomay.loaders.text.records import gold_view, to_records
from bomay.loaders.text.scoring import body_key as k


def assignees(text: str) -> list[str]:
    doc = document_from_text("t", text, {"jurisdiction": "Tỉnh Quảng Ngãi", "date": "2021-03-04"})
    return [k(r["assignee"]) for r in (gold_view(r) for r in to_records(extract(doc))) if r and r["type"] == "mandate"]


def test_committees_written_with_dang_keep_that_name() -> None:
    got = assignees("Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy đảng tăng cường kiểm tra, giám sát.")
    assert got == [k("Các cấp ủy đảng tỉnh Quảng Ngãi")]


@pytest.mark.parametrize(("text", "name"), [
    ("Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng tăng cường kiểm tra, giám sát.",
     "Các cấp ủy, tổ chức đảng thuộc Đảng bộ tỉnh Quảng Ngãi"),
    ("Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy đảng tăng cường kiểm tra. Các tổ chức đảng rà soát đảng viên.",
     "Các cấp ủy, tổ chức đảng thuộc Đảng bộ tỉnh Quảng Ngãi"),
    ("Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy tăng cường kiểm tra, giám sát.",
     "Các cấp ủy thuộc Đảng bộ tỉnh Quảng Ngãi"),
])
def test_other_party_collectives_are_named_after_their_parts(text: str, name: str) -> None:
    assert assignees(text)[0] == k(name)


@pytest.mark.parametrize(("written", "name"), [
    ("các huyện, thành, thị ủy", "Các huyện ủy, thành ủy, thị ủy trực thuộc Tỉnh ủy Quảng Ngãi"),
    ("các huyện, thị, thành ủy trực thuộc Tỉnh ủy", "Các huyện ủy, thị ủy, thành ủy trực thuộc Tỉnh ủy Quảng Ngãi"),
    ("các huyện ủy, thành ủy", "Các huyện ủy, thành ủy trực thuộc Tỉnh ủy Quảng Ngãi"),
])
def test_district_committees_sharing_one_written_uy(written: str, name: str) -> None:
    assert assignees(f"Tỉnh ủy yêu cầu {written} chỉ đạo tổ chức đại hội chi bộ.") == [k(name)]


@pytest.mark.parametrize("text", [
    "Bảo đảm an ninh trật tự trong ngày bầu cử đại biểu Quốc hội và HĐND các cấp.",
    "Đến nay, Đảng bộ các xã đã chỉ đạo tổ chức Đại hội các chi bộ trực thuộc đúng tiến độ.",
])
def test_an_election_or_a_congress_of_collectives_declares_no_group(text: str) -> None:
    doc = document_from_text("t", text, {"jurisdiction": "Tỉnh Quảng Ngãi", "date": "2021-03-04"})
    names = [r["name"] for r in to_records(extract(doc)) if r["type"] == "organization"]
    assert not any("các cấp" in n or n.startswith("Các chi bộ") for n in names)


@pytest.mark.parametrize(("text", "name"), [
    ("UBND tỉnh yêu cầu UBND các cấp tăng cường kiểm tra.", "Ủy ban nhân dân các cấp tỉnh Quảng Ngãi"),
    ("Tỉnh ủy yêu cầu các chi bộ trực thuộc tổ chức đại hội đúng tiến độ.", "Các chi bộ trực thuộc Tỉnh ủy Quảng Ngãi"),
])
def test_the_same_collectives_given_a_duty_are_bodies(text: str, name: str) -> None:
    assert assignees(text) == [k(name)]
