"""Everything an entity page shows about one IRI, as a reader's page: facts grouped by what
they mean (structure, duties and reports, events, documents), every linked node by its label,
dates beside each fact. A handful of bounded queries, whatever the entity.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import quote

import pyoxigraph as ox

from bomay.namespaces import BASE, BM, DCT, ELI, GRAPH, M8G, OA, ORG, PROV, RDF, RDFS, SCHEMA, SKOS, XSD, compact
from bomay.web.view import GraphView, Row, value

MAX_OUT = 3000
MAX_IN = 1000
MAX_FACTS = 500
MAX_DUTIES = 5000  # a province's committee receives one statutory report from each of its communes
MAX_LINES = 2000
LABEL_PREDICATES = (SKOS + "prefLabel", RDFS + "label")
# Shown elsewhere on the page, or of no use to a reader.
HIDDEN = {BM + "searchKey", SKOS + "hiddenLabel", BM + "reviewNote", SKOS + "altLabel", RDF + "type",
          SCHEMA + "startDate", SCHEMA + "endDate", *LABEL_PREDICATES}
# Direct shortcuts of a dated line (bm:Subordination); the line is shown instead when there is one.
SHORTCUTS = {ORG + "reportsTo": "reports to", BM + "leads": "leads", ORG + "subOrganizationOf": "part of",
             BM + "supervises": "supervises", BM + "guides": "guides"}
INVERSE = {ORG + "reportsTo": "receives reports from", BM + "leads": "led by", ORG + "subOrganizationOf": "has part",
           BM + "supervises": "supervised by", BM + "guides": "guided by", BM + "succeeds": "succeeded by",
           BM + "continues": "continued by"}
# Names for the few borrowed terms the ontology does not label itself.
TERM_NAMES = {DCT + "isPartOf": "is part of", SCHEMA + "latitude": "latitude", SCHEMA + "longitude": "longitude",
              SKOS + "notation": "code", DCT + "title": "title", SCHEMA + "url": "web address", DCT + "date": "date",
              ELI + "date_document": "date", ELI + "id_local": "number", ELI + "passed_by": "passed by",
              ELI + "type_document": "document type", ELI + "first_date_entry_in_force": "in force from",
              ORG + "member": "member", ORG + "organization": "organisation", ORG + "role": "role",
              SKOS + "definition": "definition", SKOS + "inScheme": "in scheme", DCT + "source": "source",
              M8G + "hasFormalFramework": "instrument", DCT + "created": "created", DCT + "publisher": "publisher",
              SCHEMA + "name": "name", RDFS + "comment": "comment", SKOS + "broader": "broader",
              DCT + "identifier": "identifier", SCHEMA + "datePublished": "published",
              DCT + "description": "description", OA + "hasSource": "sentence of", DCT + "isPartOf": "is part of"}
# Incoming links the sections (structure, duties, events, documents) already show.
SHOWN_ABOVE = {BM + "subordinate", BM + "superior", BM + "reporter", BM + "recipient", BM + "assigner",
               BM + "assignee", OA + "hasSource", BM + "originalUnit", BM + "resultingUnit", BM + "fromUnit",
               BM + "toUnit", ORG + "originalOrganization", ORG + "resultingOrganization", PROV + "wasDerivedFrom"}
# Bookkeeping of the text loader, not facts a reader looks for.
TECHNICAL = {BM + "sha256", BM + "start", BM + "end", BM + "index"}
DUTY_ROLES = {"reporter": "Reports to", "recipient": "Receives reports from", "assigner": "Mandates given",
              "assignee": "Mandates received"}
EVENT_ROLES = {"to": "gave territory to", "from": "took territory from", "ended": "ended; became",
               "created": "formed from"}


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

    @property
    def href(self) -> str:
        return href(self.iri) if self.iri else ""


@dataclass
class Line:
    """One structural relation to another node, with the dates it holds and its legal basis."""

    relation: str
    other: Value
    start: str = ""
    end: str = ""
    basis: Value | None = None
    ended: bool = False  # no longer in force while the entity itself still was


@dataclass
class Group:
    title: str
    lines: list[Line] = field(default_factory=list)


@dataclass
class Sentence:
    fact: Value
    iri: str
    text: str
    document: Value | None
    url: str = ""  # the document's source URL, if recorded


@dataclass
class DocSentence:
    """A sentence of a source document and the facts read from it."""

    iri: str
    text: str
    facts: list[Value] = field(default_factory=list)


@dataclass
class Duty:
    """A reporting obligation or a mandate, seen from this body's side."""

    iri: str
    role: str  # reporter | recipient | assigner | assignee
    others: list[Value] = field(default_factory=list)
    text: str = ""  # what about / the task
    frequency: str = ""
    basis: Value | None = None
    deadline: str = ""
    article: str = ""  # the article of the basis (e.g. "Điều 22")
    start: str = ""
    end: str = ""
    ended: bool = False  # no longer in force while the body itself still was
    sentences: list[Sentence] = field(default_factory=list)


