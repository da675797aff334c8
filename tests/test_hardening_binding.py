"""Every shipped named query takes any parameter value without crashing or changing shape.

For arbitrary strings, dates and IRIs as parameter values, binding either refuses with a
``BomayError`` (``QueryError``) or produces a query whose only changes are one ``VALUES`` row at
the top of the WHERE group, the given terms written in place of their variables, and OPTIONALs
those terms switched off dropped; that query then runs (or is
refused with a ``QueryError``) on a real store, and is never a syntax error.
"""

from __future__ import annotations

from collections.abc import Mapping

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bomay.errors import BomayError, QueryError
from bomay.graph.local import LocalStore
from bomay.graph.lookup import resolve_entity
from bomay.graph.queryrun import with_prefixes
from bomay.graph.store import GraphPart
from bomay.loaders.ontology import OntologySource
from bomay.namespaces import BM, ID, SKOS, graph_iri
from bomay.queries import NamedQuery, bind_parameters, binding, list_queries
from bomay.queries.binding import (
    fold_parameters,
    foldable_parameters,
    insert_into_where,
    looks_like_iri,
    to_term,
)
from bomay.queries.prune import drop_dead_parts
from bomay.searchkeys import with_search_keys

MARK = "\u0000BIND-HERE\u0000"
HOSTILE = [
    '" } ; DROP ALL ; #', "x\" . ?s ?p ?o } UNION { ?s ?p ?o", "'''\n}} SELECT * WHERE { ?s ?p ?o } #",
    "\\\" ) } INSERT DATA { <a:b> <a:c> <a:d> }", "> } <x", "<http://x> } ; CLEAR ALL", "bm:", "bm:a b",
    "http://example.org/a b", "<>", "<javascript:alert(1)>", "9999-99-99", "2025-02-30", "-1", "1e400", "NaN",
    "true", "Thành phố Hồ Chí Minh", "Ủy ban nhân dân\u0000\u202e", "", " ", "?x", "$x", "UNDEF", "\\u0022",
]
VALUES = st.one_of(
    st.text(max_size=40),
    st.sampled_from(HOSTILE),
    st.dates().map(lambda d: d.isoformat()),
    st.from_regex(r"\A(https?|urn|bm|bmid|x-y):[^\s]{0,30}\Z"),
    st.from_regex(r"\A<[^>]{0,30}>\Z"),
    st.integers().map(str),
)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> LocalStore:
    """The ontology plus two named things, so some names resolve and some are ambiguous."""
    s = LocalStore(tmp_path_factory.mktemp("hardening-binding") / "store")
    label = ox.NamedNode(SKOS + "prefLabel")
    triples = [
        ox.Triple(ox.NamedNode(f"{ID}unit/2025/79"), ox.NamedNode(SKOS + "prefLabel"),
                  ox.Literal("Thành phố Hồ Chí Minh", language="vi")),
        ox.Triple(ox.NamedNode(f"{ID}unit/2025/79"), ox.NamedNode(BM + "level"),
                  ox.NamedNode("https://w3id.org/bomay/level/province")),
        ox.Triple(ox.NamedNode(f"{ID}body/x/a"), label, ox.Literal("Sở Nội vụ", language="vi")),
        ox.Triple(ox.NamedNode(f"{ID}body/x/b"), label, ox.Literal("Sở Nội vụ", language="vi")),
    ]
    s.rebuild([*OntologySource().parts(), GraphPart(graph_iri("test", "names"), with_search_keys(triples))])
    return s


def captured_terms(query: NamedQuery, values: Mapping[str, str], resolver) -> tuple[str, dict[str, str]]:
    """Bind, and catch the terms binding computed on their way to ``bound_text`` (the only
    place the query text is written), so the text can be checked against them."""
    seen: dict[str, str] = {}
    real = binding.bound_text

    def spy(name: str, sparql: str, declared: tuple[str, ...], terms: tuple[tuple[str, str], ...]) -> str:
        seen.update(terms)
        return real(name, sparql, declared, terms)

    binding.bound_text = spy  # type: ignore[assignment]
    try:
        bound = bind_parameters(query, values, resolver)
    finally:
        binding.bound_text = real
    return bound, seen


