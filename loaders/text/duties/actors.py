"""The actors of a sentence: the bodies it names and the people who act for them, how they join into
lists, and whether one stands where a subject stands (after an opener, an adjunct or a speech
verb, not among partners or objects). Every frame starts from these.
"""

from __future__ import annotations

import re

from bomay.loaders.text.bodies import Mention
from bomay.loaders.text.duties.facts import Actor
from bomay.loaders.text.duties.helpers import _trim_end
from bomay.loaders.text.duties.patterns import (
    _ADJUNCT_RX,
    _ASSEMBLY_HEAD_RX,
    _ASSIGN_RX,
    _BACK_REF_RX,
    _DATE_LEAD_RX,
    _DEPUTIES_RX,
    _DOC_OF_LEAD_RX,
    _GAP_ADVERBS_RX,
    _GOV_HEAD_RX,
    _HEAD_BEFORE_RX,
    _HEARD_RX,
    _HONORIFIC_OPENER_RX,
    _JOIN_RX,
    _LEAD_RX,
    _OBJECT_LIST_RX,
    _OCCASION_LEAD_RX,
    _OPENER_RX,
    _OPINIONS_OF_RX,
    _PARTNER_LIST_RX,
    _PARTNERS_HEAD_RX,
    _POWER_RX,
    _PREFIX_DUTY_RX,
    _SOURCE_TAG_RX,
    _SPEECH_END_RX,
    _STANDING_DEPUTY_RX,
    _TITLE_START_RX,
    _TRAILING_HONORIFIC_RX,
    _UNTITLED_PERSON_RX,
    _VERB_RX,
)
from bomay.loaders.text.duties.posts import PostReading
from bomay.loaders.text.naming import Body, belongs_to
from bomay.loaders.text.people import Post
from bomay.loaders.text.places import Place
from bomay.loaders.text.sentences import Sentence

_NAME_SYLLABLE_RX = re.compile(r"[^\W\d_]+")
_NUMBER_BEFORE_SEMICOLON_RX = re.compile(r"\d+/[\w/&.-]+\s*;\s*$")  # "… Kế hoạch số 31/KH-UBND; "

# a request and its first addressee just before a listed body ("giao UBND các huyện A, B"), names blanked
_ADDRESSED_BEFORE_RX = re.compile(r"(?:giao|yêu cầu|đề nghị|chỉ đạo)(?: cho)? _+")


