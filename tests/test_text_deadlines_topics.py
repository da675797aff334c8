"""Deadline normalisation, frequencies and topic classification."""

from __future__ import annotations

import pytest

from bomay.loaders.text.deadlines import frequency_concept, normalise
from bomay.loaders.text.topics import classify


@pytest.mark.parametrize(("text", "day", "first", "last"), [
    ("trước ngày 10/6", "2021-06-10", None, None),
    ("trước ngày 15/10/2019", "2019-10-15", None, None),
    ("trước ngày 30 tháng 9 năm 2023", "2023-09-30", None, None),
    ("trong tháng 5 năm 2021", None, "2021-05-01", "2021-05-31"),
    ("trong tháng 2", None, "2021-02-01", "2021-02-28"),
    ("ngay trong năm 2018", None, "2018-01-01", "2018-12-31"),
    ("trong quý IV năm 2022", None, "2022-10-01", "2022-12-31"),
    ("trước ngày 31/2", None, None, None),
])
def test_deadlines(text: str, day: str | None, first: str | None, last: str | None) -> None:
    d = normalise(text, 0, len(text), 2021)
    assert (d.text, d.day, d.first, d.last) == (text, day, first, last)


@pytest.mark.parametrize(("text", "concept"), [
    ("hàng tuần", "weekly"), ("hằng tuần", "weekly"), ("2 tuần/lần", "biweekly"), ("hàng quý", "quarterly"),
    ("6 tháng một lần", "semiannual"), ("định kỳ 6 tháng", "semiannual"), ("định kỳ", "periodic"),
    ("định kỳ hàng quý", "quarterly"),
])
def test_frequencies(text: str, concept: str) -> None:
    assert frequency_concept(text) == concept


def test_topics_come_from_the_ontology_keywords() -> None:
    assert classify("sắp xếp tổ chức bộ máy các đơn vị sự nghiệp công lập") == "to-chuc-bo-may"
    assert classify("tổ chức bầu cử đại biểu Quốc hội") == "bau-cu"
    assert classify("xyz không có gì") is None
