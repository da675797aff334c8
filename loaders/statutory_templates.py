"""The statutory duty templates of ``curated/statutory_duties.csv``: read and checked.

A template says what the law makes one kind of body owe another (a report, or a task): who
holds the duty, who is on the other end (the same unit's body, the parent unit's, a national
body, or the department's ministry), about what, how often and on what basis. A malformed row
is an error naming the file and line, raised before any triple is made.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox

from bomay.curated import curated_path
from bomay.errors import LoadError
from bomay.loaders.reference.curated import instruments, national_bodies, read_csv_rows
from bomay.loaders.reference.records import STANDARD_BODY_SLUGS
from bomay.namespaces import BM, FREQUENCY, SKOS, TOPIC
from bomay.ontology import ontology_files

FILE = "statutory_duties.csv"
COLUMNS = ["key", "kind", "era", "holder", "levels", "counterpart", "about", "topics", "frequency",
           "frequency_text", "times_per_year", "timing", "start", "end", "instrument", "article", "checked", "note"]
KINDS = {"reporting", "mandate"}
ERAS = {"all", "pre2025", "2025"}
LEVELS = ("province", "district", "commune")
# Holders that are bodies of a unit; "so" is a provincial department, "phong" a district office
# (no such body in the reference graph: its rows are kept as law but make no fact).
HOLDERS = set(STANDARD_BODY_SLUGS) | {"so", "phong"}
NOT_GENERATED = {"phong"}
_COUNTERPART = re.compile(r"^(same|parent):([a-z-]+)$|^national:([a-z0-9-]+)$|^ministry$")
_KEY = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class Template:
    key: str
    kind: str  # reporting | mandate
    era: str  # all | pre2025 | 2025
    holder: str  # body slug of the reporter (reporting) or the assignee (mandate)
    levels: frozenset[str]
    counterpart: str  # same:SLUG | parent:SLUG | national:SLUG | ministry
    about: str
    topics: tuple[str, ...]
    frequency: str | None
    frequency_text: str | None
    timing: str | None
    start: str | None
    end: str | None
    instrument: str  # key in instruments.csv
    article: str | None
    checked: bool  # the article number was read in a copy of the instrument
    line: int

    def applies_to(self, era: str, level: str) -> bool:
        unit_era = "pre2025" if era == "pre2021" else era
        return (self.era == "all" or self.era == unit_era) and level in self.levels


@lru_cache(maxsize=1)
def scheme_concepts() -> dict[str, dict[str, float | None]]:
    """Topic and frequency concepts from the ontology files: ``{namespace: {slug: times per year}}``."""
    in_scheme, per_year = ox.NamedNode(SKOS + "inScheme"), ox.NamedNode(BM + "timesPerYear")
    out: dict[str, dict[str, float | None]] = {TOPIC: {}, FREQUENCY: {}}
    for path in ontology_files():
        for quad in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE):
            s, p, o = quad.subject, quad.predicate, quad.object
            if not isinstance(s, ox.NamedNode):
                continue
            for ns, concepts in out.items():
                if s.value.startswith(ns) and "/" not in s.value[len(ns):] and s.value[len(ns):] != "scheme":
                    slug = s.value[len(ns):]
                    if p == in_scheme:
                        concepts.setdefault(slug, None)
                    elif p == per_year and isinstance(o, ox.Literal):
                        concepts[slug] = float(o.value)
    return out


def _check(row: dict[str, str], where: str, seen: set[str]) -> None:
    def fail(message: str) -> None:
        raise LoadError(f"{where}: {message}")

    if not _KEY.match(row["key"]) or row["key"] in seen:
        fail(f"empty, malformed or repeated key {row['key']!r}")
    if row["kind"] not in KINDS:
        fail(f"kind {row['kind']!r} is not one of {', '.join(sorted(KINDS))}")
    if row["era"] not in ERAS:
        fail(f"era {row['era']!r} is not one of {', '.join(sorted(ERAS))}")
    if row["holder"] not in HOLDERS:
        fail(f"holder {row['holder']!r} is not a body kind ({', '.join(sorted(HOLDERS))})")
    levels = row["levels"].split(";") if row["levels"] != "any" else list(LEVELS)
    if not levels or any(lv not in LEVELS for lv in levels):
        fail(f"levels {row['levels']!r}: want 'any' or some of {', '.join(LEVELS)} separated by ';'")
    match = _COUNTERPART.match(row["counterpart"])
    if match is None:
        raise LoadError(f"{where}: counterpart {row['counterpart']!r}: want same:KIND, parent:KIND, "
                        "national:SLUG or ministry")
    kind = match.group(2)
    if kind and kind not in STANDARD_BODY_SLUGS:
        fail(f"counterpart {row['counterpart']!r}: {kind!r} is not a body kind")
    national = match.group(3)
    if national and national not in {b.slug for b in national_bodies()}:
        fail(f"counterpart {row['counterpart']!r}: no national body {national!r} in national_bodies.csv")
    if not row["about"]:
        fail("about is empty: say what the duty is about")
    concepts = scheme_concepts()
    for topic in filter(None, row["topics"].split(";")):
        if topic not in concepts[TOPIC]:
            fail(f"topic {topic!r} is not in the topic scheme (ontology/topics.ttl)")
    freq = row["frequency"]
    if row["kind"] == "reporting" and not freq:
        fail("a reporting duty needs a frequency")
    if freq and freq not in concepts[FREQUENCY]:
        fail(f"frequency {freq!r} is not in the frequency scheme (ontology/vocabularies.ttl)")
    if row["times_per_year"]:
        try:
            times = float(row["times_per_year"])
        except ValueError:
            fail(f"times_per_year {row['times_per_year']!r} is not a number")
        expected = concepts[FREQUENCY].get(freq) if freq else None
        if expected is not None and times != expected:
            fail(f"times_per_year {row['times_per_year']} disagrees with bmf:{freq} ({expected:g} a year)")
    for col in ("start", "end"):
        if row[col] and not _DATE.match(row[col]):
            fail(f"{col} {row[col]!r} is not a date (YYYY-MM-DD)")
    if row["start"] and row["end"] and row["start"] > row["end"]:
        fail(f"start {row['start']} is after end {row['end']}")
    if row["instrument"] not in instruments():
        fail(f"unknown instrument {row['instrument']!r} (add it to instruments.csv)")
    if row["checked"] not in {"yes", "no"}:
        fail(f"checked {row['checked']!r}: want yes (article read in a copy) or no (recalled or not recorded)")
    if row["checked"] == "yes" and not row["article"]:
        fail("checked=yes needs an article")


def read_templates(path: Path | None = None) -> tuple[Template, ...]:
    """Every template of the file, in file order; the first malformed row stops with file:line."""
    path = path or curated_path(FILE)
    out: list[Template] = []
    seen: set[str] = set()
    for lineno, row in read_csv_rows(path, COLUMNS, label=path.name):
        where = f"{path.name}:{lineno}"
        _check(row, where, seen)
        seen.add(row["key"])
        levels = LEVELS if row["levels"] == "any" else tuple(row["levels"].split(";"))
        out.append(Template(
            key=row["key"], kind=row["kind"], era=row["era"], holder=row["holder"],
            levels=frozenset(levels), counterpart=row["counterpart"], about=row["about"],
            topics=tuple(filter(None, row["topics"].split(";"))), frequency=row["frequency"] or None,
            frequency_text=row["frequency_text"] or None, timing=row["timing"] or None,
            start=row["start"] or None, end=row["end"] or None, instrument=row["instrument"],
            article=row["article"] or None, checked=row["checked"] == "yes", line=lineno,
        ))
    return tuple(out)


@lru_cache(maxsize=1)
def templates() -> tuple[Template, ...]:
    return read_templates()
