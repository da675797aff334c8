"""Reading the network out of the store with SPARQL (always the store's own engine).

Every read can be limited to the relations touching a set of nodes, so an ego graph of a
few hops or one province never pulls the whole country out of the database.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import cast

import pyoxigraph as ox

from bomay.analysis.model import TIERS, Edge, Node
from bomay.graph.store import Store
from bomay.loaders.text.vocabulary import vocabulary
from bomay.namespaces import BM, FOAF, ORG, compact, sparql_prologue
from bomay.queries.binding import bind_values, fill_values

CHUNK = 1500  # IRIs per VALUES block: keeps each query text well under a megabyte

SHORTCUTS: dict[str, tuple[str, bool]] = {
    # predicate -> (relation, edge runs from subject to object?)
    ORG + "subOrganizationOf": ("subordination", True),
    ORG + "reportsTo": ("reports-to", True),
    BM + "supervises": ("supervision", True),
    BM + "guides": ("supervision", True),
    BM + "leads": ("leadership", True),
    BM + "leadsPartyWorkIn": ("leadership", True),
}
# Hierarchy roots: a node whose type is (a subclass of) one of these gets the category.
CATEGORY_ROOTS: dict[str, str] = {
    FOAF + "Person": "person",
    BM + "AdminUnit": "unit",
    BM + "PartyBody": "party",
    BM + "PeoplesCouncil": "council",
    BM + "CouncilStandingBody": "council",
    BM + "CouncilCommittee": "council",
    BM + "PeoplesCommittee": "committee",
    BM + "Department": "department",
}
CATEGORY_ORDER = ("person", "unit", "party", "council", "committee", "department", "other")
# Body classes by the category the vocabulary tables give their kind (body_kinds.csv), so a store
# without the ontology's subclass tree still sorts the text loader's bodies; "other" is the default.
KIND_CATEGORIES: dict[str, str] = {BM + k.cls: k.category for k in vocabulary().kinds().values()
                                   if k.category != "other"}
LEVELS = {BM.replace("ontology#", "level/") + name: name for name in TIERS}

NOT_REJECTED = "FILTER NOT EXISTS { ?item bm:reviewStatus <https://w3id.org/bomay/review/rejected> }"


def _chunks(items: list[str]) -> Iterator[list[str]]:
    for i in range(0, len(items), CHUNK):
        yield items[i : i + CHUNK]


def select(store: Store, body: str) -> list[dict[str, str | None]]:
    """Run a SELECT and return plain strings (IRIs and literal values), None when unbound."""
    result = store.query(sparql_prologue() + body)
    # the analytics' patterns never bind a quoted triple, the one term without a value
    rows = cast(list[tuple[ox.NamedNode | ox.BlankNode | ox.Literal | None, ...]], result.rows)
    return [{k: (v.value if v is not None else None) for k, v in zip(result.variables, row, strict=True)}
            for row in rows]


def _touching(store: Store, template: str, nodes: set[str] | None, left: str, right: str) -> list[dict]:
    """Rows of template whose ?left or ?right is one of nodes (all rows if nodes is None).

    The restriction is bound by :func:`bomay.queries.binding.bind_values` at the start of the
    template's WHERE group.
    """
    if nodes is None:
        return select(store, template)
    rows: list[dict] = []
    ordered = sorted(nodes)
    for chunk in _chunks(ordered):
        for var in (left, right):
            rows.extend(select(store, bind_values(template, var, chunk)))
    return rows


STRUCTURE_Q = """
SELECT ?a ?p ?b WHERE {
  ?a ?p ?b .
  FILTER(?p IN (org:subOrganizationOf, org:reportsTo, bm:supervises, bm:guides, bm:leads, bm:leadsPartyWorkIn))
  FILTER(isIRI(?b))
}"""

SUBORDINATION_Q = """
SELECT ?item ?a ?b ?up ?down ?s ?e ?doc ?g WHERE {
  ?item bm:subordinate ?a ; bm:superior ?b .
  GRAPH ?g { ?item a bm:Subordination }
  OPTIONAL { ?item bm:relationKind ?kind
             OPTIONAL { ?kind bm:upwardShortcut ?up } OPTIONAL { ?kind bm:downwardShortcut ?down } }
  OPTIONAL { ?item schema:startDate ?s } OPTIONAL { ?item schema:endDate ?e }
  OPTIONAL { ?item prov:wasDerivedFrom/oa:hasSource ?doc }
  """ + NOT_REJECTED + """
}"""

MANDATE_Q = """
SELECT ?item ?a ?b ?topic ?freq ?tpy ?s ?e ?docdate ?doc ?g ?ro ?rt ?text WHERE {
  ?item bm:assigner ?a ; bm:assignee ?b .
  GRAPH ?g { ?item a bm:Mandate }
  OPTIONAL { ?item bm:topic ?topic }
  OPTIONAL { ?item bm:frequency ?freq OPTIONAL { ?freq bm:timesPerYear ?tpy } }
  OPTIONAL { ?item schema:startDate ?s } OPTIONAL { ?item schema:endDate ?e }
  OPTIONAL { ?item prov:wasDerivedFrom/oa:hasSource ?doc
             OPTIONAL { ?doc bm:eventDate|schema:datePublished ?docdate } }
  OPTIONAL { ?item bm:hasReportingObligation ?ro }
  OPTIONAL { ?item bm:reportTo ?rt }
  OPTIONAL { ?item bm:task ?text }
  """ + NOT_REJECTED + """
}"""

OBLIGATION_Q = """
SELECT ?item ?a ?b ?topic ?freq ?tpy ?s ?e ?docdate ?doc ?g ?text WHERE {
  ?item bm:reporter ?a ; bm:recipient ?b .
  GRAPH ?g { ?item a bm:ReportingObligation }
  OPTIONAL { ?item bm:topic ?topic }
  OPTIONAL { ?item bm:frequency ?freq OPTIONAL { ?freq bm:timesPerYear ?tpy } }
  OPTIONAL { ?item schema:startDate ?s } OPTIONAL { ?item schema:endDate ?e }
  OPTIONAL { ?item prov:wasDerivedFrom/oa:hasSource ?doc
             OPTIONAL { ?doc bm:eventDate|schema:datePublished ?docdate } }
  OPTIONAL { ?item bm:about ?text }
  """ + NOT_REJECTED + """
}"""

TERRITORY_Q = """
SELECT ?a ?p ?b WHERE {
  VALUES ?p { bm:parentUnit bm:jurisdiction }
  ?a ?p ?b .
}"""


def _date(value: str | None) -> str | None:
    return value[:10] if value else None


def _merge_dates(edges: list[Edge]) -> tuple[str | None, str | None]:
    """The widest validity of several records of one relation (a missing bound is open)."""
    starts = [e.start for e in edges]
    ends = [e.end for e in edges]
    start = None if any(s is None for s in starts) else min(starts)  # type: ignore[type-var]
    end = None if any(x is None for x in ends) else max(ends)  # type: ignore[type-var]
    return start, end


def _structural_edges(store: Store, nodes: set[str] | None) -> list[Edge]:
    """Shortcut triples, dated and sourced by the bm:Subordination nodes that state them."""
    by_key: dict[tuple[str, str, str], Edge] = {}
    for row in _touching(store, STRUCTURE_Q, nodes, "a", "b"):
        relation, _ = SHORTCUTS[row["p"]]
        key = (relation, row["a"], row["b"])
        by_key.setdefault(key, Edge(row["a"], row["b"], relation, compact(row["p"])))
    reified: dict[tuple[str, str, str], list[Edge]] = {}
    for row in _touching(store, SUBORDINATION_Q, nodes, "a", "b"):
        if row["down"] in SHORTCUTS:
            relation = SHORTCUTS[row["down"]][0]
            source, target, predicate = row["b"], row["a"], compact(row["down"])
        elif row["up"] in SHORTCUTS:
            relation = SHORTCUTS[row["up"]][0]
            source, target, predicate = row["a"], row["b"], compact(row["up"])
        else:
            relation, source, target, predicate = "subordination", row["a"], row["b"], "bm:Subordination"
        key = (relation, source, target)
        records = reified.setdefault(key, [])
        record = next((r for r in records if r.item == row["item"]), None)
        if record is None:
            record = Edge(source, target, relation, predicate, item=row["item"],
                          start=_date(row["s"]), end=_date(row["e"]))
            records.append(record)
        record.docs.update(d for d in (row["doc"], row["g"]) if d)
    for key, records in reified.items():
        edge = by_key.setdefault(key, Edge(key[1], key[2], key[0], records[0].predicate))
        edge.item = records[0].item
        edge.start, edge.end = _merge_dates(records)
        for r in records:
            edge.docs.update(r.docs)
    return list(by_key.values())


def _text_edges(store: Store, nodes: set[str] | None, template: str, relation: str, predicate: str) -> list[Edge]:
    """One edge per mandate or reporting obligation (rows grouped by the reified node)."""
    items: dict[tuple[str, str, str], Edge] = {}
    for row in _touching(store, template, nodes, "a", "b"):
        key = (row["item"], row["a"], row["b"])
        edge = items.get(key)
        if edge is None:
            edge = Edge(row["a"], row["b"], relation, predicate, item=row["item"],
                        start=_date(row["s"]) or _date(row["docdate"]), end=_date(row["e"]), text=row["text"] or "")
            items[key] = edge
        if row["topic"]:
            edge.topics.add(row["topic"])
        if row["freq"]:
            edge.frequencies.add(row["freq"])
            if row["tpy"] is not None:
                edge.times_per_year = max(edge.times_per_year or 0.0, float(row["tpy"]))
        edge.docs.update(d for d in (row["doc"], row["g"]) if d)
        if row.get("rt"):
            edge.report_to.add(row["rt"])
        if row.get("ro"):
            edge.obligations.add(row["ro"])
    return list(items.values())


def _report_to_edges(mandates: list[Edge]) -> list[Edge]:
    """A mandate's bm:reportTo with no obligation node of its own still makes the assignee report."""
    out = []
    for m in mandates:
        if m.obligations:
            continue  # the obligation node is an edge of its own
        for recipient in sorted(m.report_to):
            out.append(Edge(m.target, recipient, "reports-to", "bm:reportTo", item=m.item, topics=set(m.topics),
                            frequencies=set(m.frequencies), times_per_year=m.times_per_year, docs=set(m.docs),
                            start=m.start, end=m.end, text=m.text))
    return out


