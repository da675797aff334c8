"""A council's term after a bare type word ("HĐND thành phố Khóa X"), a meeting's month after a task force
("phiên họp Thường trực Ban Chỉ đạo tháng 7"), a plan dated without a space ("ngày27/4/2018 của …") and the
document's own district named bare in its headline; issue 11, session 20. Sentences written here."""

from __future__ import annotations

from bomay.loaders.text.documents import document_from_text
from bomay.loaders.text.extract import extract
from bomay.loaders.text.records import gold_view, to_records
from bomay.loaders.text.scoring import body_key as k


def records(text: str, jurisdiction: str, date: str = "2021-05-05") -> list[dict]:
    doc = document_from_text("t", text, {"jurisdiction": jurisdiction, "date": date})
    return [r for r in (gold_view(r) for r in to_records(extract(doc))) if r]


def names(text: str, jurisdiction: str, date: str = "2021-05-05") -> list[str]:
    return [k(r["name"]) for r in records(text, jurisdiction, date) if r["type"] == "organization"]


def test_a_term_after_the_city_is_no_city_name() -> None:
    found = names("Thường trực HĐND thành phố đề nghị UBND thành phố chuẩn bị nội dung cho Kỳ họp thứ Nhất của "
                  "HĐND thành phố Khóa X, nhiệm kỳ 2021-2026.", "Thành phố Đà Nẵng")
    assert k("Hội đồng nhân dân thành phố Đà Nẵng") in found
    assert not any("khoa x" in n for n in found)


def test_a_month_after_a_task_force_is_the_meetings_not_its_purpose() -> None:
    found = names("Bí thư Tỉnh ủy, Trưởng Ban Chỉ đạo phòng, chống tham nhũng tỉnh chủ trì phiên họp Thường trực "
                  "Ban Chỉ đạo tháng 7.", "Tỉnh Phú Thọ")
    assert not any("thang 7" in n for n in found)
    assert k("Thường trực Ban Chỉ đạo phòng, chống tham nhũng tỉnh Phú Thọ") in found


def test_a_plan_dated_without_a_space_keeps_its_issuer() -> None:
    found = [r for r in records("Thực hiện Kế hoạch số 08/KH-HĐND, ngày27/4/2018 của Thường trực HĐND huyện về "
                                "kiểm tra hoạt động của HĐND các xã.", "Huyện Đồng Văn, tỉnh Hà Giang", "2018-06-01")
             if r["type"] == "instrument"]
    assert [k(r["issuer"]) for r in found] == [k("Thường trực Hội đồng nhân dân huyện Đồng Văn")]


def test_the_documents_own_district_keeps_the_type_its_meta_gives() -> None:
    found = names("Đức Phổ lãnh đạo đại hội Mặt trận cấp cơ sở\n\nNăm nay các xã làm tốt.",
                  "Huyện Đức Phổ, tỉnh Quảng Ngãi", "2018-05-04")
    assert k("Ủy ban nhân dân thị xã Đức Phổ") not in found
