"""Central bodies (words/national_bodies.csv), ministries and their units, the state heads of a unit
(People's Council, People's Committee, the Front), the council's committees and deputies' groups,
regional judicial bodies and the unnamed competent authority.

One frame: the bodies of the state, named by a fixed head and a place.
"""

from __future__ import annotations

import re

from bomay.loaders.text.bodies.helpers import _names_a_place, _skip_space
from bomay.loaders.text.bodies.mentions import Mention, Plural
from bomay.loaders.text.bodies.patterns import (
    _CAPITAL_NEXT_RX,
    _CAPITALS,
    _COUNCIL_WORD_RX,
    _MINISTRY_RX,
    _NAME_SEP_RX,
    _NAT_ALIASES,
    _NEXT_STATE_RX,
    _TERM_AFTER_RX,
    _canonical,
    _heads_by_written_form,
)
from bomay.loaders.text.bodies.place_reading import PlaceReading
from bomay.loaders.text.lexicon import MINISTRY_NAMES, alternation, rx
from bomay.loaders.text.naming import Body
from bomay.loaders.text.places import Place
from bomay.loaders.text.vocabulary import BodyHead, vocabulary
from bomay.textnorm import fold

_V = vocabulary()
# central bodies whose name also heads a local branch ("Kho bạc Nhà nước tỉnh", "Ngân hàng Nhà nước chi nhánh"):
# words/body_words.csv, roles branched_national and branch_word
_BRANCHED_RX = rx(r" ?(?:" + alternation(_V.body_words("branch_word")) + r")\b")
_BRANCHED = set(_V.body_words("branched_national"))
_NAT_BY_KEY = {fold(k): v for k, v in _NAT_ALIASES.items()}
_NAT_RX = rx(r"(?:" + alternation(list(_NAT_ALIASES)) + r")\b")
# a bare "Trung ương" after a cue (words/body_words.csv, central_committee_cue), not followed by more of a name
_CENTRAL_CUES = {fold(k): v for k, v in _V.body_word_meanings("central_committee_cue").items()}
_CENTRAL_CUE_RX = rx(r"(?<!\w)(" + alternation(list(_V.body_word_meanings("central_committee_cue"))) + r") $")
_BARE_CENTRAL_RX = rx(r"trung ương(?!\w)")
# words whose second syllable is "bộ" (an official, progress, in step, whole, internal …): no ministry follows
_BO_COMPOUND_BEFORE_RX = rx(r"(?<!\w)(?:cán|tiến|đồng|toàn|nội|cục|sơ|chi|đảng|đi|bách) $")
# "Vụ X, Ban Tổ chức Trung ương", "Cục X - Bộ Y tế": a unit inside a central body (body_words.csv, central_unit_head)
_VU_RX = re.compile(r"(?:" + "|".join(map(re.escape, _V.body_words("central_unit_head")))
                    + r") ([A-ZĐÀ-Ỹ][\w ]{1,50}?)(?:,? +| +[-–] +| +thuộc +)(?=Ban|Bộ|Ủy|Văn)")
# committees of a People's Council (body_heads.csv, slot council_committee): "Ban Pháp chế (của) HĐND tỉnh"
_COUNCIL_COMMITTEE_FORMS = {f: h.head for h in _V.heads("council_committee") for f in h.forms}
_COUNCIL_COMMITTEE_BY_KEY = {fold(k): v for k, v in _COUNCIL_COMMITTEE_FORMS.items()}
_COUNCIL_COMMITTEE_RX = rx(r"(" + alternation(list(_COUNCIL_COMMITTEE_FORMS))
                           + r")(?:(?: của)? (?=hđnd|hội đồng nhân dân)|(?:, ?| và )(?=ban ))")
