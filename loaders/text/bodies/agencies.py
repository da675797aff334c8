"""Agencies written HEAD + PLACE ("Công an tỉnh", "Cục Thuế tỉnh Hòa Bình"), departments ("Sở Y tế",
"Phòng Tài chính - Kế hoạch huyện"), inspectorates and the police's investigation agencies.

Apart from ``state_bodies``: these belong to a People's Committee or a central body and are read
from their own head tables (body_heads.csv, slots agency and mass_organisation).
"""

from __future__ import annotations

import re

from bomay.loaders.text.bodies.helpers import _sector_alternation, _skip_space
from bomay.loaders.text.bodies.mentions import Plural
from bomay.loaders.text.bodies.patterns import (
    _AGENCY_HEADS,
    _DEPT_RX,
    _NAME_SEP_RX,
    _NAME_STOP_RX,
    _SECTOR_RX,
    _STEMS,
    _TERM_AFTER_RX,
    _TYPE_RX,
    LOCAL_AGENCY_FORMS,
    _canonical,
    _plural_words,
)
from bomay.loaders.text.bodies.state_bodies import StateBodies
from bomay.loaders.text.lexicon import DEPARTMENT_NAMES, SECTOR_TO_DEPARTMENT, alternation, rx
from bomay.loaders.text.naming import Body
from bomay.loaders.text.places import NEW_ERA_START, Place
from bomay.loaders.text.vocabulary import vocabulary
from bomay.textnorm import fold

_V = vocabulary()
_SECTOR_BY_KEY = {fold(k): v for k, v in SECTOR_TO_DEPARTMENT.items()}
_UNIT_NAMED_HEAD_RX = rx(r"(tỉnh|thành|huyện|quận|thị) (?:đoàn|đội)\b")  # "Tỉnh đoàn", "Huyện đội": unit in head
_ABBREVIATED_RX = re.compile(r"hđnd|ubnd|đbqh|bđbp|chqs|kttv")
_BODY_TITLE_BEFORE_RX = rx(r"(?:bí thư|chủ tịch|trưởng|giám đốc|chánh) $")  # its head's title just before
_CREDIT_BEFORE_RX = rx(r"(?:theo|nguồn:?) $")
_CO_SO_BEFORE_RX = rx(r"cơ\s+$")
_VAN_BEFORE_RX = rx(r"văn\s+$")
_UPPER_TYPE_WORDS = [w for w, (level, _t) in _V.unit_types().items() if level in ("province", "district")]
_INSPECTOR_HEAD_RX = rx(r"(?:" + alternation(_V.head_forms("inspectorate")) + r") ")
_INSPECTORATE_RX = rx(r"(?:" + alternation(_V.head_forms("inspectorate")) + r") (" + alternation(_UPPER_TYPE_WORDS)
                      + r"|tp|tx)\b")  # "Thanh tra TP", "Thanh tra TP.HCM", "Thanh tra TX Bình Minh"
_PROVINCE_INSPECTORATE_RX = rx(r"thanh tra tỉnh\b")
# "thanh tra sở; thanh tra huyện" with no name after: the inspectorates of every department / district
_BARE_INSPECTORATES_RX = rx(r"thanh tra (?:các )?(sở|huyện)((?:,? (?:và )?(?:thị xã|thành phố|quận|tx|tp))*)(?!\w)"
                            r"(?![ \t]+(?:" + _sector_alternation(_STEMS) + r")(?!\w))")  # "thanh tra huyện, thị xã"
_BARE_DEPARTMENT_RX = rx(r"sở(?=,? (?:và (?:huyện|các|ubnd)|có trách nhiệm|đã|sẽ|cần|phải|cũng|tiếp tục|chủ động|chịu"
                         r"|cho biết|đề nghị|kiến nghị)\b)")
_INVESTIGATOR_NAMES = {fold("csđt"): "Cảnh sát điều tra", fold("anđt"): "An ninh điều tra",
                       fold("cảnh sát điều tra"): "Cảnh sát điều tra", fold("an ninh điều tra"): "An ninh điều tra"}
