"""Names local news writes short (issue 11, session 16): a commune's party committee by the commune's bare name in
its district's text, forest boards named after their forest, a delegation whose verb follows its head. Sentences
written here."""

from __future__ import annotations

from bomay.loaders.text.documents import document_from_text
from bomay.loaders.text.extract import extract
from bomay.loaders.text.records import gold_view, to_records
from bomay.loaders.text.scoring import body_key as k


def records(text: str, jurisdiction: str, date: str) -> list[dict]:
    doc = document_from_text("t", text, {"jurisdiction": jurisdiction, "date": date})
    return [r for r in (gold_view(r) for r in to_records(extract(doc))) if r]


def names(text: str, jurisdiction: str, date: str) -> list[str]:
    return [r["name"] for r in records(text, jurisdiction, date) if r["type"] == "organization"]


def test_a_communes_party_committee_by_the_communes_bare_name_in_its_districts_text() -> None:
    text = "Dự buổi làm việc có Bí thư Đảng ủy Tân Hộ Cơ, Bình Phú và Tân Thành A."
    got = [k(n) for n in names(text, "Huyện Tân Hồng, tỉnh Đồng Tháp", "2023-06-08")]
    for commune in ("Tân Hộ Cơ", "Bình Phú", "Tân Thành A"):
        assert k(f"Đảng ủy xã {commune}") in got


def test_the_party_organisation_and_standing_board_of_a_commune_named_bare() -> None:
    text = "Đảng bộ Tân Hộ Cơ đã lãnh đạo tốt. Ban Thường vụ Đảng ủy Bình Phú họp định kỳ."
    got = [k(n) for n in names(text, "Huyện Tân Hồng, tỉnh Đồng Tháp", "2023-06-08")]
    assert k("Đảng bộ xã Tân Hộ Cơ") in got
    assert k("Ban Thường vụ Đảng ủy xã Bình Phú") in got


def test_a_bare_name_that_is_no_commune_of_the_district_is_no_committee() -> None:
    # Hồng Ngự is a town of the same province, not a commune of Tân Hồng: nothing is guessed
    text = "Đảng ủy Hồng Ngự đã lãnh đạo tốt."
    assert not [n for n in names(text, "Huyện Tân Hồng, tỉnh Đồng Tháp", "2023-06-08") if "xã" in n]


def test_a_protection_forests_board_is_named_after_its_forest() -> None:
    text = ("UBND tỉnh giao Ban Quản lý rừng phòng hộ Ia Ly tăng cường tuần tra; Ban quản lý rừng phòng hộ "
            "Chư Păh phối hợp kiểm tra.")
    got = {k(r["name"]): r["kind"] for r in records(text, "Tỉnh Gia Lai", "2022-03-20")
           if r["type"] == "organization"}
    assert got.get(k("Ban Quản lý rừng phòng hộ Ia Ly")) == "public_service_unit"
    assert got.get(k("Ban quản lý rừng phòng hộ Chư Păh")) == "public_service_unit"


def test_a_delegation_whose_count_or_praise_follows_its_head_is_the_delegation() -> None:
    text = ("Theo kế hoạch, Đoàn kiểm tra chín đơn vị, tổ chức cơ sở đảng của tỉnh. "
            "Đoàn công tác đánh giá cao kết quả thực hiện.")
    got = names(text, "Tỉnh Hậu Giang", "2019-05-01")
    assert "Đoàn kiểm tra chín đơn vị" not in got
    assert not [n for n in got if "đánh giá" in n]
    assert "Đoàn kiểm tra" in got
