"""Frame 2, a duty of the subject under the current assigner: ``ASSIGNEE(S) cần|phải|có trách
nhiệm|VERB TASK``; also a district or commune named as the subject, meaning its UBND.
"""

from __future__ import annotations

import re

from bomay.loaders.text.bodies import Plural
from bomay.loaders.text.duties.facts import Actor, MandateFact, _whole
from bomay.loaders.text.duties.helpers import _is_heading_start, _skip
from bomay.loaders.text.duties.patterns import (
    _ALSO_RX,
    _ASSIGN_RX,
    _CHAIN_RX,
    _COMMA_RX,
    _FUTURE_RX,
    _ISSUED_RX,
    _LEADERS_OF_RX,
    _MEETING_REPORT_RX,
    _MODAL_RX,
    _NARRATED_DAY_RX,
    _NOT_DUTY_RX,
    _ON_AREA_RX,
    _OPENER_RX,
    _PAREN_RX,
    _PAST_OPENER_RX,
    _PRESENTED_RX,
    _QUALIFIER_RX,
    _RELATIVE_RX,
    _REPORT_RX,
    _ROLE_APPOSITION_RX,
    _SPEAKER_RX,
    _TOLD_LEAD_RX,
    _VAGUE_TAIL_RX,
    _VERB_RX,
    _WHEN_CLAUSE_RX,
    _WORKING_SESSION_RX,
)
from bomay.loaders.text.duties.speakers import SpeakerFinding
from bomay.loaders.text.duties.tasks import TaskReading
from bomay.loaders.text.duties.words import LEVEL_RANK
from bomay.loaders.text.lexicon import rx
from bomay.loaders.text.places import Place
from bomay.loaders.text.sentences import Sentence
from bomay.textnorm import fold

# a body taking over another's functions in a restructure ("Sở Y tế tiếp nhận chức năng …", "… tiếp nhận nhiệm vụ")
_TAKES_OVER_RX = rx(r"\s*(?:(?:sẽ|được|dự kiến) )?tiếp nhận (?:thêm |toàn bộ |các )?"
                    r"(?:chức năng|nhiệm vụ|quản lý nhà nước)")
_GIVEN_RX = rx(r"\s*((?:vừa|đã|cũng) )?(được (?:giao|phân công|yêu cầu))\b")  # "Sở X vừa được giao …, báo cáo …"
_NUMBERED_RX = re.compile(r"\s*(?:số\s*)?\d+\s*/")  # a document's number: it has been issued
# "Kinh tế đô thị do Sở KH-ĐT chủ trì": the body that leads an item of a list, and where the item starts
_LED_BY_RX = re.compile(r"(?<!\w)do ")
_LEADS_RX = re.compile(r"\s*(?:chủ trì|phụ trách|chịu trách nhiệm)(?!\w)")
_ITEM_START_RX = re.compile(r"(?:[,;:]|\bbao gồm\b|\bgồm\b)\s*(?!.*[,;:])", re.S)


