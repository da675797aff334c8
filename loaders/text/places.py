"""Administrative units and reference bodies the extractor links mentions to, built once.

The real build asks the reference loader (``bomay.loaders.reference.gazetteer``) for its unit and body
records, so linked IRIs are exactly the reference graph's. When that module is not installed
(an early checkout, a unit test) the unit names come from the ``vietnamadminunits`` dataset
and every body is minted instead of linked.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from functools import lru_cache

from bomay.loaders.reference.records import BodyRecord, UnitRecord
from bomay.loaders.text.vocabulary import vocabulary
from bomay.textnorm import fold

NEW_ERA_START = "2025-07-01"

# unit-type words as texts write them before a name, folded -> (level, bmu slug)
# (words/unit_types.csv)
UNIT_TYPE_WORDS = {fold(w): level_type for w, level_type in vocabulary().unit_types().items()}
_TYPE_PREFIXES = sorted((w.title() for w in vocabulary().unit_types()), key=len, reverse=True)


@dataclass(frozen=True)
class Place:
    """An administrative unit as the extractor needs it."""

    name: str  # full name with its type word: "Thành phố Hồ Chí Minh", "Huyện Nhà Bè"
    short: str  # without the type word: "Hồ Chí Minh", "Nhà Bè"
    level: str  # province | district | commune
    unit_type: str  # bmu slug
    province_code: str
    iri: str | None = None
    start: str | None = None
    end: str | None = None
    code: str | None = None  # the unit's own code (province "22", district "193", commune "06586")
    parent_iri: str | None = None  # the unit it lies in (a commune's district); None for provinces

    def valid_on(self, day: str | None) -> bool:
        if not day:
            return True
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    def display(self) -> str:
        """The name as it follows a body head: province names keep their capitalised type word,
        lower units are written "huyện Nhà Bè", "phường Bến Nghé"."""
        if self.level == "province":
            return self.name
        return f"{self.type_word().lower()} {self.short}".strip()

    def type_word(self) -> str:
        """The type word as the name writes it: "Huyện", "Thành phố", "Xã"."""
        return self.name[: len(self.name) - len(self.short)].strip()


@dataclass
class Gazetteer:
    """Places and reference bodies indexed for lookup by folded name."""

    provinces: dict[str, list[Place]] = field(default_factory=lambda: defaultdict(list))
    lower: dict[tuple[str, str], list[Place]] = field(default_factory=lambda: defaultdict(list))
    bodies: dict[tuple[str, str], list[BodyRecord]] = field(default_factory=lambda: defaultdict(list))
    national: dict[str, list[BodyRecord]] = field(default_factory=lambda: defaultdict(list))
    by_code: dict[str, list[Place]] = field(default_factory=lambda: defaultdict(list))
    by_iri: dict[str, Place] = field(default_factory=dict)
    lower_by_name: dict[str, list[Place]] = field(default_factory=lambda: defaultdict(list))
    linked: bool = False
    # a province formed on 2025-07-01 -> the provinces it was formed from (its own code among them when it kept
    # one): "Huyện ủy Thoại Sơn" in a 2025 text of the new An Giang (code 91, Kiên Giang's) is old An Giang's (89)
    predecessors: dict[str, tuple[str, ...]] = field(default_factory=dict)
    _types_cache: dict[tuple[str, str, str | None], set[str]] = field(default_factory=dict)

    def add_place(self, place: Place) -> None:
        if place.code:
            self.by_code[place.code].append(place)
        if place.iri:
            self.by_iri[place.iri] = place
        if place.level == "province":
            for key in {fold(place.short), fold(place.name)}:
                self.provinces[key].append(place)
        else:
            self.lower[(place.province_code, fold(place.short))].append(place)
            self.lower[(place.province_code, fold(place.name))].append(place)
            self.lower_by_name[fold(place.short)].append(place)

    def province(self, name: str, day: str | None = None) -> Place | None:
        """The province called ``name`` ("Đà Nẵng", "Thành phố Hồ Chí Minh") on ``day``; other written
        forms and former names ("Thừa Thiên Huế") by place_aliases.csv."""
        found = self.provinces.get(fold(name))
        if not found:
            target = _province_aliases().get(fold(name))
            found = self.provinces.get(fold(target)) if target else None
        place = _pick(found or [], day)
        then = _former_by_province().get(fold(place.short)) if place is not None and day is not None else None
        if place is not None and then is not None and day is not None and day < then[1]:
            # "Thừa Thiên Huế", or "Huế", in 2020: the province under the name it had then
            return _renamed(place, then[0])
        return place

    def province_by_code(self, code: str, day: str | None = None) -> Place | None:
        found = [p for ps in self.provinces.values() for p in ps if p.province_code == code]
        return _pick(found, day)

    def unit_in(self, province_code: str, name: str, day: str | None = None,
                level: str | None = None, prefer_types: frozenset[str] = frozenset()) -> Place | None:
        """A unit of a province by its bare name; of ``prefer_types`` first where a huyện and a thị xã share
        the name (Cai Lậy)."""
        found = self.lower.get((province_code, fold(name)), [])
        if level:
            found = [p for p in found if p.level == level]
        if not any(p.valid_on(day) for p in found) and day is not None and day >= NEW_ERA_START:
            # a former unit named in a text of the merged province: any of its predecessors' (the own code first)
            before = [p for code in self.predecessors.get(province_code, ()) if code != province_code
                      for p in self.lower.get((code, fold(name)), []) if not level or p.level == level]
            found = found or before
        if prefer_types:
            found = sorted(found, key=lambda p: p.unit_type not in prefer_types)
        return _pick(found, day)

    def commune_of(self, district: Place, name: str, day: str | None = None) -> Place | None:
        """A commune of one district by its bare name ("Tân Hộ Cơ" in Huyện Tân Hồng)."""
        found = [p for p in self.lower.get((district.province_code, fold(name)), [])
                 if p.level == "commune" and p.parent_iri is not None and p.parent_iri == district.iri]
        return _pick(found, day)

    def unit_by_code(self, code: str, day: str | None = None) -> Place | None:
        """A unit of any level by its official code ("79", "760", "26734")."""
        return _pick(self.by_code.get(code, []), day)

    def unit_anywhere(self, name: str, day: str | None = None) -> Place | None:
        """A lower unit by its full name ("Huyện Càng Long") when no province is given: only
        when the name is unique in the country on that day."""
        key = fold(name)
        found = [p for (_code, k), ps in self.lower.items() if k == key for p in ps if p.valid_on(day)]
        return found[0] if len({p.iri or p.name + p.province_code for p in found}) == 1 else None

    def named_anywhere(self, name: str, level: str, day: str | None = None) -> bool:
        """Whether some unit of ``level`` in the country is called ``name`` on ``day``: "Châu Thành" names
        districts of several provinces, so after "huyện" it is a place, though "Châu" is also a surname."""
        return any(p.level == level and p.valid_on(day) for p in self.lower_by_name.get(fold(name), []))

    def parent_of(self, place: Place) -> Place | None:
        """The district a commune lies in (None when unknown or for a province)."""
        return self.by_iri.get(place.parent_iri) if place.parent_iri else None

    def unit_types_in(self, province_code: str, level: str, day: str | None) -> set[str]:
        """The types of unit of ``level`` a province has on ``day`` ({"huyen", "thanh-pho-thuoc-tinh"})."""
        key = (province_code, level, day)
        if key not in self._types_cache:
            self._types_cache[key] = {p.unit_type for (code, _k), ps in self.lower.items() if code == province_code
                                      for p in ps if p.level == level and p.valid_on(day)}
        return self._types_cache[key]

    def lower_names(self, province_code: str) -> set[str]:
        return {key for (code, key) in self.lower if code == province_code}

    def body(self, kind: str, unit_iri: str | None, day: str | None) -> list[BodyRecord]:
        if not unit_iri:
            return []
        return [b for b in self.bodies.get((kind, unit_iri), []) if _valid(b.start, b.end, day)]

    def national_body(self, name: str, day: str | None) -> BodyRecord | None:
        found = [b for b in self.national.get(fold(name), []) if _valid(b.start, b.end, day)]
        return found[0] if found else None


def _valid(start: str | None, end: str | None, day: str | None) -> bool:
    return not day or ((start is None or start <= day) and (end is None or day <= end))


def _pick(places: list[Place], day: str | None) -> Place | None:
    if not places:
        return None
    valid = [p for p in places if p.valid_on(day)]
    return (valid or places)[0]


def _split_type(name: str) -> str:
    for prefix in _TYPE_PREFIXES:
        if fold(name).startswith(fold(prefix) + " "):
            return name[len(prefix):].strip()
    return name


def _from_reference(units: list[UnitRecord], bodies: list[BodyRecord],
                    predecessors: dict[str, tuple[str, ...]] | None = None) -> Gazetteer:
    gaz = Gazetteer(linked=True, predecessors=dict(predecessors or {}))
    for u in units:
        gaz.add_place(Place(u.name, _split_type(u.name), u.level, u.unit_type, u.province_code, u.iri,
                            u.start, u.end, u.code, u.parent_iri))
    for b in bodies:
        if b.level == "central" or b.unit_iri is None:
            for n in (b.name, *b.alt_names):
                gaz.national[fold(n)].append(b)
        else:
            gaz.bodies[(b.kind, b.unit_iri)].append(b)
    return gaz


def _from_dataset() -> Gazetteer:
    """Unit names from vietnamadminunits: the 63 provinces with districts and communes (valid
    until 2025-06-30) and the 34 provinces with communes (from 2025-07-01)."""
    from vietnamadminunits.database import query

    gaz = Gazetteer(linked=False)
    old_end, new_start = "2025-06-30", NEW_ERA_START
    for r in query("SELECT DISTINCT province, provinceShort, provinceCode FROM admin_units_legacy"):
        gaz.add_place(Place(r["province"], r["provinceShort"], "province", _province_type(r["province"]),
                            r["provinceCode"], None, None, old_end))
    for r in query("SELECT DISTINCT province, provinceShort, provinceCode FROM admin_units"):
        gaz.add_place(Place(r["province"], r["provinceShort"], "province", _province_type(r["province"]),
                            r["provinceCode"], None, new_start, None))
    for r in query("SELECT DISTINCT provinceCode, district, districtShort FROM admin_units_legacy"):
        gaz.add_place(Place(r["district"], r["districtShort"], "district", _lower_type(r["district"]),
                            r["provinceCode"], None, None, old_end))
    for r in query("SELECT provinceCode, ward, wardShort FROM admin_units_legacy WHERE ward IS NOT NULL"):
        gaz.add_place(Place(r["ward"], r["wardShort"], "commune", _lower_type(r["ward"]),
                            r["provinceCode"], None, None, old_end))
    for r in query("SELECT provinceCode, ward, wardShort FROM admin_units WHERE ward IS NOT NULL"):
        gaz.add_place(Place(r["ward"], r["wardShort"], "commune", _lower_type(r["ward"]),
                            r["provinceCode"], None, new_start, None))
    return gaz


def _province_type(name: str) -> str:
    return "thanh-pho-truc-thuoc-trung-uong" if fold(name).startswith("thanh pho") else "tinh"


def _lower_type(name: str) -> str:
    f = fold(name)
    for word, (_level, slug) in sorted(UNIT_TYPE_WORDS.items(), key=lambda kv: -len(kv[0])):
        if f.startswith(word + " "):
            return "thanh-pho-thuoc-tinh" if word == "thanh pho" else slug
    return "xa"


@lru_cache(maxsize=1)
def _province_aliases() -> dict[str, str]:
    return {fold(alias): province for alias, province in vocabulary().place_aliases().items()}


@lru_cache(maxsize=1)
def _former_by_province() -> dict[str, tuple[str, str]]:
    """A province's former full name and the day it ended, by the province's present short name."""
    targets = vocabulary().place_aliases()
    return {fold(targets[alias]): v for alias, v in vocabulary().former_province_names().items() if alias in targets}


def unlisted_unit(word: str, short: str, province_code: str) -> Place:
    """A lower unit the gazetteer does not hold (an unknown name, or one dissolved before its snapshot), named as
    written: its type word gives its level and type, "thành phố" below a province being a provincial city."""
    key = fold(word)
    if key in ("thanh pho", "tp"):
        return Place(f"Thành phố {short}", short, "district", "thanh-pho-thuoc-tinh", province_code)
    level, unit_type = UNIT_TYPE_WORDS.get(key, ("district", "huyen"))
    return Place(f"{word.capitalize()} {short}", short, level, unit_type, province_code)


def as_named(place: Place, former: str) -> Place:
    """The unit under the full name a document gives it ("Huyện Mộc Châu" before it became a thị xã)."""
    return _renamed(place, former)


def _renamed(place: Place, former: str) -> Place:
    """The unit under its former full name ("Tỉnh Thừa Thiên Huế"): type word and short name from it."""
    for word in _TYPE_PREFIXES:
        if former.startswith(word + " "):
            unit_type = UNIT_TYPE_WORDS[fold(word)][1]
            return replace(place, name=former, short=former[len(word) + 1:], unit_type=unit_type)
    return replace(place, name=former, short=former)


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer: reference records when the reference loader is installed."""
    try:
        from bomay.loaders.reference.data import load_raw
        from bomay.loaders.reference.gazetteer import reference_bodies, reference_units
    except ImportError:
        return _from_dataset()
    return _from_reference(list(reference_units()), list(reference_bodies()), load_raw().province_sources)


def build_gazetteer(units: list[UnitRecord], bodies: list[BodyRecord]) -> Gazetteer:
    """A gazetteer from given records (tests construct a few by hand)."""
    return _from_reference(units, bodies)