def text_edges(store: Store, relations: set[str], nodes: set[str] | None = None) -> list[Edge]:
    """The mandate and reporting edges read from documents, for the relations asked."""
    mandates: list[Edge] = []
    if relations & {"mandate", "reports-to"}:
        mandates = _text_edges(store, nodes, MANDATE_Q, "mandate", "bm:Mandate")
    edges = list(mandates) if "mandate" in relations else []
    if "reports-to" in relations:
        edges.extend(_text_edges(store, nodes, OBLIGATION_Q, "reports-to", "bm:ReportingObligation"))
        edges.extend(_report_to_edges(mandates))
    return edges


def fetch_edges(store: Store, relations: set[str], nodes: set[str] | None = None) -> list[Edge]:
    """Every edge of the chosen relations, or only those touching nodes."""
    edges: list[Edge] = []
    if relations & {"subordination", "reports-to", "supervision", "leadership"}:
        edges.extend(e for e in _structural_edges(store, nodes) if e.relation in relations)
    edges.extend(text_edges(store, relations, nodes))
    if "territory" in relations:
        for row in _touching(store, TERRITORY_Q, nodes, "a", "b"):
            edges.append(Edge(row["a"], row["b"], "territory", compact(row["p"])))
    return edges


def subclass_pairs(store: Store, roots: Iterable[str]) -> set[tuple[str, str]]:
    """(class, root) for every class below one of roots (``rdfs:subClassOf+``), closed here from
    the direct edges: Virtuoso 7.2 refuses a transitive path whose start is a VALUES list."""
    below: dict[str, set[str]] = {}
    for row in select(store, "SELECT ?c ?d WHERE { ?c rdfs:subClassOf ?d }"):
        if row["c"] and row["d"]:
            below.setdefault(row["d"], set()).add(row["c"])
    pairs: set[tuple[str, str]] = set()
    for root in roots:
        walk = list(below.get(root, ()))
        while walk:
            current = walk.pop()
            if (current, root) not in pairs:
                pairs.add((current, root))
                walk.extend(below.get(current, ()))
    return pairs


