""""các cơ quan, đơn vị và cấp dưới trực thuộc" are each addressee's own subordinates, not a body: until session 23
the loader read a group "Các cơ quan, đơn vị, cấp …" and gave it a chained duty. Sentences written here."""

from __future__ import annotations

from bomay.loaders.text.scoring import body_key as k
from tests import extracted

HA_NOI = {"jurisdiction": "Thành phố Hà Nội", "date": "2018-12-25"}


def test_the_subordinates_of_each_addressee_are_no_group() -> None:
    text = ("Chủ tịch UBND Thành phố yêu cầu Thủ trưởng các sở, ban, ngành chỉ đạo, kiểm tra các cơ quan, đơn vị và "
            "cấp dưới trực thuộc thực hiện nghiêm các quy định.")
    assert [a for a, _ in extracted.mandates(text, HA_NOI)] == [k("Các sở, ban, ngành thành phố Hà Nội")]
    assert not any("cap" in name.split() for name in extracted.names(text, HA_NOI))


def test_all_levels_and_sectors_are_still_a_group() -> None:
    text = "UBND Thành phố yêu cầu các cấp, các ngành tăng cường kiểm tra."
    assert extracted.mandates(text, HA_NOI) == [(k("Các cấp, ngành thành phố Hà Nội"), "tăng cường kiểm tra")]
