"""The vocabulary of Vietnamese administrative writing, as data: the CSV tables in ``words/``.

Body kinds and their ontology classes, the head words of body names and their abbreviations,
department names, titles of posts, surnames, the verbs and cue words of duties, reports and
deadlines, and frequencies live in one folder of plain tables that a researcher can edit and
diff (``docs/text-loader.md``, "Vocabulary tables"). The extractor (through ``lexicon``), the
RDF writer and the analytics all read them here, so a word or a kind is added in one place.

Each table is a CSV file with a header; lines starting with ``#`` are comments; a cell holding
several values separates them with ``|``. Tables are read once per process and checked: a
missing column, an empty required cell, a duplicate key, an unknown body kind or role raises a
``VocabularyError`` naming the file and the line.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from bomay.textnorm import fold

WORDS_DIR = Path(__file__).parent / "words"
SEP = "|"

_SLUG_RX = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+)*")
_CATEGORIES = frozenset({"party", "council", "committee", "department", "other"})
_LEVELS = frozenset({"central", "province", "district", "commune"})
_YES_NO = frozenset({"yes", "no"})


class VocabularyError(ValueError):
    """A table of ``words/`` is malformed; the message starts with ``file:line:``."""


@dataclass(frozen=True)
class Spec:
    """The shape of one table: its columns (in order), which must be filled, which make a row's
    key, which hold several values, and the checks on their values."""

    columns: tuple[str, ...]
    required: tuple[str, ...]
    key: tuple[str, ...]
    multi: tuple[str, ...] = ()
    allowed: dict[str, frozenset[str]] = field(default_factory=dict)  # column -> values it may hold
    kinds: tuple[str, ...] = ()  # columns naming body kinds (body_kinds.csv)
    ints: tuple[str, ...] = ()
    slugs: tuple[str, ...] = ()  # columns holding concept slugs (a-z, 0-9, -)


DUTY_ROLES = frozenset({"assign", "upward", "modal", "action", "task", "task_prefix", "subject_modal", "task_verb"})
SENTENCE_ROLES = frozenset({"continuation_opener", "opener", "speech_end", "speaker_verb", "head_of", "not_duty",
                            "gap_adverb", "topic_intro", "chain_verb", "clause_chain_verb", "cooperate",
                            "receiver_intro", "prefix_duty", "partner_intro", "qualifier", "upward_cue", "praise_verb",
                            "honorific", "plural_honorific", "ex_officio_head", "government_head",
                            "subject_quantifier", "topic_adjunct", "convey_verb", "conveyed_opinion",
                            "condition_opener", "condition_noun", "issue_cue", "written_directive",
                            "aim_cue", "list_label", "anaphoric_plural", "meeting_word", "bare_title", "chair_cue",
                            "mandate_frame", "distributive", "point_opener", "subject_relative",
                            "time_clause", "role_noun", "appraisal_verb", "past_opener",
                            "subject_start"})
REPORTING_ROLES = frozenset({"report_verb", "recipient_intro", "not_report_before", "about_intro", "clause_break",
                             "send_modifier", "purpose_intro", "advice_before", "compile_verb",
                             "deliverable_verb", "result_noun"})
DEADLINE_ROLES = frozenset({"lead", "before", "within", "span_unit", "working_days", "counted_from", "at_time",
                            "named_day", "deadline_opener"})
BODY_CUE_ROLES = frozenset({"collective_opener", "not_a_group", "unspecified", "title_before", "owner_intro",
                            "unspecified_member", "count_head", "count_not", "purpose_cue", "founding_cue",
                            "purpose_break", "purpose_glue"})
BODY_WORD_ROLES = frozenset({"name_stop", "name_following_verb", "proper_name_closing_verb",
                             "name_second_half", "dash_compound", "group_defining_member",
                             "variant_qualifier", "binding_qualifier", "type_short_form", "central_jurisdiction",
                             "lower_committee",
                             "party_bloc", "named_unit_head", "enterprise_head", "agency_parent", "provincial_agency",
                             "branched_national", "branch_word", "central_committee_cue", "owner_title",
                             "task_topic_intro", "central_unit_head", "local_agency",
                             "province_qualifier", "unit_qualifier", "purpose_abbreviation", "placed_unit_head",
                             "beyond_unit_word"})
# roles of body_words.csv whose rows must say what the phrase means, and those whose meaning is a body kind
_BODY_WORD_MEANS = frozenset({"type_short_form", "lower_committee", "party_bloc", "named_unit_head", "enterprise_head",
                              "agency_parent", "central_committee_cue", "owner_title", "purpose_abbreviation",
                              "placed_unit_head"})
_BODY_WORD_KINDS = frozenset({"named_unit_head", "enterprise_head"})
COLLECTIVE_GROUPS = frozenset({"advisory", "committee_units", "committee_organs", "commune_committees", "party",
                               "mass", "within", "territory", "national", "service", "press"})
MEMBER_FAMILIES = frozenset({"dept", "unit", "local", "level", "central", "party", "mass", "person"})
PERSON_ROLES = frozenset({"honorific", "rank", "degree", "former", "title_qualifier", "title_body_head",
                          "title_needs_body", "long_name_prefix", "not_name_start", "not_inside_name", "country",
                          "owner_named_before"})
INSTRUMENT_ROLES = frozenset({"count_word", "issuer_code", "ministry_code", "central_party_type", "local_party_code",
                              "local_state_code", "type_code"})
_INSTRUMENT_CODE_ROLES = INSTRUMENT_ROLES - {"count_word"}
HEAD_SLOTS = frozenset({"state", "committee", "committee_formal", "sub_body", "council_standing", "office",
                        "party_group", "department", "ministry", "inspectorate", "task_force", "academy",
                        "public_service_unit", "mass_organisation", "council_committee", "agency", "regional"})

SPECS: dict[str, Spec] = {
    "body_kinds": Spec(("kind", "class", "label_vi", "label_en", "category", "levels", "note"),
                       ("kind", "class", "label_vi", "label_en", "category", "levels"), ("kind",),
                       multi=("levels",), allowed={"category": _CATEGORIES, "levels": _LEVELS}, slugs=("kind",)),
    "levels": Spec(("level", "tier", "label_vi", "label_en"), ("level", "tier", "label_vi", "label_en"), ("level",),
                   allowed={"level": _LEVELS}, ints=("tier",)),
    "body_heads": Spec(("head", "slot", "kind", "abbreviations", "note"), ("head", "slot", "kind"), ("head", "slot"),
                       multi=("abbreviations",), allowed={"slot": HEAD_SLOTS}, kinds=("kind",)),
    "national_bodies": Spec(("name", "kind", "parent", "aliases", "note"), ("name", "kind"), ("name",),
                            multi=("aliases",), kinds=("kind",)),
    "party_committee_heads": Spec(("unit_type", "head"), ("unit_type", "head"), ("unit_type",), slugs=("unit_type",)),
    "unit_types": Spec(("word", "level", "unit_type"), ("word", "level", "unit_type"), ("word",),
                       allowed={"level": _LEVELS}, slugs=("unit_type",)),
    "sectors": Spec(("name", "used_by", "short_forms", "note"), ("name", "used_by"), ("name",),
                    multi=("used_by", "short_forms"), allowed={"used_by": frozenset({"department", "ministry"})}),
    "collective_nouns": Spec(("phrase", "group", "kind", "head", "note"), ("phrase", "group", "kind"), ("phrase",),
                             allowed={"group": COLLECTIVE_GROUPS}, kinds=("kind",)),
    "collective_members": Spec(("form", "word", "family", "note"), ("form", "word", "family"), ("form",),
                               allowed={"family": MEMBER_FAMILIES}),
    "collective_qualifiers": Spec(("form", "kept", "note"), ("form",), ("form",)),
    "collective_parts": Spec(("word", "part"), ("word", "part"), ("word",)),
    "body_cues": Spec(("phrase", "role", "note"), ("phrase", "role"), ("phrase", "role"),
                      allowed={"role": BODY_CUE_ROLES}),
    "body_words": Spec(("phrase", "role", "means", "note"), ("phrase", "role"), ("phrase", "role"),
                       allowed={"role": BODY_WORD_ROLES}),
    "place_aliases": Spec(("alias", "province", "former_name", "until", "note"), ("alias", "province"), ("alias",)),
    "sector_words": Spec(("sector", "department"), ("sector", "department"), ("sector",)),
    "titles": Spec(("title", "role", "implied_body", "body_kinds", "note"), ("title", "role"),
                   ("title",), multi=("body_kinds",), kinds=("body_kinds",), slugs=("role",)),
    "instrument_kinds": Spec(("kind", "doctype", "recorded", "note"), ("kind", "doctype", "recorded"), ("kind",),
                             allowed={"recorded": _YES_NO}, slugs=("doctype",)),
    "party_document_suffixes": Spec(("suffix", "issuer", "note"), ("suffix", "issuer"), ("suffix",)),
    "surnames": Spec(("surname", "core", "note"), ("surname", "core"), ("surname",), allowed={"core": _YES_NO}),
    "duty_words": Spec(("phrase", "role", "action", "note"), ("phrase", "role"), ("phrase", "role"),
                       allowed={"role": DUTY_ROLES}, slugs=("action",)),
    "sentence_cues": Spec(("phrase", "role", "note"), ("phrase", "role"), ("phrase", "role"),
                          allowed={"role": SENTENCE_ROLES}),
    "reporting_cues": Spec(("phrase", "role", "note"), ("phrase", "role"), ("phrase", "role"),
                           allowed={"role": REPORTING_ROLES}),
    "deadline_cues": Spec(("phrase", "role", "note"), ("phrase", "role"), ("phrase", "role"),
                          allowed={"role": DEADLINE_ROLES}),
    "person_words": Spec(("phrase", "role", "note"), ("phrase", "role"), ("phrase", "role"),
                         allowed={"role": PERSON_ROLES}),
    "instrument_words": Spec(("phrase", "role", "means", "note"), ("phrase", "role"), ("phrase", "role"),
                             allowed={"role": INSTRUMENT_ROLES}),
    "frequencies": Spec(("phrase", "concept", "note"), ("phrase", "concept"), ("phrase",), slugs=("concept",)),
    "frequency_periods": Spec(("unit", "count", "concept"), ("unit", "count", "concept"), ("unit", "count"),
                              ints=("count",), slugs=("concept",)),
    "number_words": Spec(("word", "value", "kind", "note"), ("word", "value", "kind"), ("word", "kind"),
                         allowed={"kind": frozenset({"cardinal", "roman"})}, ints=("value",)),
}


@dataclass(frozen=True)
class Row:
    """One line of a table: its cells by column, and where it was read (for error messages)."""

    file: str
    line: int
    cells: dict[str, str]

    def __getitem__(self, column: str) -> str:
        return self.cells[column]

    def values(self, column: str) -> tuple[str, ...]:
        """The values of a multi-valued cell ("a|b" -> ("a", "b")); () when empty."""
        cell = self.cells[column]
        return tuple(v.strip() for v in cell.split(SEP)) if cell else ()

    def where(self) -> str:
        return f"{self.file}:{self.line}"


@dataclass(frozen=True)
class BodyKind:
    kind: str
    cls: str  # local name of the bm: class
    label_vi: str
    label_en: str
    category: str  # analytics hierarchy category
    levels: tuple[str, ...]


@dataclass(frozen=True)
class BodyHead:
    head: str
    slot: str
    kind: str
    abbreviations: tuple[str, ...]

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.head, *self.abbreviations)


@dataclass(frozen=True)
class Title:
    title: str
    role: str  # bmr: slug
    implied_body: str | None
    body_kinds: tuple[str, ...]


def _key_form(value: str) -> str:
    """Keys compare lowercase with single spaces: "Ủy ban" and "ủy  ban" are one key."""
    return " ".join(value.lower().split())


def _lines(path: Path) -> Iterable[tuple[int, str]]:
    """Numbered lines that are not blank or comments."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise VocabularyError(f"{path.name}: the table is missing from {path.parent}") from None
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip() and not line.lstrip().startswith("#"):
            yield number, line


