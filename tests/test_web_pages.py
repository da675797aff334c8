"""Pages and dereferenceable IRIs: content negotiation, entity pages, search, ontology, home."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient

from bomay.web.app import create_app
from bomay.web.config import ServeConfig
from bomay.web.testing import build_store

FIXTURE = Path(__file__).parent / "fixtures" / "web_sample.ttl"
ID = "https://w3id.org/bomay/id/"
UBND = ID + "body/2025/79/peoples-committee"
SO_NOI_VU = ID + "body/2025/79/so/so-noi-vu"


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    store = tmp_path_factory.mktemp("web") / "store"
    build_store(store, [FIXTURE])
    with TestClient(create_app(ServeConfig(store=str(store)))) as test_client:
        yield test_client


@pytest.mark.parametrize("text", ["ubnd tp hcm", "uy ban nhan dan thanh pho ho chi minh", "UBND TP.HCM",
                                  "Uỷ ban nhân dân Thành phố Hồ Chí Minh"])
def test_search_finds_the_same_body_however_it_is_written(client: TestClient, text: str) -> None:
    hits = client.get("/api/search", params={"q": text}).json()
    assert hits[0]["iri"] == UBND
    assert hits[0]["label_vi"] == "Ủy ban nhân dân Thành phố Hồ Chí Minh"
    page = client.get("/search", params={"q": text})
    assert page.status_code == 200 and 'href="/id/body/2025/79/peoples-committee"' in page.text


def test_search_by_prefix_and_by_words_and_no_match(client: TestClient) -> None:
    assert UBND in [h["iri"] for h in client.get("/api/search", params={"q": "uy ban nhan"}).json()]
    assert SO_NOI_VU in [h["iri"] for h in client.get("/api/search", params={"q": "noi vu"}).json()]
    assert client.get("/api/search", params={"q": "zzzz không có"}).json() == []
    assert "Nothing matches" in client.get("/search", params={"q": "zzzz"}).text


def test_entity_page_shows_labels_types_hierarchy_mandates_reporting_and_sentences(client: TestClient) -> None:
    page = client.get("/id/body/2025/79/peoples-committee", headers={"Accept": "text/html"})
    assert page.status_code == 200
    html = page.text
    assert "Ủy ban nhân dân Thành phố Hồ Chí Minh" in html and "Ho Chi Minh City People&#39;s Committee" in html
    assert "People" in html and "/ontology#PeoplesCommittee" in html  # type, linked to the ontology docs
    assert 'href="/id/body/national/chinh-phu"' in html  # parent
    assert 'href="/id/body/2025/79/so/so-noi-vu"' in html  # child and mandate assignee
    assert "Mandates given" in html and "chủ trì rà soát" in html
    assert "Receives reports from" in html
    assert "giao Sở Nội vụ chủ trì rà soát" in html  # the provenance sentence
    assert 'href="/id/doc/fixture-001"' in html  # linked to its document
    department = client.get("/id/body/2025/79/so/so-noi-vu").text
    assert "Mandates received" in department and "Reports to" in department


@pytest.mark.parametrize(("how", "media", "fmt"), [
    ({"headers": {"Accept": "text/turtle"}}, "text/turtle", ox.RdfFormat.TURTLE),
    ({"headers": {"Accept": "application/ld+json"}}, "application/ld+json", ox.RdfFormat.JSON_LD),
    ({"params": {"format": "nt"}}, "application/n-triples", ox.RdfFormat.N_TRIPLES),
    ({"suffix": ".ttl"}, "text/turtle", ox.RdfFormat.TURTLE),
    ({"suffix": ".jsonld"}, "application/ld+json", ox.RdfFormat.JSON_LD),
    ({"suffix": ".rdf"}, "application/rdf+xml", ox.RdfFormat.RDF_XML),
])
def test_entity_iris_dereference_with_content_negotiation(client: TestClient, how: dict, media: str,
                                                          fmt: ox.RdfFormat) -> None:
    url = "/id/body/2025/79/peoples-committee" + how.get("suffix", "")
    response = client.get(url, headers=how.get("headers"), params=how.get("params"))
    assert response.status_code == 200 and response.headers["content-type"].startswith(media)
    triples = [q.triple for q in ox.parse(response.content, format=fmt)]
    assert any(t.subject.value == UBND and t.object.value == "Ủy ban nhân dân Thành phố Hồ Chí Minh" for t in triples)
    assert any(t.object == ox.NamedNode(UBND) for t in triples)  # incoming links too


def test_resource_route_serves_any_iri_and_unknown_iris_are_404(client: TestClient) -> None:
    page = client.get("/resource", params={"iri": "http://www.w3.org/ns/org#subOrganizationOf"})
    assert page.status_code == 200
    assert client.get("/id/body/nowhere").status_code == 404
    assert client.get("/id/body/nowhere", headers={"Accept": "text/turtle"}).status_code == 404
    assert client.get("/resource", params={"iri": "not an iri"}).status_code == 400


def test_vocabulary_concepts_and_graphs_have_pages(client: TestClient) -> None:
    topic = client.get("/topic/to-chuc-bo-may")
    assert topic.status_code == 200
    graph = client.get("/graph/test/web_sample")
    assert graph.status_code == 200 and "Named graph" in graph.text


def test_ontology_page_and_its_rdf(client: TestClient) -> None:
    html = client.get("/ontology").text
    assert 'id="PeoplesCommittee"' in html and "People&#39;s Committee" in html
    assert "Ủy ban nhân dân" in html  # Vietnamese labels
    assert 'id="assigner"' in html  # properties
    assert "Concept schemes" in html and "bmt:to-chuc-bo-may" in html
    turtle = client.get("/ontology", headers={"Accept": "text/turtle"})
    triples = list(ox.parse(turtle.content, format=ox.RdfFormat.TURTLE))
    assert len(triples) > 500
    assert client.get("/ontology.jsonld").headers["content-type"].startswith("application/ld+json")


def test_home_page_counts_and_starting_points(client: TestClient) -> None:
    html = client.get("/").text
    assert "Administrative unit" in html or "AdminUnit" in html
    assert "pre2025" in html and "2025" in html and "national" in html
    assert 'href="/id/body/national/chinh-phu"' in html
    assert 'href="/id/unit/2025/79"' in html  # a province as a starting point
    assert "test" in html  # the sources table lists the test graph group


def test_query_page_uses_only_local_assets_and_prefills_a_shared_query(client: TestClient) -> None:
    html = client.get("/query", params={"query": "SELECT * WHERE { ?s ?p ?o } </script>"}).text
    assert "/static/vendor/yasgui/yasgui.min.js" in html and "http" not in html.split("<main>")[1].split("</main>")[0]
    assert "</script>\"" not in html and "\\u003c/script\\u003e" in html  # the shared query cannot close the script
    assert 'data-name="topics"' in html
    assert client.get("/static/vendor/yasgui/yasgui.min.js").status_code == 200
    assert client.get("/static/vendor/yasgui/LICENSE").status_code == 200


def test_a_document_page_reads_its_sentences_in_order_with_the_facts_taken_from_them(client: TestClient) -> None:
    html = client.get("/id/doc/fixture-001", params={"lang": "en"}).text
    document = html.split('id="document"')[1].split("</section>")[0]
    first, second = document.index("giao Sở Nội vụ chủ trì"), document.index("báo cáo kết quả")
    assert first < second
    assert 'href="/id/mandate/fixture-001/1"' in document  # the mandate read from the first sentence
    assert "/id/doc/fixture-001/s1" not in html.split('class="iri"')[0]  # sentences by their text, not their IRI


def test_errors_answer_in_the_style_of_their_route(client: TestClient) -> None:
    page = client.get("/no/such/page", params={"lang": "vi"})
    assert page.status_code == 404 and page.headers["content-type"].startswith("text/html")
    assert "Không tìm thấy trang" in page.text and 'href="/query"' in page.text  # on the layout, in the language
    bad_iri = client.get("/resource", params={"iri": "not an iri"})
    assert bad_iri.status_code == 400 and bad_iri.headers["content-type"].startswith("text/html")
    api = client.get("/api/queries/nope")
    assert api.status_code == 404 and api.json()["error"] and api.json()["status"] == 404
    invalid = client.get("/api/search")  # q missing
    assert invalid.status_code == 422 and "q" in invalid.json()["error"]
    protocol = client.get("/sparql", params={"query": "SELEC nothing"})
    assert protocol.status_code == 400 and protocol.headers["content-type"].startswith("text/plain")
    status = client.get("/status").json()
    assert "source" not in status and not any("/" in str(v) and str(v).startswith("/") for v in status.values())
