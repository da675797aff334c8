"""The ontology's documentation, generated from the Turtle files shipped with bomay.

Read from the package's own files (not the served graph), so the page is right even when the
server proxies a remote endpoint, and parsed once per process.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import cast

import pyoxigraph as ox

from bomay.namespaces import BM, ONTOLOGY_IRI, PREFIXES, compact, sparql_prologue
from bomay.ontology import ontology_files


@dataclass
class Term:
    iri: str
    anchor: str
    kind: str
    label_vi: str = ""
    label_en: str = ""
    definition_vi: str = ""
    definition_en: str = ""
    parents: list[str] = field(default_factory=list)  # compact IRIs
    domain: list[str] = field(default_factory=list)
    range: list[str] = field(default_factory=list)
    notation: str = ""

    @property
    def curie(self) -> str:
        return compact(self.iri)


@dataclass
class Scheme:
    term: Term
    concepts: list[Term] = field(default_factory=list)


@dataclass
class OntologyDoc:
    title_vi: str
    title_en: str
    description_en: str
    description_vi: str
    version: str
    classes: list[Term]
    properties: list[Term]
    schemes: list[Scheme]


@functools.lru_cache(maxsize=1)
def ontology_store() -> ox.Store:
    store = ox.Store()
    for path in ontology_files():
        store.load(path=str(path), format=ox.RdfFormat.TURTLE)
    return store


def ontology_bytes(fmt: ox.RdfFormat) -> bytes:
    triples = [q.triple for q in ontology_store().quads_for_pattern(None, None, None)]
    if fmt == ox.RdfFormat.TURTLE:
        return cast(bytes, ox.serialize(triples, format=fmt, prefixes=PREFIXES))
    return cast(bytes, ox.serialize(triples, format=fmt))


def _rows(sparql: str) -> list[dict[str, str]]:
    result = ontology_store().query(sparql_prologue() + sparql)
    assert isinstance(result, ox.QuerySolutions)
    names = [v.value for v in result.variables]
    return [{n: (sol[n].value if sol[n] is not None else "") for n in names} for sol in result]


def _anchor(iri: str) -> str:
    if iri.startswith(BM):
        return iri[len(BM):]
    return compact(iri).replace(":", "-").replace("/", "-")


def _terms(where: str, kind_var: bool = False) -> dict[str, Term]:
    terms: dict[str, Term] = {}
    for row in _rows(f"""
SELECT ?t ?kind ?lv ?le ?dv ?de ?n WHERE {{
  {where}
  OPTIONAL {{ ?t rdfs:label|skos:prefLabel ?lv FILTER(LANGMATCHES(LANG(?lv), "vi")) }}
  OPTIONAL {{ ?t rdfs:label|skos:prefLabel ?le FILTER(LANGMATCHES(LANG(?le), "en")) }}
  OPTIONAL {{ ?t skos:definition|rdfs:comment ?dv FILTER(LANGMATCHES(LANG(?dv), "vi")) }}
  OPTIONAL {{ ?t skos:definition|rdfs:comment ?de FILTER(LANGMATCHES(LANG(?de), "en")) }}
  OPTIONAL {{ ?t skos:notation ?n }}
  FILTER(isIRI(?t))
}} ORDER BY ?t"""):
        iri = row["t"]
        term = terms.get(iri)
        if term is None:
            kind = compact(row["kind"]).split(":")[-1] if kind_var and row.get("kind") else ""
            term = terms[iri] = Term(iri, _anchor(iri), kind)
        term.label_vi = term.label_vi or row["lv"]
        term.label_en = term.label_en or row["le"]
        term.definition_vi = term.definition_vi or row["dv"]
        term.definition_en = term.definition_en or row["de"]
        term.notation = term.notation or row["n"]
    return terms


def _attach(terms: dict[str, Term], predicate: str, attr: str) -> None:
    for row in _rows(f"SELECT ?t ?o WHERE {{ ?t {predicate} ?o FILTER(isIRI(?o)) }} ORDER BY ?t ?o"):
        if row["t"] in terms:
            getattr(terms[row["t"]], attr).append(compact(row["o"]))


@functools.lru_cache(maxsize=1)
def ontology_doc() -> OntologyDoc:
    classes = _terms("?t a owl:Class .")
    _attach(classes, "rdfs:subClassOf", "parents")
    properties = _terms("""?t a ?kind .
  VALUES ?kind { owl:ObjectProperty owl:DatatypeProperty owl:AnnotationProperty rdf:Property }""", kind_var=True)
    _attach(properties, "rdfs:subPropertyOf", "parents")
    _attach(properties, "rdfs:domain", "domain")
    _attach(properties, "rdfs:range", "range")
    schemes = []
    for scheme_iri, scheme_term in _terms("?t a skos:ConceptScheme .").items():
        concepts = _terms(f"?t skos:inScheme {ox.NamedNode(scheme_iri)} .")
        _attach(concepts, "skos:broader", "parents")
        schemes.append(Scheme(scheme_term, sorted(concepts.values(), key=lambda t: t.iri)))
    head = _rows(f"""
SELECT ?tv ?te ?dv ?de ?v WHERE {{
  BIND({ox.NamedNode(ONTOLOGY_IRI)} AS ?o)
  OPTIONAL {{ ?o dct:title ?tv FILTER(LANGMATCHES(LANG(?tv), "vi")) }}
  OPTIONAL {{ ?o dct:title ?te FILTER(LANGMATCHES(LANG(?te), "en")) }}
  OPTIONAL {{ ?o dct:description ?dv FILTER(LANGMATCHES(LANG(?dv), "vi")) }}
  OPTIONAL {{ ?o dct:description ?de FILTER(LANGMATCHES(LANG(?de), "en")) }}
  OPTIONAL {{ ?o owl:versionInfo ?v }}
}} LIMIT 1""")[0]
    return OntologyDoc(head["tv"], head["te"], head["de"], head["dv"], head["v"],
                       sorted(classes.values(), key=lambda t: t.iri),
                       sorted(properties.values(), key=lambda t: t.iri),
                       sorted(schemes, key=lambda s: s.term.iri))