@dataclass
class CategoryIndex:
    """rdf:type IRI -> hierarchy category, from the ontology's subclass tree in the store."""

    by_class: dict[str, str]

    @classmethod
    def load(cls, store: Store) -> CategoryIndex:
        by_class = {**KIND_CATEGORIES, **CATEGORY_ROOTS}
        for c, root in sorted(subclass_pairs(store, CATEGORY_ROOTS)):
            category = CATEGORY_ROOTS[root]
            current = by_class.get(c)
            if current is None or CATEGORY_ORDER.index(category) < CATEGORY_ORDER.index(current):
                by_class[c] = category
        return cls(by_class)

    def category(self, types: Iterable[str]) -> str:
        found = {self.by_class[t] for t in types if t in self.by_class}
        return next((c for c in CATEGORY_ORDER if c in found), "other")


NODE_Q = """
SELECT ?n (SAMPLE(?vi) AS ?label) (SAMPLE(?any) AS ?other) (GROUP_CONCAT(DISTINCT STR(?t); separator=" ") AS ?types)
       (SAMPLE(?self) AS ?own_unit) (SAMPLE(?j) AS ?juris) (SAMPLE(?lv) AS ?level) (SAMPLE(?jl) AS ?juris_level)
       (SAMPLE(?sp) AS ?own_parent) (SAMPLE(?jp) AS ?juris_parent) (MIN(?s) AS ?start) (MAX(?e) AS ?end)
WHERE {
  OPTIONAL { ?n skos:prefLabel ?vi FILTER(LANGMATCHES(LANG(?vi), "vi")) }
  OPTIONAL { ?n skos:prefLabel|rdfs:label|schema:name|foaf:name|dct:title ?any }
  OPTIONAL { ?n a ?t }
  OPTIONAL { ?n a bm:AdminUnit BIND(?n AS ?self) OPTIONAL { ?n bm:parentUnit ?sp } }
  OPTIONAL { ?n bm:jurisdiction ?j OPTIONAL { ?j bm:level ?jl } OPTIONAL { ?j bm:parentUnit ?jp } }
  OPTIONAL { ?n bm:level ?lv }
  OPTIONAL { ?n schema:startDate ?s } OPTIONAL { ?n schema:endDate ?e }
} GROUP BY ?n"""


