"""Named-query texts as servers receive them: an OPTIONAL that folded parameters switched off is
left out (Virtuoso 7.2 answered no rows at all for the unfiltered ``mandates`` and ``reports``
while such OPTIONALs were in the text), and so is a UNION branch they switched off (``reports``
and ``mandates`` choose their plan that way); nothing else is."""

from __future__ import annotations

import pytest

from bomay.queries.prune import drop_dead_branches, drop_dead_optionals


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


@pytest.mark.parametrize(("text", "expected"), [
    ("SELECT * WHERE { { FILTER(!true || false) ?s <a> ?o } UNION { FILTER(true && !false) ?s <b> ?o } ?o <c> ?t }",
     "SELECT * WHERE { { FILTER(true && !false) ?s <b> ?o } ?o <c> ?t }"),
    ("SELECT * WHERE { { ?s <a> ?o } UNION { ?s <b> ?o FILTER(false) } UNION { ?s <c> ?o } }",
     "SELECT * WHERE { { ?s <a> ?o } UNION { ?s <c> ?o } }"),
    # the plan's own nested UNION stays; a dead branch inside a live one goes alone
    ("SELECT * WHERE { { FILTER(true) { ?s <a> ?o } UNION { ?s <b> ?o FILTER(false) } } UNION { FILTER(false) } }",
     "SELECT * WHERE { { FILTER(true) { ?s <a> ?o } } }"),
    # every branch dead: the UNION was worth nothing, and still is
    ("SELECT * WHERE { ?s ?p ?o { FILTER(false) } UNION { FILTER(!true) ?s <a> ?o } }",
     "SELECT * WHERE { ?s ?p ?o { FILTER(false) } }"),
])
def test_a_union_branch_whose_filter_is_false_is_left_out(text: str, expected: str) -> None:
    assert squeezed(drop_dead_branches(text)) == expected


@pytest.mark.parametrize("text", [
    # false only inside a nested group or an EXISTS: the branch itself may still match
    "SELECT * WHERE { { ?s <a> ?o { FILTER(false) } } UNION { ?s <b> ?o } }",
    "SELECT * WHERE { { ?s <a> ?o FILTER NOT EXISTS { ?o <b> ?t FILTER(false) } } UNION { ?s <b> ?o } }",
    "SELECT * WHERE { { ?s <a> ?o FILTER(?o != false) } UNION { ?s <b> ?o } }",
    # a lone group is no UNION branch: its false FILTER empties the answer, as written
    "SELECT * WHERE { ?s ?p ?o { FILTER(false) ?s <a> ?t } }",
    "SELECT * WHERE { ?s ?p \"{ FILTER(false) } UNION { }\" }",
])
def test_live_union_branches_and_lone_groups_are_kept_as_written(text: str) -> None:
    assert drop_dead_branches(text) == text


def test_a_jurisdiction_alone_chooses_the_place_plan_and_nothing_else() -> None:
    """With only a jurisdiction, the text servers get starts from the place: the branch that lists
    every mandate is gone, so no engine evaluates it; with a body too, the place plan is gone."""
    from bomay.queries.binding import bind_parameters
    from bomay.queries.catalog import shipped_query

    unit = "https://w3id.org/bomay/id/unit/2025/79"
    body = "https://w3id.org/bomay/id/body/x/79/so-noi-vu"
    for name in ("mandates", "reports"):
        query = shipped_query(name)
        place = squeezed(bind_parameters(query, {"jurisdiction": unit}))
        assert f"<{unit}> skos:notation ?placeCode" in place
        assert "FILTER(!true || false || false)" not in place and "UNION { FILTER" not in place
        both = squeezed(bind_parameters(query, {"jurisdiction": unit, "body": body}))
        assert "?placeCode" not in both and f"<{unit}> skos:notation ?code" in both
