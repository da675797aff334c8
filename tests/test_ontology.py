"""The ontology parses, is fully bilingual, and its shapes tell good data from bad."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
import rdflib
from pyshacl import validate
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from bomay.ontology import ontology_files, shapes_file

BM = rdflib.Namespace("https://w3id.org/bomay/ontology#")
BASE = "https://w3id.org/bomay/"


@pytest.fixture(scope="module")
def shapes() -> rdflib.Graph:
    return rdflib.Graph().parse(shapes_file(), format="turtle")


def own_terms(g: rdflib.Graph) -> set[rdflib.URIRef]:
    kinds = [OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, RDF.Property,
             SKOS.Concept, SKOS.ConceptScheme, RDFS.Class]
    return {s for k in kinds for s in g.subjects(RDF.type, k)
            if isinstance(s, rdflib.URIRef) and str(s).startswith(BASE)}


def langs(g: rdflib.Graph, term: rdflib.URIRef, *predicates: rdflib.URIRef) -> set[str]:
    return {o.language for p in predicates for o in g.objects(term, p) if isinstance(o, rdflib.Literal)}


def test_every_file_parses_with_both_rdflib_and_oxigraph() -> None:
    for path in [*ontology_files(), shapes_file()]:
        assert len(rdflib.Graph().parse(path, format="turtle")) > 10, path
        assert list(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)), path


def test_every_term_has_vietnamese_and_english_labels_and_definitions(ontology: rdflib.Graph) -> None:
    terms = own_terms(ontology)
    assert len(terms) > 150
    missing = []
    for term in sorted(terms):
        label_langs = langs(ontology, term, RDFS.label, SKOS.prefLabel)
        definition_langs = langs(ontology, term, SKOS.definition)
        if not {"vi", "en"} <= label_langs or not {"vi", "en"} <= definition_langs:
            missing.append(f"{term} labels={sorted(label_langs)} definitions={sorted(definition_langs)}")
    assert not missing, "\n".join(missing)


def test_the_glossarys_bodies_are_all_there(ontology: rdflib.Graph) -> None:
    required = ["PartyCommittee", "StandingBoard", "StandingMembers", "PartyCommission", "InspectionCommission",
                "PartyDelegation", "PartyAffairsCommittee", "PeoplesCouncil", "CouncilStandingBody",
                "PeoplesCommittee", "Department", "Ministry", "Government", "NationalAssembly", "Court",
                "Procuracy", "FatherlandFront", "MassOrganisation", "Academy", "PublicServiceUnit", "TaskForce",
                "AdminUnit", "Tenure", "Instrument", "LegalInstrument", "PartyDocument", "Mandate",
                "ReportingObligation", "RestructureEvent", "Establishment", "Merger", "Split", "Abolition",
                "Renaming", "SourceDocument", "Sentence", "Subordination"]
    for name in required:
        assert (BM[name], RDF.type, OWL.Class) in ontology, name
    org = rdflib.Namespace("http://www.w3.org/ns/org#")
    assert (BM.Body, RDFS.subClassOf, org.Organization) in ontology
    kinds = {str(o) for o in ontology.objects(None, BM.kindCode)}
    assert {"party_committee", "peoples_committee", "department", "task_force", "party_delegation"} <= kinds


def test_topic_scheme_covers_the_policy_areas(ontology: rdflib.Graph) -> None:
    scheme = rdflib.URIRef(BASE + "topic/scheme")
    topics = set(ontology.subjects(SKOS.inScheme, scheme))
    slugs = {str(t).rsplit("/", 1)[-1] for t in topics}
    assert {"to-chuc-bo-may", "can-bo", "bau-cu", "kiem-tra-giam-sat", "chinh-quyen-do-thi",
            "chinh-quyen-dia-phuong-hai-cap", "quoc-phong-an-ninh", "dao-tao-boi-duong", "y-te", "dan-so",
            "khoa-hoc-cong-nghe", "kinh-te"} <= slugs
    for topic in topics:
        assert len(list(ontology.objects(topic, BM.keyword))) >= 5, topic


MANDATE_TTL = """
@prefix bm: <https://w3id.org/bomay/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix ex: <https://w3id.org/bomay/id/test/> .
ex:ubnd a bm:PeoplesCommittee ; skos:prefLabel "Ủy ban nhân dân Thành phố Cần Thơ"@vi .
ex:so a bm:Department ; skos:prefLabel "Sở Nội vụ Thành phố Cần Thơ"@vi .
ex:doc a bm:SourceDocument .
ex:s1 a bm:Sentence ; oa:hasSource ex:doc ; bm:text "UBND thành phố giao Sở Nội vụ chủ trì rà soát." ;
  bm:start 0 ; bm:end 46 .
"""
GOOD_MANDATE = MANDATE_TTL + """
ex:m1 a bm:Mandate ; bm:assigner ex:ubnd ; bm:assignee ex:so ; bm:task "rà soát" ; prov:wasDerivedFrom ex:s1 .
"""
NO_ASSIGNER = MANDATE_TTL + """
ex:m1 a bm:Mandate ; bm:assignee ex:so ; bm:task "rà soát" ; prov:wasDerivedFrom ex:s1 .
"""
LITERAL_ASSIGNER = MANDATE_TTL + """
ex:m1 a bm:Mandate ; bm:assigner "UBND thành phố" ; bm:assignee ex:so ; prov:wasDerivedFrom ex:s1 .
"""
SELF_ASSIGNED = MANDATE_TTL + """
ex:m1 a bm:Mandate ; bm:assigner ex:so ; bm:assignee ex:so ; prov:wasDerivedFrom ex:s1 .
"""


def check(ontology: rdflib.Graph, shapes: rdflib.Graph, data: str) -> tuple[bool, str]:
    g = rdflib.Graph().parse(data=data, format="turtle")
    g += ontology
    conforms, _report, text = validate(g, shacl_graph=shapes, inference="none", advanced=True)
    return bool(conforms), text


def test_shapes_accept_a_well_formed_mandate(ontology: rdflib.Graph, shapes: rdflib.Graph) -> None:
    conforms, text = check(ontology, shapes, GOOD_MANDATE)
    assert conforms, text


@pytest.mark.parametrize("data,expected", [(NO_ASSIGNER, "assigner"), (LITERAL_ASSIGNER, "assigner"),
                                           (SELF_ASSIGNED, "assign")])
def test_shapes_reject_malformed_mandates(ontology: rdflib.Graph, shapes: rdflib.Graph, data: str,
                                         expected: str) -> None:
    conforms, text = check(ontology, shapes, data)
    assert not conforms
    assert expected in text
