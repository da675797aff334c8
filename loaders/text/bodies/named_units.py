"""Units named by a head and a capitalised name ("Trung tâm Phát triển quỹ đất tỉnh", "Xí nghiệp …"),
associations, schools and enterprises (bodies only where a duty or a report names them).
"""

from __future__ import annotations

import re

from bomay.loaders.text.bodies.helpers import _head_case, _skip_space
from bomay.loaders.text.bodies.mentions import Plural
from bomay.loaders.text.bodies.name_ends import NameEnds
from bomay.loaders.text.bodies.patterns import (
    _EVENT_BEFORE_RX,
    _NAME_WORD_RX,
    _SURNAMES,
    ENTERPRISE_HEADS,
    NAMED_UNIT_HEADS,
)
from bomay.loaders.text.lexicon import alternation, match_form, rx
from bomay.loaders.text.places import Place
from bomay.loaders.text.vocabulary import vocabulary
from bomay.textnorm import fold

_V = vocabulary()
_VENUE_BEFORE_RX = rx(r"(?:tại|ở|đến|vào) $")
_SCHOOL_RX = rx(r"trường (?:thpt|thcs|trung học|tiểu học|mầm non)\b")
_NAMED_UNIT_KIND_BY_KEY = {fold(k): v for k, v in NAMED_UNIT_HEADS.items()}  # "Ban quản lý …" as written too
# named units that belong to a unit: without a place, the document's own unit's or its province's
_PLACED_UNIT_HEADS = _V.body_word_meanings("placed_unit_head")  # words/body_words.csv
_PLACED_UNIT_BY_KEY = {fold(k): v for k, v in _PLACED_UNIT_HEADS.items()}  # "Chi Cục …" as written too
_BEYOND_UNIT_RX = rx(r"(?<!\w)(?:" + alternation(_V.body_words("beyond_unit_word")) + r")(?!\w)")
_NAMED_UNIT_RX = rx(r"(" + alternation(list(NAMED_UNIT_HEADS)) + r") (?=\w)")
_ENTERPRISE_RX = rx(r"(" + alternation(list(ENTERPRISE_HEADS)) + r") (?=\w)")
_UNIT_HEAD_TITLE_BEFORE_RX = rx(r"(?<!\w)(?:trưởng|giám đốc) $")
# "Vụ Đông Xuân", "Vụ Hè Thu": a crop season, not a ministry's division
_SEASON_RX = rx(r"vụ (?:đông|xuân|hè|thu|mùa|chiêm|ba)\b")
# the number closing a unit's name ("Trường Trung cấp Kinh tế - Kỹ thuật số 2", "Bệnh viện Quân y số 7")
_UNIT_NUMBER_AFTER_RX = re.compile(r"[ \t]+số[ \t]+\d{1,3}(?![\d/.,:-]*\w)")


