"""Every named query gives the embedded store's rows over real SPARQL servers: a plain
``oxigraph serve`` (no union default graph) and Debian's Virtuoso (skipped where it cannot be
installed). The graph is a fixture cut from the default build (the default graph takes minutes to
upload, see docs/benchmarks.md): the ontology, the units of both eras, the events, the
instruments, the reviewed documents, and the bodies and lines of Ho Chi Minh City, Quận 1 and
three of its wards. Rows are compared as multisets: SPARQL leaves the order of ties to the engine.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest

from bomay.graph.local import LocalStore
from bomay.graph.queryrun import prepared_text
from bomay.graph.remote import RemoteStore
from bomay.graph.store import GraphPart, Store
from bomay.queries import list_queries
from bomay.web.testing import start_server, stop_server
from tests.conftest import run_cli
from tests.servers import oxigraph_server, virtuoso_server

pytestmark = pytest.mark.remote
KEPT_CODES = re.compile(r"/id/(body|line)/[^/]+/(79|760|26740|26737)/")
CODED = re.compile(r"/id/(body|line)/[^/]+/\d+/")
# One or more parameter sets per named query; the test below checks none is left out.
CASES: list[tuple[str, dict[str, str]]] = [
    ("bodies", {"unit": "Quận 1", "date": "2020-06-01"}),
    ("bodies", {"unit": "Phường Sài Gòn"}),
    ("chain", {"body": "Ủy ban nhân dân phường Sài Gòn", "date": "2025-08-01"}),
    ("chain", {"body": "UBND phường Bến Nghé", "date": "2024-01-01"}),
    ("classes", {}),
    ("classes", {"graph": "bmg:ontology"}),
    ("diff", {"from": "2020-06-01", "to": "2025-08-01", "province": "bmid:unit/2025/79"}),
    ("graphs", {}),
    ("mandates", {}),
    ("mandates", {"topic": "Công tác cán bộ"}),
    ("predecessors", {"unit": "Phường Sài Gòn"}),
    ("reports", {}),
    ("reports", {"from": "2024-01-01"}),
    ("successors", {"unit": "bmid:unit/pre2025/26737"}),
    ("topics", {}),
    ("topics", {"lang": "vi"}),
    ("units", {"date": "2025-07-01", "level": "province"}),
    ("units", {"date": "2020-06-01", "level": "commune", "province": "Thành phố Hồ Chí Minh"}),
    ("units", {}),
]


def keep(graph: str, subject: str) -> bool:
    if graph.endswith(("/reference/bodies", "/reference/accountability")):
        return bool(KEPT_CODES.search(subject)) or not CODED.search(subject)
    return True


@pytest.fixture(scope="module")
def parts(built_store: Path) -> list[GraphPart]:
    """The fixture graph, cut from the default build."""
    db = LocalStore(built_store).reader()
    out = []
    for graph in sorted(g.value for g in db.named_graphs() if isinstance(g, ox.NamedNode)):
        triples = [q.triple for q in db.quads_for_pattern(None, None, None, ox.NamedNode(graph))
                   if keep(graph, str(q.subject))]
        out.append(GraphPart(graph, triples))
    return out


@pytest.fixture(scope="module")
def embedded(parts: list[GraphPart], tmp_path_factory: pytest.TempPathFactory) -> LocalStore:
    store = LocalStore(tmp_path_factory.mktemp("embedded") / "store")
    store.rebuild(parts)
    return store


@pytest.fixture(scope="module", params=["oxigraph", "virtuoso"])
def server(request: pytest.FixtureRequest, parts: list[GraphPart],
           tmp_path_factory: pytest.TempPathFactory) -> Iterator[RemoteStore]:
    folder = tmp_path_factory.mktemp(request.param)
    start = oxigraph_server if request.param == "oxigraph" else virtuoso_server
    with start(folder / "db") as url:
        store = RemoteStore(url)
        store.rebuild(parts)
        yield store
        store.close()


def canonical(nquads: bytes) -> ox.Dataset:
    dataset = ox.Dataset(ox.parse(nquads, format=ox.RdfFormat.N_QUADS))
    dataset.canonicalize(ox.CanonicalizationAlgorithm.UNSTABLE)
    return dataset


def cell(term: object) -> str:
    """A value as compared: unbound and the empty string alike (Virtuoso answers "" for an unbound
    GROUP BY key; both print as an empty cell)."""
    if term is None or (isinstance(term, ox.Literal) and term.value == "" and not term.language
                        and term.datatype.value.endswith("#string")):
        return ""
    return str(term)


def rows(store: Store, name: str, params: dict[str, str]) -> Counter[tuple[str, ...]]:
    result = store.query(prepared_text(store, name, None, params))
    return Counter(tuple(cell(t) for t in row) for row in result.rows)


# What Virtuoso 7.2 still answers differently, kept visible: strict, so a fix shows as a failure here.
VIRTUOSO_WRONG = {("mandates", ()): "the unfiltered form's hash-joined sub-selects come back empty",
                  ("reports", ()): "the unfiltered form's hash-joined sub-selects come back empty",
                  ("reports", ("from",)): "the unfiltered form's hash-joined sub-selects come back empty"}


def test_every_named_query_has_a_case() -> None:
    assert {q.name for q in list_queries()} <= {name for name, _ in CASES}


@pytest.mark.parametrize(("name", "params"), CASES, ids=[f"{n}-{i}" for i, (n, _) in enumerate(CASES)])
def test_named_queries_answer_as_on_the_embedded_store(server: RemoteStore, embedded: LocalStore, name: str,
                                                       params: dict[str, str], request: pytest.FixtureRequest) -> None:
    if server.endpoints.kind == "virtuoso":
        if name == "diff":
            pytest.skip("Virtuoso plans diff's zero-or-one paths from every node: no answer within 10 minutes")
        wrong = VIRTUOSO_WRONG.get((name, tuple(sorted(params))))
        if wrong:
            request.applymarker(pytest.mark.xfail(strict=True, reason=f"Virtuoso: {wrong}"))
    expected = rows(embedded, name, params)
    assert rows(server, name, params) == expected
    if name not in ("diff",):  # every case finds something, so the comparison is not of two empty answers
        assert expected


def test_the_commands_work_over_the_server(server: RemoteStore, embedded: LocalStore, tmp_path: Path) -> None:
    url = server.location
    stats = run_cli("stats", store=url)
    assert stats.returncode == 0 and "bmg:ontology" in stats.stdout, stats.stderr
    found = run_cli("search", "Phường Sài Gòn", store=url)
    assert found.returncode == 0 and "unit/2025/26740" in found.stdout, found.stderr
    out = tmp_path / "all.nq"
    exported = run_cli("export", "--output", str(out), store=url)
    assert exported.returncode == 0, exported.stderr
    assert canonical(out.read_bytes()) == canonical(embedded.dump(ox.RdfFormat.N_QUADS))  # blank nodes renamed
    checked = run_cli("validate", "--graph", "https://w3id.org/bomay/graph/reference/national", store=url)
    assert checked.returncode in (0, 1) and "checked" in checked.stderr, checked.stderr


def test_analyze_over_the_server(server: RemoteStore, embedded: LocalStore, request: pytest.FixtureRequest) -> None:
    if server.endpoints.kind == "virtuoso":
        request.applymarker(pytest.mark.xfail(strict=True, reason="Virtuoso: 'transitive start not given' for the "
                                                                  "analytics' subClassOf+ and parentUnit* reads"))
    analysed = run_cli("analyze", "--format", "json", store=server.location)
    assert analysed.returncode == 0, analysed.stderr
    assert analysed.stdout == run_cli("analyze", "--format", "json", store=embedded.location).stdout


def test_serve_proxies_the_server(server: RemoteStore) -> None:
    proc, base = start_server(server.location)  # type: ignore[arg-type]
    try:
        answer = httpx.get(base + "sparql", params={"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"},
                           headers={"Accept": "text/csv"}, timeout=60)
        assert answer.status_code == 200 and int(answer.text.split()[1]) > 1000
        named = httpx.get(base + "api/queries/units", params={"date": "2025-07-01", "level": "province"}, timeout=60)
        assert named.status_code == 200, named.text
    finally:
        stop_server(proc)
