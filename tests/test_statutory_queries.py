"""`reports` and `mandates` show statutory facts beside document facts: a `source` column, a
`source` filter, and `from`/`to` as validity overlap for statutory facts."""

from __future__ import annotations

from pathlib import Path

import pytest

from bomay.graph.local import LocalStore
from bomay.graph.queryrun import run_query
from bomay.graph.store import GraphPart
from tests.test_named_query_plans import EX, document_triples, reference_triples


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> LocalStore:
    s = LocalStore(Path(tmp_path_factory.mktemp("statutory_queries")) / "store")
    s.rebuild([GraphPart(EX + "graph/reference", reference_triples()), GraphPart(EX + "graph/doc", document_triples())])
    return s


def facts(store: LocalStore, name: str, **params: str) -> dict[str, str]:
    key = "obligation" if name == "reports" else "mandate"
    return {r[key].value.rsplit("/", 1)[-1]: r["source"].value for r in run_query(store, name, None, params).dicts()}


def test_both_sources_are_listed_and_labelled(store: LocalStore) -> None:
    got = facts(store, "reports")
    assert {k: v for k, v in got.items() if k.startswith("s")} == {"sr1": "statute", "sr2": "statute", "sr3": "statute"}
    assert {got[k] for k in ("r1", "r2", "r4", "r5")} == {"document"}
    assert facts(store, "mandates")["sm1"] == "statute"


def test_statutory_rows_give_instrument_and_article(store: LocalStore) -> None:
    (row,) = [r for r in run_query(store, "reports", None, {}).dicts() if r["obligation"].value.endswith("/sr1")]
    assert (row["document"].value, row["sentence"].value, row["frequency"].value) == ("Luật một", "Điều 8", "hàng quý")
    assert row["reporter"].value == "Ủy ban nhân dân phường E" and row["day"] is None


@pytest.mark.parametrize("name", ["reports", "mandates"])
def test_source_filter(store: LocalStore, name: str) -> None:
    statute = facts(store, name, source="statute")
    document = facts(store, name, source="document")
    assert statute and set(statute.values()) == {"statute"}
    assert document and set(document.values()) == {"document"}
    assert set(statute) | set(document) == set(facts(store, name))


def test_from_and_to_mean_validity_overlap_for_statutory_facts(store: LocalStore) -> None:
    assert set(facts(store, "reports", source="statute", **{"from": "2025-07-01"})) == {"sr2", "sr3"}
    assert set(facts(store, "reports", source="statute", to="2025-06-30")) == {"sr1", "sr3"}
    one_day = {"from": "2025-06-30", "to": "2025-06-30"}
    assert set(facts(store, "reports", source="statute", **one_day)) == {"sr1", "sr3"}
    assert set(facts(store, "mandates", source="statute", **{"from": "2025-07-01"})) == {"sm2"}


def test_jurisdiction_takes_bodies_of_units_within_it(store: LocalStore) -> None:
    within = facts(store, "reports", jurisdiction=EX + "u79", source="statute")
    assert {"sr1", "sr2"} <= set(within)  # sr1: a ward body of province 79; sr2: the province's own
    assert set(facts(store, "reports", jurisdiction=EX + "u26740", source="statute")) == {"sr1"}
