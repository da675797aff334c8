"""``bomay validate``: both SHACL engines find the same faults in a broken graph, and --graph
judges only what it names."""

from __future__ import annotations

from pathlib import Path

import pytest

from bomay.errors import BomayError
from bomay.graph import open_store
from bomay.graph.validate import ENGINES, Violation, validate_store
from tests.conftest import invoke_cli

FIXTURE = Path(__file__).parent / "fixtures" / "validate" / "broken.ttl"
T = "https://w3id.org/bomay/id/test/"
GOOD = """@prefix bm: <https://w3id.org/bomay/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<https://w3id.org/bomay/id/test/so-tot> a bm:Department ; skos:prefLabel "Sở Tài chính"@vi ;
    bm:jurisdiction <https://w3id.org/bomay/id/test/tinh> .
"""

# One of each kind of fault the fixture holds: (focus, path, constraint component).
EXPECTED = {
    (T + "so-khong-ten", "skos:prefLabel", "MinCountConstraintComponent"),  # missing label
    (T + "so-hai-ten", "skos:prefLabel", "QualifiedMaxCountConstraintComponent"),  # two @vi labels
    (T + "so-hai-ten", "bm:jurisdiction", "ClassConstraintComponent"),  # wrong class
    (T + "so-ngay", "schema:startDate", "DatatypeConstraintComponent"),  # ill-formed date
    (T + "so-dao-ngay", "schema:startDate", "LessThanOrEqualsConstraintComponent"),  # start after end
    (T + "xa", "bm:level", "MaxCountConstraintComponent"),  # cardinality
    (T + "xa", "skos:notation", "MinCountConstraintComponent"),
    (T + "xa", "bm:population", "MinInclusiveConstraintComponent"),
    (T + "xa", "schema:latitude", "MaxInclusiveConstraintComponent"),
    (T + "m1", "bm:assigner", "NodeKindConstraintComponent"),  # a string where a body belongs
    (T + "m1", "prov:wasDerivedFrom", "MinCountConstraintComponent"),  # no source
}


def key(v: Violation) -> tuple[str, str, str, str, str]:
    return v.severity, v.focus, v.path, v.component, v.value


@pytest.fixture(scope="module")
def broken_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    store = tmp_path_factory.mktemp("validate") / "store"
    assert invoke_cli("build", "--only", "ontology", store=store).returncode == 0
    good = store.parent / "good.ttl"
    good.write_text(GOOD, encoding="utf-8")
    loaded = invoke_cli("load", "rdf", str(FIXTURE), str(good), store=store)
    assert loaded.returncode == 0, loaded.stderr
    return store


@pytest.fixture(scope="module")
def results(broken_store: Path) -> dict[str, tuple[bool, list[Violation], int]]:
    return {engine: validate_store(open_store(str(broken_store)), engine=engine, workers=1) for engine in ENGINES}


def test_both_engines_find_every_kind_of_fault(results: dict[str, tuple[bool, list[Violation], int]]) -> None:
    for engine, (conforms, violations, _checked) in results.items():
        assert not conforms, engine
        found = {(v.focus, v.path, v.component) for v in violations}
        assert found >= EXPECTED, (engine, EXPECTED - found)
        assert not any(v.focus in (T + "tinh", T + "so-tot") for v in violations), engine


def test_both_engines_give_the_same_results(results: dict[str, tuple[bool, list[Violation], int]]) -> None:
    shacl_found = [key(v) for v in results["shacl"][1]]
    pyshacl_found = [key(v) for v in results["pyshacl"][1]]
    assert shacl_found == pyshacl_found


def test_a_report_line_names_the_node_path_constraint_and_value(
        results: dict[str, tuple[bool, list[Violation], int]]) -> None:
    lines = [v.line() for v in results["shacl"][1]]
    assert ("Violation: Sở Y tế Tỉnh Thử nghiệm <https://w3id.org/bomay/id/test/so-ngay> schema:startDate "
            "(sh:datatype): At most one schema:startDate, typed xsd:date, and not after schema:endDate. "
            "(value: 2025-13-45)") in lines
    # Where a shape has an English and a Vietnamese message, the report quotes the English one.
    assert any("so-khong-ten> skos:prefLabel (sh:qualifiedMinCount): A body needs exactly one Vietnamese" in line
               for line in lines)


@pytest.mark.parametrize("engine", ENGINES)
def test_graph_option_judges_only_the_nodes_of_that_graph(broken_store: Path, engine: str) -> None:
    store = open_store(str(broken_store))
    good_graph = next(g for g in store.named_graphs() if g.endswith("good"))
    conforms, violations, _ = validate_store(store, [good_graph], engine=engine, workers=1)
    assert conforms and violations == []
    broken_graph = next(g for g in store.named_graphs() if g.endswith("broken"))
    _, in_broken, _ = validate_store(store, [broken_graph], engine=engine, workers=1)
    assert {(v.focus, v.path, v.component) for v in in_broken} >= EXPECTED


def test_unknown_engine_and_graph_are_one_line_errors(broken_store: Path) -> None:
    store = open_store(str(broken_store))
    with pytest.raises(BomayError, match="no validation engine named 'jena'"):
        validate_store(store, engine="jena")
    result = invoke_cli("validate", "--engine", "jena", store=broken_store)
    assert result.returncode == 2 and "jena" in result.stderr


def test_the_cli_graph_option_checks_fewer_triples_and_passes_a_clean_graph(broken_store: Path) -> None:
    whole = invoke_cli("validate", store=broken_store)
    assert whole.returncode == 1, whole.stdout + whole.stderr
    good_graph = next(g for g in open_store(str(broken_store)).named_graphs() if g.endswith("good"))
    only_good = invoke_cli("validate", "--graph", good_graph, store=broken_store)
    assert only_good.returncode == 0, only_good.stdout + only_good.stderr
    assert "0 violation(s)" in only_good.stderr
    assert 0 < checked(only_good.stderr) < checked(whole.stderr)


def checked(summary: str) -> int:
    """The N of bomay validate's closing line "checked N triples in ..."."""
    return int(summary.split("checked ", 1)[1].split(" ", 1)[0].replace(",", ""))
