"""Body mentions in sentences written for these tests (several provinces, eras and levels)."""

from __future__ import annotations

import unicodedata

from bomay.loaders.records import BodyRecord, UnitRecord
from bomay.loaders.text.documents import document_from_text
from bomay.loaders.text.extract import extract
from bomay.loaders.text.places import build_gazetteer

ID = "https://w3id.org/bomay/id/"
UNITS = [
    UnitRecord(ID + "unit/pre2025/92", "92", "Thành phố Cần Thơ", "thanh-pho-truc-thuoc-trung-uong", "province",
               None, "92", None, "2025-06-30"),
    UnitRecord(ID + "unit/2025/92", "92", "Thành phố Cần Thơ", "thanh-pho-truc-thuoc-trung-uong", "province",
               None, "92", "2025-07-01", None),
    UnitRecord(ID + "unit/pre2025/916", "916", "Quận Ninh Kiều", "quan", "district", ID + "unit/pre2025/92", "92",
               None, "2025-06-30"),
    UnitRecord(ID + "unit/pre2025/74", "74", "Tỉnh Bình Dương", "tinh", "province", None, "74", None, "2025-06-30"),
]
BODIES = [
    BodyRecord(ID + "body/pre2025/92/party-committee", "Thành ủy Thành phố Cần Thơ", "", "party_committee", "province",
               ID + "unit/pre2025/92", "92", None, "2025-06-30"),
    BodyRecord(ID + "body/2025/92/party-committee", "Thành ủy Thành phố Cần Thơ", "", "party_committee", "province",
               ID + "unit/2025/92", "92", "2025-07-01", None),
    BodyRecord(ID + "body/pre2025/92/peoples-committee", "Ủy ban nhân dân Thành phố Cần Thơ", "", "peoples_committee",
               "province", ID + "unit/pre2025/92", "92", None, "2025-06-30"),
    BodyRecord(ID + "body/national/chinh-phu", "Chính phủ", "Government", "government", "central", None, None, None,
               None),
]
GAZ = build_gazetteer(UNITS, BODIES)


def names(text: str, jurisdiction: str = "Thành phố Cần Thơ", date: str = "2022-03-01") -> dict[str, str]:
    doc = document_from_text("t", text, {"jurisdiction": jurisdiction, "date": date})
    ex = extract(doc, GAZ)
    return {m.surface: m.body.name for m in ex.mentions}


def iris(text: str, date: str) -> dict[str, str]:
    doc = document_from_text("t", text, {"jurisdiction": "Thành phố Cần Thơ", "date": date})
    return {m.surface: m.body.iri for m in extract(doc, GAZ).mentions}


def test_bare_names_take_the_jurisdiction() -> None:
    found = names("Thành ủy giao UBND thành phố và HĐND TP rà soát.")
    assert found == {"Thành ủy": "Thành ủy Thành phố Cần Thơ", "UBND thành phố": "Ủy ban nhân dân Thành phố Cần Thơ",
                     "HĐND TP": "Hội đồng nhân dân Thành phố Cần Thơ"}


def test_linking_follows_the_document_date() -> None:
    assert iris("Thành ủy Cần Thơ họp.", "2021-05-01")["Thành ủy Cần Thơ"] == ID + "body/pre2025/92/party-committee"
    assert iris("Thành ủy Cần Thơ họp.", "2025-09-01")["Thành ủy Cần Thơ"] == ID + "body/2025/92/party-committee"
    # no reference body: a stable minted IRI under the province code
    minted = iris("Sở Y tế TP Cần Thơ họp.", "2021-05-01")["Sở Y tế TP Cần Thơ"]
    assert minted == ID + "body/x/92/so-y-te-thanh-pho-can-tho"


def test_nested_bodies_and_sub_bodies() -> None:
    found = names("Ban Thường vụ Thành ủy, Đảng đoàn HĐND thành phố và Ban cán sự Đảng UBND TP dự họp; "
                  "BTV Quận ủy Ninh Kiều và Ủy ban Kiểm tra Thành ủy cũng dự.")
    assert found["Ban Thường vụ Thành ủy"] == "Ban Thường vụ Thành ủy Thành phố Cần Thơ"
    assert found["Đảng đoàn HĐND thành phố"] == "Đảng đoàn Hội đồng nhân dân Thành phố Cần Thơ"
    assert found["Ban cán sự Đảng UBND TP"] == "Ban cán sự đảng Ủy ban nhân dân Thành phố Cần Thơ"
    assert found["BTV Quận ủy Ninh Kiều"] == "Ban Thường vụ Quận ủy Ninh Kiều"
    assert found["Ủy ban Kiểm tra Thành ủy"] == "Ủy ban Kiểm tra Thành ủy Thành phố Cần Thơ"


def test_tone_mark_placement_and_unicode_form_do_not_matter() -> None:
    old_style = unicodedata.normalize("NFD", "Uỷ ban nhân dân tỉnh Bình Dương")
    found = names(old_style + " họp.", jurisdiction="Tỉnh Bình Dương")
    assert list(found.values()) == ["Ủy ban nhân dân Tỉnh Bình Dương"]


def test_collectives_and_national_bodies() -> None:
    found = names("Chính phủ và Bộ Nội vụ đề nghị các sở, ngành và UBND các quận, huyện "
                  "phối hợp với các cơ quan liên quan.")
    assert found["Chính phủ"] == "Chính phủ"
    assert found["Bộ Nội vụ"] == "Bộ Nội vụ"
    assert found["các sở, ngành"] == "Các sở, ngành Thành phố Cần Thơ"
    assert found["UBND các quận, huyện"] == "Ủy ban nhân dân các quận, huyện thuộc Thành phố Cần Thơ"
    assert "các cơ quan liên quan" not in found


def test_titles_and_person_names_are_not_places() -> None:
    found = names("Phó Bí thư Thường trực Thành ủy Lê Văn Tâm và Chủ tịch UBND thành phố Trần Việt Trường dự.")
    assert set(found.values()) == {"Thành ủy Thành phố Cần Thơ", "Ủy ban nhân dân Thành phố Cần Thơ"}


def test_district_named_without_its_type_word() -> None:
    assert names("Quận ủy Ninh Kiều họp.")["Quận ủy Ninh Kiều"] == "Quận ủy Ninh Kiều"
