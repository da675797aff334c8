"""Frame 1, explicit: ``ASSIGNER (cũng) giao|yêu cầu|đề nghị|chỉ đạo ASSIGNEE(S) TASK``, with
requests upwards refused and "B chỉ đạo C" inside A's directive read as A's job for B; and a
sentence headed by the body it is about ("Đối với UBND các huyện: …").
"""

from __future__ import annotations

import re

from bomay.loaders.text.deadlines import FREQUENCY_RX, frequency_at
from bomay.loaders.text.duties.facts import Actor
from bomay.loaders.text.duties.helpers import _skip, _skip_punct, _unique
from bomay.loaders.text.duties.patterns import (
    _ANAPHORA_RX,
    _DEPUTIES_RX,
    _DONE_BEFORE_RX,
    _ISSUE_GAP_RX,
    _PAST_OPENER_RX,
    _RECEIVER_INTRO_RX,
    _TIME_ADJUNCT_RX,
    _TOPIC_HEAD_RX,
)
from bomay.loaders.text.duties.speakers import SpeakerFinding
from bomay.loaders.text.duties.tasks import TaskReading
from bomay.loaders.text.duties.words import LEVEL_RANK
from bomay.loaders.text.naming import stands_above
from bomay.loaders.text.sentences import Sentence
from bomay.textnorm import fold


class ExplicitFrames(SpeakerFinding, TaskReading):
    """Explicit assignments and topic-headed duties."""

    def _explicit(self, s: Sentence, g: list[Actor], v: re.Match[str], groups: list[list[Actor]]) -> bool:
        assigner = self._as_speaker(self._capacity(g))
        verb = fold(v.group(0))
        pos = _skip_punct(self.f, v.end())  # "yêu cầu, UBND các huyện …" / "yêu cầu: …"
        intro = _RECEIVER_INTRO_RX.match(self.f, pos)
        if intro:
            pos = intro.end()
        when = _TIME_ADJUNCT_RX.match(self.f, pos, s.end)
        if when and self._actor_starting(when.end(), s.end):
            pos = when.end()  # "đề nghị tháng 12/2018 Thường trực HĐND, các Ban HĐND …": the time the request covers
        elif not (self._actor_starting(pos, s.end) or _ANAPHORA_RX.match(self.f, pos, s.end)):
            pos = self._addressees_after_time(pos, s.end) or pos  # "yêu cầu: từ ngày … đến …, các đơn vị …"
        pre_freq = None
        fm = FREQUENCY_RX.match(self.f, pos)
        if fm:
            pre_freq = frequency_at(self.t, fm)
            pos = _skip(self.f, fm.end())
            if self.f[pos:pos + 1] == ",":
                pos = _skip(self.f, pos + 1)
        run, run_end = self._assignee_run(pos, s.end, groups, assigner)
        if not run and self._gap_addressees:
            run, run_end = self._gap_addressees, pos
        if not run:
            back = self._anaphora(pos, s.end, assigner)
            if back is not None:
                run, run_end = back
        if not run:
            topic = self._topic_intro_actor(s, groups, g)
            place = None if topic else self._place_assignee(pos, s.end, assigner)
            if topic is None and place is None:
                rest = self.f[pos:s.end].strip(" .:")
                if verb.startswith(("giao", "yeu cau", "de nghi")) or (verb.startswith("chi dao") and not rest):
                    self.ctx.speaker = assigner  # "X chỉ đạo: B …; C …": X speaks the items after the colon
                    return not rest  # "X yêu cầu." alone says nothing more
                return False
            if topic is not None:
                assignees = topic.bodies
                vp_lo = pos
            else:
                assert place is not None
                assignees = place.bodies
                vp_lo = place.end
        else:
            assignees = self._resolve_vague([b for a in run for b in a.bodies], assigner, s)
            vp_lo = run_end
        if verb == "de nghi" and any(LEVEL_RANK.get(b.level, 0) > LEVEL_RANK.get(assigner.level, 0)
                                     or stands_above(b, assigner) for b in assignees):
            return False  # "Sở X đề nghị UBND tỉnh …", "UBND huyện đề nghị UBND tỉnh …": a request upwards
        assignees = [b for b in assignees if b.iri != assigner.iri]
        if not assignees:
            return False
        assigner = self._post_for(assigner, assignees)
        speaker = self.ctx.speaker
        issue = _ISSUE_GAP_RX.match(self.f, self._after_name(g[-1].end, s.end), s.end)
        own_directive = bool(issue and _skip(self.f, issue.end()) == v.start())
        # "Từ đầu năm, Đảng ủy xã đã chỉ đạo UBND xã …": what the body did, not a job the speaker gives it
        narrated = bool(_PAST_OPENER_RX.match(self.f, s.start, g[0].start)) \
            and _DONE_BEFORE_RX.search(self.f, g[-1].end, v.start()) is not None
        if verb.startswith(("chi dao", "lanh dao")) and speaker is not None and speaker.iri != assigner.iri \
                and not own_directive and not narrated \
                and LEVEL_RANK.get(speaker.level, 0) >= LEVEL_RANK.get(assigner.level, 0):
            # "B chỉ đạo C …" inside A's directive: A gives B the job of directing C
            top = self._assign(s, speaker, [assigner], v.start(), pre_freq=None, chain=False)
            # the directed bodies' task ends with its clause: "…; báo cáo Thủ tướng" is the middle body's
            self._assign(s, assigner, assignees, vp_lo, pre_freq, chained_from=top[0] if top else None,
                         report_hi=self._clause_end(vp_lo, s.end))
            if self.t[:s.end].rstrip().endswith(":"):
                # "… B chỉ đạo C thực hiện một số việc sau:" — the items are C's tasks, under B
                self._remember(assigner, assignees, s)
            else:
                self._remember(speaker, [assigner], s)
            return True
        if not _DEPUTIES_RX.match(self.f, g[0].start):
            self.ctx.speaker = assigner  # deputies raise requests; they do not take over the session
        self._assign(s, assigner, assignees, vp_lo, pre_freq)
        if not narrated:  # the sentences after a narrated direction go on narrating
            self._remember(assigner, assignees, s)
        co = _unique([a.bodies[0] for a in g[1:] if not a.person and a.bodies[0].iri != assigner.iri])
        for other in co:  # "Bộ Chính trị, Ban Bí thư yêu cầu …": each assigns
            self._assign(s, other, [b for b in assignees if b.iri != other.iri], vp_lo, pre_freq)
        self.ctx.co_speakers = co
        return True

    def _topic_head_duty(self, s: Sentence, groups: list[list[Actor]]) -> bool:
        """"Với Bộ Công an, tiếp tục mở các đợt cao điểm …", "Đối với UBND các huyện: …": the body the
        sentence is about gets the duties that follow, from the current speaker."""
        head = _TOPIC_HEAD_RX.match(self.f, s.start, s.end)
        speaker = self.ctx.speaker
        if head is None or speaker is None:
            return False
        run, end = self._assignee_run(head.end(), s.end, groups)
        sep = re.match(r"\s*[,:]\s*", self.t[end:s.end]) if run else None
        if not sep or not self._starts_task(end + sep.end(), s.end):
            return False
        bodies = [b for a in run for b in a.bodies if b.iri != speaker.iri]
        if not bodies:
            return False
        self._assign(s, speaker, bodies, end + sep.end())
        self._remember(speaker, bodies, s)
        return True
