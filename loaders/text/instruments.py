"""Numbered instruments: "Nghị định số 33/NĐ-CP ngày 29 tháng 3 năm 2021", "Nghị quyết 18-NQ/TW".

One instrument per (kind, number) in a document; its ``id`` is the fullest form written
("33/2021/NĐ-CP" covers "33/NĐ-CP" and "số 33"). The IRI is built from kind, number and year
(from the number or the date written after it), so the same instrument read from two documents
gets one IRI when the year is known. The issuer comes from "của BODY" after the number, else
from the number's suffix (NĐ-CP: Chính phủ, QH15: Quốc hội, NQ/TW: Ban Chấp hành Trung ương Đảng).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bomay.loaders.text.bodies import BodyFinder
from bomay.loaders.text.naming import Body
from bomay.namespaces import ID
from bomay.textnorm import fold, slug

KINDS = ["Nghị quyết", "Nghị định", "Chỉ thị", "Kết luận", "Kế hoạch", "Quyết định", "Thông báo kết luận",
         "Thông báo", "Thông tư", "Quy định", "Luật", "Hướng dẫn", "Chương trình hành động", "Quy chế", "Đề án"]
_KIND_RX = "|".join(sorted(KINDS, key=len, reverse=True))
_NUMBER = r"\d+(?:/\d{4})?(?:/[A-ZĐ][A-ZĐa-z\d]*(?:-[A-ZĐ][A-ZĐa-z\d]*)*)|\d+-[A-ZĐ]+/[A-ZĐ]+(?:\d+)?"
_INSTRUMENT_RX = re.compile(
    rf"(?P<kind>{_KIND_RX})\s+(?:(?:số|Số)\s+(?P<n1>{_NUMBER}|\d+)\b|(?P<n2>{_NUMBER}))", re.IGNORECASE)
_DATE_AFTER_RX = re.compile(r"\s*,?\s*ngày\s+(\d{1,2})\s*(?:tháng\s*|/|-)(\d{1,2})\s*(?:năm\s*|/|-)(\d{4})")
_CUA_RX = re.compile(r"\s+(?:của|do)\s+")

PARTY_SUFFIXES = ("TW", "TU", "HU", "QU", "ĐU", "TƯ", "BCĐ")


@dataclass
class Instrument:
    kind: str
    number: str  # leading digits
    id: str  # fullest form written
    year: int | None
    date: str | None
    issuer: Body | None
    party: bool
    spans: list[tuple[int, int]]

    @property
    def iri(self) -> str:
        rest = self.id.split("/", 1)[1] if "/" in self.id else ""
        rest = re.sub(r"^\d{4}/", "", rest) if rest else ""
        parts = [self.number] + ([str(self.year)] if self.year else []) + ([rest] if rest else [])
        return f"{ID}instrument/{slug(self.kind)}/{slug('-'.join(parts))}"


def _suffix_issuer(number: str, finder: BodyFinder) -> Body | None:
    namer = finder.namer
    up = number.upper()
    if re.search(r"NĐ-CP|/CP\b|NQ-CP", up):
        return namer.national("Chính phủ")
    if "TTG" in up:
        return namer.national("Chính phủ")
    if "UBTVQH" in up:
        return namer.national("Ủy ban Thường vụ Quốc hội")
    if re.search(r"/QH\d*$", up):
        return namer.national("Quốc hội")
    if re.search(r"-NQ/TW$", up):
        return namer.national("Ban Chấp hành Trung ương Đảng")
    if re.search(r"-(CT|KL|QĐ|QĐI)/TW$", up):
        return namer.national("Bộ Chính trị")
    home = finder.home
    if home is None:
        return None
    if re.search(r"/TU$", up):
        return namer.committee(home)
    if "UBND" in up:
        return namer.people_committee(home)
    if "HĐND" in up:
        return namer.council(home)
    return None


def find_instruments(text: str, finder: BodyFinder) -> list[Instrument]:
    found: dict[tuple[str, str], Instrument] = {}
    for m in _INSTRUMENT_RX.finditer(text):
        raw = m.group("n1") or m.group("n2")
        kind = next(k for k in KINDS if fold(k) == fold(m.group("kind")))
        number = re.match(r"\d+", raw).group(0)
        year = None
        y = re.match(r"\d+/(\d{4})/", raw)
        if y:
            year = int(y.group(1))
        date = None
        d = _DATE_AFTER_RX.match(text, m.end())
        end = m.end()
        if d:
            date = f"{int(d.group(3)):04d}-{int(d.group(2)):02d}-{int(d.group(1)):02d}"
            year = year or int(d.group(3))
            end = d.end()
        issuer = None
        c = _CUA_RX.match(text, end)
        if c:
            mention = finder.parse(c.end())
            if mention is not None:
                issuer = mention.body
        issuer = issuer or _suffix_issuer(raw, finder)
        suffix = raw.rsplit("/", 1)[-1].upper() if "/" in raw else ""
        party = suffix in PARTY_SUFFIXES or (issuer is not None and issuer.kind.startswith("party"))
        key = (kind, number)
        if key not in found:
            found[key] = Instrument(kind, number, raw, year, date, issuer, party, [(m.start(), m.end())])
            continue
        inst = found[key]
        inst.spans.append((m.start(), m.end()))
        if _fullness(raw) > _fullness(inst.id):
            inst.id = raw
        inst.year = inst.year or year
        inst.date = inst.date or date
        if inst.issuer is None:
            inst.issuer = issuer
        inst.party = inst.party or party
    return list(found.values())


def _fullness(number: str) -> int:
    return number.count("/") * 10 + len(number)
