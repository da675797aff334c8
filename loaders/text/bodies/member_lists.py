"""Groups written as a list of member nouns, qualifiers and a place ("các sở, ban, ngành tỉnh", "các
bộ, cơ quan ngang bộ"), named as the group; the document's own party parts and the wordings that name
one group (words/collective_members.csv, collective_qualifiers.csv, collective_parts.csv).
"""

from __future__ import annotations

import re

from bomay.loaders.text.bodies.party_committees import PartyCommittees
from bomay.loaders.text.bodies.patterns import _CAC_RX, _NOT_A_GROUP_RX, _OF_COMMITTEE_RX, _PARTY_CONT_RX
from bomay.loaders.text.lexicon import ASSIGN_VERBS, alternation, rx
from bomay.loaders.text.naming import Body
from bomay.loaders.text.places import Place
from bomay.loaders.text.vocabulary import vocabulary
from bomay.textnorm import fold

_FIELDS_AFTER_RX = rx(r",? (?:(?:từng|các|mỗi|và) )?lĩnh vực\b")
_V = vocabulary()
_MINISTERS_RX = rx(r"bộ trưởng,? (?:các )?thủ trưởng (?:các )?cơ quan ")
_HEAD_WORD_BEFORE_RX = rx(r"(?<!\w)(?:thủ trưởng|giám đốc|lãnh đạo|người đứng đầu) $")
_MEMBER_WORD = r"(?:sở|ban|ngành|phòng|cơ quan|đơn vị)"
_TWO_MEMBERS_RX = rx(_MEMBER_WORD + r",? (?:và )?(?:" + _MEMBER_WORD + r"|địa phương)\b")
# "đề nghị Bộ, ngành Trung ương …", "giao sở, ngành, địa phương …": a pair of members without "các", right after a
# verb that assigns, asks or reports (duty_words.csv, assign; "báo cáo", "gửi", "với", "kiến nghị")
_BARE_PAIR_RX = rx(r"(?:bộ|sở),? (?:ban,? )?ngành\b")
_ADDRESSING_BEFORE_RX = rx(r"(?<!\w)(?:" + alternation([*ASSIGN_VERBS, "báo cáo", "gửi", "với", "kiến nghị"]) + r") $")
# Members of generic plural groups ("các sở, ban, ngành", "các bộ, cơ quan ngang bộ", "các cấp, các
# ngành, địa phương"): surface form -> (canonical word in the group's name, family). Families:
# dept (provincial departments), unit (unspecified agencies), local (localities), level (các cấp),
# central (ministries and central agencies), party (central party organs), person (not a body).
COLLECTIVE_MEMBERS: dict[str, tuple[str, str]] = vocabulary().collective_members()  # words/collective_members.csv
# Words after the list that qualify the group: kept in its name, or (None) only telling its place.
COLLECTIVE_QUALIFIERS: dict[str, str | None] = vocabulary().collective_qualifiers()  # collective_qualifiers.csv
_MEMBER_RX = rx(r"(?:" + alternation(list(COLLECTIVE_MEMBERS)) + r")\b(?! ?-? ?(?:trưởng|xã hội|phó)\b)")
_NAMED_NEXT_RX = re.compile(r" [A-ZĐÀ-Ỹ]")  # (on the text) a capitalised word right after a member word
_SUBORDINATES_RX = rx(r" dưới(?: trực thuộc)?")
_MEMBER_SEP_RX = rx(r"(?:, ?(?:các )?| và (?!các )| ?- ?| ?/ ?)")  # "… và các …" opens another group
# "Giám đốc các Sở, Thủ trưởng các ban, ngành …": the departments' heads named twice, one group
_HEADED_MEMBER_SEP_RX = rx(r", ?(?:thủ trưởng|giám đốc|trưởng|người đứng đầu|lãnh đạo) các ")
_QUALIFIER_RX = rx(r" (?:" + alternation(list(COLLECTIVE_QUALIFIERS)) + r")\b")
_MEMBER_BY_KEY = {fold(k): v for k, v in COLLECTIVE_MEMBERS.items()}
_QUALIFIER_BY_KEY = {fold(k): v for k, v in COLLECTIVE_QUALIFIERS.items()}
_LOWER_WHERE_RX = rx(r"(?:huyện|quận|thị xã|xã|phường)$")
_PARTNER_BEFORE_RX = rx(r"(?:cùng với|cùng) $")
_ASSIGN_AFTER_RX = rx(r"\b(?:giao|yêu cầu|chỉ đạo|đề nghị|phân công)\b")
_PARTY_PARTS = _V.collective_parts()  # words/collective_parts.csv
_PARTY_START_RX = rx(r"(?:các|từng) (cấp ủy(?: đảng)?|tổ chức đảng|tổ chức cơ sở đảng)\b")
# qualifiers of a group's name that name the same group as the plain wording, when a document uses both
# (words/body_words.csv): "Các sở, ngành liên quan tỉnh X" is its own name when the plain one is not used
_DEPT_VARIANT_QUALIFIERS = _V.body_words("variant_qualifier")
_BINDING_QUALIFIER_RX = rx(r" (?:" + alternation(_V.body_words("binding_qualifier")) + r")\b")
# member families that make a group too vague to declare unless a duty or a report names it ("các cơ quan, đơn vị",
# "các sở, ban, ngành, địa phương")
_VAGUE_FAMILIES = frozenset({"unit", "local", "level"})
_PARTY_GROUP_WORDS = frozenset({"ban cán sự đảng", "đảng đoàn"})  # party groups inside state bodies, listed
_DEPT_WORDS = frozenset({"sở", "ban", "ngành", "sở, ngành", "ban, ngành", "đoàn thể"})
# members that make a group by themselves ("các sở", "các ngành", "các cơ quan chuyên môn")
GROUP_DEFINING_MEMBERS = _V.body_words("group_defining_member")


