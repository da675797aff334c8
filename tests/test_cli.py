"""The command line as a user meets it: real subprocesses, real exit codes, no tracebacks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import run_cli

CORRUPT_TURTLE = """@prefix ex: <http://example.org/> .
ex:a ex:b ex:c .
ex:d ex:e "unterminated .
"""
GOOD_TURTLE = """@prefix ex: <http://example.org/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
ex:so-noi-vu skos:prefLabel "Sở Nội vụ Thành phố Hồ Chí Minh"@vi ; ex:n 1 .
"""


@pytest.fixture(scope="module")
def small_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The ontology and one loaded file: enough for what does not depend on the national graph's
    size (output formats, export), at a fraction of its cost. Tests only read it."""
    base = tmp_path_factory.mktemp("small")
    assert run_cli("build", "--only", "ontology", store=base / "store").returncode == 0
    good = base / "so.ttl"
    good.write_text(GOOD_TURTLE, encoding="utf-8")
    assert run_cli("load", "rdf", str(good), store=base / "store").returncode == 0
    return base / "store"


def count_all(store: Path) -> int:
    result = run_cli("query", "--sparql", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--format", "csv", store=store)
    assert result.returncode == 0, result.stderr
    return int(result.stdout.splitlines()[1])


def checked_count(summary: str) -> int:
    """The N of bomay validate's closing line "checked N triples in ..."."""
    return int(summary.split("checked ", 1)[1].split(" ", 1)[0].replace(",", ""))


def test_build_stats_query_and_validate(built_store: Path) -> None:
    assert count_all(built_store) > 1000
    stats = run_cli("stats", store=built_store)
    assert stats.returncode == 0, stats.stderr
    assert "bmg:ontology" in stats.stdout
    assert "owl:Class" in stats.stdout
    # The whole default graph conforms to the shapes (the default engine takes seconds).
    validated = run_cli("validate", store=built_store)
    assert validated.returncode == 0, validated.stdout + validated.stderr
    assert "0 violation(s)" in validated.stderr
    assert checked_count(validated.stderr) > 1_000_000
    # --graph (judging one graph's nodes) is run on a small store in test_validate.py: on the
    # national graph it costs as much as the whole check and shows nothing more.


def test_a_corrupt_turtle_file_names_file_and_line_and_changes_nothing(tmp_path: Path) -> None:
    store = tmp_path / "store"
    assert run_cli("build", "--only", "ontology", store=store).returncode == 0
    before = count_all(store)
    bad = tmp_path / "broken.ttl"
    bad.write_text(CORRUPT_TURTLE, encoding="utf-8")
    good = tmp_path / "good.ttl"
    good.write_text(GOOD_TURTLE, encoding="utf-8")
    result = run_cli("load", "rdf", str(good), str(bad), store=store)
    assert result.returncode == 1
    assert "broken.ttl:3" in result.stderr
    assert "Traceback" not in result.stderr
    assert count_all(store) == before


def test_load_then_find_by_folded_name(tmp_path: Path) -> None:
    store = tmp_path / "store"
    good = tmp_path / "so.ttl"
    good.write_text(GOOD_TURTLE, encoding="utf-8")
    assert run_cli("load", "rdf", str(good), store=store).returncode == 0
    found = run_cli("search", "so noi vu tp hcm", store=store)
    assert found.returncode == 0 and "so-noi-vu" in found.stdout
    again = run_cli("load", "rdf", str(good), store=store)  # loading again replaces, never duplicates
    assert again.returncode == 0
    assert count_all(store) == 3


def test_non_utf8_and_unknown_files_are_refused_clearly(tmp_path: Path) -> None:
    latin = tmp_path / "latin.ttl"
    latin.write_bytes('<http://e/a> <http://e/b> "Sở" .'.encode("cp1258", errors="replace") + b"\xff\xfe")
    result = run_cli("load", "rdf", str(latin), store=tmp_path / "s")
    assert result.returncode == 1 and "latin.ttl" in result.stderr and "Traceback" not in result.stderr
    odd = tmp_path / "data.xlsx"
    odd.write_bytes(b"PK")
    result = run_cli("load", "rdf", str(odd), store=tmp_path / "s")
    assert result.returncode == 1 and "unknown RDF file type" in result.stderr


def test_query_formats(small_store: Path) -> None:
    as_json = run_cli("query", "graphs", "--format", "json", store=small_store)
    doc = json.loads(as_json.stdout)
    assert doc["head"]["vars"] == ["graph", "triples"]
    assert len(doc["results"]["bindings"]) >= 2  # the ontology graphs and the loaded file's
    tsv = run_cli("query", "graphs", "--format", "tsv", store=small_store)
    assert tsv.stdout.startswith("?graph\t?triples")
    turtle = run_cli("query", "--sparql", "CONSTRUCT { ?s a owl:Class } WHERE { ?s a owl:Class } LIMIT 3",
                     "--format", "turtle", store=small_store)
    assert turtle.returncode == 0 and "owl:Class" in turtle.stdout


def test_user_errors_are_one_line_without_traceback(built_store: Path) -> None:
    cases = [
        ("query", "--sparql", "SELEKT * WHERE {}"),
        ("query", "no-such-query"),
        ("query", "classes", "--param", "graph=not an iri"),
        ("query", "classes", "--param", "nope=1"),
        ("load", "nosuchloader", "x.ttl"),
    ]
    for args in cases:
        result = run_cli(*args, store=built_store)
        assert result.returncode != 0, args
        assert "Traceback" not in result.stderr, args
        assert result.stderr.strip().startswith("Error:") or "Usage:" in result.stderr, (args, result.stderr)


def test_reading_a_store_that_was_never_built(tmp_path: Path) -> None:
    result = run_cli("stats", store=tmp_path / "nothing")
    assert result.returncode == 1 and "bomay build" in result.stderr


def test_export_formats(small_store: Path, tmp_path: Path) -> None:
    # A small store: exporting the national graph writes half a gigabyte and shows nothing more.
    target = tmp_path / "all.nq"
    assert run_cli("export", "--format", "nquads", "-o", str(target), store=small_store).returncode == 0
    exported = target.read_text(encoding="utf-8")
    assert "<https://w3id.org/bomay/graph/ontology>" in exported
    assert "<http://example.org/so-noi-vu>" in exported  # every named graph, not only the ontology
    trig = run_cli("export", "--format", "trig", "--graph", "https://w3id.org/bomay/graph/ontology",
                   store=small_store)
    assert trig.returncode == 0, trig.stderr
    assert "owl:Ontology" in trig.stdout or "Ontology>" in trig.stdout


BAD_MANDATE = """@prefix bm: <https://w3id.org/bomay/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix ex: <https://w3id.org/bomay/id/test/> .
ex:so a bm:Department ; skos:prefLabel "Sở Y tế Thành phố Đà Nẵng"@vi .
ex:m1 a bm:Mandate ; skos:prefLabel "Nhiệm vụ kiểm tra"@vi ; bm:assignee ex:so ; bm:assigner "UBND thành phố" .
"""


def test_validate_prints_each_violation_readably_and_fails(tmp_path: Path) -> None:
    store = tmp_path / "store"
    assert run_cli("build", "--only", "ontology", store=store).returncode == 0
    bad = tmp_path / "bad_mandate.ttl"
    bad.write_text(BAD_MANDATE, encoding="utf-8")
    assert run_cli("load", "rdf", str(bad), store=store).returncode == 0
    result = run_cli("validate", store=store)
    assert result.returncode == 1
    lines = [line for line in result.stdout.splitlines() if "test/m1" in line]
    assert any("Nhiệm vụ kiểm tra" in line and "bm:assigner" in line for line in lines), result.stdout
    assert any("prov:wasDerivedFrom" in line for line in lines), result.stdout
    assert "violation(s)" in result.stderr
    unknown = run_cli("validate", "--graph", "https://example.org/none", store=store)
    assert unknown.returncode == 1 and "no such named graph" in unknown.stderr
