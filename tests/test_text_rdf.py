"""Loading documents into a store: graphs per document, provenance, reload, review, reviewed build."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest

from bomay.graph import open_store
from bomay.loaders.text.loader import ReviewedSource, TextLoader
from bomay.namespaces import graph_iri, sparql_prologue
from tests.conftest import run_cli

FIXTURES = Path(__file__).parent / "fixtures" / "text"


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("textstore")
    store, docs = root / "store", root / "docs"
    shutil.copytree(FIXTURES, docs)
    env = {"BOMAY_REVIEWED": str(root / "reviewed.jsonl")}
    assert run_cli("build", "--only", "ontology", store=store, env=env).returncode == 0
    result = run_cli("load", "text", str(docs), store=store, env=env)
    assert result.returncode == 0, result.stderr
    return store, docs


def ask(store: Path, sparql: str) -> list:
    return list(open_store(str(store)).raw_query(sparql_prologue() + sparql))


def test_one_graph_per_document_with_metadata(loaded: tuple[Path, Path]) -> None:
    store, _ = loaded
    graphs = {str(r["g"].value) for r in ask(store, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?d a bm:SourceDocument } }")}
    assert graphs == {graph_iri("doc", s) for s in ("h01-hanoi-2024", "h02-cantho-2019", "h03-binhduong-2023",
                                                    "h04-hatinh-2025", "h05-quangninh-2022")}
    rows = ask(store, 'SELECT ?t ?day WHERE { ?d a bm:SourceDocument ; dct:identifier "h02_cantho_2019" ; '
                      'dct:title ?t ; bm:eventDate ?day }')
    assert [(r["t"].value, r["day"].value) for r in rows] == [
        ("Cần Thơ triển khai sắp xếp đơn vị sự nghiệp công lập", "2019-08-05")]


def test_every_fact_cites_an_exact_sentence(loaded: tuple[Path, Path]) -> None:
    store, docs = loaded
    rows = ask(store, "SELECT ?f ?text ?start ?end ?stem WHERE { ?f prov:wasDerivedFrom ?s . "
                      "?s bm:text ?text ; bm:start ?start ; bm:end ?end ; oa:hasSource/dct:identifier ?stem }")
    assert len(rows) > 20
    for r in rows:
        text = (docs / f"{r['stem'].value}.txt").read_text(encoding="utf-8")
        assert text[int(r["start"].value):int(r["end"].value)] == r["text"].value
    facts = ask(store, "SELECT ?f WHERE { { ?f a bm:Mandate } UNION { ?f a bm:ReportingObligation } "
                       "FILTER NOT EXISTS { ?f prov:wasDerivedFrom ?s } }")
    assert facts == []


def test_reporting_gives_reports_to_edges_and_normalised_dates(loaded: tuple[Path, Path]) -> None:
    store, _ = loaded
    edges = ask(store, 'SELECT ?a ?b WHERE { ?r a bm:ReportingObligation ; bm:reporter ?a ; bm:recipient ?b . '
                       '?a org:reportsTo ?b }')
    obligations = ask(store, "SELECT ?r WHERE { ?r a bm:ReportingObligation }")
    assert len(edges) == len(obligations) > 5
    days = ask(store, 'SELECT ?d WHERE { ?m a bm:Mandate ; bm:deadlineText "trước ngày 15/10/2019" ; bm:deadline ?d }')
    assert [r["d"].value for r in days] == ["2019-10-15"]
    months = ask(store, 'SELECT ?a ?b WHERE { ?m bm:deadlineText "trong tháng 5 năm 2024" ; '
                        'bm:deadlineStart ?a ; bm:deadlineEnd ?b }')
    assert {(r["a"].value, r["b"].value) for r in months} == {("2024-05-01", "2024-05-31")}


def test_named_queries_answer(loaded: tuple[Path, Path]) -> None:
    store, _ = loaded
    result = run_cli("query", "reports", "-f", "csv", "-p", "from=2023-01-01", store=store)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("source,reporter,recipient,about,frequency,deadline")
    assert any("Bình Dương" in line for line in lines) and not any("Cần Thơ" in line for line in lines)
    result = run_cli("query", "mandates", "-f", "csv", "-p", "topic=https://w3id.org/bomay/topic/y-te", store=store)
    assert result.returncode == 0, result.stderr
    assert "Sở Y tế" in result.stdout


def test_loading_again_replaces_the_graph(tmp_path: Path) -> None:
    store = tmp_path / "store"
    env = {"BOMAY_REVIEWED": str(tmp_path / "none.jsonl")}
    assert run_cli("build", "--only", "ontology", store=store, env=env).returncode == 0
    shutil.copy(FIXTURES / "h02_cantho_2019.meta.json", tmp_path)
    doc = tmp_path / "h02_cantho_2019.txt"
    shutil.copy(FIXTURES / "h02_cantho_2019.txt", doc)
    assert run_cli("load", "text", str(doc), store=store, env=env).returncode == 0
    doc.write_text("UBND thành phố Cần Thơ giao Sở Tư pháp rà soát văn bản.", encoding="utf-8")
    assert run_cli("load", "text", str(doc), store=store, env=env).returncode == 0
    rows = ask(store, f"SELECT ?b WHERE {{ GRAPH <{graph_iri('doc', 'h02-cantho-2019')}> "
                      "{ ?m a bm:Mandate ; bm:assignee/skos:prefLabel ?b } }")
    assert [r["b"].value for r in rows] == ["Sở Tư pháp thành phố Cần Thơ"]


def test_only_dangling_reference_links_fail_validation_without_the_reference_data(loaded: tuple[Path, Path]) -> None:
    """With the reference graph built (the default build) there are none; without it, the only
    complaints may be about jurisdiction links to units that graph would supply."""
    store, _ = loaded
    from bomay.graph.validate import validate_store

    _conforms, violations, _ = validate_store(open_store(str(store)))
    dangling = [v for v in violations if (v.path == "bm:jurisdiction" and "/unit/" in v.value)
                or (v.path == "org:subOrganizationOf" and "/body/x/" not in v.value)]
    assert dangling == violations, [v for v in violations if v not in dangling][:3]


def test_review_decisions_shape_the_loaded_graph(tmp_path: Path) -> None:
    env = {"BOMAY_REVIEWED": str(tmp_path / "r.jsonl")}
    doc = FIXTURES / "h04_hatinh_2025.txt"
    assert run_cli("review", "import", str(doc), env=env).returncode == 0
    listing = run_cli("review", "list", "--type", "mandate", "--format", "jsonl", env=env)
    import json
    mandates = [json.loads(line) for line in listing.stdout.splitlines()]
    assert len(mandates) == 4 and all(m["status"] == "extracted" for m in mandates)
    first, second = mandates[0]["rid"], mandates[1]["rid"]
    assert run_cli("review", "reject", first, "--note", "sai", env=env).returncode == 0
    fix = run_cli("review", "correct", second, "--set", "assignee=UBND tỉnh Hà Tĩnh", env=env)
    assert fix.returncode == 0, fix.stderr
    bad = run_cli("review", "correct", second, "--set", "assignee=Bộ Không Có", env=env)
    assert bad.returncode == 1 and "no body named" in bad.stderr
    assert run_cli("review", "accept", "--doc", "h04_hatinh_2025", env=env).returncode == 0

    import os
    old = os.environ.get("BOMAY_REVIEWED")
    os.environ["BOMAY_REVIEWED"] = env["BOMAY_REVIEWED"]
    try:
        store = ox.Store()
        for part in TextLoader().read([doc], {}).parts:
            store.extend(part.quads())
        reviewed = list(ReviewedSource().parts())
    finally:
        if old is None:
            del os.environ["BOMAY_REVIEWED"]
        else:
            os.environ["BOMAY_REVIEWED"] = old
    q = sparql_prologue() + ("SELECT ?s ?a WHERE { ?m bm:reviewStatus ?s . "
                             "OPTIONAL { ?m bm:assignee/skos:prefLabel ?a } }")
    statuses = sorted((r["s"].value.rsplit("/", 1)[-1], r["a"].value if r["a"] else "")
                      for r in store.query(q, use_default_graph_as_union=True))
    assert ("rejected", "") in statuses and ("corrected", "Ủy ban nhân dân tỉnh Hà Tĩnh") in statuses
    assert [p.graph for p in reviewed] == [graph_iri("reviewed", "h04-hatinh-2025")]
    assert len(reviewed[0].triples) > 20


def test_shipped_reviewed_facts_build_without_shared(tmp_path: Path) -> None:
    """The curated file alone gives the default build real mandates (no ../shared needed)."""
    parts = list(ReviewedSource().parts())
    assert len(parts) == 5
    store = ox.Store()
    for part in parts:
        store.extend(part.quads())
    q = sparql_prologue() + "SELECT (COUNT(?m) AS ?n) WHERE { ?m a bm:Mandate ; bm:reviewStatus bms:accepted }"
    n = list(store.query(q, use_default_graph_as_union=True))
    assert int(n[0]["n"].value) >= 30
