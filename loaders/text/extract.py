"""One document in, every extracted fact out: the pipeline of the text loader.

Per document the work is a handful of regex scans over the text; the gazetteer, the topic
keywords and the compiled patterns are built once per process and shared.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bomay.loaders.text import backoff as learned
from bomay.loaders.text.bodies import BodyFinder, Mention
from bomay.loaders.text.documents import Document
from bomay.loaders.text.duties import DutyFinder, MandateFact, ReportFact
from bomay.loaders.text.instruments import Instrument, find_instruments
from bomay.loaders.text.lexicon import alternation, match_form, rx
from bomay.loaders.text.naming import Body, Namer
from bomay.loaders.text.people import Post, PostFinder
from bomay.loaders.text.places import Gazetteer, Place, as_named, gazetteer, unlisted_unit
from bomay.loaders.text.sentences import Sentence, split_sentences
from bomay.loaders.text.topics import classify
from bomay.loaders.text.vocabulary import vocabulary
from bomay.textnorm import fold, tone_fold

_ISSUED_BY_RX = re.compile(r"(?:Chỉ thị|Kết luận|Nghị quyết|Thông báo|Kế hoạch|Quyết định|Thông báo kết luận)"
                           r"(?:\s+số\s+\S+)?\s+(?:của|do)\s+", re.IGNORECASE)


# a headline's subject that speaks (words/sentence_cues.csv: ex-officio heads, assigning and speaker verbs)
_HEAD_TITLE_RX = rx(r"(?:" + alternation(vocabulary().sentence_cues("ex_officio_head")) + r") ")
_GOV_TITLE_RX = rx(r"(?:thủ tướng|phó thủ tướng)(?: chính phủ)?(?: [^\W\d_]+){0,3}? (?:"
                   + alternation(vocabulary().duty_words("assign")) + r")\b")
_TITLE_SPEAKS_RX = rx(r"\s*(?::|(?:(?:đã|vừa|cũng) )?(?:" + alternation([*vocabulary().duty_words("assign"),
                                                                        *vocabulary().sentence_cues("speaker_verb")])
                      + r")\b)")


@dataclass
class Extraction:
    document: Document
    home: Place | None
    sentences: list[Sentence]
    mentions: list[Mention]
    nested: list[Mention]
    posts: list[Post]
    instruments: list[Instrument]
    mandates: list[MandateFact]
    reports: list[ReportFact]
    topics: dict[int, str | None] = field(default_factory=dict)  # mandate index -> topic
    report_topics: dict[int, str | None] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    local: Place | None = None  # the district or commune the document is about, when known
    vague: set[str] = field(default_factory=set)  # IRIs of vague groups ("các cơ quan, đơn vị")
    speakers: dict[int, Body | None] = field(default_factory=dict)  # sentence index -> its speaker (backoff.py)

    def sentence_at(self, pos: int) -> Sentence | None:
        for s in self.sentences:
            if s.start <= pos < s.end:
                return s
        return None

    def bodies(self) -> list[Body]:
        """Every body the document names, once, in order of first mention."""
        seen: dict[str, Body] = {}
        used = {b.iri for f in self.mandates for b in (f.assigner, f.assignee, *f.cooperate, *f.report_to)}
        used |= {r.reporter.iri for r in self.reports} | {r.recipient.iri for r in self.reports}
        titles = {(fold(p.title), p.body.iri) for p in self.posts}
        for m in self.mentions:
            if m.body.iri in self.vague and m.body.iri not in used:  # only where a duty or report names it
                continue
            if m.body.iri not in used and m.body.kind == "party_standing_members" and any(
                    t == fold(m.surface) and iri != m.body.iri for t, iri in titles):
                continue  # "Thường trực Ban Bí thư Trần Cẩm Tú": a person's title, the post names the Ban Bí thư
            seen.setdefault(m.body.iri, m.body)
        for m in self.nested:
            seen.setdefault(m.body.iri, m.body)
        for p in self.posts:
            seen.setdefault(p.body.iri, p.body)
        for fact in self.mandates:
            for b in (fact.assigner, fact.assignee, *fact.cooperate, *fact.report_to):
                seen.setdefault(b.iri, b)
        for i in self.instruments:
            if i.issuer is not None:
                seen.setdefault(i.issuer.iri, i.issuer)
        return list(seen.values())


# Jurisdictions that name the whole country: central documents have no home place.
CENTRAL_JURISDICTIONS = vocabulary().body_words("central_jurisdiction")  # words/body_words.csv
_CENTRAL_KEYS = {fold(n) for n in CENTRAL_JURISDICTIONS}
# unit types below a province that open a place's name (words/unit_types.csv)
_LOWER_TYPE_WORDS = sorted((w[:1].upper() + w[1:] for w, (level, _t) in vocabulary().unit_types().items()
                            if level != "province" or w == "thành phố"), key=len, reverse=True)
_LOWER_IN_TEXT_RX = re.compile(r"(?<!\w)(" + "|".join(_LOWER_TYPE_WORDS) + r")\s+((?:[A-ZĐÀ-Ỹ0-9][\w']*)"
                               r"(?:[ -]+[A-ZĐÀ-Ỹ0-9][\w']*){0,3})", re.IGNORECASE)
_PROVINCE_IN_TEXT_RX = re.compile(r"(?<!\w)(?:tỉnh|thành phố|TP\.?)\s+((?:[A-ZĐÀ-Ỹ][\w']*)"
                                  r"(?:[ -]+[A-ZĐÀ-Ỹ][\w']*){0,3})")


_TITLE_SUBJECT_RX = re.compile(r"((?:" + "|".join(_LOWER_TYPE_WORDS) + r")\s+)?([A-ZĐÀ-Ỹ][\w']*(?:[ -][A-ZĐÀ-Ỹ0-9]"
                               r"[\w']*){0,3})(?=\s*[:,–-]|\s+[a-zđà-ỹ])", re.IGNORECASE)


@dataclass(frozen=True)
class Jurisdiction:
    """Where a document speaks from: its province, the lower unit it is about (a district or
    commune, when the metadata or the publisher names one), or the centre."""

    province: Place | None
    local: Place | None = None
    central: bool = False
    problems: tuple[str, ...] = ()


def resolve_home(doc: Document, gaz: Gazetteer) -> tuple[Place | None, list[str]]:
    """The province the document speaks of, from its metadata."""
    where = resolve_jurisdiction(doc, gaz)
    return where.province, list(where.problems)


def resolve_jurisdiction(doc: Document, gaz: Gazetteer) -> Jurisdiction:
    """Province and lower unit from the metadata: "Tỉnh Trà Vinh", "Huyện Càng Long, tỉnh Trà
    Vinh", "Thành phố Hạ Long, tỉnh Quảng Ninh", "Trung ương", or a ``jurisdiction_code`` of any
    level. A province-only jurisdiction takes its lower unit from the publisher ("Cổng thông tin
    điện tử huyện Bắc Bình") when that names exactly one unit of the province."""
    day = doc.date
    name = str(doc.meta.get("jurisdiction") or "").strip()
    code = str(doc.meta.get("jurisdiction_code") or "").strip()
    written = name
    # "Tỉnh An Giang (huyện Tri Tôn)": the note in brackets is one more part; "Tỉnh A và tỉnh B": the first speaks
    bracketed = re.findall(r"\(([^()]*)\)", name)
    name = re.split(r"\s+và\s+", re.sub(r"\s*\([^()]*\)", "", name).strip())[0]
    if name and fold(name) in _CENTRAL_KEYS:
        return Jurisdiction(None, None, True)
    if bracketed and name:
        name = ", ".join([name, *(b.strip() for b in bracketed if b.strip())])
    province, local = _from_name(name, gaz, day) if name else (None, None)
    if code and (province is None or (local is None and len(code) > 2)):
        unit = gaz.province_by_code(code.zfill(2), day) if len(code) <= 2 else gaz.unit_by_code(code, day)
        if unit is not None and unit.level == "province":
            province = province or unit
        elif unit is not None:
            local = local or unit
            province = province or gaz.province_by_code(unit.province_code, day)
    if province is None and local is not None:
        province = gaz.province_by_code(local.province_code, day)
    if province is None:
        if name or code:
            what = written or code
            return Jurisdiction(None, None, False, (f"{doc.stem}: jurisdiction {what!r} is not a known unit; "
                                                    f"bare names such as 'Thành ủy' are left unresolved",))
        return Jurisdiction(None)
    if local is None:
        local = _local_from_publisher(doc, gaz, province) or _local_from_title(doc, gaz, province)
    return Jurisdiction(province, local)


def _local_from_title(doc: Document, gaz: Gazetteer, province: Place) -> Place | None:
    """A headline whose subject is a lower unit of the province ("Đông Quan phải …", "Huyện Thuận
    Bắc tổ chức …", "Tháp Mười: …"): the document speaks of that unit."""
    m = _TITLE_SUBJECT_RX.match(str(doc.meta.get("title") or ""))
    if not m:
        return None
    words = m.group(2).split()
    for count in range(len(words), 0, -1):
        name = " ".join(words[:count])
        if gaz.province(name, doc.date) is not None:
            return None
        full = f"{m.group(1).strip().capitalize()} {name}" if m.group(1) else name
        found = gaz.unit_in(province.province_code, full, doc.date)
        # the name as written, diacritics and all: "Thành lập Ban …" does not speak of xã Thanh
        if found is not None and found.level != "province" and tone_fold(found.short) == tone_fold(name) \
                and _unique_lower(gaz, province, name, doc.date):
            return found
    return None


def _unique_lower(gaz: Gazetteer, province: Place, name: str, day: str | None) -> bool:
    """Only one unit of the province bears that name (else the headline is ambiguous)."""
    found = {p.iri or p.name for p in gaz.lower.get((province.province_code, fold(name)), []) if p.valid_on(day)}
    return len(found) <= 1


_LOCAL_TYPE_RX = re.compile(r"(huyện|quận|thị xã|thành phố|xã|phường|thị trấn)\s+", re.IGNORECASE)


def _from_name(name: str, gaz: Gazetteer, day: str | None) -> tuple[Place | None, Place | None]:
    """"Huyện Càng Long, tỉnh Trà Vinh" -> (Tỉnh Trà Vinh, Huyện Càng Long)."""
    parts = [q.strip() for p in re.split(r"[,;]", name)  # " - " splits too, but not "Bà Rịa - Vũng Tàu"
             for q in ([p] if _province_named(p.strip(), gaz, day) else p.split(" - ")) if q.strip()]
    province, province_part = None, None
    for part in reversed(parts):
        province = _province_named(part, gaz, day)
        if province is not None:
            province_part = part
            break
    lower: list[Place] = []
    for part in parts:
        unit = gaz.unit_in(province.province_code, part, day) if province else gaz.unit_anywhere(part, day)
        if unit is None and province is not None and (typed := _LOCAL_TYPE_RX.match(part)):
            # "Huyện Mộc Châu" in 2017: the unit is kept under its later type (Thị xã Mộc Châu)
            level = "commune" if fold(typed.group(1)) in ("xa", "phuong", "thi tran") else "district"
            unit = gaz.unit_in(province.province_code, part[typed.end():], day, level)
            unit = as_named(unit, f"{typed.group(1).capitalize()} {unit.short}") if unit is not None else None
            city_of_province = fold(typed.group(1)) == "thanh pho" and province.unit_type == "tinh"
            if unit is None and (part != province_part or city_of_province):
                unit = unlisted_unit(typed.group(1), " ".join(part[typed.end():].split()), province.province_code)
        if unit is not None and unit.level != "province":
            lower.append(unit)
    local = min(lower, key=lambda p: 0 if p.level == "commune" else 1) if lower else None
    return province, local


def _province_named(part: str, gaz: Gazetteer, day: str | None) -> Place | None:
    place = gaz.province(part, day)
    if place is not None:
        return place
    for prefix in ("Tỉnh ", "Thành phố ", "TP. ", "TP "):
        if fold(part).startswith(fold(prefix)):
            return gaz.province(part[len(prefix):], day)
    return None


def _local_from_publisher(doc: Document, gaz: Gazetteer, province: Place) -> Place | None:
    publisher = str(doc.meta.get("publisher") or "")
    source = re.split(r"\bnguồn\b", publisher, flags=re.IGNORECASE)
    if len(source) > 1:
        publisher = source[-1]  # "Trang … Đảng bộ huyện X, nguồn camau.gov.vn": the text is the source's
    found = {}
    for m in _LOWER_IN_TEXT_RX.finditer(publisher):
        words = m.group(2).split()
        for count in range(len(words), 0, -1):
            unit = gaz.unit_in(province.province_code, f"{m.group(1).capitalize()} {' '.join(words[:count])}", doc.date)
            if unit is not None and unit.level != "province":
                found[unit.name] = unit
                break
    return next(iter(found.values())) if len(found) == 1 else None


def _single_named_province(text: str, gaz: Gazetteer, day: str | None) -> Place | None:
    """A central document about one province ("… Chủ tịch UBND tỉnh Phú Thọ …"): bare "tỉnh",
    "Công an tỉnh", "các sở, ngành" then mean that province."""
    found: dict[str, Place] = {}
    for m in _PROVINCE_IN_TEXT_RX.finditer(text):
        words = m.group(1).split()
        for count in range(len(words), 0, -1):
            place = gaz.province(" ".join(words[:count]), day)
            if place is not None:
                found[place.province_code] = place
                break
    return next(iter(found.values())) if len(found) == 1 else None


def extract(doc: Document, gaz: Gazetteer | None = None, backoff: bool | None = None) -> Extraction:
    """Every fact of one document; ``backoff`` adds the learned back-off's records (default:
    ``backoff.ENABLED``, which ``bomay extract --backoff`` sets)."""
    gaz = gaz or gazetteer()
    where = resolve_jurisdiction(doc, gaz)
    home, problems = where.province, list(where.problems)
    text = doc.text
    folded = match_form(text)
    reference = home if home is not None or not where.central else _single_named_province(text, gaz, doc.date)
    namer = Namer(gaz, doc.date, reference)
    finder = BodyFinder(text, folded, namer, gaz, reference, where.local)
    title = str(doc.meta.get("title") or "")
    title_finder = BodyFinder(title, match_form(title), namer, gaz, reference, where.local)
    if title and reference is not None:  # "… đại hội Đảng bộ xã Trí Phải": the text's bare "Đảng bộ xã" is that one
        finder.named_lower[:0] = [(-1, place) for _pos, place in title_finder.named_lower]
    mentions = finder.find_all()
    post_finder = PostFinder(text, folded, finder)
    occurrences = post_finder.occurrences()
    posts = post_finder.find_all()
    instruments = find_instruments(text, finder, mentions)
    sentences = split_sentences(text)
    issuer = _issuer_from_title(title, title_finder, namer)
    boards = {m.body.name for m in mentions if m.body.kind == "party_standing_board"}
    duties = DutyFinder(text, folded, mentions, occurrences, doc.year, issuer, boards, finder)
    duties.run(sentences)
    if learned.ENABLED if backoff is None else backoff:
        learned.apply(text, folded, sentences, mentions, duties)
    ex = Extraction(doc, home, sentences, mentions, finder.nested, posts, instruments, duties.mandates, duties.reports,
                    problems=problems, local=where.local, vague=finder.vague, speakers=duties.speaker_at)
    for i, fact in enumerate(ex.mandates):
        ex.topics[i] = classify(fact.task) or classify(fact.sentence.text)
    for i, rep in enumerate(ex.reports):
        ex.report_topics[i] = (ex.topics.get(rep.mandate) if rep.mandate is not None else None) or classify(rep.about)
    return ex


def _issuer_from_title(title: str, finder: BodyFinder, namer: Namer) -> Body | None:
    """"Chỉ thị của Ban Thường vụ Thành ủy TP.HCM về …": the directive's issuer assigns its duties (``finder`` reads
    the title)."""
    m = _ISSUED_BY_RX.search(title)
    if m and not title[:m.start()].strip(" \"'“”:"):  # "Triển khai Nghị quyết của UBTVQH …": not its issuer's text
        mention = finder.parse(m.end())
        return mention.body if mention is not None else None
    # a headline whose subject speaks: "UBND tỉnh: Công văn số …", "UBND TP.HCM yêu cầu …", "Chủ tịch UBND
    # tỉnh đề nghị …", "Thủ tướng chỉ đạo …"
    folded = match_form(title)
    numbered = find_instruments(title, finder)
    if numbered and numbered[0].issuer is not None and title.lstrip().startswith(numbered[0].kind.split()[0]):
        return numbered[0].issuer  # "Công văn 4739/VPCP-NN năm 2022 về …": the number names its issuer
    if _GOV_TITLE_RX.match(folded):
        return namer.national("Chính phủ")
    head = _HEAD_TITLE_RX.match(folded)
    mention = finder.parse(head.end() if head else 0)
    if mention is None or mention.body.collective:
        return None
    return mention.body if _TITLE_SPEAKS_RX.match(folded, mention.end) else None
