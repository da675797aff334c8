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

from bomay.loaders.text.bodies import BodyFinder, Mention
from bomay.loaders.text.naming import Body
from bomay.loaders.text.vocabulary import vocabulary
from bomay.namespaces import ID
from bomay.textnorm import fold, slug

_V = vocabulary()
# Count words and the codes of document numbers: instrument_words.csv (see its header).
KINDS = list(_V.instrument_kinds())  # instrument_kinds.csv
# Kinds that are gold-schema `instrument` records; a Thông tư, Quy định, Luật … stays in the graph only.
RECORDED_KINDS = _V.recorded_instrument_kinds()
COUNT_WORDS = _V.instrument_words("count_word")
PARTY_SUFFIXES = tuple(_V.party_document_suffixes())  # party_document_suffixes.csv
ISSUER_CODES = _V.instrument_codes("issuer_code")
MINISTRY_CODES = _V.instrument_codes("ministry_code")
CENTRAL_PARTY_TYPES = _V.instrument_codes("central_party_type")
LOCAL_PARTY_CODES = _V.instrument_codes("local_party_code")
LOCAL_STATE_CODES = _V.instrument_codes("local_state_code")
TYPE_CODES = _V.instrument_codes("type_code")

_KIND_RX = "|".join(sorted(KINDS, key=len, reverse=True))
_NUMBER = (r"\d+(?:/\d{4})?(?:/[A-ZĐƯ][A-ZĐƯa-z\d]*(?:[-.][A-ZĐƯ][A-ZĐƯa-z\d]*)*)"
           r"|\d+-[A-ZĐƯ][A-ZĐƯa-z]*/[A-ZĐƯ][A-ZĐƯa-z\d]*(?:-[A-ZĐƯ][A-ZĐƯa-z\d]*)*")
_INSTRUMENT_RX = re.compile(
    rf"(?P<kind>{_KIND_RX})\s+(?:(?:số|Số)\s+(?P<n1>{_NUMBER}|\d+(?![\d/]))\b|(?P<n2>{_NUMBER})|(?P<n3>\d{{1,4}})(?![\d/\w-]))",
    re.IGNORECASE)
_MORE_RX = re.compile(rf"\s*(?:,|;|và)\s*(?:số\s+)?(?P<n>{_NUMBER})")
_COUNT_RX = re.compile(r"\s*(?:" + "|".join(COUNT_WORDS) + r")(?!\w)", re.IGNORECASE)
_DATE_AFTER_RX = re.compile(r"\s*,?\s*ngày\s*(\d{1,2})\s*(?:tháng\s*|/|-|\.)(\d{1,2})\s*(?:năm\s*|/|-|\.)(\d{4})")
_HEADER_NUMBER_RX = re.compile(rf"^[ \t]*Số[ \t]*:[ \t]*\n?[ \t]*({_NUMBER})[ \t]*$", re.MULTILINE)
_CODE_KIND_RX = re.compile(r"(?<![\w/-])(" + "|".join(sorted(map(re.escape, TYPE_CODES), key=len, reverse=True))
                           + rf")\s+(?:số\s+)?({_NUMBER})")
_NAMED_LAW_RX = re.compile(r"\b(Luật|Pháp lệnh)\s+[A-ZĐÀ-Ỹ][^\n,;.()\d]{2,90}?\s+số\s+(\d+/\d{4}/(?:UBTV)?QH\d*)")
_HEADER_SPAN = 1500  # the header block of an official document
_CUA_RX = re.compile(r"\s+(?:của|do)\s+")
# "Ban Thường vụ Tỉnh ủy (vừa) ban hành Thông báo số …": the body just before names the issuer
_ISSUED_BY_RX = re.compile(r"\s+(?:(?:vừa|đã|mới)\s+)?(?:ký\s+)?(?:ban hành|có|ra)\s+$", re.IGNORECASE)


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


def _issuer_code(number: str) -> tuple[str, str]:
    """(document type, issuer code) of a number: "33/2021/NĐ-CP" → (NĐ, CP), "18-NQ/TW" → (NQ, TW)."""
    up = number.upper()
    m = re.match(r"\d+-([A-ZĐƯ]+)/([A-ZĐƯ\d]+)$", up)
    if m:
        return m.group(1), m.group(2)
    last = up.rsplit("/", 1)[-1] if "/" in up else ""
    kind, _, code = last.partition("-")
    if not code:
        return "", kind
    return kind, code.split(".")[0]


