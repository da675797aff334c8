"""``BodyFinder``: the body grammar assembled from its frames, and the scan over the text.

``find_all`` scans left to right where a head may start; ``parse`` tries the frames' parsers at one
position in a fixed order and keeps the first that reads a mention. The passes after the scan
(speaking units, secretaries beside chairs, bare heads, sectors in passing) are here too.
"""

from __future__ import annotations

import itertools
import re

from bomay.loaders.text.bodies.addressing import Addressing
from bomay.loaders.text.bodies.collectives import Collectives
from bomay.loaders.text.bodies.helpers import _skip_space
from bomay.loaders.text.bodies.mentions import Mention
from bomay.loaders.text.bodies.patterns import _COMMUNE_COMMITTEE_HEADS, _COUNCIL_WORD_RX, _HEAD_START_RX, _SECTOR_RX
from bomay.loaders.text.bodies.service_units import ServiceUnits
from bomay.loaders.text.bodies.shared_heads import SharedHeads
from bomay.loaders.text.lexicon import ASSIGN_VERBS, alternation, match_form, rx
from bomay.loaders.text.places import Place
from bomay.loaders.text.vocabulary import vocabulary

_V = vocabulary()
# a photo's credit before a name ("Ảnh: Báo Cà Mau", "ẢNH: BỘ CHỈ HUY QUÂN SỰ TỈNH", "Ảnh: Nhựt An - TTXVN")
_PHOTO_CREDIT_RX = rx(r"(?<!\w)(?:(?:ảnh|nguồn ảnh|nguồn)\s*:\s*(?:[^\n.:;,()]{1,30}?\s[-–]\s*)?"
                      r"|theo [^\n.:;,()/]{1,30}?\s?/\s?)$")  # "Ảnh: Báo Cà Mau", "Theo Kỳ Anh/ Báo Hậu Giang"
# a state head or a commune's "Đảng ủy" written alone, no type word or place (BodyFinder._mark_bare)
_LIST_GAP_RX = re.compile(r"\s*(?:,|;|và|,\s*và)\s*")  # between two items of a list of bodies
_BARE_HEAD_RX = rx(r"(?:" + alternation([*_V.head_forms("state"), *_COMMUNE_COMMITTEE_HEADS]) + r")")
# a body before a merger, marked as the text writes it: "(cũ)", "(trước sắp xếp)", or a bare "cũ" ("UBND tỉnh cũ")
_FORMER_MARK_RX = rx(r"[ \t]*(?:\([ \t]*(cũ|trước sắp xếp)[ \t]*\)|(cũ)(?!\w))")
_SECRETARY_BESIDE_CHAIR_RX = rx(r"((?:các )?bí thư),? (?:và )?chủ tịch $")
_SKIP_BEFORE_RX = rx(r"(?:" + alternation(_V.body_cues("title_before")) + r") $")
# "(qua Vụ Kế hoạch - Tài chính)" after a central body: its unit (body_words.csv, central_unit_head)
_BRACKETED_UNIT_RX = re.compile(r"[ \t]*\((?:[ \t]*qua[ \t]+)?[ \t]*((?:" + "|".join(map(re.escape, _V.body_words(
    "central_unit_head"))) + r") [A-ZĐÀ-Ỹ][^()\n]{1,60}?)[ \t]*\)")
_BRIEFING_BEFORE_RX = rx(r"(?:hội nghị|họp|cuộc họp|buổi) giao $")
# what ends a clause, and an assigning verb after a unit's name (duty_words.csv, assign)
_CLAUSE_ENDS = ("\n", ". ", "; ", ": ")
_UNIT_SPEAKS_RX = rx(r" (?:(?:đã|vừa|cũng) )?(?:" + alternation(ASSIGN_VERBS) + r")\b")
# "Thường trực" as written ("TT" too: body_heads.csv): in "Phó Chủ tịch TT UBND" it belongs to the title
_STANDING_FORMS = [form for h in _V.heads("sub_body") if h.head == "Thường trực" for form in h.forms]
_STANDING_WORD_RX = rx(r"(?:" + alternation(_STANDING_FORMS) + r")\b")


def _merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and a <= out[-1][1] + 2:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _is_bare(surface: str) -> bool:
    """A state head or "Đảng ủy" written alone ("UBND", "Hội đồng nhân dân")."""
    return bool(_BARE_HEAD_RX.fullmatch(" ".join(match_form(surface).split())))


