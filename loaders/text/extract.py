"""One document in, every extracted fact out: the pipeline of the text loader.

Per document the work is a handful of regex scans over the text; the gazetteer, the topic
keywords and the compiled patterns are built once per process and shared.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bomay.loaders.text.bodies import BodyFinder, Mention
from bomay.loaders.text.documents import Document
from bomay.loaders.text.duties import DutyFinder, MandateFact, ReportFact
from bomay.loaders.text.instruments import Instrument, find_instruments
from bomay.loaders.text.lexicon import match_form
from bomay.loaders.text.naming import Body, Namer
from bomay.loaders.text.people import Post, PostFinder
from bomay.loaders.text.places import Gazetteer, Place, gazetteer
from bomay.loaders.text.sentences import Sentence, split_sentences
from bomay.loaders.text.topics import classify

_ISSUED_BY_RX = re.compile(r"(?:Chỉ thị|Kết luận|Nghị quyết|Thông báo|Kế hoạch|Quyết định|Thông báo kết luận)"
                           r"(?:\s+số\s+\S+)?\s+(?:của|do)\s+", re.IGNORECASE)


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

    def sentence_at(self, pos: int) -> Sentence | None:
        for s in self.sentences:
            if s.start <= pos < s.end:
                return s
        return None

    def bodies(self) -> list[Body]:
        """Every body the document names, once, in order of first mention."""
        seen: dict[str, Body] = {}
        for m in self.mentions:
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


def resolve_home(doc: Document, gaz: Gazetteer) -> tuple[Place | None, list[str]]:
    """The province (or lower unit) the document speaks of, from its metadata."""
    day = doc.date
    name = doc.meta.get("jurisdiction")
    code = doc.meta.get("jurisdiction_code")
    if name:
        place = gaz.province(str(name), day)
        if place is not None:
            return place, []
        for prefix in ("Tỉnh ", "Thành phố ", "TP "):
            if str(name).startswith(prefix):
                place = gaz.province(str(name)[len(prefix):], day)
                if place is not None:
                    return place, []
    if code:
        place = gaz.province_by_code(str(code).zfill(2), day)
        if place is not None:
            return place, []
    if name or code:
        return None, [f"{doc.stem}: jurisdiction {name or code!r} is not a known province; bare names "
                      f"such as 'Thành ủy' are left unresolved"]
    return None, []


def extract(doc: Document, gaz: Gazetteer | None = None) -> Extraction:
    gaz = gaz or gazetteer()
    home, problems = resolve_home(doc, gaz)
    text = doc.text
    folded = match_form(text)
    namer = Namer(gaz, doc.date, home)
    finder = BodyFinder(text, folded, namer, gaz, home)
    mentions = finder.find_all()
    post_finder = PostFinder(text, folded, finder)
    occurrences = post_finder.occurrences()
    posts = post_finder.find_all()
    instruments = find_instruments(text, finder)
    sentences = split_sentences(text)
    issuer = _issuer_from_title(doc, gaz, namer, home)
    boards = {m.body.name for m in mentions if m.body.kind == "party_standing_board"}
    duties = DutyFinder(text, folded, mentions, occurrences, doc.year, issuer, boards, finder)
    duties.run(sentences)
    ex = Extraction(doc, home, sentences, mentions, finder.nested, posts, instruments, duties.mandates, duties.reports,
                    problems=problems)
    for i, fact in enumerate(ex.mandates):
        ex.topics[i] = classify(fact.task) or classify(fact.sentence.text)
    for i, rep in enumerate(ex.reports):
        ex.report_topics[i] = (ex.topics.get(rep.mandate) if rep.mandate is not None else None) or classify(rep.about)
    return ex


def _issuer_from_title(doc: Document, gaz: Gazetteer, namer: Namer, home: Place | None) -> Body | None:
    """"Chỉ thị của Ban Thường vụ Thành ủy TP.HCM về …": the directive's issuer assigns its duties."""
    title = str(doc.meta.get("title") or "")
    m = _ISSUED_BY_RX.search(title)
    if not m:
        return None
    finder = BodyFinder(title, match_form(title), namer, gaz, home)
    mention = finder.parse(m.end())
    return mention.body if mention is not None else None
