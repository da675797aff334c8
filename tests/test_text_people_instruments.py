"""Posts and instruments from sentences written for these tests."""

from __future__ import annotations

from bomay.loaders.text.documents import document_from_text
from bomay.loaders.text.extract import extract
from bomay.loaders.text.records import gold_view, to_records
from bomay.loaders.text.scoring import body_key as k


def records(text: str, jurisdiction: str = "Thành phố Hà Nội", date: str = "2024-02-01"):
    doc = document_from_text("t", text, {"jurisdiction": jurisdiction, "date": date})
    return [v for r in to_records(extract(doc)) if (v := gold_view(r))]


def test_one_person_two_posts() -> None:
    recs = records("Dự họp có Phó Bí thư Thành ủy, Chủ tịch UBND thành phố Trần Sỹ Thanh; "
                   "Thứ trưởng Bộ Tài chính Lê Thị B.")
    posts = [(r["person"], r["title"], k(r["organization"])) for r in recs if r["type"] == "post"]
    assert posts == [("Trần Sỹ Thanh", "Phó Bí thư Thành ủy", k("Thành ủy Hà Nội")),
                     ("Trần Sỹ Thanh", "Chủ tịch UBND thành phố", k("Ủy ban nhân dân thành phố Hà Nội")),
                     ("Lê Thị B", "Thứ trưởng Bộ Tài chính", k("Bộ Tài chính"))]


def test_apposition() -> None:
    recs = records("Theo đồng chí Nguyễn Văn Hùng, Giám đốc Sở Nội vụ, việc sắp xếp đã xong.")
    assert [(r["person"], k(r["organization"])) for r in recs if r["type"] == "post"] == [
        ("Nguyễn Văn Hùng", k("Sở Nội vụ thành phố Hà Nội"))]


def test_short_and_full_numbers_are_one_instrument() -> None:
    recs = records("Thực hiện Nghị định số 33/NĐ-CP ngày 29 tháng 3 năm 2021 của Chính phủ và Nghị định 33/2021/NĐ-CP, "
                   "Nghị quyết số 27-NQ/TW, Quyết định số 1234/QĐ-UBND, Chỉ thị của Thành ủy.")
    inst = [(r["id"], r["kind"], k(r["issuer"])) for r in recs if r["type"] == "instrument"]
    assert inst == [("33/2021/NĐ-CP", "Nghị định", k("Chính phủ")),
                    ("27-NQ/TW", "Nghị quyết", k("Ban Chấp hành Trung ương Đảng")),
                    ("1234/QĐ-UBND", "Quyết định", k("Ủy ban nhân dân thành phố Hà Nội"))]


def test_instrument_iri_is_the_same_from_either_form() -> None:
    a = extract(document_from_text("a", "Nghị định số 33/NĐ-CP ngày 29/3/2021 của Chính phủ.", {}))
    b = extract(document_from_text("b", "Theo Nghị định 33/2021/NĐ-CP.", {}))
    assert a.instruments[0].iri == b.instruments[0].iri
