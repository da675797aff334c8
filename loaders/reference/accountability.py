"""Lines of accountability fixed by law, between the reference bodies, with validity and basis.

Each line is a ``bm:Subordination`` node (subordinate, superior, kind, basis instrument,
dates) plus the plain shortcut its kind names in the vocabulary (``org:subOrganizationOf``,
``org:reportsTo`` upwards; ``bm:leads`` downwards), so generic ORG tools see an org chart and
dated questions can use the nodes. A line is valid while both of its bodies exist.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pyoxigraph as ox

from bomay.loaders.reference import terms as t
from bomay.loaders.reference.bodies import body_slug_of
from bomay.loaders.reference.curated import national_bodies
from bomay.loaders.reference.national import national_records
from bomay.loaders.reference.rdf import instrument_node
from bomay.loaders.reference.records import BodyRecord, UnitRecord
from bomay.loaders.reference.units import era_of
from bomay.namespaces import ID

UPWARD = {
    "party-subordination": t.SUB_ORG, "part-of": t.SUB_ORG, "organ-of": t.SUB_ORG,
    "answers-to-council": t.REPORTS_TO, "answers-to-higher-committee": t.REPORTS_TO,
}
DOWNWARD = {"party-leadership": t.bm("leads")}
PARTY_CHARTER = "dieu-le-dang-2011"
CONSTITUTION = "hien-phap-2013"
LOCAL_GOVERNMENT_LAW = {"pre2021": "luat-77-2015-qh13", "pre2025": "luat-77-2015-qh13", "2025": "luat-72-2025-qh15"}
DEPARTMENT_DECREE = {"pre2025": "nd-24-2014-nd-cp", "2025": "nd-150-2025-nd-cp"}
PARTY_ORGANS = ("standing-board", "inspection-commission", "organisation-commission", "propaganda-commission",
                "mass-mobilisation-commission", "party-office", "party-delegation", "party-affairs-committee")


@dataclass(frozen=True)
class Line:
    kind: str  # bmx: relation slug
    subordinate: BodyRecord
    superior: BodyRecord
    basis: str  # instrument key

    @property
    def start(self) -> str | None:
        starts = [d for d in (self.subordinate.start, self.superior.start) if d]
        return max(starts) if starts else None

    @property
    def end(self) -> str | None:
        ends = [d for d in (self.subordinate.end, self.superior.end) if d]
        return min(ends) if ends else None

    @property
    def iri(self) -> str:
        return f"{ID}line/{self.subordinate.iri.removeprefix(ID + 'body/')}/{self.kind}"


def _unit_lines(unit: UnitRecord, by_unit: dict[str, dict[str, BodyRecord]], parent: UnitRecord | None,
                national: dict[str, BodyRecord], departments: list[BodyRecord]) -> Iterator[Line]:
    era = era_of(unit.iri)
    bodies = by_unit[unit.iri]
    law = LOCAL_GOVERNMENT_LAW[era]
    pc, council, committee = bodies["party-committee"], bodies.get("peoples-council"), bodies["peoples-committee"]
    if parent is not None:
        above = by_unit[parent.iri]
        yield Line("party-subordination", pc, above["party-committee"], PARTY_CHARTER)
        yield Line("answers-to-higher-committee", committee, above["peoples-committee"], law)
    else:
        yield Line("party-subordination", pc, national["ban-chap-hanh-trung-uong-dang"], PARTY_CHARTER)
        yield Line("answers-to-higher-committee", committee, national["chinh-phu"], law)
    for slug in PARTY_ORGANS:
        if slug in bodies:
            yield Line("part-of", bodies[slug], pc, PARTY_CHARTER)
    if "committee-party-committee" in bodies:
        yield Line("party-subordination", bodies["committee-party-committee"], pc, PARTY_CHARTER)
    if "standing-members" in bodies:
        yield Line("part-of", bodies["standing-members"], bodies["standing-board"], PARTY_CHARTER)
    if council is not None:
        yield Line("answers-to-council", committee, council, law)
        yield Line("party-leadership", council, pc, CONSTITUTION)
        if "council-standing" in bodies:
            yield Line("part-of", bodies["council-standing"], council, law)
    yield Line("party-leadership", committee, pc, CONSTITUTION)
    yield Line("party-leadership", bodies["fatherland-front"], pc, CONSTITUTION)
    for dept in departments:
        yield Line("organ-of", dept, committee, DEPARTMENT_DECREE[era])


def lines(units: tuple[UnitRecord, ...], bodies: tuple[BodyRecord, ...]) -> list[Line]:
    """Every line between the given bodies, and between provinces and the national bodies."""
    by_unit: dict[str, dict[str, BodyRecord]] = {}
    departments: dict[str, list[BodyRecord]] = {}
    for rec in bodies:
        if rec.unit_iri is None:
            continue
        slug = body_slug_of(rec)
        if slug == "so":
            departments.setdefault(rec.unit_iri, []).append(rec)
        else:
            by_unit.setdefault(rec.unit_iri, {})[slug] = rec
    national = {rec.iri.rsplit("/", 1)[-1]: rec for rec in national_records()}
    unit_by_iri = {u.iri: u for u in units}
    out: list[Line] = []
    for unit in units:
        parent = unit_by_iri.get(unit.parent_iri) if unit.parent_iri else None
        out.extend(_unit_lines(unit, by_unit, parent, national, departments.get(unit.iri, [])))
    for b in national_bodies():
        if b.parent and b.relation:
            out.append(Line(b.relation, national[b.slug], national[b.parent], b.instrument))
    return out


def line_triples(all_lines: list[Line]) -> list[ox.Triple]:
    out = t.Triples()
    cls, sub_p, sup_p = t.bm("Subordination"), t.bm("subordinate"), t.bm("superior")
    kind_p, basis_p = t.bm("relationKind"), t.bm("basis")
    kinds = {k: t.relation(k) for k in (*UPWARD, *DOWNWARD)}
    bases: dict[str, ox.NamedNode] = {}
    for line in all_lines:
        s = t.N(line.iri)
        sub, sup = t.N(line.subordinate.iri), t.N(line.superior.iri)
        out.add(s, t.A, cls)
        out.add(s, sub_p, sub)
        out.add(s, sup_p, sup)
        out.add(s, kind_p, kinds[line.kind])
        if line.basis not in bases:
            bases[line.basis] = instrument_node(line.basis)
        out.add(s, basis_p, bases[line.basis])
        out.dates(s, line.start, line.end)
        if line.kind in UPWARD:
            out.add(sub, UPWARD[line.kind], sup)
        else:
            out.add(sup, DOWNWARD[line.kind], sub)
    return out.items
