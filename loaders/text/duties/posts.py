"""People and the posts they hold: which body a titled person speaks for (ex officio, several posts,
a council's session), later references to a person by name, and the end of a name or title
written after a body. Separate from ``actors.py``, which places these people among a sentence's
bodies.
"""

from __future__ import annotations

from bomay.loaders.text.duties.helpers import _skip, _standing_board_of
from bomay.loaders.text.duties.patterns import (
    _APPOSED_NAME_RX,
    _DEMONSTRATIVE_RX,
    _PAREN_RX,
    _REF_LEAD_RX,
    _SESSION_RX,
    _TERM_RX,
    _TITLE_TAIL_RX,
)
from bomay.loaders.text.duties.state import DutyState
from bomay.loaders.text.lexicon import match_form
from bomay.loaders.text.naming import PARTY_KINDS, Body, belongs_to
from bomay.loaders.text.people import Post, person_name_at
from bomay.loaders.text.sentences import Sentence


class PostReading(DutyState):
    """Which body a person speaks for, and where a person's name or title ends."""

    def _find_person_refs(self) -> list[tuple[int, int, Body]]:
        """Later references to a titled person by name ("Ông Nguyễn Văn A", "ông A"): the body
        of the person's last stated post."""
        by_name: dict[str, Body] = {}
        for p in sorted(self.posts, key=lambda p: p.start):
            by_name[p.person] = self._ex_officio(p)
        refs: list[tuple[int, int, Body]] = []
        if not by_name:
            return refs
        covered = [(p.start, p.end) for p in self.posts]
        for name, body in by_name.items():
            for form, needs_honorific in ((match_form(name), False), (match_form(name.split()[-1]), True)):
                start = self.f.find(form)
                while start != -1:
                    end = start + len(form)
                    lead = _REF_LEAD_RX.search(self.f, max(0, start - 30), start)
                    if lead is not None and lead.start() == start:
                        lead = None  # nothing before the name
                    bounded = (end == len(self.f) or not self.f[end].isalnum()) \
                        and (start == 0 or not self.f[start - 1].isalnum())
                    if bounded and (lead or not needs_honorific):
                        ref_start = lead.start() if lead else start
                        inside_name = any(m.start <= start < m.end and m.end > end for m in self.mentions)
                        # "Thủ tướng Chính phủ" is no reference to a person named "… Chính"
                        if not inside_name and not any(a <= ref_start < b or a <= start < b for a, b in covered):
                            refs.append((ref_start, end, body))
                    start = self.f.find(form, end)
        refs.sort()
        out: list[tuple[int, int, Body]] = []
        for r in refs:  # a full name and its given name found at the same place: keep the longer
            if out and r[0] < out[-1][1]:
                continue
            out.append(r)
        return out

    def _ex_officio(self, post: Post) -> Body:
        body = post.body
        if body.kind == "party_committee" and post.role in ("bi-thu", "pho-bi-thu", "pho-bi-thu-thuong-truc"):
            board = f"Ban Thường vụ {body.name}"
            if board in self.standing_boards:
                return _standing_board_of(body, board, self.mentions)
            if post.role == "pho-bi-thu-thuong-truc":
                # the standing deputy secretary runs the committee's standing members and speaks for them
                return self.finder.namer.standing_members(body)
        return body

    def _senior_post(self, bodies: list[Body]) -> Body:
        """The body a person with several posts speaks for outside a meeting of one of them: the last post
        written ("Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh": the UBND), except that a party secretary who also
        chairs the People's Council speaks as secretary ("Bí thư Đảng ủy, Chủ tịch HĐND xã"), and as the secretary
        of the council's own level: a seat on the Central Committee ("Ủy viên dự khuyết Trung ương Đảng, Phó Bí thư
        Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh") is no capacity to speak in at a provincial meeting."""
        last = bodies[-1]
        if last.kind in ("peoples_council", "peoples_council_standing"):
            party = [b for b in bodies if b.kind in PARTY_KINDS]
            return next((b for b in party if b.level == last.level), party[0] if party else last)
        return last

    def _council_at_session(self, s: Sentence, bodies: list[Body]) -> Body | None:
        """"Phát biểu bế mạc Kỳ họp, ông X, Bí thư Huyện ủy, Chủ tịch HĐND huyện …": at a council's session its
        chair speaks for the council."""
        if not _SESSION_RX.search(self.f, s.start, s.end):
            return None
        return next((b for b in bodies if b.kind == "peoples_council"), None)

    def _in_lineage(self, body: Body) -> bool:
        """``body`` is the current speaker or one of the bodies it belongs to (Thường trực → Ban
        Thường vụ → Thành ủy)."""
        return belongs_to(self.ctx.speaker, body)

    def _after_name(self, pos: int, hi: int) -> int:
        """Past the rest of a title and a person's name ("Phó Thủ tướng thường trực NAME …"), or a
        body's term ("Thường trực HĐND huyện khóa XI, nhiệm kỳ 2016-2021 họp …")."""
        paren = _PAREN_RX.match(self.t, pos, hi)
        if paren:
            pos = paren.end()  # "Sở Nội vụ (cơ quan thường trực Ủy ban bầu cử tỉnh) đề nghị …"
        term = _TERM_RX.match(self.f, pos, hi)
        if term:
            return term.end()
        appo = _APPOSED_NAME_RX.match(self.f, pos, hi)
        if appo:
            name_end = person_name_at(self.t, appo.end())
            if name_end and self.t[name_end:name_end + 1] == ",":
                return name_end + 1  # "Phó Bí thư Thành ủy, ông NAME, có chỉ đạo …"
        name = _TITLE_TAIL_RX.match(self.f, pos, hi)
        if name:
            name_end = person_name_at(self.t, _skip(self.f, name.end()))
            if name_end:
                return name_end
        if (this := _DEMONSTRATIVE_RX.match(self.f, pos, hi)) is not None:
            return this.end()  # "UBND thành phố này yêu cầu …"
        return pos
