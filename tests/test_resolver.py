"""One entity resolver: the CLI and the web find the same entities; eras, classes and context."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from bomay.analysis.selection import Selection, resolve
from bomay.errors import QueryError
from bomay.graph import lookup
from bomay.graph.local import LocalStore
from bomay.web.app import create_app
from bomay.web.config import ServeConfig
from bomay.web.testing import build_store
from tests.conftest import run_cli

FIXTURE = Path(__file__).parent / "fixtures" / "web_sample.ttl"
ID = "https://w3id.org/bomay/id/"
ERAS = """
@prefix bm: <https://w3id.org/bomay/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix schema: <https://schema.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix id: <https://w3id.org/bomay/id/> .
id:unit\\/pre2025\\/48 a bm:AdminUnit ; skos:prefLabel "Thành phố Đà Nẵng"@vi ;
    schema:endDate "2025-06-30"^^xsd:date .
id:unit\\/2025\\/48 a bm:AdminUnit ; skos:prefLabel "Thành phố Đà Nẵng"@vi ;
    schema:startDate "2025-07-01"^^xsd:date .
id:unit\\/pre2025\\/490 a bm:AdminUnit ; skos:prefLabel "Quận Hải Châu"@vi ; bm:parentUnit id:unit\\/pre2025\\/48 ;
    schema:endDate "2025-06-30"^^xsd:date .
id:unit\\/pre2025\\/491 a bm:AdminUnit ; skos:prefLabel "Quận Thanh Khê"@vi ; bm:parentUnit id:unit\\/pre2025\\/48 ;
    schema:endDate "2025-06-30"^^xsd:date .
id:unit\\/pre2025\\/20194 a bm:AdminUnit ; skos:prefLabel "Phường 1"@vi ; bm:parentUnit id:unit\\/pre2025\\/490 ;
    schema:endDate "2025-06-30"^^xsd:date .
id:unit\\/pre2025\\/20215 a bm:AdminUnit ; skos:prefLabel "Phường 1"@vi ; bm:parentUnit id:unit\\/pre2025\\/491 ;
    schema:endDate "2025-06-30"^^xsd:date .
id:body\\/pre2025\\/20194\\/peoples-committee a bm:PeoplesCommittee ; skos:prefLabel "Ủy ban nhân dân Phường 1"@vi ;
    bm:jurisdiction id:unit\\/pre2025\\/20194 ; schema:endDate "2025-06-30"^^xsd:date .
"""


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("resolver")
    eras = base / "eras.ttl"
    eras.write_text(ERAS, encoding="utf-8")
    build_store(base / "store", [FIXTURE, eras])
    return base / "store"


@pytest.fixture(scope="module")
def store(store_path: Path) -> LocalStore:
    return LocalStore(str(store_path))


@pytest.fixture(scope="module")
def client(store_path: Path, store: LocalStore) -> Iterator[TestClient]:
    with TestClient(create_app(ServeConfig(store=str(store_path)))) as test_client:
        yield test_client


@pytest.mark.parametrize("text", ["Phường 1", "chinh phu", "UBND TP.HCM", "Đà Nẵng", "noi vu"])
def test_cli_search_and_api_search_agree(store_path: Path, client: TestClient, text: str) -> None:
    api = [h["iri"] for h in client.get("/api/search", params={"q": text, "limit": 20}).json()]
    cli = run_cli("search", text, "--limit", "20", store=store_path)
    assert api, text
    assert cli.returncode == 0, cli.stderr
    assert re.findall(r"https://w3id\.org/bomay/\S+", cli.stdout) == api


def test_a_class_never_matches_a_name(store: LocalStore, client: TestClient) -> None:
    assert lookup.resolve_entity(store, "Chính phủ").value == ID + "body/national/chinh-phu"
    iris = [h["iri"] for h in client.get("/api/search", params={"q": "Chính phủ"}).json()]
    assert ID + "body/national/chinh-phu" in iris
    assert not [i for i in iris if "/ontology" in i]


def test_a_name_in_both_eras_prefers_the_date_given_else_the_current_era(store: LocalStore) -> None:
    assert lookup.resolve_entity(store, "Thành phố Đà Nẵng").value == ID + "unit/2025/48"
    assert lookup.resolve_entity(store, "Thành phố Đà Nẵng", {"date": "2020-01-01"}).value == ID + "unit/pre2025/48"
    assert lookup.resolve_entity(store, "Thành phố Đà Nẵng", {"to": "2025-08-01"}).value == ID + "unit/2025/48"


def test_an_ambiguous_name_lists_its_candidates_with_their_place(store: LocalStore) -> None:
    with pytest.raises(QueryError) as err:
        lookup.resolve_entity(store, "Phường 1")
    message = str(err.value)
    assert "Quận Hải Châu › Thành phố Đà Nẵng" in message and "Quận Thanh Khê › Thành phố Đà Nẵng" in message
    assert ID + "unit/pre2025/20194" in message


def test_search_rows_carry_the_place_of_each_namesake(client: TestClient) -> None:
    hits = client.get("/api/search", params={"q": "Phường 1"}).json()
    contexts = {h["iri"]: h["context"] for h in hits}
    assert contexts[ID + "unit/pre2025/20194"] == ["Quận Hải Châu", "Thành phố Đà Nẵng"]
    assert contexts[ID + "body/pre2025/20194/peoples-committee"] == ["Phường 1", "Quận Hải Châu", "Thành phố Đà Nẵng"]
    page = client.get("/search", params={"q": "Phường 1"}).text
    assert "Quận Thanh Khê" in page


def test_analytics_and_named_query_parameters_use_the_same_rules(store: LocalStore, client: TestClient) -> None:
    # a jurisdiction without a date is the same place in every era
    every_era = resolve(store, Selection(jurisdiction="Thành phố Đà Nẵng")).jurisdiction
    assert sorted(every_era) == [ID + "unit/2025/48", ID + "unit/pre2025/48"]
    dated = resolve(store, Selection(jurisdiction="Thành phố Đà Nẵng", as_of="2024-01-01")).jurisdiction
    assert dated == [ID + "unit/pre2025/48"]
    assert resolve(store, Selection(focus="Chính phủ")).focus == [ID + "body/national/chinh-phu"]
    sparql = client.get("/api/queries/bodies/sparql", params={"unit": "Thành phố Đà Nẵng"}).text
    assert "unit/2025/48" in sparql and "pre2025/48" not in sparql
