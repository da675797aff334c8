"""Named-query texts as servers receive them: an OPTIONAL that folded parameters switched off is
left out (Virtuoso 7.2 answered no rows at all for the unfiltered ``mandates`` and ``reports``
while such OPTIONALs were in the text), and nothing else is."""

from __future__ import annotations

import pytest

from bomay.queries.prune import drop_dead_optionals


def squeezed(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("text", [
    "SELECT * WHERE { ?s ?p ?o OPTIONAL { ?s <x> ?t FILTER(false || false) } }",
    "SELECT * WHERE { ?s ?p ?o OPTIONAL { ?s <x> ?t FILTER(LANGMATCHES(LANG(?t), \"vi\") && (false || false)) } }",
    "SELECT * WHERE { ?s ?p ?o OPTIONAL  # few\n { ?s <x> ?t FILTER(!true) } }",
])
def test_an_optional_whose_filter_is_false_is_left_out(text: str) -> None:
    assert squeezed(drop_dead_optionals(text)) == "SELECT * WHERE { ?s ?p ?o }"


@pytest.mark.parametrize("text", [
    "SELECT * WHERE { ?s ?p ?o OPTIONAL { ?s <x> ?t FILTER(!false && !false) } }",
    "SELECT * WHERE { ?s ?p ?o OPTIONAL { ?s <x> ?t FILTER(false || ?t = \"a && false\") } }",
    "SELECT * WHERE { ?s ?p ?o OPTIONAL { ?s <x> ?t FILTER(?t != false) } }",
    "SELECT * WHERE { ?s ?p ?o OPTIONAL { ?s <x> ?t FILTER EXISTS { ?t <y> false } } }",
    "SELECT * WHERE { ?s ?p ?o OPTIONAL { ?s <x> ?t OPTIONAL { ?t <y> ?u } } FILTER(false) }",
    "SELECT * WHERE { ?s ?p ?o OPTIONAL { ?s <x> ?t { ?t <y> ?u FILTER(false) } } }",
    "SELECT * WHERE { ?s ?p ?o OPTIONAL { { SELECT ?s ?t WHERE { ?s <x> ?t } } FILTER(false && !false) } }",
    "SELECT * WHERE { ?s ?p \"OPTIONAL { FILTER(false) }\" # OPTIONAL { ?s ?p ?o FILTER(false) }\n }",
])
def test_everything_else_is_kept_as_written(text: str) -> None:
    assert drop_dead_optionals(text) == text


def test_a_dead_optional_inside_a_live_one_goes_alone() -> None:
    text = "SELECT * WHERE { ?s ?p ?o OPTIONAL { ?s <x> ?t OPTIONAL { ?t <y> ?u FILTER(false) } } }"
    assert squeezed(drop_dead_optionals(text)) == "SELECT * WHERE { ?s ?p ?o OPTIONAL { ?s <x> ?t } }"


def test_a_parameter_written_into_the_text_leaves_the_values_row_unless_projected() -> None:
    from bomay.queries import parse_query_file
    from bomay.queries.binding import bind_parameters

    query = parse_query_file("# param: u iri -- a unit\n# param: d date -- a day\n"
                             "SELECT ?x ?d WHERE { ?x <http://example.org/p> ?u }", "t")
    text = bind_parameters(query, {"u": "http://example.org/a", "d": "2025-07-01"})
    assert "VALUES (?d)" in text and "?u" not in text  # Virtuoso hung on an unused VALUES column
    assert "?x <http://example.org/p> <http://example.org/a>" in text
