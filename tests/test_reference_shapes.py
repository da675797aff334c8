"""The reference graph conforms to the SHACL shapes (checked on HCMC, national bodies, instruments
and the province-level events, with every node they point to fully described)."""

from __future__ import annotations

from collections import defaultdict

import pyoxigraph as ox
import rdflib
from pyshacl import validate
from rdflib.namespace import SH

from bomay.loaders.ontology import OntologySource
from bomay.loaders.reference.source import ReferenceSource


def _graph(triples) -> rdflib.Graph:
    g = rdflib.Graph()
    g.parse(data=ox.serialize(list(triples), format=ox.RdfFormat.N_TRIPLES), format="nt")
    return g


def _wanted(iri: str) -> bool:
    return any(part in iri for part in ("/unit/2025/79", "/unit/pre2025/79", "/unit/pre2025/760",
                                        "/unit/pre2021/", "/body/2025/79/", "/body/pre2025/79/",
                                        "/body/pre2025/760/", "/body/2025/26740/", "/body/pre2025/26740/",
                                        "/body/pre2021/", "/national/", "/instrument/", "/event/2025/province/",
                                        "/event/2025/district-tier", "/event/2021", "/event/2025/commune/26740",
                                        "/line/pre2025/26740/", "/line/2025/26740/", "/line/2025/79/"))


def test_reference_sample_conforms_to_the_shapes():
    ontology_parts = list(OntologySource().parts())
    shapes = next(p.triples for p in ontology_parts if p.graph.endswith("/shapes"))
    context = [t for p in ontology_parts if not p.graph.endswith("/shapes") for t in p.triples]
    by_subject: dict[ox.NamedNode, list[ox.Triple]] = defaultdict(list)
    for part in ReferenceSource().parts():
        for t in part.triples:
            by_subject[t.subject].append(t)
    focus = [s for s in by_subject if _wanted(s.value)]
    assert len(focus) > 250
    data = set(context)
    for s in focus:
        for t in by_subject[s]:
            data.add(t)
            if isinstance(t.object, ox.NamedNode) and t.object in by_subject:
                for t2 in by_subject[t.object]:
                    data.add(t2)
                    if isinstance(t2.object, ox.NamedNode) and t2.object in by_subject:
                        data.update(x for x in by_subject[t2.object] if x.predicate.value.endswith("#type"))
    _, report, _ = validate(_graph(data), shacl_graph=_graph(shapes), inference="none", advanced=True,
                            allow_warnings=True)
    focus_iris = {rdflib.URIRef(s.value) for s in focus}
    problems = sorted(
        f"{report.value(r, SH.focusNode)} {report.value(r, SH.resultPath)}: {report.value(r, SH.resultMessage)}"
        for r in report.subjects(rdflib.RDF.type, SH.ValidationResult)
        if report.value(r, SH.focusNode) in focus_iris
        and report.value(r, SH.resultSeverity) == SH.Violation
    )
    assert problems == []
