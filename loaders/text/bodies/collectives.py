"""Plural heads after "các" (words/collective_nouns.csv): the organisations, councils' parts, party
organs and units of a level as one collective body, and pairs addressed together ("cấp ủy, chính
quyền xã").

Apart from ``member_lists``: a collective noun names the group by itself; a member list builds it.
"""

from __future__ import annotations

from bomay.loaders.text.bodies.helpers import _skip_space
from bomay.loaders.text.bodies.member_lists import MemberLists
from bomay.loaders.text.bodies.mentions import Mention
from bomay.loaders.text.bodies.patterns import (
    _CAPITAL_NEXT_RX,
    _CUA_RX,
    _DIRECTLY_UNDER_RX,
    _EVENT_BEFORE_RX,
    _HAMLET_RX,
    _NOT_A_GROUP_RX,
    _OF_COMMITTEE_RX,
    _OF_RX,
    _PARTY_CONT_RX,
    _PSU_BY_KEY,
    _PSU_RX,
    _TASK_VERB_RX,
    _TYPE_RX,
)
from bomay.loaders.text.bodies.task_forces import TaskForces
from bomay.loaders.text.lexicon import alternation, rx
from bomay.loaders.text.naming import Body
from bomay.loaders.text.places import Place
from bomay.loaders.text.vocabulary import vocabulary
from bomay.textnorm import fold

_V = vocabulary()
# group 1: the committees, group 2: the deputies' groups ("các ban, tổ HĐND huyện" names both)
_COUNCIL_PART_RX = rx(r"(?:(ban)|(tổ đại biểu)(?: và (?:các )?đại biểu)?)(?: của)? (?=hđnd|hội đồng nhân dân)")
# ("các Tổ đại biểu và đại biểu HĐND tỉnh": the deputies themselves are persons, not a body)
_BARE_DEPUTIES_RX = rx(r"tổ đại biểu(?! ?(?:của )?(?:hđnd|hội đồng nhân dân|quốc hội|đbqh|đại biểu quốc hội))(?!\w)")
_COUNCIL_PARTS_RX = rx(r"(ban)(?:,| và) (?:các )?(tổ(?: đại biểu)?)(?: của)? (?=hđnd|hội đồng nhân dân)")
# "các Ban và Văn phòng HĐND tỉnh": the council's committees and its office, two bodies
_COUNCIL_BOARDS_AND_OFFICE_RX = rx(r"(ban) (?:và|,) (văn phòng) (?=hđnd|hội đồng nhân dân)")
_PARTY_AND_STATE_RX = rx(r"(cấp ủy),? (?:và )?(chính quyền) ")
BARE_TYPE_WORD_RX = rx(r"(tỉnh|thành phố|huyện|thị xã|quận|xã|phường)(?!\w)")  # a unit named by its type word
_COLLECTIVE_RX = rx(r"(" + alternation(_V.body_cues("collective_opener")) + r") ")
# "các đảng ủy xã, thị trấn", "các đảng bộ xã, phường": the party committees of every commune
_COMMUNE_TYPES = alternation([w for w, (level, _t) in _V.unit_types().items() if level == "commune"])
_COMMUNE_PARTY_RX = rx(r"(đảng ủy|đảng bộ) ((?:" + _COMMUNE_TYPES + r")(?:(?:,| và) ?(?:" + _COMMUNE_TYPES
                       + r"))*)\b")
# plural heads after "các" -> (canonical head, kind, group)
# a person-title plural of a unit's part may carry an honorific: "các đồng chí trưởng thôn", "các bà trưởng ấp"
_COLLECTIVE_RXS = [(rx(r"(?:(?:ông|bà|ông, bà|đồng chí) )?" * (g in ("within", "committee_units"))
                       + r"(?:" + alternation(phrases) + r")\b"), h, k, g) for phrases, h, k, g in _V.collectives()]
