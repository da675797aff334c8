"""Party groups in state bodies ("Ban cán sự đảng UBND tỉnh", "Đảng đoàn HĐND"), "Đảng bộ X" and
"Chi bộ X" named after the unit, agency, bloc or hamlet they sit in, and the committees of the
document's own units.

Apart from ``party_committees``: these are named after another body, read through the other frames.
"""

from __future__ import annotations

import re

from bomay.loaders.text.bodies.agencies import Agencies
from bomay.loaders.text.bodies.helpers import _skip_space
from bomay.loaders.text.bodies.mentions import Plural
from bomay.loaders.text.bodies.named_units import NamedUnits
from bomay.loaders.text.bodies.patterns import (
    _CAPITAL_NEXT_RX,
    _DEPT_RX,
    _EVENT_BEFORE_RX,
    _HAMLET_RX,
    _NEXT_STATE_RX,
    _TYPE_RX,
    _heads_by_written_form,
)
from bomay.loaders.text.lexicon import alternation, rx
from bomay.loaders.text.naming import Body
from bomay.loaders.text.places import Place
from bomay.loaders.text.vocabulary import vocabulary
from bomay.textnorm import fold

_V = vocabulary()
_GROUP_RX = rx(r"(" + alternation(_V.head_forms("party_group")) + r")\b")
_GROUP_BY_KEY = _heads_by_written_form("party_group")
# Party organisations named after their unit or agency ("Đảng bộ xã Tân Việt", "Đảng bộ Công an tỉnh")
_DANG_BO_RX = rx(r"đảng bộ\b")
_CHI_BO_RX = rx(r"chi bộ(?= )")
_CELL_HOST_KINDS = frozenset({"department", "other", "public_service_unit", "mass_organisation", "academy"})
# "Đảng bộ Khối các cơ quan tỉnh", "Đảng ủy Khối CCQ&DN": bloc committees of a province
PARTY_BLOCS = _V.body_word_meanings("party_bloc")  # words/body_words.csv
_BLOC_RX = rx(r"(" + alternation(list(PARTY_BLOCS)) + r")(?!\w)")
_BLOC_BY_KEY = {fold(k): v for k, v in PARTY_BLOCS.items()}
# blocs a district has, not a province: written bare they are of the document's own unit
_DISTRICT_BLOCS = {"Cơ quan Chính quyền", "Khối Chính quyền", "Cơ quan Dân chính Đảng", "Khối Dân chính Đảng",
                   "Khối Cơ quan Dân chính Đảng"}
_PARTY_ORGANS_RX = rx(r"các cơ quan đảng\b")
# a plural opener just before a head (body_cues.csv collective_opener: "các", "từng" …; and "những")
_PLURAL_BEFORE_RX = rx(r"(?<!\w)(?:" + alternation([*_V.body_cues("collective_opener"), "những"]) + r") $")


