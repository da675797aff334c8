"""Who speaks in a document's lines and whom the centre addresses (issue 11, session 16): "Văn bản của X nêu rõ:
Giao …", "các tỉnh" and "các tỉnh, thành" from the centre. Sentences written here."""

from __future__ import annotations

from bomay.loaders.text.documents import document_from_text
from bomay.loaders.text.extract import extract
from bomay.loaders.text.records import gold_view, to_records
from bomay.loaders.text.scoring import body_key as k


def mandates(text: str, jurisdiction: str, date: str) -> list[tuple[str, str]]:
    doc = document_from_text("t", text, {"jurisdiction": jurisdiction, "date": date})
    return [(k(r["assigner"]), k(r["assignee"])) for r in (gold_view(r) for r in to_records(extract(doc)))
            if r and r["type"] == "mandate"]


def test_the_issuer_of_a_text_quoted_with_its_owner_speaks_the_lines_after_the_colon() -> None:
    text = ("Văn bản của UBND tỉnh Bình Thuận nêu rõ: Giao Công an tỉnh chủ trì, phối hợp với UBND huyện Tuy Phong "
            "kiểm tra. Đồng thời, yêu cầu UBND huyện Tuy Phong thông báo, vận động nhân dân.")
    ubnd = k("Ủy ban nhân dân tỉnh Bình Thuận")
    assert mandates(text, "Tỉnh Bình Thuận", "2021-05-20") == [
        (ubnd, k("Công an tỉnh Bình Thuận")), (ubnd, k("Ủy ban nhân dân huyện Tuy Phong"))]


def test_the_provinces_addressed_from_the_centre_are_every_province() -> None:
    got = mandates("Thủ tướng yêu cầu các tỉnh rà soát khu vực có nguy cơ sạt lở.", "Trung ương", "2023-08-08")
    assert got == [(k("Chính phủ"), k("Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"))]


def test_thanh_short_for_cities_after_the_provinces_but_not_a_members_title() -> None:
    text = ("Thủ tướng yêu cầu Chủ tịch UBND các tỉnh, thành khu vực Bắc bộ chỉ đạo sơ tán dân. Chủ tịch UBND tỉnh "
            "Bến Tre giao Chánh Văn phòng UBND tỉnh, Thành viên Ban Chỉ đạo theo dõi.")
    got = mandates(text, "Trung ương", "2024-09-08")
    assert (k("Chính phủ"), k("Ủy ban nhân dân các tỉnh, thành phố khu vực Bắc bộ")) in got
    assert not [a for a in got if "trực thuộc" in a[1] and "van phong" in a[1]]
