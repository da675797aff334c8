# ruff: noqa: E501
"""Entity pages read as facts: labels not IRIs, dated lines, duties with frequency and basis,
events with whole/part and the instrument, both languages."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from bomay.web.app import create_app
from bomay.web.config import ServeConfig
from bomay.web.testing import build_store

DATA = """
@prefix bm: <https://w3id.org/bomay/ontology#> .
@prefix bmf: <https://w3id.org/bomay/frequency/> .
@prefix bmx: <https://w3id.org/bomay/relation/> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix schema: <https://schema.org/> .
@prefix dct: <http://purl.org/dc/terms/> .
@prefix m8g: <http://data.europa.eu/m8g/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix id: <https://w3id.org/bomay/id/> .
id:unit\\/pre2025\\/79 a bm:AdminUnit ; skos:prefLabel "Thành phố Hồ Chí Minh"@vi ; schema:endDate "2025-06-30"^^xsd:date .
id:unit\\/pre2025\\/760 a bm:AdminUnit ; skos:prefLabel "Quận 1"@vi ; bm:parentUnit id:unit\\/pre2025\\/79 ;
    schema:endDate "2025-06-30"^^xsd:date .
id:unit\\/pre2025\\/26740 a bm:AdminUnit ; skos:prefLabel "Phường Bến Nghé"@vi ; bm:parentUnit id:unit\\/pre2025\\/760 ;
    schema:endDate "2025-06-30"^^xsd:date .
id:unit\\/2025\\/26740 a bm:AdminUnit ; skos:prefLabel "Phường Sài Gòn"@vi ; schema:startDate "2025-07-01"^^xsd:date .
id:instrument\\/nq-1685 a bm:LegalInstrument ; dct:title "Nghị quyết 1685/NQ-UBTVQH15"@vi .
id:instrument\\/luat-77 a bm:LegalInstrument ; skos:prefLabel "Luật Tổ chức chính quyền địa phương"@vi .
id:event\\/2025\\/commune\\/26740 a bm:Merger ; bm:effectiveDate "2025-07-01"^^xsd:date ;
    m8g:hasFormalFramework id:instrument\\/nq-1685 ;
    bm:originalUnit id:unit\\/pre2025\\/26740 ; bm:resultingUnit id:unit\\/2025\\/26740 .
id:event\\/2025\\/commune\\/26740\\/from\\/pre2025-26740 a bm:TerritorialShare ;
    bm:partOfEvent id:event\\/2025\\/commune\\/26740 ; bm:fromUnit id:unit\\/pre2025\\/26740 ;
    bm:toUnit id:unit\\/2025\\/26740 ; bm:whole false .
id:body\\/pre2025\\/26740\\/peoples-committee a bm:PeoplesCommittee ;
    skos:prefLabel "Ủy ban nhân dân phường Bến Nghé"@vi , "People's Committee of Ben Nghe Ward"@en ;
    bm:jurisdiction id:unit\\/pre2025\\/26740 ; schema:endDate "2025-06-30"^^xsd:date ;
    org:reportsTo id:body\\/pre2025\\/26740\\/peoples-council .
id:body\\/pre2025\\/26740\\/peoples-council a bm:PeoplesCouncil ;
    skos:prefLabel "Hội đồng nhân dân phường Bến Nghé"@vi ; schema:endDate "2021-06-30"^^xsd:date .
id:body\\/pre2025\\/760\\/peoples-committee a bm:PeoplesCommittee ; skos:prefLabel "Ủy ban nhân dân Quận 1"@vi .
id:line\\/pre2025\\/26740\\/answers-to-council a bm:Subordination ;
    bm:subordinate id:body\\/pre2025\\/26740\\/peoples-committee ; bm:superior id:body\\/pre2025\\/26740\\/peoples-council ;
    bm:relationKind bmx:answers-to-council ; bm:basis id:instrument\\/luat-77 ; schema:endDate "2021-06-30"^^xsd:date .
id:line\\/pre2025\\/26740\\/answers-to-higher a bm:Subordination ;
    bm:subordinate id:body\\/pre2025\\/26740\\/peoples-committee ; bm:superior id:body\\/pre2025\\/760\\/peoples-committee ;
    bm:basis id:instrument\\/luat-77 ; schema:endDate "2025-06-30"^^xsd:date .
id:obligation\\/b1 a bm:ReportingObligation ; bm:reporter id:body\\/pre2025\\/26740\\/peoples-committee ;
    bm:recipient id:body\\/pre2025\\/760\\/peoples-committee ; bm:about "tình hình kinh tế - xã hội"@vi ;
    bm:frequency bmf:monthly ; bm:basis id:instrument\\/luat-77 ; bm:basisArticle "Điều 22" ;
    prov:wasDerivedFrom id:instrument\\/luat-77 ; schema:startDate "2016-01-01"^^xsd:date .