class SubjectFrames(SpeakerFinding, TaskReading):
    """Duties of a sentence's subject under the current assigner."""

    def _duty_of_subject(self, s: Sentence, g: list[Actor]) -> bool:
        speaker = self.ctx.speaker
        if speaker is None and (not _REPORT_RX.search(self.f, g[-1].end, s.end)
                                or _MODAL_RX.match(self.f, g[-1].end, s.end)
                                or _GIVEN_RX.match(self.f, _skip(self.f, g[-1].end), s.end)) \
                and not _FUTURE_RX.match(self.f, _skip(self.f, g[-1].end), s.end):
            # no speaker named yet: "Sở X có trách nhiệm …" is its People's Committee's, which speaks from here on;
            # a report alone stays a report, "X sẽ …" describes a plan
            speaker = self.ctx.speaker = self._owner_of([b for a in g for b in a.bodies])
        if speaker is None:
            return False
        run, run_end = self._assignee_run(g[0].start, s.end, self._groups(self._actors(s)))
        run_end = self._past_area(run_end, s.end)  # "… các đoàn thể trên địa bàn cần …"
        if len(run) > len(g) and run[:len(g)] == g and (self._starts_task(run_end, s.end)
                                                        or re.fullmatch(r"\s*:\s*", self.t[run_end:s.end])):
            g = run  # "Sở Y tế, các thành viên Ban Chỉ đạo tỉnh, UBND các huyện … tăng cường": one listed subject
        pos = g[-1].end
        paren = _PAREN_RX.match(self.t, pos, s.end)
        if paren:
            pos = paren.end()
        q = _QUALIFIER_RX.match(self.f, pos)
        if q:
            pos = q.end()
        pos = self._past_area(pos, s.end)  # "Sở Y tế trên địa bàn tỉnh cần …"
        role = _ROLE_APPOSITION_RX.match(self.f, pos, s.end)
        if role:
            comma = _COMMA_RX.match(self.f, role.end(), s.end)
            after = comma.end() if comma else role.end()
            if self._starts_task(after, s.end) or self._helped(after, s.end):
                pos = after  # "Sở X là cơ quan thường trực, có trách nhiệm …": the role set off before the task
        helped = self._helped(pos, s.end)
        if helped is not None:
            pos = helped  # "Sở X giúp UBND tỉnh theo dõi …": the task is X's
        relative = _RELATIVE_RX.match(self.f, pos, s.end)
        if relative and not self._starts_task(pos, s.end) and self._urgent_task(relative.end(), s.end) \
                and not _ASSIGN_RX.search(self.f, pos, relative.end()):
            pos = relative.end()  # "Các bộ đến nay chưa có báo cáo …, khẩn trương gửi …": those the clause picks out
        colon = re.match(r"\s*[:;]\s*", self.t[pos:s.end])
        if colon and self._starts_task(pos + colon.end(), s.end):
            pos += colon.end()  # "Tất cả các sở, ngành; Báo cáo kịp thời …": a headed duty
        elif colon and colon.group(0).strip() == ":":
            # "- Các Bộ: Quốc phòng, Công an, …": the enumerated members are the subjects
            run, run_end = self._assignee_run(pos + colon.end(), s.end, self._groups(self._actors(s)))
            if not run and not self.t[pos + colon.end():s.end].strip() and _is_heading_start(self.f, s, g[0].start):
                # "- Sở Y tế:" heading the items below: they are its duties (continuation)
                self._remember(speaker, [b for a in g for b in a.bodies if b.iri != speaker.iri], s)
                return True
            if not run:
                return False
            g, pos = run, run_end
        if len(g) > 1 or self._parallel_item_follows(g[-1], s.end):
            pos = self._past_unnamed_members(pos, s.end)
        vague_tail = _VAGUE_TAIL_RX.match(self.f, pos, s.end)
        if vague_tail and self._starts_task(vague_tail.end(), s.end):
            pos = vague_tail.end()  # "UBND các xã, thị trấn, các cơ quan liên quan tăng cường …": the named ones act
        comma = re.match(r",\s*", self.t[pos:s.end])
        if comma and _VERB_RX.match(self.f, pos + comma.end()):
            pos += comma.end()  # "UBND các xã, phường, vận động nhân dân …": a comma before the verb
        elif len(g) > 1 and comma and not self._starts_task(pos, s.end):
            pos = self._past_to_urged_task(pos, s.end)
        rest = self.f[pos:s.end]
        if (given := _GIVEN_RX.match(rest)) is not None and given.group(1):
            pos += given.start(2)  # "Sở X vừa được giao …": the passive duty, its adverb aside
            rest = self.f[pos:s.end]
        if _WORKING_SESSION_RX.match(rest) and _NARRATED_DAY_RX.match(self.f, s.start, s.end):
            return False  # "Sáng 10/7, Đoàn công tác … làm việc với …": a session reported (its host speaks), no duty
        issued = _ISSUED_RX.match(rest)
        if issued and (_NARRATED_DAY_RX.match(self.f, s.start, s.end)
                       or _NUMBERED_RX.match(rest, issued.end())):  # "… ban hành Thông báo số 593/TB-VPCP": issued
            # "Ngày 25/02/2021, Chủ tịch UBND tỉnh ban hành Công văn …": a document issued, no duty; its issuer speaks
            # in the lines after it, unless an office only conveys a leader's direction ("Văn phòng Trung ương Đảng")
            issuer = g[0].bodies[0]
            if not fold(issuer.name).startswith("van phong"):
                self.ctx.speaker = issuer
            return True
        if _PRESENTED_RX.match(rest) and _MEETING_REPORT_RX.match(self.f, s.start):
            self.ctx.meeting_report_paragraph = s.paragraph  # "Tại buổi làm việc, X đã báo cáo tiến độ …"
        if _NOT_DUTY_RX.match(rest) or _PAST_OPENER_RX.match(self.f, s.start, g[0].start):
            return False  # "Năm qua, Công an tỉnh phối hợp … tổ chức diễn tập": what was done, not a duty
        if _TAKES_OVER_RX.match(rest):
            return False  # "…; Sở Y tế tiếp nhận chức năng quản lý về bảo trợ xã hội": a restructure, not a duty
        if _NARRATED_DAY_RX.match(self.f, s.start, g[0].start) and not _MODAL_RX.match(rest):
            return False  # "Chiều ngày 11/3, Tỉnh đoàn phối hợp … tổ chức giao lưu": an event of that day, not a duty
        cue = _SPEAKER_RX.match(self.f, pos, s.end)
        if cue and re.match(r"[^.;:]{0,40}:", self.t[cue.end():s.end]):
            return False  # "… X chỉ đạo một số nội dung trọng tâm sau: …": X takes the floor (speaker cues below)
        initial = bool(_OPENER_RX.fullmatch(self.f, s.start, g[0].start))
        if not self._starts_task(pos, s.end, future=initial):
            return False  # "sẽ …" is a duty only for a subject opening its sentence, not inside a condition
        if _PRESENTED_RX.match(self.f, pos, s.end):
            if _MEETING_REPORT_RX.match(self.f, s.start):
                self.ctx.meeting_report_paragraph = s.paragraph
                return False  # "Tại hội nghị, các ban, ngành báo cáo kết quả …": what was presented, not a duty
            opener = _OPENER_RX.match(self.f, s.start, g[0].start)
            also = _ALSO_RX.match(self.f, pos, s.end) is not None
            if s.paragraph == self.ctx.meeting_report_paragraph and initial and opener is not None \
                    and (opener.end() > s.start or also):
                return False  # "…. Đồng thời, Ban Pháp chế báo cáo …", "Hội X cũng báo cáo …": presented there too
        subjects = self._resolve_vague([b for a in g for b in a.bodies if b.iri != speaker.iri], speaker, s)
        if not subjects or (g[0].person and not g[0].head):
            return False
        if any(LEVEL_RANK.get(b.level, 0) > LEVEL_RANK.get(speaker.level, 0) for b in subjects):
            return False
        vp_lo = pos
        chain = _CHAIN_RX.match(self.f, _skip(self.f, vp_lo))
        if chain and self._actor_at(chain.end()):
            top = self._assign(s, speaker, subjects, vp_lo, chain=False, subject=True)
            for i, subject in enumerate(subjects):  # "Sở A, Sở B chỉ đạo C …": each directs C
                self._chain_at(s, subject, chain.end(), top[i] if i < len(top) else None)
        else:
            self._assign(s, speaker, subjects, vp_lo, subject=True)
        for other in self.ctx.co_speakers:  # "Bộ Chính trị, Ban Bí thư yêu cầu …. Các tỉnh ủy … tập trung …": each asks
            self._assign(s, other, [b for b in subjects if b.iri != other.iri], vp_lo, subject=True)
        self._remember(speaker, subjects, s)
        return True

    def _past_area(self, pos: int, hi: int) -> int:
        """Past "trên địa bàn (tỉnh)" at ``pos`` when the subjects' task follows it: the area they work in."""
        area = _ON_AREA_RX.match(self.f, pos, hi)
        return area.end() if area and self._starts_task(area.end(), hi) else pos

    def _place_subject(self, s: Sentence, levels: tuple[str, ...] = ("district", "commune")) -> Actor | None:
        """"Riêng TP Thủ Đức cần …": a district or commune named as the subject means its UBND (with
        ``levels`` including the province: "Tỉnh yêu cầu B …", the province speaking through its UBND)."""
        m = _OPENER_RX.match(self.f, s.start, s.end)
        pos = m.end() if m else s.start
        told = _TOLD_LEAD_RX.match(self.f, pos, s.end)
        pos = told.end() if told else pos  # "Thông tin từ UBND tỉnh cho biết, tỉnh đã chỉ đạo …"
        when = _WHEN_CLAUSE_RX.match(self.f, pos, s.end)
        pos = when.end() if when else pos  # "Khi có cháy rừng, các xã …"
        leaders = _LEADERS_OF_RX.match(self.f, pos, s.end) if "province" in levels else None
        if leaders:  # "(Bên cạnh đó,) lãnh đạo tỉnh (cũng) chỉ đạo …": the place's leadership, through its UBND
            place, end = self.finder.place(leaders.end(), allow_bare_name=False)
            place = self.finder.resolve_place(place) if place == "home" else place
            if isinstance(place, Place):
                return Actor(pos, end, [self.finder.namer.people_committee(place)], person=True)
        place, end = self.finder.place(pos, allow_bare_name=False)
        if place == "home" and "province" in levels:
            place = self.finder.resolve_place(place)  # "Tỉnh …", "Thành phố …": the document's own unit
        if isinstance(place, Place) and place.level in levels and end > pos:
            return Actor(pos, end, [self.finder.namer.people_committee(place)])
        by = self.ctx.speaker or self.ctx.last_assigner
        if isinstance(place, Plural) and place.level in levels and by is not None and self.f.startswith("các", pos):
            units = self.finder.addressed_units(pos, by)  # "Các xã, thị trấn báo cáo …": their People's Committees
            if units is not None:
                return Actor(pos, units[1], [units[0]])
        return None

    def _led_items(self, s: Sentence, actors: list[Actor]) -> None:
        """"… các đề án nhánh, bao gồm: Kinh tế đô thị do Sở KH-ĐT chủ trì, Văn hóa đô thị do Sở VH-TT chủ trì": each
        body leads the item written before it, a duty from the body speaking (or the one its kind belongs to)."""
        for m in _LED_BY_RX.finditer(self.f, s.start, s.end):
            actor = next((a for a in actors if a.start == m.end() and not a.named), None)
            if actor is None or not _LEADS_RX.match(self.f, actor.end, s.end):
                continue
            body = actor.bodies[0]
            giver = self.ctx.speaker or self._owner_of([body], given=True)
            if giver is None or giver.iri == body.iri or body.collective or any(
                    f.sentence.start == _whole(s).start and f.assignee.iri == body.iri for f in self.mandates):
                continue
            item = _ITEM_START_RX.search(self.t, s.start, m.start())
            lo = item.end() if item else s.start
            task = self.t[lo:m.start()].strip(" ,;:")
            if not task or len(task.split()) > 12:
                continue  # "… do Sở X chủ trì" after a long clause is that clause's own frame
            self.mandates.append(MandateFact(_whole(s), giver, body, task, lo, lo + len(task), "chủ trì", None))

