"""Who receives a report: the bodies (or their heads) after "báo cáo", "gửi", "cho", "về", with the
report's topic and frequency, also when the recipient is written after a purpose, a proposal or a
later send. Separate from ``reporting.py``, which decides which "báo cáo" is an obligation.
"""

from __future__ import annotations

import re

from bomay.loaders.text.bodies import BARE_TYPE_WORD_RX
from bomay.loaders.text.deadlines import FREQUENCY_RX, Frequency, find_deadline, frequency_at
from bomay.loaders.text.duties.actors import ActorFinding
from bomay.loaders.text.duties.helpers import _skip, _unique
from bomay.loaders.text.duties.task_patterns import (
    _ALONGSIDE_RX,
    _ALSO_SEND_RX,
    _AS_PRESCRIBED_RX,
    _BARE_HEAD_RX,
    _COMPILER_RX,
    _GIAO_CHO_RX,
    _LATE_PROPOSAL_RX,
    _LATE_SEND_RX,
    _MANNER_ONLY_RX,
    _PURPOSE_RX,
    _RECIPIENT_HONORIFIC_RX,
    _REPORT_SEND_RX,
    _REPORT_TARGET_RX,
    _SELF_HEAD_RX,
    _SEND_BEFORE_RX,
    _SEND_CLAUSE_RX,
    _SENT_TAIL_RX,
    _SHARED_HEAD_RX,
    _STOP_RX,
    _THROUGH_FOR_RX,
    _THROUGH_RX,
)
from bomay.loaders.text.lexicon import match_form
from bomay.loaders.text.naming import Body
from bomay.loaders.text.places import Place
from bomay.textnorm import fold

# (on the text) a capitalised name of one to five words, then "và" or a comma: a recipient no table knows
_UNKNOWN_FIRST_RX = re.compile(r"[A-ZĐÀ-Ỹ][^\s,.;:()]*(?: [^\s,.;:()]+){0,4}? *(?:,|và) +")