"""
PC = "/id/body/pre2025/26740/peoples-committee"


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    base = tmp_path_factory.mktemp("entity")
    data = base / "entity.ttl"
    data.write_text(DATA, encoding="utf-8")
    build_store(base / "store", [data])
    with TestClient(create_app(ServeConfig(store=str(base / "store")))) as test_client:
        yield test_client


def section(html: str, name: str) -> str:
    found = re.search(rf'<section id="{name}">(.*?)</section>', html, re.S)
    assert found, f"no {name} section"
    return found.group(1)


def test_lines_carry_their_dates_and_basis_and_shortcuts_are_not_shown_undated(client: TestClient) -> None:
    html = client.get(PC, params={"lang": "en"}).text
    structure = section(html, "structure")
    council = re.search(r"<tr[^>]*>(?:(?!</tr>).)*Hội đồng nhân dân phường Bến Nghé(?:(?!</tr>).)*</tr>", structure, re.S)
    assert council and "2021-06-30" in council.group(0) and "Luật Tổ chức chính quyền địa phương" in council.group(0)
    assert 'class="ended"' in council.group(0)  # ended before the committee itself did
    assert structure.count("Hội đồng nhân dân phường Bến Nghé") == 1  # the undated org:reportsTo is not repeated
    assert "Phường Bến Nghé" in html and "Quận 1" in html  # where, with context
    for jargon in ("xsd:", "is reportsTo of", "https://w3id.org/bomay/ontology#", "^^"):
        assert jargon not in re.sub(r'<(link|a)[^>]*>', "", html).split('class="iri"')[0], jargon


def test_duties_show_the_other_body_frequency_and_basis(client: TestClient) -> None:
    duties = section(client.get(PC, params={"lang": "en"}).text, "duties")
    assert "Reports to" in duties and "Ủy ban nhân dân Quận 1" in duties
    assert "tình hình kinh tế - xã hội" in duties
    assert re.search(r"monthly|hằng tháng|hàng tháng", duties, re.I)
    assert "Luật Tổ chức chính quyền địa phương</a>, Điều 22" in duties  # the basis with its article
    assert "2016-01-01" in duties  # the dates the duty holds
    assert "<blockquote" not in duties  # an instrument as prov:wasDerivedFrom is not a quoted sentence


def test_events_say_whole_or_part_and_name_the_instrument(client: TestClient) -> None:
    html = client.get("/id/unit/pre2025/26740", params={"lang": "en"}).text
    events = section(html, "events")
    assert "2025-07-01" in events and "(part)" in events and "Phường Sài Gòn" in events
    assert "Nghị quyết 1685/NQ-UBTVQH15" in events
    assert "false" not in events and "boolean" not in html


def test_the_page_speaks_vietnamese_when_asked_and_remembers(client: TestClient) -> None:
    vi = client.get(PC, params={"lang": "vi"})
    assert '<html lang="vi">' in vi.text and "Cơ cấu" in vi.text and "Nhiệm vụ và báo cáo" in vi.text
    assert vi.cookies.get("bomay_lang") == "vi"
    again = client.get("/search", params={"q": "Bến Nghé"})  # the cookie is kept by the client
    assert '<html lang="vi">' in again.text
    client.cookies.clear()
    assert '<html lang="vi">' in client.get(PC, headers={"Accept-Language": "vi-VN,vi;q=0.9,en;q=0.5"}).text
    assert '<html lang="en">' in client.get(PC, headers={"Accept-Language": "en-GB,en;q=0.9"}).text


def test_an_unlabelled_duty_is_titled_by_who_owes_what_to_whom(client: TestClient) -> None:
    html = client.get("/id/obligation/b1", params={"lang": "vi"}).text
    title = re.search(r'<h1 id="entity-title">(.*?)</h1>', html).group(1)
    assert title == "Ủy ban nhân dân phường Bến Nghé → Ủy ban nhân dân Quận 1: tình hình kinh tế - xã hội"


def test_the_same_duty_of_many_bodies_is_one_row(tmp_path_factory: pytest.TempPathFactory) -> None:
    rows = "\n".join(
        f"""id:statutory\\/monthly\\/{n} a bm:ReportingObligation ; bm:about "kinh tế - xã hội"@vi ;
    bm:reporter id:body\\/pre2025\\/{n}\\/peoples-committee ; bm:recipient id:body\\/pre2025\\/760\\/peoples-committee ;
    bm:frequency bmf:monthly ; bm:basis id:instrument\\/luat-77 .
id:body\\/pre2025\\/{n}\\/peoples-committee a bm:PeoplesCommittee ; skos:prefLabel "Ủy ban nhân dân phường {n}"@vi ."""
        for n in range(1, 13))
    base = tmp_path_factory.mktemp("many")
    data = base / "many.ttl"
    data.write_text(DATA + rows, encoding="utf-8")
    build_store(base / "store", [data])
    with TestClient(create_app(ServeConfig(store=str(base / "store")))) as client:
        duties = section(client.get("/id/body/pre2025/760/peoples-committee", params={"lang": "en"}).text, "duties")
    table = duties.split('id="duties-recipient"')[1]
    assert table.count("<tr") == 3  # the header, the twelve wards' duty, Bến Nghé's own
    assert "12 bodies" in table and "Ủy ban nhân dân phường 12" in table


def test_as_of_shows_only_the_lines_that_held_that_day(client: TestClient) -> None:
    before = section(client.get(PC, params={"lang": "en", "as_of": "2020-01-01"}).text, "structure")
    after = section(client.get(PC, params={"lang": "en", "as_of": "2023-01-01"}).text, "structure")
    assert "Hội đồng nhân dân phường Bến Nghé" in before  # the council line held until 2021-06-30
    assert "Hội đồng nhân dân phường Bến Nghé" not in after and "Ủy ban nhân dân Quận 1" in after
    assert client.get(PC, params={"as_of": "yesterday"}).status_code == 400
