"""Who gives a duty when a directive's item names no giver: "Giao Cục Thuế tỉnh, UBND các huyện …" in a province's
text comes from its People's Committee, for any state body of the province or below it (until session 23 only for
its departments); and a subject starting a clause after ";" gives the duty ("Triển khai Kế hoạch …; Chủ tịch UBND
Thành phố yêu cầu …"). Sentences written here."""

from __future__ import annotations

from bomay.loaders.text.scoring import body_key as k
from tests import extracted

HOA_BINH = {"jurisdiction": "Tỉnh Hòa Bình", "date": "2022-07-10"}
HA_NOI = {"jurisdiction": "Thành phố Hà Nội", "date": "2018-12-25"}


def assigners(text: str, meta: dict[str, str]) -> list[tuple[str, str]]:
    return [(k(r["assigner"]), k(r["assignee"])) for r in extracted.records(text, meta) if r["type"] == "mandate"]


def test_a_provincial_agency_given_a_duty_gets_it_from_the_peoples_committee() -> None:
    assert assigners("Giao Sở Xây dựng, Cục Thuế tỉnh chủ trì thực hiện các kiến nghị.", HOA_BINH) == [
        (k("Ủy ban nhân dân tỉnh Hòa Bình"), k("Sở Xây dựng tỉnh Hòa Bình")),
        (k("Ủy ban nhân dân tỉnh Hòa Bình"), k("Cục Thuế tỉnh Hòa Bình"))]


def test_district_committees_given_a_duty_get_it_from_the_province() -> None:
    assert assigners("Giao UBND huyện Lạc Sơn rà soát hồ sơ.", HOA_BINH) == [
        (k("Ủy ban nhân dân tỉnh Hòa Bình"), k("Ủy ban nhân dân huyện Lạc Sơn"))]


def test_a_party_body_given_a_duty_has_no_giver_guessed() -> None:
    assert assigners("Giao Ban Tuyên giáo Tỉnh ủy thực hiện các kiến nghị.", HOA_BINH) == []


def test_a_subject_after_a_semicolon_gives_the_duty() -> None:
    text = "Triển khai Kế hoạch số 31/KH-UBND; Chủ tịch UBND Thành phố yêu cầu các sở thực hiện nghiêm các quy định."
    assert assigners(text, HA_NOI) == [(k("Ủy ban nhân dân thành phố Hà Nội"), k("Các sở thành phố Hà Nội"))]


def test_an_adjunct_after_a_semicolon_still_opens_the_subject() -> None:
    text = ("Triển khai Chỉ thị số 31/CT-TTg của Thủ tướng Chính phủ về việc chấn chỉnh kỷ luật; để nâng cao hiệu "
            "quả quản lý, Chủ tịch UBND Thành phố yêu cầu Thủ trưởng các sở, ban, ngành chỉ đạo thực hiện.")
    assert assigners(text, HA_NOI) == [
        (k("Ủy ban nhân dân thành phố Hà Nội"), k("Các sở, ban, ngành thành phố Hà Nội"))]


def test_bodies_listed_after_a_semicolon_are_no_subject() -> None:
    text = ("Quyết định nêu các cuộc thanh tra của Thanh tra tỉnh; thanh tra sở; thanh tra huyện. "
            "Trong đó, Thanh tra tỉnh sẽ thanh tra các đơn vị như sau:")
    assert assigners(text, HOA_BINH) == []
