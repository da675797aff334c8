"""The place written after a body's head (``place``), and the units the document speaks for.

A named unit, a plural of unit types ("các huyện, thị xã"), a level ("cấp xã"), a bare type word that
takes the document's own unit: every frame reads its place through here.
"""

from __future__ import annotations

import re

from bomay.loaders.text.bodies.helpers import _form_key, _skip_space
from bomay.loaders.text.bodies.mentions import Mention, Plural
from bomay.loaders.text.bodies.patterns import (
    _COMMITTEE_HEADS,
    _COUNT_HEAD_RX,
    _COUNT_WORDS,
    _COUNTED_UNITS_RX,
    _LEVEL_RANK,
    _LEVEL_RX,
    _PROVINCE_FORM_RX,
    _PROVINCE_FORMS,
    _TYPE_RX,
    _UNIT_COUNTS,
    _UNIT_TYPE_ALT,
    _plural_words,
)
from bomay.loaders.text.bodies.place_names import PlaceNames
from bomay.loaders.text.lexicon import ASSIGN_VERBS, alternation, rx
from bomay.loaders.text.places import NEW_ERA_START, UNIT_TYPE_WORDS, Place
from bomay.loaders.text.vocabulary import vocabulary
from bomay.textnorm import fold

_V = vocabulary()
# "UBND các tỉnh: A, B", "Ban Thường vụ Tỉnh ủy 3 tỉnh A, B và C"
_CAC_PROVINCES_RX = rx(r"(?:các|\d|hai|ba|bốn|năm) (?:tỉnh|thành phố|tỉnh, thành phố)(?: ?: ?| )")
# committees named by the name of their unit ("Thành ủy Hạ Long"): every committee head but the province's
_PROVINCE_COMMITTEE = _V.party_committee_heads()["tinh"]
_COMMITTEE_NAME_RX = rx(r"(?:" + alternation([h for h in _COMMITTEE_HEADS if h != _PROVINCE_COMMITTEE])
                        + r")\b(?! viên)")
_ASSIGNED_BEFORE_RX = rx(r"(?:" + alternation(ASSIGN_VERBS) + r") $")  # "yêu cầu hai huyện …"
# a unit's type word before its name ("thị xã Duyên Hải", "huyện Trà Cú"): what a later count refers to
_UNIT_WORD_RX = rx(r"(?<!\w)(?:" + _UNIT_TYPE_ALT + r") ")
# the type words that name every unit of a level, in the order texts list them, and the unit types they cover
_LEVEL_TYPE_WORDS = {"district": [("quận", {"quan"}), ("huyện", {"huyen"}), ("thị xã", {"thi-xa"}),
                                  ("thành phố", {"thanh-pho-thuoc-tinh", "thanh-pho-thuoc-thanh-pho"})],
                     "commune": [("xã", {"xa"}), ("phường", {"phuong"}), ("thị trấn", {"thi-tran"}),
                                 ("đặc khu", {"dac-khu"})]}
# short type words: "TX Sa Pa", "Q.1", "H. Củ Chi", "P. Bến Nghé"
TYPE_SHORT_FORMS = _V.body_word_meanings("type_short_form")  # words/body_words.csv
# unit types a province's or district's units are listed by (unit_types.csv: below a province, and "thành phố")
_LOWER_TYPES = alternation([w for w, (level, _t) in _V.unit_types().items() if level != "province" and w != "đặc khu"]
                           + ["thành phố"])
_COUNTED_RX = rx(r"(?:\d+|" + _COUNT_WORDS + r") ")  # "2 xã", "hai huyện": a count before unit types
# inside a list a bare "thị" is the thị xã ("các huyện, thị, thành phố"); the name writes it in full
_PLURAL_RX = rx(r"(?:các |\d+ |(?:" + _COUNT_WORDS + r") )?((?:" + _LOWER_TYPES
                + r")(?:(?:,| và| -| ?/|(?<=thị\ xã)(?= thành phố)) ?(?:(?:"
                + _LOWER_TYPES
                + r"|đặc khu|tp|tx)(?! ?(?:ủy|đoàn|đội)\b)|thị(?=,| và| (?!xã\b|trấn\b))|thành(?=,| và)))+)\b"
                r"|(?:các|\d+|" + _COUNT_WORDS + r") (quận|huyện|phường|xã)\b")
