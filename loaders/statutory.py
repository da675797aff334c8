"""``bomay build`` source ``statutory``: the duties the law gives every body, from the templates.

Each template of ``curated/statutory_duties.csv`` is instantiated over every body of the kind
it names, in every unit of its era and level, as one ``bm:ReportingObligation`` (reporter →
recipient) or ``bm:Mandate`` (assigner → assignee) per holder. The other end is found the way
the lines of accountability find it (``loaders/reference/accountability.py``): the same unit's body, the
parent unit's (a province's parent is the national body of that kind), a named national body,
or the ministry whose name matches a department's. A fact is valid while both bodies exist,
the template's dates hold and its instrument is in force, so a commune People's Committee
reports to the district until 2025-06-30 and to the province from 2025-07-01. Every fact cites
its instrument (``bm:basis``, also ``prov:wasDerivedFrom``) and article (``bm:basisArticle``).

IRIs: ``id/statutory/{template key}/{holder body path}``, e.g.
``id/statutory/ubnd-bao-cao-cap-tren-nam/2025/26734/peoples-committee``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pyoxigraph as ox

from bomay.graph.store import GraphPart
from bomay.loaders.reference import terms as t
from bomay.loaders.reference.bodies import body_slug_of, unit_bodies
from bomay.loaders.reference.curated import instruments
from bomay.loaders.reference.national import national_records
from bomay.loaders.reference.rdf import instrument_node
from bomay.loaders.reference.records import BodyRecord, UnitRecord
from bomay.loaders.reference.units import era_of, unit_records
from bomay.loaders.statutory_templates import NOT_GENERATED, Template, templates
from bomay.namespaces import FREQUENCY, ID, PROV, TOPIC, graph_iri

GRAPH = graph_iri("statutory", "duties")
# The body a province's "parent" is, per kind (as in the lines of accountability).
NATIONAL_PARENT = {"party-committee": "ban-chap-hanh-trung-uong-dang", "peoples-committee": "chinh-phu",
                   "inspection-commission": "uy-ban-kiem-tra-trung-uong"}


@dataclass(frozen=True)
class Duty:
    template: Template
    holder: BodyRecord  # reporter or assignee
    counterpart: BodyRecord  # recipient or assigner
    start: str | None
    end: str | None

    @property
    def iri(self) -> str:
        return f"{ID}statutory/{self.template.key}/{self.holder.iri.removeprefix(ID + 'body/')}"


def _overlap(template: Template, *bodies: BodyRecord) -> tuple[str | None, str | None] | None:
    in_force = instruments()[template.instrument].in_force
    starts = [d for d in (template.start, in_force, *(b.start for b in bodies)) if d]
    ends = [d for d in (template.end, *(b.end for b in bodies)) if d]
    start, end = (max(starts) if starts else None), (min(ends) if ends else None)
    if start and end and start > end:
        return None
    return start, end


class _Index:
    """The bodies of every unit by kind, departments by unit, national bodies and ministries."""

    def __init__(self, units: tuple[UnitRecord, ...], bodies: tuple[BodyRecord, ...]) -> None:
        self.units = units
        self.unit_by_iri = {u.iri: u for u in units}
        self.by_unit: dict[str, dict[str, BodyRecord]] = {}
        self.departments: dict[str, list[BodyRecord]] = {}
        for rec in bodies:
            if rec.unit_iri is None:
                continue
            slug = body_slug_of(rec)
            if slug == "so":
                self.departments.setdefault(rec.unit_iri, []).append(rec)
            else:
                self.by_unit.setdefault(rec.unit_iri, {})[slug] = rec
        self.national = {rec.iri.rsplit("/", 1)[-1]: rec for rec in national_records()}
        self.ministries: dict[str, list[BodyRecord]] = {}
        for rec in self.national.values():
            if rec.name.startswith("Bộ "):
                self.ministries.setdefault(rec.name.removeprefix("Bộ "), []).append(rec)

    def holders(self, unit: UnitRecord, holder: str) -> list[BodyRecord]:
        if holder == "so":
            return self.departments.get(unit.iri, [])
        body = self.by_unit.get(unit.iri, {}).get(holder)
        return [body] if body else []

    def counterparts(self, unit: UnitRecord, holder: BodyRecord, spec: str) -> list[BodyRecord]:
        if spec == "ministry":
            # "Sở Y tế Thành phố Hồ Chí Minh" → "Bộ Y tế": the department's name without the place.
            place = unit.name
            field = holder.name.removeprefix("Sở ")
            if holder.name == field:
                return []
            for sector, ministries in self.ministries.items():
                if field.startswith(sector + " ") and field[len(sector) + 1:].lower() == place.lower():
                    return ministries
            return []
        scope, _, kind = spec.partition(":")
        if scope == "national":
            return [self.national[kind]]
        if scope == "same":
            body = self.by_unit.get(unit.iri, {}).get(kind)
            return [body] if body else []
        parent = self.unit_by_iri.get(unit.parent_iri) if unit.parent_iri else None
        if parent is None:
            return [self.national[NATIONAL_PARENT[kind]]] if kind in NATIONAL_PARENT else []
        body = self.by_unit.get(parent.iri, {}).get(kind)
        return [body] if body else []


def duties(units: tuple[UnitRecord, ...] | None = None,
           bodies: tuple[BodyRecord, ...] | None = None) -> list[Duty]:
    """Every statutory duty of the given bodies (by default all reference bodies), in a fixed order."""
    index = _Index(units if units is not None else unit_records(), bodies if bodies is not None else unit_bodies())
    active = [tpl for tpl in templates() if tpl.holder not in NOT_GENERATED]
    out: list[Duty] = []
    for unit in index.units:
        era = era_of(unit.iri)
        for tpl in active:
            if not tpl.applies_to(era, unit.level):
                continue
            for holder in index.holders(unit, tpl.holder):
                for other in index.counterparts(unit, holder, tpl.counterpart):
                    if other.iri == holder.iri:
                        continue
                    window = _overlap(tpl, holder, other)
                    if window is not None:
                        out.append(Duty(tpl, holder, other, *window))
    return out


def duty_quads(all_duties: list[Duty], graph: str = GRAPH) -> list[ox.Quad]:
    """The duties as quads of ``graph``, made directly (about 1.3 million: no triple stage).

    What a template says is the same for all its facts, so its terms are made once; body IRIs
    are made once per body."""
    g = t.N(graph)
    ends = {"reporting": (t.bm("reporter"), t.bm("recipient")), "mandate": (t.bm("assignee"), t.bm("assigner"))}
    shared: dict[str, list[tuple[ox.NamedNode, ox.NamedNode | ox.Literal]]] = {}
    nodes: dict[str, ox.NamedNode] = {}
    dates: dict[str, ox.Literal] = {}
    out: list[ox.Quad] = []
    quad = ox.Quad
    for duty in all_duties:
        tpl = duty.template
        if tpl.key not in shared:
            shared[tpl.key] = template_terms(tpl)
        s = t.N(duty.iri)
        for p, o in shared[tpl.key]:
            out.append(quad(s, p, o, g))
        holder_p, other_p = ends[tpl.kind]
        for p, iri in ((holder_p, duty.holder.iri), (other_p, duty.counterpart.iri)):
            node = nodes.get(iri)
            if node is None:
                node = nodes[iri] = t.N(iri)
            out.append(quad(s, p, node, g))
        for p, day in ((t.START, duty.start), (t.END, duty.end)):
            if day:
                lit = dates.get(day)
                if lit is None:
                    lit = dates[day] = t.date(day)
                out.append(quad(s, p, lit, g))
    return out


def template_terms(tpl: Template) -> list[tuple[ox.NamedNode, ox.NamedNode | ox.Literal]]:
    """The predicate-object pairs every fact of a template shares: class, text, topics, frequency, basis."""
    inst = instrument_node(tpl.instrument)
    reporting = tpl.kind == "reporting"
    out: list[tuple[ox.NamedNode, ox.NamedNode | ox.Literal]] = [
        (t.A, t.bm("ReportingObligation" if reporting else "Mandate")),
        (t.bm("about" if reporting else "task"), ox.Literal(tpl.about)),
        *((t.bm("topic"), t.N(TOPIC + slug)) for slug in tpl.topics),
        (t.bm("basis"), inst), (t.N(PROV + "wasDerivedFrom"), inst),
    ]
    if tpl.article:
        out.append((t.bm("basisArticle"), ox.Literal(tpl.article)))
    if tpl.frequency:
        out.append((t.bm("frequency"), t.N(FREQUENCY + tpl.frequency)))
    if tpl.frequency_text:
        out.append((t.bm("frequencyText"), ox.Literal(tpl.frequency_text)))
    if tpl.timing:
        out.append((t.bm("deadlineText"), ox.Literal(tpl.timing)))
    return out


class QuadPart(GraphPart):
    """A graph part made as quads (``GraphPart`` holds triples and makes quads on demand); the
    triples are derived only if a store asks for them (a remote store sends N-Triples)."""

    def __init__(self, graph: str, quads: list[ox.Quad], title: str = "") -> None:
        super().__init__(graph, [], title)
        self._quads = quads

    @property
    def triples(self) -> list[ox.Triple]:
        return [q.triple for q in self._quads]

    @triples.setter
    def triples(self, _value: list[ox.Triple]) -> None:
        pass  # the dataclass __init__ sets it; the quads are the data

    def __len__(self) -> int:
        return len(self._quads)

    def quads(self) -> Iterator[ox.Quad]:
        return iter(self._quads)


class StatutorySource:
    name = "statutory"
    title = "duties fixed by law for every body (curated/statutory_duties.csv)"

    def parts(self) -> Iterator[GraphPart]:
        yield QuadPart(GRAPH, duty_quads(duties()), "statutory duties")
