"""Who speaks and assigns: the assigning verb right after a subject (also after a written directive
or a second predicate), a request after an appraisal, the body that owns the subjects when no
speaker is named, and which post or standing part a person speaks for.
"""

from __future__ import annotations

import re

from bomay.loaders.text.duties.addressees import AddresseeFinding
from bomay.loaders.text.duties.facts import Actor, _whole
from bomay.loaders.text.duties.helpers import _skip
from bomay.loaders.text.duties.patterns import (
    _APPRAISAL_RX,
    _ASSIGN_RX,
    _COORDINATED_GAP_RX,
    _GAP_ADVERBS_RX,
    _GAP_LEAD_RX,
    _HEAD_OF_RX,
    _ISSUE_GAP_RX,
    _MODAL_RX,
    _NEXT_REQUEST_RX,
    _REQUEST_AFTER_CLAUSE_RX,
    _REQUEST_JOIN_RX,
    _SENT_TO_RX,
    _UPWARD_RX,
    _VERB_RX,
)
from bomay.loaders.text.duties.words import LEVEL_RANK, STANDING_KINDS
from bomay.loaders.text.naming import PARTY_KINDS, Body, belongs_to
from bomay.loaders.text.places import Place
from bomay.loaders.text.sentences import Sentence


class SpeakerFinding(AddresseeFinding):
    """The assigning verb after a subject, and who speaks for whom."""

    def _assign_verb_after(self, after: int, hi: int) -> re.Match[str] | None:
        """The assigning verb right after a subject: "A (cũng) yêu cầu", "Phó Thủ tướng thường trực
        NAME yêu cầu", "A ban hành Công văn số … chỉ đạo" (a written directive between issuer and verb)."""
        self._gap_addressees = []
        after = self._after_name(after, hi)
        v = _ASSIGN_RX.search(self.f, after, hi)
        while v is not None and (self.f[max(after, v.start() - 3):v.start()] == "có "
                                 or _ASSIGN_RX.match(self.f, _skip(self.f, v.end()), hi)) \
                and not self._actor_starting(self._addressee_pos(v.end()), hi):
            v = _ASSIGN_RX.search(self.f, v.end(), hi)  # "có (ý kiến) chỉ đạo yêu cầu B": the request is the verb
        if v is None:
            return None
        gap = self.f[after:v.start()]
        if _GAP_ADVERBS_RX.match(gap) and ("đã" not in gap or self._addressee_starting(v.end(), hi)):
            return v  # "A đã phân công B …" narrates an assignment; "A đã chỉ đạo" alone is a fact
        second = self._second_predicate_verb(v, after, hi)
        if second is not None:
            return second  # "A đã thành lập B, đồng thời giao C …": A's second predicate, not B's
        issue = _ISSUE_GAP_RX.match(self.f, after, hi)
        if issue and _skip(self.f, issue.end()) == v.start():
            sent = _SENT_TO_RX.search(self.f, after, issue.end())
            if sent:
                whole = Sentence(-1, sent.end(), v.start(), self.t[sent.end():v.start()], -1)
                run, _end = self._assignee_run(sent.end(), v.start(), self._groups(self._actors(whole)))
                provinces = None if run else self._bare_provinces(sent.end(), v.start())
                self._gap_addressees = [provinces] if provinces is not None else run
            return v
        return None

    def _second_predicate_verb(self, v: re.Match[str] | None, after: int, hi: int) -> re.Match[str] | None:
        """"A đã thành lập B, đồng thời giao C …", "A ban hành Kế hoạch và yêu cầu C …": the assigning verb of a second
        predicate the subject joins to its first (a verb inside a name, "Ban Chỉ đạo", is none)."""
        lead = _GAP_LEAD_RX.match(self.f, after)
        if lead is None or not _VERB_RX.match(self.f, lead.end()):
            return None
        names = [(a.start, a.end) for a in (self._cur[2] if self._cur is not None else [])]
        while v is not None and any(a <= v.start() < b for a, b in names):
            v = _ASSIGN_RX.search(self.f, v.end(), hi)
        if v is None or re.search(r"[.;:]", self.f[after:v.start()]) or _HEAD_OF_RX.match(self.f, v.start()):
            return None  # "… với các tổ công tác và lãnh đạo các xã": the communes' leaders, a noun
        if _COORDINATED_GAP_RX.search(self.f, after, v.start()) and self._addressee_starting(v.end(), hi):
            return v
        return None

    def _request_after_appraisal(self, g: list[Actor], hi: int) -> re.Match[str] | None:
        """"A đánh giá cao …, đồng thời yêu cầu B …", "A ghi nhận …; đề nghị B …": what the subject says of others,
        then its request in the same sentence; no other subject acts in between."""
        lead = _APPRAISAL_RX.match(self.f, self._after_name(g[-1].end, hi), hi)
        if lead is None:
            return None
        join = _REQUEST_JOIN_RX.search(self.f, lead.end(), hi)
        if join is None:
            return None
        actors = self._cur[2] if self._cur is not None else []
        for a in actors:
            if lead.end() <= a.start and a.end <= join.start():
                nxt = self.f[_skip(self.f, a.end):]
                if _ASSIGN_RX.match(nxt) or _MODAL_RX.match(nxt) or _UPWARD_RX.match(nxt):
                    return None  # "…, Sở Nội vụ đề nghị …": another subject speaks
        return _ASSIGN_RX.match(self.f, join.end(), hi)

    def _appraisal_before_request(self, s: Sentence, pos: int) -> bool:
        """"A ghi nhận …; đề nghị B …": the appraising clause makes A the speaker of the request after ";"."""
        whole = _whole(s)
        if not _APPRAISAL_RX.match(self.f, pos, s.end):
            return False
        if whole is s:  # "A biểu dương …. Đồng thời, đề nghị B …": the next sentence's request is A's too
            return _NEXT_REQUEST_RX.match(self.f, s.end) is not None
        request = _REQUEST_AFTER_CLAUSE_RX.match(self.f, s.end, whole.end)
        return request is not None and self.f[s.start:s.end].rstrip().endswith(";")

    def _owner_of(self, bodies: list[Body], given: bool = False) -> Body | None:
        """The body every one of ``bodies`` belongs to when no speaker is named: the document's People's Committee
        for its own departments, the Government for ministries in a central text; else None. A duty ``given``
        ("Giao Cục Thuế tỉnh, UBND các huyện …") comes from the People's Committee to any state body of its place
        or below it."""
        if not bodies:
            return None
        unit = self.finder.own_unit()
        if unit is not None and all(b.kind == "department" and b.unit == unit for b in bodies):
            return self.finder.namer.people_committee(unit)
        if given and unit is not None and all(self._state_body_under(b, unit) for b in bodies):
            return self.finder.namer.people_committee(unit)
        if all(b.kind == "ministry" and not b.collective and b.name.startswith("Bộ ") for b in bodies) or (
                given and all(b.level == "central" and not b.collective and b.parent is not None
                              and b.parent.name == "Chính phủ" for b in bodies)):
            return self.finder.namer.national("Chính phủ")  # "Giao Đại học Quốc gia Hà Nội …": the Government
        return None

    @staticmethod
    def _state_body_under(body: Body, unit: Place) -> bool:
        """A state body of ``unit`` (not its People's Committee) or of a unit inside it: not a party body, not a
        central one, not a council."""
        if body.kind in PARTY_KINDS or body.kind in ("peoples_council", "peoples_council_standing") \
                or body.level == "central" or body.province_code != unit.province_code:
            return False
        if LEVEL_RANK.get(body.level, 0) < LEVEL_RANK.get(unit.level, 0):
            return True  # "UBND các huyện, thành phố", "Công an các xã"
        return body.unit == unit and body.kind != "peoples_committee"

    def _as_speaker(self, actor: Actor) -> Body:
        """A head of a body at the meeting of that body's standing part speaks for the part
        ("Chủ tịch HĐND huyện kết luận" at a Thường trực HĐND meeting, also after another body's head has spoken
        there)."""
        body = actor.bodies[0]
        for part in (self.ctx.speaker, self.ctx.holder):
            if actor.person and part is not None and part.iri != body.iri and part.kind in STANDING_KINDS \
                    and belongs_to(part, body):
                return part
        return body

    def _standing_part_of(self, body: Body) -> bool:
        """The current speaker is a standing part of ``body``: "tại kỳ họp thứ 7, HĐND huyện …" named at a Thường
        trực HĐND meeting is the council's session being prepared, not the council taking the floor."""
        speaker = self.ctx.speaker
        return speaker is not None and speaker.kind in STANDING_KINDS and speaker.iri != body.iri \
            and belongs_to(speaker, body)

    def _post_for(self, assigner: Body, assignees: list[Body]) -> Body:
        """A person holding posts in the Party and the state directs party bodies as the party official ("Phó Bí thư
        Tỉnh ủy, Chủ tịch UBND tỉnh … yêu cầu Ban Thường vụ Huyện ủy …"); other bodies as the post chosen before."""
        posts = self._posts_of.get(assigner.iri)
        if not posts:
            return assigner
        party = [b.kind in PARTY_KINDS for b in assignees]
        if all(party) and assigner.kind not in PARTY_KINDS:
            return next((b for b in reversed(posts) if b.kind in PARTY_KINDS), assigner)
        return assigner

    def _capacity(self, g: list[Actor]) -> Actor:
        """Titles of one unnamed person listed together ("Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện yêu
        cầu …"): the title tied to the body whose meeting this is acts, else the first."""
        if len(g) > 1 and all(a.person and a.head for a in g):
            for a in g:
                if self._as_speaker(a).iri != a.bodies[0].iri:
                    return a
        return g[0]