@dataclass
class EventRow:
    event: Value
    kind: str
    role: str  # to | from | ended | created
    date: str = ""
    others: list[Value] = field(default_factory=list)
    whole: bool | None = None
    instrument: Value | None = None


@dataclass
class Relation:
    predicate: Value
    values: list[Value]


@dataclass
class Entity:
    iri: str
    labels: dict[str, list[str]] = field(default_factory=dict)  # lang -> labels
    alt_labels: list[str] = field(default_factory=list)
    types: list[Value] = field(default_factory=list)
    start: str = ""
    end: str = ""
    places: list[Value] = field(default_factory=list)  # jurisdiction or parent unit, then its parents
    structure: list[Group] = field(default_factory=list)
    duties: dict[str, list[Duty]] = field(default_factory=dict)
    events: list[EventRow] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    other: list[Relation] = field(default_factory=list)
    incoming: list[Relation] = field(default_factory=list)
    incoming_truncated: bool = False
    document_sentences: list[DocSentence] = field(default_factory=list)  # for a source document
    graphs: list[Value] = field(default_factory=list)  # the named graphs stating facts about it
    graph_triples: int = 0  # if the IRI names a graph: how many triples it holds
    exists: bool = False
    lang: str = "en"

    fallback_title: str = ""  # for unlabelled facts: who → whom: what
    as_of: str = ""  # only what held on this day, if given

    @property
    def title(self) -> str:
        order = (self.lang, "vi", "en", "")
        return next((self.labels[k][0] for k in order if self.labels.get(k)), "") or self.fallback_title \
            or compact(self.iri)

    @property
    def subtitle(self) -> str:
        other = "en" if self.lang == "vi" else "vi"
        return first(self.labels.get(other)) if first(self.labels.get(other)) != self.title else ""

    @property
    def graph_date(self) -> str:
        """A day the entity existed on, for a graph view of its own era."""
        return self.end or (max(self.start, dt.date.today().isoformat()) if self.start else "")


def first(items: list[str] | None) -> str:
    return items[0] if items else ""


class Labeller:
    """Labels for many IRIs with one query, in the page's language first."""

    def __init__(self, view: GraphView, lang: str = "vi", t: Callable[[str], str] = lambda s: s) -> None:
        self.view = view
        self.t = t
        self.prefer = (lang, "en" if lang == "vi" else "vi", "")
        self.cache: dict[str, dict[str, str]] = {}

    def fetch(self, iris: set[str]) -> None:
        missing = sorted(i for i in iris if i not in self.cache)
        for start in range(0, len(missing), 400):
            chunk = missing[start:start + 400]
            values = " ".join(str(ox.NamedNode(i)) for i in chunk)
            rows = self.view.rows(f"""
SELECT ?x ?l WHERE {{ VALUES ?x {{ {values} }} ?x skos:prefLabel|rdfs:label|dct:title ?l }}""")
            for iri in chunk:
                self.cache[iri] = {}
            for row in rows:
                term = row["l"]
                lang = (term.language or "") if isinstance(term, ox.Literal) else ""
                self.cache[value(row["x"])].setdefault(lang, value(term))

    def label(self, iri: str, prefer: tuple[str, ...] | None = None) -> str:
        labels = self.cache.get(iri, {})
        found = next((labels[lang] for lang in prefer or self.prefer if lang in labels), "")
        if found:
            return found
        if iri in TERM_NAMES:
            return self.t(TERM_NAMES[iri])
        if iri.startswith(GRAPH):
            return iri[len(GRAPH):]  # e.g. reference/bodies
        return compact(iri)

    def value(self, term: object, prefer: tuple[str, ...] | None = None) -> Value:
        if isinstance(term, ox.NamedNode):
            return Value(self.label(term.value, prefer), iri=term.value)
        if isinstance(term, ox.Literal):
            return Value(plain(term), lang=term.language or "")
        return Value(str(term))