_INVESTIGATORS_RX = rx(r"cơ quan ((?:cảnh sát |an ninh )?điều tra|csđt|anđt)\b")
# a police division: "Phòng Cảnh sát giao thông Công an tỉnh", "Phòng CSGT Công an tỉnh" (short forms spelled out)
_POLICE_DIVISION_RX = rx(r"phòng ((?:cảnh sát|csgt|cshs|cskt|an ninh|pc\d+)(?: [^\s,.;:()]+){0,8}?) (?=công an )")
_POLICE_SHORT = {fold("csgt"): "Cảnh sát giao thông", fold("cshs"): "Cảnh sát hình sự",
                 fold("cskt"): "Cảnh sát kinh tế"}
_DELEGATION_UNIT_RX = rx(r" đơn vị(?= tỉnh| thành phố)")  # a National Assembly delegation "đơn vị tỉnh X"
# Agencies written HEAD + PLACE ("Công an tỉnh", "Cục Thuế tỉnh Hòa Bình", "Đài khí tượng thủy văn Yên
# Bái", "Hội Nông dân huyện"): heads, kinds and short forms in words/body_heads.csv (slots agency and
# mass_organisation); the body each belongs to: "ubnd" = the place's People's Committee, else a central body.
# (words/body_words.csv, role agency_parent)
AGENCY_PARENTS = _V.body_word_meanings("agency_parent")
# agencies every province has one of: written without a place they are the document's province's
PROVINCIAL_AGENCIES = _V.body_words("provincial_agency")
# agencies of a district written without a place in its own documents
_OWN_UNIT_AGENCIES = set(_V.body_words("local_agency"))
LOCAL_AGENCIES = {h.head: (h.kind, AGENCY_PARENTS.get(h.head)) for h in _AGENCY_HEADS}
_AGENCY_RX = rx(r"(" + alternation(list(LOCAL_AGENCY_FORMS)) + r")(?!\w)")
_AGENCY_BY_KEY = {fold(k): v for k, v in LOCAL_AGENCY_FORMS.items()}
# heads whose bodies' names take the bare place name (a provincial paper, radio and television station)
_SHORT_PLACE_HEADS = frozenset({"Báo", "Đài Phát thanh và Truyền hình"})
_NEWSPAPER_HEADS = frozenset({"Báo", "Tòa soạn Báo"})


