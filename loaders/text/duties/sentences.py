"""The reading loop: ``run`` goes sentence by sentence, cuts a sentence into clauses where "; " opens
an assignment of its own, and ``_sentence`` tries the frames in order (attendance, requests
upward, meetings, relayed speech, explicit, subject, chair, speaker cues, topic heads,
continuation).
"""

from __future__ import annotations

import itertools
import re

from bomay.loaders.text.duties.facts import Actor, Clause
from bomay.loaders.text.duties.helpers import _skip, _subgroups, _unique
from bomay.loaders.text.duties.patterns import (
    _ASSIGN_RX,
    _ATTENDANCE_RX,
    _AUTHOR_OF_RX,
    _CHAIR_RX,
    _DOC_NUMBER_RX,
    _GIAO_RX,
    _HOLD_MEETING_RX,
    _MEETING_CUE_RX,
    _MEETING_OF_RX,
    _MODAL_RX,
    _OPENER_RX,
    _PARTNERS_LISTED_RX,
    _PLURAL_OPENS_RX,
    _POINT_RX,
    _PREFIX_RX,
    _PRONOUN_AFTER_ADJUNCT_RX,
    _PRONOUN_SUBJECT_RX,
    _SENT_TO_RX,
    _SPEAKER_CUE_RX,
    _SPEAKER_RX,
    _UPWARD_RX,
    _VERB_RX,
)
from bomay.loaders.text.duties.relayed import RelayedSpeech
from bomay.loaders.text.duties.subjects import SubjectFrames
from bomay.loaders.text.duties.words import STANDING_KINDS
from bomay.loaders.text.naming import belongs_to
from bomay.loaders.text.places import Place
from bomay.loaders.text.sentences import Sentence

# a question (an interrogative word, then "?" at its end) asks what was done; "… vẫn chưa có hồi kết?" after a
# request states a complaint and keeps its request
_QUESTION_RX = re.compile(r"(?<!\w)(?:nào|gì|ai|sao|bao giờ|đâu|hay không|hay chưa)(?!\w)[^?]*\?$")


