"""Named queries rewritten for speed return exactly what their plain form returns.

``mandates`` and ``reports`` read each column as a hash-joined table unless a body, a topic or a
jurisdiction is given (a jurisdiction alone starts from the place),
and ``classes`` reads the class labels once (see the comment in each .rq file);
``tests/fixtures/named_queries/*_plain.rq`` keep the plain form they replaced. A small
store with the awkward cases (several topics, partners and recipients, bodies with no Vietnamese
label or two, a label stated in two graphs, a document with two jurisdictions or no title, rejected
facts) must give the same rows in the same order for every parameter combination. Rows that tie
on every ORDER BY key may come in another order, and the parts of a GROUP_CONCAT too: SPARQL
leaves both to the engine, and they follow the join plan.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest

from bomay.graph.local import LocalStore
from bomay.graph.queryrun import prepare, run_query
from bomay.graph.store import GraphPart
from bomay.namespaces import BM, DCT, OA, PROV, RDF, RDFS, REVIEW, SCHEMA, SKOS, XSD
from bomay.queries import get_query, parse_query_file

PLAIN = Path(__file__).parent / "fixtures" / "named_queries"
EX = "http://example.org/"


def n(local: str) -> ox.NamedNode:
    return ox.NamedNode(EX + local)


def p(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


A = p(RDF + "type")
LABEL = p(SKOS + "prefLabel")
CODE = ox.NamedNode(BM + "AdminUnitCode")


def vi(text: str) -> ox.Literal:
    return ox.Literal(text, language="vi")


def day(text: str) -> ox.Literal:
    return ox.Literal(text, datatype=p(XSD + "date"))


def reference_triples() -> list[ox.Triple]:
    t = ox.Triple
    return [
        # units of two eras sharing a code, and another province
        t(n("u79"), p(SKOS + "notation"), ox.Literal("79", datatype=CODE)),
        t(n("u79old"), p(SKOS + "notation"), ox.Literal("79", datatype=CODE)),
        t(n("u48"), p(SKOS + "notation"), ox.Literal("48", datatype=CODE)),
        # bodies: two Vietnamese labels, none, English only
        t(n("b1"), LABEL, vi("Ủy ban nhân dân A")),
        t(n("b1"), LABEL, ox.Literal("People's Committee A", language="en")),
        t(n("b1"), p(BM + "jurisdiction"), n("u79")),
        t(n("b2"), LABEL, vi("Sở Nội vụ B")), t(n("b2"), p(BM + "jurisdiction"), n("u48")),
        t(n("b3"), LABEL, ox.Literal("Department C", language="en")), t(n("b3"), p(BM + "jurisdiction"), n("u79old")),
        t(n("b4"), LABEL, vi("Ban Tổ chức D")), t(n("b4"), LABEL, vi("Ban Tổ chức Đ")),
        # a commune body: its unit is part of province 79
        t(n("u26740"), p(SKOS + "notation"), ox.Literal("26740", datatype=CODE)),
        t(n("u26740"), p(DCT + "isPartOf"), n("u79")),
        t(n("b5"), LABEL, vi("Ủy ban nhân dân phường E")), t(n("b5"), p(BM + "jurisdiction"), n("u26740")),
        # concepts: topics, frequency, actions (one without a Vietnamese label)
        t(n("t1"), LABEL, vi("Tổ chức bộ máy")), t(n("t2"), LABEL, vi("Y tế")),
        t(n("t3"), LABEL, ox.Literal("Finance", language="en")),
        t(n("f1"), LABEL, vi("hàng tháng")), t(n("f2"), LABEL, vi("hàng quý")),
        t(n("a1"), LABEL, vi("chỉ đạo")), t(n("a2"), LABEL, ox.Literal("direct", language="en")),
        # class labels for `classes`: two English ones, a regional one, none
        t(p(BM + "Mandate"), p(RDFS + "label"), ox.Literal("mandate", language="en")),
        t(p(BM + "Mandate"), p(RDFS + "label"), ox.Literal("duty", language="en")),
        t(p(BM + "ReportingObligation"), p(RDFS + "label"), ox.Literal("reporting duty", language="en-GB")),
        t(n("b1"), A, n("Body")), t(n("b2"), A, n("Body")), t(n("b4"), A, n("Body")),
    ]


def document_triples() -> list[ox.Triple]:
    t = ox.Triple
    out = [
        t(n("d1"), p(DCT + "title"), vi("Văn bản một")), t(n("d1"), p(BM + "eventDate"), day("2024-03-01")),
        t(n("d1"), p(BM + "jurisdiction"), n("u79")),
        t(n("d2"), p(DCT + "identifier"), ox.Literal("d2_stem")),
        t(n("d2"), p(SCHEMA + "datePublished"), day("2025-02-01")),
        t(n("d2"), p(BM + "jurisdiction"), n("u48")), t(n("d2"), p(BM + "jurisdiction"), n("u79")),
        t(n("b1"), LABEL, vi("Ủy ban nhân dân A")),  # the same label again, in this graph
    ]
    for s, d, text in [("s1", "d1", "Câu một."), ("s2", "d2", "Câu hai."), ("s3", "d3", "Câu ba.")]:
        out += [t(n(s), p(BM + "text"), ox.Literal(text)), t(n(s), p(OA + "hasSource"), n(d))]

    def mandate(m: str, a: str, b: str, s: str, **more: list[ox.Term]) -> None:
        out.extend([t(n(m), A, p(BM + "Mandate")), t(n(m), p(BM + "assigner"), n(a)),
                    t(n(m), p(BM + "assignee"), n(b)), t(n(m), p(PROV + "wasDerivedFrom"), n(s))])
        for prop, values in more.items():
            out.extend(t(n(m), p(BM + prop), v) for v in values)

    mandate("m1", "b1", "b2", "s1", topic=[n("t1"), n("t2"), n("t3")],
            cooperatingBody=[n("b2"), n("b3"), n("b4")], reportTo=[n("b1"), n("b4")], action=[n("a1")],
            actionText=[ox.Literal("chỉ đạo")], task=[ox.Literal("việc một"), ox.Literal("việc hai")],
            frequency=[n("f1")], frequencyText=[ox.Literal("mỗi tháng")], deadlineText=[ox.Literal("trước 1/5")])
    mandate("m2", "b3", "b4", "s2", topic=[n("t2")], frequency=[n("f1"), n("f2")], action=[n("a1"), n("a2")])
    mandate("m3", "b1", "b2", "s1", reviewStatus=[p(REVIEW + "rejected")], task=[ox.Literal("bị bác")])
    mandate("m4", "b2", "b1", "s3", action=[n("a2")], task=[ox.Literal("việc bốn")])
    mandate("m5", "b1", "b2", "s1", task=[ox.Literal("việc năm")], topic=[n("t1"), n("t2")])

    def obligation(r: str, rep: str, rec: str, s: str, **more: list[ox.Term]) -> None:
        out.extend([t(n(r), A, p(BM + "ReportingObligation")), t(n(r), p(BM + "reporter"), n(rep)),
                    t(n(r), p(BM + "recipient"), n(rec)), t(n(r), p(PROV + "wasDerivedFrom"), n(s))])
        for prop, values in more.items():
            out.extend(t(n(r), p(BM + prop), v) for v in values)

    obligation("r1", "b1", "b2", "s1", topic=[n("t1"), n("t2"), n("t3")], about=[ox.Literal("tình hình")],
               frequency=[n("f1"), n("f2")], frequencyText=[ox.Literal("định kỳ")])
    obligation("r2", "b3", "b4", "s2", deadlineText=[ox.Literal("trước 15/6")],
               about=[ox.Literal("a"), ox.Literal("b")])
    obligation("r3", "b1", "b2", "s1", reviewStatus=[p(REVIEW + "rejected")])
    obligation("r4", "b1", "b2", "s1", about=[ox.Literal("kết quả")], topic=[n("t2"), n("t1")])
    obligation("r5", "b2", "b1", "s3")

    # Duties fixed by law: an instrument (with a title) instead of a sentence, an article, validity.
    out += [t(n("law"), p(DCT + "title"), vi("Luật một")), t(n("law2"), p(DCT + "title"), vi("Luật hai"))]

    def statutory(node: str, cls: str, holder: str, other: str, law: str, article: str | None,
                  start: str | None, end: str | None, **more: list[ox.Term]) -> None:
        ends = ("reporter", "recipient") if cls == "ReportingObligation" else ("assignee", "assigner")
        out.extend([t(n(node), A, p(BM + cls)), t(n(node), p(BM + ends[0]), n(holder)),
                    t(n(node), p(BM + ends[1]), n(other)), t(n(node), p(BM + "basis"), n(law)),
                    t(n(node), p(PROV + "wasDerivedFrom"), n(law))])
        if article:
            out.append(t(n(node), p(BM + "basisArticle"), ox.Literal(article)))
        for prop, value in (("startDate", start), ("endDate", end)):
            if value:
                out.append(t(n(node), p(SCHEMA + prop), day(value)))
        for prop, values in more.items():
            out.extend(t(n(node), p(BM + prop), v) for v in values)

    statutory("sr1", "ReportingObligation", "b5", "b1", "law", "Điều 8", "2016-01-01", "2025-06-30",
              about=[ox.Literal("công tác")], frequency=[n("f2")], topic=[n("t1")])
    statutory("sr2", "ReportingObligation", "b1", "b2", "law2", None, "2025-07-01", None, about=[ox.Literal("năm")])
    statutory("sr3", "ReportingObligation", "b2", "b4", "law", "Điều 9", None, None)
    statutory("sm1", "Mandate", "b5", "b1", "law", "Điều 8", None, "2025-06-30", task=[ox.Literal("thực hiện")])
    statutory("sm2", "Mandate", "b1", "b5", "law2", None, "2025-07-01", None, topic=[n("t2")])
    return out


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> LocalStore:
    s = LocalStore(tmp_path_factory.mktemp("plans") / "store")
    s.rebuild([GraphPart(EX + "graph/reference", reference_triples()), GraphPart(EX + "graph/doc", document_triples())])
    return s


COMBOS: list[dict[str, str]] = [
    {}, {"body": EX + "b1"}, {"body": EX + "b2"}, {"body": EX + "b3"}, {"body": EX + "b4"},
    {"jurisdiction": EX + "u79"}, {"jurisdiction": EX + "u79old"}, {"jurisdiction": EX + "u48"},
    {"topic": EX + "t1"}, {"topic": EX + "t3"}, {"from": "2025-01-01"}, {"to": "2024-12-31"},
    {"from": "2024-01-01", "to": "2025-06-30"}, {"body": EX + "b1", "topic": EX + "t2"},
    {"jurisdiction": EX + "u48", "from": "2025-01-01", "topic": EX + "t2"},
    {"source": "statute"}, {"source": "document"}, {"source": "statute", "from": "2025-07-01"},
    {"source": "statute", "to": "2020-01-01"}, {"from": "2025-06-30", "to": "2025-06-30"},
    {"jurisdiction": EX + "u26740"}, {"body": EX + "b5", "from": "2025-07-01"},
    {"jurisdiction": EX + "u79", "source": "statute", "to": "2025-06-30"},
]


VARIABLES = {
    "mandates": ["source", "assigner", "assignee", "action", "task", "cooperate_with", "report_to", "frequency",
                 "deadline", "topic_label", "document", "day", "sentence", "mandate"],
    "reports": ["source", "reporter", "recipient", "about", "frequency", "deadline", "topic_label", "document", "day",
                "sentence", "obligation"],
}
SORT_KEYS = {"mandates": ["document", "sentence", "assigner", "assignee"],
             "reports": ["document", "sentence", "reporter", "recipient"]}


def rows(store: LocalStore, sparql: str) -> list[tuple[str | None, ...]]:
    """The rows as text; a GROUP_CONCAT as its sorted parts (SPARQL leaves their order to the plan)."""
    result = store.query(sparql)
    concatenated = {i for i, v in enumerate(result.variables) if v in ("cooperate_with", "report_to")}
    return [tuple(None if x is None else "; ".join(sorted(x.value.split("; "))) if i in concatenated else str(x)
                  for i, x in enumerate(row)) for row in result.rows]


@pytest.mark.parametrize("name", ["mandates", "reports"])
@pytest.mark.parametrize("params", COMBOS, ids=lambda c: ",".join(f"{k}={v.rsplit('/', 1)[-1]}" for k, v in c.items())
                         or "none")
def test_rewritten_query_returns_what_the_plain_form_returns(store: LocalStore, name: str,
                                                             params: dict[str, str]) -> None:
    path = PLAIN / f"{name}_plain.rq"
    plain = parse_query_file(path.read_text(encoding="utf-8"), name, str(path))
    plain.shipped = True
    shipped = get_query(name)
    assert [(q.name, q.type) for q in plain.params] == [(q.name, q.type) for q in shipped.params]
    expected = rows(store, prepare(store, plain, params))
    got = rows(store, prepare(store, shipped, params))
    assert store.query(prepare(store, shipped, params)).variables == VARIABLES[name]
    assert Counter(got) == Counter(expected)
    keys = [VARIABLES[name].index(v) for v in SORT_KEYS[name]]
    assert [[r[i] for i in keys] for r in got] == [[r[i] for i in keys] for r in expected]
    if not params:
        assert len(expected) >= 5  # the store exercises the query, not an empty answer


@pytest.mark.parametrize("graph", [None, EX + "graph/doc", EX + "graph/reference"])
def test_classes_returns_what_the_plain_form_returns(store: LocalStore, graph: str | None) -> None:
    path = PLAIN / "classes_plain.rq"
    plain = parse_query_file(path.read_text(encoding="utf-8"), "classes", str(path))
    plain.shipped = True
    params = {"graph": graph} if graph else {}
    expected = rows(store, prepare(store, plain, params))
    assert rows(store, prepare(store, get_query("classes"), params)) == expected
    assert expected


def test_partners_recipients_and_missing_labels(store: LocalStore) -> None:
    answer = run_query(store, "mandates", None, {"body": EX + "b3"}).dicts()
    m1 = {r["task"].value: r for r in answer if r["mandate"] == n("m1")}
    assert set(m1) == {"việc một", "việc hai"}
    partners = m1["việc một"]["cooperate_with"].value.split("; ")
    assert sorted(partners) == ["Ban Tổ chức D", "Ban Tổ chức Đ", "Sở Nội vụ B"]
    assert m1["việc một"]["assigner"] == vi("Ủy ban nhân dân A")
    m2 = [r for r in answer if r["mandate"] == n("m2")]
    assert m2 and all(r["cooperate_with"] is None and r["report_to"] is None for r in m2)
    assert {r["assigner"] for r in m2} == {ox.Literal(EX + "b3")}  # no Vietnamese label: the IRI
    assert run_query(store, "mandates", None, {"jurisdiction": EX + "u79old", "body": EX + "b4"}).rows  # any era


def test_rows_follow_the_projection_order_with_unbound_values_as_none(store: LocalStore) -> None:
    sparql = ("SELECT ?missing ?label ?b (STR(?b) AS ?iri) WHERE { VALUES ?b { <http://example.org/b4> "
              "<http://example.org/b3> } OPTIONAL { ?b <http://www.w3.org/2004/02/skos/core#prefLabel> ?label "
              "FILTER(LANG(?label) = 'vi') } } ORDER BY ?b ?label")
    result = store.query(sparql)
    assert result.variables == ["missing", "label", "b", "iri"]
    by_name = [tuple(sol[v] for v in result.variables)
               for sol in store.reader().query(sparql, use_default_graph_as_union=True)]
    assert result.rows == by_name
    assert result.rows[0] == (None, None, n("b3"), ox.Literal(EX + "b3"))
    assert [r["label"] for r in result.dicts()][1:] == [vi("Ban Tổ chức D"), vi("Ban Tổ chức Đ")]