def _suffix_issuer(number: str, finder: BodyFinder) -> Body | None:
    """The issuer a number's suffix names (general abbreviations of Vietnamese document numbers)."""
    namer = finder.namer
    doc_type, code = _issuer_code(number)
    bare = re.sub(r"\d+$", "", code)
    if code == "TW":
        name = CENTRAL_PARTY_TYPES.get(doc_type)
        return namer.national(name) if name else None
    if bare in ISSUER_CODES:
        return namer.national(ISSUER_CODES[bare])
    if bare in MINISTRY_CODES:
        return namer.ministry(MINISTRY_CODES[bare])
    home = finder.home
    if home is None:
        return None
    if bare in LOCAL_PARTY_CODES:
        committee = namer.committee(home)
        commission = LOCAL_PARTY_CODES[bare]
        return namer.commission(commission, committee) if commission else committee
    head = LOCAL_STATE_CODES.get(bare)
    if head == "Ủy ban nhân dân":
        return namer.people_committee(home)
    if head == "Hội đồng nhân dân":
        return namer.council(home)
    if head is not None and head.startswith("Văn phòng"):
        return namer.office_of(namer.people_committee(home))
    return None


def find_instruments(text: str, finder: BodyFinder, mentions: list[Mention] | None = None) -> list[Instrument]:
    """Every numbered instrument, once per (kind, number); "Kết luận số 126-KL/TW và 127-KL/TW"
    gives two. ``mentions`` (the bodies found) lets "X ban hành Thông báo số …" name X the issuer."""
    found: dict[tuple[str, ...], Instrument] = {}
    ends = {mn.end: mn for mn in mentions or [] if not mn.body.collective}
    for m in _INSTRUMENT_RX.finditer(text):
        kind = next(k for k in KINDS if fold(k) == fold(m.group("kind")))
        if m.group("n3") and not _bare_number_ok(text, m):
            continue
        group = [(m.group("n1") or m.group("n2") or m.group("n3"), m.start(), m.end())]
        more = _MORE_RX.match(text, m.end())
        while more:
            group.append((more.group("n"), more.start("n"), more.end()))
            more = _MORE_RX.match(text, more.end())
        cited: list[tuple[str, int, int, str | None, int | None]] = []
        for raw, start, end in group:
            d = _DATE_AFTER_RX.match(text, end)
            date = f"{int(d.group(3)):04d}-{int(d.group(2)):02d}-{int(d.group(1)):02d}" if d else None
            cited.append((raw, start, d.end() if d else end, date, int(d.group(3)) if d else None))
        c = _CUA_RX.match(text, cited[-1][2])
        mention = finder.parse(c.end()) if c else None
        if mention is None and (verb := _ISSUED_BY_RX.search(text, max(0, m.start() - 30), m.start())):
            mention = ends.get(verb.start())  # "UBND tỉnh ban hành Quyết định số …"
        for raw, start, end, date, date_year in cited:
            issuer = (mention.body if mention is not None else None) or _suffix_issuer(raw, finder)
            _add(found, kind, raw, date, date_year, issuer, (start, end))
    _abbreviated_kinds(text, finder, found)
    _named_laws(text, finder, found)
    _header_number(text, finder, found)
    return list(found.values())


def _abbreviated_kinds(text: str, finder: BodyFinder, found: dict[tuple[str, ...], Instrument]) -> None:
    """"QĐ 1234/QĐ-UBND", "CT số 15/CT-TTg": a kind written as its type code, when the number
    carries the same code."""
    for m in _CODE_KIND_RX.finditer(text):
        raw = m.group(2)
        if _issuer_code(raw)[0] != m.group(1).upper():
            continue
        kind = next((k for c, k in TYPE_CODES.items() if c.upper() == m.group(1).upper()), None)
        if kind is None or kind not in KINDS:
            continue
        d = _DATE_AFTER_RX.match(text, m.end())
        date = f"{int(d.group(3)):04d}-{int(d.group(2)):02d}-{int(d.group(1)):02d}" if d else None
        _add(found, kind, raw, date, int(d.group(3)) if d else None, _suffix_issuer(raw, finder),
             (m.start(), d.end() if d else m.end()))


