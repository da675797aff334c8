"""Everything an entity page shows about one IRI, gathered with a few bounded queries."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from urllib.parse import quote

import pyoxigraph as ox

from bomay.namespaces import BASE, BM, ORG, RDF, RDFS, SCHEMA, SKOS, compact
from bomay.web.view import GraphView, Row, value

MAX_OUT = 3000
MAX_IN = 1000
MAX_FACTS = 500
HIDDEN = {BM + "searchKey"}
PARENT_PREDICATES = (ORG + "subOrganizationOf", BM + "parentUnit")
LABEL_PREDICATES = (SKOS + "prefLabel", RDFS + "label")


def href(iri: str) -> str:
    """The app's own URL for an IRI: its path for bomay IRIs, /resource?iri= for the rest."""
    if iri.startswith(BASE):
        return "/" + iri[len(BASE):]
    return "/resource?iri=" + quote(iri, safe="")


@dataclass
class Value:
    text: str
    iri: str = ""  # set for IRIs
    lang: str = ""
    datatype: str = ""

    @property
    def href(self) -> str:
        return href(self.iri) if self.iri else ""


@dataclass
class Relation:
    predicate: Value
    values: list[Value]


@dataclass
class Fact:
    """A mandate or reporting obligation as listed on a body's page."""

    iri: str
    role: str  # given/received, reporter/recipient
    others: list[Value] = field(default_factory=list)
    fields: dict[str, str] = field(default_factory=dict)


@dataclass
class Sentence:
    fact: Value
    iri: str
    text: str
    document: Value | None
    url: str = ""  # the document's source URL, if recorded


@dataclass
class Entity:
    iri: str
    labels: dict[str, list[str]] = field(default_factory=dict)  # lang -> labels
    alt_labels: list[str] = field(default_factory=list)
    types: list[Value] = field(default_factory=list)
    start: str = ""
    end: str = ""
    parents: list[Value] = field(default_factory=list)
    children: list[Value] = field(default_factory=list)
    outgoing: list[Relation] = field(default_factory=list)
    incoming: list[Relation] = field(default_factory=list)
    incoming_truncated: bool = False
    mandates: list[Fact] = field(default_factory=list)
    reporting: list[Fact] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    graphs: list[str] = field(default_factory=list)  # the named graphs stating facts about it
    graph_triples: int = 0  # if the IRI names a graph: how many triples it holds

    @property
    def exists(self) -> bool:
        return bool(self.outgoing or self.incoming or self.graph_triples)

    @property
    def title(self) -> str:
        return first(self.labels.get("vi")) or first(self.labels.get("en")) or first(self.labels.get("")) \
            or compact(self.iri)


def first(items: list[str] | None) -> str:
    return items[0] if items else ""


class Labeller:
    """Labels for many IRIs with one query; names prefer Vietnamese, predicates English."""

    def __init__(self, view: GraphView) -> None:
        self.view = view
        self.cache: dict[str, dict[str, str]] = {}

    def fetch(self, iris: set[str]) -> None:
        missing = sorted(i for i in iris if i not in self.cache)
        for start in range(0, len(missing), 400):
            chunk = missing[start:start + 400]
            values = " ".join(str(ox.NamedNode(i)) for i in chunk)
            rows = self.view.rows(f"""
SELECT ?x ?l WHERE {{ VALUES ?x {{ {values} }} ?x skos:prefLabel|rdfs:label ?l }}""")
            for iri in chunk:
                self.cache[iri] = {}
            for row in rows:
                term = row["l"]
                lang = (term.language or "") if isinstance(term, ox.Literal) else ""
                self.cache[value(row["x"])].setdefault(lang, value(term))

    def label(self, iri: str, prefer: tuple[str, ...] = ("vi", "en", "")) -> str:
        labels = self.cache.get(iri, {})
        return next((labels[lang] for lang in prefer if lang in labels), "") or compact(iri)

    def value(self, term: object, prefer: tuple[str, ...] = ("vi", "en", "")) -> Value:
        if isinstance(term, ox.NamedNode):
            return Value(self.label(term.value, prefer), iri=term.value)
        if isinstance(term, ox.Literal):
            datatype = "" if term.language else compact(term.datatype.value)
            if datatype in ("xsd:string", "rdf:langString"):
                datatype = ""
            return Value(term.value, lang=term.language or "", datatype=datatype)
        return Value(str(term))