def fetch_nodes(store: Store, iris: Iterable[str], categories: CategoryIndex) -> dict[str, Node]:
    """Label, hierarchy category, tier, unit and validity of each IRI."""
    nodes: dict[str, Node] = {}
    for chunk in _chunks(sorted(set(iris))):
        for row in select(store, bind_values(NODE_Q, "n", chunk)):
            iri = row["n"]
            if iri is None:  # never: the group key is bound from the VALUES block
                continue
            types = (row["types"] or "").split()
            level = LEVELS.get(row["level"] or row["juris_level"] or "")
            nodes[iri] = Node(
                iri=iri, label=row["label"] or row["other"] or "", category=categories.category(types),
                tier=TIERS[level] if level else None, unit=row["own_unit"] or row["juris"],
                unit_parent=row["own_parent"] if row["own_unit"] else row["juris_parent"],
                start=_date(row["start"]), end=_date(row["end"]))
    return nodes


UNITS_WITHIN_Q = """SELECT DISTINCT ?u ?n WHERE { VALUES ?top { }
  ?u bm:parentUnit* ?top .
  OPTIONAL { ?n bm:jurisdiction ?u }
}"""
PARENT_OR_PROVINCE_Q = """SELECT ?u ?parent ?province WHERE { VALUES ?u { }
  { ?u bm:parentUnit ?parent }
  UNION { ?u bm:level <https://w3id.org/bomay/level/province> BIND(?u AS ?province) } }"""


def units_within(store: Store, units: Iterable[str]) -> set[str]:
    """The units, every unit under them, and every body whose jurisdiction is one of those."""
    found: set[str] = set()
    for chunk in _chunks(sorted(set(units))):
        rows = select(store, fill_values(UNITS_WITHIN_Q, {"top": chunk}))
        found.update(u for r in rows if (u := r["u"]))
        found.update(n for r in rows if (n := r["n"]))
    return found


def provinces_of(store: Store, units: set[str]) -> dict[str, str]:
    """unit IRI -> the province-level unit at or above it (``bm:parentUnit*``), read one level up
    per query: Virtuoso 7.2 ignores a VALUES start on a transitive path and answers every unit."""
    parents: dict[str, list[str]] = {}
    provinces: set[str] = set()
    todo = {u for u in units if u}
    while todo:
        ordered = sorted(todo)
        for chunk in _chunks(ordered):
            for row in select(store, fill_values(PARENT_OR_PROVINCE_Q, {"u": chunk})):
                if row["parent"]:
                    parents.setdefault(row["u"] or "", []).append(row["parent"])
                if row["province"]:
                    provinces.add(row["province"])
        for unit in ordered:
            parents.setdefault(unit, [])
        todo = {p for u in ordered for p in parents[u]} - parents.keys()
    out: dict[str, str] = {}
    for unit in sorted(u for u in units if u):
        seen: set[str] = set()
        walk = [unit]
        while walk:
            current = walk.pop()
            if current not in seen:
                seen.add(current)
                if current in provinces:
                    out[unit] = current
                walk.extend(parents.get(current, ()))
    return out


LABELS_Q = """SELECT ?x (SAMPLE(?l) AS ?label) WHERE { VALUES ?x { }
  ?x skos:prefLabel ?l FILTER(LANGMATCHES(LANG(?l), "vi")) } GROUP BY ?x"""


def labels_of(store: Store, iris: set[str]) -> dict[str, str]:
    """IRI -> its Vietnamese skos:prefLabel, for the IRIs that have one."""
    out: dict[str, str] = {}
    for chunk in _chunks(sorted(iris)):
        for row in select(store, fill_values(LABELS_Q, {"x": chunk})):
            if (iri := row["x"]) and (label := row["label"]) is not None:
                out[iri] = label
    return out
