"""Names of places read inside lists: a province's bare name, a unit of the home province named
without its type word, a unit after its type word, and the capitalised words they are made of.

Kept apart from ``place_reading`` because these read a name at a known position and never decide what
a body head's place is.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from bomay.loaders.text.bodies.base import FinderBase
from bomay.loaders.text.bodies.helpers import _form_key, _shouting, _skip_space
from bomay.loaders.text.bodies.patterns import (
    _LIST_SEP_RX,
    _PROVINCE_FORM_RX,
    _PROVINCE_FORMS,
    _SURNAMES,
    _TERM_AFTER_RX,
)
from bomay.loaders.text.lexicon import alternation, match_form, rx
from bomay.loaders.text.places import UNIT_TYPE_WORDS, Place, unlisted_unit
from bomay.loaders.text.sentences import OPENER_AFTER_DOT_RE
from bomay.loaders.text.vocabulary import vocabulary
from bomay.textnorm import fold, tone_fold

_V = vocabulary()
_LISTED_TYPE_RX = rx(r"(?:thành phố|tỉnh|tp\.?) ?")  # a listed province written with its type word
_PROVINCE_LIST_RX = rx(r"các tỉnh(?:,? thành phố)?:? ")
_COMMA_RX = rx(r", ?")
_CLAUSE_END_RX = re.compile(r"[.;:!?\n]")
_LOWER_SYLLABLE_RX = re.compile(r" ([a-zà-ỹđ]+)(?!\w)")
# a number followed by a count word (instrument_words.csv, count_word) is a count, not a place's name
_COUNT_AFTER_RX = rx(r" ?(?:" + alternation(_V.instrument_words("count_word")) + r")(?!\w)")
_CAP_WORD_RX = re.compile(r"[^\W\d_][\w']*|\d+[A-Za-z]?")


@lru_cache(maxsize=4096)
def _folded_name(place: Place) -> str:
    return fold(place.name)


class PlaceNames(FinderBase):
    """Place names read inside lists and after type words."""

    def _province_name(self, k: int) -> tuple[Place | None, int]:
        """A province named at ``k`` in a list of provinces: bare ("Quảng Trị", longest first), or with
        its own type word or short form ("…: Hà Nội, Thành phố Hồ Chí Minh, Bình Định", "TP.HCM")."""
        form = _PROVINCE_FORM_RX.match(self.f, k)
        if form and _form_key(form.group(0)) in _PROVINCE_FORMS:
            return self.gaz.province(_PROVINCE_FORMS[_form_key(form.group(0))], self.namer.day), form.end()
        typed = _LISTED_TYPE_RX.match(self.f, k)
        if typed and self.t[typed.end():typed.end() + 1].isupper():
            k = typed.end()
        names = self._cap_words(k, 4)
        for count in range(len(names), 0, -1):
            prov = self.gaz.province(self.t[k:names[count - 1][1]], self.namer.day)
            if prov is not None:
                return prov, names[count - 1][1]
        return None, k

    def units_listed_after(self, end: int, levels: set[str], hi: int) -> tuple[list[Place], int]:
        """Units of ``levels`` named without their type word after one ending at ``end`` ("huyện Kiến Xương và
        Tiền Hải"), up to ``hi``, and where the list ends."""
        out: list[Place] = []
        while (sep := _LIST_SEP_RX.match(self.f, end)) is not None:
            unit, nxt = self._lower_name(sep.end(), levels)
            if unit is None or nxt > hi:
                break
            out.append(unit)
            end = nxt
        return out, end

    def _lower_name(self, k: int, levels: set[str], types: frozenset[str] = frozenset()) -> tuple[Place | None, int]:
        """A bare name of a unit of the home province at ``k`` ("Dầu Tiếng"), of one of ``levels``
        (of ``types`` first: "các huyện Cai Lậy" is the huyện, not the thị xã)."""
        if self.home is None or not (self.t[k:k + 1].isupper()
                                     or (self.t[k:k + 1].isdigit() and "commune" in levels)):
            return None, k  # (a number only names a ward: "UBND phường 4, 7, 10")
        names = self._cap_words(k, 4)
        for count in range(len(names), 0, -1):
            for level in sorted(levels):
                unit = self.gaz.unit_in(self.home.province_code, self.t[k:names[count - 1][1]], self.namer.day, level,
                                        types)
                if unit is not None:
                    return unit, names[count - 1][1]
        return None, k

    def _own_province_after(self, end: int, place: Place) -> int:
        """Past ", Tiền Giang" when the province the unit lies in follows it without its type word."""
        comma = _COMMA_RX.match(self.f, end)
        if comma is None or not self.t[comma.end():comma.end() + 1].isupper():
            return end
        prov, nxt = self._province_name(comma.end())
        return nxt if prov is not None and prov.province_code == place.province_code else end

    def _names_follow(self, end: int, level: str, exact: bool = False) -> bool:
        """Whether a bare name of another unit of ``level`` of the home province follows ``end``
        (", Bình Đại"), not the name of a province ("huyện Châu Thành, Tiền Giang"); ``exact``: written with the
        unit's own diacritics (", Chủ tịch" folds to the town Chũ)."""
        sep = _LIST_SEP_RX.match(self.f, end)
        if sep is None or self.home is None:
            return False
        unit, nxt = self._lower_name(sep.end(), {level})
        written = self.t[sep.end():nxt]
        return unit is not None and self.gaz.province(written, self.namer.day) is None \
            and (not exact or tone_fold(unit.short) == tone_fold(written))

    def _provinces_listed_before(self, j: int) -> list[Place]:
        """The provinces of the last list "các tỉnh A, B và C" written before ``j``."""
        for m in reversed(list(_PROVINCE_LIST_RX.finditer(self.f, 0, j))):
            out: list[Place] = []
            place, end = self._province_name(m.end())
            while place is not None:
                out.append(place)
                sep = _LIST_SEP_RX.match(self.f, end)
                if not sep:
                    break
                place, end = self._province_name(sep.end())
            if len(out) > 1:
                return list(dict.fromkeys(out))
        return []

    def more_listed(self, end: int) -> tuple[list[Place], int]:
        """The further places of a list opened by "các tỉnh: A" or "các huyện A" that ends at ``end``
        ("…, B và C"), and where the list ends."""
        out: list[Place] = []
        levels = self._listed_units.get(end)
        if end not in self._listed_provinces and not levels:
            return out, end
        while True:
            sep = _LIST_SEP_RX.match(self.f, end)
            if not sep:
                break
            place, nxt = (self._lower_name(sep.end(), levels, self._listed_types.get(end, frozenset())) if levels
                          else self._province_name(sep.end()))
            if place is None:
                break
            out.append(place)
            end = nxt
        return out, end

    def _typed_name(self, j: int, word: str) -> tuple[Place | None, int]:
        """"quận 1", "huyện Nhà Bè", "tỉnh Bình Dương", "thành phố Thủ Đức" at ``j`` (after the word)."""
        k = _skip_space(self.f, j)
        names = self._cap_words(k, 5)
        if not names or _TERM_AFTER_RX.match(self.f, j):
            return None, j  # "HĐND thành phố Khóa X": the council's term, not a city named "Khóa X"
        if j and OPENER_AFTER_DOT_RE.match(self.t, j - 1):
            return None, j  # "Văn phòng UBND TP. Theo đó, …": the sentence ended with the abbreviation
        type_fold = fold(word if word != "tp" else "thành phố")
        if self.home is not None and type_fold in UNIT_TYPE_WORDS and type_fold not in ("tinh", "thanh pho") \
                and (lower := _LOWER_SYLLABLE_RX.match(self.t, names[-1][1])) is not None:
            # "UBND xã Tân thuận": a name's last syllable written in lower case, the unit the gazetteer knows
            unit = self.gaz.unit_in(self.home.province_code, self.t[k:lower.end()], self.namer.day,
                                    UNIT_TYPE_WORDS[type_fold][0])
            if unit is not None:
                return unit, lower.end()
        for count in range(len(names), 0, -1):
            end = names[count - 1][1]
            name = self.t[k:end]
            if type_fold in ("thanh pho", "tinh"):
                prov = self.gaz.province(name, self.namer.day)
                if prov is not None and type_fold == "thanh pho" and prov.unit_type == "tinh":
                    # "TP Thái Nguyên" in tỉnh Thái Nguyên: the provincial city of that name
                    city = self.gaz.unit_in(prov.province_code, f"Thành phố {name}", self.namer.day)
                    # a city the gazetteer no longer holds (TP Ninh Bình, merged before 2025) is still that city
                    prov = city or unlisted_unit("thành phố", name, prov.province_code)
                if prov is not None:
                    return prov, end
            if self.home is not None and type_fold != "tinh":
                level = UNIT_TYPE_WORDS.get(type_fold, ("district", ""))[0]
                full = f"{word.capitalize() if word != 'tp' else 'Thành phố'} {name}"
                exact = self.gaz.unit_in(self.home.province_code, full, self.namer.day)
                unit = exact or (self.gaz.unit_in(self.home.province_code, name, self.namer.day, level)
                                 if level != "province" else None)
                if unit is not None and exact is None and type_fold in UNIT_TYPE_WORDS:
                    # "huyện Sa Pa" in 2019 though the gazetteer knows only "Thị xã Sa Pa": the unit as the
                    # text names it (its type changed, its territory is the one the gazetteer links)
                    type_word = "Thành phố" if type_fold == "thanh pho" else word.capitalize()
                    unit = replace(unit, name=f"{type_word} {unit.short}",
                                   unit_type=UNIT_TYPE_WORDS[type_fold][1] if type_fold != "thanh pho"
                                   else "thanh-pho-thuoc-tinh")
                if unit is not None:
                    return unit, end
        elsewhere = self._unit_of_another_province(k, names, word)
        if elsewhere is not None:
            return elsewhere
        # an unknown name written after a type word: trust the type word (up to 3 syllables),
        # unless it reads as a person's name ("UBND TP Nguyễn Thành Phong")
        count = min(len(names), 3)
        if count >= 2 and match_form(self.t[names[0][0]:names[0][1]]) in _SURNAMES:
            return None, j
        person = next((i for i in range(1, count) if i + 1 < len(names)
                       and match_form(self.t[names[i][0]:names[i][1]]) in _SURNAMES), None)
        if person is not None:
            count = person  # "huyện Krông Pắk Trần Hồng Tiến": the unknown name ends before a person's
        if any(_shouting(self.t[a:b]) for a, b in names[:count]):
            return None, j  # a heading in capitals ("HUYỆN HỌP THƯỜNG KỲ") is not a place name
        if type_fold in ("thanh pho", "tinh") and count and self.t[names[0][0]].isdigit():
            return None, j
        if type_fold == "tinh":
            return None, j  # the provinces are all known: "HĐND tỉnh Phương Thị Thanh" names a person
        end = names[count - 1][1]
        return unlisted_unit(word, self.t[k:end], self.home.province_code if self.home is not None else "vn"), end

    def _unit_of_another_province(self, k: int, names: list[tuple[int, int]],
                                  word: str) -> tuple[Place, int] | None:
        """"huyện Châu Thành, tỉnh Long An" in another province's text: the unit of the province written after it;
        without one, a name the gazetteer holds at that level somewhere ("huyện Châu Thành") is a place as written,
        though its first syllable is also a surname."""
        type_fold = fold(word if word != "tp" else "thành phố")
        if type_fold in ("thanh pho", "tinh") or type_fold not in UNIT_TYPE_WORDS:
            return None
        level = UNIT_TYPE_WORDS[type_fold][0]
        surname_first = match_form(self.t[names[0][0]:names[0][1]]) in _SURNAMES
        for count in range(min(len(names), 4), 0, -1):
            end = names[count - 1][1]
            name = self.t[k:end]
            if not self.gaz.named_anywhere(name, level, self.namer.day):
                continue
            if surname_first and count < len(names):
                return None  # "UBND huyện Nguyễn Bình Khiêm": a person whose name begins like a district's
            comma = _COMMA_RX.match(self.f, end)
            if comma is not None:
                prov, nxt = self._province_name(comma.end())
                unit = self.gaz.unit_in(prov.province_code, name, self.namer.day, level) if prov else None
                if unit is not None:
                    return unit, nxt
            # the one unit of the country with that name ("huyện Cần Giuộc" in a Đồng Nai text), else one minted
            unique = self.gaz.unit_anywhere(f"{word.capitalize()} {name}", self.namer.day)
            return unique or unlisted_unit(word, name, self.home.province_code if self.home is not None else "vn"), end
        return None

    def _cap_words(self, k: int, limit: int) -> list[tuple[int, int]]:
        """Capitalised syllables (or numbers) from ``k``: a proper name, as (start, end) spans."""
        out: list[tuple[int, int]] = []
        pos = k
        while len(out) < limit:
            m = _CAP_WORD_RX.match(self.t, pos)
            if not m or not (m.group(0)[0].isupper() or m.group(0)[0].isdigit()):
                break
            if out and m.group(0)[0].isdigit() and not self.t[out[-1][0]:out[-1][1]].isdigit() and len(out) > 1 \
                    and fold(self.t[out[0][0]:m.end()]) not in self.gaz.lower_by_name:
                break  # a number after a name is a count ("xã Tân Hòa 3 tháng"), unless it ends one ("Đại Ân 2")
            if m.group(0).isdigit() and _COUNT_AFTER_RX.match(self.f, m.end()):
                break  # "HĐND huyện 6 tháng đầu năm": a count, not "huyện 6"
            out.append((m.start(), m.end()))
            nxt = re.match(r" - | |-", self.t[m.end():m.end() + 3])
            if not nxt:
                break
            pos = m.end() + len(nxt.group(0))
        return out

    def _nearest_named(self, j: int, word: str) -> Place | None:
        wanted = fold(word)
        after = [(pos, p) for pos, p in self.named_lower if pos > j and _folded_name(p).startswith(wanted)]
        if after and not _CLAUSE_END_RX.search(self.t, j, after[0][0]):
            return after[0][1]  # "tham gia Ban Thường vụ Huyện ủy, giữ chức Bí thư Huyện ủy Ia Grai;": the one it names
        before = [p for pos, p in self.named_lower if pos <= j and _folded_name(p).startswith(wanted)]
        if before:
            return before[-1]
        return after[0][1] if after else None