class ActorFinding(PostReading):
    """A sentence's actors, their lists, and whether one stands as a subject."""

    def _actors(self, s: Sentence) -> list[Actor]:
        """Bodies and the people who act for them, in order; a head noun ("Chánh", "người đứng đầu",
        "Chủ tịch") before a body joins it, so "yêu cầu Chánh Thanh tra tỉnh …" names the Thanh tra."""
        actors: list[Actor] = []
        by_person: dict[int, list[Post]] = {}
        for p in self.posts:
            if s.start <= p.start and p.end <= s.end:
                by_person.setdefault(p.end, []).append(p)
        for end, ps in by_person.items():
            start = min(p.start for p in ps)
            bodies = [self._ex_officio(p) for p in sorted(ps, key=lambda p: p.start)]
            # a person with several posts speaks for the one tied to the meeting's body, else the last
            holder = self.ctx.holder
            best = next((b for b in bodies if self._in_lineage(b) or belongs_to(holder, b)),
                        None) or self._council_at_session(s, bodies) or self._senior_post(bodies)
            if len({b.iri for b in bodies}) > 1:
                self._posts_of[best.iri] = bodies  # the other posts, for a duty of the other hierarchy
            actors.append(Actor(start, end, [best], person=True))
        for start, end, body in self._person_refs:
            if s.start <= start and end <= s.end and not any(a.start <= start < a.end for a in actors):
                actors.append(Actor(start, end, [body], person=True, named=True))
        self._untitled_speaker(s, actors)
        for m in self.mentions:
            if not (s.start <= m.start and m.end <= s.end):
                continue
            same = next((a for a in actors if a.end == m.end and (a.start == m.start or a.head)
                         and (not a.person or a.head)), None)
            if same is not None:  # "UBND các tỉnh nêu trên": several bodies named by one span
                same.bodies.append(m.body)
                continue
            if not any(a.start <= m.start < a.end for a in actors):
                head = _HEAD_BEFORE_RX.search(self.f, max(s.start, m.start - 30), m.start)
                if head and (head.start() == s.start or not self.f[head.start() - 1].isalnum()) \
                        and not self._ends_actor(head.start()):
                    body = m.body
                    if body.kind == "party_committee" and _STANDING_DEPUTY_RX.match(self.f, head.start(), m.start) \
                            and f"Ban Thường vụ {body.name}" not in self.standing_boards:
                        body = self.finder.namer.standing_members(body)  # as for a named standing deputy (_ex_officio)
                    actors.append(Actor(head.start(), m.end, [body], person=True, head=True))
                else:
                    actors.append(Actor(m.start, m.end, [m.body]))
                if m.body.collective:
                    self._named_back(actors)
        for d in _DEPUTIES_RX.finditer(self.f, s.start, s.end):
            if not (self._at_subject_position(s, d.start()) or self._opinions_of(s, d.start())):
                continue  # "chất vấn của đại biểu HĐND tỉnh": the deputies are not speaking here
            # "các vị đại biểu HĐND huyện đề nghị …": the deputies act as their People's Council
            found, end = self.finder.place(d.end(), allow_bare_name=False)
            place = self.finder.resolve_place(found)  # "đại biểu HĐND tỉnh": the document's own province
            if not (isinstance(place, Place) and end > d.end()):
                place, end = self.finder.own_unit(), d.end()  # "nhiều đại biểu HĐND đã yêu cầu …": the document's
            if isinstance(place, Place) and not any(a.start <= d.start() < a.end for a in actors):
                # the deputies speak as their council, not as its standing part that holds the session
                actors.append(Actor(d.start(), _trim_end(self.t, end), [self.finder.namer.council(place)], head=True))
        # heads of national bodies written without a name: the Prime Minister's Government, the Assembly's Chairman's
        # Standing Committee (which he chairs)
        for head_rx, body_name in ((_GOV_HEAD_RX, "Chính phủ"), (_ASSEMBLY_HEAD_RX, "Ủy ban Thường vụ Quốc hội")):
            for g in head_rx.finditer(self.f, s.start, s.end):
                if not any(a.start <= g.start() < a.end or g.start() <= a.start < g.end() for a in actors):
                    body = self.government if head_rx is _GOV_HEAD_RX else self.finder.namer.national(body_name)
                    actors.append(Actor(g.start(), g.end(), [body], person=True))
        actors.sort(key=lambda a: a.start)
        return actors

    def _untitled_speaker(self, s: Sentence, actors: list[Actor]) -> None:
        """"Về thu ngân sách, đồng chí Lâm Minh Thành giao Cục Thuế tỉnh …": a person named without a title who gives
        a duty is the leader already speaking (news names the Chairman once, then by name); added as that body."""
        speaker = self.ctx.speaker
        if speaker is None or speaker.collective:
            return
        for h in _UNTITLED_PERSON_RX.finditer(self.f, s.start, s.end):
            end = h.end()
            for w in _NAME_SYLLABLE_RX.finditer(self.t, h.end(), min(s.end, h.end() + 40)):
                if w.start() != end + (1 if end > h.end() else 0) or not w.group(0)[0].isupper():
                    break
                end = w.end()
            if end == h.end() or any(a.start <= h.start() < a.end or h.start() <= a.start < end for a in actors):
                continue
            verb = _ASSIGN_RX.search(self.f, end, s.end)
            if verb is not None and _GAP_ADVERBS_RX.match(self.f[end:verb.start()]) and "đã" not in \
                    self.f[end:verb.start()]:
                actors.append(Actor(h.start(), end, [speaker], person=True, named=True))

    def _named_back(self, actors: list[Actor]) -> None:
        """"UBND các tỉnh, thành phố nêu trên": a collective pointed back at means the bodies of its kind and
        level just addressed or listed (the five provinces named before), not every one in the country."""
        last = actors[-1]
        back = _BACK_REF_RX.match(self.f, last.end)
        group = last.bodies[0]
        if back is None:
            return
        for pool in (self.ctx.last_assignees, self.ctx.last_group):
            same = [b for b in pool if b.kind == group.kind and b.level == group.level and not b.collective]
            if len(same) > 1:
                actors[-1] = Actor(last.start, back.end(), same, person=last.person, head=last.head)
                return

    def _opinions_of(self, s: Sentence, start: int) -> bool:
        """"có 16 lượt ý kiến của các vị đại biểu HĐND huyện đề nghị …": the deputies request through their opinions."""
        return bool(_DEPUTIES_RX.match(self.f, start) and _OPINIONS_OF_RX.search(self.f, s.start, start))

    def _ends_actor(self, pos: int) -> bool:
        """A body just before ``pos``: a head noun there is a verb ("Đảng đoàn HĐND lãnh đạo HĐND …")."""
        k = pos
        while k > 0 and self.t[k - 1] == " ":
            k -= 1
        return any(m.end == k for m in self.mentions) or any(p.end == k for p in self.posts)

    def _groups(self, actors: list[Actor]) -> list[list[Actor]]:
        groups: list[list[Actor]] = []
        for a in actors:
            gap = self.t[groups[-1][-1].end:a.start] if groups else ""
            if groups and _JOIN_RX.match(gap):  # "A, B và C", "A; B; C"
                groups[-1].append(a)
            else:
                groups.append([a])
        return groups

    def _actor_starting(self, pos: int, hi: int) -> Actor | None:
        cur = self._cur
        if cur is not None and cur[0] <= pos and hi <= cur[1]:
            return next((a for a in cur[2] if a.start == pos and a.end <= hi), None)
        whole = Sentence(-1, pos, hi, self.t[pos:hi], -1)
        return next((a for a in self._actors(whole) if a.start == pos), None)

    def _actor_at(self, pos: int, by: Body | None = None) -> Mention | None:
        """The body named at ``pos``; with ``by``, also units it addresses by their type ("chỉ đạo các xã,
        phường, thị trấn …": their People's Committees)."""
        for m in self.mentions:
            if m.start == pos:
                return m
        units = self.finder.addressed_units(pos, by) if by is not None else None
        return Mention(pos, units[1], self.t[pos:units[1]], units[0]) if units is not None else None

    def _partners_start(self, pos: int) -> int:
        """Where the partners begin: past a plural head that lists them ("các Bộ: Tài chính, …")."""
        head = _PARTNERS_HEAD_RX.match(self.f, pos)
        return head.end() if head and self._actor_at(head.end()) is not None else pos

    def _heard(self, s: Sentence, start: int) -> bool:
        """"(để) nghe A, B, C báo cáo …": bodies a meeting hears report there, listed after "nghe"."""
        actors = self._cur[2] if self._cur is not None and self._cur[0] <= s.start <= self._cur[1] else []
        pos = start
        while (prev := next((a for a in actors if a.end <= pos and not self.f[a.end:pos].strip(" ,")), None)):
            pos = prev.start  # back over the bodies listed before, "A, B, " …
        return bool(_HEARD_RX.search(self.f, s.start, pos))

    def _at_subject_position(self, s: Sentence, start: int) -> bool:
        if self._heard(s, start) or _PARTNER_LIST_RX.search(self._unnamed(s, start)):
            return False  # "(chủ trì,) phối hợp với các sở, UBND các huyện …": partners, not a subject
        if _OBJECT_LIST_RX.search(self._unnamed(s, start)):
            return False  # "giám sát trực tiếp đối với UBND huyện A, UBND huyện B, …": the objects, listed on
        prefix = _TRAILING_HONORIFIC_RX.sub("", self.f[s.start:start])
        colon = prefix.rfind(": ")
        while colon != -1 and prefix.count("“", 0, colon) > prefix.count("”", 0, colon):
            colon = prefix.rfind(": ", 0, colon)  # inside a quoted title ("bài viết “Hải Phòng: …”"): starts nothing
        if colon != -1:
            prefix = prefix[colon + 2:]  # "Công văn nêu rõ: Để …, A đề nghị B …": a statement starts after ":"
        tag = _SOURCE_TAG_RX.match(prefix)
        if tag and tag.end():
            prefix = prefix[tag.end():]  # "(Báo X) – Nhằm …, A giao B …"
        if _OPENER_RX.fullmatch(prefix) or _DATE_LEAD_RX.fullmatch(prefix) or _DOC_OF_LEAD_RX.fullmatch(prefix):
            return True
        if _SPEECH_END_RX.search(prefix) and not _POWER_RX.search(prefix):
            return True  # "… nhấn mạnh, A …"; not "… có quyền yêu cầu A …" (a power, not a request)
        if _HONORIFIC_OPENER_RX.fullmatch(prefix):
            return True
        if _OCCASION_LEAD_RX.fullmatch(prefix) and _TITLE_START_RX.match(self.f, start):
            return True  # "Tại buổi làm việc Bí thư Huyện ủy X chỉ đạo …": the occasion, then the speaker's title
        if prefix.rstrip().endswith(";") and (not self._unnamed(s, start).rstrip(" ;").endswith("_")
                                              or _NUMBER_BEFORE_SEMICOLON_RX.search(prefix)):
            # "Triển khai Kế hoạch số 31/KH-UBND; Chủ tịch UBND Thành phố yêu cầu …": a clause starts after ";"
            # (a document's number may end in a body's letters), not in a list of bodies ("của Thanh tra tỉnh; …")
            return True
        segments = [seg.strip() for seg in re.split(r"[,;]", prefix) if seg.strip()]
        adjunct = any(_ADJUNCT_RX.match(seg) for seg in segments)
        last = [seg.strip() for seg in re.split(r"[,;]", self._unnamed(s, start)) if seg.strip()][-1:]
        if adjunct and last and _ADDRESSED_BEFORE_RX.fullmatch(last[0]):
            return False  # "Để phòng dịch, giao UBND các huyện A, B …": B is addressed with A, no subject
        return (prefix.rstrip().endswith(",") and (adjunct or not _PREFIX_DUTY_RX.search(self._unnamed(s, start)))
                and prefix.count(",") <= (12 if adjunct else 3))

    def _in_task_object(self, s: Sentence, start: int) -> bool:
        """"Tổ chức rà soát quy chế làm việc của A, B và C, phân công …": bodies after a subject-less task's verb
        (no adjunct cue before them) are its object, not the subject of a duty."""
        prefix = self.f[s.start:start]
        if any(_ADJUNCT_RX.match(seg.strip()) for seg in prefix.split(",") if seg.strip()):
            return False
        lead = _LEAD_RX.match(prefix)
        return bool(_VERB_RX.match(prefix, lead.end() if lead else 0))

    def _unnamed(self, s: Sentence, start: int) -> str:
        """The sentence's text before ``start`` with the bodies it names blanked out: "Ban Chỉ đạo" is a
        name, not the verb "chỉ đạo"."""
        text = self.f[s.start:start]
        actors = self._cur[2] if self._cur is not None and self._cur[0] <= s.start <= self._cur[1] else []
        for a in actors:
            if s.start <= a.start and a.end <= start:
                text = text[:a.start - s.start] + "_" * (a.end - a.start) + text[a.end - s.start:]
        return " ".join(text.split())
