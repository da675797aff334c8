"""Party committees named after their unit ("Tỉnh ủy", "Huyện ủy X", "Đảng ủy xã X"), their sub-bodies
("Ban Thường vụ", "Ủy ban Kiểm tra", "Văn phòng"), and the committees and party groups under them
("các huyện ủy, thành ủy trực thuộc").
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from bomay.loaders.text.bodies.helpers import _head_case, _names_a_place, _skip_space
from bomay.loaders.text.bodies.mentions import Plural
from bomay.loaders.text.bodies.party_organisations import PartyOrganisations
from bomay.loaders.text.bodies.patterns import (
    _CAPITALS,
    _COMMITTEE_HEADS,
    _COMMUNE_COMMITTEE_HEADS,
    _CUA_RX,
    _DIRECTLY_UNDER_RX,
    _MINISTRY_RX,
    _NAME_SEP_RX,
    _TYPE_RX,
    _canonical,
    _heads_by_written_form,
)
from bomay.loaders.text.lexicon import MINISTRY_NAMES, alternation, match_form, rx
from bomay.loaders.text.naming import Body
from bomay.loaders.text.places import Place, unlisted_unit
from bomay.loaders.text.vocabulary import vocabulary
from bomay.textnorm import fold

_V = vocabulary()
# the same committee word later in a list, and where the place after it starts (_place_of_next_committee)
_NEXT_COMMITTEE_RX = {w: rx(r"[^.;:()]{0,60}?(?<!\w)(" + w + r" ủy)\b") for w in ("tỉnh", "thành")}
_COMMITTEE_RX = rx(r"(" + alternation([h.split()[0] for h in _COMMITTEE_HEADS]) + r") ủy\b(?! viên)")
# "các huyện ủy, thành ủy", "các đảng bộ trực thuộc", "các cấp ủy": committees under the document's own
# (body_words.csv, role lower_committee: the word as written -> the committee word of the group's name)
_LOWER_COMMITTEE_FORMS = _V.body_word_meanings("lower_committee")
_LOWER_COMMITTEE_WORDS = {fold(k): v for k, v in _LOWER_COMMITTEE_FORMS.items()}
_UNIT_TYPE_FORMS = set(_V.unit_types())
_COMMITTEE_WORD_RX = rx(r"(" + alternation(list(_LOWER_COMMITTEE_FORMS)) + r")\b")
_LOWER_COMMITTEES_RX = rx(r"các (?:" + alternation([w for w in _LOWER_COMMITTEE_FORMS if w not in _UNIT_TYPE_FORMS])
                          + r")\b((?:(?:,| và) (?:các )?(?:"
                          + alternation([w for w, c in _LOWER_COMMITTEE_FORMS.items() if c != "cấp ủy"])
                          + r")\b)*)( trực thuộc| thuộc)?")
# "các huyện, thành, thị ủy": unit words sharing one written "ủy" (group 1: the words, group 2: the link after)
_SHARED_UY_WORDS = {match_form(w): w for w in ("huyện", "quận", "thị", "thành")}
_SHARED_UY_RX = rx(r"các ((?:huyện|quận|thị|thành)(?: ?, ?| và )(?:(?:huyện|quận|thị|thành)(?: ?, ?| và ))*"
                   r"(?:huyện|quận|thị|thành)) ủy\b( trực thuộc| thuộc)?")
_CENTRE_WORD_RX = rx(r"\s*(?:trung ương|tw)\b")
_BCH_DANG_BO_RX = rx(r"(?:ban chấp hành|bch) đảng bộ\b")
_SUB_RX = rx(r"(" + alternation(_V.head_forms("sub_body")) + r")\b")
# a sub-body's head as written ("TT", "VP", "UBKT") -> its head in full
_SUB_HEAD_BY_KEY = _heads_by_written_form("sub_body")
# a bare "Ban Thường vụ" / "Thường trực" (_bare_standing): not before a name, not in a title, only where a
# party committee has been named
_CAPITAL_WORD_AFTER_RX = re.compile(r"[ \t]+[" + _CAPITALS + "]")
_TOWN_SHORT_RX = re.compile(r"TT\.")  # "TT.Phước Hải", "TT. Long Điền": a thị trấn, not a "Thường trực"
_TITLE_BEFORE_STANDING_RX = rx(r"(?:bí thư|chủ tịch|chủ nhiệm|phó|trưởng|ủy viên|thành viên|cơ quan|lực lượng) $")
_UNDER_A_PROVINCE = ("huyện ủy", "quận ủy", "thị ủy")  # "các huyện ủy" alone: a province's district committees
_PARTY_COMMITTEE_WORD_RX = rx(r"(?<!\w)(?:tỉnh ủy|thành ủy|huyện ủy|quận ủy|thị ủy|đảng ủy)(?!\w)")
_STANDING_NAMED_RX = rx(r"(?<!\w)thường trực (?=\w)")
# the title of a sub-body's head between listed sub-bodies ("Chủ nhiệm Ủy ban Kiểm tra, Chánh Văn phòng Đảng ủy")
_HEAD_TITLE_BETWEEN_RX = rx(r"(?:phó )?(?:chủ nhiệm|chánh|trưởng) ")
_COMMUNE_COMMITTEE_RX = rx(r"(?:" + alternation(_COMMUNE_COMMITTEE_HEADS) + r")\b")
_COLON_RX = re.compile(r" ?: ?")
_BRACKETED_SHORT_RX = re.compile(r" ?\((?:[A-ZĐ][A-ZĐ&.\-]{1,9})\)")  # (as written) " (UBKT)", " (BCĐ)"
# "Ban Tuyên giáo các huyện, thị, thành phố": each district's type word (folded) -> its committee's word
_DISTRICT_COMMITTEE_WORDS = {"huyen": "huyện ủy", "thi": "thị ủy", "thi xa": "thị ủy", "thanh pho": "thành ủy",
                             "thanh": "thành ủy", "quan": "quận ủy", "tp": "thành ủy", "tx": "thị ủy"}
# the unit types a committee's head word names ("Huyện ủy" a huyện, "Thị ủy" a thị xã)
_COMMITTEE_TYPES = {"huyện": frozenset({"huyen"}), "quận": frozenset({"quan"}), "thị": frozenset({"thi-xa"}),
                    "thành": frozenset({"thanh-pho-thuoc-tinh", "thanh-pho-thuoc-thanh-pho"})}


def _home_fits(word: str, home: Place) -> bool:
    """A bare "Thành ủy" fits a city, a bare "Tỉnh ủy" a province."""
    return (word == "thành") == home.unit_type.startswith("thanh-pho")


class PartyCommittees(PartyOrganisations):
    """Party committees named after their unit, their sub-bodies and the committees under them."""

    def _committee(self, j: int):
        m = _BCH_DANG_BO_RX.match(self.f, j)
        head = None
        if m:
            head = "bch"
        else:
            m = _COMMITTEE_RX.match(self.f, j)
        if not m:
            return None
        place, end = self.place(m.end())
        place = self.resolve_place(place)
        word = m.group(1) if head is None else None
        if place is None and word in ("huyện", "quận", "thị", "thành") \
                and (listed := self._units_listed_after_colon(m.end())) is not None:
            place, end = listed  # "Ban Thường vụ Huyện ủy: Giồng Riềng, Châu Thành": one committee per name
        if place is None or isinstance(place, Plural):
            if isinstance(place, Plural) or word in ("huyện", "quận", "thị"):
                wanted = {"huyện": "huyện", "quận": "quận", "thị": "thị xã"}.get(word or "", "huyện")
                near = self._bare_unit(j, wanted)
                if not isinstance(near, Place):
                    return (None, m.end())
                place, end = near, (end if isinstance(place, Plural) else m.end())
            elif word is None and self.locals and self.locals[0].level in ("district", "commune"):
                place, end = self.locals[0], m.end()  # "Ban Chấp hành Đảng bộ" of a district's or commune's text
            elif self.home is not None and (word is None or _home_fits(word, self.home)):
                place, end = self.home, m.end()
            elif word == "thành" and isinstance(city := self._bare_unit(j, "thành phố"), Place):
                place, end = city, m.end()
            elif self.home is None and word in ("tỉnh", "thành") \
                    and isinstance(shared := self._place_of_next_committee(word, m.end()), Place):
                place, end = shared, m.end()  # "Ban Thường vụ Tỉnh ủy và Thường trực Tỉnh ủy Kiên Giang"
            else:
                return (None, m.end())
        if not isinstance(place, Place):
            return (None, m.end())
        if place.level == "province" and word in ("thành", "thị") and not _home_fits(word, place):
            # "Thành ủy Thái Bình" in a province (not a city under the centre): the city of that name
            city = self.gaz.unit_in(place.province_code, place.short, self.namer.day, "district")
            written = " ".join(self.t[_skip_space(self.f, m.end()):end].split())
            if city is None and written and written != place.short:  # "Thành ủy Huế" in Thừa Thiên Huế
                city = self.gaz.unit_in(place.province_code, written, self.namer.day, "district")
            if city is None and written and not _TYPE_RX.match(self.f, _skip_space(self.f, m.end())):
                # the province's city the gazetteer no longer holds (Huế became its districts in 2025)
                city = unlisted_unit("thành phố" if word == "thành" else "thị xã", written, place.province_code)
            if city is not None:
                place = city
        types = _COMMITTEE_TYPES.get(word or "")
        if place.level == "district" and types and place.unit_type not in types:
            # "Huyện ủy Cai Lậy" where a huyện and a thị xã share the name: the head says which
            other = self.gaz.unit_in(place.province_code, place.short, self.namer.day, "district", types)
            if other is not None and other.unit_type in types:
                place = other
            elif word != "thành":
                # "Huyện ủy Phú Quốc" in 2018, though the gazetteer knows only the later city: the unit as
                # the head names it (its territory is the one the gazetteer links), as for "UBND huyện Sa Pa"
                written = {"huyện": "Huyện", "quận": "Quận", "thị": "Thị xã"}[word or "huyện"]
                place = replace(place, name=f"{written} {place.short}", unit_type=min(types))
        if place.level == "district" and (j, place) not in self.named_lower:
            bisect.insort(self.named_lower, (j, place), key=lambda pair: pair[0])  # in text order, for bare words
        if place.level == "district" and word in ("huyện", "quận", "thị", "thành") \
                and self._names_follow(end, "district", exact=True):
            self._listed_units[end] = {"district"}  # "Huyện ủy Giồng Riềng, Châu Thành": the head shared
        return self.namer.committee(place), end

    def _units_listed_after_colon(self, k: int) -> tuple[Place, int] | None:
        """The first of the districts named after a committee's head and a colon ("Huyện ủy: A, B"), when more
        follow."""
        colon = _COLON_RX.match(self.f, k)
        if colon is None or self.home is None:
            return None
        unit, end = self._lower_name(colon.end(), {"district"})
        return (unit, end) if unit is not None and self._names_follow(end, "district", exact=True) else None

    def _committee_at(self, j: int) -> tuple[Body, int] | None:
        k = _skip_space(self.f, j)
        cua = _CUA_RX.match(self.f, k)
        if cua:
            k = cua.end()
        got = self._committee(k)
        if got is None or got[0] is None:
            got = self._commune_committee(k)
        if got is None and (led := self._dang_bo(k)) is not None and led[0] is not None \
                and led[0].kind == "party_committee" and not led[0].collective:
            self._nest(k, led[1], led[0])
            return led  # "các chi bộ trực thuộc Đảng bộ xã Bình Mỹ"
        if got is None and (led := self._party_group(k)) is not None and led[0] is not None \
                and led[0].kind == "party_committee" and not led[0].collective:
            self._nest(k, led[1], led[0])
            return led  # "Ban Thường vụ Đảng ủy Khối …", "Ban Tuyên giáo Đảng ủy Khối các cơ quan tỉnh"
        return got

    def _commune_committee(self, k: int) -> tuple[Body, int] | None:
        """"Đảng ủy xã X", or a bare "Đảng ủy" in a commune's own text: the commune's party committee."""
        m = _COMMUNE_COMMITTEE_RX.match(self.f, k)
        if not m:
            return None
        place, end = self.place(m.end(), allow_bare_name=False)
        place = self.resolve_place(place)
        if place is None and self.t[m.start():m.start() + 1].isupper():
            place, end = self._own_commune_named(m.end()) or (None, end)
        if isinstance(place, Place):
            return (self.namer.committee(place), end) if place.level == "commune" else None
        if place is None and (near := self._commune_just_named(k, sentence=bool(self.locals))) is not None:
            return self.namer.committee(near), m.end()  # "Tại xã A, Đảng ủy xã giao Văn phòng Đảng ủy …"
        if place is None and self.locals and self.locals[0].level == "commune":
            return self.namer.committee(self.locals[0]), m.end()
        return None

    def _commune_just_named(self, j: int, sentence: bool) -> Place | None:
        """The commune named last before ``j`` in its paragraph (in its sentence, if ``sentence``), no other unit named
        after it: a bare "Đảng ủy" there is that commune's."""
        cuts = [self.f.rfind(c, 0, j) for c in ("\n", *((". ", "; ") if sentence else ()))]
        start = max(cuts) + 1
        before = [p for pos, p in self.named_lower if start <= pos < j]
        return before[-1] if before and before[-1].level == "commune" else None

    def _place_of_next_committee(self, word: str, k: int) -> Place | None:
        """In a central text, the place written after the same committee word later in the list ("Ban Thường vụ Tỉnh
        ủy và các đồng chí Thường trực Tỉnh ủy Kiên Giang"): the list speaks of one province."""
        nxt = _NEXT_COMMITTEE_RX[word].match(self.f, k)
        if nxt is None or not _NAME_SEP_RX.search(self.f, k, nxt.start(1)):
            return None
        place, _end = self.place(nxt.end())
        place = self.resolve_place(place)
        return place if isinstance(place, Place) and place.level == "province" else None

    def _shared_committee(self, j: int) -> Body | None:
        """The committee of the next sub-body head in a list ("Ủy ban Kiểm tra, Văn phòng Đảng ủy")."""
        sep = _NAME_SEP_RX.match(self.f, j)
        title = _HEAD_TITLE_BETWEEN_RX.match(self.f, sep.end()) if sep else None
        at = title.end() if title else sep.end() if sep else j  # "Chủ nhiệm Ủy ban Kiểm tra, Chánh Văn phòng Đảng ủy"
        if not sep or not _SUB_RX.match(self.f, at):
            return None
        nxt = self._sub_body(at)
        body = nxt[0] if nxt is not None else None
        while body is not None and body.kind != "party_committee":
            body = body.parent if body.kind.startswith("party") else None
        return body

    def _sub_body(self, j: int):
        m = _SUB_RX.match(self.f, j)
        if not m:
            return None
        written = " ".join(fold(m.group(1)).split())
        full = _SUB_HEAD_BY_KEY.get(written)
        head_word = fold(full) if full else written  # "TT HĐND", "VP UBND", "BTV": the head in full
        after = m.end()
        if (short := _BRACKETED_SHORT_RX.match(self.t, after)) is not None:
            after = short.end()  # "Ủy ban Kiểm tra (UBKT) Thành ủy Hà Nội": the short form given in brackets
        k = _skip_space(self.f, after)
        written_head = full if full and fold(full) != written else _head_case(self.t[j:m.end()])
        lower = _LOWER_COMMITTEES_RX.match(self.f, k)
        if lower:
            return self._of_lower_committees(head_word, lower, written_head)
        if head_word not in ("thuong truc", "van phong") and self.f.startswith("các ", k):
            districts = self._districts_committees(head_word, written_head, k)
            if districts is not None:
                return districts
        got = self._committee_at(after)
        shared = got is None and self._shared_committee(after)
        if shared:
            got = (shared, after)  # "Ủy ban Kiểm tra, Văn phòng Đảng ủy": the committee after the last head
        if got is not None:
            # "Ban Thường vụ Tỉnh ủy An Giang", "Ban Tuyên giáo Thành ủy Hà Nội" speak of the board or the commission
            # only: the committee is a body of the text where the text names it by itself
            committee, end = got
            if head_word == "ban thuong vu":
                return self.namer.standing_board(committee), end
            if head_word == "thuong truc":
                return self.namer.standing_members(committee), end
            return self.namer.commission(written_head, committee), end
        if head_word == "van phong" and (ministry := _MINISTRY_RX.match(self.f, k)):  # "Văn phòng Bộ GD&ĐT"
            body = self.namer.ministry(_canonical(ministry.group(1), MINISTRY_NAMES))
            self._nest(k, ministry.end(), body)
            return self.namer.other(f"Văn phòng {body.name}", "department", "central", body, None), ministry.end()
        if head_word in ("thuong truc", "van phong"):
            state = self._state(k)
            if state is not None and state[0] is not None:
                body, end = state
                if head_word == "thuong truc" and _names_a_place(self.t[k:end]):
                    self._nest(k, end, body)  # "Thường trực HĐND tỉnh" alone speaks of the standing body
                if head_word == "van phong":
                    return self.namer.office_of(body), end
                if body.kind == "peoples_council" and body.collective:  # "Thường trực HĐND các huyện, thành phố"
                    return self.namer.other(f"Thường trực {body.name}", "peoples_council_standing", body.level, body,
                                            body.unit, True), end
                if body.kind == "peoples_council" and body.unit is not None:
                    return self.namer.council_standing(body.unit), end
                if body.kind == "peoples_committee" and not body.collective:
                    return body, end  # "Thường trực UBND tỉnh" (its chair and vice-chairs) acts as the committee
        if head_word in ("ban thuong vu", "thuong truc") and written != "thuong vu":  # "Thường vụ" names its committee
            bare = self._bare_standing(head_word, j, m.end())
            if bare is not None:
                return bare, m.end()
        return None

    def _bare_standing(self, head_word: str, j: int, end: int) -> Body | None:
        """A bare "Ban Thường vụ" or "Thường trực" in a text that has named a party committee ("… báo cáo Ban
        Thường vụ trước ngày 30/9"): the board of the document's own committee, and for "Thường trực" the
        standing body named last ("Thường trực HĐND tỉnh" … "báo cáo Thường trực"), else its committee's."""
        if not self.t[j].isupper() or _CAPITAL_WORD_AFTER_RX.match(self.t, end) or _TOWN_SHORT_RX.match(self.t, j) \
                or _TITLE_BEFORE_STANDING_RX.search(self.f, max(0, j - 16), j):
            return None  # "Ban Thường vụ Tỉnh đoàn", "Phó Bí thư Thường trực", "Phó Chủ tịch Thường trực"
        if not _PARTY_COMMITTEE_WORD_RX.search(self.f, 0, j):
            return None
        if head_word == "thuong truc":
            for prior in reversed(list(_STANDING_NAMED_RX.finditer(self.f, 0, j))):
                got = self._sub_body(prior.start())
                if got is not None and got[0] is not None and got[1] > prior.end():
                    return got[0]
        local = next((p for p in self.locals if p.level in ("district", "commune")), None)
        committee = self.namer.committee(local) if local is not None else self._home_committee()
        if committee is None:
            return None
        if head_word == "thuong truc":
            return self.namer.standing_members(committee)
        return self.namer.standing_board(committee)

    def _districts_committees(self, head_word: str, head: str, k: int):
        """"Ban Tuyên giáo các huyện, thị, thành phố": a party organ of every district of the home province, named
        by its committees ("Ban Tuyên giáo các huyện ủy, thị ủy, thành ủy trực thuộc Tỉnh ủy X")."""
        place, end = self.place(k, allow_bare_name=False)
        if not isinstance(place, Plural) or place.level != "district" or self.home is None \
                or self.home.level != "province":
            return None
        written = [" ".join(fold(w).split()) for w in re.split(r",| và ", place.words)]
        if not written or any(w not in _DISTRICT_COMMITTEE_WORDS for w in written):
            return None
        words = [_DISTRICT_COMMITTEE_WORDS[w] for w in written]
        committee = self.namer.committee(self.home)
        name = f"{head} các {', '.join(dict.fromkeys(words))} trực thuộc {committee.name}"
        kind = {"ban thuong vu": "party_standing_board", "uy ban kiem tra": "party_inspection_commission"}.get(
            head_word, "party_commission")
        return self.namer.other(name, kind, "district", committee, committee.unit, True), end

    def _of_lower_committees(self, head_word: str, lower: re.Match, head: str = ""):
        """"Ban Thường vụ các cấp ủy trực thuộc", "Ban Thường vụ các huyện ủy, thành ủy", "Ban Thường vụ
        các đảng bộ trực thuộc Tỉnh ủy": the boards of every committee under the document's own; "Ban Tổ chức các
        huyện ủy, thành ủy": their commissions."""
        words: list[str] = []
        for w in _COMMITTEE_WORD_RX.findall(self.f, lower.start(), lower.end(1)):
            w = _LOWER_COMMITTEE_WORDS[" ".join(fold(w).split())]
            if w not in words:
                words.append(w)
        end = lower.end()
        link = lower.group(2)
        got = self._committee_at(end) if link else None
        committee, end = got if got else (self._home_committee(), end)
        if committee is None:
            return None
        link = re.sub(r"\s+", " ", link or "trực thuộc").strip()
        group = ", ".join(words)
        if head_word == "ban thuong vu":
            name = f"Ban Thường vụ các {group} {link} {committee.name}"
            return self.namer.other(name, "party_standing_board", "district", committee, committee.unit, True), end
        if head_word == "uy ban kiem tra":
            where = committee.unit.name if committee.unit else ""
            name = (f"Ủy ban Kiểm tra các cấp ủy thuộc Đảng bộ {where}".strip() if words == ["cấp ủy"]
                    else f"Ủy ban Kiểm tra các {group} {link} {committee.name}")
            return self.namer.other(name, "party_inspection_commission", "district", committee, committee.unit,
                                    True), end
        if head and head_word not in ("thuong truc", "van phong") and words != ["cấp ủy"]:
            name = f"{head} các {group} {link} {committee.name}"
            return self.namer.other(name, "party_commission", "district", committee, committee.unit, True), end
        return None

    def _lower_committees(self, j: int):
        """"các huyện ủy, thị ủy, thành ủy trực thuộc Tỉnh ủy", "các đảng bộ trực thuộc Huyện ủy", "các tỉnh
        ủy, thành ủy, đảng ủy trực thuộc Trung ương": the committees under one, as one collective named by
        the words as written and the committee they belong to (its written name when central)."""
        lower = _LOWER_COMMITTEES_RX.match(self.f, j) or _SHARED_UY_RX.match(self.f, j)
        if not lower:
            return None
        if lower.re is _SHARED_UY_RX:  # "các huyện, thành, thị ủy": each unit word takes the "ủy" written once
            words = [f"{_SHARED_UY_WORDS[w]} ủy" for w in re.findall(r"\w+", self.f[lower.start(1):lower.end(1)])
                     if w in _SHARED_UY_WORDS]
        else:
            words = [" ".join(self.t[m.start():m.end()].lower().split())
                     for m in _COMMITTEE_WORD_RX.finditer(self.f, lower.start(), lower.end(1))]
        if not words or "cấp ủy" in {_LOWER_COMMITTEE_WORDS[" ".join(fold(w).split())] for w in words}:
            return None  # "các cấp ủy": the party collective (_collective)
        link = lower.group(2)
        end = lower.end()
        owner: Body | None = None
        written = None
        if link:
            got = self._committee_at(end) or self._national(_skip_space(self.f, end))
            if got is not None and got[0] is not None:
                owner, end = got
                written = " ".join(self.t[_skip_space(self.f, lower.end()):end].split())
        if owner is None and "tỉnh ủy" in words:
            owner, written = self.namer.national("Ban Chấp hành Trung ương Đảng"), "Trung ương"  # provinces' committees
            tw = _CENTRE_WORD_RX.match(self.f, end) if link else None
            end = tw.end() if tw else end
        elif owner is None and (link or len(words) > 1
                                or _LOWER_COMMITTEE_WORDS[" ".join(fold(words[0]).split())] in _UNDER_A_PROVINCE):
            # "các huyện ủy, thị ủy, thành ủy và đảng ủy trực thuộc", "các huyện ủy": under the document's own committee
            local = next((p for p in self.locals if p.level == "district"), None)
            owner = self.namer.committee(local) if local is not None else self._home_committee()
        if owner is None:
            return None
        rank = {"central": 0, "province": 1, "district": 2}
        level = ("province", "district", "commune")[min(rank.get(owner.level, 2), 2)]
        where = written if owner.unit is None and written else owner.name
        name = f"Các {', '.join(dict.fromkeys(words))} {' '.join((link or 'trực thuộc').split())} {where}"
        return self.namer.other(name, "party_committee", level, owner, owner.unit, True), end

    def _party_groups_under(self, words: list[str], end: int) -> tuple[Body, int] | None:
        """"các ban cán sự đảng, đảng đoàn (trực thuộc Tỉnh ủy)": the party groups in the state bodies and mass
        organisations under a local committee, named as written after it (the document's own when none is written)."""
        under = _DIRECTLY_UNDER_RX.match(self.f, end)
        got = self._committee_at(under.end()) if under else None
        committee, end = got if got is not None and got[0] is not None else (self._home_committee(), end)
        if committee is None:
            return None
        kind = "party_affairs_committee" if words[0] == "ban cán sự đảng" else "party_delegation"
        group = self.namer.other(f"Các {', '.join(words)} trực thuộc {committee.name}", kind, committee.level,
                                 committee, committee.unit, True)
        self.vague.add(group.iri)  # "kết thúc hoạt động của các đảng đoàn": an object; a body where a duty names it
        return group, end
