"""Query parameters are bound as RDF terms: no value can change what a query does."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bomay.errors import QueryError
from bomay.graph.local import LocalStore
from bomay.graph.memory import MemoryStore
from bomay.graph.queryrun import prepare
from bomay.graph.store import GraphPart
from bomay.queries import NamedQuery, bind_parameters, list_queries, parse_query_file
from bomay.queries.binding import fill_values
from bomay.searchkeys import with_search_keys

ECHO = parse_query_file(
    "# title: echo\n# param: value string required -- anything\nSELECT ?value WHERE { }\n", "echo"
)
BY_LABEL = parse_query_file(
    "# title: by label\n# param: name string required -- a label\n"
    "SELECT ?s WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?name }\n",
    "by_label",
)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> LocalStore:
    s = LocalStore(tmp_path_factory.mktemp("binding") / "store")
    label = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    s.rebuild([GraphPart("http://example.org/g", [
        ox.Triple(ox.NamedNode(f"http://example.org/s{i}"), label, ox.Literal(f"name {i}")) for i in range(5)
    ])])
    return s


HOSTILE = [
    '" } ; DROP ALL ; #',
    "x\" . ?s ?p ?o } UNION { ?s ?p ?o",
    "'''\n}} SELECT * WHERE { ?s ?p ?o } #",
    "\\\" ) } INSERT DATA { <a:b> <a:c> <a:d> }",
    "> } <x",
    "Ủy ban nhân dân\u0000\u202e",
]


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_strings_come_back_unchanged_as_one_literal(store: LocalStore, value: str) -> None:
    result = store.query(prepare(store, ECHO, {"value": value}))
    assert result.variables == ["value"]
    assert len(result.rows) == 1
    assert result.rows[0][0] == ox.Literal(value)


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_strings_match_nothing_instead_of_everything(store: LocalStore, value: str) -> None:
    assert store.query(prepare(store, BY_LABEL, {"name": value})).rows == []
    assert len(store.query(prepare(store, BY_LABEL, {"name": "name 3"})).rows) == 1


@settings(max_examples=150, deadline=None)
@given(st.text(min_size=1))
def test_any_text_round_trips(store: LocalStore, value: str) -> None:
    result = store.query(prepare(store, ECHO, {"value": value}))
    assert [row[0].value for row in result.rows] == [value]


@pytest.mark.parametrize("bad", ["x> } ; DROP ALL #", "http://a b", "<http://x>}"])
def test_an_iri_parameter_refuses_what_is_not_an_iri(bad: str) -> None:
    q = parse_query_file("# param: g iri required -- a graph\nSELECT * WHERE { GRAPH ?g { ?s ?p ?o } }", "q")
    with pytest.raises(QueryError, match="not a valid iri"):
        bind_parameters(q, {"g": bad})


def test_typed_parameters_are_checked() -> None:
    q = parse_query_file("# param: d date required -- a day\n# param: n integer -- a count\nSELECT * WHERE { }", "q")
    with pytest.raises(QueryError, match="not a date"):
        bind_parameters(q, {"d": "2025-07-01T00:00"})
    with pytest.raises(QueryError, match="not a valid integer"):
        bind_parameters(q, {"d": "2025-07-01", "n": "1; DROP"})
    with pytest.raises(QueryError, match="needs --param d"):
        bind_parameters(q, {})
    with pytest.raises(QueryError, match="no parameter zz"):
        bind_parameters(q, {"d": "2025-07-01", "zz": "1"})
    text = bind_parameters(q, {"d": "2025-07-01"})
    assert 'VALUES (?d ?n) { ("2025-07-01"^^<http://www.w3.org/2001/XMLSchema#date> UNDEF) }' in text


def test_values_go_into_the_where_clause_not_the_construct_template() -> None:
    q = parse_query_file("# param: x string\nCONSTRUCT { ?s <p:q> ?x } WHERE { ?s ?p ?x }", "c")
    text = bind_parameters(q, {"x": "v"})
    assert text.index("VALUES") > text.index("WHERE")
    braces_in_strings = parse_query_file('# param: x string\nSELECT * WHERE { ?s ?p "{ WHERE {" }', "s")
    assert bind_parameters(braces_in_strings, {"x": "v"}).startswith('# param: x string\nSELECT * WHERE { VALUES')


def test_every_shipped_query_has_a_title_and_parses_its_header() -> None:
    names = [q.name for q in list_queries()]
    assert {"graphs", "classes"} <= set(names)
    for q in list_queries():
        assert q.title, q.name
        for p in q.params:
            assert p.description, f"{q.name}: parameter {p.name} has no description"


def test_every_shipped_query_runs_with_its_defaults(store: LocalStore) -> None:
    for q in list_queries():
        if any(p.required for p in q.params):
            continue
        store.query(prepare(store, q, {}))  # must not raise


def test_a_query_file_with_a_bad_param_line_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(QueryError, match=r"q\.rq:2: bad param line"):
        parse_query_file("# title: t\n# param: x nosuchtype\nSELECT * {}", "q", str(tmp_path / "q.rq"))


def test_adhoc_queries_infer_types() -> None:
    text = bind_parameters(NamedQuery("adhoc", "SELECT * WHERE { ?s ?p ?o }"),
                           {"s": "http://example.org/a", "o": "2025-07-01"})
    assert "<http://example.org/a>" in text and "XMLSchema#date" in text


def test_parameters_are_written_into_the_query_so_every_engine_sees_them() -> None:
    query = parse_query_file(
        "# param: body iri -- a body\n# param: day date -- a day\n"
        'SELECT ?x WHERE { ?x ?p ?o FILTER(!BOUND(?body) || ?o = ?body) '
        'OPTIONAL { ?x ?q ?d FILTER(BOUND(?day) && ?d > ?day) } # ?body stays in comments\n'
        'FILTER(?o != "?body") }', "t")
    given = bind_parameters(query, {"body": "http://example.org/b"})
    assert "FILTER(!true || ?o = <http://example.org/b>)" in given
    # The absent one: BOUND is false, so its OPTIONAL can never match and is left out (queries/prune.py)
    assert "?d > ?day" not in given and "OPTIONAL" not in given
    assert "# ?body stays in comments" in given and '"?body"' in given
    absent = bind_parameters(query, {})
    assert "FILTER(!false || ?o = ?body)" in absent


# -- prepared texts are kept, but never across data versions ----------------------------------

BY_ENTITY = parse_query_file(
    "# title: by entity\n# param: who entity required -- a name\nSELECT ?who WHERE { }\n", "by_entity"
)


def _memory_store(iri: str) -> MemoryStore:
    """A loaded snapshot where the name "Sở Nội vụ" denotes iri."""
    db = ox.Store()
    label = ox.NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel")
    db.extend(ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode("http://example.org/g"))
              for t in with_search_keys([ox.Triple(ox.NamedNode(iri), label, ox.Literal("Sở Nội vụ", language="vi"))]))
    return MemoryStore(db)


def test_a_name_is_resolved_again_on_a_reloaded_snapshot() -> None:
    # The server keeps prepared texts per loaded snapshot: the same call on the next build must
    # see that build's data, not the text prepared for the last one.
    old, new = _memory_store("http://example.org/old"), _memory_store("http://example.org/new")
    assert "<http://example.org/old>" in prepare(old, BY_ENTITY, {"who": "Sở Nội vụ"})
    assert "<http://example.org/new>" in prepare(new, BY_ENTITY, {"who": "Sở Nội vụ"})
    assert "<http://example.org/old>" in prepare(old, BY_ENTITY, {"who": "Sở Nội vụ"})


def test_a_kept_text_is_per_value_and_per_query_text() -> None:
    first = bind_parameters(ECHO, {"value": "a"})
    assert bind_parameters(ECHO, {"value": "a"}) == first
    assert '"b"' in bind_parameters(ECHO, {"value": "b"})
    changed = NamedQuery(name=ECHO.name, sparql=ECHO.sparql.replace("?value WHERE", "?value ?x WHERE"),
                         params=ECHO.params)
    assert "?x" in bind_parameters(changed, {"value": "a"})


# -- VALUES slots (the analytics' templates) -----------------------------------------------------

SLOTS = ('SELECT ?s ?v WHERE { # VALUES ?x { } in a comment is not a slot\n'
         '  VALUES ?s { } { SELECT ?s ?v WHERE { VALUES (?s ?v) { } } } FILTER(?v != "VALUES ?y { }") }')


@pytest.mark.parametrize("value", HOSTILE)
def test_a_hostile_literal_in_a_values_slot_is_one_value(store: LocalStore, value: str) -> None:
    sparql = fill_values(SLOTS, {"s": ["http://example.org/s1"], "s v": [("http://example.org/s1", ox.Literal(value))]})
    assert store.query(sparql).rows == [(ox.NamedNode("http://example.org/s1"), ox.Literal(value))]


@pytest.mark.parametrize("iri", ["http://example.org/a> . ?s ?p ?o . <http://x", "http://example.org/a b", "x{"])
def test_a_value_that_is_not_an_iri_is_refused(iri: str) -> None:
    with pytest.raises(ValueError, match="not an IRI"):
        fill_values(SLOTS, {"s": [iri], "s v": []})


def test_every_slot_is_filled_or_dropped_by_name() -> None:
    with pytest.raises(ValueError, match="slots"):
        fill_values(SLOTS, {"s": None})  # the (?s ?v) slot forgotten
    with pytest.raises(ValueError, match="slots"):
        fill_values(SLOTS, {"s": None, "s v": None, "x": ["http://example.org/x"]})  # ?x is in a comment
    dropped = fill_values(SLOTS, {"s": None, "s v": [(1, None)]})
    assert "VALUES ?s" not in dropped and "# VALUES ?x { }" in dropped and '"VALUES ?y { }"' in dropped
    assert '("1"^^<http://www.w3.org/2001/XMLSchema#integer> UNDEF)' in dropped