def _cells(path: Path, number: int, line: str) -> list[str]:
    try:
        rows = list(csv.reader([line], strict=True))
    except csv.Error as e:
        raise VocabularyError(f"{path.name}:{number}: not a CSV line ({e}); a cell with a comma needs quotes") from None
    return [unicodedata.normalize("NFC", c.strip()) for c in (rows[0] if rows else [])]


def read_table(path: Path, spec: Spec, kinds: frozenset[str] | None = None) -> list[Row]:
    """The rows of one table, checked against its spec (and the known body kinds, if given)."""
    lines = iter(_lines(path))
    header_line = next(lines, None)
    if header_line is None:
        raise VocabularyError(f"{path.name}: no header line")
    number, line = header_line
    header = tuple(_cells(path, number, line))
    if header != spec.columns:
        raise VocabularyError(f"{path.name}:{number}: the header must be {','.join(spec.columns)}, "
                              f"found {','.join(header)}")
    rows: list[Row] = []
    seen: dict[tuple[str, ...], int] = {}
    for number, line in lines:
        cells = _cells(path, number, line)
        if len(cells) != len(spec.columns):
            raise VocabularyError(f"{path.name}:{number}: {len(cells)} cells, the header has {len(spec.columns)}")
        row = Row(path.name, number, dict(zip(spec.columns, cells, strict=True)))
        _check_row(row, spec, kinds)
        key = tuple(_key_form(row[c]) for c in spec.key)
        if key in seen:
            raise VocabularyError(f"{row.where()}: duplicate {'/'.join(spec.key)} {' / '.join(key)!r} "
                                  f"(first on line {seen[key]})")
        seen[key] = number
        rows.append(row)
    return rows


