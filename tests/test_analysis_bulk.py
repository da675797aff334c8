"""The analytics' own reader (bomay.analysis.bulk) gives the network the view's reader gives, and
the answers no longer depend on the order the store returns rows in."""

from __future__ import annotations

import json
from collections import Counter
from types import SimpleNamespace

import pyoxigraph as ox
import pytest

from bomay.analysis import bulk
from bomay.analysis.bulk import ANALYTICS_RELATIONS, Tables, analytics_network
from bomay.analysis.metrics import analyse
from bomay.analysis.model import DEFAULT_RELATIONS, Edge, Network
from bomay.analysis.selection import Selection, resolve, select_network
from bomay.analysis.tables import to_json
from bomay.graph.local import LocalStore
from bomay.loaders.ontology import OntologySource
from bomay.loaders.rdf import RdfLoader
from tests.fixtures.analysis import FIXTURE_FILES, build_fixture_store

ID = "https://w3id.org/bomay/id/"
BODY = ID + "body/pre2025/99/"

# Records the fixture does not have, each of which one of the two readers could get wrong.
ODD_RECORDS = r"""
@prefix bm: <https://w3id.org/bomay/ontology#> . @prefix bmid: <https://w3id.org/bomay/id/> .
@prefix bmg: <https://w3id.org/bomay/graph/> . @prefix bmx: <https://w3id.org/bomay/relation/> .
@prefix bms: <https://w3id.org/bomay/review/> . @prefix schema: <https://schema.org/> .
@prefix org: <http://www.w3.org/ns/org#> . @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
bmg:test\/odd-1 {
  # no kind: subordination, dating the shortcut triple the fixture states
  bmid:odd\/1 a bm:Subordination ; bm:subordinate bmid:body\/pre2025\/99\/so\/so-y-te ;
      bm:superior bmid:body\/pre2025\/99\/peoples-committee ; schema:startDate "2019-01-01"^^xsd:date .
  # a record with no shortcut triple, ended
  bmid:odd\/2 a bm:Subordination ; bm:subordinate bmid:body\/pre2025\/99\/so\/so-tai-chinh ;
      bm:superior bmid:body\/pre2025\/99\/peoples-council ; bm:relationKind bmx:part-of ;
      schema:endDate "2023-12-31"^^xsd:date .
  # rejected: ignored by both
  bmid:odd\/3 a bm:Subordination ; bm:subordinate bmid:body\/pre2025\/99\/so\/so-noi-vu ;
      bm:superior bmid:body\/pre2025\/99\/standing-board ; bm:relationKind bmx:part-of ;
      bm:reviewStatus bms:rejected .
  # two records of one edge, one open-ended; the first typed in two graphs
  bmid:odd\/4 a bm:Subordination ; bm:subordinate bmid:body\/pre2025\/990\/peoples-committee ;
      bm:superior bmid:body\/pre2025\/990\/peoples-council ; bm:relationKind bmx:answers-to-council ;
      schema:startDate "2016-01-01"^^xsd:date ; schema:endDate "2021-06-30"^^xsd:date .
  bmid:odd\/5 a bm:Subordination ; bm:subordinate bmid:body\/pre2025\/990\/peoples-committee ;
      bm:superior bmid:body\/pre2025\/990\/peoples-council ; bm:relationKind bmx:answers-to-council ;
      schema:startDate "2021-07-01"^^xsd:date .
  # two kinds: an upward and a downward edge from one record
  bmid:odd\/6 a bm:Subordination ; bm:subordinate bmid:body\/pre2025\/99\/council-standing ;
      bm:superior bmid:body\/pre2025\/99\/standing-board ; bm:relationKind bmx:part-of , bmx:supervision .
  # a body of two units, named in two graphs
  bmid:body\/x\/99\/cac-so a bm:Collective ; skos:prefLabel "Các sở tỉnh Sông Lam"@vi ;
      bm:jurisdiction bmid:unit\/pre2025\/99 , bmid:unit\/2025\/99101 ;
      org:subOrganizationOf bmid:body\/pre2025\/99\/peoples-committee .
}
bmg:test\/odd-2 {
  bmid:odd\/4 a bm:Subordination .
  bmid:body\/x\/99\/cac-so skos:prefLabel "Các sở tỉnh Sông Lam"@vi .
}
"""


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):
    return build_fixture_store(tmp_path_factory.mktemp("bulk") / "store")


@pytest.fixture(scope="module")
def odd_store(tmp_path_factory: pytest.TempPathFactory):
    """The fixture plus records it lacks: no kind, rejected, two kinds, two graphs, two units."""
    folder = tmp_path_factory.mktemp("odd")
    extra = folder / "odd.trig"
    extra.write_text(ODD_RECORDS, encoding="utf-8")
    loaded = RdfLoader().read([*FIXTURE_FILES, extra], {})
    assert not loaded.problems, loaded.problems
    odd = LocalStore(folder / "store")
    odd.rebuild([*OntologySource().parts(), *loaded.parts])
    return odd


def edge_key(e: Edge) -> tuple:
    key: tuple = (e.relation, e.source, e.target, e.predicate, e.start, e.end)
    if e.relation == "mandate" or e.predicate in ("bm:ReportingObligation", "bm:reportTo"):
        key += (e.item, tuple(sorted(e.topics)), tuple(sorted(e.frequencies)), e.times_per_year,
                tuple(sorted(e.docs)), e.text, tuple(sorted(e.report_to)), tuple(sorted(e.obligations)))
    return key  # structural edges: the bulk reader keeps no item and no docs (no metric reads them)


def assert_same_network(view: Network, bulk_net: Network) -> None:
    assert {i: vars(n) for i, n in view.nodes.items()} == {i: vars(n) for i, n in bulk_net.nodes.items()}
    assert Counter(map(edge_key, view.edges)) == Counter(map(edge_key, bulk_net.edges))


