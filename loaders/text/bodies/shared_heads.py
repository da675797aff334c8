"""One head written once for several places or stems: "UBND huyện A, thị xã B và TP C", "Tỉnh ủy 2 tỉnh
A và B", "các Bộ: Quốc phòng, Công an", "Sở Nội vụ, Tài chính tỉnh X".

Read after a body is found (or before the scan, for stems), so they are a frame of their own.
"""

from __future__ import annotations

import re

from bomay.loaders.text.bodies.helpers import _party_committee_of, _sector_alternation
from bomay.loaders.text.bodies.mentions import Mention, Plural
from bomay.loaders.text.bodies.party_organisations import PartyOrganisations
from bomay.loaders.text.bodies.patterns import (
    _DEPT_RX,
    _LIST_SEP_RX,
    _MINISTRY_RX,
    _STEMS,
    STEM_ABBREVIATIONS,
    _canonical,
)
from bomay.loaders.text.lexicon import DEPARTMENT_NAMES, MINISTRY_NAMES, alternation, rx
from bomay.loaders.text.naming import Body
from bomay.loaders.text.places import Place
from bomay.loaders.text.vocabulary import vocabulary
from bomay.textnorm import fold

_V = vocabulary()
# "các Bộ: Quốc phòng, Công an, Ngoại giao", "các Sở, ngành: Nội vụ, Y tế": one body per stem; "các Bộ trưởng: Nội
# vụ, Tư pháp": the ministers'
_STEM_LIST_RX = rx(r"các (bộ(?:, (?:ngành|cơ quan))?|bộ trưởng(?: các bộ)?|sở(?:, ban)?(?:, ngành)?"
                   r"|phòng(?:, ban)?(?:, ngành)?|đơn vị|cơ quan|ngành|cơ quan, đơn vị) ?(?:(?:như|gồm) ?)?: ?"
                   r"|(?<=thuộc\ )(bộ|sở|phòng) ?: ?"  # "cá nhân thuộc sở: KH-ĐT, Xây dựng, TN-MT"
                   r"|các (bộ|sở|phòng)(?:, ban)?(?:, ngành)? (?:như|gồm) (?=\w)"  # "các sở như Nội vụ, Tư pháp"
                   r"|các (bộ(?: trưởng(?: các)? bộ)?|sở|phòng) (?=\w)")  # "các Sở Y tế, Nội vụ": the stems follow
_STEM_ITEM_RX = rx(r"(" + _sector_alternation([*MINISTRY_NAMES, *_STEMS]) + r")(?!\w)")
_DEPT_ITEM_RX = rx(r"(" + _sector_alternation(_STEMS) + r")(?!\w)")
# after "các Bộ:" only ministries: "Tài chính, Kế hoạch và Đầu tư" is two, not the division "Tài chính - Kế hoạch"
_MINISTRY_ITEM_RX = rx(r"(" + _sector_alternation([*MINISTRY_NAMES, *STEM_ABBREVIATIONS]) + r")(?!\w)")
_STEM_ITEM_SEP_RX = rx(r"(?:,| và) ?")
# "Bộ Y tế, Tài chính và Công an", "Sở Nội vụ, Tài chính tỉnh X": one head written before several stems, no "các"
_SHARED_STEM_HEAD_RX = rx(r"(?<!\w)(bộ|sở) (?=\w)")
_GROUP_LIST_SEP_RX = rx(r"(?:, ?| và )")  # between the bodies sharing a party group's head (not ";")
_PLURAL_SEP_RX = rx(r"(?:, ?| và )(?=các (?:huyện|quận|thị xã|thành phố|xã|phường|thị trấn)\b)")
_PLACE_SEP_RX = rx(r"(?:, ?| và | - )(?=(?:huyện|quận|thị xã|thành phố|tp\.?|xã|phường|thị trấn) \w)")
# party groups counted or made plural before their list ("9 đảng đoàn, 3 ban cán sự đảng gồm: Đảng đoàn HĐND tỉnh,
# Ủy ban MTTQ tỉnh …"): one head written once for every body listed after it
_GROUP_HEADS_SHARED = {h.head: h.kind for h in _V.heads("party_group") if h.kind != "party_committee"}
_GROUP_SHARED_FORMS = [f for h in _V.heads("party_group") if h.kind != "party_committee" for f in h.forms]
_GROUPS_COUNTED_RX = rx(r"(?:(?:" + alternation(_V.body_cues("collective_opener")) + r")|\d+) (?:"
                        + alternation(_GROUP_SHARED_FORMS) + r")\b")