def _check_row(row: Row, spec: Spec, kinds: frozenset[str] | None) -> None:
    for column in spec.required:
        if not row[column]:
            raise VocabularyError(f"{row.where()}: empty {column!r}")
    for column in spec.columns:
        values = row.values(column) if column in spec.multi else ((row[column],) if row[column] else ())
        if column in spec.multi and any(not v for v in values):
            raise VocabularyError(f"{row.where()}: an empty value in {column!r} ({row[column]!r})")
        for value in values:
            if column in spec.allowed and value not in spec.allowed[column]:
                raise VocabularyError(f"{row.where()}: unknown {column} {value!r} "
                                      f"(known: {', '.join(sorted(spec.allowed[column]))})")
            if column in spec.kinds and kinds is not None and value not in kinds:
                raise VocabularyError(f"{row.where()}: unknown body kind {value!r} (body_kinds.csv)")
            if column in spec.ints and not value.isdigit():
                raise VocabularyError(f"{row.where()}: {column!r} must be a whole number, found {value!r}")
            if column in spec.slugs and not _SLUG_RX.fullmatch(value):
                raise VocabularyError(f"{row.where()}: {column!r} must be a slug (a-z, 0-9, -), found {value!r}")


class Vocabulary:
    """Every table of one folder, read and cross-checked; typed accessors for the modules."""

    def __init__(self, folder: Path = WORDS_DIR):
        self.folder = folder
        kind_rows = read_table(folder / "body_kinds.csv", SPECS["body_kinds"])
        known = frozenset(r["kind"] for r in kind_rows)
        self.tables: dict[str, list[Row]] = {"body_kinds": kind_rows}
        for name, spec in SPECS.items():
            if name != "body_kinds":
                self.tables[name] = read_table(folder / f"{name}.csv", spec, known)
        self._cross_check()

    def rows(self, table: str) -> list[Row]:
        return self.tables[table]

    # ----- cross-table checks ---------------------------------------------------------------
    def _cross_check(self) -> None:
        _unique(self.rows("body_kinds"), "class")
        ministries = {f"Bộ {r['name']}" for r in self.rows("sectors") if "ministry" in r.values("used_by")}
        names = {r["name"] for r in self.rows("national_bodies")} | ministries
        for r in self.rows("national_bodies"):
            if r["parent"] and r["parent"] not in names:
                raise VocabularyError(f"{r.where()}: parent {r['parent']!r} is neither a name of this table nor "
                                      f"Bộ + a ministry of sectors.csv")
        _unique_forms(self.rows("national_bodies"), ("name", "aliases"))
        _unique_forms(self.rows("sectors"), ("short_forms",))
        sectors = {r["name"] for r in self.rows("sectors")}
        for r in self.rows("sector_words"):
            if r["department"] not in sectors:
                raise VocabularyError(f"{r.where()}: department {r['department']!r} is not a name in sectors.csv")
        # modules look these up by their accent-free key: two rows folding alike must agree
        _fold_agrees(self.rows("frequencies"), "phrase", "concept")
        _fold_agrees([r for r in self.rows("duty_words") if r["role"] == "action"], "phrase", "action")
        _fold_agrees(self.rows("sector_words"), "sector", "department")
        _fold_agrees(self.rows("titles"), "title", "title")
        _fold_agrees(self.rows("national_bodies"), "name", "name")
        for r in self.rows("collective_nouns"):
            if (r["group"] == "party") == bool(r["head"]):
                raise VocabularyError(f"{r.where()}: a collective has a head exactly when its group is not "
                                      f"'party' (group {r['group']!r}, head {r['head']!r})")
        for r in self.rows("place_aliases"):
            if bool(r["former_name"]) != bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["until"])):
                raise VocabularyError(f"{r.where()}: a former name needs the day it ended (until, YYYY-MM-DD) "
                                      f"and a day needs a former name")
        known_kinds = {r["kind"] for r in self.rows("body_kinds")}
        for r in self.rows("body_words"):
            if (r["role"] in _BODY_WORD_MEANS) != bool(r["means"]):
                raise VocabularyError(f"{r.where()}: a phrase has a meaning exactly when its role is one of "
                                      f"{', '.join(sorted(_BODY_WORD_MEANS))} (role {r['role']!r})")
            if r["role"] in _BODY_WORD_KINDS and r["means"] not in known_kinds:
                raise VocabularyError(f"{r.where()}: unknown body kind {r['means']!r} (body_kinds.csv)")
            if r["role"] == "placed_unit_head" and r["means"] not in ("own", "province"):
                raise VocabularyError(f"{r.where()}: a placed unit head means 'own' or 'province', not {r['means']!r}")
        for r in self.rows("duty_words"):
            if (r["role"] == "action") != bool(r["action"]):
                raise VocabularyError(f"{r.where()}: a phrase has an action concept exactly when its role is "
                                      f"'action' (role {r['role']!r}, action {r['action']!r})")

    # ----- bodies ---------------------------------------------------------------------------
    def kinds(self) -> dict[str, BodyKind]:
        """Body kinds by slug, in table order."""
        return {r["kind"]: BodyKind(r["kind"], r["class"], r["label_vi"], r["label_en"], r["category"],
                                    r.values("levels")) for r in self.rows("body_kinds")}

    def kind_class(self) -> dict[str, str]:
        """Kind slug -> local name of its bm: class."""
        return {k: v.cls for k, v in self.kinds().items()}

    def levels(self) -> dict[str, int]:
        """Level slug -> tier (0 central ... 3 commune)."""
        return {r["level"]: int(r["tier"]) for r in self.rows("levels")}

    def heads(self, slot: str | None = None) -> list[BodyHead]:
        """Head words of body names (of one grammar slot, or all), in table order."""
        if slot is not None and slot not in HEAD_SLOTS:
            raise KeyError(slot)
        return [BodyHead(r["head"], r["slot"], r["kind"], r.values("abbreviations"))
                for r in self.rows("body_heads") if slot is None or r["slot"] == slot]

    def head_forms(self, slot: str) -> list[str]:
        """Every written form (head words and abbreviations) of one slot's heads."""
        return [form for h in self.heads(slot) for form in h.forms]

    def national_bodies(self) -> dict[str, tuple[str, str | None]]:
        """Central bodies: name -> (kind, parent name or None)."""
        return {r["name"]: (r["kind"], r["parent"] or None) for r in self.rows("national_bodies")}

    def national_aliases(self) -> dict[str, str]:
        """Lowercased other names of central bodies -> canonical name (names themselves excluded)."""
        return {a.lower(): r["name"] for r in self.rows("national_bodies") for a in r.values("aliases")}

    def party_committee_heads(self) -> dict[str, str]:
        """Unit type slug (bmu:) -> head of its party committee ("huyen" -> "Huyện ủy")."""
        return {r["unit_type"]: r["head"] for r in self.rows("party_committee_heads")}

    def unit_types(self) -> dict[str, tuple[str, str]]:
        """Unit type word ("thị xã") -> (level, bmu: unit type) it gives by default."""
        return {r["word"]: (r["level"], r["unit_type"]) for r in self.rows("unit_types")}

    def sector_names(self, used_by: str) -> list[str]:
        """Names after "Sở"/"Phòng" (used_by="department") or after "Bộ" (used_by="ministry")."""
        return [r["name"] for r in self.rows("sectors") if used_by in r.values("used_by")]

    def sector_short_forms(self) -> dict[str, str]:
        """Abbreviation ("TN&MT") -> the name it stands for ("Tài nguyên và Môi trường")."""
        return {s: r["name"] for r in self.rows("sectors") for s in r.values("short_forms")}

    def sector_words(self) -> dict[str, str]:
        """"y tế" (in "ngành y tế") -> the department name of that sector."""
        return {r["sector"]: r["department"] for r in self.rows("sector_words")}

    def collectives(self) -> list[tuple[list[str], str, str, str]]:
        """Plural heads as (phrases, head, kind, group): consecutive rows of collective_nouns.csv with
        the same group, kind and head make one entry, tried in table order."""
        out: list[tuple[list[str], str, str, str]] = []
        for r in self.rows("collective_nouns"):
            if out and out[-1][1:] == (r["head"], r["kind"], r["group"]):
                out[-1][0].append(r["phrase"])
            else:
                out.append(([r["phrase"]], r["head"], r["kind"], r["group"]))
        return out

    def collective_members(self) -> dict[str, tuple[str, str]]:
        """Member of a generic plural group as written ("sở ngành") -> (word in the group's name, family)."""
        return {r["form"]: (r["word"], r["family"]) for r in self.rows("collective_members")}

    def collective_qualifiers(self) -> dict[str, str | None]:
        """Qualifier after a generic group -> the words kept in its name, or None (it only places the group)."""
        return {r["form"]: r["kept"] or None for r in self.rows("collective_qualifiers")}

    def collective_parts(self) -> list[tuple[str, str]]:
        """(written word, part it counts as) for naming the party collective, in table order."""
        return [(r["word"], r["part"]) for r in self.rows("collective_parts")]

    def body_cues(self, role: str) -> list[str]:
        """Words around body names (collective_opener, not_a_group, unspecified, title_before, owner_intro,
        unspecified_member, count_head, count_not, purpose_cue, founding_cue, purpose_glue,
        purpose_break)."""
        return self._phrases("body_cues", role, BODY_CUE_ROLES)

    def body_words(self, role: str) -> list[str]:
        """Words the body grammar reads around names (body_words.csv): name_stop, name_following_verb,
        name_second_half, group_defining_member, variant_qualifier, central_jurisdiction,
        provincial_agency, branched_national, branch_word (and the roles with a meaning, see below)."""
        return self._phrases("body_words", role, BODY_WORD_ROLES)

    def body_word_meanings(self, role: str) -> dict[str, str]:
        """Phrase -> what it stands for, for the roles with a meaning (type_short_form, lower_committee,
        party_bloc, named_unit_head, enterprise_head, agency_parent, central_committee_cue,
        owner_title, purpose_abbreviation, placed_unit_head), in table order."""
        if role not in _BODY_WORD_MEANS:
            raise KeyError(role)
        return {r["phrase"]: r["means"] for r in self.rows("body_words") if r["role"] == role}

    def kinds_of_category(self, category: str) -> frozenset[str]:
        """Body kinds of one analytics category ("party": the Party's organs)."""
        return frozenset(k for k, v in self.kinds().items() if v.category == category)

    def former_province_names(self) -> dict[str, tuple[str, str]]:
        """Alias that is a province's former name -> (that full former name, the day it ended)."""
        return {r["alias"]: (r["former_name"], r["until"]) for r in self.rows("place_aliases") if r["former_name"]}

    def place_aliases(self) -> dict[str, str]:
        """Other written forms of a province ("TPHCM") -> its gazetteer name."""
        return {r["alias"]: r["province"] for r in self.rows("place_aliases")}

    # ----- instruments ----------------------------------------------------------------------
    def instrument_kinds(self) -> dict[str, str]:
        """Instrument kind as written ("Chỉ thị") -> bmd: document type slug."""
        return {r["kind"]: r["doctype"] for r in self.rows("instrument_kinds")}

    def recorded_instrument_kinds(self) -> frozenset[str]:
        """Kinds the gold conventions record as instruments (Nghị quyết … Thông báo with a number)."""
        return frozenset(r["kind"] for r in self.rows("instrument_kinds") if r["recorded"] == "yes")

    def party_document_suffixes(self) -> list[str]:
        """Number suffixes that mark a Party document ("TU" in "05-CT/TU")."""
        return [r["suffix"] for r in self.rows("party_document_suffixes")]

    # ----- people ---------------------------------------------------------------------------
    def titles(self) -> list[Title]:
        return [Title(r["title"], r["role"], r["implied_body"] or None, r.values("body_kinds"))
                for r in self.rows("titles")]

    def surnames(self, core_only: bool = False) -> list[str]:
        """Family names; ``core_only``: those body parsing also checks (core = yes)."""
        return [r["surname"] for r in self.rows("surnames") if not core_only or r["core"] == "yes"]

    # ----- duties, reports, deadlines -------------------------------------------------------
    def duty_words(self, role: str) -> list[str]:
        """Phrases of one role of duty_words.csv (assign, upward, modal, action, task, task_prefix)."""
        return self._phrases("duty_words", role, DUTY_ROLES)

    def action_concepts(self) -> dict[str, str]:
        """Action verb -> its bma: concept slug."""
        return {r["phrase"]: r["action"] for r in self.rows("duty_words") if r["role"] == "action"}

    def sentence_cues(self, role: str) -> list[str]:
        return self._phrases("sentence_cues", role, SENTENCE_ROLES)

    def reporting_cues(self, role: str) -> list[str]:
        return self._phrases("reporting_cues", role, REPORTING_ROLES)

    def deadline_cues(self, role: str) -> list[str]:
        return self._phrases("deadline_cues", role, DEADLINE_ROLES)

    def frequencies(self) -> dict[str, str]:
        """Frequency phrase -> its bmf: concept slug."""
        return {r["phrase"]: r["concept"] for r in self.rows("frequencies")}

    def frequency_periods(self) -> dict[tuple[str, int], str]:
        """(unit, count) -> bmf: concept ("tuần", 2 -> "biweekly"); other counts are "periodic"."""
        return {(r["unit"], int(r["count"])): r["concept"] for r in self.rows("frequency_periods")}

    def number_words(self, kind: str = "cardinal") -> dict[str, int]:
        """Numbers written as words ("hai" -> 2), or Roman numerals (kind="roman", "iii" -> 3)."""
        return {r["word"]: int(r["value"]) for r in self.rows("number_words") if r["kind"] == kind}

    def concepts(self) -> dict[str, set[str]]:
        """Every concept slug the tables use, by scheme: "action" (bma:), "frequency" (bmf:),
        "role" (bmr:), "class" (bm: classes), "level" (bml:), "doctype" (bmd:)."""
        return {
            "action": set(self.action_concepts().values()),
            "frequency": set(self.frequencies().values()) | set(self.frequency_periods().values()),
            "role": {t.role for t in self.titles()},
            "class": set(self.kind_class().values()),
            "level": set(self.levels()),
            "doctype": set(self.instrument_kinds().values()),
        }

    # ----- people and instruments -----------------------------------------------------------
    def person_words(self, role: str) -> list[str]:
        """Words around people's names and titles (person_words.csv): honorifics, ranks, degrees,
        marks of former holders, title qualifiers, heads where a title's body starts, ..."""
        return self._phrases("person_words", role, PERSON_ROLES)

    def instrument_words(self, role: str) -> list[str]:
        """Count words after a bare number (instrument_words.csv, role count_word): a count, not an instrument."""
        return self._phrases("instrument_words", role, INSTRUMENT_ROLES)

    def instrument_codes(self, role: str) -> dict[str, str]:
        """Codes in instrument numbers -> what they name: the issuer ("KTNN" -> "Kiểm toán Nhà nước"),
        or for role type_code the kind ("QĐ" -> "Quyết định")."""
        if role not in _INSTRUMENT_CODE_ROLES:
            raise KeyError(role)
        return {r["phrase"]: r["means"] for r in self.rows("instrument_words") if r["role"] == role}

    def _phrases(self, table: str, role: str, roles: frozenset[str]) -> list[str]:
        if role not in roles:
            raise KeyError(role)
        return [r["phrase"] for r in self.rows(table) if r["role"] == role]


