"""Units named after their type word though the document speaks for another province, and public service
centres written in lower case. "Châu" is also a surname, so "huyện Châu Thành" once read as no place at all
(and the duty went to the body named before, or to "các huyện"). Issue 11, session 21. Sentences written here."""

from __future__ import annotations

from bomay.loaders.text.documents import document_from_text
from bomay.loaders.text.extract import extract
from bomay.loaders.text.records import gold_view, to_records
from bomay.loaders.text.scoring import body_key as k

DONG_NAI = {"jurisdiction": "Tỉnh Đồng Nai", "date": "2023-06-11"}


def records(text: str, meta: dict[str, str] = DONG_NAI) -> list[dict]:
    doc = document_from_text("t", text, meta)
    return [r for r in (gold_view(r) for r in to_records(extract(doc))) if r]


def assignees(text: str) -> list[str]:
    return [k(r["assignee"]) for r in records(text) if r["type"] == "mandate"]


def names(text: str) -> set[str]:
    return {k(r["name"]) for r in records(text) if r["type"] == "organization"}


def test_a_district_of_another_province_whose_name_begins_with_a_surname() -> None:
    assert assignees("UBND tỉnh giao UBND huyện Phong Lâm kiểm tra. UBND tỉnh giao UBND huyện Châu Thành rà soát "
                     "các hộ dân.") == [k("Ủy ban nhân dân huyện Phong Lâm"), k("Ủy ban nhân dân huyện Châu Thành")]


def test_a_district_with_its_province_written_after_it() -> None:
    found = assignees("UBND tỉnh giao UBND huyện Phong Lâm kiểm tra. UBND tỉnh đề nghị UBND huyện Châu Thành, tỉnh "
                      "Long An phối hợp rà soát.")
    assert found == [k("Ủy ban nhân dân huyện Phong Lâm"), k("Ủy ban nhân dân huyện Châu Thành")]


def test_a_named_unit_of_such_a_district_is_that_districts() -> None:
    assert k("Trung tâm Y tế huyện Châu Thành") in names("UBND tỉnh giao Trung tâm y tế huyện Châu Thành giám sát "
                                                          "dịch bệnh.")


def test_a_person_after_a_city_word_is_still_no_place() -> None:
    found = names("UBND TP Nguyễn Thành Phong chỉ đạo các sở rà soát.")
    assert not any("nguyen thanh phong" in n for n in found)


def test_public_service_centres_written_in_lower_case() -> None:
    found = names("UBND tỉnh yêu cầu Trung tâm hành chính công tỉnh tiếp nhận hồ sơ. UBND tỉnh giao Trung tâm dịch vụ "
                  "nông nghiệp huyện Long Thành hỗ trợ nông dân.")
    assert {k("Trung tâm Hành chính công tỉnh Đồng Nai"), k("Trung tâm Dịch vụ nông nghiệp huyện Long Thành")} <= found


def test_the_administrative_centre_as_a_place_is_no_body() -> None:
    found = names("Các cơ quan của tỉnh sẽ chuyển về làm việc tại Trung tâm hành chính tỉnh từ tháng 9.")
    assert not any(n.startswith(k("Trung tâm hành chính")) for n in found)


def test_a_person_whose_name_begins_like_a_district_is_no_district() -> None:
    found = names("Sáng 07/01, Phó Chủ tịch UBND huyện Nguyễn Bình Khiêm nghe báo cáo tiến độ hồ sơ nông thôn mới.")
    assert not any("nguyen binh" in n for n in found)


def test_centres_of_two_levels_are_no_one_body() -> None:
    found = names("Toàn bộ thủ tục hành chính được thực hiện tại Trung tâm Hành chính công hai cấp tỉnh và huyện.")
    assert not any(n.startswith(k("Trung tâm Hành chính công")) for n in found)


def test_a_unit_unique_in_the_country_is_the_reference_unit_not_a_minted_one() -> None:
    # "huyện Cần Giuộc" (Long An) named in a Đồng Nai text: its committee links to the real unit; a name several
    # provinces share ("huyện Châu Thành") with no province written stays minted under the document's province
    doc = document_from_text("t", "UBND tỉnh giao UBND huyện Cần Giuộc hỗ trợ nông dân. UBND tỉnh giao UBND huyện "
                             "Châu Thành rà soát.", DONG_NAI)
    bodies = {r["name"]: r["x"] for r in to_records(extract(doc)) if r["type"] == "organization"}
    can_giuoc = bodies["Ủy ban nhân dân huyện Cần Giuộc"]
    assert can_giuoc["unit_iri"] and "/body/x/" not in can_giuoc["iri"]
    assert "/body/x/" in bodies["Ủy ban nhân dân huyện Châu Thành"]["iri"]
