"""Bodies as the graph knows them: canonical Vietnamese name, kind, level, parent and IRI.

A body is named after the gold conventions (full body type, then the jurisdiction:
"Ban Thường vụ Thành ủy Thành phố Hồ Chí Minh", "Ủy ban nhân dân huyện Nhà Bè") and linked to the
reference graph's body of that kind and unit when one exists on the document's date; otherwise
it gets a stable minted IRI ``id/body/x/{province code or 'vn'}/{slug of its name}``.
"""

from __future__ import annotations

from dataclasses import dataclass

from bomay.loaders.text.places import Gazetteer, Place
from bomay.loaders.text.vocabulary import vocabulary
from bomay.namespaces import ID
from bomay.textnorm import fold, slug


@dataclass(frozen=True)
class Body:
    name: str
    kind: str
    level: str
    iri: str
    parent: Body | None = None
    province_code: str | None = None
    unit: Place | None = None
    collective: bool = False


def belongs_to(part: Body | None, body: Body) -> bool:
    """``body`` is ``part`` or one of the bodies it belongs to (Thường trực → Ban Thường vụ → Thành ủy; Sở → UBND)."""
    b = part
    for _ in range(4):
        if b is None:
            return False
        if b.iri == body.iri:
            return True
        b = b.parent
    return False


def stands_above(body: Body, of: Body) -> bool:
    """Whether ``body`` stands above ``of`` in its line ("UBND tỉnh" above "Sở X"): a request to it is upwards,
    never a mandate."""
    return body.iri != of.iri and belongs_to(of, body)


# Central bodies: name -> (kind, parent name or None), from words/national_bodies.csv
NATIONAL: dict[str, tuple[str, str | None]] = vocabulary().national_bodies()

# the Party's organs: body kinds of category "party" (words/body_kinds.csv)
PARTY_KINDS = vocabulary().kinds_of_category("party")
# the head of a unit's party committee by its unit type (words/party_committee_heads.csv)
_COMMITTEE_HEAD = vocabulary().party_committee_heads()
# From February 2025 a people's committee's "Ban cán sự đảng" is replaced by its "Đảng ủy"; the gold
# conventions name it so in 2025 texts ("Đảng ủy Ủy ban nhân dân …"), the old name an alias.
PARTY_GROUPS_END = "2025-02-01"


