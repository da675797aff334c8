"""Administrative units of both eras as records and as triples.

Eras: ``pre2025`` (three tiers, the data as it stood in early 2025, valid until 2025-06-30),
``2025`` (two tiers from 2025-07-01) and ``pre2021`` (curated units that ended before, such
as Quận 2). A unit's start date is recorded only when a curated event gives it.
"""

from __future__ import annotations

from functools import lru_cache

import pyoxigraph as ox

from bomay.graph.store import GraphPart
from bomay.loaders.reference import terms as t
from bomay.loaders.reference.curated import curated_events, historic_units
from bomay.loaders.reference.data import RawUnit, load_raw
from bomay.loaders.reference.records import UnitRecord, unit_iri
from bomay.namespaces import DCT, graph_iri
from bomay.searchkeys import with_search_keys
from bomay.textnorm import strip_diacritics

PRE2025_END = "2025-06-30"
ERA2025_START = "2025-07-01"
GRAPH_PRE2025 = graph_iri("reference", "units-pre2025")
GRAPH_2025 = graph_iri("reference", "units-2025")
DATA_SOURCE = "https://pypi.org/project/vietnamadminunits/1.0.4/"

IS_PART_OF = t.N(DCT + "isPartOf")
LEVEL_SLUGS = ("central", "province", "district", "commune")
_COMMUNE_TYPES = {"Phường": "phuong", "Xã": "xa", "Thị trấn": "thi-tran", "Đặc khu": "dac-khu"}
_DISTRICT_TYPES = {"Quận": "quan", "Huyện": "huyen", "Thị xã": "thi-xa"}


def type_slug(raw: RawUnit, province_is_city: bool) -> str:
    """The bmu: unit-type slug of a unit from its type word and, for cities, its parent."""
    if raw.level == "province":
        return "thanh-pho-truc-thuoc-trung-uong" if raw.type_word == "Thành phố" else "tinh"
    if raw.level == "district":
        if raw.type_word == "Thành phố":
            return "thanh-pho-thuoc-thanh-pho" if province_is_city else "thanh-pho-thuoc-tinh"
        return _DISTRICT_TYPES[raw.type_word]
    return _COMMUNE_TYPES[raw.type_word]


@lru_cache(maxsize=1)
def _raw_by_iri() -> dict[str, RawUnit]:
    raw = load_raw()
    out = {unit_iri("pre2025", u.code): u for u in raw.old_units}
    out.update({unit_iri("2025", u.code): u for u in raw.new_units})
    return out


def _curated_starts() -> dict[str, str]:
    starts: dict[str, str] = {}
    for event in curated_events():
        for ref in event.resulting_units:
            era, code = ref.split("/")
            starts[unit_iri(era, code)] = event.effective
    return starts


@lru_cache(maxsize=1)
def unit_records() -> tuple[UnitRecord, ...]:
    """Every unit of every era, provinces first, in code order within an era."""
    raw = load_raw()
    starts = _curated_starts()
    records: list[UnitRecord] = []
    for era, units, end, start in (("pre2025", raw.old_units, PRE2025_END, None),
                                   ("2025", raw.new_units, None, ERA2025_START)):
        cities = {u.code for u in units if u.level == "province" and u.type_word == "Thành phố"}
        for u in units:
            iri = unit_iri(era, u.code)
            records.append(UnitRecord(
                iri=iri, code=u.code, name=u.name, unit_type=type_slug(u, u.province_code in cities),
                level=u.level, parent_iri=unit_iri(era, u.parent_code) if u.parent_code else None,
                province_code=u.province_code, start=starts.get(iri, start), end=end,
            ))
    for h in historic_units():
        parent_era, parent_code = h.parent.split("/")
        records.append(UnitRecord(
            iri=unit_iri(h.era, h.code), code=h.code, name=h.name, unit_type=h.unit_type, level=h.level,
            parent_iri=unit_iri(parent_era, parent_code), province_code=parent_code if h.level == "district"
            else "", start=h.start, end=h.end,
        ))
    return tuple(records)


def era_of(iri: str) -> str:
    return iri.rsplit("/", 2)[-2]


def _province_of(rec: UnitRecord, by_iri: dict[str, UnitRecord]) -> str | None:
    parent = by_iri.get(rec.parent_iri) if rec.parent_iri else None
    while parent is not None and parent.level != "province":
        parent = by_iri.get(parent.parent_iri) if parent.parent_iri else None
    return parent.iri if parent is not None else None


def _unit_triples(rec: UnitRecord, raw: RawUnit | None, province: str | None) -> list[ox.Triple]:
    out = t.Triples()
    s = t.N(rec.iri)
    out.add(s, t.A, t.bm("AdminUnit"))
    out.add(s, t.PREF, t.vi(rec.name))
    out.add(s, t.HIDDEN, ox.Literal(strip_diacritics(rec.name)))
    out.add(s, t.NOTATION, ox.Literal(rec.code, datatype=t.UNIT_CODE))
    out.add(s, t.bm("unitType"), t.unit_type(rec.unit_type))
    out.add(s, t.bm("level"), t.level(rec.level))
    if rec.parent_iri:
        out.add(s, t.bm("parentUnit"), t.N(rec.parent_iri))
    if province:
        out.add(s, IS_PART_OF, t.N(province))
    out.dates(s, rec.start, rec.end)
    if raw is not None:
        if rec.level == "province" and raw.short != rec.name:
            out.add(s, t.ALT, t.vi(raw.short))
        if raw.lat is not None and raw.lon is not None:
            out.add(s, t.LAT, t.decimal(raw.lat))
            out.add(s, t.LON, t.decimal(raw.lon))
        if raw.area_km2:
            out.add(s, t.bm("areaKm2"), t.decimal(raw.area_km2))
    return out.items


def unit_parts() -> list[GraphPart]:
    """Two named graphs: units before 2025-07-01 (incl. curated older ones) and from it.

    Besides ``bm:parentUnit``, every district and commune gets ``dct:isPartOf`` its province
    (the materialised closure of the parent chain), so "units of a province" is one index
    lookup; and each level concept gets its English slug as ``skos:hiddenLabel`` so the
    ``units`` query can take ``level=commune`` as a plain string.
    """
    raw = _raw_by_iri()
    records = unit_records()
    by_iri = {r.iri: r for r in records}
    by_graph: dict[str, list[ox.Triple]] = {GRAPH_PRE2025: [], GRAPH_2025: []}
    for rec in records:
        graph = GRAPH_2025 if era_of(rec.iri) == "2025" else GRAPH_PRE2025
        by_graph[graph].extend(_unit_triples(rec, raw.get(rec.iri) if era_of(rec.iri) != "pre2021" else None,
                                             _province_of(rec, by_iri)))
    by_graph[GRAPH_2025].extend(ox.Triple(t.level(slug_), t.HIDDEN, ox.Literal(slug_)) for slug_ in LEVEL_SLUGS)
    parts = []
    for graph, triples in by_graph.items():
        g = t.N(graph)
        triples.append(ox.Triple(g, t.DCT_SOURCE, t.N(DATA_SOURCE)))
        parts.append(GraphPart(graph, with_search_keys(triples), "administrative units"))
    return parts
