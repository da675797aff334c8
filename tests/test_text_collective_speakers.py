"""Many bodies doing a task together ("Các đảng ủy xã, phường tổ chức hội nghị quán triệt") speak for none of
them: the next sentence's duty is not theirs to give. Until session 23 such a collective became the speaker and
gave a false mandate to the next subject. Sentences written here."""

from __future__ import annotations

from bomay.loaders.text.scoring import body_key as k
from tests import extracted

AN_GIANG = {"jurisdiction": "Tỉnh An Giang", "date": "2025-08-10"}


def test_a_collective_holding_meetings_gives_no_duty_to_the_next_subject() -> None:
    text = ("Các đảng ủy xã, phường, đặc khu tổ chức hội nghị quán triệt.\n"
            "Thường trực Đảng ủy xã Mỹ Hòa Hưng báo cáo Ban Thường vụ Tỉnh ủy.\n")
    assert extracted.mandates(text, AN_GIANG) == []
    assert extracted.reports(text, AN_GIANG) == [
        (k("Thường trực Đảng ủy xã Mỹ Hòa Hưng"), k("Ban Thường vụ Tỉnh ủy An Giang"))]


def test_a_single_body_holding_a_meeting_still_speaks() -> None:
    text = ("Ban Thường vụ Tỉnh ủy tổ chức hội nghị quán triệt.\n"
            "Thường trực Đảng ủy xã Mỹ Hòa Hưng báo cáo kết quả trước ngày 30/9/2025.\n")
    assert [a for a, _ in extracted.mandates(text, AN_GIANG)] == [k("Thường trực Đảng ủy xã Mỹ Hòa Hưng")]
