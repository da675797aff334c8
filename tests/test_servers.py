"""Every named query gives the embedded store's rows over real SPARQL servers: a plain
``oxigraph serve`` (no union default graph) and Debian's Virtuoso (skipped where it cannot be
installed); and the commands (build, stats, query, search, export, validate, analyze, serve) work
over both. Each server starts once and is loaded once for the whole file.

The graph is a fixture cut from the default build (about 32,000 triples; the default graph takes
minutes to upload, see docs/benchmarks.md): the ontology, the instruments, the reviewed documents,
the provinces and districts of both eras, Ho Chi Minh City's communes and the events that touch
them, and the bodies, lines and statutory duties of the city, Quận 1 and two of its wards.
Rows are compared as multisets: SPARQL leaves the order of ties to the engine, and the order of
the values GROUP_CONCAT joins (compared as sets; Virtuoso also drops their common language tag,
as SPARQL 1.1 says).
"""

from __future__ import annotations

import re
import subprocess
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest

from bomay.graph.local import LocalStore
from bomay.graph.queryrun import prepared_text
from bomay.graph.remote import RemoteStore
from bomay.graph.store import GraphPart, Store
from bomay.namespaces import GRAPH
from bomay.queries import list_queries
from bomay.web.testing import start_server, stop_server
from tests.conftest import run_cli
from tests.servers import oxigraph_server, virtuoso_server

pytestmark = pytest.mark.remote
KEPT_CODES = re.compile(r"/id/(body|line|statutory/[^/]+)/[^/]+/(79|760|26740|26737)/")
CODED = re.compile(r"/id/(body|line|statutory/[^/]+)/[^/]+/\d+/")
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
    ("mandates", {"body": "Ban Thường vụ Thành ủy Thành phố Hồ Chí Minh"}),
    ("predecessors", {"unit": "Phường Sài Gòn"}),
    ("reports", {}),
    ("reports", {"from": "2024-01-01"}),
    ("reports", {"jurisdiction": "bmid:unit/2025/79"}),
    ("successors", {"unit": "bmid:unit/pre2025/26737"}),
    ("topics", {}),
    ("topics", {"lang": "vi"}),
    ("units", {"date": "2025-07-01", "level": "province"}),
    ("units", {"date": "2020-06-01", "level": "commune", "province": "Thành phố Hồ Chí Minh"}),
    ("units", {}),
]


UNIT = re.compile(r"/id/unit/[^/]+/(\d+)>$")
EVENT = re.compile(r"/id/event/")
HCM = ("https://w3id.org/bomay/id/unit/2025/79", "https://w3id.org/bomay/id/unit/pre2025/79")


def cut(db: ox.Store) -> list[GraphPart]:
    """Every graph of the build, keeping of the coded things (units, events, bodies, lines,
    statutory duties) only the provinces and districts, Ho Chi Minh City's communes, the events
    that touch those units or the kept bodies, and the bodies of the city, Quận 1 and two wards."""
    part_of = ox.NamedNode("http://purl.org/dc/terms/isPartOf")
    units = {str(q.subject) for city in HCM for q in db.quads_for_pattern(None, part_of, ox.NamedNode(city), None)}
    units |= {f"<{city}>" for city in HCM}
    kept: dict[object, bool] = {}  # a subject has ~8 triples: judged once

    def judged(subject: object) -> bool:
        if subject not in kept:
            kept[subject] = keep(str(subject), units)
        return kept[subject]

    out = []
    for graph in sorted(g.value for g in db.named_graphs() if isinstance(g, ox.NamedNode)):
        quads = list(db.quads_for_pattern(None, None, None, ox.NamedNode(graph)))
        if graph.endswith("/reference/events"):
            def wanted(term: str) -> bool:
                return term in units or bool(KEPT_CODES.search(term)) or bool(UNIT.search(term)
                                                                             and len(UNIT.search(term)[1]) <= 3)
            events = {str(q.subject) for q in quads if EVENT.search(str(q.subject)) and wanted(str(q.object))}
            events |= {str(q.subject) for q in quads if str(q.object) in events}  # their territorial shares
            triples = [q.triple for q in quads if (str(q.subject) in events if EVENT.search(str(q.subject))
                                                   else not UNIT.search(str(q.subject)) or wanted(str(q.subject)))]
        else:
            triples = [q.triple for q in quads if judged(q.subject)]
        out.append(GraphPart(graph, triples))
    return out


def keep(subject: str, units: set[str]) -> bool:
    code = UNIT.search(subject)
    if code:
        return len(code[1]) <= 3 or subject in units
    return bool(KEPT_CODES.search(subject)) or not CODED.search(subject)


@pytest.fixture(scope="module")
def parts(built_store: Path) -> list[GraphPart]:
    """The fixture graph, cut from the default build."""
    return cut(LocalStore(built_store).reader())


@pytest.fixture(scope="module")
def embedded(parts: list[GraphPart], tmp_path_factory: pytest.TempPathFactory) -> LocalStore:
    store = LocalStore(tmp_path_factory.mktemp("embedded") / "store")
    store.rebuild(parts)
    return store


@dataclass
class Server:
    store: RemoteStore
    built: subprocess.CompletedProcess[str]  # `bomay build --only reviewed` into the fresh server
    built_graphs: list[str]  # bomay's graphs right after it