class SentenceReading(RelayedSpeech, SubjectFrames):
    """The loop over sentences and the order in which the frames are tried."""

    def run(self, sentences: list[Sentence]) -> None:
        for s in sentences:
            if s.paragraph not in self._par_words and _POINT_RX.match(self.f, s.start, s.end):
                self._par_points.add(s.paragraph)
            self._par_words[s.paragraph] = self._par_words.get(s.paragraph, 0) + len(s.text.split())
        for s in sentences:
            self._cur = (s.start, s.end, self._actors(s))  # actors of the sentence, for look-ups inside it
            for unit in self._clauses(s):
                before = len(self.reports)
                self._sentence(unit)
                if len(self.reports) == before:
                    self._standalone_reports(unit)
            self._led_items(s, self._cur[2])
            listed = [g for g in self._groups([a for a in self._cur[2] if not a.person]) if len(g) > 1]
            if listed:
                self.ctx.last_group = _unique([b for a in listed[-1] for b in a.bodies])
            self.speaker_at[s.index] = self.ctx.speaker or self.ctx.last_assigner
            self._cur = None
        self._drop_superseded_reports()

    def _clauses(self, s: Sentence) -> list[Sentence]:
        """A sentence cut before each "; " clause that opens its own assignment ("…; Yêu cầu B …",
        "…; UBND huyện có trách nhiệm …"); other clauses stay in the task of the one before."""
        cuts: list[int] = []
        for m in re.finditer(r"[;:]\s*[\"“‘«]?\s*", self.t[s.start:s.end]):  # past a quote opened after ":"
            pos = s.start + m.end()
            giao = _GIAO_RX.match(self.f, pos)
            request = giao is not None and self._actor_starting(giao.end(), s.end) is not None
            lo = cuts[-1] if cuts else s.start
            # "A kết luận như sau: B …": a speaker's statement before the colon is a clause of its own
            spoken = m.group(0).startswith(":") and _SPEAKER_CUE_RX.search(self.f, lo, pos) is not None
            if m.group(0).startswith(":") and _PARTNERS_LISTED_RX.search(self.f, lo, s.start + m.start() + 1):
                continue  # "phối hợp với các Bộ: Tài chính, Xây dựng kiểm tra …": the partners, one by one
            if self._opens_clause(pos, s.end) and (request or spoken or self._has_predicate(lo, pos)):
                cuts.append(pos)
        if not cuts:
            return [s]
        bounds = [s.start, *cuts, s.end]
        out: list[Sentence] = []
        for lo, hi in itertools.pairwise(bounds):
            hi_trim = hi
            while hi_trim > lo and self.t[hi_trim - 1].isspace():
                hi_trim -= 1
            if hi_trim > lo:
                out.append(Clause(s.index, lo, hi_trim, self.t[lo:hi_trim], s.paragraph, s))
        return out

    def _has_predicate(self, lo: int, hi: int) -> bool:
        """Text with a verb outside the bodies it names: "A; B; C báo cáo …" is one clause, its
        first parts only list subjects."""
        spans = [(a.start, a.end) for a in self._actors(Sentence(-1, lo, hi, self.t[lo:hi], -1))]
        after = max((b for _a, b in spans), default=lo)  # "Giao A; B; C báo cáo …": no verb after the list yet
        adverbs = _PREFIX_RX.match(self.f, spans[0][1]) if spans else None
        if adverbs and not self.t[lo:spans[0][0]].strip(" ;:") and not _ASSIGN_RX.search(self.f, lo, hi) \
                and _VERB_RX.match(self.f, adverbs.end()):
            return True  # "A thực hiện các văn bản của B; C …": the subject's own verb, before the body it names
        tail = self.t[after:hi].strip(" ,;.:")
        for rx_ in (_VERB_RX, _ASSIGN_RX, _MODAL_RX):
            # "A đề nghị B …; C chỉ đạo D …": an assigning verb between the bodies is a predicate too, unless
            # only addressees follow it ("A yêu cầu B; C; D triển khai …": one list of addressees)
            if rx_ is _ASSIGN_RX and not tail:
                continue
            first = min((a for a, _b in spans), default=after)
            for m in rx_.finditer(self.f, first if rx_ is _ASSIGN_RX else after, hi):
                inside = any(a <= m.start() < b for a, b in spans)
                if not inside and (m.start() == 0 or not self.f[m.start() - 1].isalnum()):
                    return True
        return False

    def _opens_clause(self, pos: int, hi: int) -> bool:
        g = _GIAO_RX.match(self.f, pos)
        if g and self._actor_starting(g.end(), hi):
            return True
        if self.t[pos:pos + 1].islower() and not _PLURAL_OPENS_RX.match(self.f, pos):
            return False  # a lowercase clause opens an assignment only with a plural subject ("; các ngành cần …")
        actor = self._actor_starting(pos, hi)
        if actor is None:
            # "Chủ tịch UBND tỉnh nhấn mạnh: Thành phố X khẩn trương …": a district or commune as the subject
            place, end = self.finder.place(pos, allow_bare_name=False)
            return isinstance(place, Place) and place.level in ("district", "commune") and pos < end <= hi \
                and bool(_MODAL_RX.match(self.f, end) or _VERB_RX.match(self.f, _skip(self.f, end)))
        end = actor.end
        while (j := re.match(r"\s*(?:,|và)\s*", self.t[end:hi])) and (nxt := self._actor_starting(end + j.end(), hi)):
            end = nxt.end
        rest = self.f[end:hi]
        return bool(_MODAL_RX.match(rest) or _ASSIGN_RX.match(rest.lstrip()) or _VERB_RX.match(rest.lstrip()))

    def _sentence(self, s: Sentence) -> None:
        if _ATTENDANCE_RX.match(self.f, s.start, s.end) or (isinstance(s, Clause) and s.whole is not None
                                                            and _ATTENDANCE_RX.match(self.f, s.whole.start)):
            return  # "Dự phiên họp có các đồng chí: …" lists who attended
        if _QUESTION_RX.search(self.f[s.start:s.end].rstrip(" \t\"”)").rsplit(";", 1)[-1]):
            return  # "UBND Thành phố đã có văn bản nào yêu cầu thu hồi …?": a question asks, it assigns nothing
        actors = self._actors(s)
        groups = self._groups(actors)
        pronoun = _PRONOUN_SUBJECT_RX.match(self.f, s.start, s.end)
        if pronoun is None:  # "Đối với các kiến nghị …, đồng chí giao …": after an adjunct, before any body
            pronoun = _PRONOUN_AFTER_ADJUNCT_RX.search(self.f, s.start, s.end)
            if pronoun is not None and any(a.start < pronoun.start() for a in actors):
                pronoun = None
        if pronoun and self.ctx.last_person is not None:
            # "Đồng chí cũng yêu cầu phường …": the person just named speaks again
            actors = [Actor(pronoun.start(), pronoun.end(), [self.ctx.last_person], person=True), *actors]
            groups = self._groups(actors)
        for a in actors:
            if a.person and not a.head:
                self.ctx.last_person = a.bodies[0]
        if _UPWARD_RX.search(self.f, s.start, s.end) and groups and self._at_subject_position(s, groups[0][0].start) \
                and _UPWARD_RX.match(self.f, _skip(self.f, groups[0][-1].end)):
            self.ctx.upward_paragraph = s.paragraph
            return
        meeting = _MEETING_OF_RX.search(self.f, s.start, s.end)
        cue = _MEETING_CUE_RX.search(self.f, max(s.start, meeting.start() - 12), meeting.start()) if meeting else None
        if cue and cue.group(0).startswith("tại") and not _OPENER_RX.fullmatch(self.f, s.start, cue.start()):
            cue = None  # "… trình tại Kỳ họp thứ sáu HĐND tỉnh": a session ahead, not the one speaking
        if meeting and not (self._at_subject_position(s, meeting.start()) or cue):
            meeting = None  # "… tổ chức thành công kỳ họp thứ 10 HĐND huyện": a meeting reported, not held here
        meeting_body = None
        if meeting:
            body = next((a for a in actors if a.start == meeting.end() and not a.person), None)
            if body is not None and not self._standing_part_of(body.bodies[0]):
                self.ctx.speaker = meeting_body = body.bodies[0]
                if meeting_body.kind in STANDING_KINDS:
                    self.ctx.holder = meeting_body
        if self.ctx.speaker is None and len(actors) == 1 and not actors[0].person \
                and not self.t[s.start:actors[0].start].strip(" |") and not self.t[actors[0].end:s.end].strip(" |.:"):
            self.ctx.speaker = actors[0].bodies[0]  # the issuer's name heading an official document
            return
        if self.ctx.speaker is None:
            # "… trên cơ sở kết luận của Ban Chấp hành Đảng bộ tỉnh": the author of the conclusion speaks
            for author in _AUTHOR_OF_RX.finditer(self.f, s.start, s.end):
                if self.f[max(s.start, author.start() - 10):author.start()].endswith("thực hiện "):
                    continue  # "Thực hiện kết luận của X, …": X's words are carried out, not spoken here
                body = next((a for a in actors if a.start == author.end()), None)
                if body is not None:
                    self.ctx.speaker = body.bodies[0]
                    break
        if self._conveyed(s, groups):
            return
        if self._direction_heading(s, actors):
            return
        if self._on_behalf(s, actors, groups):
            return
        for g in _subgroups(groups):
            if not self._at_subject_position(s, g[0].start) and not self._opinions_of(s, g[0].start):
                continue
            v = self._assign_verb_after(g[-1].end, s.end) or self._request_after_appraisal(g, s.end)
            if v and self._explicit(s, g, v, groups):
                return
            if v and self.ctx.speaker is None and not g[0].person and len(g) == 1 and not g[0].bodies[0].collective:
                # "UBND tỉnh chỉ đạo xử lý sạt lở.": it directs what follows ("Các đảng ủy xã tổ chức …" does not:
                # many bodies doing a task speak for none of them)
                self.ctx.speaker = g[0].bodies[0]
        place_speaker = self._place_subject(s, ("province", "district", "commune"))
        if place_speaker is not None and (v := self._assign_verb_after(place_speaker.end, s.end)) is not None \
                and self._explicit(s, [place_speaker], v, groups):
            return  # "Tỉnh yêu cầu thủ trưởng các sở, …, Chủ tịch UBND các huyện …"
        if s.paragraph != self.ctx.upward_paragraph:
            for g in _subgroups(groups):
                if self._at_subject_position(s, g[0].start) and not self._in_task_object(s, g[0].start) \
                        and not _CHAIR_RX.match(self.f, self._after_name(g[-1].end, s.end), s.end) \
                        and self._duty_of_subject(s, g):
                    return  # "Bí thư Tỉnh ủy chủ trì hội nghị …" chairs a meeting: no duty
        for g in _subgroups(groups):
            after = self._after_name(g[-1].end, s.end)
            chair = _CHAIR_RX.match(self.f, after, s.end) if self._at_subject_position(s, g[0].start) else None
            if chair is not None:
                board = next((a for a in actors if a.start == chair.end()), None)
                speaker = self.ctx.speaker
                if board is None and meeting_body is None and g[0].person and speaker is not None \
                        and speaker.kind == "party_committee" and belongs_to(g[0].bodies[0], speaker):
                    return  # "Tỉnh ủy tổ chức Hội nghị Ban Chấp hành …. Bí thư Tỉnh ủy chủ trì": still the committee's
                # "X chủ trì Phiên họp thứ 26, Thường trực HĐND tỉnh": the meeting's body, found above
                self.ctx.speaker = board.bodies[0] if board is not None else meeting_body or self._as_speaker(g[0])
                return
        for g in _subgroups(groups):
            if g[-1].person and not g[0].person:
                continue  # "ý kiến các Bộ: A, B, Phó Thủ tướng X có ý kiến …": the person before the cue speaks
            if not g[0].person and g[0].bodies[0].collective:
                continue  # "Các đảng ủy xã tổ chức hội nghị quán triệt": many bodies meeting speak for none of them
            cue_at = self._after_name(g[-1].end, s.end)
            if self._at_subject_position(s, g[0].start) \
                    and (_SPEAKER_RX.match(self.f, cue_at, s.end) or self._appraisal_before_request(s, cue_at)):
                self.ctx.speaker = self._as_speaker(g[0])
                if not g[0].person and self.ctx.speaker.kind in STANDING_KINDS \
                        and _HOLD_MEETING_RX.match(self.f, cue_at, s.end):
                    self.ctx.holder = self.ctx.speaker  # "Thường trực HĐND huyện tổ chức phiên họp …"
                self.ctx.co_speakers = _unique([a.bodies[0] for a in g[1:] if not a.person
                                                and a.bodies[0].iri != self.ctx.speaker.iri])
                cue = _SPEAKER_RX.match(self.f, self._after_name(g[-1].end, s.end), s.end)
                number = _DOC_NUMBER_RX.match(self.f, cue.end(), s.end) if cue else None
                sent = _SENT_TO_RX.match(self.f, _skip(self.f, number.end() if number else cue.end()), s.end) \
                    if cue else None
                run = self._assignee_run(sent.end(), s.end, groups)[0] if sent else []
                if run:
                    # "UBND tỉnh có văn bản gửi các sở, ngành, UBND các huyện về …": the addressees of the text
                    # are those its later requests ("đề nghị các đơn vị …") speak to
                    self._remember(self.ctx.speaker, [b for a in run for b in a.bodies], s)
                return
        if self._topic_head_duty(s, groups):
            return
        if s.paragraph != self.ctx.upward_paragraph:
            place_subject = self._place_subject(s)
            if place_subject is not None and self._duty_of_subject(s, [place_subject]):
                return
        self._continuation(s, groups)