def _named_laws(text: str, finder: BodyFinder, found: dict[tuple[str, ...], Instrument]) -> None:
    """"Luật Thanh tra số 11/2022/QH15": a law or ordinance cited by its name, then its number."""
    for m in _NAMED_LAW_RX.finditer(text):
        kind = next((k for k in KINDS if fold(k) == fold(m.group(1))), None)
        raw = m.group(2)
        if kind is None:
            continue
        _add(found, kind, raw, None, None, _suffix_issuer(raw, finder), (m.start(), m.end()))


def _header_number(text: str, finder: BodyFinder, found: dict[tuple[str, ...], Instrument]) -> None:
    """"Số: 1579/QĐ-UBND" in a document's header: the document itself, of the kind its type code
    names (a number without one, "682/UBND-TH", is an official letter)."""
    m = _HEADER_NUMBER_RX.search(text, 0, _HEADER_SPAN)
    if not m:
        return
    raw = m.group(1)
    doc_type, _code = _issuer_code(raw)
    kind = TYPE_CODES.get(doc_type) or next((k for c, k in TYPE_CODES.items() if c.upper() == doc_type), None)
    if kind is None or kind not in KINDS:
        return
    y = re.search(r"năm\s+(\d{4})|/(\d{4})\b", text[m.end():m.end() + 200])
    year = int(y.group(1) or y.group(2)) if y else None
    _add(found, kind, raw, None, year, _suffix_issuer(raw, finder), (m.start(1), m.end(1)))


def _bare_number_ok(text: str, m: re.Match[str]) -> bool:
    """"Nghị quyết 18": a bare number counts after a capitalised kind, unless it is a year or a count."""
    n = int(m.group("n3"))
    if not m.group("kind")[0].isupper() or 1900 <= n <= 2100:
        return False
    return not _COUNT_RX.match(text, m.end())


def _add(found: dict[tuple[str, ...], Instrument], kind: str, raw: str, date: str | None, date_year: int | None,
         issuer: Body | None, span: tuple[int, int]) -> None:
    number = re.match(r"\d+", raw).group(0)
    y = re.match(r"\d+/(\d{4})/", raw)
    year = int(y.group(1)) if y else date_year
    suffix = raw.rsplit("/", 1)[-1].upper() if "/" in raw else ""
    party = suffix in PARTY_SUFFIXES or (issuer is not None and issuer.kind.startswith("party"))
    key = _key(found, kind, number, raw)
    if key not in found:
        found[key] = Instrument(kind, number, raw, year, date, issuer, party, [span])
        return
    inst = found[key]
    inst.spans.append(span)
    if _fullness(raw) > _fullness(inst.id) or (_fullness(raw) == _fullness(inst.id) and inst.id.upper() == inst.id
                                              and raw.upper() != raw):
        inst.id = raw  # the fullest form; of equal ones, as written in running text ("QĐ-TTg", not "QĐ-TTG")
    inst.year = inst.year or year
    inst.date = inst.date or date
    if inst.issuer is None:
        inst.issuer = issuer
    inst.party = inst.party or party


def _key(found: dict[tuple[str, ...], Instrument], kind: str, number: str, raw: str) -> tuple[str, ...]:
    """One key per document: number and type/issuer codes when the id has them ("31/TB-VPCP" and
    "31/TB-UBND" are two documents; "Thông báo số 31/TB-VPCP" and "Kết luận số 31/TB-VPCP" one, as
    are "33/NĐ-CP" and "33/2021/NĐ-CP"); a bare number joins the one coded instrument of its kind."""
    doc_type, code = _issuer_code(raw)
    if code:
        key = ("id", number, doc_type, code)
        bare = (kind, number)
        if bare in found and key not in found:
            found[key] = found.pop(bare)
        return key
    coded = [k for k, inst in found.items() if k[0] == "id" and inst.number == number and inst.kind == kind]
    return coded[0] if len(coded) == 1 else (kind, number)


def _fullness(number: str) -> int:
    return number.count("/") * 10 + len(number)
