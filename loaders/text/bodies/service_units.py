"""Academies ("Học viện Chính trị khu vực II") and public service units named by head and place
("Ban Quản lý dự án …", "Trung tâm Y tế huyện"), with the works a project board builds and a central
owner written in brackets.
"""

from __future__ import annotations

import re

from bomay.loaders.text.bodies.helpers import _head_case, _skip_space
from bomay.loaders.text.bodies.mentions import Plural
from bomay.loaders.text.bodies.name_ends import NameEnds
from bomay.loaders.text.bodies.patterns import (
    _CAPITALS,
    _NAME_STOP_RX,
    _NAME_WORD_RX,
    _OF_RX,
    _PSU_BY_KEY,
    _PSU_RX,
    _TYPE_RX,
)
from bomay.loaders.text.lexicon import DEPARTMENT_NAMES, alternation, match_form, rx
from bomay.loaders.text.naming import Body
from bomay.loaders.text.places import Place
from bomay.loaders.text.vocabulary import vocabulary
from bomay.textnorm import fold

_V = vocabulary()
# academies; a head ending "khu vực" takes the region's number ("Học viện Chính trị khu vực II")
_ACADEMY_RX = rx(r"(" + "|".join(f"{a} [ivx\\d]+" if match_form(h).endswith("khu vực") else a for h in sorted(
    _V.head_forms("academy"), key=len, reverse=True) for a in [alternation([h])]) + r")\b")
# (on the text) two to four capitalised words: a proper name after a head
_CAPITALISED_NAME_RX = re.compile(r"[ \t]+((?:[" + _CAPITALS + r"][^\W\d_]*[ \t]*){2,4})(?=\W|$)")
# a project board named after the works it builds, up to its place ("Ban Quản lý dự án đầu tư xây dựng các công trình
# dân dụng và công nghiệp tỉnh X")
_WORKS_RX = rx(r" (?:các )?công trình (?=\w)")
_OPEN_BRACKET_RX = re.compile(r"[ \t]*\([ \t]*")
# works named by their sector ("… các công trình nông nghiệp và phát triển nông thôn"): the name needs no place after
_WORKS_SECTOR_RX = rx(r"(?:" + alternation([*DEPARTMENT_NAMES, "dân dụng và công nghiệp", "dân dụng",
                                            "hạ tầng kỹ thuật", "thủy lợi", "giao thông"]) + r")(?!\w)")
# the number of a ministry's project board ("Ban Quản lý dự án 7", "Ban QLDA 85"), not a date or a count
_BOARD_NUMBER_RX = re.compile(r"[ \t]+(\d{1,3})(?![\d/.,:]\d|\w)"
                              r"(?![ \t]*(?:dự án|công trình|tỷ|triệu|ngày|tháng|năm|lần|km))")
# "hai cấp tỉnh và huyện" after a centre's head: the centres of several levels together
_LEVELS_COUNTED_RX = rx(r"(?:hai|ba|2|3) cấp\b")
_LEVEL_AFTER_RX = rx(r" cấp (xã|huyện|tỉnh)\b")


