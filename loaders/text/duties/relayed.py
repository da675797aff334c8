"""Directions relayed by another voice: an office conveying a leader's conclusion, a heading naming
whose directions follow ("Ý kiến chỉ đạo của Bí thư Tỉnh ủy: …"), and a person speaking "thay
mặt" a body. Each hands the sentence to the explicit or the continuation frame.
"""

from __future__ import annotations

import re

from bomay.loaders.text.duties.continuations import ContinuationFrames
from bomay.loaders.text.duties.explicit import ExplicitFrames
from bomay.loaders.text.duties.facts import Actor, Clause, _whole
from bomay.loaders.text.duties.helpers import _subgroups
from bomay.loaders.text.duties.patterns import (
    _APPOSED_NAME_RX,
    _CONVEY_RX,
    _DIRECTION_HEAD_RX,
    _GIAO_RX,
    _ON_BEHALF_RX,
    _OPENER_RX,
    _REQUEST_LEAD_RX,
    _TITLE_APPOSED_RX,
)
from bomay.loaders.text.people import person_name_at
from bomay.loaders.text.sentences import Sentence


class RelayedSpeech(ExplicitFrames, ContinuationFrames):
    """Directions conveyed, headed or given on behalf of a body."""

    def _conveyed(self, s: Sentence, groups: list[list[Actor]]) -> bool:
        """"Văn phòng X thông báo ý kiến kết luận của Phó Chủ tịch UBND tỉnh …": the leader's body
        speaks (the office only conveys), and assigns when a verb follows the leader."""
        m = _CONVEY_RX.search(self.f, s.start, s.end)
        if m is None:
            return False
        grp = next((g for g in _subgroups(groups) if g[0].start == m.end()), None)
        if grp is None:
            return False
        if any(g[0].start > grp[0].end and self._at_subject_position(s, g[0].start)
               and self._assign_verb_after(g[-1].end, s.end) for g in _subgroups(groups)):
            return False  # "Trong khi chờ Thông báo kết luận của Thủ tướng(, …), Chủ tịch UBND tỉnh yêu cầu …"
        self.ctx.speaker = grp[0].bodies[0]
        v = self._assign_verb_after(grp[-1].end, s.end)
        if v is not None:
            self._explicit(s, grp[:1], v, groups)
        return True

    def _direction_heading(self, s: Sentence, actors: list[Actor]) -> bool:
        """"Ý kiến chỉ đạo của Bí thư Tỉnh ủy: (…, vì vậy) đề nghị UBND tỉnh …": the leader named in the heading
        speaks; the request after the colon, with no subject of its own, is theirs."""
        head = _DIRECTION_HEAD_RX.match(self.f, s.start, s.end)
        if head is None:
            return False
        actor = next((a for a in actors if a.start == head.end()), None)
        colon = re.match(r"\s*:\s*", self.t[actor.end:s.end]) if actor is not None else None
        if actor is None or colon is None:
            return False
        self.ctx.speaker = actor.bodies[0]
        lo = actor.end + colon.end()
        request = None
        for v in _GIAO_RX.finditer(self.f, lo, s.end):
            before = self.f[lo:v.start()]
            if v.start() == lo or _REQUEST_LEAD_RX.search(before):
                request = v
            break
        if request is None or not self._actor_starting(request.end(), s.end):
            return True  # the heading only names who speaks; the lines below carry the duties
        self._continuation(Clause(s.index, request.start(), s.end, self.t[request.start():s.end], s.paragraph,
                                  _whole(s)), self._groups(self._actors(s)))
        return True

    def _on_behalf(self, s: Sentence, actors: list[Actor], groups: list[list[Actor]]) -> bool:
        """"Thay mặt Thường trực HĐND tỉnh, bà NAME đề nghị UBND tỉnh …": whoever speaks, the body named after
        "thay mặt" (on behalf of) is the assigner."""
        m = _ON_BEHALF_RX.search(self.f, s.start, s.end)
        if m is None or not _OPENER_RX.fullmatch(self.f, s.start, m.start()):
            return False
        body = next((a for a in actors if a.start == m.end() and not a.person), None)
        name = _APPOSED_NAME_RX.match(self.f, body.end, s.end) if body is not None else None
        name_end = person_name_at(self.t, name.end()) if name else None
        if body is None or not name_end:
            return False
        title = _TITLE_APPOSED_RX.match(self.f, name_end, s.end)  # "…, bà NAME, Phó Chủ tịch HĐND tỉnh, đề nghị"
        v = self._assign_verb_after(title.end() if title else name_end, s.end)
        return bool(v and self._explicit(s, [body], v, groups))