class Namer:
    """Makes and links bodies for one document (its date decides which reference body is meant)."""

    def __init__(self, gaz: Gazetteer, day: str | None, home: Place | None):
        self.gaz = gaz
        self.day = day
        self.home = home
        self._cache: dict[tuple, Body] = {}

    # ----- linking -------------------------------------------------------------------------
    def _make(self, name: str, kind: str, level: str, parent: Body | None, unit: Place | None,
              collective: bool = False, key_name: str | None = None, strict: bool = False) -> Body:
        code = unit.province_code if unit else (parent.province_code if parent else None)
        cache_key = (name, kind)
        if cache_key in self._cache:
            return self._cache[cache_key]
        linked = None if collective else self._link(name, kind, unit, strict)
        if linked is not None:
            # central bodies keep the name the text used ("Ban Bí thư Trung ương Đảng" / "Ban Bí thư")
            # and a unit the text names by an older type ("huyện Sa Pa", now a thị xã) keeps that name
            keep = unit is None or (unit.iri in self.gaz.by_iri and self.gaz.by_iri[unit.iri].name != unit.name)
            body = Body(name if keep else linked.name, kind, level, linked.iri, parent, code, unit, collective)
        else:
            iri = f"{ID}body/x/{code or 'vn'}/{slug(key_name or name)}"
            body = Body(name, kind, level, iri, parent, code, unit, collective)
        self._cache[cache_key] = body
        return body

    def _link(self, name: str, kind: str, unit: Place | None, strict: bool = False):
        """The reference body meant: the only one of that kind in the unit, or (``strict``, for
        bodies outside the standard set) only one whose name is the same."""
        if unit is None:
            return self.gaz.national_body(name, self.day)
        candidates = self.gaz.body(kind, unit.iri, self.day)
        if len(candidates) == 1 and not strict:
            return candidates[0]
        wanted = _name_key(name)
        for c in candidates:
            if any(_name_key(n) == wanted for n in (c.name, *c.alt_names)):
                return c
        return None

    # ----- central -------------------------------------------------------------------------
    def national(self, name: str) -> Body:
        kind, parent = NATIONAL.get(name) or _reference_kind(self.gaz.national_body(name, self.day))
        return self._make(name, kind, "central", self.national(parent) if parent else None, None)

    def ministry(self, name: str) -> Body:
        return self._make(f"Bộ {name}", "ministry", "central", self.national("Chính phủ"), None)

    # ----- party ---------------------------------------------------------------------------
    def committee(self, unit: Place) -> Body:
        if unit.level == "commune":
            name = f"Đảng ủy {unit.display()}"
        else:
            head = _COMMITTEE_HEAD.get(unit.unit_type, "Thành ủy" if "thanh-pho" in unit.unit_type else "Huyện ủy")
            if unit.level == "province":
                name = f"{head} {unit.name}" if head == "Thành ủy" else f"{head} {unit.short}"
            else:
                name = f"{head} {unit.short if not unit.short[:1].isdigit() else unit.display()}"
        province = self.province_of(unit) if unit.level != "province" else None
        parent = self.committee(province) if province else None
        return self._make(name, "party_committee", unit.level, parent, unit)

    def standing_board(self, committee: Body) -> Body:
        return self._make(f"Ban Thường vụ {committee.name}", "party_standing_board", committee.level,
                          committee, committee.unit, strict=self.beside_own(committee))

    def standing_members(self, committee: Body) -> Body:
        return self._make(f"Thường trực {committee.name}", "party_standing_members", committee.level,
                          self.standing_board(committee), committee.unit, strict=self.beside_own(committee))

    def commission(self, head: str, committee: Body) -> Body:
        kind = "party_inspection_commission" if fold(head).startswith("uy ban kiem tra") else "party_commission"
        return self._make(f"{head} {committee.name}", kind, committee.level, committee, committee.unit,
                          strict=self.beside_own(committee))

    def beside_own(self, committee: Body) -> bool:
        """A party committee beside the unit's own ("Đảng ủy Khối các cơ quan tỉnh"): its organs are not the
        unit's committee's, whatever the reference holds for the unit."""
        return committee.unit is not None and committee.iri != self.committee(committee.unit).iri

    def party_group(self, head: str, state: Body) -> Body:
        """Đảng đoàn / Ban cán sự đảng / Đảng ủy inside a state body."""
        kinds = {"Đảng đoàn": "party_delegation", "Ban cán sự đảng": "party_affairs_committee"}
        if head == "Ban cán sự đảng" and state.kind == "peoples_committee" and (self.day or "") >= PARTY_GROUPS_END:
            head = "Đảng ủy"  # early 2025 the people's committees' party groups became their party committees
        kind = kinds.get(head, "party_committee")
        if state.unit is not None:
            parent = self.committee(self.province_of(state.unit) or state.unit)
        else:
            parent = self.national("Ban Chấp hành Trung ương Đảng")
        # a state body's "Đảng ủy" is not the unit's own committee (before 2025 the reference knows only
        # that one), and the Front's "Đảng đoàn" is not the council's (the reference knows only that one):
        # link a party group only to a reference body of the same name
        return self._make(f"{head} {state.name}", kind, state.level, parent, state.unit, strict=True)

    # ----- state ---------------------------------------------------------------------------
    def council(self, unit: Place) -> Body:
        return self._make(f"Hội đồng nhân dân {unit.display()}", "peoples_council", unit.level, None, unit)

    def council_standing(self, unit: Place) -> Body:
        council = self.council(unit)
        return self._make(f"Thường trực {council.name}", "peoples_council_standing", unit.level, council, unit)

    def people_committee(self, unit: Place) -> Body:
        return self._make(f"Ủy ban nhân dân {unit.display()}", "peoples_committee", unit.level, None, unit)

    def department(self, head: str, name: str, unit: Place) -> Body:
        ubnd = self.people_committee(unit)
        return self._make(f"{head} {name} {unit.display()}", "department", unit.level, ubnd, unit)

    def office_of(self, state: Body) -> Body:
        return self._make(f"Văn phòng {state.name}", "department", state.level, state, state.unit, state.collective)

    def front(self, unit: Place) -> Body:
        return self._make(f"Ủy ban Mặt trận Tổ quốc Việt Nam {unit.display()}", "fatherland_front", unit.level,
                          None, unit)

    def court(self, unit: Place) -> Body:
        return self._make(f"Tòa án nhân dân {unit.display()}", "court", unit.level, None, unit)

    def procuracy(self, unit: Place) -> Body:
        return self._make(f"Viện Kiểm sát nhân dân {unit.display()}", "procuracy", unit.level, None, unit)

    def other(self, name: str, kind: str, level: str, parent: Body | None, unit: Place | None,
              collective: bool = False) -> Body:
        return self._make(name, kind, level, parent, unit, collective, strict=True)

    # ----- helpers -------------------------------------------------------------------------
    def province_of(self, unit: Place) -> Place | None:
        if unit.level == "province":
            return unit
        if self.home is not None and self.home.province_code == unit.province_code:
            return self.home
        return self.gaz.province_by_code(unit.province_code, self.day)


def _reference_kind(record) -> tuple[str, str | None]:
    """Kind and parent of a central body only the reference gazetteer knows."""
    if record is None or record.kind in ("ministry", ""):
        return "ministry", "Chính phủ"
    return record.kind, None


def _name_key(name: str) -> str:
    """Names compare without the unit-type word before a place ("Thành ủy Thành phố Đà Nẵng" =
    "Thành ủy Đà Nẵng")."""
    words = fold(name).split()
    out = []
    i = 0
    while i < len(words):
        pair = " ".join(words[i:i + 2])
        if pair == "thanh pho" and i + 2 < len(words):
            i += 2
            continue
        if words[i] == "tinh" and i + 1 < len(words) and i > 0:
            i += 1
            continue
        out.append(words[i])
        i += 1
    return " ".join(out)