@pytest.mark.parametrize("which", ["fixture", "odd"])
@pytest.mark.parametrize("whole", [False, True], ids=["lookups", "whole-tables"])
@pytest.mark.parametrize("relations", [ANALYTICS_RELATIONS, DEFAULT_RELATIONS], ids=["analytics", "default"])
@pytest.mark.parametrize("choice", [{}, {"as_of": "2021-01-01"}, {"as_of": "2024-01-01"}, {"as_of": "2025-08-01"},
                                    {"jurisdiction": "99"},
                                    {"jurisdiction": "Thành phố Lam Giang", "as_of": "2024-06-30"}])
def test_bulk_network_is_the_views_network(request, monkeypatch, which: str, whole: bool, relations: tuple,
                                           choice: dict) -> None:
    store = request.getfixturevalue("store" if which == "fixture" else "odd_store")
    if whole:  # the fixture is small: make every node read go through the whole-store scans
        monkeypatch.setattr(bulk, "VALUES_UP_TO", 0)
    view, _ = select_network(store, Selection(relations=relations, **choice))
    sel = Selection(relations=relations, **choice)
    assert_same_network(view, analytics_network(Tables(store), sel, resolve(store, sel), relations))


def test_the_odd_records_are_read(odd_store) -> None:
    sel = Selection(relations=DEFAULT_RELATIONS)
    net = analytics_network(Tables(odd_store), sel, resolve(odd_store, sel), DEFAULT_RELATIONS)
    structure = {(e.relation, e.source.removeprefix(ID), e.target.removeprefix(ID)): e for e in net.edges
                 if e.relation != "mandate" and e.predicate not in ("bm:ReportingObligation", "bm:reportTo")}
    assert structure["subordination", "body/pre2025/99/so/so-tai-chinh", "body/pre2025/99/peoples-council"].end == (
        "2023-12-31")
    assert structure["subordination", "body/pre2025/99/so/so-y-te", "body/pre2025/99/peoples-committee"].start == (
        "2019-01-01")
    assert ("subordination", "body/pre2025/99/so/so-noi-vu", "body/pre2025/99/standing-board") not in structure
    merged = structure["reports-to", "body/pre2025/990/peoples-committee", "body/pre2025/990/peoples-council"]
    assert (merged.predicate, merged.start, merged.end) == ("org:reportsTo", "2016-01-01", None)
    assert ("supervision", "body/pre2025/99/standing-board", "body/pre2025/99/council-standing") in structure
    assert net.nodes[ID + "body/x/99/cac-so"].unit == ID + "unit/2025/99101"


def test_a_provinces_chain_is_the_same_with_and_without_a_jurisdiction(store) -> None:
    def chain(**choice) -> list[str]:
        (table,) = analyse(store, ["chains"], Selection(**choice))
        return next(r[3] for r in table.rows if r[0] == "Tỉnh Sông Lam (pre2025/99)")

    assert chain() == chain(jurisdiction="99")


def test_ties_read_the_same_in_every_run(store) -> None:
    (span,) = analyse(store, ["span-of-control"], Selection())
    by_kind = {r[-1]: r[2] for r in span.rows}
    # one committee and one council under the People's Council: equal counts go in hierarchy order
    assert by_kind[BODY + "peoples-council"] == "1 council, 1 committee"
    (again,) = analyse(store, ["span-of-control"], Selection())
    assert again.rows == span.rows


def test_one_metric_reads_only_what_it_shows(store) -> None:
    (table,) = analyse(store, ["top-assigners"], Selection())
    assert table.rows[0][0] == "Ủy ban nhân dân tỉnh Sông Lam"  # named on demand
    everything = {t.name: t.rows for t in analyse(store, None, Selection())}
    assert everything["top-assigners"] == table.rows


def test_the_web_app_reads_a_served_build_once(store) -> None:
    from fastapi import FastAPI
    from fastapi.testclient import TestClient

    from bomay.web import analysis_routes as web
    from bomay.web.view import LocalView
    from bomay.web.workers import ForkGate

    memory = ox.Store()
    memory.bulk_extend(store.reader().quads_for_pattern(None, None, None))
    view = LocalView(memory, ForkGate())

    app = FastAPI()
    app.state.backend = SimpleNamespace(live=SimpleNamespace(view=view))  # as bomay serve's backend
    app.include_router(web.router)
    client = TestClient(app)
    first = client.get("/api/analytics").json()
    assert view in web._analysis_tables  # kept for the next request on the same build
    assert client.get("/api/analytics").json() == first
    assert first == json.loads(to_json(analyse(store, None, Selection())))  # the same answer as from disk
    district = client.get("/api/analytics", params={"jurisdiction": "Thành phố Lam Giang", "as_of": "2024-06-30"})
    assert district.json() == json.loads(to_json(analyse(store, None, Selection(jurisdiction="Thành phố Lam Giang",
                                                                                   as_of="2024-06-30"))))


def test_a_column_read_as_always_bound_that_comes_back_unbound_is_an_error_not_a_none() -> None:
    from bomay.errors import QueryError
    from bomay.graph.memory import MemoryStore

    db = ox.Store()
    db.add(ox.Quad(ox.NamedNode("http://example.org/a"), ox.NamedNode("http://example.org/p"), ox.Literal("x")))
    query = "SELECT ?s ?o WHERE { ?s ?p ?x OPTIONAL { ?s <http://example.org/none> ?o } }"
    assert bulk.query_rows(MemoryStore(db), query) == [("http://example.org/a", None)]
    with pytest.raises(QueryError, match="unbound"):
        bulk.bound_rows(MemoryStore(db), query)
