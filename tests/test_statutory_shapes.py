"""The statutory duties conform to the SHACL shapes (checked on HCMC's bodies of both eras and a
ward that changed parent), and the shapes catch a malformed basis or article."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
import rdflib
from pyshacl import validate
from rdflib.namespace import SH

from bomay.loaders.ontology import OntologySource
from bomay.loaders.reference import terms as t
from bomay.loaders.reference.national import CLASS_OF_KIND
from bomay.loaders.reference.rdf import instrument_triples
from bomay.loaders.statutory import Duty, duties, duty_quads
from bomay.namespaces import BM, ID

WANTED = ("/2025/79/", "/pre2025/79/", "/pre2025/760/", "/2025/26740/", "/pre2025/26740/")


def _graph(triples: list[ox.Triple]) -> rdflib.Graph:
    g = rdflib.Graph()
    g.parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), format="nt")
    return g


@pytest.fixture(scope="module")
def sample() -> tuple[list[Duty], list[ox.Triple], list[ox.Triple]]:
    ontology_parts = list(OntologySource().parts())
    shapes = next(p.triples for p in ontology_parts if p.graph.endswith("/shapes"))
    context = [x for p in ontology_parts if not p.graph.endswith("/shapes") for x in p.triples]
    chosen = [d for d in duties() if any(w in d.iri for w in WANTED)]
    types = {ox.Triple(t.N(b.iri), t.A, t.bm(CLASS_OF_KIND[b.kind]))
             for d in chosen for b in (d.holder, d.counterpart)}
    return chosen, shapes, context + sorted(types, key=str) + instrument_triples()


def _violations(data: list[ox.Triple], shapes: list[ox.Triple]) -> list[str]:
    """Violations whose focus is a statutory duty (the bodies are only sketched here: their types)."""
    _, report, _ = validate(_graph(data), shacl_graph=_graph(shapes), inference="none", advanced=True,
                            allow_warnings=True)
    return sorted(f"{report.value(r, SH.focusNode)} {report.value(r, SH.resultPath)}: "
                  f"{report.value(r, SH.resultMessage)}"
                  for r in report.subjects(rdflib.RDF.type, SH.ValidationResult)
                  if report.value(r, SH.resultSeverity) == SH.Violation
                  and str(report.value(r, SH.focusNode)).startswith(ID + "statutory/"))


def test_statutory_sample_conforms_to_the_shapes(sample: tuple[list[Duty], list[ox.Triple], list[ox.Triple]]) -> None:
    chosen, shapes, context = sample
    assert len(chosen) > 100 and {d.template.kind for d in chosen} == {"reporting", "mandate"}
    data = [q.triple for q in duty_quads(chosen)]
    assert _violations(context + data, shapes) == []


def test_shapes_catch_two_articles_and_an_article_without_basis(
        sample: tuple[list[Duty], list[ox.Triple], list[ox.Triple]]) -> None:
    chosen, shapes, context = sample
    duty = next(d for d in chosen if d.template.article)
    s = t.N(duty.iri)
    article, basis = ox.NamedNode(BM + "basisArticle"), ox.NamedNode(BM + "basis")
    data = [q.triple for q in duty_quads([duty])]
    two = _violations(context + data + [ox.Triple(s, article, ox.Literal("Điều 99"))], shapes)
    assert any("basisArticle" in v for v in two)
    bare = [x for x in data if x.predicate != basis]
    assert any("ontology#basis:" in v for v in _violations(context + bare, shapes))  # path bm:basis
    wrong_order = [x for x in data if x.predicate != t.END] + [ox.Triple(s, t.END, t.date("2000-01-01"))]
    assert any("startDate" in v for v in _violations(context + wrong_order, shapes))
    assert duty.iri.startswith(ID + "statutory/")
