"""Reporting load per recipient before and after 2025-07-01: the command and the page, on a store
holding HCMC's bodies of both eras and the statutory duties they receive."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient

from bomay.loaders.reference import terms as t
from bomay.loaders.reference.bodies import unit_bodies
from bomay.loaders.reference.national import national_records
from bomay.loaders.reference.rdf import body_triples, instrument_triples
from bomay.loaders.reference.units import unit_records
from bomay.loaders.statutory import GRAPH, QuadPart, duties, duty_quads
from bomay.namespaces import graph_iri
from bomay.web.app import create_app
from bomay.web.config import ServeConfig
from bomay.web.testing import build_store
from tests.conftest import invoke_cli

HCMC_UBND = ("https://w3id.org/bomay/id/body/pre2025/79/peoples-committee",
             "https://w3id.org/bomay/id/body/2025/79/peoples-committee")


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    chosen = [d for d in duties() if d.counterpart.iri in HCMC_UBND]
    wanted = {b.iri for d in chosen for b in (d.holder, d.counterpart)}
    bodies = [b for b in (*unit_bodies(), *national_records()) if b.iri in wanted]
    units = {u.iri: u for u in unit_records()}
    levels = [ox.Triple(t.N(b.unit_iri), t.bm("level"), t.level(units[b.unit_iri].level))
              for b in bodies if b.unit_iri]
    path = tmp_path_factory.mktemp("load") / "store"
    build_store(path, extra=[QuadPart(GRAPH, duty_quads(chosen)),
                             QuadPart(graph_iri("test", "bodies"),
                                      [ox.Quad(x.subject, x.predicate, x.object, ox.NamedNode(graph_iri("test", "b")))
                                       for x in body_triples(bodies) + levels + instrument_triples()])])
    return path


def test_load_command_compares_the_two_dates(store: Path) -> None:
    result = invoke_cli("reporting-load", "--body", "UBND Thành phố Hồ Chí Minh", "--format", "json", store=store)
    assert result.returncode == 0, result.stderr
    before, after = json.loads(result.stdout)
    assert (before["date"], before["body"]) == ("2025-06-30", HCMC_UBND[0])
    assert (after["date"], after["body"]) == ("2025-07-01", HCMC_UBND[1])
    kinds = {(x["reporter_kind"], x["obligations"]) for x in before["lines"]}
    assert ("Ủy ban nhân dân (Cấp huyện)", 22) in kinds  # 21 districts and Thủ Đức city
    assert before["reporters"] == 31  # and the 9 departments
    assert ("Ủy ban nhân dân (Cấp xã)", 168) in {(x["reporter_kind"], x["obligations"]) for x in after["lines"]}
    assert after["reporters"] == 178
    assert all(x["basis"] and x["frequency"] for x in before["lines"] + after["lines"])


def test_load_command_table_and_bad_dates(store: Path) -> None:
    table = invoke_cli("reporting-load", "-b", HCMC_UBND[1], "-d", "2025-07-01", store=store)
    assert table.returncode == 0 and "178 bodies report to it" in table.stdout
    bad = invoke_cli("reporting-load", "-b", "UBND Thành phố Hồ Chí Minh", "-d", "30/6/2025", store=store)
    assert bad.returncode == 1 and "--dates" in bad.stderr


@pytest.fixture(scope="module")
def client(store: Path) -> Iterator[TestClient]:
    with TestClient(create_app(ServeConfig(store=str(store)))) as test_client:
        yield test_client


def test_load_page_has_table_and_chart(client: TestClient) -> None:
    page = client.get("/load", params={"body": "UBND Thành phố Hồ Chí Minh", "dates": "2025-06-30,2025-07-01"})
    assert page.status_code == 200
    html = page.text
    assert 'id="load-summary"' in html and 'id="load-chart"' in html
    assert html.count("<rect ") == 4  # two kinds of reporters on each date
    assert ">178<" in html and ">31<" in html
    assert "http://" not in html.replace("http://www.w3.org/2000/svg", "")  # nothing fetched from elsewhere


def test_load_page_reports_bad_input(client: TestClient) -> None:
    page = client.get("/load", params={"body": "UBND Thành phố Hồ Chí Minh", "dates": "yesterday"})
    assert page.status_code == 400 and 'id="load-error"' in page.text
    unknown = client.get("/load", params={"body": "Không có cơ quan này", "dates": "2025-07-01"})
    assert unknown.status_code == 400 and "nothing in the graph is named" in unknown.text