class BodyFinder(Collectives, ServiceUnits, SharedHeads, Addressing):
    """Finds body mentions in one document."""

    def find_all(self) -> list[Mention]:
        mentions: list[Mention] = []
        self._collect_party_parts()
        self._collect_collective_variants()
        self._list_heads: list[tuple[int, int]] = []
        self._continued_at: int | None = None  # where a list cut by a binding qualifier goes on (find_all)
        self._pending: list[Mention] = []  # further mentions a parser read with the one it returns (find_all)
        self._last_department = None
        listed = self._stem_lists()
        listed += self._shared_stems([(x.start, x.end) for x in listed])
        spans = sorted({(m.start, m.end) for m in listed} | set(self._list_heads))
        covered = [(a, b) for a, b in _merge_spans(spans)]
        i, n = 0, len(self.f)
        while i < n:
            m = _HEAD_START_RX.search(self.f, i)
            if not m:
                break
            inside = next(((a, b) for a, b in covered if a <= m.start() < b), None)
            if inside is not None:
                i = inside[1]
                continue
            self._continued_at = None
            self._pending = []
            found = self.parse(m.start())
            if found is not None and _PHOTO_CREDIT_RX.search(self.f, max(0, found.start - 40), found.start):
                i = found.end  # "Ảnh: Báo Cà Mau", "Ảnh: Nhựt An - TTXVN": a photo's credit, not a body of the text
                continue
            if found is not None:
                mentions.append(found)
                if found.body.kind == "department" and found.body.name.startswith("Sở "):
                    self._last_department = found.body  # what a later bare "Sở" refers back to
                i = found.end
                for extra in self._pending:  # the second body of "các ban, tổ HĐND huyện"
                    mentions.append(extra)
                    i = max(i, extra.end)
                cont = self._continued_at
                nxt = self._member_list(cont, cont) if cont is not None and cont >= found.end else None
                if nxt is not None and nxt[0] is not None:  # the second group of "các hội, đoàn thể, đơn vị …"
                    mentions.append(Mention(cont, nxt[1], self.t[cont:nxt[1]], nxt[0]))
                    i = nxt[1]
                for extra in self._shared_head(found):  # "UBND huyện Long Mỹ, TP Vị Thanh"
                    mentions.append(extra)
                    i = extra.end
                unit = self._unit_in_brackets(found)
                if unit is not None:  # "gửi về Bộ Y tế (Vụ Kế hoạch - Tài chính)"
                    mentions.append(unit)
                    i = unit.end
            else:
                i = m.end()
        mentions.extend(listed)
        mentions.extend(self._speaking_units([(x.start, x.end) for x in mentions]))
        mentions.extend(self._secretaries_beside_chairs(mentions))
        mentions.sort(key=lambda x: x.start)
        self._mark_bare(mentions)
        self._sectors_in_passing(mentions)
        return mentions

    def _sectors_in_passing(self, mentions: list[Mention]) -> None:
        """A department named only as its sector in lower case ("khó khăn của ngành y tế", "ngành giáo dục chuẩn bị
        …") is a body where a duty or a report names it ("chỉ đạo ngành y tế chủ trì …"), not a body of the text."""
        sector_only: dict[str, bool] = {}
        for x in mentions:
            by_sector = self.t[x.start:x.start + 1].islower() and _SECTOR_RX.match(self.f, x.start) is not None
            sector_only[x.body.iri] = sector_only.get(x.body.iri, True) and by_sector
        self.vague.update(iri for iri, only in sector_only.items() if only)

    def _secretaries_beside_chairs(self, mentions: list[Mention]) -> list[Mention]:
        """"Bí thư, Chủ tịch UBND tỉnh X", "các bí thư, chủ tịch UBND các tỉnh nêu trên": the secretaries named
        beside the chairs speak for the party committees of the same provinces."""
        out: list[Mention] = []
        for m in mentions:
            if m.body.kind != "peoples_committee" or m.body.level != "province":
                continue
            sec = _SECRETARY_BESIDE_CHAIR_RX.search(self.f, max(0, m.start - 30), m.start)
            if sec is None:
                continue
            if not m.body.collective and m.body.unit is not None:
                committee = self.namer.committee(m.body.unit)
            elif m.body.collective and m.body.name.startswith("Ủy ban nhân dân các tỉnh, thành phố "):
                area = m.body.name.removeprefix("Ủy ban nhân dân các tỉnh, thành phố ")
                committee = self.namer.other(f"Các tỉnh ủy, thành ủy {area}", "party_committee", "province",
                                             None, None, True)
            else:
                continue
            out.append(Mention(sec.start(1), sec.end(1), self.t[sec.start(1):sec.end(1)], committee))
        return out

    def _mark_bare(self, mentions: list[Mention]) -> None:
        """A body only ever written as its bare head ("UBND", "HĐND", "Đảng ủy", no type word or place)
        is named in passing ("có thêm phó chủ tịch UBND", "phường này tổ chức họp HĐND", "Thường trực
        Đảng ủy, Thường trực HĐND"): declared only where it holds a duty, a report or a post."""
        chained: set[int] = set()
        ordered = sorted(mentions, key=lambda m: m.start)
        for before, m in itertools.pairwise(ordered):
            # "lãnh đạo Tỉnh ủy, HĐND, UBND, UB MTTQ": a bare head listed after a named body is a body of the list
            if _is_bare(m.surface) and _LIST_GAP_RX.fullmatch(self.f, before.end, m.start) \
                    and (not _is_bare(before.surface) or before.start in chained) and not before.body.collective:
                chained.add(m.start)
        listed = self._list_placed | chained
        bare = {m.body.iri for m in mentions if _is_bare(m.surface) and m.start not in listed}
        named = {m.body.iri for m in mentions if not _is_bare(m.surface) or m.start in listed}
        self.vague |= bare - named

    def _unit_in_brackets(self, found: Mention) -> Mention | None:
        """"Bộ Y tế (qua Vụ Kế hoạch - Tài chính)": a unit of a central body written in brackets after it."""
        if found.body.level != "central" or found.body.collective:
            return None
        m = _BRACKETED_UNIT_RX.match(self.t, found.end)
        if not m:
            return None
        name = f"{re.sub(r'[ ]*[-–][ ]*', ' - ', ' '.join(m.group(1).split()))}, {found.body.name}"
        kind = "party_commission" if found.body.kind.startswith("party") else "department"
        return Mention(m.start(1), m.end(1), m.group(1), self.namer.other(name, kind, "central", found.body, None))

    def _speaking_units(self, taken: list[tuple[int, int]]) -> list[Mention]:
        """"TP.HCM yêu cầu …", "Tỉnh Gia Lai giao …": a unit opening a clause as the subject of an
        assigning verb speaks through its People's Committee."""
        out: list[Mention] = []
        for v in _UNIT_SPEAKS_RX.finditer(self.f):  # verbs are rarer than clause starts: look back from each
            lo = max(0, v.start() - 50)
            cut = max((p + len(c) for c in _CLAUSE_ENDS if (p := self.f.rfind(c, lo, v.start())) >= 0),
                      default=0 if lo == 0 else -1)
            k = _skip_space(self.f, cut) if cut >= 0 else -1
            if k < 0 or any(a <= k < b for a, b in taken) or not self.t[k:k + 1].isupper():
                continue
            place, end = self.place(k, allow_bare_name=True, bare_words=False)
            if isinstance(place, Place) and end == v.start():
                out.append(Mention(k, end, self.t[k:end], self.namer.people_committee(place)))
        return out

    # parsers (the frames' methods): each returns (body, end), (None, end) to veto, or None
    def parse(self, j: int) -> Mention | None:
        """The longest mention starting at ``j``, or None."""
        if j > 0 and _SKIP_BEFORE_RX.search(self.f, max(0, j - 20), j) and self._is_title_context(j):
            return None
        if _BRIEFING_BEFORE_RX.search(self.f, max(0, j - 20), j):
            return None  # "Hội nghị giao ban Bí thư các chi bộ": a briefing of secretaries, not the Secretariat
        for parser in (self._counted_units, self._members_without_cac, self._party_and_state, self._standing_office,
                       self._tf_standing,
                       self._members_of, self._lower_committees, self._collective, self._regional, self._front_standing,
                       self._council_committee, self._deputies_group, self._investigators, self._police_division,
                       self._agency,
                       self._national, self._vu, self._sub_body, self._party_group, self._dang_bo, self._chi_bo,
                       self._committee, self._state, self._department, self._department_again, self._inspectorate,
                       self._task_force,
                       self._academy, self._psu, self._named_unit_or_association, self._enterprise, self._competent):
            got = parser(j)
            if got is not None:
                body, end = got
                if body is None:
                    return None
                former = _FORMER_MARK_RX.match(self.f, end)
                if former is not None:  # "UBND tỉnh Bình Phước (cũ)": the body before the merger, named so
                    mark = former.group(1) or former.group(2)
                    body = self.namer.other(f"{body.name} ({mark})", body.kind, body.level, body.parent, body.unit,
                                            body.collective)
                    end = former.end()
                return Mention(j, end, self.t[j:end], body)
        return None

    def _is_title_context(self, j: int) -> bool:
        """"Phó Bí thư Thường trực Thành ủy": "Thường trực" belongs to the title, not a body."""
        return bool(_STANDING_WORD_RX.match(self.f, j)) or bool(re.match(r"quốc hội", self.f[j:j + 8])) \
            or (bool(_COUNCIL_WORD_RX.match(self.f, j)) and "đại biểu" in self.f[max(0, j - 10):j])