_BASE_COMMITTEES_RX = rx(r"(?: trực thuộc| thuộc)? (?:các )?đảng ủy cơ sở\b")  # the cells under grassroots committees
# the political-social organisations, as a document may write them ("các tổ chức/đoàn thể chính trị - xã hội")
_POLITICAL_SOCIAL = {phrase: h for phrases, h, _k, g in _V.collectives() if g == "mass" and "chính trị" in h
                     for phrase in phrases}
_POLITICAL_SOCIAL_HEADS = set(_POLITICAL_SOCIAL.values())
_POLITICAL_SOCIAL_RX = rx(r"các (" + alternation(list(_POLITICAL_SOCIAL)) + r")")
_POLITICAL_SOCIAL_BY_KEY = {" ".join(fold(k).split()): v for k, v in _POLITICAL_SOCIAL.items()}
_UNSPECIFIED_RX = rx(r" (?:" + alternation(_V.body_cues("unspecified")) + r")\b")
_TERRITORY_RX = rx(r" trên địa bàn(?: (?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường))?\b")
_BASED_RX = rx(r"(?: đóng)?" + _TERRITORY_RX.pattern)
_MEMBERS_OF_RX = rx(r"các (đồng chí |cơ quan |đơn vị )?thành viên (?:của )?")
_CENTRE_AFTER_RX = rx(r" trung ương\b")
_PRESS_CENTRE_RX = rx(r" (?:của )?trung ương\b")