def _is_group(words: list[str], families: set[str], quals: list[str], central_doc: bool) -> bool:
    """Is the member list a group of bodies? Departments ("sở", "ngành"), central agencies, central
    party organs, or two or more kinds of agency ("cơ quan, đơn vị"), or agencies "liên quan"; a
    lone "các cơ quan", "các ban", "các địa phương" is too vague to be one."""
    if set(GROUP_DEFINING_MEMBERS) & set(words) or "central" in families:
        return True
    if "party" in families:
        return central_doc or any("Trung ương" in q for q in quals)
    return len(words) >= 2 or bool(quals)  # "các đơn vị liên quan", "các đơn vị lực lượng vũ trang"


class MemberLists(PartyCommittees):
    """Groups written as a list of member nouns ("các sở, ban, ngành")."""

    def _collect_collective_variants(self) -> None:
        """"các sở, ngành" and later "các sở, ngành liên quan" in one document are one group: the
        qualified wording maps to the plain one when the document also uses that."""
        self._variant_of = {}
        names: dict[str, Body] = {}
        for m in _CAC_RX.finditer(self.f):
            got = self._member_list(m.start(), m.end())
            if got is not None and got[0] is not None:
                names.setdefault(got[0].name, got[0])
        qualified: dict[str, list[str]] = {}  # plain name -> its qualified wordings
        for name in names:
            for qualifier in _DEPT_VARIANT_QUALIFIERS:
                plain = name.replace(f" {qualifier} ", " ", 1)
                if plain != name:
                    qualified.setdefault(plain, []).append(name)
                    break
        for plain, variants in qualified.items():
            if plain not in names and len(variants) >= 2:  # "… chức năng" and "… liên quan": the plain group
                b = names[variants[0]]
                names[plain] = self.namer.other(plain, b.kind, b.level, b.parent, b.unit, True)
            if plain in names:
                for name in variants:
                    self._variant_of[name] = names[plain]
        # "các ngành" beside "các sở, ban, ngành": the fewer members name the same departments
        for name, (words, _quals, where) in self._groups.items():
            if name in self._variant_of or not words <= _DEPT_WORDS:
                continue
            wider = sorted((bool(q), n) for n, (w, q, p) in self._groups.items()
                           if n != name and p == where and words < w and w <= _DEPT_WORDS)
            if wider and wider[0][1] in names:
                target = names[wider[0][1]]
                self._variant_of[name] = self._variant_of.get(target.name, target)

    def _members_without_cac(self, j: int):
        """A group written without "các": the heads of the ministries ("Bộ trưởng, Thủ trưởng cơ quan ngang bộ,
        Thủ trưởng cơ quan thuộc Chính phủ") or of several members after a head noun ("thủ trưởng sở, ban,
        ngành"); named as their group ("Các bộ, cơ quan ngang bộ, …", "Các sở, ban, ngành tỉnh X"). A lone
        member ("Giám đốc Sở …") is a body of its own."""
        if not _MINISTERS_RX.match(self.f, j) and not (
                _HEAD_WORD_BEFORE_RX.search(self.f, max(0, j - 20), j) and _TWO_MEMBERS_RX.match(self.f, j)) and not (
                _BARE_PAIR_RX.match(self.f, j) and _ADDRESSING_BEFORE_RX.search(self.f, max(0, j - 20), j)):
            return None
        got = self._member_list(j, j)
        return got if got is not None and got[0] is not None else None

    def _member_list(self, j: int, k: int):
        """"các sở, ban, ngành tỉnh", "các bộ, cơ quan ngang bộ", "các cơ quan, đơn vị liên quan": a
        list of member nouns, then qualifiers and a place. Named "Các " + the members' canonical words
        + the qualifiers + the place; wholly unspecified partners ("phối hợp với các cơ quan liên
        quan") and lists of people ("cá nhân") are not bodies."""
        words: list[str] = []
        families: set[str] = set()
        end = k
        while True:
            m = _MEMBER_RX.match(self.f, end)
            if not m:
                break
            word, family = _MEMBER_BY_KEY[fold(m.group(0))]
            if words and self.t[m.start()].isupper() and _NAMED_NEXT_RX.match(self.t, m.end()):
                break  # "các cơ quan, đơn vị, Sở Nội vụ chủ trì …": a named body after the list, not a member
            below = _SUBORDINATES_RX.match(self.f, m.end()) if word == "cấp" else None
            if below is not None:
                # "các cơ quan, đơn vị và cấp dưới trực thuộc": each addressee's own subordinates, no body
                return (None, below.end()) if words else None
            sep = _MEMBER_SEP_RX.match(self.f, m.end())
            headed = _HEADED_MEMBER_SEP_RX.match(self.f, m.end()) if family == "dept" and families <= {"dept"} \
                else None
            nxt = _MEMBER_RX.match(self.f, headed.end()) if headed else None
            if nxt and _MEMBER_BY_KEY[fold(nxt.group(0))][1] == "dept":  # not "… thủ trưởng các cơ quan liên quan"
                sep = headed
            more = bool(sep and _MEMBER_RX.match(self.f, sep.end()))
            if more and sep is not None and "các" in sep.group(0) and families and families != {"level"} \
                    and sep is not headed:
                more = False  # "các sở, ban, ngành, các hội, đoàn thể": a second group ("các cấp, các ngành": one)
            if more and sep is not None and self._binds_alone(sep.end(), families | {family}):
                more = False  # "các hội, đoàn thể, đơn vị lực lượng vũ trang": the armed units are a group of their own
                self._continued_at = sep.end()
            if word == "tổ chức" and not more:
                break  # "các cơ quan, tổ chức và đội ngũ": "tổ chức" closes no list of bodies
            for part in word.split(", "):  # "sở ban ngành" written without commas is "sở, ban, ngành"
                if part not in words:
                    words.append(part)
            families.add(family)
            end = m.end()
            if not more or sep is None:
                break
            end = sep.end()
        if not words:
            return None
        if words == ["ngành"] and _FIELDS_AFTER_RX.match(self.f, end):
            return (None, end)  # "cho từng ngành, từng lĩnh vực", "các ngành, lĩnh vực": sectors, not bodies
        bar = _NOT_A_GROUP_RX.match(self.f, end)
        if bar and len(words) > 1 and families & {"dept", "central"} and fold(bar.group(0)).strip() != "chuyen mon":
            # "các sở, ngành, cơ quan hành chính": the class closes the list's last member, the list is still a group
            words[-1] = f"{words[-1]} {self.t[bar.start():bar.end()].strip()}"
            end, bar = bar.end(), None
        if bar and not (families <= {"dept"} and fold(bar.group(0)).strip() == "chuyen mon"):
            return (None, bar.end())  # "các cơ quan, đơn vị ngành dọc", "các đơn vị sự nghiệp"
        quals: list[str] = []
        where_said = False
        where_lower = False  # "của huyện", "trên địa bàn xã": the document's own district or commune
        owner: Body | None = None
        while True:
            of = _OF_COMMITTEE_RX.match(self.f, end)
            state = self._state(of.end()) if of else None
            if of is not None and state is not None and state[0] is not None and state[0].kind == "peoples_committee":
                owner, end = state  # "các cơ quan chuyên môn thuộc UBND huyện": named after their owner
                self._nest(of.end(), end, owner)
                break
            q = _QUALIFIER_RX.match(self.f, end)
            if not q:
                break
            kept = _QUALIFIER_BY_KEY[fold(q.group(0))]
            if kept is None and "central" in families and fold(q.group(0)).strip().startswith("tren dia ban"):
                kept = "trên địa bàn"  # "các cơ quan Trung ương trên địa bàn tỉnh": those based in the province
            if kept is None:
                where_said = True
                where_lower = where_lower or _LOWER_WHERE_RX.search(q.group(0)) is not None
            elif kept not in quals:
                quals.append(kept)
            end = q.end()
        if "person" in families or families == {"level"}:
            return (None, end)
        if words == ["địa phương"] and not quals and self._local_groups and not self._is_partner(j):
            return self._local_groups[-1], end  # "các địa phương" after "UBND các huyện, thành phố": those committees
        if families == {"party"} and set(words) <= _PARTY_GROUP_WORDS and self.home is not None and not quals:
            return self._party_groups_under(words, end)
        if not _is_group(words, families, quals, self.home is None):
            return None
        if families <= {"unit", "local"} and set(quals) <= {"liên quan", "khác", "chức năng"} and (
                (len(words) == 1 and families == {"unit"}) or self._is_partner(j)):
            return (None, end)  # wholly unspecified ("các đơn vị liên quan", "các cơ quan chức năng", a partner)
        unspecified_central = set(words) <= {"bộ", "ngành", "cơ quan", "đơn vị", "địa phương"} and "bộ" in words \
            and len(words) > 1 and bool(quals) and set(quals) <= {"liên quan", "khác"}
        if unspecified_central and self._is_partner(j):
            return (None, end)  # "phối hợp với các Bộ, cơ quan (địa phương) liên quan": the central form of the same
        # "… Trung ương (đóng) trên địa bàn tỉnh": the province's
        based = bool({"đóng trên địa bàn", "trên địa bàn"} & set(quals)) and self.home is not None
        central = not based and ("central" in families or any("Trung ương" in q for q in quals) or (
            "party" in families and self.home is None))
        dept = families <= {"dept"}
        # As written, except that departments "liên quan" are the departments: the sở, ban, ngành of a
        # province are a known set, and the gold names them without it ("Các sở, ngành tỉnh X"), while
        # "các đơn vị, cơ quan liên quan" keep it (without it they would be every unit). Two wordings of
        # one list are merged before.
        shown = [q for q in quals if not (dept and q == "liên quan")]
        name = "Các " + ", ".join(words) + "".join(f" {q}" for q in shown)
        if owner is None and {"cơ quan chuyên môn", "phòng chuyên môn", "bộ phận chuyên môn"} & set(words):
            unit = self.own_unit()  # the legal name: "các cơ quan chuyên môn thuộc UBND huyện"
            owner = self.namer.people_committee(unit) if unit is not None else None
        if owner is not None and dept and owner.unit is not None and owner.unit.level == "province" \
                and {"sở", "ngành"} & set(words):
            place_of_owner: Place | None = owner.unit  # "các sở, ngành thuộc UBND tỉnh": the province's departments
        elif owner is not None:
            return self.namer.other(f"{name} thuộc {owner.name}", "department" if dept else "other", owner.level,
                                    owner, owner.unit, True), end
        else:
            place_of_owner = None
        if central or (self.home is None and not where_said):
            kind = "ministry" if "central" in families else "other"
            if "party" in families:
                kind = "party_committee" if {"tỉnh ủy", "thành ủy", "đảng ủy"} & set(words) else "party_commission"
            parent = self.namer.national("Chính phủ") if kind == "ministry" and "local" not in families else None
            group = self.namer.other(name, kind, "central", parent, None, True)
            if (families & _VAGUE_FAMILIES and not quals) or unspecified_central:
                self.vague.add(group.iri)  # "các bộ, ngành, địa phương": every agency, only where a duty names it
            return group, end
        place, pend = (place_of_owner, end) if place_of_owner else self.place(end, allow_bare_name=True)
        place = self.resolve_place(place)
        if isinstance(place, Place):
            end = pend
        elif where_lower and self.own_unit() is not None and self.own_unit() != self.home:
            place = self.own_unit()  # "các phòng, ngành của huyện" in a district's text
        elif "sở" in words or based or (dept and where_said):
            place = self.home  # "các sở, ban, ngành (thuộc tỉnh)" serve the province; only provinces have sở
        else:
            place = self.own_unit()  # "các ngành", "các phòng, ban", "các đơn vị liên quan" of the document
        if place is None:
            return None
        parent = self.namer.people_committee(place) if dept else None
        if words == ["ngành"] and place.level == "district":
            name = "Các phòng, ban, ngành" + "".join(f" {q}" for q in shown)  # a district's own sectors
        elif words == ["ngành"] and place.level == "province":
            name = "Các sở, ngành" + "".join(f" {q}" for q in shown)  # a province's sectors are its departments
        body = self.namer.other(f"{name} {place.display()}", "department" if dept else "other", place.level, parent,
                                place, True)
        self._groups.setdefault(body.name, (frozenset(words), tuple(quals), place.name))
        body = self._variant_of.get(body.name, body)
        if families & _VAGUE_FAMILIES and not quals:
            self.vague.add(body.iri)  # "các cơ quan, đơn vị", "các sở, ngành, địa phương": only where a duty names it
        return body, end

    def _binds_alone(self, k: int, families: set[str]) -> bool:
        """The member at ``k`` is of another kind than the ones before and carries a qualifier that
        names its kind only (body_words.csv, binding_qualifier), or is a mass organisation (their own group)."""
        m = _MEMBER_RX.match(self.f, k)
        if not m or _MEMBER_BY_KEY[fold(m.group(0))][1] in families:
            return False
        return _MEMBER_BY_KEY[fold(m.group(0))][1] == "mass" or bool(_BINDING_QUALIFIER_RX.match(self.f, m.end()))

    def _is_partner(self, j: int) -> bool:
        """"phối hợp với các cơ quan liên quan": the group is a partner, not an addressee."""
        start = max(self.f.rfind(".", 0, j), self.f.rfind(";", 0, j), self.f.rfind("\n", 0, j)) + 1
        clause = self.f[start:j]
        at = clause.rfind("phối hợp")
        if at < 0:
            return bool(_PARTNER_BEFORE_RX.search(self.f, start, j))
        return not _ASSIGN_AFTER_RX.search(clause, at)

    def _collect_party_parts(self) -> None:
        """The party collectives of a document are one group; its name lists every part used."""
        parts: list[str] = []
        for m in _PARTY_START_RX.finditer(self.f):
            seq = [m.group(1)]
            end = m.end()
            while True:
                cont = _PARTY_CONT_RX.match(self.f, end)
                if not cont:
                    break
                seq.append(cont.group(1))
                end = cont.end()
            for word in seq:
                word = re.sub(r"\s+", " ", word)
                if fold(word) == fold("cấp ủy đảng"):
                    self.party_word = "cấp ủy đảng"
                for prefix, part in _PARTY_PARTS:
                    if fold(word).startswith(fold(prefix)) and part not in parts:
                        parts.append(part)
                        break
        order = ["cấp ủy", "tổ chức đảng", "cơ quan", "đơn vị"]
        self.party_parts = [p for p in order if p in parts]
        if self.party_parts != ["cấp ủy"]:
            self.party_word = "cấp ủy"