def _unique(rows: list[Row], column: str) -> None:
    seen: dict[str, int] = {}
    for r in rows:
        if r[column] in seen:
            raise VocabularyError(f"{r.where()}: duplicate {column} {r[column]!r} (first on line {seen[r[column]]})")
        seen[r[column]] = r.line


def _fold_agrees(rows: list[Row], key: str, value: str) -> None:
    """Rows whose keys fold alike ("hàng năm", "hằng năm" -> "hang nam") must map to the same value."""
    seen: dict[str, Row] = {}
    for r in rows:
        first = seen.setdefault(fold(r[key]), r)
        if first[value] != r[value]:
            raise VocabularyError(f"{r.where()}: {r[key]!r} reads like {first[key]!r} of line {first.line} "
                                  f"without tone marks, but gives {r[value]!r}, not {first[value]!r}")


def _unique_forms(rows: list[Row], columns: tuple[str, ...]) -> None:
    """A written form (name, alias, abbreviation) must name one row only."""
    seen: dict[str, Row] = {}
    for r in rows:
        for column in columns:
            for value in (r.values(column) if column in ("aliases", "short_forms") else (r[column],)):
                key = _key_form(value)
                if key in seen and seen[key] is not r:
                    raise VocabularyError(f"{r.where()}: {value!r} already names the row on line {seen[key].line}")
                seen[key] = r


@cache
def vocabulary() -> Vocabulary:
    """The shipped tables, read once per process."""
    return Vocabulary(WORDS_DIR)