class PartyOrganisations(Agencies, NamedUnits):
    """Party groups, Đảng bộ and chi bộ, and the units they sit in."""

    def _own_commune_named(self, j: int) -> tuple[Place, int] | None:
        """A commune written by its bare name after its committee ("Đảng ủy Tân Hộ Cơ") in a district's text: one
        of that district's communes (the district the text speaks from or is about)."""
        own = self.container("commune")
        if own is None or own.level != "district":
            return None
        k = _skip_space(self.f, j)
        names = self._cap_words(k, 4)
        for count in range(len(names), 0, -1):
            unit = self.gaz.commune_of(own, self.t[k:names[count - 1][1]], self.namer.day)
            if unit is not None:
                end = names[count - 1][1]
                if self._names_follow(end, "commune"):  # "Đảng ủy Tân Hộ Cơ, Bình Phú và Tân Thành A"
                    self._listed_units[end] = {"commune"}
                    self._listed_types[end] = frozenset({unit.unit_type})
                return unit, end
        return None

    def _party_affairs_named_in_full(self) -> list[Body]:
        """The state bodies whose "Ban cán sự đảng" the text names in full, read once per text."""
        if self._party_affairs_owners is None:
            owners: list[Body] = []
            for g in _GROUP_RX.finditer(self.f):
                if _GROUP_BY_KEY[" ".join(fold(g.group(1)).split())] == "Ban cán sự đảng":
                    state = self._state(_skip_space(self.f, g.end())) or self._national(_skip_space(self.f, g.end()))
                    if state is not None and state[0] is not None and not state[0].collective:
                        owners.append(state[0])
            self._party_affairs_owners = owners
        return self._party_affairs_owners

    def _bare_party_affairs(self, j: int, after: int) -> tuple[Body | None, int]:
        """"Ban cán sự đảng" without its state body, alone or with a bare place word: the one the text names in
        full (when it names one), else the people's committee's of that province (the only state body at that level
        with one that directives address); ministries' groups are always named."""
        place, end = self.place(after, allow_bare_name=False)
        place = self.resolve_place(place) if place is not None else None
        if place is not None and not isinstance(place, Place):
            return None, after
        named = set(self._party_affairs_named_in_full())
        if len(named) == 1 and place is None:
            return named.pop(), after
        unit = place if isinstance(place, Place) else self.home
        if named or unit is None or unit.level != "province":
            return None, after
        return self.namer.people_committee(unit), end if isinstance(place, Place) else after

    def _party_group(self, j: int):
        m = _GROUP_RX.match(self.f, j)
        if not m:
            return None
        head = _GROUP_BY_KEY[" ".join(fold(m.group(1)).split())]
        k = _skip_space(self.f, m.end())
        if head == "Đảng ủy" and _BLOC_RX.match(self.f, k):  # "Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh"
            return self._dang_bo_of(k, _BLOC_RX.match(self.f, k), None)
        state = self._state(k) or self._national(k)
        if state is not None and state[0] is not None and state[0].kind in (
                "peoples_council", "peoples_committee", "fatherland_front", "national_assembly", "government",
                "ministry", "court", "procuracy"):
            body, end = state
            self._nest(k, end, body)
            return self.namer.party_group(head, body), end
        if head == "Ban cán sự đảng" and state is None and not _PLURAL_BEFORE_RX.search(self.f, max(0, j - 8), j):
            owner, end = self._bare_party_affairs(j, m.end())  # (not "các ban cán sự đảng, …": several groups)
            if owner is not None:  # "trình Ban cán sự đảng", "Ban cán sự đảng tỉnh giao …"
                return self.namer.party_group(head, owner), end
        if head == "Đảng đoàn" and state is None:
            inner = self.parse(k)  # "Đảng đoàn Hội Nông dân tỉnh": the party group of a mass organisation
            if inner is not None and inner.body.kind == "mass_organisation" and not inner.body.collective:
                self.nested.append(inner)
                return self.namer.party_group(head, inner.body), inner.end
        if head == "Đảng ủy":
            place, end = self.place(m.end(), allow_bare_name=False)
            place = self.resolve_place(place)
            if isinstance(place, Place) and place.level == "commune":
                return self.namer.committee(place), end
            if place is None and self.t[k:k + 1].isupper() and (cell := self._cell_host(k)) is not None \
                    and cell[0] is not None and (cell[0].kind in ("public_service_unit", "academy") or (
                        cell[0].kind == "department" and cell[0].name.startswith("Văn phòng "))
                        or self._named_unit(k, enterprise=True) is not None):
                # "Đảng ủy Bệnh viện Đa khoa tỉnh", "Đảng ủy Văn phòng UBND tỉnh", "Đảng ủy Tổng công ty Tín
                # Nghĩa": the unit's or the enterprise's committee
                return self._dang_bo_of(k, None, cell, True)
            if isinstance(place, Plural) and place.level == "commune" and self.f.startswith("các", k) and (
                    where := self.container("commune")):
                # "Đảng ủy các xã, phường, thị trấn": the committees of every commune, named like their UBND
                return self._commune_committees(f"Đảng ủy các {' '.join(place.words.split())}", where), end
            nxt = _NEXT_STATE_RX.match(self.f, m.end()) if place is None else None
            shared = self._state(nxt.end()) if nxt else None
            if shared is not None and shared[0] is not None and shared[0].collective and shared[0].level == "commune" \
                    and shared[0].unit is not None and " các " in shared[0].name:
                # "Đảng ủy, UBND các xã, thị trấn": the committees share the communes written after the state head
                words = shared[0].name.split(" các ", 1)[1].split(" thuộc ")[0]
                return self._commune_committees(f"Đảng ủy các {words}", shared[0].unit), m.end()
            single = shared[0] if shared is not None and shared[0] is not None and not shared[0].collective else None
            if single is not None and single.unit is not None and single.unit.level == "commune":
                self._list_placed.add(j)  # the place is written after the list: named, not in passing
                return self.namer.committee(single.unit), m.end()  # "Đảng ủy và UBND xã Tân Hưng"
            if place is None and self.locals and self.locals[0].level == "commune" \
                    and not _CAPITAL_NEXT_RX.match(self.t, m.end()):
                return self.namer.committee(self.locals[0]), m.end()  # a bare "Đảng ủy" in a commune's own text
            bloc = _BLOC_RX.match(self.f, k)
            inner = None if bloc else (self._department(k) or self._agency(k))
            if bloc or (inner is not None and inner[0] is not None):
                # "Đảng ủy Khối các cơ quan tỉnh", "Đảng ủy Sở Tài nguyên và Môi trường", "Đảng ủy Công an tỉnh"
                return self._dang_bo_of(k, bloc, inner, True)
            named = self._own_commune_named(m.end()) if place is None and self.t[k:k + 1].isupper() else None
            if named is not None:
                return self.namer.committee(named[0]), named[1]  # "Đảng ủy Tân Hộ Cơ" in its district's text
            cq = _PARTY_ORGANS_RX.match(self.f, k)
            if cq:  # "Đảng ủy các cơ quan Đảng tỉnh": the place written after it belongs to the name
                written, end = self.place(cq.end(), allow_bare_name=False)
                written = self.resolve_place(written)
                unit = written if isinstance(written, Place) else self.home
                if unit is None:
                    return None
                name = f"Đảng ủy các cơ quan Đảng {unit.name}"
                return self.namer.other(name, "party_committee", unit.level, self.namer.committee(unit), unit), (
                    end if isinstance(written, Place) else cq.end())
        return None

    def _dang_bo(self, j: int):
        """"Đảng bộ X" names the organisation whose committee leads it: "Đảng bộ Hương Sơn" = Huyện ủy
        Hương Sơn, "Đảng bộ Công an tỉnh" = Đảng ủy Công an tỉnh, "Đảng bộ Khối CCQ&DN tỉnh" = Đảng ủy
        Khối …; a commune's or an enterprise's keeps its name ("Đảng bộ xã Tân Việt")."""
        m = _DANG_BO_RX.match(self.f, j)
        if not m:
            return None
        k = _skip_space(self.f, m.end())
        congress = bool(_EVENT_BEFORE_RX.search(self.f, max(0, j - 22), j))
        if congress and not self._named_unit_after(k, typed_only=True):
            return None  # "Đại hội Đảng bộ tỉnh" is an event, not the committee
        if not self.t[j].isupper() and not self._named_unit_after(k):
            return None  # "đảng bộ xã" in lower case is any commune's; "đảng bộ xã Hồ Thị Kỷ" is one
        bloc = _BLOC_RX.match(self.f, k)
        inner = None if bloc else self._cell_host(k)
        if bloc or (inner is not None and inner[0] is not None):
            return self._dang_bo_of(k, bloc, inner)
        place, end = self.place(m.end(), allow_bare_name=True)
        place = self.resolve_place(place)
        if place is None and self.t[k:k + 1].isupper():
            place, end = self._own_commune_named(m.end()) or (None, end)  # "Đảng bộ Tân Hộ Cơ" in its district
        if isinstance(place, Plural) and place.level == "commune" and self.f.startswith("các", k) and (
                where := self.container("commune")):  # "Đảng bộ các xã, phường"
            return self._commune_committees(f"Đảng bộ các {' '.join(place.words.split())}", where), end
        if not isinstance(place, Place):
            return None
        if congress and place.level != "commune":
            return None  # "Đại hội đại biểu Đảng bộ thành phố Cần Thơ" in a district's text: the event
        if place.level == "commune":  # (its congress names a commune's organisation: "Đại hội Đảng bộ xã Tân Việt")
            district = self.gaz.parent_of(place)
            parent = self.namer.committee(district) if district else self._home_committee()
            return self.namer.other(f"Đảng bộ {place.display()}", "party_committee", "commune", parent, place), end
        return self.namer.committee(place), end

    def _named_unit_after(self, k: int, typed_only: bool = False) -> bool:
        """A capitalised unit follows: "xã Hồ Thị Kỷ", "ấp Tân Lợi", "Trường Tiểu học Tân Lợi", not "xã" alone
        (``typed_only``: a unit with its type word, "xã Hồ Thị Kỷ", not "Trường …")."""
        if self.t[k:k + 1].isupper() and not typed_only:
            return True
        typed = _TYPE_RX.match(self.f, k) or (_HAMLET_RX.match(self.f, k - 1) if k else None)
        at = _skip_space(self.f, typed.end()) if typed is not None else k
        first = self.t[at:at + 1] if typed is not None else ""
        return first.isupper() or first.isdigit()  # "xã Hồ Thị Kỷ", "ấp 3"

    def _cell_host(self, k: int):
        """The unit a party organisation sits in ("Đảng bộ Sở Nội vụ", "Chi bộ Trường THPT …"): a department, an
        agency, a named unit or an enterprise."""
        if _DEPT_RX.match(self.f, k) and self.t[k].isupper():
            got = self._department(k)
            if got is not None and got[0] is not None:
                return got
        got = self._agency(k) or self._named_unit(k) or self._named_unit(k, enterprise=True)
        if got is None:
            mention = self.parse(k)  # "Chi bộ Văn phòng HĐND tỉnh": an office of a council or a committee
            if mention is not None and mention.body.kind in _CELL_HOST_KINDS and not mention.body.collective:
                got = mention.body, mention.end
        return got

    def _chi_bo(self, j: int):
        """"Chi bộ Sở Nội vụ", "Chi bộ Trường THPT Nguyễn Huệ", "Chi bộ ấp Phú Thạnh": a party cell, named
        after the unit or the hamlet it sits in."""
        m = _CHI_BO_RX.match(self.f, j)
        if not m or _EVENT_BEFORE_RX.search(self.f, max(0, j - 22), j):
            return None  # "Đại hội Chi bộ …" is an event
        if not self.t[j].isupper() and not self._named_unit_after(_skip_space(self.f, m.end())):
            return None  # "chi bộ" in lower case: any cell, unless a named unit follows ("chi bộ Trường Tiểu học …")
        hamlet = _HAMLET_RX.match(self.f, m.end())
        if hamlet:
            names = self._cap_words(_skip_space(self.f, hamlet.end()), 4)
            own = self.own_unit()
            if not names or own is None or own.level not in ("commune", "district"):
                return None
            end = names[-1][1]
            written = " ".join(self.t[hamlet.start(1):end].split())
            if own.level == "district":  # a district's text: the hamlet's commune if written after it, else none
                sep = re.compile(r",? ").match(self.f, end)
                commune, after = self.place(sep.end(), allow_bare_name=False) if sep else (None, end)
                if isinstance(commune, Place) and commune.level == "commune":
                    own, end = commune, after
                else:
                    return self.namer.other(f"Chi bộ {written}", "party_committee", "commune",
                                            self.namer.committee(own), own), end
            return self.namer.other(f"Chi bộ {written} {own.display()}", "party_committee", "commune",
                                    self.namer.committee(own), own), end
        inner = self._cell_host(_skip_space(self.f, m.end()))
        if inner is None or inner[0] is None or inner[0].collective:
            return None
        body, end = inner
        province = self.namer.province_of(body.unit) if body.unit else None
        committee = self.namer.committee(province) if province else None
        return self.namer.other(f"Chi bộ {body.name}", "party_committee", body.level, committee, body.unit), end

    def _dang_bo_of(self, k: int, bloc: re.Match | None, inner, dang_uy_written: bool = False):
        """The committee of a bloc or of an agency: "Đảng ủy Khối các cơ quan tỉnh", "Đảng ủy Công an
        tỉnh", "Đảng ủy Sở Y tế"; an enterprise's or a unit's keeps "Đảng bộ" unless the text wrote "Đảng ủy"
        ("Đảng ủy Bộ Chỉ huy Quân sự tỉnh")."""
        if bloc:
            place, end = self.place(bloc.end(), allow_bare_name=True)
            place = self.resolve_place(place)
            if not isinstance(place, Place):
                if _BLOC_BY_KEY[fold(bloc.group(1))] in _DISTRICT_BLOCS:  # a district's bloc, bare in its own text
                    own = self.own_unit()  # (elsewhere "Đảng bộ Cơ quan chính quyền" names a kind of organisation)
                    if own is None or own.level != "district":
                        return None
                    place, end = own, bloc.end()
                else:
                    place, end = self.home, bloc.end()
            if place is None:
                return None
            name = f"Đảng ủy {_BLOC_BY_KEY[fold(bloc.group(1))]} {place.display()}"
            return self.namer.other(name, "party_committee", place.level, self.namer.committee(place), place), end
        body, end = inner
        head = "Đảng ủy" if dang_uy_written or body.kind != "other" or fold(body.name).startswith("cong an") \
            else "Đảng bộ"
        province = self.namer.province_of(body.unit) if body.unit else None
        committee = self.namer.committee(province) if province else None
        return self.namer.other(f"{head} {body.name}", "party_committee", body.level, committee, body.unit), end

    def _commune_committees(self, head: str, where: Place) -> Body:
        """The party committees of every commune in ``where`` (one collective)."""
        return self.namer.other(f"{head} thuộc {where.display()}", "party_committee", "commune",
                                self.namer.committee(where), where, True)

    def _home_committee(self) -> Body | None:
        return self.namer.committee(self.home) if self.home is not None else None