_PROVINCE_WORD_RX = rx(r"\b(?:tỉnh|tỉnh ủy|thành phố|thành ủy)\b")  # where a text may first speak of its province
_SINGLE_TYPE_RX = rx(r"(?:\d+ )?(?:" + _LOWER_TYPES + r")")
_CAC_CAP_RX = rx(r"các cấp\b")
# every province: "các tỉnh, thành phố trực thuộc Trung ương", "các tỉnh/thành phố", "cấp tỉnh" in a central text
# a state head just before a plural of provinces: "UBND các tỉnh" is named as written
_STATE_HEAD_BEFORE_RX = rx(r"(?:ubnd|ủy ban nhân dân|hđnd|hội đồng nhân dân)\s*$")
# "các tỉnh, thành khu vực Bắc bộ": "thành" short for "thành phố" before a qualifier or the clause's end
# (not "Thành viên")
_SHORT_THANH = r"thành(?=\s*(?:[,;.:)]|$|khu vực|trực thuộc|ven|nêu|có|từ|trong|trên|phía|miền)\b)"
_PROVINCES_RX = rx(r"(?:các |\d+ )?tỉnh ?(?:,|/|và|-) ?(?:thành phố|" + _SHORT_THANH
                   + r"|tp)(?: trực thuộc (?:trung ương|tw))?\b")
# "UBND các tỉnh (có dự án đi qua)": a collective of provinces, its qualifier kept as written
_PROVINCE_QUALIFIERS = sorted(_V.body_words("province_qualifier"), key=len, reverse=True)
_SOME_PROVINCES_RX = rx(r"các tỉnh(?: (" + alternation(_PROVINCE_QUALIFIERS) + r"))?(?!\w)"
                        r"(?!,? ?(?:/|và|-)? ?(?:thành phố|" + _SHORT_THANH + r"|tp)\b)")
_UNIT_QUALIFIERS = sorted(_V.body_words("unit_qualifier"), key=len, reverse=True)
_UNIT_QUALIFIER_RX = rx(r" (" + alternation(_UNIT_QUALIFIERS) + r")(?!\w)")  # "các huyện ven biển"
_LIST_OPENER_RX = re.compile(r" ?: ?| (?=[A-ZĐÀ-Ỹ])")  # names follow: a colon, or a capitalised word
_LOCALITIES_RX = rx(r"các địa phương(?!\w)(?! (?:khác|liên quan|có liên quan|trực thuộc))")


def _type_word(m: re.Match) -> str:
    """The type word a _TYPE_RX match stands for ("tx." -> "thị xã"; "tp" stays "tp")."""
    word = (m.group(1) or m.group(2)).rstrip(".")
    return TYPE_SHORT_FORMS.get(word, word)


