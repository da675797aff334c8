"""The IRIs bomay mints and reuses, in one place so no module spells them differently."""

from __future__ import annotations

BASE = "https://w3id.org/bomay/"
BM = BASE + "ontology#"
ONTOLOGY_IRI = BASE + "ontology"
ID = BASE + "id/"
GRAPH = BASE + "graph/"

TOPIC = BASE + "topic/"
DOCTYPE = BASE + "doctype/"
LEVEL = BASE + "level/"
UNITTYPE = BASE + "unittype/"
ROLE = BASE + "role/"
ACTION = BASE + "action/"
FREQUENCY = BASE + "frequency/"
RELATION = BASE + "relation/"
REVIEW = BASE + "review/"

ORG = "http://www.w3.org/ns/org#"
PROV = "http://www.w3.org/ns/prov#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DCT = "http://purl.org/dc/terms/"
SCHEMA = "https://schema.org/"
ELI = "http://data.europa.eu/eli/ontology#"
M8G = "http://data.europa.eu/m8g/"
OA = "http://www.w3.org/ns/oa#"
FOAF = "http://xmlns.com/foaf/0.1/"
TIME = "http://www.w3.org/2006/time#"
OWL = "http://www.w3.org/2002/07/owl#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SH = "http://www.w3.org/ns/shacl#"

PREFIXES: dict[str, str] = {
    "bm": BM,
    "bmid": ID,
    "bmg": GRAPH,
    "bmt": TOPIC,
    "bmd": DOCTYPE,
    "bml": LEVEL,
    "bmu": UNITTYPE,
    "bmr": ROLE,
    "bma": ACTION,
    "bmf": FREQUENCY,
    "bmx": RELATION,
    "bms": REVIEW,
    "org": ORG,
    "prov": PROV,
    "skos": SKOS,
    "dct": DCT,
    "schema": SCHEMA,
    "eli": ELI,
    "m8g": M8G,
    "oa": OA,
    "foaf": FOAF,
    "time": TIME,
    "owl": OWL,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
    "sh": SH,
}


def graph_iri(*parts: str) -> str:
    """The IRI of a named graph, e.g. ``graph_iri("doc", "000_abc")``."""
    return GRAPH + "/".join(parts)


# The graphs every build starts with (written by the ontology loader, read by validation).
ONTOLOGY_GRAPH = graph_iri("ontology")
SHAPES_GRAPH = graph_iri("shapes")


def compact(iri: str) -> str:
    """Shorten an IRI with the known prefixes, for display only."""
    best = ""
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and len(ns) > len(PREFIXES.get(best, "")):
            local = iri[len(ns) :]
            if local and all(c.isalnum() or c in "-_." for c in local):
                best = prefix
    return f"{best}:{iri[len(PREFIXES[best]):]}" if best else iri


def sparql_prologue() -> str:
    """PREFIX declarations for every known namespace, to prepend to user queries."""
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