_GROUP_HOSTS = frozenset({"peoples_council", "peoples_committee", "fatherland_front", "court", "procuracy",
                          "mass_organisation", "national_assembly", "government", "ministry"})
_PROVINCE_PARTY_KINDS = frozenset({"party_committee", "party_standing_board", "party_standing_members"})
_LOCAL_PARTY_KINDS = frozenset({*_PROVINCE_PARTY_KINDS, "party_commission", "party_inspection_commission"})
_NEXT_LEVEL_RX = rx(r"(?:, ?| và )(cấp (?:huyện|xã)\b)")


class SharedHeads(PartyOrganisations):
    """One head written once for several places or stems."""

    def _provinces_follow(self, pos: int) -> bool:
        """Two more provinces' bare names follow ("Tỉnh ủy Ninh Bình, Đắk Lắk, Lào Cai", "UBND tỉnh A, B và C"): the
        head is theirs too (one name alone may be a person's or a place's in passing)."""
        seen = 0
        while seen < 2 and (sep := _LIST_SEP_RX.match(self.f, pos)) is not None:
            prov, end = self._province_name(sep.end())
            if prov is None:
                break
            seen, pos = seen + 1, end
        return seen >= 2

    def _listed_party_bodies(self, found: Mention) -> list[Mention]:
        """The same party body of each further province listed after the first ("Tỉnh ủy 2 tỉnh A và B")."""
        out: list[Mention] = []
        pos = found.end
        listed = pos in self._listed_provinces or self._provinces_follow(pos)
        while listed:
            sep = _LIST_SEP_RX.match(self.f, pos)
            prov, end = self._province_name(sep.end()) if sep else (None, pos)
            if prov is None or sep is None:
                break
            committee = self.namer.committee(prov)
            kind = found.body.kind
            other = (committee if kind == "party_committee" else self.namer.standing_board(committee)
                     if kind == "party_standing_board" else self.namer.standing_members(committee))
            out.append(Mention(sep.end(), end, self.t[sep.end():end], other))
            pos = end
        return out

    def _listed_party_groups(self, found: Mention) -> list[Mention]:
        """After "9 đảng đoàn, 3 ban cán sự đảng gồm:" the head is written once per kind: "Đảng đoàn HĐND tỉnh, Ủy
        ban MTTQ tỉnh, Hội Nông dân tỉnh; Ban cán sự đảng UBND tỉnh, Tòa án nhân dân tỉnh" names seven groups. Without
        the count the bodies after the first are themselves ("Ban cán sự đảng UBND tỉnh, Tòa án tỉnh họp …")."""
        head = next((h for h, kind in _GROUP_HEADS_SHARED.items() if kind == found.body.kind), None)
        opening = max(self.f.rfind(". ", 0, found.start), self.f.rfind("\n", 0, found.start))
        if head is None or not _GROUPS_COUNTED_RX.search(self.f, opening + 1, found.start):
            return []
        out: list[Mention] = []
        pos = found.end
        while (sep := _GROUP_LIST_SEP_RX.match(self.f, pos)) is not None:
            nxt = self.parse(sep.end())
            if nxt is None or nxt.body.collective or nxt.body.kind not in _GROUP_HOSTS:
                break
            out.append(Mention(nxt.start, nxt.end, nxt.surface, self.namer.party_group(head, nxt.body)))
            pos = nxt.end
        return out

    def _shared_head(self, found: Mention) -> list[Mention]:
        """Places listed after a People's Committee or Council each get the same head: "UBND huyện A,
        thị xã B và TP C" names three committees, "UBND các tỉnh A, B, C" three provinces'."""
        body = found.body
        if body.kind in ("party_delegation", "party_affairs_committee"):
            return self._listed_party_groups(found)
        if body.kind in _PROVINCE_PARTY_KINDS and body.unit is not None and body.unit.level == "province":
            return self._listed_party_bodies(found)  # "Ban Thường vụ Tỉnh ủy 3 tỉnh Lâm Đồng, Bình Thuận và Đắk Nông"
        local_party = body.kind in _LOCAL_PARTY_KINDS and not body.collective and body.unit is not None \
            and body.unit.level in ("district", "commune")  # "Đảng bộ các xã: A, B", "Đảng ủy xã A, xã B"
        front = body.kind == "fatherland_front" and not body.collective  # "Ủy ban MTTQVN các xã A, B, C"
        if body.kind not in ("peoples_committee", "peoples_council") and not local_party and not front:
            return []
        head = "ubnd" if body.kind == "peoples_committee" else "hdnd"
        if body.collective:  # "UBND cấp huyện, cấp xã": every unit of each level
            nxt = _NEXT_LEVEL_RX.match(self.f, found.end)
            if nxt is None:
                return []
            level = self.place(nxt.start(1))
            group = self._plural_state(head, level[0]) if isinstance(level[0], Plural) else None
            return [Mention(nxt.start(1), level[1], self.t[nxt.start(1):level[1]], group)] if group else []
        if body.unit is None:
            return []
        out: list[Mention] = []
        pos = found.end
        if body.unit.level == "province":
            listed = found.end in self._listed_provinces or self._provinces_follow(found.end)
            while listed:
                sep = _LIST_SEP_RX.match(self.f, pos)
                prov, end = self._province_name(sep.end()) if sep else (None, pos)
                if prov is None or sep is None:
                    break
                other = self._same_head(body, prov)
                out.append(Mention(sep.end(), end, self.t[sep.end():end], other))
                pos = end
            return out
        levels = self._listed_units.get(found.end)
        types = self._listed_types.get(found.end, frozenset())
        while levels:  # "UBND các huyện: A, B và C"
            sep = _LIST_SEP_RX.match(self.f, pos)
            unit, end = self._lower_name(sep.end(), levels, types) if sep else (None, pos)
            if unit is None or sep is None:
                break
            other = self._same_head(body, unit)
            out.append(Mention(sep.end(), end, self.t[sep.end():end], other))
            pos = end
        last = body.unit
        while True:  # "… và thị xã B": a unit written with its type word continues the list
            sep = _PLACE_SEP_RX.match(self.f, pos)
            if not sep:
                break
            place, end = self.place(sep.end(), allow_bare_name=False, bare_words=False)
            if not isinstance(place, Place) or place.level == "province":
                break
            if last is not None and sep.group(0).startswith(",") and (
                    (last.parent_iri is not None and place.iri == last.parent_iri)
                    or (last.level == "commune" and place.level == "district")):
                # "UBND phường Bến Nghé, Quận 1", "HĐND phường 3, thị xã Ngã Năm": where the ward lies (though
                # the gazetteer holds another "Phường 3" first), not a second committee
                pos = end
                continue
            last = place
            other = self._same_head(body, place)
            out.append(Mention(sep.end(), end, self.t[sep.end():end], other))
            pos = end
            while (more := _LIST_SEP_RX.match(self.f, pos)) is not None:  # "…, huyện Châu Thành, Châu Phú, Thoại Sơn"
                unit, end = self._lower_name(more.end(), {place.level}, frozenset({place.unit_type}))
                if unit is None:
                    break
                other = self._same_head(body, unit)
                out.append(Mention(more.end(), end, self.t[more.end():end], other))
                pos = end
        sep = _PLURAL_SEP_RX.match(self.f, pos) if not local_party else None
        place, end = self.place(sep.end(), allow_bare_name=False, bare_words=False) if sep else (None, pos)
        if sep and isinstance(place, Plural):
            # "UBND thành phố Thủ Đức và các quận, huyện": the same head for every unit of that level
            group = self._plural_state("ubnd" if body.kind == "peoples_committee" else "hdnd", place)
            if group is not None:
                out.append(Mention(sep.end(), end, self.t[sep.end():end], group))
        elif sep and isinstance(place, Place) and place.level != "province":
            # "UBND thành phố Châu Đốc, các huyện Châu Thành, Châu Phú": the named units of that level too
            named = [(sep.end(), end, place)]
            levels, types = self._listed_units.get(end), self._listed_types.get(end, frozenset())
            while levels and (more := _LIST_SEP_RX.match(self.f, end)) is not None:
                unit, after = self._lower_name(more.end(), levels, types)
                if unit is None:
                    break
                named.append((more.end(), after, unit))
                end = after
            for start, stop, unit in named:
                other = self._same_head(body, unit)
                out.append(Mention(start, stop, self.t[start:stop], other))
        return out

    def _same_head(self, body: Body, unit: Place) -> Body:
        """The committee or council of ``unit``, as ``body`` is of its own (a head shared along a list); a
        commune's party organisation keeps the word the list was written with ("Đảng bộ xã A, B")."""
        committee = _party_committee_of(body)
        if committee is not None and committee is not body and committee.unit is not None \
                and body.name.endswith(f" {committee.name}"):
            # "Ban Thường vụ Huyện ủy các huyện: A, B": each unit's committee's own organ
            organ = body.name[:-len(committee.name) - 1]
            own = self._same_head(committee, unit)
            if body.kind == "party_standing_board":
                return self.namer.standing_board(own)
            if body.kind == "party_standing_members":
                return self.namer.standing_members(own)
            return self.namer.commission(organ, own)
        if body.kind == "party_committee":
            if unit.level == "commune" and body.name.startswith("Đảng bộ "):
                district = self.gaz.parent_of(unit)
                parent = self.namer.committee(district) if district else self._home_committee()
                return self.namer.other(f"Đảng bộ {unit.display()}", "party_committee", "commune", parent, unit)
            return self.namer.committee(unit)
        if body.kind == "fatherland_front":
            return self.namer.front(unit)
        return self.namer.people_committee(unit) if body.kind == "peoples_committee" else self.namer.council(unit)

    def _stem_item(self, pos: int, ministry: bool) -> re.Match[str] | None:
        """One stem of a list at ``pos``; where a comma inside it ends a whole stem, the stem ends there ("Tài chính,
        Kế hoạch và Đầu tư" is two departments, not the district division "Tài chính - Kế hoạch")."""
        pattern = _MINISTRY_ITEM_RX if ministry else _DEPT_ITEM_RX
        item = pattern.match(self.f, pos)
        comma = self.f.find(",", pos, item.end()) if item else -1
        if item and comma > 0:
            first = pattern.match(self.f, pos, comma)
            if first and first.end() == comma:
                return first
        return item

    def _shared_stems(self, taken: list[tuple[int, int]]) -> list[Mention]:
        """"Bộ Y tế, Tài chính và Công an", "Sở Nội vụ, Tài chính, Xây dựng tỉnh X": capitalised stems listed after
        one written head are a ministry or department each (of the place after the last, else of the document's
        province); a single stem is read by the body grammar as usual."""
        out: list[Mention] = []
        for m in _SHARED_STEM_HEAD_RX.finditer(self.f):
            if not self.t[m.start()].isupper() or any(a <= m.start() < b for a, b in taken):
                continue
            ministry = fold(m.group(1)) == "bo"
            items: list[re.Match[str]] = []
            pos = m.end()
            while (item := self._stem_item(pos, ministry)) is not None and self.t[pos].isupper():
                items.append(item)
                sep = _STEM_ITEM_SEP_RX.match(self.f, item.end())
                if not sep or not self.t[sep.end():sep.end() + 1].isupper():
                    break
                pos = sep.end()
            whole = (_MINISTRY_RX if ministry else _DEPT_RX).match(self.f, m.start())
            if len(items) < 2 or self.f.startswith(" (", items[-1].end()) or (whole and whole.end() > items[0].end()):
                continue  # "Sở Giáo dục, Khoa học và Công nghệ (GD-KHCN)": one merged department, named so
            place, end = self.place(items[-1].end()) if not ministry else (None, items[-1].end())
            place = self.resolve_place(place) if place is not None else None
            unit = place if isinstance(place, Place) and place.level == "province" else self.home
            if not ministry and unit is None:
                continue
            last = end if isinstance(place, Place) and place.level == "province" else items[-1].end()
            for n, item in enumerate(items):
                stem = _canonical(item.group(1), [*MINISTRY_NAMES, *DEPARTMENT_NAMES])
                body = (self.namer.ministry(_canonical(stem, MINISTRY_NAMES)) if ministry or unit is None
                        else self.namer.department("Sở", stem, unit))
                start, stop = (m.start() if n == 0 else item.start()), (last if n == len(items) - 1 else item.end())
                out.append(Mention(start, stop, self.t[start:stop], body))
            self._list_heads.append((m.start(), last))
        return out

    def _stem_lists(self) -> list[Mention]:
        """"các Bộ: Quốc phòng, Công an, Ngoại giao", "các Sở, ngành: Nội vụ, Y tế, …": each stem is a
        body of its own (a ministry, or a department of the document's province)."""
        out: list[Mention] = []
        for m in _STEM_LIST_RX.finditer(self.f):
            bare = m.group(4) is not None  # no colon: the first stem must be capitalised, a stem
            such_as = m.group(3) is not None  # "các sở như Nội vụ, …": so must the first after "như"
            if (bare or such_as) and not (self.t[m.end()].isupper() and _STEM_ITEM_RX.match(self.f, m.end())):
                continue
            word = m.group(1) or m.group(2) or m.group(3) or m.group(4)
            generic = fold(word).startswith(("don vi", "co quan", "nganh"))
            if generic and (self.home is None or not _DEPT_ITEM_RX.match(self.f, m.end())):
                continue  # "các đơn vị: Y tế, Công an thành phố, …": sectors named bare are the unit's departments
            ministry = fold(word).startswith("bo")
            head = "Sở" if fold(word).startswith("so") or (generic and not self.locals) else "Phòng"
            place = self.home if head == "Sở" else (self.locals[0] if self.locals else None)
            every = not ministry and head == "Sở" and place is None  # a central text: every province's department
            if not ministry and place is None and not every:
                continue
            pos = m.end()
            while True:
                item = self._stem_item(pos, ministry)
                if item:
                    stem = _canonical(item.group(1), [*MINISTRY_NAMES, *DEPARTMENT_NAMES])
                    body = (self.namer.ministry(_canonical(stem, MINISTRY_NAMES)) if ministry
                            else self._provinces_department(stem, "tỉnh, thành phố") if place is None
                            else self.namer.department(head, stem, place))
                    found = Mention(item.start(), item.end(), self.t[item.start():item.end()], body)
                else:  # a whole name among the stems: "các sở, ngành: Công an tỉnh, Y tế, …"
                    whole = self.parse(pos) if self.t[pos:pos + 1].isupper() else None
                    if whole is None or whole.body is None:
                        break
                    found = whole
                if not out or out[-1].end < m.start():
                    self._list_heads.append((m.start(), m.end()))  # "các Bộ:" is no collective
                    if bare or such_as:  # "các Sở Y tế": the plural head is part of the first name
                        found = Mention(m.start(), found.end, self.t[m.start():found.end], found.body)
                out.append(found)
                if not item:  # "… và UBND các tỉnh: A, B": the whole name's shared head reaches on
                    out.extend(self._shared_head(found))
                    found = out[-1]
                sep = (_STEM_ITEM_SEP_RX if bare else _LIST_SEP_RX).match(self.f, found.end)  # "các sở: A; B"
                if not sep:
                    break
                pos = sep.end()
        return out
