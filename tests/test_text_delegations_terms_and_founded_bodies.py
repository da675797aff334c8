"""Bodies named inside a title ("Trưởng đoàn Đại biểu Quốc hội tỉnh"), a council named by its term ("HĐND khóa
XVII") and a task force being founded, named by a purpose that opens with a verb ("thành lập Ban Chỉ đạo rà soát
hộ nghèo …"); issue 11, session 19. Sentences written here."""

from __future__ import annotations

from bomay.loaders.text.documents import document_from_text
from bomay.loaders.text.extract import extract
from bomay.loaders.text.records import gold_view, to_records
from bomay.loaders.text.scoring import body_key as k


def records(text: str, jurisdiction: str = "Tỉnh Thái Bình") -> list[dict]:
    doc = document_from_text("t", text, {"jurisdiction": jurisdiction, "date": "2023-05-05"})
    return [r for r in (gold_view(r) for r in to_records(extract(doc))) if r]


def bodies(text: str, jurisdiction: str = "Tỉnh Thái Bình") -> list[str]:
    return [k(r["name"]) for r in records(text, jurisdiction) if r["type"] == "organization"]


def test_the_delegation_named_after_its_heads_lower_case_title() -> None:
    assert bodies("Ông Nguyễn Văn A, Trưởng đoàn Đại biểu Quốc hội tỉnh Thái Bình phát biểu tại hội nghị.") == [
        k("Đoàn đại biểu Quốc hội tỉnh Thái Bình")]


def test_a_lower_case_delegation_without_a_title_is_still_no_body() -> None:
    assert bodies("Ông A nói chuyện với đoàn đại biểu của xã bạn.") == []


def test_a_council_named_by_its_term_is_the_documents_council() -> None:
    assert bodies("Tại kỳ họp, UBND tỉnh đã trình HĐND khóa XVII sáu báo cáo.") == [
        k("Ủy ban nhân dân tỉnh Thái Bình"), k("Hội đồng nhân dân tỉnh Thái Bình")]


def test_a_bare_council_named_in_passing_stays_undeclared() -> None:
    assert bodies("Tại kỳ họp, UBND tỉnh đã trình HĐND sáu báo cáo.") == [k("Ủy ban nhân dân tỉnh Thái Bình")]


def test_a_task_force_being_founded_keeps_a_purpose_that_opens_with_a_verb() -> None:
    names = bodies("Tỉnh đã thành lập Ban Chỉ đạo rà soát hộ nghèo, hộ cận nghèo năm 2021, đồng thời giao nhiệm vụ "
                   "cho các sở, ngành.", "Tỉnh Điện Biên")
    assert k("Ban Chỉ đạo rà soát hộ nghèo, hộ cận nghèo năm 2021") in names
    assert not any("dong thoi" in n for n in names)


def test_a_founded_task_force_keeps_its_place_after_the_purpose() -> None:
    assert k("Ban Chỉ đạo rà soát, tháo gỡ khó khăn tỉnh Lâm Đồng") in bodies(
        "UBND tỉnh thành lập Ban Chỉ đạo rà soát, tháo gỡ khó khăn tỉnh Lâm Đồng.", "Tỉnh Lâm Đồng")


def test_a_verb_after_a_named_partner_task_force_is_its_task_not_its_name() -> None:
    assert k("Tổ công tác") in bodies("Sở Tài chính phối hợp với Tổ công tác rà soát các hồ sơ dự án.",
                                      "Tỉnh Lâm Đồng")


def mandates(text: str, jurisdiction: str = "Tỉnh Điện Biên") -> list[tuple[str, str]]:
    return [(k(r["assigner"]), k(r["assignee"])) for r in records(text, jurisdiction) if r["type"] == "mandate"]


def test_a_second_predicate_after_dong_thoi_is_the_subjects_not_the_founded_bodys() -> None:
    assert mandates("UBND tỉnh đã thành lập Tổ công tác, đồng thời giao các sở, ngành phối hợp triển khai kế hoạch.") \
        == [(k("Ủy ban nhân dân tỉnh Điện Biên"), k("Các sở, ngành tỉnh Điện Biên"))]


def test_a_verb_inside_a_task_forces_name_is_not_the_second_predicate() -> None:
    assert mandates("UBND tỉnh đã thành lập Ban Chỉ đạo và giao các sở, ngành phối hợp triển khai kế hoạch.") == [
        (k("Ủy ban nhân dân tỉnh Điện Biên"), k("Các sở, ngành tỉnh Điện Biên"))]


def test_a_unit_speaking_keeps_its_second_predicate() -> None:
    assert mandates("Tỉnh đã ban hành kế hoạch, đồng thời giao nhiệm vụ cho UBND các huyện rà soát hộ nghèo.") == [
        (k("Ủy ban nhân dân tỉnh Điện Biên"), k("Ủy ban nhân dân các huyện thuộc tỉnh Điện Biên"))]


def test_leaders_joined_by_va_are_people_not_a_second_predicate() -> None:
    assert mandates("Hằng ngày, UBND tỉnh họp trực tuyến với các tổ công tác và lãnh đạo các xã nhằm nắm bắt tình "
                    "hình.") == []


def test_a_city_named_after_a_speakers_colon_is_told_through_its_committee() -> None:
    assert mandates("Chủ tịch UBND tỉnh nhấn mạnh: Thành phố Vĩnh Yên khẩn trương mở rộng khu cách ly tập trung.",
                    "Tỉnh Vĩnh Phúc") == [
        (k("Ủy ban nhân dân tỉnh Vĩnh Phúc"), k("Ủy ban nhân dân thành phố Vĩnh Yên"))]


def test_places_listed_after_a_colon_are_no_subject() -> None:
    assert mandates("Đoàn kiểm tra làm việc tại ba địa phương: Thành phố Vĩnh Yên, huyện Tam Đảo và huyện Lập Thạch.",
                    "Tỉnh Vĩnh Phúc") == []


def test_a_body_asked_to_give_a_task_gives_it_in_turn() -> None:
    assert mandates("Chủ tịch HĐND huyện đề nghị UBND huyện giao các cơ quan chuyên môn chuẩn bị hồ sơ.",
                    "Huyện Tam Dương, tỉnh Vĩnh Phúc") == [
        (k("Hội đồng nhân dân huyện Tam Dương"), k("Ủy ban nhân dân huyện Tam Dương")),
        (k("Ủy ban nhân dân huyện Tam Dương"), k("Các cơ quan chuyên môn thuộc Ủy ban nhân dân huyện Tam Dương"))]


def test_giao_thong_bao_after_an_addressee_is_its_task_not_a_chain() -> None:
    assert mandates("UBND tỉnh yêu cầu Sở Tài chính giao thông báo cho các chủ đầu tư.", "Tỉnh Vĩnh Phúc") == [
        (k("Ủy ban nhân dân tỉnh Vĩnh Phúc"), k("Sở Tài chính tỉnh Vĩnh Phúc"))]


def test_many_written_directives_between_issuer_and_request() -> None:
    assert mandates("UBND quận Hoàng Mai đã ban hành nhiều văn bản yêu cầu UBND phường Định Công xử lý vi phạm.",
                    "Thành phố Hà Nội") == [
        (k("Ủy ban nhân dân quận Hoàng Mai"), k("Ủy ban nhân dân phường Định Công"))]