_BARE_COUNCIL_COMMITTEE_RX = rx(r"(" + alternation(list(_COUNCIL_COMMITTEE_FORMS)) + r")(?!\w)(?![ \t]*[-–])")
# judicial bodies of a numbered region (body_heads.csv, slot regional): "Tòa án nhân dân khu vực 5"
_REGIONAL_HEADS = {f: h for h in _V.heads("regional") for f in h.forms}
_REGIONAL_BY_KEY = {fold(k): v for k, v in _REGIONAL_HEADS.items()}
_REGIONAL_RX = rx(r"(?:" + alternation(list(_REGIONAL_HEADS)) + r")(?!\w)")
_REGION_RX = rx(r" khu vực (\d+|[ivx]+)\b")
# one deputies' group of a council, numbered before or after it ("Tổ đại biểu cụm số 2 HĐND huyện X", "Tổ đại biểu HĐND
# tỉnh đơn vị bầu cử số 3")
_DEPUTIES_GROUP_RX = rx(r"tổ đại biểu(?: ((?:cụm |đơn vị bầu cử )?số \w+))?(?: của)? (?=hđnd|hội đồng nhân dân)")
_DEPUTIES_NUMBER_RX = rx(r",? ((?:cụm |đơn vị bầu cử )?số \w+)\b")
_AT_RX = rx(r" tại ")
_AND_RX = rx(r" và ")
_DEPUTY_BEFORE_RX = rx(r"(?:đại biểu|bầu cử) $")
_SECRETARY_BEFORE_RX = rx(r"(?<!\w)bí thư $")
_FRONT_STANDING_RX = rx(r"ban thường trực (?=ủy ban|ubmt|ub\.? ?mttq|mttq|mặt trận)")
_COMPETENT_RX = rx(r"(cơ quan|cấp) (?:nhà nước )?có thẩm quyền\b")
# only a report goes to it: "đề xuất, kiến nghị cấp có thẩm quyền" is an upward request, no body in the gold
_TO_AUTHORITY_RX = rx(r"(?:báo cáo|gửi)(?: ?,? (?:báo cáo|đề xuất|kiến nghị|xin ý kiến))?(?: với| lên| về)? $")
_STATE_RX = rx(r"(" + alternation(_V.head_forms("state")) + r")\b")
# the short form in brackets after a head written in full: "Ủy ban nhân dân (UBND) tỉnh"
_ABBR_BRACKET_RX = re.compile(r"[ \t]*\([ \t]*[a-zđ.&]{2,10}[ \t]*\)")
_ABOVE_RX = rx(r" (?:nêu trên|nói trên|trên|này)(?!\w)")
_EVERY_LEVEL_RX = rx(r" các cấp(?!\w)")
# (on the text) the region of a central body's regional office: "… khu vực IX", "… khu vực Bình Trị Thiên"
_REGION_SUFFIX_RX = re.compile(r"[ \t]+khu vực[ \t]+([IVXL]+\b|\d+\b|[" + _CAPITALS + r"][^\W\d_]*(?:[ \t]+["
                               + _CAPITALS + r"][^\W\d_]*){0,3})")
_FROM_TO_RX = rx(r" (từ) (?=\w)")
_TO_RX = rx(r" đến ")
_AREA_RX = rx(r",? ((?:khu vực|vùng|miền) )")
_AREA_WORDS = "[" + _CAPITALS + r"]\w*(?: (?:[" + _CAPITALS + r"]\w*|bộ))*"
_AREA_NAME_RX = re.compile(_AREA_WORDS + r"(?:(?:, | và )" + _AREA_WORDS + r")*")  # "Bắc bộ và Bắc Trung bộ"
_HEAD_OF_BAN_BEFORE_RX = rx(r"(?<!\w)trưởng $")
# council committee heads that also name another body ("Ban Dân tộc" of a province): never a bare council's
_SHARED_COMMITTEE_HEADS = {fold(h.head) for h in _V.heads("council_committee")} & {
    fold(h.head) for slot in ("agency", "sub_body", "task_force") for h in _V.heads(slot)}
# state heads by their folded forms, and the kind of each (body_heads.csv, slot state)
_STATE_BASE_BY_KEY = _heads_by_written_form("state")
_STATE_KIND = {h.head: h.kind for h in _V.heads("state")}
_OF_ASSEMBLY_RX = rx(r" của quốc hội\b")
_FRONT = next(h.head for h in _V.heads("state") if h.kind == "fatherland_front")


def _state_base(head: str) -> str:
    """The full name of a state head as folded ("hdnd" -> "Hội đồng nhân dân"); other Front forms -> the Front."""
    return _STATE_BASE_BY_KEY.get(" ".join(head.split()), _FRONT)