class ServiceUnits(NameEnds):
    """Academies and public service units."""

    def _academy(self, j: int):
        m = _ACADEMY_RX.match(self.f, j)
        if not m:
            return None
        head = _head_case(self.t[j:m.end()])
        place, end = self.place(m.end())
        place = self.resolve_place(place)
        if isinstance(place, Place):
            return self.namer.other(f"{head} {place.name}", "academy", place.level, None, place), end
        named = _CAPITALISED_NAME_RX.match(self.t, m.end())
        if named and self.home is not None:  # "Trường Chính trị Châu Văn Đặng": a school named after a person
            return self.namer.other(f"{head} {' '.join(named.group(1).split())}", "academy", self.home.level, None,
                                    self.home), named.end()
        return self.namer.other(head, "academy", "central", None, None), m.end()

    def _works_end(self, k: int) -> tuple[int | None, bool]:
        """Where the works a project board builds end: just before its place, within a few words and no stop
        ("dân dụng và công nghiệp tỉnh X"), or after the sector that names them; None without either (the name ends
        where it did). And whether the sector's end is where."""
        pos, capital = k, False
        sector = _WORKS_SECTOR_RX.match(self.f, k)
        named = sector.end() if sector else None  # "… các công trình nông nghiệp và phát triển nông thôn"
        for _ in range(8):
            w = _NAME_WORD_RX.match(self.t, pos)
            if not w or re.search(r"[,.;:()]", self.t[pos:w.start(1)]):
                # "… các công trình Dân dụng và Công nghiệp;": named
                return (pos, pos == named) if capital and pos > k else (named, named is not None)
            if self.place(w.start(1), allow_bare_name=False)[0] is not None and pos > k:
                return pos, pos == named
            if self.f.startswith("và ", w.start(1)):
                pos = w.end(1)
                continue
            if _NAME_STOP_RX.match(self.f, w.start(1)):
                return named, named is not None  # "… các công trình của tỉnh": the owner, not the works
            capital = capital or self.t[w.start(1)].isupper()
            pos = w.end(1)
        return named, named is not None

    def _central_owner_in_brackets(self, end: int) -> tuple[Body, int] | None:
        """A central body written in brackets right after a name ("… (Bộ Giao thông vận tải)"), and the end of the
        brackets; it is named too."""
        m = _OPEN_BRACKET_RX.match(self.t, end)
        if m is None:
            return None
        inner = self.parse(m.end())
        if inner is None or inner.body.level != "central" or inner.body.collective \
                or not self.t.startswith(")", _skip_space(self.t, inner.end)):
            return None
        self._nest(inner.start, inner.end, inner.body)
        return inner.body, _skip_space(self.t, inner.end) + 1

    def _psu(self, j: int):
        m = _PSU_RX.match(self.f, j)
        if not m or self.home is None or not self.t[j].isupper():
            return None
        canonical = _PSU_BY_KEY[fold(m.group(1))]
        head = _head_case(self.t[j:m.end()]) if fold(m.group(1)) == fold(canonical) else canonical
        end = m.end()
        cua = _OF_RX.match(self.f, _skip_space(self.f, end))
        owner_place, pend = self.place(cua.end(), allow_bare_name=False) if cua else (None, end)
        owner_place = self.resolve_place(owner_place)
        if isinstance(owner_place, Place):  # "Trung tâm hành chính công của tỉnh": the province's
            return self.namer.other(f"{head} {owner_place.display()}", "public_service_unit", owner_place.level,
                                    self.namer.people_committee(owner_place), owner_place), pend
        first = _skip_space(self.f, end)
        if _LEVELS_COUNTED_RX.match(self.f, first):
            return None  # "Trung tâm Hành chính công hai cấp tỉnh và huyện": the centres of two levels, no one body
        tail = self._name_end(end, limit=14) if not _TYPE_RX.match(self.f, first) and not \
            _LEVEL_AFTER_RX.match(self.f, end) and not _NAME_STOP_RX.match(self.f, first) else end  # "… đang"
        works = (_WORKS_RX.search(self.f, end, tail + 1) or _WORKS_RX.match(self.f, tail)) if tail > end \
            else _WORKS_RX.match(self.f, end)  # "Ban Quản lý dự án công trình nông nghiệp và …": the works first
        # by_sector: "… công trình nông nghiệp và phát triển nông thôn" needs no place after
        reach, by_sector = self._works_end(works.end()) if works is not None else (None, False)
        if reach is not None:  # "… xây dựng các công trình dân dụng và công nghiệp tỉnh X": the works up to the place
            tail = reach if by_sector else max(tail, reach)
        if tail > end and (by_sector or self.place(tail, allow_bare_name=False)[0] is not None  # "… xây dựng huyện"
                           or re.search(r"\s[A-ZĐÀ-Ỹ]", self.t[end:tail])):  # "… công trình Nông nghiệp-Phát triển …"
            head, end = f"{head} {' '.join(self.t[end:tail].split())}", tail
        numbered = _BOARD_NUMBER_RX.match(self.t, end) if end == m.end() else None
        if numbered:  # "Ban Quản lý dự án 7", "Ban QLDA 85": a ministry's numbered board, by its number
            head, end = f"{head} {numbered.group(1)}", numbered.end()
        owner = self._central_owner_in_brackets(end)
        if owner is not None:  # "Ban Quản lý dự án Mỹ Thuận (Bộ Giao thông vận tải)": a ministry's board
            return self.namer.other(f"{head} ({owner[0].name})", "public_service_unit", "central", owner[0],
                                    None), owner[1]
        if numbered:
            return self.namer.other(head, "public_service_unit", "central", None, None), end
        own = self.own_unit() or self.home  # in a commune's or district's own text, its own centre
        level = own.level
        place, pend = self.place(end, allow_bare_name=False)
        place = self.resolve_place(place)
        if isinstance(place, Place):
            return self.namer.other(f"{head} {place.display()}", "public_service_unit", place.level,
                                    self.namer.people_committee(place), place), pend
        if isinstance(place, Plural) and self.f.startswith("các ", _skip_space(self.f, end)) \
                and (where := self.container(place.level)) is not None:
            # "Trung tâm phục vụ hành chính công các xã, phường": every commune's own centre, one group
            name = f"{head} các {' '.join(place.words.split())} thuộc {where.display()}"
            return self.namer.other(name, "public_service_unit", place.level, None, where, True), pend
        cap = _LEVEL_AFTER_RX.match(self.f, end)
        if cap:
            level = {"xã": "commune", "huyện": "district", "tỉnh": "province"}[cap.group(1)]
            head += self.t[end:cap.end()]
            end = cap.end()
        if cap:
            return self.namer.other(f"{head} ({self.home.name})", "public_service_unit", level, None, self.home), end
        return self.namer.other(f"{head} {own.display()}", "public_service_unit", level,
                                self.namer.people_committee(own) if own is not self.home else None, own), end