class NamedUnits(NameEnds):
    """Units, associations and enterprises named by a head and a capitalised name."""

    def _named_unit(self, j: int, enterprise: bool = False):
        """"Trung tâm Phát triển quỹ đất tỉnh", "Xí nghiệp Khai thác công trình thủy lợi huyện", "Công
        ty TNHH MTV …": a head and a capitalised name, read word by word up to a place, a function
        word or a verb."""
        m = (_ENTERPRISE_RX if enterprise else _NAMED_UNIT_RX).match(self.f, j)
        if not m or not (self.t[j].isupper() or (not enterprise and _UNIT_HEAD_TITLE_BEFORE_RX.search(
                self.f, max(0, j - 12), j))):
            return None  # lowercase only after its head's title ("Phó Trưởng trạm Thủy nông")
        if not self.t[m.end():m.end() + 1].isupper() or self.t[j + 1:j + 2].isupper():
            return None  # a lowercase word after the head, or a heading in capitals ("XÃ HỘI CHỦ NGHĨA")
        if _SEASON_RX.match(self.f, j):
            return None
        if not enterprise and (_VENUE_BEFORE_RX.search(self.f, max(0, j - 12), j)
                               or _EVENT_BEFORE_RX.search(self.f, max(0, j - 20), j)):
            return None  # "tại Trung tâm Hội nghị tỉnh": a place; "Đại hội Hội LHPN": an event, not an actor
        end = self._before_person(m.end(), self._name_end(m.end()))
        if numbered := _UNIT_NUMBER_AFTER_RX.match(self.t, end):
            end = numbered.end()  # "Trường Trung cấp Kinh tế - Kỹ thuật số 2": the number is part of the name
        if _SCHOOL_RX.match(self.f, j) and (names := self._cap_words(_skip_space(self.f, m.end()), 5)):
            end = names[-1][1]  # a school is named after a person or a place: its capitalised words only
        head = " ".join(self.t[j:end].split())
        head = head[:1].upper() + head[1:]  # "trạm Thủy nông" after its head's title
        kind = _NAMED_UNIT_KIND_BY_KEY.get(fold(self.t[j:m.end()]), "other")
        place, pend = self.place(end, allow_bare_name=False)
        place = self.resolve_place(place)
        if isinstance(place, Place):
            parent = self.namer.people_committee(place) if kind == "public_service_unit" else None
            return self.namer.other(f"{head} {place.display()}", kind, place.level, parent, place), pend
        if isinstance(place, Plural) and not enterprise and (where := self.container(place.level)) is not None:
            # "Trạm Y tế các xã, thị trấn": every commune's station, one group
            name = f"{head} các {' '.join(place.words.split())} thuộc {where.display()}"
            return self.namer.other(name, kind, place.level, None, where, True), pend
        own = None if enterprise else self._own_place_of(_head_case(self.t[j:m.end()].strip()), head)
        if own is not None:  # "Trạm Khuyến nông" in a district's text: the district's station
            parent = self.namer.people_committee(own) if kind == "public_service_unit" else None
            return self.namer.other(f"{head} {own.display()}", kind, own.level, parent, own), end
        unit = self.locals[0] if self.locals else self.home
        return self.namer.other(head, kind, unit.level if unit else "central", None, unit), end

    def _own_place_of(self, head_word: str, name: str) -> Place | None:
        """The unit a place-less named unit belongs to, when its head says it has one and its name does not
        already place it (a national or regional word, a proper or a place's name at its end: "Trạm Kiểm lâm
        Lủng Siên")."""
        means = _PLACED_UNIT_BY_KEY.get(fold(head_word))
        if means is None or self.home is None or _BEYOND_UNIT_RX.search(match_form(name)):
            return None
        words = name.split()
        if len(words) >= 4 and all(w[:1].isupper() for w in words[-2:]) and any(w.islower() for w in words[1:-2]):
            return None  # ends in a proper name ("Ban Quản lý Khu di tích Dinh Thầy Thím")
        for n in range(1, min(4, len(words) - 1) + 1):
            tail = words[-n:]
            if not all(w[:1].isupper() for w in tail):
                break
            short = " ".join(tail)
            if self.gaz.province(short, self.namer.day) or self.gaz.unit_in(self.home.province_code, short,
                                                                              self.namer.day):
                return None
        return self.home if means == "province" else self.own_unit()

    def _named_unit_or_association(self, j: int):
        """A named unit; an association ("Hội Luật gia tỉnh") or a school only where a duty or a report names it:
        news names them in passing (a chairman's post, an event's host) far more often than as actors."""
        got = self._named_unit(j)
        if got is not None and (got[0].kind == "mass_organisation" or _SCHOOL_RX.match(self.f, j)):
            self.vague.add(got[0].iri)  # schools too: news names them as places and hosts far more than as actors
        return got

    def _enterprise(self, j: int):
        """"Công ty TNHH MTV Khai thác công trình thủy lợi Quảng Bình", "Tập đoàn Điện lực Việt Nam": a
        company is a body only where a duty or a report names it (news names companies for other reasons)."""
        got = self._named_unit(j, enterprise=True)
        if got is not None:
            self.vague.add(got[0].iri)
        return got

    def _before_person(self, k: int, end: int) -> int:
        """A name read up to ``end`` that runs on into its head's own name after a province ("Chi cục Chăn nuôi
        và Thủy sản Đồng Nai Nguyễn Trường Giang"): it ends before the surname."""
        for w in _NAME_WORD_RX.finditer(self.t, k, end):
            start = w.start(1)
            if start > k and match_form(w.group(1)) in _SURNAMES and self._province_ends_at(k, start):
                return len(self.t[:start].rstrip())
        return end

    def _province_ends_at(self, k: int, pos: int) -> bool:
        """Whether a province's bare name ("Đồng Nai", "Bà Rịa - Vũng Tàu") ends just before ``pos``."""
        words = [m.start(1) for m in _NAME_WORD_RX.finditer(self.t, k, pos)]
        return any(self.gaz.province(self.t[w:pos].strip(), self.namer.day) is not None for w in words[-4:])