def plain(term: ox.Literal, yes: str = "yes", no: str = "no") -> str:
    """A literal as a reader writes it: dates and numbers bare, booleans as yes/no."""
    if term.datatype.value == XSD + "boolean":
        return yes if term.value in ("true", "1") else no
    return term.value


def _in(values: list[str] | set[str]) -> str:
    return " ".join(str(ox.NamedNode(v)) for v in sorted(values))


def _text(row: Row, name: str) -> str:
    return value(row.get(name))


def describe(view: GraphView, iri: str, lang: str = "en", t: Callable[[str], str] = lambda s: s,
             as_of: str = "") -> Entity:
    """The reader's page of one IRI, labels in lang, fixed words through t; with as_of, only the
    lines and duties that hold on that day."""
    entity = Entity(iri, lang=lang, as_of=as_of)
    node = str(ox.NamedNode(iri))
    labeller = Labeller(view, lang, t)
    out_rows = view.rows(f"SELECT DISTINCT ?p ?o WHERE {{ {node} ?p ?o }} LIMIT {MAX_OUT}")
    in_rows = view.rows(f"SELECT DISTINCT ?s ?p WHERE {{ ?s ?p {node} }} LIMIT {MAX_IN + 1}")
    entity.incoming_truncated = len(in_rows) > MAX_IN
    in_rows = in_rows[:MAX_IN]
    graph_rows = view.rows(f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ {node} ?p ?o }} }} ORDER BY ?g LIMIT 50")
    entity.graph_triples = int(value(view.rows(
        f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {node} {{ ?s ?p ?o }} }}")[0]["n"]))
    entity.exists = bool(out_rows or in_rows or entity.graph_triples)
    line_rows = view.rows(f"""
SELECT ?line ?dir ?other ?kind ?s ?e ?basis WHERE {{
  {{ ?line bm:subordinate {node} ; bm:superior ?other BIND("up" AS ?dir) }}
  UNION {{ ?line bm:superior {node} ; bm:subordinate ?other BIND("down" AS ?dir) }}
  OPTIONAL {{ ?line bm:relationKind ?kind }} OPTIONAL {{ ?line schema:startDate ?s }}
  OPTIONAL {{ ?line schema:endDate ?e }} OPTIONAL {{ ?line bm:basis ?basis }}
}} LIMIT {MAX_LINES}""")
    duties = _duties(view, node)
    events = _events(view, node)
    document_rows = _document_sentences(view, node)
    sentence_rows = _sentences(view, {iri} | {d.iri for d in duties})

    wanted: set[str] = set()
    for row in out_rows:
        wanted.add(value(row["p"]))
        if isinstance(row["o"], ox.NamedNode):
            wanted.add(row["o"].value)
    for row in in_rows:
        wanted.add(value(row["p"]))
        if isinstance(row["s"], ox.NamedNode):
            wanted.add(row["s"].value)
    for row in line_rows:
        wanted.update(value(row[k]) for k in ("other", "kind", "basis") if row.get(k) is not None)
    for duty in duties:
        wanted.update(v.iri for v in duty.others)
        wanted.update(v.iri for v in (duty.basis,) if v is not None)
        wanted.update(x for x in (duty.frequency, duty.text) if x.startswith("http"))
    for ev in events:
        wanted.update(v.iri for v in (ev.event, *ev.others, *([ev.instrument] if ev.instrument else [])))
        wanted.add(ev.kind)
    for row in sentence_rows:
        wanted.update(value(row[k]) for k in ("fact", "doc") if row.get(k) is not None)
    wanted.update(value(r["fact"]) for r in document_rows if r.get("fact") is not None)
    wanted.update(value(r["g"]) for r in graph_rows)
    places = _places(view, out_rows)
    wanted.update(places)
    labeller.fetch(wanted)
    entity.graphs = [labeller.value(r["g"]) for r in graph_rows]
    entity.places = [labeller.value(ox.NamedNode(p)) for p in places]

    other: dict[str, list[Value]] = defaultdict(list)
    shortcuts_out: list[tuple[str, str]] = []
    for row in out_rows:
        p, o = value(row["p"]), row["o"]
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
        elif p in SHORTCUTS and isinstance(o, ox.NamedNode):
            shortcuts_out.append((p, o.value))
        elif p in (BM + "parentUnit", BM + "jurisdiction"):
            pass  # shown as the place line under the title
        elif p in TECHNICAL or (p == DCT + "description" and document_rows):
            pass
        elif p not in HIDDEN:
            other[p].append(Value(plain(o, t("yes"), t("no")), lang=o.language or "")
                            if isinstance(o, ox.Literal) else labeller.value(o))
    sentence_iris = {value(r["sent"]) for r in sentence_rows}
    if sentence_iris and all(v.iri in sentence_iris for v in other.get(PROV + "wasDerivedFrom", [])):
        other.pop(PROV + "wasDerivedFrom", None)  # the sentences are quoted under Documents
    entity.other = _relations(other, labeller)
    entity.fallback_title = _fact_title(other)

    # Structure: dated lines first; a shortcut is shown only where no line links the same pair.
    ended_by = entity.end or dt.date.today().isoformat()
    up, down = Group(t("Answers to")), Group(t("Bodies answering to it"))
    linked: set[str] = set()
    for row in line_rows:
        other_iri = value(row["other"])
        linked.add(other_iri)
        line = Line(labeller.label(value(row["kind"])) if row.get("kind") is not None else "",
                    labeller.value(row["other"]), _text(row, "s"), _text(row, "e"),
                    labeller.value(row["basis"]) if row.get("basis") is not None else None)
        line.ended = bool(line.end) and line.end < ended_by
        (up if value(row["dir"]) == "up" else down).lines.append(line)
    for shortcut, target in shortcuts_out:
        if target not in linked:
            up.lines.append(Line(t(SHORTCUTS[shortcut]), labeller.value(ox.NamedNode(target))))
    incoming: dict[str, list[Value]] = defaultdict(list)
    parts, bodies, units = Group(t("Parts and subordinate units")), Group(t("Bodies of this unit")), []
    for row in in_rows:
        p, s = value(row["p"]), row["s"]
        if not isinstance(s, ox.NamedNode):
            continue
        if p in SHOWN_ABOVE:
            continue
        if p == BM + "parentUnit":
            units.append(Line("", labeller.value(s)))
        elif p == BM + "jurisdiction":
            bodies.lines.append(Line("", labeller.value(s)))
        elif p in SHORTCUTS:
            if s.value not in linked:
                (parts if p == ORG + "subOrganizationOf" else down).lines.append(
                    Line(t(INVERSE[p]), labeller.value(s)))
        else:
            incoming[p].append(labeller.value(s))
    parts.lines = units + parts.lines
    for group in (up, down, parts, bodies):
        group.lines.sort(key=lambda ln: (ln.ended, ln.relation, ln.other.text))
    if as_of:
        for group in (up, down):
            group.lines = [ln for ln in group.lines if _holds(ln.start, ln.end, as_of)]
    entity.structure = [g for g in (up, down, bodies, parts) if g.lines]
    entity.incoming = [Relation(Value(t(INVERSE[p]) if p in INVERSE else labeller.label(p), iri=p), vs)
                       for p, vs in sorted(incoming.items(), key=lambda kv: labeller.label(kv[0]))]
    for rel in entity.incoming:
        rel.values.sort(key=lambda v: v.text)

    sentences = [
        Sentence(labeller.value(r["fact"]), value(r["sent"]), value(r.get("text")),
                 labeller.value(r["doc"]) if r.get("doc") is not None else None, value(r.get("url")))
        for r in sentence_rows
    ]
    by_fact: dict[str, list[Sentence]] = defaultdict(list)
    for sentence in sentences:
        by_fact[sentence.fact.iri].append(sentence)
    for duty in duties:
        duty.others = [labeller.value(ox.NamedNode(v.iri)) for v in duty.others]
        if duty.text.startswith("http"):
            duty.text = labeller.label(duty.text)
        if duty.basis is not None:
            duty.basis = labeller.value(ox.NamedNode(duty.basis.iri))
        if duty.frequency.startswith("http"):
            duty.frequency = labeller.label(duty.frequency)
        duty.sentences = by_fact.get(duty.iri, [])
        duty.ended = bool(duty.end) and duty.end < ended_by
    for duty in _merge_alike([d for d in duties if not as_of or _holds(d.start, d.end, as_of)]):
        entity.duties.setdefault(duty.role, []).append(duty)
    entity.sentences = [s for s in sentences if s.fact.iri == iri]
    entity.document_sentences = _group_document(document_rows, labeller)
    for ev in events:
        ev.event = labeller.value(ox.NamedNode(ev.event.iri))
        ev.kind = labeller.label(ev.kind) if ev.kind else ""
        ev.others = [labeller.value(ox.NamedNode(v.iri)) for v in ev.others]
        if ev.instrument is not None:
            ev.instrument = labeller.value(ox.NamedNode(ev.instrument.iri))
    entity.events = sorted(events, key=lambda e: (e.date, e.event.text))
    return entity


def _holds(start: str, end: str, day: str) -> bool:
    return (not start or start <= day) and (not end or end >= day)


def _merge_alike(duties: list[Duty]) -> list[Duty]:
    """One row for the same duty owed by (or to) many bodies: the statutory duty every commune's
    committee has towards the province is one line naming the communes, not a hundred lines."""
    merged: dict[tuple, Duty] = {}
    for duty in duties:
        key = (duty.role, duty.text, duty.frequency, duty.basis.iri if duty.basis else "", duty.article,
               duty.deadline, duty.start, duty.end, duty.iri if duty.sentences else "")  # quoted: its own row
        kept = merged.get(key)
        if kept is None:
            merged[key] = duty
        else:
            kept.others.extend(v for v in duty.others if all(k.iri != v.iri for k in kept.others))
    for duty in merged.values():
        duty.others.sort(key=lambda v: v.text)
    return list(merged.values())


def _fact_title(other: dict[str, list[Value]]) -> str:
    """A title for a duty that has no label: "reporter → recipient: what about"."""
    def first_text(*names: str) -> str:
        return next((other[BM + n][0].text for n in names if other.get(BM + n)), "")

    source, target = first_text("reporter", "assigner"), first_text("recipient", "assignee")
    what = first_text("about", "task", "actionText")
    if not (source or target):
        return ""
    return f"{source or '…'} → {target or '…'}" + (f": {what}" if what else "")


def _relations(grouped: dict[str, list[Value]], labeller: Labeller) -> list[Relation]:
    relations = [Relation(labeller.value(ox.NamedNode(p)), sorted(vs, key=lambda v: (v.text, v.iri)))
                 for p, vs in grouped.items()]
    return sorted(relations, key=lambda r: r.predicate.text.lower())


def _places(view: GraphView, out_rows: list[Row]) -> list[str]:
    """The unit a body serves (or a unit's parent), then that unit's parents, nearest first."""
    start = next((value(r["o"]) for r in out_rows if value(r["p"]) == BM + "jurisdiction"), "") or \
        next((value(r["o"]) for r in out_rows if value(r["p"]) == BM + "parentUnit"), "")
    chain = [start] if start else []
    while chain and len(chain) < 4:
        rows = view.rows(f"SELECT ?p WHERE {{ {ox.NamedNode(chain[-1])} bm:parentUnit ?p }} LIMIT 1")
        if not rows:
            break
        chain.append(value(rows[0]["p"]))
    return chain


def _duties(view: GraphView, node: str) -> list[Duty]:
    """Reporting obligations and mandates the body takes part in, read generically from their
    properties (reporter/recipient, assigner/assignee, about/task, frequency, basis, deadline)."""
    rows = view.rows(f"""
SELECT ?f ?role ?other WHERE {{
  {{ ?f bm:reporter {node} BIND("reporter" AS ?role) OPTIONAL {{ ?f bm:recipient ?other }} }}
  UNION {{ ?f bm:recipient {node} BIND("recipient" AS ?role) OPTIONAL {{ ?f bm:reporter ?other }} }}
  UNION {{ ?f bm:assigner {node} BIND("assigner" AS ?role) OPTIONAL {{ ?f bm:assignee ?other }} }}
  UNION {{ ?f bm:assignee {node} BIND("assignee" AS ?role) OPTIONAL {{ ?f bm:assigner ?other }} }}
  FILTER NOT EXISTS {{ ?f bm:reviewStatus bms:rejected }}
}} LIMIT {MAX_DUTIES}""")
    duties: dict[tuple[str, str], Duty] = {}
    for row in rows:
        key = (value(row["f"]), value(row["role"]))
        duty = duties.setdefault(key, Duty(key[0], key[1]))
        other = row.get("other")
        if isinstance(other, ox.NamedNode) and all(v.iri != other.value for v in duty.others):
            duty.others.append(Value(other.value, iri=other.value))
    if not duties:
        return []
    facts = {d.iri for d in duties.values()}
    fields: dict[str, dict[str, ox.NamedNode | ox.Literal]] = defaultdict(dict)
    for row in view.rows(f"SELECT ?f ?p ?o WHERE {{ VALUES ?f {{ {_in(facts)} }} ?f ?p ?o }}"):
        fields[value(row["f"])].setdefault(value(row["p"]), row["o"])  # type: ignore[arg-type]
    for duty in duties.values():
        got = fields.get(duty.iri, {})

        def text(*names: str, got: dict = got) -> str:
            return next((value(got[n]) for n in names if n in got), "")

        about = got.get(BM + "about")
        if isinstance(about, ox.NamedNode):  # a concept, named on the page by its label
            duty.text = about.value
        else:
            duty.text = text(BM + "about", BM + "task", BM + "actionText", DCT + "description")
        frequency = got.get(BM + "frequency")
        duty.frequency = frequency.value if isinstance(frequency, ox.NamedNode) else text(BM + "frequencyText")
        basis = got.get(BM + "basis") or got.get(BM + "instrument")
        duty.basis = Value(basis.value, iri=basis.value) if isinstance(basis, ox.NamedNode) else None
        duty.deadline = text(BM + "deadline", BM + "deadlineText", BM + "deadlineEnd")
        duty.article = next((value(o) for p, o in got.items() if isinstance(o, ox.Literal)
                             and "article" in p.rsplit("#", 1)[-1].lower()), "")
        duty.start, duty.end = text(SCHEMA + "startDate"), text(SCHEMA + "endDate")
    return sorted(duties.values(), key=lambda d: (d.role, bool(d.end), d.text, d.start))


def _events(view: GraphView, node: str) -> list[EventRow]:
    """Restructure events: territory given or taken (whole or part), or the unit ended or formed."""
    rows = view.rows(f"""
SELECT ?ev ?role ?other ?whole WHERE {{
  {{ ?sh bm:fromUnit {node} ; bm:partOfEvent ?ev . OPTIONAL {{ ?sh bm:toUnit ?other }}
     OPTIONAL {{ ?sh bm:whole ?whole }} BIND("to" AS ?role) }}
  UNION {{ ?sh bm:toUnit {node} ; bm:partOfEvent ?ev . OPTIONAL {{ ?sh bm:fromUnit ?other }}
     OPTIONAL {{ ?sh bm:whole ?whole }} BIND("from" AS ?role) }}
  UNION {{ ?ev bm:originalUnit|org:originalOrganization {node} BIND("ended" AS ?role)
     OPTIONAL {{ ?ev bm:resultingUnit|org:resultingOrganization ?other }} }}
  UNION {{ ?ev bm:resultingUnit|org:resultingOrganization {node} BIND("created" AS ?role)
     OPTIONAL {{ ?ev bm:originalUnit|org:originalOrganization ?other }} }}
}} LIMIT {MAX_FACTS}""")
    if not rows:
        return []
    shared = {value(r["ev"]) for r in rows if value(r["role"]) in ("to", "from")}
    found: dict[tuple[str, str, str], EventRow] = {}
    for row in rows:
        ev, role = value(row["ev"]), value(row["role"])
        if role in ("ended", "created") and ev in shared:
            continue  # the territory shares say more
        whole = row.get("whole")
        key = (ev, role, value(whole))
        item = found.setdefault(key, EventRow(Value(ev, iri=ev), "", role,
                                              whole=None if whole is None else value(whole) in ("true", "1")))
        other = row.get("other")
        if isinstance(other, ox.NamedNode) and other.value != node.strip("<>") \
                and all(v.iri != other.value for v in item.others):
            item.others.append(Value(other.value, iri=other.value))
    info = {value(r["ev"]): r for r in view.rows(f"""
SELECT ?ev (SAMPLE(?t) AS ?type) (SAMPLE(?d) AS ?date) (SAMPLE(?i) AS ?instrument) WHERE {{
  VALUES ?ev {{ {_in({k[0] for k in found})} }}
  OPTIONAL {{ ?ev a ?t }} OPTIONAL {{ ?ev bm:effectiveDate ?d }}
  OPTIONAL {{ ?ev <{M8G}hasFormalFramework>|bm:instrument ?i }}
}} GROUP BY ?ev""")}
    for (ev, _, _), item in found.items():
        r = info.get(ev, {})
        item.kind = value(r.get("type"))
        item.date = value(r.get("date"))
        if r.get("instrument") is not None:
            item.instrument = Value(value(r["instrument"]), iri=value(r["instrument"]))
    return list(found.values())


def _document_sentences(view: GraphView, node: str) -> list[Row]:
    """A document's sentences that facts were read from, in reading order, with those facts."""
    return view.rows(f"""
SELECT ?sent ?i ?text ?fact WHERE {{
  ?sent oa:hasSource {node} .
  OPTIONAL {{ ?sent bm:index ?i }} OPTIONAL {{ ?sent bm:text ?text }}
  OPTIONAL {{ ?fact prov:wasDerivedFrom ?sent FILTER NOT EXISTS {{ ?fact bm:reviewStatus bms:rejected }} }}
}} LIMIT {MAX_FACTS}""")


def _group_document(rows: list[Row], labeller: Labeller) -> list[DocSentence]:
    found: dict[str, DocSentence] = {}
    order: dict[str, float] = {}
    for row in rows:
        iri = value(row["sent"])
        item = found.setdefault(iri, DocSentence(iri, value(row.get("text"))))
        index = value(row.get("i"))
        order[iri] = float(index) if index.replace(".", "", 1).isdigit() else float("inf")
        fact = row.get("fact")
        if isinstance(fact, ox.NamedNode) and all(v.iri != fact.value for v in item.facts):
            item.facts.append(labeller.value(fact))
    return sorted(found.values(), key=lambda d: (order[d.iri], d.iri))


def _sentences(view: GraphView, facts: set[str]) -> list[Row]:
    return view.rows(f"""
SELECT DISTINCT ?fact ?sent ?text ?doc ?url WHERE {{
  VALUES ?fact {{ {_in(facts)} }}
  ?fact prov:wasDerivedFrom ?sent .
  ?sent bm:text ?text
  OPTIONAL {{ ?sent oa:hasSource ?doc OPTIONAL {{ ?doc schema:url ?url }} }}
}} ORDER BY ?fact ?sent LIMIT {MAX_FACTS}""")


def describe_triples(view: GraphView, iri: str) -> list[ox.Triple]:
    """The RDF served for an IRI: its outgoing triples and (up to a limit) the ones pointing at it."""
    node = str(ox.NamedNode(iri))
    return view.triples(f"""
CONSTRUCT {{ {node} ?p ?o . ?s ?q {node} }} WHERE {{
  {{ {node} ?p ?o }} UNION {{ SELECT ?s ?q WHERE {{ ?s ?q {node} }} LIMIT {MAX_IN} }}
}}""")
