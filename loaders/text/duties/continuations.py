"""Frame 3, a continuation without a subject ("Đồng thời, …", "Giao B …", "Các đơn vị …", "Cấp xã
…"): it inherits the last assignment's assigner and assignees when it is near enough.
"""

from __future__ import annotations

import re

from bomay.loaders.text.duties.facts import Actor
from bomay.loaders.text.duties.helpers import _is_heading
from bomay.loaders.text.duties.patterns import (
    _ANAPHORA_RX,
    _BASIS_LEAD_RX,
    _CONT_ADJUNCT_RX,
    _DISTRIBUTIVE_RX,
    _GIAO_RX,
    _IMPERSONAL_RX,
    _LEAD_RX,
    _LEVEL_SUBJECT_RX,
    _MODAL_RX,
    _NOT_DUTY_RX,
    _OPENER_RX,
    _POINT_HEAD_RX,
    _PREFIX_RX,
    _RESULT_REPORT_RX,
    _VERB_RX,
)
from bomay.loaders.text.duties.speakers import SpeakerFinding
from bomay.loaders.text.duties.tasks import TaskReading
from bomay.loaders.text.duties.words import LIST_HEADING_MAX_WORDS, LOCAL_GOVERNMENT_KINDS
from bomay.loaders.text.lexicon import rx
from bomay.loaders.text.sentences import Sentence
from bomay.textnorm import fold

_AIM_LEAD_RX = rx(r"[\"“(\s]*(?:để|nhằm)\s[^.;:]{3,160}?,\s*(?=(?:giao|yêu cầu|đề nghị)\b)")