class StateBodies(PlaceReading):
    """Central bodies and the state heads of a unit, with their councils' parts."""

    def _national(self, j: int):
        m = _NAT_RX.match(self.f, j)
        if m:
            name = _NAT_BY_KEY.get(fold(m.group(0)))
            if name in _BRANCHED and _BRANCHED_RX.match(self.f, m.end()):
                return None
            if fold(m.group(0)) == "thu tuong" and self.f[max(0, j - 4):j] == "phó ":
                return None  # "Phó Thủ tướng": a title the post reader maps (the bare "Thủ tướng" is the Government)
            if self.f[max(0, j - 7):j] == "trụ sở ":
                return (None, m.end())  # "tại Trụ sở Trung ương Đảng": a building, not the body
            if name == "Chính phủ" and self.f[max(0, j - 4):j] == "phi ":
                return (None, m.end())  # "tổ chức phi Chính phủ": non-governmental, no Government
            if name == "Quốc hội" and _DEPUTY_BEFORE_RX.search(self.f, max(0, j - 12), j):
                return (None, m.end())  # "đại biểu Quốc hội", "bầu cử Quốc hội": its deputies, its election
            if fold(m.group(0)) == "trung uong dang" and _SECRETARY_BEFORE_RX.search(self.f, max(0, j - 10), j):
                return (None, m.end())  # "Bí thư Trung ương Đảng": a member of the Secretariat (a title)
            region = _REGION_SUFFIX_RX.match(self.t, m.end()) if name else None
            if name and region:  # "Kiểm toán Nhà nước khu vực IX": a regional office of the central body
                body = self.namer.national(name)  # (like an inspectorate, it does not declare its host)
                return self.namer.other(f"{name} khu vực {region.group(1)}", "other", "central", body,
                                        None), region.end()
            if name:
                body = self.namer.national(name)
                own = _OF_ASSEMBLY_RX.match(self.f, m.end()) if body.parent and body.parent.name == "Quốc hội" else None
                return body, own.end() if own else m.end()  # "Ủy ban Xã hội của Quốc hội đề nghị …": one body
        m = _BARE_CENTRAL_RX.match(self.f, j)
        if m and self.t[j].isupper() and not _CAPITAL_NEXT_RX.match(self.t, m.end()):
            cue = _CENTRAL_CUE_RX.search(self.f, max(0, j - 30), j)
            if cue:  # "theo hướng dẫn của Trung ương", "báo cáo Trung ương": the Party Central Committee
                return self.namer.national(_CENTRAL_CUES[fold(cue.group(1))]), m.end()
        m = _MINISTRY_RX.match(self.f, j)
        if m and self.t[j].islower() and _BO_COMPOUND_BEFORE_RX.search(self.f, max(0, j - 8), j):
            return (None, m.end())  # "cán bộ tư pháp", "tiến bộ khoa học", "nội bộ Công an": a word, no ministry
        if m:
            return self.namer.ministry(_canonical(m.group(1), MINISTRY_NAMES)), m.end()
        return None

    def _vu(self, j: int):
        m = _VU_RX.match(self.t, j)
        if not m:
            return None
        end = m.end(1)
        parent = self.parse(_skip_space(self.f, m.end()))
        if parent is None or parent.body.level != "central":
            return None
        kind = "party_commission" if parent.body.kind.startswith("party") else "department"
        self._nest(parent.start, parent.end, parent.body)  # the ministry or central body is named too
        name = f"{self.t[j:end]}, {parent.body.name}"
        return self.namer.other(name, kind, "central", parent.body, None), parent.end

    def _state(self, j: int):
        m = _STATE_RX.match(self.f, j)
        if not m:
            return None
        head = fold(m.group(1))
        if head == "mat tran" and not self.t[j].isupper():
            return None
        bracket = _ABBR_BRACKET_RX.match(self.f, m.end())  # "Hội đồng nhân dân (HĐND) tỉnh Bạc Liêu"
        place, end = self.place(bracket.end() if bracket else m.end())
        if bracket and place is None:
            place, end = self.place(m.end())
        every = _EVERY_LEVEL_RX.match(self.f, m.end()) if place in (None, "skip") else None
        if every and self.home is not None:  # "UBND các cấp": the committees of every level of the province
            base = _state_base(head)
            body = self.namer.other(f"{base} các cấp {self.home.display()}", _STATE_KIND[base], self.home.level,
                                    None, self.home, True)
            self.vague.add(body.iri)  # "bầu cử HĐND các cấp", "hoạt động của HĐND các cấp": a body only in a duty
            return body, every.end()
        if place == "skip":
            return (None, end)
        place = self.resolve_place(place)
        if place is None:
            nxt = _NEXT_STATE_RX.match(self.f, m.end())
            shared = self._state(nxt.end()) if nxt else None
            if shared is not None and shared[0] is not None and shared[0].collective:
                words = re.sub(r"^.*? các ", "", shared[0].name)  # "… các xã, thị trấn thuộc huyện X"
                level = shared[0].level
                base = _state_base(head)
                return self.namer.other(f"{base} các {words}", _STATE_KIND[base], level, None, shared[0].unit,
                                        True), m.end()
            own = self.own_unit()
            if shared is not None and shared[0] is not None and shared[0].unit is not None:
                place = shared[0].unit
                self._list_placed.add(j)  # "HĐND, UBND huyện X": the place is written, after the list
            elif own is None:
                return None
            else:
                place = own
            term = _TERM_AFTER_RX.match(self.f, m.end())  # "HĐND khóa XVII": a council named by its term
            end = term.end() if term else m.end()
        if isinstance(place, Plural) and place.level == "province" and head.startswith(("uy ban nhan dan", "ubnd")) \
                and (above := _ABOVE_RX.match(self.f, end)) and len(listed := self._provinces_listed_before(j)) > 1:
            # "Chủ tịch UBND các tỉnh nêu trên": the committees of the provinces the text listed
            bodies = [self.namer.people_committee(p) for p in listed]
            self._pending.extend(Mention(j, above.end(), self.t[j:above.end()], b) for b in bodies[1:])
            return bodies[0], above.end()
        if isinstance(place, Plural) and place.level == "province" and (area := self._provinces_area(end)) is not None:
            # "UBND các tỉnh, thành phố từ Quảng Trị đến Khánh Hòa", "… khu vực Bắc Bộ và Bắc Trung Bộ"
            base = _state_base(head)
            name = f"{base} các {' '.join(place.words.split())} {area[0]}"
            return self.namer.other(name, _STATE_KIND[base], "province", None, None, collective=True), area[1]
        if isinstance(place, Plural):
            if place.words.endswith("thành phố") and place.level == "district":
                k = _skip_space(self.f, end)
                city, city_end = self._lower_name(k, {"district"})
                home = self.home
                names = self._cap_words(k, 3) if city is None and home is not None else []
                named = [e for _s, e in names if home is not None and fold(home.name).endswith(" " + fold(self.t[k:e]))]
                if home is not None and (city is not None or named):  # "UBND các huyện, thị xã, thành phố Huế"
                    k_end = city_end if city is not None else named[-1]
                    group = self._plural_state(head, place)
                    if group is not None and fold(self.t[k:k_end]) != fold(home.short):
                        # named as written: the units of those types and that city ("… thành phố Huế"), unless
                        # the name is the province's too ("các huyện, thành phố Cà Mau": the province's units)
                        base = _state_base(head)
                        words = " ".join(place.words.split())
                        name = f"{base} các {words} {' '.join(self.t[k:k_end].split())}"
                        group = self.namer.other(name, group.kind, group.level, None, group.unit, True)
                    return group, k_end
            return self._plural_state(head, place), end
        if head.startswith(("hoi dong", "hdnd")):
            return self.namer.council(place), end
        if head.startswith(("uy ban nhan dan", "ubnd")):
            return self.namer.people_committee(place), end
        if head.startswith(("toa an", "tand")):
            return self.namer.court(place), end
        if head.startswith(("vien", "vksnd")):
            return self.namer.procuracy(place), end
        return self.namer.front(place), end

    def _provinces_area(self, end: int) -> tuple[str, int] | None:
        """The area that qualifies "các tỉnh, thành phố": "từ A đến B" (two provinces), or
        "khu vực / vùng / miền" and capitalised words ("khu vực Bắc Bộ, Bắc Trung Bộ"), as written."""
        span = _FROM_TO_RX.match(self.f, end)
        if span:
            first, a_end = self._province_name(span.end())
            to = _TO_RX.match(self.f, a_end) if first is not None else None
            last, b_end = self._province_name(to.end()) if to else (None, 0)
            if last is not None:
                return " ".join(self.t[span.start(1):b_end].split()), b_end
        area = _AREA_RX.match(self.f, end)
        named = _AREA_NAME_RX.match(self.t, area.end()) if area else None
        if area and named:
            return " ".join(self.t[area.start(1):named.end()].split()), named.end()
        return None

    def _plural_state(self, head: str, plural: Plural) -> Body | None:
        if self.home is None and plural.level != "province":
            return None
        base = _state_base(head)
        kind = _STATE_KIND[base]
        words = re.sub(r"\s+", " ", plural.words)
        if plural.level == "province" and words != "tỉnh, thành phố":  # "các tỉnh ven biển", "… thành phố có rừng"
            return self.namer.other(f"{base} các {words}", kind, "province", None, None, collective=True)
        if plural.level == "province":
            return self.namer.other(f"{base} các tỉnh, thành phố trực thuộc Trung ương", kind, "province", None, None,
                                    collective=True)
        where = self.container(plural.level)
        if where is None:
            return None
        name = f"{base} các {words} thuộc {where.display()}"
        group = self.namer.other(name, kind, plural.level, None, where, collective=True)
        if kind == "peoples_committee":
            self._local_groups.append(group)  # what a later "các địa phương" stands for
        return group

    def _regional(self, j: int):
        """"Tòa án nhân dân khu vực 5", "Tòa án, Viện Kiểm sát và Thi hành án khu vực 5": judicial bodies of a
        numbered region of the province (2025); coordinated heads share the region written after the last."""
        heads: list[tuple[int, int, BodyHead]] = []
        pos = j
        while True:
            m = _REGIONAL_RX.match(self.f, pos)
            if not m or not self.t[pos].isupper():
                return None
            heads.append((pos, m.end(), _REGIONAL_BY_KEY[fold(m.group(0))]))
            region = _REGION_RX.match(self.f, m.end())
            if region:
                break
            sep = _NAME_SEP_RX.match(self.f, m.end())
            if not sep:
                return None
            pos = sep.end()
        unit = self.home
        if unit is None:
            return None
        number = region.group(1).upper()
        for start, end, head in heads[1:]:
            body = self._regional_body(head, number, unit)
            self.nested.append(Mention(start, end, self.t[start:end], body))  # the heads sharing the region
        return self._regional_body(heads[0][2], number, unit), region.end()

    def _regional_body(self, head: BodyHead, number: str, unit: Place) -> Body:
        return self.namer.other(f"{head.head} khu vực {number} {unit.display()}", head.kind, "district", None, unit)

    def _council_committee(self, j: int):
        """"Ban Pháp chế HĐND tỉnh", "Ban Kinh tế - Ngân sách của HĐND huyện": a committee of the council."""
        heads: list[re.Match] = []
        pos = j
        bare = _BARE_COUNCIL_COMMITTEE_RX.match(self.f, j)
        # a capitalised council committee no council follows, not a head other bodies share ("Ban Dân tộc")
        bare = bare if bare and self.t[j].isupper() and fold(bare.group(1)) not in _SHARED_COMMITTEE_HEADS else None
        if bare and not _COUNCIL_COMMITTEE_RX.match(self.f, j):
            # "… của Ban Kinh tế - Ngân sách HĐND tỉnh; cuộc khảo sát của Ban Văn hóa - Xã hội": that council's
            named = self._council_named_before(j)
            if named is None:
                return None
            return self.namer.other(f"{_COUNCIL_COMMITTEE_BY_KEY[fold(bare.group(1))]} {named.name}",
                                    "peoples_council_committee", named.level, named, named.unit), bare.end()
        while True:  # "Ban Pháp chế, Ban Kinh tế - Xã hội HĐND huyện": the heads share the council after the last
            m = _COUNCIL_COMMITTEE_RX.match(self.f, pos)
            if m is None and heads and self.t[pos].isupper():
                m = _BARE_COUNCIL_COMMITTEE_RX.match(self.f, pos)  # the last of a list no council follows
            if m is None or not self._capital_or_titled(pos):
                return None
            heads.append(m)
            if m.end(1) == m.end() or _COUNCIL_WORD_RX.match(self.f, _skip_space(self.f, m.end())):
                break
            pos = m.end()
        k = _skip_space(self.f, heads[-1].end())
        council = self._state(k)
        if council is not None and council[0] is not None and council[0].kind == "peoples_council" \
                and not council[0].collective:
            body, end = council
            self._nest(k, end, body)
        elif bare and (named := self._council_named_before(j)) is not None:
            body, end = named, heads[-1].end(1)  # "HĐND huyện … gồm Ban Pháp chế và Ban Kinh tế - Xã hội"
        else:
            return None
        found = [self.namer.other(f"{_COUNCIL_COMMITTEE_BY_KEY[fold(h.group(1))]} {body.name}",
                                  "peoples_council_committee", body.level, body, body.unit) for h in heads]
        for n, (h, other) in enumerate(zip(heads[1:], found[1:], strict=True), 2):
            stop = end if n == len(heads) else h.end(1)
            self._pending.append(Mention(h.start(), stop, self.t[h.start():stop], other))
        return found[0], (end if len(heads) == 1 else heads[0].end(1))

    def _council_named_before(self, j: int) -> Body | None:
        """The People's Council the text named last before ``j`` (itself, its standing body or a committee)."""
        for m in reversed(list(_COUNCIL_WORD_RX.finditer(self.f, 0, j))):
            got = self._state(m.start())
            if got is not None and got[0] is not None and got[0].kind == "peoples_council" \
                    and not got[0].collective:
                return got[0]
        return None

    def _deputies_group(self, j: int):
        """"Tổ đại biểu cụm số 2 HĐND huyện X": one deputies' group of the council, named with its number (the plural
        "các Tổ đại biểu HĐND tỉnh" is read with the collectives)."""
        m = _DEPUTIES_GROUP_RX.match(self.f, j)
        if not m or not self.t[j].isupper():
            return None
        council = self._state(m.end())
        if council is None or council[0] is None or council[0].kind != "peoples_council" or council[0].collective:
            return None
        body, end = council
        self._nest(m.end(), end, body)
        after = _DEPUTIES_NUMBER_RX.match(self.f, end) if m.group(1) is None else None
        number = (" ".join(self.t[m.start(1):m.end(1)].split()) if m.group(1) is not None
                  else " ".join(self.t[after.start(1):after.end(1)].split()) if after else "")
        name = f"Tổ đại biểu {number} {body.name}" if number else f"Tổ đại biểu {body.name}"
        end = after.end() if after else end
        both = _AND_RX.match(self.f, end) if not number else None
        other, oend = self.place(both.end(), allow_bare_name=False, bare_words=False) if both else (None, end)
        if isinstance(other, Place) and other != body.unit:  # "Tổ đại biểu HĐND tỉnh X và huyện Y": a joint group
            name, end = f"{name} và {other.display()}", oend
        at = _AT_RX.match(self.f, end) if not number else None
        where, wend = self.place(at.end() if at else end, allow_bare_name=False) if not number else (None, end)
        if isinstance(where, Plural) and where.level != "province":
            # "Tổ đại biểu HĐND tỉnh (tại) các huyện, thị xã, thành phố": the council's group in each of them
            return self.namer.other(f"Các Tổ đại biểu {body.name}", "other", body.level, body, body.unit, True), wend
        where = self.resolve_place(where) if at and where is not None else None
        if isinstance(where, Place) and where != body.unit:  # "Tổ đại biểu HĐND tỉnh tại huyện X": the district's
            name, end = f"{name} tại {where.display()}", wend
        return self.namer.other(name, "other", body.level, body, body.unit), end

    def _front_standing(self, j: int):
        """"Ban Thường trực Ủy ban MTTQ Việt Nam huyện": the standing board of a Front committee."""
        m = _FRONT_STANDING_RX.match(self.f, j)
        if not m:
            return None
        front = self._state(m.end())
        if front is None or front[0] is None or front[0].kind != "fatherland_front" or front[0].collective:
            return None
        body, end = front
        k = _skip_space(self.f, m.end())
        if _names_a_place(self.t[k:end]):
            self._nest(k, end, body)  # "… Ủy ban MTTQ Việt Nam xã Nam Cao" names the committee too
        return self.namer.other(f"Ban Thường trực {body.name}", "fatherland_front", body.level, body, body.unit), end

    def _capital_or_titled(self, j: int) -> bool:
        """A head written with a capital, or "ban"/"đoàn" after its head's title ("Trưởng ban An toàn giao thông
        tỉnh", "Phó Trưởng ban Kinh tế - Ngân sách HĐND tỉnh", "Trưởng đoàn Đại biểu Quốc hội tỉnh")."""
        return self.t[j].isupper() or (self.f.startswith(("ban ", "đoàn "), j) and
                                       _HEAD_OF_BAN_BEFORE_RX.search(self.f, max(0, j - 10), j) is not None)

    def _competent(self, j: int):
        """"báo cáo, đề xuất cơ quan có thẩm quyền": the unnamed competent authority a report goes to
        (a body only as such a target; "theo quy định của cơ quan có thẩm quyền" names none)."""
        m = _COMPETENT_RX.match(self.f, j)
        if not m or not _TO_AUTHORITY_RX.search(self.f, max(0, j - 30), j):
            return None
        unit = self.locals[0] if self.locals else self.home
        level = unit.level if unit else "central"
        name = "Cấp có thẩm quyền" if fold(m.group(1)) == "cap" else "Cơ quan có thẩm quyền"
        return self.namer.other(name, "other", level, None, unit), m.end()
