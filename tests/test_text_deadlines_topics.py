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


@pytest.mark.parametrize("text, day", [
    ("trước 14h00 ngày 13/02/2021", "2021-02-13"),
    ("trước 17 giờ 00' ngày 03/5/2020", "2020-05-03"),
    ("trước ngày 15.3", "2021-03-15"),
    ("trước 15-1-2025", "2025-01-15"),
    ("chậm nhất là ngày 20 tháng 7 năm 2019", "2019-07-20"),
])
def test_written_deadline_forms(text: str, day: str) -> None:
    from bomay.loaders.text.deadlines import find_deadline
    from bomay.loaders.text.lexicon import match_form
    found = find_deadline(text, match_form(text), 0, len(text), 2021)
    assert found is not None and found.text == text and found.day == day


@pytest.mark.parametrize("text", ["trước 16h30 hàng ngày", "trước Tết Nguyên đán", "vào 16h00 hằng ngày"])
def test_deadlines_without_a_day_stay_verbatim(text: str) -> None:
    from bomay.loaders.text.deadlines import find_deadline
    from bomay.loaders.text.lexicon import match_form
    found = find_deadline(text, match_form(text), 0, len(text), 2021)
    assert found is not None and found.text == text and found.day is None


@pytest.mark.parametrize("text, concept", [("mỗi tuần một lần", "weekly"), ("đột xuất", "ad-hoc"),
                                           ("3 tháng một lần", "quarterly")])
def test_more_frequency_forms(text: str, concept: str) -> None:
    from bomay.loaders.text.deadlines import find_frequencies
    from bomay.loaders.text.lexicon import match_form
    found = find_frequencies(text, match_form(text), 0, len(text))
    assert [f.text for f in found] == [text] and found[0].concept == concept


def test_a_quarter_without_its_number_is_kept_as_text_not_a_crash() -> None:
    deadline = normalise("quý này", 0, 7, 2025)
    assert (deadline.text, deadline.first, deadline.last) == ("quý này", None, None)


@pytest.mark.parametrize("text, day", [
    ("trước 16 giờ ngày 05/6/2021", "2021-06-05"),
    ("chậm nhất trước ngày 15 tháng 01 năm 2025", "2025-01-15"),
])
def test_deadline_with_an_hour_and_no_minutes(text: str, day: str) -> None:
    from bomay.loaders.text.deadlines import find_deadline
    from bomay.loaders.text.lexicon import match_form
    found = find_deadline(text, match_form(text), 0, len(text), 2021)
    assert found is not None and found.text == text and found.day == day


@pytest.mark.parametrize("text", [
    "trong thời hạn 10 ngày làm việc kể từ ngày nhận được văn bản", "trước ngày 10 hằng tháng",
    "trước ngày 20 của tháng cuối quý", "trước ngày 05 của tháng tiếp theo", "xong trước quý III/2024",
])
def test_recurring_and_relative_deadlines_are_found_and_kept_as_text(text: str) -> None:
    from bomay.loaders.text.deadlines import find_deadline
    from bomay.loaders.text.lexicon import match_form
    found = find_deadline(text, match_form(text), 0, len(text), 2021)
    # no single day or period is made up for a deadline that recurs or counts from an event
    assert found is not None and found.text == text and (found.day, found.first, found.last) == (None, None, None)


@pytest.mark.parametrize("text, concept", [("01 lần/tháng", "monthly"), ("1 lần/quý", "quarterly"),
                                           ("một lần/năm", "annual")])
def test_once_per_period(text: str, concept: str) -> None:
    from bomay.loaders.text.deadlines import find_frequencies
    from bomay.loaders.text.lexicon import match_form
    found = find_frequencies(text, match_form(text), 0, len(text))
    assert [f.text for f in found] == [text] and found[0].concept == concept