def split_bound(query: NamedQuery, bound: str, terms: Mapping[str, str]) -> str:
    """The VALUES row binding inserted; fails if anything else in the query changed but the
    parameters' variables (each now its term), ``BOUND(?param)`` (now true or false) and the
    OPTIONALs a false filter switched off (dropped: they can never match)."""
    marked = insert_into_where(query.sparql, MARK, query.name)
    head, tail = marked.split(MARK)
    assert bound.startswith(head), "binding changed the query before its VALUES row"
    rest = bound[len(head):]
    names = foldable_parameters(query.sparql, [p.name for p in query.params])
    expected_tail = drop_dead_parts(fold_parameters(tail, {n: t for n, t in terms.items() if n in names}, names))
    assert rest.endswith(expected_tail), "binding changed the query outside its VALUES row and its parameters"
    return rest[: len(rest) - len(expected_tail)]


def check_values_row(query: NamedQuery, block: str, values: Mapping[str, str], terms: Mapping[str, str]) -> None:
    """The inserted block is at most one VALUES row; every given value became exactly one term
    (in that row, or written into the text where the row leaves it out)."""
    row = None
    if block.strip():
        solutions = list(ox.Store().query(f"SELECT * WHERE {{ {block} }}"))
        assert len(solutions) == 1, block
        row = solutions[0]
    declared = {p.name: p for p in query.params}
    for name, param in declared.items():
        value = values.get(name, param.default)
        if value in (None, ""):
            assert name not in terms, (name, terms)
            assert row is None or row[name] is None, (name, block)
            continue
        (term,) = ox.Store().query(f"SELECT ?t WHERE {{ VALUES ?t {{ {terms[name]} }} }}")
        term = term["t"]
        if row is not None and row[name] is not None:
            assert row[name] == term, (name, block)
        if param.type == "entity" and not looks_like_iri(value):
            assert isinstance(term, ox.NamedNode), (name, terms)  # a name resolved to one IRI
        else:
            assert term == to_term(param, value), (name, value, terms)


def param_values(query: NamedQuery) -> st.SearchStrategy[dict[str, str]]:
    return st.fixed_dictionaries({}, optional={p.name: VALUES for p in query.params})


QUERIES = {q.name: q for q in list_queries()}


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_any_parameter_values_bind_safely_or_are_refused(store: LocalStore, name: str) -> None:
    query = QUERIES[name]
    if not query.params:
        pytest.skip(f"{name} takes no parameters")

    @settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(values=param_values(query))
    def run(values: dict[str, str]) -> None:
        try:
            bound, terms = captured_terms(query, values, lambda n, ctx: resolve_entity(store, n, ctx))
        except BomayError:
            return  # refused with a message: fine
        check_values_row(query, split_bound(query, bound, terms), values, terms)
        try:
            store.query(with_prefixes(bound))
        except QueryError as exc:
            assert "syntax" not in str(exc).lower(), f"binding produced invalid SPARQL: {exc}"

    run()


WITH_PARAMS = sorted(n for n, q in QUERIES.items() if q.params)
WITHOUT_PARAMS = sorted(n for n, q in QUERIES.items() if not q.params)
INJECTING_NAME = "s) { (1) } } ?s ?p ?o } #"

@pytest.mark.parametrize("name", WITH_PARAMS)
def test_unknown_parameter_names_are_refused_by_name(name: str) -> None:
    with pytest.raises(QueryError, match="no parameter"):
        bind_parameters(QUERIES[name], {INJECTING_NAME: "x"})


@pytest.mark.parametrize("name", WITHOUT_PARAMS)
def test_a_named_query_without_parameters_refuses_any(name: str) -> None:
    with pytest.raises(QueryError):
        bind_parameters(QUERIES[name], {INJECTING_NAME: "1"})


def test_an_adhoc_parameter_name_must_be_a_variable_name() -> None:
    with pytest.raises(QueryError):
        bind_parameters(NamedQuery("--sparql", "SELECT * WHERE { ?s ?p ?o }"), {INJECTING_NAME: "1"})