@pytest.fixture(scope="module", params=["oxigraph", "virtuoso"])
def server(request: pytest.FixtureRequest, parts: list[GraphPart],
           tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """A server, first built into by the CLI (a small source), then loaded with the fixture graph."""
    folder = tmp_path_factory.mktemp(request.param)
    start = oxigraph_server if request.param == "oxigraph" else virtuoso_server
    with start(folder / "db") as url:
        store = RemoteStore(url)
        built = run_cli("build", "--only", "reviewed", store=url)
        built_graphs = store.named_graphs()
        store.rebuild(parts)
        yield Server(store, built, built_graphs)
        store.close()


def canonical(nquads: bytes) -> tuple[set[ox.Quad], ox.Dataset]:
    """The quads without blank nodes as a set, and those with them canonicalised (the server
    renames blank nodes; canonicalising all the quads cost most of this file's time)."""
    plain: set[ox.Quad] = set()
    blank = ox.Dataset()
    for quad in ox.parse(nquads, format=ox.RdfFormat.N_QUADS):
        if isinstance(quad.subject, ox.BlankNode) or isinstance(quad.object, ox.BlankNode):
            blank.add(quad)
        else:
            plain.add(quad)
    blank.canonicalize(ox.CanonicalizationAlgorithm.UNSTABLE)
    return plain, blank


# The named queries' GROUP_CONCAT columns and their separators.
CONCATENATED = {"events": ", ", "cooperate_with": "; ", "report_to": "; "}


def cell(term: object, separator: str | None = None) -> str:
    """A value as compared: unbound and the empty string alike (Virtuoso answers "" for an unbound
    GROUP BY key; both print as an empty cell); a GROUP_CONCAT as its sorted parts."""
    if term is None or (isinstance(term, ox.Literal) and term.value == "" and not term.language
                        and term.datatype.value.endswith("#string")):
        return ""
    if separator and isinstance(term, ox.Literal):
        return separator.join(sorted(term.value.split(separator)))
    return str(term)


def rows(store: Store, name: str, params: dict[str, str]) -> Counter[tuple[str, ...]]:
    result = store.query(prepared_text(store, name, None, params))
    separators = [CONCATENATED.get(v) for v in result.variables]
    return Counter(tuple(cell(t, sep) for t, sep in zip(row, separators, strict=True)) for row in result.rows)


def test_every_named_query_has_a_case() -> None:
    assert {q.name for q in list_queries()} <= {name for name, _ in CASES}


@pytest.mark.parametrize(("name", "params"), CASES, ids=[f"{n}-{i}" for i, (n, _) in enumerate(CASES)])
def test_named_queries_answer_as_on_the_embedded_store(server: Server, embedded: LocalStore, name: str,
                                                       params: dict[str, str]) -> None:
    expected = rows(embedded, name, params)
    assert rows(server.store, name, params) == expected
    assert expected  # every case finds something, so the comparison is not of two empty answers


def test_build_over_the_server(server: Server, parts: list[GraphPart]) -> None:
    assert server.built.returncode == 0, server.built.stderr
    assert server.built_graphs and all("/graph/reviewed/" in g for g in server.built_graphs)
    assert server.store.named_graphs() == sorted(p.graph for p in parts)  # the fixture's rebuild replaced them


def test_the_commands_work_over_the_server(server: Server, embedded: LocalStore, tmp_path: Path) -> None:
    url = server.store.location
    stats = run_cli("stats", store=url)
    assert stats.returncode == 0 and "bmg:ontology" in stats.stdout, stats.stderr
    found = run_cli("search", "Phường Sài Gòn", store=url)
    assert found.returncode == 0 and "unit/2025/26740" in found.stdout, found.stderr
    asked = run_cli("query", "units", "--param", "date=2025-07-01", "--param", "level=province", "--format", "csv",
                    store=url)
    assert asked.returncode == 0 and "Thành phố Hồ Chí Minh" in asked.stdout, asked.stderr
    out = tmp_path / "all.nq"
    exported = run_cli("export", "--output", str(out), store=url)
    assert exported.returncode == 0, exported.stderr
    assert canonical(out.read_bytes()) == canonical(embedded.dump(ox.RdfFormat.N_QUADS))  # blank nodes renamed
    checked = run_cli("validate", "--graph", "https://w3id.org/bomay/graph/reference/national", store=url)
    assert checked.returncode in (0, 1) and "checked" in checked.stderr, checked.stderr


def test_analyze_over_the_server(server: Server, embedded: LocalStore) -> None:
    analysed = run_cli("analyze", "--format", "json", store=server.store.location)
    assert analysed.returncode == 0, analysed.stderr
    assert analysed.stdout == run_cli("analyze", "--format", "json", store=embedded.location).stdout


def ask(base: str, query: str, params: dict[str, str] | None = None) -> bool:
    answer = httpx.get(base + "sparql", params={"query": query, **(params or {})},
                       headers={"Accept": "application/sparql-results+json"}, timeout=60)
    assert answer.status_code == 200, answer.text
    return bool(answer.json()["boolean"])


def test_serve_proxies_the_server(server: Server) -> None:
    proc, base = start_server(server.store.location)  # type: ignore[arg-type]
    try:
        answer = httpx.get(base + "sparql", params={"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"},
                           headers={"Accept": "text/csv"}, timeout=60)
        assert answer.status_code == 200 and int(answer.text.split()[1]) > 1000
        named = httpx.get(base + "api/queries/units", params={"date": "2025-07-01", "level": "province"}, timeout=60)
        assert named.status_code == 200, named.text
        # The service description claims a union default graph: true over a server without one.
        described = httpx.get(base + "sparql", headers={"Accept": "text/turtle"}, timeout=60)
        assert "sd:UnionDefaultGraph" in described.text
        assert ask(base, "ASK { ?body bm:jurisdiction ?unit . ?unit bm:level ?level }")  # two graphs joined
        assert not ask(base, "ASK { ?s ?p ?o }", {"named-graph-uri": GRAPH + "ontology"})  # empty default graph
        assert ask(base, "ASK { GRAPH ?g { ?s ?p ?o } }", {"named-graph-uri": GRAPH + "ontology"})
    finally:
        stop_server(proc)