class Agencies(StateBodies):
    """Agencies, departments and inspectorates named after their place."""

    def _department_again(self, j: int):
        """A bare "Sở" as a subject ("Sở và huyện có trách nhiệm …", "Sở cũng đề nghị …"): the department named last."""
        m = _BARE_DEPARTMENT_RX.match(self.f, j)
        if not m or self._last_department is None or not self.t[j].isupper():
            return None
        return self._last_department, m.end()

    def _investigators(self, j: int):
        """"Cơ quan Cảnh sát điều tra Công an tỉnh", "Cơ quan CSĐT công an tỉnh", "Cơ quan điều tra Công an tỉnh",
        "Cơ quan An ninh điều tra …": the police's investigation agencies, named as written."""
        m = _INVESTIGATORS_RX.match(self.f, j)
        if not m or not self.t[j].isupper():
            return None
        police = self._agency(_skip_space(self.f, m.end()), inside=True)
        if police is None or police[0] is None or not fold(police[0].name).startswith("cong an"):
            return None
        body, end = police
        which = _INVESTIGATOR_NAMES.get(fold(m.group(1)), " ".join(self.t[m.start(1):m.end(1)].split()))
        return self.namer.other(f"Cơ quan {which} {body.name}", "other", body.level, body, body.unit), end

    def _police_division(self, j: int):
        """"Phòng CSGT Công an tỉnh", "Phòng Cảnh sát hình sự Công an TP": a division of the police, named in full."""
        m = _POLICE_DIVISION_RX.match(self.f, j)
        if not m or not self.t[j].isupper():
            return None
        police = self._agency(m.end(), inside=True)
        if police is None or police[0] is None or not fold(police[0].name).startswith("cong an"):
            return None
        body, end = police
        words = " ".join(_POLICE_SHORT.get(fold(w), w) for w in self.t[m.start(1):m.end(1)].split())
        return self.namer.other(f"Phòng {words} {body.name}", "other", body.level, body, body.unit), end

    def _inspectorate(self, j: int):
        """"Thanh tra tỉnh": the province's inspectorate, an agency of its People's Committee."""
        bare = _BARE_INSPECTORATES_RX.match(self.f, j)
        if bare and not self.t[_skip_space(self.t, bare.end()):][:1].isupper():
            return self._bare_inspectorates(bare)
        head = _INSPECTOR_HEAD_RX.match(self.f, j)
        if not head or not (self.t[j].isupper() or _PROVINCE_INSPECTORATE_RX.match(self.f, j)):
            return None  # "thanh tra" in lower case is an inspection ("thanh tra huyện X"); "thanh tra tỉnh" a body
        k = head.end()
        owner = (self._national(k) or self._department(k)) if self.t[k:k + 1].isupper() else None
        if owner is not None and owner[0] is not None and not owner[0].collective \
                and owner[0].kind in ("ministry", "department"):
            body, end = owner  # "Thanh tra Bộ Xây dựng", "Thanh tra Sở Xây dựng": the body's own inspectorate; like
            # an office it does not declare its host (the gold of two read documents does not)
            return self.namer.other(f"Thanh tra {body.name}", "department", body.level, body, body.unit), end
        m = _INSPECTORATE_RX.match(self.f, j)
        if not m:
            return None
        place, end = self.place(m.start(1))
        place = self.resolve_place(place)
        if not isinstance(place, Place):
            return None
        return self.namer.other(f"Thanh tra {place.display()}", "department", place.level,
                                self.namer.people_committee(place), place), end

    def _bare_inspectorates(self, bare: re.Match):
        """"thanh tra sở", "thanh tra huyện" without a name: in a province's text every department's or district's
        inspectorate, one group ("Thanh tra các sở tỉnh X"); in a district's own text "thanh tra huyện" is its own."""
        own = self.own_unit()
        if bare.group(1) == "huyện" and own is not None and own.level == "district":
            return self.namer.other(f"Thanh tra {own.display()}", "department", "district",
                                    self.namer.people_committee(own), own), bare.end()
        if self.home is None or self.home.level != "province" or (own is not None and own.level != "province"):
            return None
        if bare.group(1) == "huyện" and (near := self._district_in_sentence(bare.start())):
            # "tại huyện Kiên Hải, hợp nhất Ủy ban Kiểm tra Huyện ủy với Thanh tra huyện": that district's
            return self.namer.other(f"Thanh tra {near.display()}", "department", "district",
                                    self.namer.people_committee(near), near), bare.end()
        if bare.group(1) == "sở":
            return self.namer.other(f"Thanh tra các sở {self.home.display()}", "department", "province",
                                    self.namer.people_committee(self.home), self.home, True), bare.end()
        words = _plural_words("huyện" + self.t[bare.start(2):bare.end(2)])  # "Thanh tra huyện, thị xã, thành phố"
        return self.namer.other(f"Thanh tra các {words} thuộc {self.home.display()}", "department", "district", None,
                                self.home, True), bare.end()

    def _agency(self, j: int, inside: bool = False):
        """"Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh", "Cục Thuế tỉnh Hòa Bình", "Đài khí tượng thủy văn
        Yên Bái", "Hội Nông dân huyện": an agency named after the unit it serves (``inside`` another body's name
        it may be written in lower case: "Cơ quan CSĐT công an tỉnh")."""
        m = _AGENCY_RX.match(self.f, j)
        # a unit's own in lower case after its head's title, its place written: "Bí thư huyện đoàn Mỹ Xuyên"
        titled_unit_own = bool(m and not inside and not self.t[j].isupper() and _UNIT_NAMED_HEAD_RX.match(self.f, j)
                               and _BODY_TITLE_BEFORE_RX.search(self.f, max(0, j - 14), j))
        if not m or not (inside or self._capital_or_titled(j) or _ABBREVIATED_RX.search(m.group(1))
                         or titled_unit_own):
            return None  # a lower-case head only with an abbreviation in it ("văn phòng HĐND&UBND")
        if _CREDIT_BEFORE_RX.search(self.f, max(0, j - 8), j):
            return None  # "(theo Báo Hà Tĩnh)" credits a source
        head = _AGENCY_BY_KEY[fold(m.group(1))]
        kind, parent_spec = LOCAL_AGENCIES[head]
        at = m.end()
        if parent_spec == "Quốc hội" and (term := _TERM_AFTER_RX.match(self.f, at)) is not None:
            at = term.end()  # "Đoàn đại biểu Quốc hội khóa XV tỉnh X": the delegation of that term
        unit_word = _DELEGATION_UNIT_RX.match(self.f, at) if parent_spec == "Quốc hội" else None
        place, end = self.place(unit_word.end() if unit_word else at)  # "Đoàn ĐBQH đơn vị tỉnh X"
        place = self.resolve_place(place)
        own = _UNIT_NAMED_HEAD_RX.match(self.f, j)
        if titled_unit_own and not isinstance(place, Place):
            return None
        if own and not isinstance(place, Place):  # "Tỉnh đoàn", "Huyện đoàn": the unit is in the head
            place, end = self.resolve_place(self._bare_unit(j, own.group(1))), m.end()
        elif not isinstance(place, Place) and re.search(r"hđnd|ubnd|nhân dân", m.group(1)):
            place, end = self.own_unit(), m.end()  # "Văn phòng HĐND và UBND": of the document's unit
        elif place is None and (shared := self._shared_agency_place(m.end())) is not None:
            place, end = shared, m.end()  # "Công an, Ban Chỉ huy Quân sự phường": the place after the last head
        elif place is None and head in PROVINCIAL_AGENCIES and self.home is not None and (
                not head.startswith("Ban Quản lý") or self._name_ends_at(m.end())):
            place, end = self.home, m.end()  # "Bộ Chỉ huy Bộ đội Biên phòng, Cục Hải quan chỉ đạo …"
        elif place is None and head in _OWN_UNIT_AGENCIES and self.locals:
            place, end = self.locals[0], m.end()  # "Cơ quan Tổ chức - Nội vụ" in a district's own text
        elif place is None and kind == "mass_organisation" and self.t[j].isupper() and _BODY_TITLE_BEFORE_RX.search(
                self.f, max(0, j - 14), j) and (own_unit := self.own_unit()) is not None:
            place, end = own_unit, m.end()  # "…; Chủ tịch Hội nông dân." in a district's text: the district's
        if isinstance(place, Plural):  # "Ủy ban bầu cử các huyện, thành phố", "Công an các xã"
            where = self.container(place.level)
            if where is None:
                return None
            name = f"{head} các {' '.join(place.words.split())} thuộc {where.display()}"
            return self.namer.other(name, kind, place.level, None, where, True), end
        if not isinstance(place, Place):
            return None
        if head == "Ban Chỉ huy Quân sự" and place.level == "province":  # "Quân sự tỉnh": the province's command
            head = "Bộ Chỉ huy Quân sự"
        elif head == "Bộ Chỉ huy Quân sự" and place.level != "province":  # "BCH Quân sự huyện": a Ban below
            head = "Ban Chỉ huy Quân sự"
        parent: Body | None
        if parent_spec == "ubnd":
            parent = self.namer.people_committee(place)
        else:
            parent = self.namer.national(parent_spec) if parent_spec else None
        typed = _TYPE_RX.match(self.f, _skip_space(self.f, m.end()))
        # "Báo Đồng Tháp", "Đài Phát thanh và Truyền hình Cà Mau": their names as written
        written = place.short if head in _SHORT_PLACE_HEADS and not typed else place.display()
        body = self.namer.other(f"{head} {written}", kind, place.level, parent, place)
        if head in _NEWSPAPER_HEADS:
            self.vague.add(body.iri)  # "như Báo Gia Lai đã phản ánh": a source; a body only where a duty names it
        return body, end

    def _name_ends_at(self, k: int) -> bool:
        """Nothing of a longer name follows a zone board's head: a stop, a punctuation mark or a function word ("Ban
        Quản lý các KCN và …"), not "Ban Quản lý Khu kinh tế Dung Quất" or "… khu kinh tế công nghiệp tỉnh"."""
        at = _skip_space(self.f, k)
        return at >= len(self.f) or self.f[at] in ",.;:()\n" or _NAME_STOP_RX.match(self.f, at) is not None

    def _shared_agency_place(self, k: int) -> Place | None:
        """Agency heads listed without a place share the one written after the last head."""
        sep = _NAME_SEP_RX.match(self.f, k)
        if not sep or not _AGENCY_RX.match(self.f, sep.end()):
            return None
        nxt = self._agency(sep.end())
        body = nxt[0] if nxt is not None else None
        return body.unit if body is not None and not body.collective else None

    def _department(self, j: int):
        m = _DEPT_RX.match(self.f, j)
        sector = None
        if not m:
            m = _SECTOR_RX.match(self.f, j)
            if not m:
                return None
            sector = _SECTOR_BY_KEY[fold(m.group(1))]
        if sector is None and not self.t[j].isupper() and not (
                self.t[m.start(2):m.start(2) + 1].isupper() and not _CO_SO_BEFORE_RX.search(self.f, max(0, j - 4), j)
                and not _VAN_BEFORE_RX.search(self.f, max(0, j - 4), j)):
            return None  # "sở Xây dựng", "phòng Tài nguyên" in lower case are still departments; "cơ sở" is not
        head = "Sở" if sector else ("Sở" if fold(self.f[j:j + 2]) == "so" else "Phòng")
        name = sector or _canonical(m.group(2), DEPARTMENT_NAMES)
        if head == "Sở" and name in ("Văn hóa - Thông tin", "Văn hóa và Thông tin"):
            name = "Văn hóa và Thể thao"  # "Sở VH-TT": no province kept a Sở Văn hóa - Thông tin after 2008
        place, end = self.place(m.end())
        place = self.resolve_place(place)
        if head == "Phòng":
            if not isinstance(place, Place) or place.level == "province":
                own = next((u for u in self.speaking_locals() if u.level == "district" or (
                    u.level == "commune" and (self.namer.day or "") >= NEW_ERA_START)), None)  # 2025: a commune's
                # a district's division: of the district this sentence or the whole text speaks of
                place = self._district_in_sentence(j) or own or next(iter(self._focal_districts()), None)
                end = m.end()
                if place is None:
                    return None
        elif isinstance(place, Plural) and place.level == "province":
            # "Sở Y tế các tỉnh, thành phố trực thuộc Trung ương": the departments of every province
            return self._provinces_department(name, place.words), end
        elif not isinstance(place, Place):
            if self.home is None:
                # a central text without a province of its own: the provinces' departments it addresses
                return (self._provinces_department(name, "tỉnh, thành phố") if head == "Sở" else None), m.end()
            place, end = self.home, m.end()
        return self.namer.department(head, name, place), end

    def _provinces_department(self, name: str, words: str) -> Body:
        """One department of every province (or of the provinces a qualifier names), as a collective."""
        words = re.sub(r"\s+", " ", words)
        where = "các tỉnh, thành phố trực thuộc Trung ương" if words.startswith("tỉnh, thành phố") else f"các {words}"
        return self.namer.other(f"Sở {name} {where}", "department", "province", None, None, collective=True)

    def _district_in_sentence(self, j: int) -> Place | None:
        start = max(self.f.rfind(".", 0, j), self.f.rfind("\n", 0, j)) + 1
        near = [p for pos, p in self.named_lower if start <= pos < j and p.level == "district"]
        return near[-1] if near else None
