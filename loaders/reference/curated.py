"""The curated reference files in ``curated/``: read, checked, and turned into records.

Every row names its instrument by key; a row that names an unknown instrument, an unknown
unit type, a malformed date or a missing column is an error naming the file and line, raised
before any triple is made.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from bomay.curated import curated_path
from bomay.errors import LoadError

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
UNIT_TYPES = {
    "tinh", "thanh-pho-truc-thuoc-trung-uong", "quan", "huyen", "thi-xa", "thanh-pho-thuoc-tinh",
    "thanh-pho-thuoc-thanh-pho", "phuong", "xa", "thi-tran", "dac-khu",
}
EVENT_TYPES = {"Establishment", "Merger", "Split", "Abolition", "Renaming", "TierAbolition", "Transfer"}
BODY_CLASSES = {
    "PartyCommittee", "StandingBoard", "StandingMembers", "PartyCommission", "InspectionCommission",
    "NationalAssembly", "Government", "Ministry", "Court", "Procuracy", "FatherlandFront",
}
RELATIONS = {"part-of", "organ-of"}


@dataclass(frozen=True)
class Instrument:
    key: str
    doctype: str
    number: str
    title: str
    date: str | None
    in_force: str | None
    issuer: str | None  # national body slug
    url: str | None


@dataclass(frozen=True)
class HistoricUnit:
    era: str
    code: str
    name: str
    unit_type: str
    level: str
    parent: str  # "era/code"
    start: str | None
    end: str | None
    instrument: str


@dataclass(frozen=True)
class CuratedEvent:
    key: str
    type: str
    effective: str
    instrument: str
    original_units: tuple[str, ...]  # "era/code"
    resulting_units: tuple[str, ...]
    title: str


@dataclass(frozen=True)
class UrbanGovernment:
    province: str  # "era/code"
    unit_types: frozenset[str]
    council_end: str
    instruments: tuple[str, ...]


@dataclass(frozen=True)
class DepartmentRule:
    era: str
    name: str
    name_en: str
    abbreviation: str
    instrument: str


@dataclass(frozen=True)
class NationalBody:
    slug: str
    name: str
    name_en: str
    cls: str
    parent: str | None
    relation: str | None
    start: str | None
    end: str | None
    instrument: str
    alt_names: tuple[str, ...]


def _rows(name: str, required: list[str]) -> list[tuple[int, dict[str, str]]]:
    return read_csv_rows(curated_path(name), required)


def read_csv_rows(path: Path, required: Sequence[str], label: str | None = None) -> list[tuple[int, dict[str, str]]]:
    """(line number, stripped row) of a curated CSV; a missing column or ragged row names label:line."""
    label = label or str(path)
    try:
        with open(path, encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            missing = [c for c in required if c not in (reader.fieldnames or [])]
            if missing:
                raise LoadError(f"{path}: missing column(s) {', '.join(missing)}")
            rows = []
            for lineno, row in enumerate(reader, 2):
                if None in row or any(v is None for v in row.values()):
                    raise LoadError(f"{label}:{lineno}: wrong number of fields (quote values that contain commas)")
                rows.append((lineno, {k: v.strip() for k, v in row.items()}))
            return rows
    except OSError as exc:
        raise LoadError(f"{path}: {exc}") from exc


def _date(value: str, where: str) -> str | None:
    if not value:
        return None
    if not _DATE.match(value):
        raise LoadError(f"{where}: {value!r} is not a date (want YYYY-MM-DD)")
    return value


def _unit_ref(value: str, where: str) -> str:
    if not re.fullmatch(r"(pre2021|pre2025|2025)/\d{2,5}", value):
        raise LoadError(f"{where}: {value!r} is not a unit reference (want ERA/CODE, e.g. pre2025/79)")
    return value


@lru_cache(maxsize=1)
def instruments() -> dict[str, Instrument]:
    out: dict[str, Instrument] = {}
    for lineno, r in _rows("instruments.csv", ["key", "doctype", "number", "title", "date", "in_force",
                                                "issuer", "url"]):
        where = f"instruments.csv:{lineno}"
        if not r["key"] or r["key"] in out:
            raise LoadError(f"{where}: empty or repeated key {r['key']!r}")
        if not (r["number"] or r["title"]):
            raise LoadError(f"{where}: an instrument needs a number or a title")
        out[r["key"]] = Instrument(r["key"], r["doctype"], r["number"], r["title"], _date(r["date"], where),
                                   _date(r["in_force"], where), r["issuer"] or None, r["url"] or None)
    return out


def _instrument(key: str, where: str) -> str:
    if key not in instruments():
        raise LoadError(f"{where}: unknown instrument {key!r} (add it to instruments.csv)")
    return key


@lru_cache(maxsize=1)
def historic_units() -> tuple[HistoricUnit, ...]:
    out = []
    for lineno, r in _rows("historic_units.csv", ["era", "code", "name", "unit_type", "level", "parent",
                                                   "start", "end", "instrument"]):
        where = f"historic_units.csv:{lineno}"
        if r["unit_type"] not in UNIT_TYPES:
            raise LoadError(f"{where}: unknown unit type {r['unit_type']!r}")
        if r["level"] not in {"province", "district", "commune"}:
            raise LoadError(f"{where}: unknown level {r['level']!r}")
        _unit_ref(f"{r['era']}/{r['code']}", where)
        out.append(HistoricUnit(r["era"], r["code"], r["name"], r["unit_type"], r["level"],
                                _unit_ref(r["parent"], where), _date(r["start"], where),
                                _date(r["end"], where), _instrument(r["instrument"], where)))
    return tuple(out)


@lru_cache(maxsize=1)
def curated_events() -> tuple[CuratedEvent, ...]:
    out = []
    for lineno, r in _rows("events.csv", ["key", "type", "effective", "instrument", "original_units",
                                           "resulting_units", "title"]):
        where = f"events.csv:{lineno}"
        if r["type"] not in EVENT_TYPES:
            raise LoadError(f"{where}: unknown event type {r['type']!r}; known: {', '.join(sorted(EVENT_TYPES))}")
        effective = _date(r["effective"], where)
        if effective is None:
            raise LoadError(f"{where}: an event needs its effective date")
        refs = [tuple(_unit_ref(v.strip(), where) for v in r[col].split(";") if v.strip())
                for col in ("original_units", "resulting_units")]
        out.append(CuratedEvent(r["key"], r["type"], effective, _instrument(r["instrument"], where),
                                refs[0], refs[1], r["title"]))
    return tuple(out)


@lru_cache(maxsize=1)
def urban_government() -> tuple[UrbanGovernment, ...]:
    out = []
    for lineno, r in _rows("urban_government.csv", ["province", "unit_types", "council_end", "instrument"]):
        where = f"urban_government.csv:{lineno}"
        types = frozenset(t.strip() for t in r["unit_types"].split(";") if t.strip())
        unknown = types - UNIT_TYPES
        if unknown:
            raise LoadError(f"{where}: unknown unit type(s) {', '.join(sorted(unknown))}")
        end = _date(r["council_end"], where)
        if end is None:
            raise LoadError(f"{where}: council_end is required")
        keys = tuple(_instrument(k.strip(), where) for k in r["instrument"].split(";") if k.strip())
        out.append(UrbanGovernment(_unit_ref(r["province"], where), types, end, keys))
    return tuple(out)


@lru_cache(maxsize=1)
def department_rules() -> tuple[DepartmentRule, ...]:
    out = []
    for lineno, r in _rows("departments.csv", ["era", "name", "name_en", "abbreviation", "instrument"]):
        where = f"departments.csv:{lineno}"
        if r["era"] not in {"pre2025", "2025"}:
            raise LoadError(f"{where}: era must be pre2025 or 2025, not {r['era']!r}")
        out.append(DepartmentRule(r["era"], r["name"], r["name_en"], r["abbreviation"],
                                  _instrument(r["instrument"], where)))
    return tuple(out)


@lru_cache(maxsize=1)
def national_bodies() -> tuple[NationalBody, ...]:
    out: list[NationalBody] = []
    rows = _rows("national_bodies.csv", ["slug", "name", "name_en", "class", "parent", "relation", "start",
                                          "end", "instrument", "alt_names"])
    slugs = {r["slug"] for _, r in rows}
    for lineno, r in rows:
        where = f"national_bodies.csv:{lineno}"
        if r["class"] not in BODY_CLASSES:
            raise LoadError(f"{where}: unknown class {r['class']!r}")
        if r["parent"] and r["parent"] not in slugs:
            raise LoadError(f"{where}: unknown parent {r['parent']!r}")
        if bool(r["parent"]) != bool(r["relation"]) or (r["relation"] and r["relation"] not in RELATIONS):
            raise LoadError(f"{where}: a parent needs a relation (part-of or organ-of) and the other way round")
        out.append(NationalBody(r["slug"], r["name"], r["name_en"], r["class"], r["parent"] or None,
                                r["relation"] or None, _date(r["start"], where), _date(r["end"], where),
                                _instrument(r["instrument"], where),
                                tuple(a.strip() for a in r["alt_names"].split("|") if a.strip())))
    return tuple(out)