class PlaceReading(PlaceNames):
    """The place after a body's head, and the units a document speaks for."""

    def _counted_units(self, j: int):
        """"UBND hai địa phương", "yêu cầu hai huyện …", "lãnh đạo 3 địa phương": units counted where a body is
        expected stand for their People's Committees: the ones named right after ("hai huyện Kiến Xương và Tiền
        Hải"), else the last ones of that level the text named before. No reading unless the count matches."""
        m = _COUNTED_UNITS_RX.match(self.f, j)
        if not m or self.home is None or not (_COUNT_HEAD_RX.match(self.f, j) or _ASSIGNED_BEFORE_RX.search(
                self.f, max(0, j - 24), j)):
            return None  # "các xã thuộc 2 huyện Tiền Hải và Kiến Xương" are places
        n = int(m.group(1)) if m.group(1).isdigit() else _UNIT_COUNTS.get(m.group(1), 0)
        word = fold(m.group(2))
        levels = {"district", "commune"} if word == "dia phuong" else {"district"} if word == "thanh pho" \
            else {UNIT_TYPE_WORDS[word][0]}  # "hai thành phố" of a province: its cities
        end = m.end()
        units: list[Place] = []
        first, nxt = self.place(m.start(2), allow_bare_name=False) if word != "dia phuong" else (None, end)
        if isinstance(first, Place) and first.level in levels and nxt > end:
            # "hai huyện Kiến Xương và Tiền Hải", "2 phường Đông Hà, Nam Đông Hà"
            others, end = self.units_listed_after(nxt, levels, len(self.f))
            units = [first, *others]
        if not units:
            units = self._units_named_before(j, levels)[-n:]
        units = list(dict.fromkeys(units))
        if len(units) != n:
            return None
        bodies = [self.namer.people_committee(u) for u in units]
        self._pending.extend(Mention(j, end, self.t[j:end], b) for b in bodies[1:])
        return bodies[0], end

    def _units_named_before(self, j: int, levels: set[str]) -> list[Place]:
        """The units of ``levels`` of the home province the text named with their type word before ``j``, in order
        of their last naming."""
        out: list[Place] = []
        for m in _UNIT_WORD_RX.finditer(self.f, 0, j):
            if not (self.t[m.end():m.end() + 1].isupper() or self.t[m.end():m.end() + 1].isdigit()):
                continue  # "xã này", "huyện đã …": no name follows
            place, _ = self.place(m.start(), allow_bare_name=False)
            place = self.resolve_place(place)
            if isinstance(place, Place) and place.level in levels and self.home is not None \
                    and place.province_code == self.home.province_code:
                if place in out:
                    out.remove(place)
                out.append(place)
        return out

    def _named_lower_units(self) -> list[tuple[int, Place]]:
        """Districts and communes the document names, with where: bare "huyện" refers to them."""
        out: list[tuple[int, Place]] = []
        if self.home is None:
            return out
        for m in _TYPE_RX.finditer(self.f):
            word = _type_word(m)
            if word in ("tỉnh",):
                continue
            typed, _end = self._typed_name(m.end(), word)
            if typed is not None and typed.level != "province":
                out.append((m.start(), typed))
        for m in _COMMITTEE_NAME_RX.finditer(self.f):  # "Thành ủy Hạ Long", "Huyện ủy Thanh Hà"
            place, _end = self.place(m.end(), allow_bare_name=True, bare_words=False)
            if isinstance(place, Place) and place.level != "province":
                out.append((m.start(), place))
        out.sort(key=lambda pair: pair[0])
        return out

    def bare_unit(self, j: int, word: str) -> Place | None:
        """The unit a type word alone names ("đề nghị tỉnh …"), as a place."""
        unit = self._bare_unit(j, word)
        return self.home if unit == "home" else unit if isinstance(unit, Place) else None

    def _bare_unit(self, j: int, word: str) -> Place | str | None:
        """A type word without a name ("UBND huyện", "Thành ủy", "thành phố"): the unit of that type
        the document is about (its metadata), else the province if it is of that type, else the
        nearest unit of that type the text names."""
        wanted = fold("thành phố" if word in ("tp", "thành") else "thị xã" if word == "thị" else word)
        for unit in self.locals:
            if fold(unit.type_word()) == wanted:
                return unit
        if wanted == "tinh":
            return "home" if self.home is not None and self.home.unit_type == "tinh" else None
        if wanted == "thanh pho" and self.home is not None and self.home.unit_type.startswith("thanh-pho"):
            return "home"
        return self._nearest_named(j, wanted)

    def container(self, level: str) -> Place | None:
        """Where "các xã, phường" lie: the document's own district when the units are below it,
        else its province."""
        for unit in self.speaking_locals() or self._focal_districts():
            if _LEVEL_RANK.get(level, 0) > _LEVEL_RANK.get(unit.level, 0):
                return unit
        return self.home

    def _focal_districts(self) -> list[Place]:
        """A provincial document about one district: its lead names the district before the province
        ("Huyện ủy Trần Văn Thời tổ chức …"), the text names no other district and never every district.
        Its "các xã, thị trấn" are that district's."""
        if self._focal is None:
            self._focal = []
            districts = [(pos, p) for pos, p in self.named_lower if p.level == "district"]
            if districts and not self.locals and len({p.iri for _pos, p in districts}) == 1 \
                    and "district" not in self._plural_levels():
                pos, unit = districts[0]
                lead_end = self.f.find(". ")
                if (lead_end < 0 or pos < lead_end) and pos <= self._first_province_mention():
                    self._focal = [unit]
        return self._focal

    def _first_province_mention(self) -> int:
        """Where the text first speaks of a province ("tỉnh", "Tỉnh ủy"); the text's end if never. (Its bare name
        may open a dateline: not counted.)"""
        m = _PROVINCE_WORD_RX.search(self.f)
        return m.start() if m else len(self.f)

    def _plural_levels(self) -> set[str | None]:
        """The levels of the units the document names in the plural ("các huyện, thị xã", "các quận")."""
        return {UNIT_TYPE_WORDS.get(fold(re.split(r",| và| -", m.group(1) or m.group(2))[0].strip()), ("",))[0]
                for m in _PLURAL_RX.finditer(self.f)
                if m.group(0).startswith("các") or not _SINGLE_TYPE_RX.fullmatch(m.group(0))}

    def _units_of_level(self, word: str) -> str:
        """"cấp xã" names every commune-level unit: "xã, phường, thị trấn" (since July 2025 "xã,
        phường"); "cấp huyện" every district-level one."""
        level = "commune" if word == "xã" else "district"
        if self.home is not None:  # the types the province has on the document's day ("huyện, thành phố")
            present = self.gaz.unit_types_in(self.home.province_code, level, self.namer.day)
            words = [w for w, types in _LEVEL_TYPE_WORDS[level] if present & types]
            if len(words) > 1:  # every province has two types at least: one alone means a partial gazetteer
                return ", ".join(words)
        after_2025 = (self.namer.day or "") >= NEW_ERA_START
        if word == "xã":
            return "xã, phường" if after_2025 else "xã, phường, thị trấn"
        city = self.home is not None and self.home.unit_type.startswith("thanh-pho")
        return "quận, huyện, thị xã, thành phố" if city else "huyện, thị xã, thành phố"

    def own_unit(self) -> Place | None:
        """The unit a bare "UBND", "các ngành", "các đoàn thể" belongs to: the document's district or
        commune when it speaks from there, else its province."""
        units = self.speaking_locals()
        return units[0] if units else self.home

    def speaking_locals(self) -> list[Place]:
        """The document's lower units, unless it addresses every unit of that level ("UBND các
        huyện, thị xã": a provincial text republished by a district)."""
        if self._from_above is None:
            levels = self._plural_levels()
            self._from_above = any(u.level in levels for u in self.locals[:1])
        return [] if self._from_above else self.locals

    def place(self, j: int, allow_bare_name: bool = True,
              bare_words: bool = True) -> tuple[Place | Plural | str | None, int]:
        """The place written at ``j`` (after a body head). Returns the place (or a Plural, or
        "home" for a bare "thành phố"/"tỉnh", or "skip" for "các cấp") and where it ends."""
        k = _skip_space(self.f, j)
        m = _PROVINCE_FORM_RX.match(self.f, k)
        if m and _form_key(m.group(0)) in _PROVINCE_FORMS:
            return self.gaz.province(_PROVINCE_FORMS[_form_key(m.group(0))], self.namer.day), m.end()
        if _CAC_CAP_RX.match(self.f, k):
            return "skip", k + 7
        m = _CAC_PROVINCES_RX.match(self.f, k)
        if m and self.t[m.end():m.end() + 1].isupper():  # "UBND các tỉnh An Giang, Quảng Trị, Tây Ninh"
            prov, end = self._province_name(m.end())
            if prov is not None:
                self._listed_provinces.add(end)
                return prov, end
        m = _PROVINCES_RX.match(self.f, k)
        if m:
            q = _UNIT_QUALIFIER_RX.match(self.f, m.end())  # "các tỉnh, thành phố ven biển": some of them
            if q:
                return Plural(f"tỉnh, thành phố {self.t[q.start(1):q.end(1)]}", "province"), q.end()
            return Plural("tỉnh, thành phố", "province"), m.end()
        m = _SOME_PROVINCES_RX.match(self.f, k)
        if m and not m.group(1) and self.home is None and not self.t[_skip_space(self.t, m.end()):][:1].isupper() \
                and not _STATE_HEAD_BEFORE_RX.search(self.f, max(0, k - 24), k):
            return Plural("tỉnh, thành phố", "province"), m.end()  # "(yêu cầu) các tỉnh" from the centre: every one
        if m:
            qualifier = self.t[m.start(1):m.end(1)] if m.group(1) else ""
            return Plural(f"tỉnh {qualifier}".strip(), "province"), m.end()
        m = _LOCALITIES_RX.match(self.f, k)
        if m and _STATE_HEAD_BEFORE_RX.search(self.f, max(0, k - 24), k) and not self._local_groups \
                and not self._units_named_before(k, {"district", "commune"}):
            # "UBND các địa phương" where no units were named before: the committees one level below the unit
            # the text speaks for (after named units it stands for those)
            own = self.own_unit()
            if own is not None and own.level == "province":
                word = "xã" if (self.namer.day or "") >= NEW_ERA_START else "huyện"
                return Plural(self._units_of_level(word), UNIT_TYPE_WORDS[fold(word)][0]), m.end()
            if own is not None and own.level == "district":
                return Plural(self._units_of_level("xã"), "commune"), m.end()
        m = _LEVEL_RX.match(self.f, k)
        if m:
            word = m.group(1)
            if word == "tỉnh":
                return ("home" if self.home is not None else Plural("tỉnh, thành phố", "province")), m.end()
            return Plural(self._units_of_level(word), UNIT_TYPE_WORDS[fold(word)][0]), m.end()
        m = _PLURAL_RX.match(self.f, k)
        if m and self.home is not None and (self.f.startswith("các", k) or _COUNTED_RX.match(self.f, k)):
            # "UBND các huyện: Dầu Tiếng, Phú Giáo", "UBND các xã A, B": each named unit of the home province
            words = m.group(1) or m.group(2)
            typed = [UNIT_TYPE_WORDS[fold(w.strip())] for w in re.split(r",| và| -|/", words)
                     if fold(w.strip()) in UNIT_TYPE_WORDS]
            levels = {level for level, _type in typed}
            types = frozenset(t for _level, t in typed)
            after = m.end()
            if (q := _UNIT_QUALIFIER_RX.match(self.f, after)) and _LIST_OPENER_RX.match(self.t, q.end()):
                after = q.end()  # "UBND các huyện biên giới An Phú, Tân Châu": the named ones
            colon = re.compile(r" ?: ?| ").match(self.f, after)
            unit, end = self._lower_name(colon.end(), levels, types) if colon else (None, k)
            if unit is not None and colon is not None and ":" not in colon.group(0) and (
                    m.group(1) or self.gaz.province(self.t[colon.end():end], self.namer.day) is not None):
                unit = None  # "UBND các huyện, thành phố Cà Mau": the units of a province, not a list of names
            if unit is not None:
                self._listed_units[end] = levels
                self._listed_types[end] = types
                return unit, end
        if m:
            words = _plural_words(m.group(1) or m.group(2))
            level = UNIT_TYPE_WORDS.get(fold(re.split(r",| và | - |/", words)[0].strip()), ("district",))[0]
            if not (m.group(1) and m.group(1).startswith("thành phố")):
                q = _UNIT_QUALIFIER_RX.match(self.f, m.end())  # "các huyện ven biển", "các xã biên giới"
                if q:
                    return Plural(f"{words} {self.t[q.start(1):q.end(1)]}", level), q.end()
                return Plural(words, level), m.end()
        m = _TYPE_RX.match(self.f, k)
        if m:
            word = _type_word(m)
            place, end = self._typed_name(m.end(), word)
            if place is not None:
                if place.level != "province":
                    end = self._own_province_after(end, place)  # "huyện Châu Thành, Tiền Giang"
                if place.level != "province" and self._names_follow(end, place.level):
                    self._listed_units[end] = {place.level}  # "UBND huyện A, B và C": one head, three units
                    self._listed_types[end] = frozenset({place.unit_type})
                return place, end
            if not bare_words:
                return None, j
            bare = self._bare_unit(j, word)
            if bare is not None:
                return bare, m.end()
            if word in ("thành phố", "tp", "tỉnh"):
                return "home", m.end()
            level = UNIT_TYPE_WORDS.get(fold(word), ("district",))[0]
            return Plural(word, level), m.end()
        if allow_bare_name:
            names = self._cap_words(k, 5)
            for count in range(len(names), 0, -1):
                end = names[count - 1][1]
                prov = self.gaz.province(self.t[k:end], self.namer.day)
                if prov is not None:
                    return prov, end
                if self.home is not None and count <= 3 and not self.t[k].isdigit():
                    unit = self.gaz.unit_in(self.home.province_code, self.t[k:end], self.namer.day, "district")
                    if unit is not None:
                        # the document's own district as its meta types it ("Huyện Đức Phổ" in 2018, a thị xã later)
                        own = next((p for p in self.locals if p.iri and p.iri == unit.iri), None)
                        return own or unit, end
        return None, j

    def resolve_place(self, place: Place | Plural | str | None) -> Place | Plural | None:
        if place == "home":
            return self.home
        if isinstance(place, str):
            return None
        return place
