"""Military regions and the national disaster committee addressed by the Prime Minister, and the chairs of a
province's districts addressed without "UBND" (issue 11, session 17). Sentences written here."""

from __future__ import annotations

from bomay.loaders.text.documents import document_from_text
from bomay.loaders.text.extract import extract
from bomay.loaders.text.records import gold_view, to_records
from bomay.loaders.text.scoring import body_key as k


def mandates(text: str, jurisdiction: str) -> list[tuple[str, str]]:
    doc = document_from_text("t", text, {"jurisdiction": jurisdiction, "date": "2020-10-29"})
    return [(k(r["assigner"]), k(r["assignee"])) for r in (gold_view(r) for r in to_records(extract(doc)))
            if r and r["type"] == "mandate"]


def test_the_commander_of_a_military_region_stands_for_its_command() -> None:
    got = mandates("Thủ tướng yêu cầu, Ủy ban Quốc gia Ứng phó sự cố thiên tai và tìm kiếm cứu nạn, Tư lệnh Quân khu "
                   "4, UBND tỉnh Quảng Trị khẩn trương tìm kiếm người mất tích.", "Tỉnh Quảng Trị")
    government = k("Chính phủ")
    assert got == [(government, k("Ủy ban Quốc gia Ứng phó sự cố, thiên tai và Tìm kiếm cứu nạn")),
                   (government, k("Bộ Tư lệnh Quân khu 4")), (government, k("Ủy ban nhân dân tỉnh Quảng Trị"))]


def test_the_chairs_of_the_districts_addressed_by_the_province_mean_their_committees() -> None:
    got = mandates("UBND tỉnh yêu cầu Chủ tịch các huyện, TX, TP theo dõi chặt chẽ diễn biến mưa lũ.", "Tỉnh Phú Yên")
    assert got == [(k("Ủy ban nhân dân tỉnh Phú Yên"),
                    k("Ủy ban nhân dân các huyện, thị xã, thành phố thuộc tỉnh Phú Yên"))]