class RecipientFinding(ActorFinding):
    """The recipients, topic and frequency of a report."""

    def _recipients_at(self, pos: int, hi: int) -> tuple[list[Body], int]:
        """Recipients starting at ``pos``: bodies or the people who head them ("Chủ tịch UBND tỉnh",
        "Thủ tướng Chính phủ"), joined by "," or "và"; "cho đồng chí Bí thư …" names the same head."""
        shared = _SHARED_HEAD_RX.match(self.f, pos, hi)
        if shared and self._actor_starting(shared.end(), hi):
            pos = shared.end()  # "báo cáo Chủ tịch hoặc Phó Chủ tịch UBND tỉnh": both heads of one body
        honorific = _RECIPIENT_HONORIFIC_RX.match(self.f, pos, hi)
        after = honorific.end() if honorific else pos
        if honorific and (self._actor_starting(after, hi) or _BARE_HEAD_RX.match(self.f, after, hi)):
            pos = after
        actor = self._actor_starting(pos, hi)
        if actor is None:
            bare = _BARE_HEAD_RX.match(self.f, pos, hi)
            if bare and self.ctx.speaker is not None:
                return [self.ctx.speaker], bare.end()  # "báo cáo đầy đủ cho Bí thư": the head of the speaking body
            unit = BARE_TYPE_WORD_RX.match(self.f, pos, hi)  # "báo cáo tỉnh"
            if unit is not None and not self.t[unit.end():unit.end() + 2].strip()[:1].isupper():
                found, _end = self.finder.place(pos, allow_bare_name=False)
                place = self.finder.resolve_place(found)
                if isinstance(place, Place):  # "báo cáo tỉnh tháo gỡ": the province, through its People's Committee
                    return [self.finder.namer.people_committee(place)], unit.end()
            own = _SELF_HEAD_RX.match(self.f, pos, hi)
            giver = self._giver
            if own and giver is not None and fold(giver.name).startswith(fold(own.group(1))):
                note = re.match(r"\s*\([^()]{0,120}\)", self.t[own.end():hi])  # "về Bộ (qua Vụ X)": one recipient
                return [giver], own.end() + (note.end() if note else 0)  # "gửi về Bộ trước …": the ministry asking
            unknown = _UNKNOWN_FIRST_RX.match(self.t, pos, hi)
            if unknown and self._actor_starting(unknown.end(), hi) is not None:
                # "báo cáo kết quả về Thanh tra Bộ và Chủ tịch UBND tỉnh": a first recipient the grammar cannot name,
                # the named ones after it still receive the report
                return self._recipients_at(unknown.end(), hi)
            return [], pos
        bodies = list(actor.bodies)
        end = actor.end
        # a note in brackets after a recipient does not end the list: "về Sở X (Văn phòng Ban Chỉ huy), UBND tỉnh"
        while (j := re.match(r"\s*(?:\([^()]{0,120}\))?\s*(?:,|và|đồng thời)\s*", self.t[end:hi])) \
                and (nxt := self._actor_starting(end + j.end(), hi)):
            bodies.extend(nxt.bodies)
            end = nxt.end
        return _unique(bodies), end

    def _report_target(self, pos: int, hi: int) -> tuple[list[Body], str, Frequency | None]:
        k = _skip(self.f, pos)
        alongside = _ALONGSIDE_RX.match(self.f, k, hi)
        if alongside and self._recipients_at(alongside.end(), hi)[0]:
            k = alongside.end()  # "báo cáo, đề xuất Thủ tướng Chính phủ": the report goes with the proposal
        intro = _REPORT_TARGET_RX.match(self.f, k, hi)
        recipients, end = self._recipients_at(intro.end() if intro else k, hi)
        if recipients:
            freq = None
            fm = FREQUENCY_RX.match(self.f, _skip(self.f, end))
            if fm:
                freq = frequency_at(self.t, fm)
                end = fm.end()
            tail_end = min(x for x in (self._stop(end, hi), hi))
            dl = find_deadline(self.t, self.f, end, tail_end, self.year)
            if dl is not None:
                tail_end = min(tail_end, dl.start)
            about = self.t[end:tail_end].strip(" ,;.")
            if about and FREQUENCY_RX.fullmatch(self.f[end:tail_end].strip(" ,;.")):
                about = ""
            about = re.sub(r"^(?:về|kết quả về)\s+", "", about) if about.startswith("về ") else about
            about = _SENT_TAIL_RX.split(about)[0].strip(" ,;.")
            if _AS_PRESCRIBED_RX.fullmatch(match_form(about)):
                about = ""  # "báo cáo X theo quy định": no topic
            also = _ALSO_SEND_RX.search(self.f, end, hi)
            if also and not _PURPOSE_RX.search(self.f, end, also.start()):
                # "báo cáo UBND tỉnh; đồng thời gửi Bộ Tài chính": a copy sent on is reported too
                more, _more_end = self._recipients_at(also.end(), hi)
                recipients = _unique([*recipients, *more])
            return recipients, about, freq
        through = _THROUGH_RX.match(self.f, k, hi)
        if through:
            # "báo cáo thông qua Sở Tài chính để Chủ tịch UBND tỉnh chỉ đạo": the report is for the latter
            _via, via_end = self._recipients_at(through.end(), hi)
            purpose = _THROUGH_FOR_RX.match(self.f, via_end, hi) if _via else None
            if purpose:
                bodies, _end = self._recipients_at(purpose.end(), hi)
                if bodies:
                    return bodies, "", None
        stop = self._stop(k, hi)
        purpose = _PURPOSE_RX.search(self.f, k, stop)
        if purpose:
            stop = purpose.start()
        other = _GIAO_CHO_RX.search(self.f, k, stop)
        if other:
            stop = other.start()  # "báo cáo việc thực hiện nhiệm vụ … giao cho X": X receives the tasks
        for t in _REPORT_SEND_RX.finditer(self.f, k, stop):
            bodies, b_end = self._recipients_at(t.end(), hi)
            if bodies:
                about = self.t[k:t.start()].strip(" ,;.")
                if _MANNER_ONLY_RX.fullmatch(self.f, k, t.start()):
                    about = ""  # "báo cáo nhanh, đầy đủ về X": how, not what
                freq = None
                fm = FREQUENCY_RX.match(self.f, _skip(self.f, b_end))
                if fm:
                    freq = frequency_at(self.t, fm)
                return bodies, about, freq
        for late in _LATE_PROPOSAL_RX.finditer(self.f, k, stop):
            # "báo cáo diễn biến sạt lở và đề xuất UBND tỉnh chỉ đạo …": the report goes with the proposal
            bodies, _end = self._recipients_at(late.end(), hi)
            if bodies:
                return bodies, self.t[k:late.start()].strip(" ,;."), None
        if purpose:
            # "nộp báo cáo … để Sở Kế hoạch và Đầu tư tổng hợp": the body that compiles receives it
            bodies, b_end = self._recipients_at(purpose.end(), hi)
            if bodies and _COMPILER_RX.match(self.f, b_end, hi):
                return bodies, self.t[k:purpose.start()].strip(" ,;."), None
        nxt = re.match(r";\s*", self.t[stop:hi]) if stop < hi else None
        send = _SEND_CLAUSE_RX.match(self.f, stop + nxt.end(), hi) if nxt else None
        if send:
            # "tổng hợp báo cáo tình hình …; gửi Sở NN&PTNT trước ngày …"
            bodies, _end = self._recipients_at(send.end(), hi)
            if bodies:
                return bodies, self.t[k:stop].strip(" ,;."), None
        end = self.f.find(";", k, hi)
        end = hi if end == -1 else end
        for late in _LATE_SEND_RX.finditer(self.f, stop, end):
            # "báo cáo …, đồng thời, đề xuất …, gửi UBND tỉnh, Thường trực Tỉnh ủy trước …": the deliverables go to X
            if _PURPOSE_RX.search(self.f, stop, late.start()):
                break
            bodies, _end = self._recipients_at(late.end(), hi)
            if bodies:
                return bodies, self.t[k:stop].strip(" ,;."), None
        return [], "", None

    def _stop(self, pos: int, hi: int) -> int:
        m = _STOP_RX.search(self.f, pos, hi)
        return m.start() if m else hi

    def _clause_end(self, lo: int, hi: int) -> int:
        semi = self.f.find(";", lo, hi)
        return semi if semi != -1 else hi

    def _sent_to_before(self, lo: int, at: int) -> Body | None:
        """The body a report is sent to when written before it: "gửi (về) X báo cáo …"."""
        for m in self.mentions:
            if lo <= m.start and _skip(self.f, m.end) == at and _SEND_BEFORE_RX.search(self.f, max(lo, m.start - 12),
                                                                                       m.start):
                return m.body
        return None
