"""Restructure events, each citing its instrument, with the territorial shares behind them.

Generated from the conversion data: the 2025 province arrangement (63 to 34), one event per
new commune with a ``bm:TerritorialShare`` per old unit (whole or part), and the end of the
district tier. From ``curated/``: events such as the formation of Thủ Đức city, and the
People's Council abolitions of the urban-government resolutions. A new unit ``bm:succeeds``
every unit it took territory from, so predecessors and successors are one hop away.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

import pyoxigraph as ox

from bomay.loaders.reference import terms as t
from bomay.loaders.reference.bodies import body_slug_of
from bomay.loaders.reference.curated import curated_events, urban_government
from bomay.loaders.reference.data import load_raw
from bomay.loaders.reference.rdf import instrument_node
from bomay.loaders.reference.records import BodyRecord, UnitRecord, body_iri, unit_iri
from bomay.loaders.reference.units import ERA2025_START, era_of
from bomay.namespaces import ID

SUCCEEDS = t.bm("succeeds")
CARRIED_BODIES = ("party-committee", "peoples-council", "peoples-committee")
TYPE_WORDS = {"quan": "quận", "phuong": "phường", "thanh-pho-thuoc-thanh-pho": "thành phố thuộc thành phố",
              "huyen": "huyện", "xa": "xã", "thi-tran": "thị trấn", "thi-xa": "thị xã"}


class _Events(t.Triples):
    def event(self, key: str, cls: str, effective: str, frameworks: list[str], title: str | None = None
              ) -> ox.NamedNode:
        s = t.N(f"{ID}event/{key}")
        self.add(s, t.A, t.bm(cls))
        self.add(s, t.bm("effectiveDate"), t.date(effective))
        for key_ in frameworks:
            self.add(s, t.FORMAL_FRAMEWORK, instrument_node(key_))
        if title:
            self.add(s, t.PREF, t.vi(title))
        return s

    def share(self, event: ox.NamedNode, old: str, new: str, whole: bool) -> None:
        s = t.N(f"{event.value}/from/{old.rsplit('/', 2)[-2]}-{old.rsplit('/', 1)[-1]}")
        self.add(s, t.A, t.bm("TerritorialShare"))
        self.add(s, t.bm("fromUnit"), t.N(old))
        self.add(s, t.bm("toUnit"), t.N(new))
        self.add(s, t.bm("whole"), t.TRUE if whole else t.FALSE)
        self.add(s, t.bm("partOfEvent"), event)
        self.add(t.N(new), SUCCEEDS, t.N(old))

    def bodies(self, event: ox.NamedNode, prop: ox.NamedNode, unit: str, existing: set[str]) -> None:
        era, code = unit.rsplit("/", 2)[-2:]
        for slug in CARRIED_BODIES:
            iri = body_iri(era, code, slug)
            if iri in existing:
                self.add(event, prop, t.N(iri))


def _province_events(out: _Events, existing: set[str]) -> None:
    raw = load_raw()
    names = {u.code: u.name for u in raw.new_units if u.level == "province"}
    for new_code, old_codes in sorted(raw.province_sources.items()):
        cls = "Merger" if len(old_codes) > 1 else "RestructureEvent"
        ev = out.event(f"2025/province/{new_code}", cls, ERA2025_START, ["nq-202-2025-qh15"],
                       f"Sắp xếp đơn vị hành chính cấp tỉnh năm 2025: {names[new_code]}")
        new = unit_iri("2025", new_code)
        out.add(ev, t.bm("resultingUnit"), t.N(new))
        out.bodies(ev, t.RESULTING_ORG, new, existing)
        for old_code in old_codes:
            old = unit_iri("pre2025", old_code)
            out.add(ev, t.bm("originalUnit"), t.N(old))
            out.bodies(ev, t.ORIGINAL_ORG, old, existing)
            out.share(ev, old, new, True)
            for slug in CARRIED_BODIES:
                out.add(t.N(body_iri("2025", new_code, slug)), SUCCEEDS, t.N(body_iri("pre2025", old_code, slug)))


def _commune_events(out: _Events, units: dict[str, UnitRecord]) -> None:
    by_new: dict[str, list[tuple[str, bool]]] = defaultdict(list)
    for share in load_raw().commune_shares:
        by_new[share.new_code].append((unit_iri("pre2025", share.old_code), share.whole))
    for new_code, sources in sorted(by_new.items()):
        new = unit_iri("2025", new_code)
        if len(sources) > 1:
            cls = "Merger"
        elif not sources[0][1]:
            cls = "Split"
        elif units[sources[0][0]].name != units[new].name:
            cls = "Renaming"
        else:
            cls = "RestructureEvent"
        ev = out.event(f"2025/commune/{new_code}", cls, ERA2025_START, ["ubtvqh-2025-cap-xa"])
        out.add(ev, t.bm("resultingUnit"), t.N(new))
        for old, whole in sources:
            out.add(ev, t.bm("originalUnit"), t.N(old))
            out.share(ev, old, new, whole)


def _tier_abolition(out: _Events, units: tuple[UnitRecord, ...], existing: set[str]) -> None:
    ev = out.event("2025/district-tier", "TierAbolition", ERA2025_START, ["luat-72-2025-qh15", "nq-203-2025-qh15"],
                   "Kết thúc hoạt động của đơn vị hành chính cấp huyện (chính quyền địa phương hai cấp)")
    for unit in units:
        if unit.level == "district" and era_of(unit.iri) == "pre2025":
            out.add(ev, t.bm("originalUnit"), t.N(unit.iri))
            for slug in ("peoples-council", "peoples-committee"):
                iri = body_iri("pre2025", unit.code, slug)
                if iri in existing:
                    out.add(ev, t.ORIGINAL_ORG, t.N(iri))


def _curated(out: _Events, existing: set[str]) -> None:
    for e in curated_events():
        ev = out.event(e.key, e.type, e.effective, [e.instrument], e.title or None)
        for ref in e.original_units:
            old = unit_iri(*ref.split("/"))
            out.add(ev, t.bm("originalUnit"), t.N(old))
            out.bodies(ev, t.ORIGINAL_ORG, old, existing)
        for ref in e.resulting_units:
            new = unit_iri(*ref.split("/"))
            out.add(ev, t.bm("resultingUnit"), t.N(new))
            out.bodies(ev, t.RESULTING_ORG, new, existing)
        if len(e.resulting_units) == 1:
            new = unit_iri(*e.resulting_units[0].split("/"))
            for ref in e.original_units:
                out.share(ev, unit_iri(*ref.split("/")), new, True)


def _council_abolitions(out: _Events, bodies: tuple[BodyRecord, ...], units: dict[str, UnitRecord]) -> None:
    for rule in urban_government():
        era, code = rule.province.split("/")
        ended = [
            b for b in bodies
            if body_slug_of(b) == "peoples-council" and b.end == rule.council_end and b.unit_iri
            and units[b.unit_iri].unit_type in rule.unit_types and units[b.unit_iri].province_code == code
        ]
        if not ended:
            continue
        effective = (dt.date.fromisoformat(rule.council_end) + dt.timedelta(days=1)).isoformat()
        name = units[unit_iri(era, code)].name
        ev = out.event(f"{effective[:4]}/urban-government/{code}", "Abolition", effective, list(rule.instruments),
                       f"Không tổ chức Hội đồng nhân dân ở "
                       f"{', '.join(TYPE_WORDS.get(x, x) for x in sorted(rule.unit_types))} tại {name}")
        for b in ended:
            out.add(ev, t.ORIGINAL_ORG, t.N(b.iri))


def event_triples(units: tuple[UnitRecord, ...], bodies: tuple[BodyRecord, ...]) -> list[ox.Triple]:
    out = _Events()
    existing = {b.iri for b in bodies}
    by_iri = {u.iri: u for u in units}
    _province_events(out, existing)
    _commune_events(out, by_iri)
    _tier_abolition(out, units, existing)
    _curated(out, existing)
    _council_abolitions(out, bodies, by_iri)
    return out.items