class ContinuationFrames(SpeakerFinding, TaskReading):
    """Subject-less sentences continuing the last assignment."""

    def _continuation(self, s: Sentence, groups: list[list[Actor]]) -> None:
        """A sentence without a subject continues the last assignment (its assigner and all its
        assignees): "Đồng thời, …", "Tiếp tục …", "- Rà soát …"; "Giao B …" keeps only the assigner."""
        ctx = self.ctx
        if _is_heading(s):
            return
        m = _OPENER_RX.match(self.f, s.start, s.end)
        pos = m.end() if m else s.start
        if (aim := _AIM_LEAD_RX.match(self.f, pos, s.end)) is not None:
            pos = aim.end()  # "Để phòng dịch hiệu quả, giao UBND các huyện …": the aim, then the request
        timed = self._time_adjunct_end(pos, s.end)  # "Trước ngày 20/12, (các đơn vị) gửi báo cáo …"
        bare_time = None if timed else self._bare_time_before_task(pos, s.end)
        task_lo = pos  # "Định kỳ trước ngày 01/6 và 01/12 hằng năm báo cáo …": the times belong to the task
        pos = timed or bare_time or pos
        g = _GIAO_RX.match(self.f, pos)
        if ctx.last_assigner is None and ctx.speaker is None and not g:
            return
        if g and not self._actor_starting(g.end(), s.end) and _VERB_RX.match(self.f, g.end()) \
                and ctx.last_assigner is not None and ctx.last_assignees and self._near(s):
            # "Yêu cầu gửi báo cáo về Sở KH&ĐT trước ngày …": a request without addressee continues
            self._assign(s, ctx.last_assigner, ctx.last_assignees, g.end(), continues=ctx.last_mandate)
            ctx.last_paragraph = s.paragraph
            return
        if g:
            # "Cùng với đó, giao B …": only the assigner is left out; it is the current one
            run, run_end = self._assignee_run(g.end(), s.end, groups)
            if not run:
                run, run_end = self._anaphora(g.end(), s.end) or ([], g.end())
            givers = ctx.speakers() or ([ctx.last_assigner] if ctx.last_assigner else [])
            if not givers and (owner := self._owner_of([b for a in run for b in a.bodies], given=True)) is not None:
                givers = [owner]  # "Giao Bộ X …" with no speaker named: the Government; "Giao Sở X …": the UBND
                ctx.speaker = owner
            co = ctx.co_speakers
            for giver in givers:
                assignees = [b for a in run for b in a.bodies if b.iri != giver.iri]
                if assignees:
                    self._assign(s, giver, assignees, run_end, continues=ctx.last_mandate)
                    self._remember(giver, assignees, s)
            if givers:
                ctx.co_speakers = co
            return
        if ctx.last_assigner is None or not ctx.last_assignees or not self._near(s):
            return
        each = _DISTRIBUTIVE_RX.match(self.f, s.start, s.end)
        if each and self._starts_task(each.end(), s.end):
            # "Thông báo nêu rõ, từng ngành, từng địa phương chủ động rà soát …": each of the last assignees
            self._assign(s, ctx.last_assigner, ctx.last_assignees, each.end(), continues=ctx.last_mandate)
            ctx.last_paragraph = s.paragraph
            return
        if s.text.rstrip().endswith(":") and len(s.text.split()) <= LIST_HEADING_MAX_WORDS:
            ctx.last_paragraph = s.paragraph  # "- Báo cáo trong dịp nghỉ Lễ:" heads the items below
            return
        result = _RESULT_REPORT_RX.match(self.f, pos, s.end)
        if result and (not groups or groups[0][0].start > result.end()):
            # "Kết quả thực hiện báo cáo về UBND tỉnh trước ngày …": the last assignees report it
            self._assign(s, ctx.last_assigner, ctx.last_assignees, result.end(), continues=ctx.last_mandate)
            ctx.last_paragraph = s.paragraph
            return
        point = _POINT_HEAD_RX.match(self.f, pos, s.end)
        lv_pos = point.end() if point else pos
        if _LEVEL_SUBJECT_RX.match(self.f, lv_pos):
            # "(Về thời gian:) Cấp xã hoàn thành trước ngày 10/6; cấp huyện hoàn thành trước ngày 14/6": each
            # part is a duty of the last assignees of that level
            for part in re.finditer(r"[^;\s][^;]*", self.f[lv_pos:s.end]):
                lvl = _LEVEL_SUBJECT_RX.match(self.f, lv_pos + part.start())
                if not lvl or not self._starts_task(lvl.end(), lv_pos + part.end()):
                    continue
                level = {"xã": "commune", "huyện": "district", "tỉnh": "province"}[lvl.group(1)]
                of_level = [b for b in ctx.last_assignees if b.level == level]
                if of_level:
                    self._assign(s, ctx.last_assigner, of_level, lvl.end(), continues=ctx.last_mandate,
                                 report_hi=lv_pos + part.end())
                    ctx.last_paragraph = s.paragraph
            return
        ana = _ANAPHORA_RX.match(self.f, pos, s.end)
        if ana and self._starts_task(ana.end(), s.end) and not _NOT_DUTY_RX.match(self.f, ana.end(), s.end) \
                and not (groups and groups[0][0].start < ana.end()):
            # "Các đơn vị báo cáo bằng văn bản, gửi về …", "nếu có vướng mắc, các địa phương báo cáo về …": a
            # generic plural as the subject refers back to the last assignees (with "trên": those just listed)
            bodies = ctx.last_group if ana.group(1) and ctx.last_group else ctx.last_assignees
            if fold(ana.group(0)).startswith("cac dia phuong"):
                bodies = [b for b in bodies if b.kind in LOCAL_GOVERNMENT_KINDS]  # localities, not a Sở just named
            if bodies:
                self._assign(s, ctx.last_assigner, bodies, ana.end(), continues=ctx.last_mandate)
                ctx.last_paragraph = s.paragraph
            return
        marked = bool(m and self.f[s.start:m.end()].strip(" “\"‘«("))
        if s.paragraph != ctx.last_paragraph and ctx.last_aim and not marked:
            return  # a new paragraph of plain text after "giao …, với mục tiêu …" elaborates the aim
        if not (_MODAL_RX.match(self.f, pos) or _VERB_RX.match(self.f, pos)):
            lead = _LEAD_RX.match(self.f, s.start, s.end)
            adj = _CONT_ADJUNCT_RX.match(self.f, pos, s.end) or (
                _CONT_ADJUNCT_RX.match(self.f, lead.end(), s.end) if lead is not None else None)
            if adj and adj.end() > pos:
                pos = adj.end()  # "Đối với các nội dung vượt thẩm quyền, chủ động …"
        rest = self.f[pos:s.end]
        if _BASIS_LEAD_RX.match(rest):
            return  # "Thực hiện chỉ đạo của X tại Công văn số …": the basis of what follows, not a task
        lead = _PREFIX_RX.match(rest)
        if not (_MODAL_RX.match(rest) or _VERB_RX.match(rest, lead.end() if lead else 0)) \
                or _NOT_DUTY_RX.match(rest) or (_IMPERSONAL_RX.match(rest) and not marked):
            return  # a bare "Cần …"/"Phải …" (or after an adjunct) states a maxim; "Trong đó, cần …" continues
        if groups and groups[0][0].start == pos:
            return
        self._assign(s, ctx.last_assigner, ctx.last_assignees, task_lo if bare_time else pos,
                     continues=ctx.last_mandate)
        ctx.last_paragraph = s.paragraph
