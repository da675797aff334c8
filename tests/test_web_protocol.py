"""The SPARQL 1.1 Protocol at /sparql: methods, result formats, datasets, errors, CORS, 413."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient

from bomay.web.app import create_app
from bomay.web.config import ServeConfig
from bomay.web.testing import build_store

FIXTURE = Path(__file__).parent / "fixtures" / "web_sample.ttl"
UBND = "https://w3id.org/bomay/id/body/2025/79/peoples-committee"
SAMPLE_GRAPH = "https://w3id.org/bomay/graph/test/web_sample"
SELECT = "PREFIX bm: <https://w3id.org/bomay/ontology#> SELECT ?s WHERE { ?s a bm:PeoplesCommittee }"
CONSTRUCT = f"CONSTRUCT {{ <{UBND}> ?p ?o }} WHERE {{ <{UBND}> ?p ?o }}"


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    store = tmp_path_factory.mktemp("web") / "store"
    build_store(store, [FIXTURE])
    app = create_app(ServeConfig(store=str(store), max_results=500, max_body=4096, query_timeout=20))
    with TestClient(app) as test_client:
        yield test_client


def bindings(response) -> list[dict]:
    assert response.status_code == 200, response.text
    return response.json()["results"]["bindings"]


def test_get_post_form_and_post_body_give_the_same_rows(client: TestClient) -> None:
    by_get = bindings(client.get("/sparql", params={"query": SELECT}))
    by_form = bindings(client.post("/sparql", content=f"query={SELECT.replace(' ', '+').replace('#', '%23')}",
                                   headers={"Content-Type": "application/x-www-form-urlencoded"}))
    by_body = bindings(client.post("/sparql", content=SELECT.encode(),
                                   headers={"Content-Type": "application/sparql-query"}))
    assert by_get == by_form == by_body == [{"s": {"type": "uri", "value": UBND}}]


def test_json_is_the_default_and_other_result_formats_follow_accept(client: TestClient) -> None:
    plain = client.get("/sparql", params={"query": SELECT})
    assert plain.headers["content-type"].startswith("application/sparql-results+json")
    xml = client.get("/sparql", params={"query": SELECT}, headers={"Accept": "application/sparql-results+xml"})
    assert xml.headers["content-type"].startswith("application/sparql-results+xml")
    assert f"<uri>{UBND}</uri>" in xml.text
    as_csv = client.get("/sparql", params={"query": SELECT}, headers={"Accept": "text/csv"})
    assert list(csv.reader(io.StringIO(as_csv.text))) == [["s"], [UBND]]
    tsv = client.get("/sparql", params={"query": SELECT}, headers={"Accept": "text/tab-separated-values"})
    assert tsv.text.splitlines() == ["?s", f"<{UBND}>"]
    by_param = client.get("/sparql", params={"query": SELECT, "format": "csv"}, headers={"Accept": "text/turtle"})
    assert by_param.headers["content-type"].startswith("text/csv")


def test_ask_answers_a_boolean(client: TestClient) -> None:
    response = client.get("/sparql", params={"query": f"ASK {{ <{UBND}> ?p ?o }}"})
    assert response.json() == {"head": {}, "boolean": True}
    assert client.get("/sparql", params={"query": "ASK { <urn:x:none> ?p ?o }"}).json()["boolean"] is False


@pytest.mark.parametrize(("accept", "fmt", "media"), [
    ("text/turtle", ox.RdfFormat.TURTLE, "text/turtle"),
    ("application/n-triples", ox.RdfFormat.N_TRIPLES, "application/n-triples"),
    ("application/ld+json", ox.RdfFormat.JSON_LD, "application/ld+json"),
    ("application/rdf+xml", ox.RdfFormat.RDF_XML, "application/rdf+xml"),
])
def test_construct_in_every_rdf_format_round_trips(client: TestClient, accept: str, fmt: ox.RdfFormat,
                                                   media: str) -> None:
    response = client.get("/sparql", params={"query": CONSTRUCT}, headers={"Accept": accept})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith(media)
    triples = {q.triple for q in ox.parse(response.content, format=fmt)}
    labels = {t.object.value for t in triples if t.predicate.value.endswith("#prefLabel")}
    assert "Ủy ban nhân dân Thành phố Hồ Chí Minh" in labels


def test_construct_where_with_limit_and_describe(client: TestClient) -> None:
    short = client.get("/sparql", params={"query": "CONSTRUCT WHERE { ?s ?p ?o } LIMIT 2", "format": "nt"})
    assert len(short.text.strip().splitlines()) == 2
    described = client.get("/sparql", params={"query": f"DESCRIBE <{UBND}>"})
    assert described.headers["content-type"].startswith("text/turtle")
    assert "Ủy ban nhân dân" in described.text


def test_union_default_graph_and_graph_parameters(client: TestClient) -> None:
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    in_sample = bindings(client.get("/sparql", params={"query": count, "default-graph-uri": SAMPLE_GRAPH}))
    everything = bindings(client.get("/sparql", params={"query": count}))
    assert 0 < int(in_sample[0]["n"]["value"]) < int(everything[0]["n"]["value"])
    named = client.get("/sparql", params={"query": f"SELECT ?g WHERE {{ GRAPH ?g {{ <{UBND}> ?p ?o }} }} LIMIT 1",
                                          "named-graph-uri": SAMPLE_GRAPH})
    assert bindings(named) == [{"g": {"type": "uri", "value": SAMPLE_GRAPH}}]
    nowhere = client.get("/sparql", params={"query": f"SELECT ?g WHERE {{ GRAPH ?g {{ <{UBND}> ?p ?o }} }}",
                                            "named-graph-uri": "https://example.org/other"})
    assert bindings(nowhere) == []


def test_known_prefixes_need_no_declaration(client: TestClient) -> None:
    rows = bindings(client.get("/sparql", params={"query": "SELECT ?s WHERE { ?s a bm:Department }"}))
    assert len(rows) == 1


def test_syntax_error_is_400_with_the_parser_message(client: TestClient) -> None:
    response = client.get("/sparql", params={"query": "SELEC ?s WHERE { ?s ?p ?o }"})
    assert response.status_code == 400
    assert "syntax error" in response.text and "1:" in response.text


def test_missing_query_bad_content_type_and_update_on_query_endpoint(client: TestClient) -> None:
    assert client.post("/sparql", content=b"", headers={"Content-Type": "application/sparql-query"}).status_code == 400
    assert client.post("/sparql", content=b"x", headers={"Content-Type": "text/plain"}).status_code == 415
    update = client.post("/sparql", content=b"update=CLEAR+ALL",
                         headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert update.status_code == 400 and "/update" in update.text


def test_unacceptable_accept_is_406(client: TestClient) -> None:
    response = client.get("/sparql", params={"query": SELECT}, headers={"Accept": "image/png"})
    assert response.status_code == 406


def test_oversized_body_is_413(client: TestClient) -> None:
    huge = "SELECT * WHERE { ?s ?p ?o } #" + "x" * 5000
    response = client.post("/sparql", content=huge.encode(), headers={"Content-Type": "application/sparql-query"})
    assert response.status_code == 413 and "4,096 bytes" in response.text
    assert client.get("/sparql", params={"query": huge}).status_code == 413


def test_service_description_in_turtle_and_rdfxml(client: TestClient) -> None:
    turtle = client.get("/sparql", headers={"Accept": "text/turtle"})
    assert turtle.status_code == 200
    triples = list(ox.parse(turtle.content, format=ox.RdfFormat.TURTLE))
    assert any(q.object.value.endswith("#SPARQL11Query") for q in triples)
    assert not any(q.object.value.endswith("#SPARQL11Update") for q in triples)
    xml = client.get("/sparql", headers={"Accept": "application/rdf+xml"})
    assert xml.headers["content-type"].startswith("application/rdf+xml")
    assert list(ox.parse(xml.content, format=ox.RdfFormat.RDF_XML))
    assert client.get("/sparql", headers={"Accept": "text/html"}, follow_redirects=False).status_code == 303


def test_cors_preflight_and_header(client: TestClient) -> None:
    preflight = client.options("/sparql", headers={"Origin": "https://example.org",
                                                   "Access-Control-Request-Method": "POST",
                                                   "Access-Control-Request-Headers": "content-type"})
    assert preflight.status_code == 200
    assert preflight.headers["access-control-allow-origin"] in ("*", "https://example.org")
    response = client.get("/sparql", params={"query": SELECT}, headers={"Origin": "https://example.org"})
    assert response.headers["access-control-allow-origin"] == "*"


def test_named_query_api_lists_binds_and_runs(client: TestClient) -> None:
    listing = client.get("/api/queries").json()
    topics = next(q for q in listing if q["name"] == "topics")
    assert topics["parameters"][0]["name"] == "lang"
    text = client.get("/api/queries/topics/sparql", params={"lang": "vi"}).text
    # the value is written where ?lang stood (no VALUES column is left that nothing projects)
    assert 'LANGMATCHES(LANG(?label), "vi")' in text and "?lang" not in text.split("WHERE", 1)[1]
    rows = client.get("/api/queries/topics", params={"lang": "en"}).json()["results"]["bindings"]
    assert rows and all(r["label"]["xml:lang"] == "en" for r in rows if "label" in r)
    as_csv = client.get("/api/queries/classes", params={"format": "csv"})
    assert as_csv.headers["content-type"].startswith("text/csv")
    assert as_csv.text.splitlines()[0].split(",") == ["class", "label", "instances"]
    assert client.get("/api/queries/nope").status_code == 404
    bad = client.get("/api/queries/topics", params={"bogus": "1"})
    assert bad.status_code == 400 and "no parameter bogus" in bad.text


def test_openapi_document_and_local_docs_ui(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert "/api/queries/{name}" in spec["paths"] and "/sparql" in spec["paths"]
    page = client.get("/api-docs").text
    assert "/static/vendor/swagger-ui/swagger-ui-bundle.js" in page and "cdn" not in page.lower()
    assert client.get("/docs").status_code == 404


def test_json_body_is_pyoxigraph_output_for_many_rows(client: TestClient) -> None:
    response = client.get("/sparql", params={"query": "SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 300"})
    data = json.loads(response.content)
    assert data["head"]["vars"] == ["s", "p", "o"] and len(data["results"]["bindings"]) == 300
