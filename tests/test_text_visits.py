"""A leader's visit to a lower unit (issue 11, session 17): praise in one sentence and "Đồng thời, đề nghị …" in the
next are one speaker's; what the unit already directed ("Từ đầu năm, Đảng ủy xã đã chỉ đạo …") is narrated, not a
job given by the visitor. Sentences written here."""

from __future__ import annotations

from bomay.loaders.text.documents import document_from_text
from bomay.loaders.text.extract import extract
from bomay.loaders.text.records import gold_view, to_records
from bomay.loaders.text.scoring import body_key as k

PLACE = "Huyện Tân Trụ, tỉnh Long An"


def mandates(text: str) -> list[tuple[str, str]]:
    doc = document_from_text("t", text, {"jurisdiction": PLACE, "date": "2019-06-03"})
    return [(k(r["assigner"]), k(r["assignee"])) for r in (gold_view(r) for r in to_records(extract(doc)))
            if r and r["type"] == "mandate"]


def test_a_request_opening_the_sentence_after_praise_is_the_praising_leaders() -> None:
    got = mandates("Phát biểu tại buổi làm việc, Bí thư Huyện ủy Tân Trụ biểu dương những kết quả của Đảng bộ xã Bình "
                   "Lãng. Đồng thời, đề nghị Đảng bộ xã Bình Lãng tập trung phát triển kinh tế.")
    assert got == [(k("Huyện ủy Tân Trụ"), k("Đảng bộ xã Bình Lãng"))]


def test_praise_followed_by_a_plain_statement_makes_no_duty() -> None:
    got = mandates("Bí thư Huyện ủy Tân Trụ biểu dương những kết quả của Đảng bộ xã Bình Lãng. Xã đã có 12 hộ "
                   "thoát nghèo.")
    assert got == []


def test_a_direction_the_unit_already_gave_is_its_own_and_starts_no_continuation() -> None:
    got = mandates("Ngày 3/6, Bí thư Huyện ủy Tân Trụ làm việc với Đảng ủy xã Bình Lãng. Từ đầu năm, Đảng ủy xã Bình "
                   "Lãng đã chỉ đạo UBND xã thu ngân sách đạt 45% kế hoạch. Tăng cường kiểm tra dịch bệnh trên đàn "
                   "gia súc.")
    assert got == [(k("Đảng ủy xã Bình Lãng"), k("Ủy ban nhân dân xã Bình Lãng"))]


def test_a_team_pointing_out_shortcomings_speaks_the_request_in_the_next_sentence() -> None:
    got = mandates("Qua đó, Đoàn giám sát đã chỉ ra những hạn chế, nguyên nhân. Đồng thời, đề nghị UBND huyện tiếp "
                   "tục rà soát các kiến nghị của cử tri.")
    assert got == [(k("Đoàn giám sát"), k("Ủy ban nhân dân huyện Tân Trụ"))]
