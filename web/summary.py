"""What the graph holds, for the home page: computed once per loaded build, never per request."""

from __future__ import annotations

from dataclasses import dataclass, field

from bomay.namespaces import GRAPH, ID
from bomay.web.view import GraphView, value

MAX_START = 40


@dataclass
class Count:
    iri: str
    label: str
    label_vi: str
    count: int


@dataclass
class SourceGroup:
    name: str  # first segment of the graph IRI after .../graph/
    graphs: int
    triples: int
    examples: list[str] = field(default_factory=list)


@dataclass
class Era:
    era: str
    units: int
    bodies: int


@dataclass
class Summary:
    triples: int = 0
    graphs: int = 0
    classes: list[Count] = field(default_factory=list)
    sources: list[SourceGroup] = field(default_factory=list)
    eras: list[Era] = field(default_factory=list)
    national_bodies: list[Count] = field(default_factory=list)
    provinces: list[Count] = field(default_factory=list)


def summarise(view: GraphView) -> Summary:
    summary = Summary()
    groups: dict[str, SourceGroup] = {}
    for row in view.rows("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"):
        graph, n = value(row["g"]), int(value(row["n"]))
        summary.graphs += 1
        summary.triples += n
        name = graph[len(GRAPH):].split("/")[0] if graph.startswith(GRAPH) else graph
        group = groups.setdefault(name, SourceGroup(name, 0, 0))
        group.graphs += 1
        group.triples += n
        if len(group.examples) < 3:
            group.examples.append(graph)
    summary.sources = sorted(groups.values(), key=lambda g: -g.triples)
    summary.classes = [
        Count(value(r["class"]), value(r["en"]), value(r["vi"]), int(value(r["n"])))
        for r in view.rows("""
SELECT ?class (SAMPLE(?e) AS ?en) (SAMPLE(?v) AS ?vi) ?n WHERE {
  { SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?class } GROUP BY ?class }
  OPTIONAL { ?class rdfs:label ?e FILTER(LANGMATCHES(LANG(?e), "en")) }
  OPTIONAL { ?class rdfs:label ?v FILTER(LANGMATCHES(LANG(?v), "vi")) }
} GROUP BY ?class ?n ORDER BY DESC(?n) ?class""")
    ]
    eras: dict[str, Era] = {}
    for kind, attr in (("unit", "units"), ("body", "bodies")):
        prefix = f"{ID}{kind}/"
        for row in view.rows(f"""
SELECT ?era (COUNT(DISTINCT ?x) AS ?n) WHERE {{
  ?x a ?t . FILTER(STRSTARTS(STR(?x), "{prefix}"))
  BIND(STRBEFORE(STRAFTER(STR(?x), "{prefix}"), "/") AS ?era)
}} GROUP BY ?era ORDER BY ?era"""):
            era = value(row["era"])
            entry = eras.setdefault(era, Era(era, 0, 0))
            setattr(entry, attr, int(value(row["n"])))
    summary.eras = sorted(eras.values(), key=lambda e: e.era)
    summary.national_bodies = _labelled(view, f"""
SELECT DISTINCT ?x WHERE {{ ?x a ?t . FILTER(STRSTARTS(STR(?x), "{ID}body/national/")) }}""")
    summary.provinces = _labelled(view, """
SELECT DISTINCT ?x WHERE { ?x a bm:AdminUnit ; bm:level <https://w3id.org/bomay/level/province> .
  FILTER NOT EXISTS { ?x schema:endDate ?end } }""")
    return summary


def _labelled(view: GraphView, inner: str) -> list[Count]:
    rows = view.rows(f"""
SELECT ?x (SAMPLE(?v) AS ?vi) (SAMPLE(?e) AS ?en) WHERE {{
  {{ {inner} }}
  OPTIONAL {{ ?x skos:prefLabel ?v FILTER(LANGMATCHES(LANG(?v), "vi")) }}
  OPTIONAL {{ ?x skos:prefLabel ?e FILTER(LANGMATCHES(LANG(?e), "en")) }}
}} GROUP BY ?x ORDER BY ?vi LIMIT {MAX_START}""")
    return [Count(value(r["x"]), value(r["en"]), value(r["vi"]), 0) for r in rows]