class Collectives(MemberLists, TaskForces):
    """Plural heads after "các": collectives of bodies."""

    def _party_and_state(self, j: int):
        """"cấp ủy, chính quyền huyện Trần Đề", "cấp ủy, chính quyền xã": the unit's party committee and its
        People's Committee, two bodies addressed together."""
        m = _PARTY_AND_STATE_RX.match(self.f, j)
        if not m:
            return None
        place, end = self.place(m.end(), allow_bare_name=False)
        if not isinstance(place, Place) or end <= m.end():
            word = BARE_TYPE_WORD_RX.match(self.f, m.end())
            place = self.bare_unit(m.end(), word.group(1)) if word else None
            end = word.end() if word else end
        if not isinstance(place, Place):
            return None
        self._pending.append(Mention(m.start(2), end, self.t[m.start(2):end], self.namer.people_committee(place)))
        return self.namer.committee(place), m.end(1)

    def _members_of(self, j: int):
        """"các thành viên Chính phủ", "các (đồng chí|cơ quan) thành viên Ban Chỉ đạo X": the members of a
        task force or of the Government, as one collective named after it."""
        m = _MEMBERS_OF_RX.match(self.f, j)
        if not m:
            return None
        inner = self.parse(_skip_space(self.f, m.end()))
        if inner is None or inner.body.collective or not (
                inner.body.kind == "task_force" or inner.body.kind == "government"):
            return None
        self._nest(inner.start, inner.end, inner.body)
        agencies = "cơ quan " if m.group(1) and fold(m.group(1)).startswith("co quan") else ""
        name = f"Các {agencies}thành viên {inner.body.name}"
        body = self.namer.other(name, "other", inner.body.level, inner.body, inner.body.unit, True)
        self.vague.add(body.iri)  # declared only where a duty or report names it (attendance lists do not)
        return body, inner.end

    def _state_owner_at(self, k: int) -> bool:
        """Whether a state body (not a party one) follows, after "của" or "thuộc" if written."""
        of = _OF_COMMITTEE_RX.match(self.f, k) or _OF_RX.match(self.f, _skip_space(self.f, k))
        owner = self.parse(of.end() if of else _skip_space(self.f, k))
        return owner is not None and not owner.body.kind.startswith("party")

    def _collective(self, j: int):
        m = _COLLECTIVE_RX.match(self.f, j)
        if not m:
            return None
        k = m.end()
        communes = _COMMUNE_PARTY_RX.match(self.f, k)
        if communes and not _CAPITAL_NEXT_RX.match(self.t, communes.end()) and (
                where := self.container("commune")) is not None:
            # "các đảng ủy xã, thị trấn", "các đảng bộ xã, phường": every commune's, named as written
            head, words = (" ".join(self.t[communes.start(g):communes.end(g)].lower().split()) for g in (1, 2))
            return self._commune_committees(f"Các {head} {words}", where), communes.end()
        for pattern, head, kind, group in _COLLECTIVE_RXS:
            c = pattern.match(self.f, k)
            if not c or (group == "committee_organs" and self._committee_at(c.end()) is None):
                continue  # "các ban" alone is no group; "các ban của Tỉnh ủy" is
            end = c.end()
            if _NOT_A_GROUP_RX.match(self.f, end):
                return (None, end)
            if group == "units" and self.f[k:end] == "đơn vị" and m.group(1) == "các":
                return (None, end)
            if group in ("units", "dept") and _UNSPECIFIED_RX.match(self.f, end) and group == "units":
                return (None, end)
            if group == "dept" and self.f[k:end] == "ngành" and _UNSPECIFIED_RX.match(self.f, end):
                return (None, end)
            if unspecified := _UNSPECIFIED_RX.match(self.f, end):
                end = unspecified.end()
            if group == "national":  # "các tập đoàn kinh tế, tổng công ty nhà nước": no place of their own
                return self.namer.other(head, kind, "central", None, None, True), end
            press = group == "press"
            if press:  # "các cơ quan báo chí (Trung ương)": the central press, else the unit's (as service)
                got = self._central_press(head, kind, end)
                if got is not None:
                    return got
                group = "service"
            if self.home is None and group != "party":
                return None
            if group == "party":
                while True:
                    cont = _PARTY_CONT_RX.match(self.f, end)
                    if not cont:
                        break
                    end = cont.end()
                tail = _DIRECTLY_UNDER_RX.match(self.f, end)
                if tail:
                    end = tail.end()
                    centre = _CENTRE_AFTER_RX.match(self.f, end)
                    if centre and self.home is None:  # "các cấp ủy, tổ chức đảng trực thuộc Trung ương": not all
                        parts = self.party_parts or ["cấp ủy", "tổ chức đảng"]
                        return self.namer.other(f"Các {', '.join(parts)} trực thuộc Trung ương", "party_committee",
                                                "province", self.namer.national("Ban Chấp hành Trung ương Đảng"),
                                                None, True), centre.end()
                return self._party_collective(), end
            if group in ("advisory", "committee_units", "committee_organs"):  # "các ban, Văn phòng Huyện ủy"
                hamlet = _HAMLET_RX.match(self.f, end) if head.startswith("Các chi bộ") else None
                if hamlet and not _CAPITAL_NEXT_RX.match(self.t, hamlet.end()):  # "các chi bộ ấp": as written
                    head = f"Các chi bộ {' '.join(self.t[hamlet.start(1):hamlet.end(1)].lower().split())} trực thuộc"
                    end = hamlet.end()
                base = _BASE_COMMITTEES_RX.match(self.f, end) if head.startswith("Các chi bộ") else None
                if base and (own := self.own_unit()) is not None:  # "các chi bộ trực thuộc đảng ủy cơ sở": as written
                    name = f"{head}{'' if head.endswith('trực thuộc') else ' trực thuộc'} đảng ủy cơ sở {own.display()}"
                    return self.namer.other(name, kind, "commune", self.namer.committee(own), own, True), base.end()
                got = self._committee_at(end)
                if got is None and group == "advisory" and self._state_owner_at(end):
                    return (None, end)  # "các cơ quan tham mưu của UBND tỉnh": not the party's organs
                if got is not None and _CUA_RX.match(self.f, _skip_space(self.f, end)):
                    head += " của"  # "các ban của Tỉnh ủy": as written
                own = self.own_unit() if group == "committee_units" else self.home  # a commune's chi bộ
                bare = got is None and group == "advisory" and fold(self.f[c.start():c.end()]).endswith(
                    "co quan tham muu")
                committee, end = got if got else (self.namer.committee(own) if own is not None else None, end)
                if committee is None:
                    return None
                body = self.namer.other(f"{head} {committee.name}", kind, committee.level, committee, committee.unit,
                                        True)
                if bare or _EVENT_BEFORE_RX.search(self.f, max(0, j - 22), j):
                    # "sắp xếp đầu mối các cơ quan tham mưu": often the object of a task; "đại hội các chi bộ
                    # trực thuộc": their congresses. A body only where a duty names it
                    self.vague.add(body.iri)
                return body, end
            if group == "commune_committees":
                where = self.container("commune") or self.home
                return (self._commune_committees(head, where), end) if where is not None else None
            if group == "mass":
                head = self._mass_head(head)
            of = _OF_COMMITTEE_RX.match(self.f, end) if group == "service" else None
            state = self._state(of.end()) if of else None
            if of is not None and state is not None and state[0] is not None and not state[0].collective \
                    and state[0].kind == "peoples_committee":  # "các đơn vị sự nghiệp công lập thuộc UBND tỉnh"
                owner, end = state
                self._nest(of.end(), end, owner)
                body = self.namer.other(f"{head} thuộc {owner.name}", kind, owner.level, owner, owner.unit, True)
                self.vague.add(body.iri)
                return body, end
            place, pend = self.place(end)
            place = self.resolve_place(place)
            if isinstance(place, Place):
                end = pend
            else:
                place = self.own_unit()  # "các đoàn thể" of the document's commune or district
            if place is None:
                return None
            if group == "within" and place.level == "province":
                return (None, end)  # "các thôn, tổ dân phố" of a whole province are places talked about, not addressed
            parent = self.namer.people_committee(place) if kind == "department" else None
            name = f"{head} thuộc {place.display()}" if group == "within" else f"{head} {place.display()}"
            if group == "territory":  # "các chủ đầu tư": those on the unit's territory, not its bodies
                name = f"{head} trên địa bàn {place.display()}"
                end = territory.end() if (territory := _TERRITORY_RX.match(self.f, end)) else end
            if group == "service" and (territory := _TERRITORY_RX.match(self.f, end)):
                name = f"{head} trên địa bàn {place.display()}"  # as written: "các trường … trên địa bàn tỉnh"
                end = territory.end()
            body = self.namer.other(name, kind, place.level, parent, place, True)
            # "kiểm tra các cơ sở y tế": the object of a task, unless a duty names them; the press is named as
            # an actor ("phối hợp với các cơ quan báo chí")
            if group == "service" and not press:
                self.vague.add(body.iri)
            return body, end
        office = _COUNCIL_BOARDS_AND_OFFICE_RX.match(self.f, k)
        if office and self.t[k].isupper():  # "các Ban và Văn phòng HĐND tỉnh": both bodies, the council's
            council = self._state(office.end())
            if council is not None and council[0] is not None and council[0].kind == "peoples_council":
                body, end = council
                self._nest(office.end(), end, body)
                boards = self.namer.other(f"Các Ban của {body.name}", "peoples_council", body.level, body, body.unit,
                                          True)
                office_mention = self.parse(office.start(2))  # "Văn phòng HĐND tỉnh"
                if office_mention is not None:
                    self._pending.append(office_mention)
                return boards, office.end(1)
        part = _COUNCIL_PART_RX.match(self.f, k) or _COUNCIL_PARTS_RX.match(self.f, k)
        if part:  # "các Ban HĐND huyện", "các Tổ đại biểu HĐND tỉnh", "các ban, tổ HĐND huyện"
            council = self._state(part.end())
            if council is not None and council[0] is not None and council[0].kind == "peoples_council":
                body, end = council
                self._nest(part.end(), end, body)
                groups = [self.namer.other(f"{head} {body.name}", "other" if n == 2 else "peoples_council",
                                           body.level, body, body.unit, True)
                          for n, head in ((1, "Các Ban của"), (2, "Các Tổ đại biểu")) if part.group(n) is not None]
                if len(groups) == 2:  # the deputies' groups: a mention of their own after the committees
                    self._pending.append(Mention(part.start(2), end, self.t[part.start(2):end], groups[1]))
                    return groups[0], part.end(1)
                return groups[0], end
        deputies = _BARE_DEPUTIES_RX.match(self.f, k)
        if deputies and self.t[k].isupper():
            council = self._council_named_before(j)  # "HĐND tỉnh giao các Tổ đại biểu …": its groups
            if council is not None:
                return self.namer.other(f"Các Tổ đại biểu {council.name}", "other", council.level, council,
                                        council.unit, True), deputies.end()
        # "các Tổ kiểm tra, giám sát", "các Ban Chỉ đạo"
        got = self._task_force(k, plural=True)
        if got is not None:
            return got
        psu = _PSU_RX.match(self.f, k)
        if psu and self.t[k].isupper():  # "các Ban Quản lý dự án chuyên ngành tỉnh"
            named = self._name_end(psu.end(), limit=4) if not _TYPE_RX.match(self.f, _skip_space(self.f, psu.end())) \
                else psu.end()
            verb = _TASK_VERB_RX.search(self.f, psu.end(), named)
            if verb:  # "các Ban Quản lý dự án thực hiện …": the task is no part of the name
                named = len(self.f[:verb.start()].rstrip(" \t"))
            head = "Các " + " ".join(f"{_PSU_BY_KEY[fold(psu.group(1))]} {self.t[psu.end():named]}".split())
            place, pend = self.place(named, allow_bare_name=False)
            place = self.resolve_place(place)
            where = place if isinstance(place, Place) else self.own_unit()
            if where is not None:
                return self.namer.other(f"{head} {where.display()}", "public_service_unit", where.level,
                                        self.namer.people_committee(where), where, True), (
                    pend if isinstance(place, Place) else named)
        return self._member_list(j, k)

    def _mass_head(self, head: str) -> str:
        """"các tổ chức chính trị - xã hội", "các đoàn thể chính trị - xã hội" and a bare "các đoàn thể" in one
        document are the same organisations: named as the document first writes the political-social group."""
        if head not in _POLITICAL_SOCIAL_HEADS and head != "Các đoàn thể":
            return head
        first = _POLITICAL_SOCIAL_RX.search(self.f)
        return _POLITICAL_SOCIAL_BY_KEY[" ".join(fold(first.group(1)).split())] if first else head

    def _central_press(self, head: str, kind: str, end: int) -> tuple[Body, int] | None:
        """The press of a central text, or "… (của) Trung ương (đóng trên địa bàn tỉnh)" in a local one: at the
        document's own level, so that a province addressing it is not a request upwards."""
        centre = _PRESS_CENTRE_RX.match(self.f, end)
        if self.home is None:
            return self.namer.other(f"{head} Trung ương" if centre else head, kind, "central", None, None, True), \
                centre.end() if centre else end
        if centre is None:
            return None
        based = _BASED_RX.match(self.f, centre.end())
        if based is None:
            return self.namer.other(f"{head} Trung ương", kind, self.home.level, None, None, True), centre.end()
        written = " ".join(self.t[centre.start():centre.end()].split()).lower()
        name = f"{head} {written} {'đóng ' if 'đóng' in based.group(0) else ''}trên địa bàn {self.home.display()}"
        return self.namer.other(name, kind, self.home.level, None, self.home, True), based.end()

    def _party_collective(self) -> Body | None:
        if self.party_collective is None and self.home is None:  # a central text: every party organisation
            parts = self.party_parts or ["cấp ủy", "tổ chức đảng"]
            self.party_collective = self.namer.other(f"Các {', '.join(parts)}", "party_committee", "central",
                                                     self.namer.national("Ban Chấp hành Trung ương Đảng"), None, True)
        if self.party_collective is None and self.home is not None:
            parts = self.party_parts or ["cấp ủy", "tổ chức đảng"]
            unit = self.own_unit() or self.home  # a commune's or district's own text: the organisations of its Đảng bộ
            name = (f"Các {self.party_word} {unit.display()}" if self.party_word != "cấp ủy"  # as the text writes it
                    else f"Các {', '.join(parts)} thuộc Đảng bộ {unit.display()}")
            self.party_collective = self.namer.other(name, "party_committee", unit.level, self.namer.committee(unit),
                                                     unit, True)
        return self.party_collective