def describe(view: GraphView, iri: str) -> Entity:
    entity = Entity(iri)
    node = str(ox.NamedNode(iri))
    out_rows = view.rows(f"SELECT DISTINCT ?p ?o WHERE {{ {node} ?p ?o }} LIMIT {MAX_OUT}")
    in_rows = view.rows(f"SELECT DISTINCT ?s ?p WHERE {{ ?s ?p {node} }} LIMIT {MAX_IN + 1}")
    entity.incoming_truncated = len(in_rows) > MAX_IN
    in_rows = in_rows[:MAX_IN]
    entity.graphs = [value(r["g"]) for r in view.rows(
        f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ {node} ?p ?o }} }} ORDER BY ?g LIMIT 50")]
    entity.graph_triples = int(value(view.rows(
        f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {node} {{ ?s ?p ?o }} }}")[0]["n"]))
    facts = _facts(view, node)
    fact_iris = {f.iri for f in facts}
    sentence_rows = _sentences(view, {iri} | fact_iris)

    labeller = Labeller(view)
    wanted: set[str] = set()
    for row in out_rows:
        wanted.add(value(row["p"]))
        if isinstance(row["o"], ox.NamedNode):
            wanted.add(row["o"].value)
    for row in in_rows:
        wanted.update((value(row["p"]), value(row["s"])) if isinstance(row["s"], ox.NamedNode) else (value(row["p"]),))
    for fact in facts:
        wanted.update(v.iri for v in fact.others)
        wanted.add(fact.iri)
    for row in sentence_rows:
        if row.get("doc") is not None:
            wanted.add(value(row["doc"]))
    labeller.fetch(wanted)

    grouped: dict[str, list[Value]] = defaultdict(list)
    for row in out_rows:
        p, o = value(row["p"]), row["o"]
        if p in HIDDEN:
            continue
        if p in LABEL_PREDICATES and isinstance(o, ox.Literal):
            entity.labels.setdefault(o.language or "", []).append(o.value)
        elif p == SKOS + "altLabel" and isinstance(o, ox.Literal):
            entity.alt_labels.append(o.value)
        elif p == RDF + "type":
            entity.types.append(labeller.value(o))
        elif p == SCHEMA + "startDate":
            entity.start = value(o)
        elif p == SCHEMA + "endDate":
            entity.end = value(o)
        if p in PARENT_PREDICATES:
            entity.parents.append(labeller.value(o))
        grouped[p].append(labeller.value(o))
    entity.outgoing = _relations(grouped, labeller)
    grouped_in: dict[str, list[Value]] = defaultdict(list)
    for row in in_rows:
        p = value(row["p"])
        grouped_in[p].append(labeller.value(row["s"]))
        if p in PARENT_PREDICATES:
            entity.children.append(labeller.value(row["s"]))
    entity.incoming = _relations(grouped_in, labeller)
    for fact in facts:
        fact.others = [labeller.value(ox.NamedNode(v.iri)) for v in fact.others]
    entity.mandates = [f for f in facts if f.role in ("given", "received")]
    entity.reporting = [f for f in facts if f.role in ("reporter", "recipient")]
    entity.sentences = [
        Sentence(labeller.value(r["fact"]), value(r["sent"]), value(r.get("text")),
                 labeller.value(r["doc"]) if r.get("doc") is not None else None, value(r.get("url")))
        for r in sentence_rows
    ]
    return entity


def _relations(grouped: dict[str, list[Value]], labeller: Labeller) -> list[Relation]:
    relations = [Relation(labeller.value(ox.NamedNode(p), prefer=("en", "", "vi")),
                          sorted(vs, key=lambda v: (v.text, v.iri)))
                 for p, vs in grouped.items()]
    return sorted(relations, key=lambda r: r.predicate.text.lower())


_FACT_FIELDS = ("actionText", "task", "frequencyText", "deadline", "deadlineText", "topic", "about", "reviewStatus",
                "confidence")


def _facts(view: GraphView, node: str) -> list[Fact]:
    """Mandates given and received, reporting obligations as reporter and as recipient."""
    optional = " ".join(f"OPTIONAL {{ ?f bm:{name} ?{name} }}" for name in _FACT_FIELDS)
    rows = view.rows(f"""
SELECT ?f ?role ?other {' '.join('?' + n for n in _FACT_FIELDS)} WHERE {{
  {{ ?f bm:assigner {node} BIND("given" AS ?role) OPTIONAL {{ ?f bm:assignee ?other }} }}
  UNION {{ ?f bm:assignee {node} BIND("received" AS ?role) OPTIONAL {{ ?f bm:assigner ?other }} }}
  UNION {{ ?f bm:reporter {node} BIND("reporter" AS ?role) OPTIONAL {{ ?f bm:recipient ?other }} }}
  UNION {{ ?f bm:recipient {node} BIND("recipient" AS ?role) OPTIONAL {{ ?f bm:reporter ?other }} }}
  {optional}
}} LIMIT {MAX_FACTS}""")
    facts: dict[tuple[str, str], Fact] = {}
    for row in rows:
        key = (value(row["f"]), value(row["role"]))
        fact = facts.setdefault(key, Fact(key[0], key[1]))
        other = row.get("other")
        if isinstance(other, ox.NamedNode) and all(v.iri != other.value for v in fact.others):
            fact.others.append(Value(other.value, iri=other.value))
        for name in _FACT_FIELDS:
            term = row.get(name)
            if term is not None and name not in fact.fields:
                fact.fields[name] = compact(term.value) if isinstance(term, ox.NamedNode) else value(term)
    return list(facts.values())


def _sentences(view: GraphView, facts: set[str]) -> list[Row]:
    values = " ".join(str(ox.NamedNode(f)) for f in sorted(facts))
    return view.rows(f"""
SELECT DISTINCT ?fact ?sent ?text ?doc ?url WHERE {{
  VALUES ?fact {{ {values} }}
  ?fact prov:wasDerivedFrom ?sent .
  OPTIONAL {{ ?sent bm:text ?text }}
  OPTIONAL {{ ?sent oa:hasSource ?doc OPTIONAL {{ ?doc schema:url ?url }} }}
}} ORDER BY ?fact ?sent LIMIT {MAX_FACTS}""")


def describe_triples(view: GraphView, iri: str) -> list[ox.Triple]:
    """The RDF served for an IRI: its outgoing triples and (up to a limit) the ones pointing at it."""
    node = str(ox.NamedNode(iri))
    return view.triples(f"""
CONSTRUCT {{ {node} ?p ?o . ?s ?q {node} }} WHERE {{
  {{ {node} ?p ?o }} UNION {{ SELECT ?s ?q WHERE {{ ?s ?q {node} }} LIMIT {MAX_IN} }}
}}""")
