"""The addressees after an assigning verb: bodies joined by ",", ";", "và" (with head nouns,
qualifiers and items the grammar cannot name), generic plurals that refer back, units standing for
their People's Committees, provinces named bare, and addressees written after a time.
"""

from __future__ import annotations

import re

from bomay.loaders.text.bodies import BARE_TYPE_WORD_RX, Plural
from bomay.loaders.text.duties.facts import Actor
from bomay.loaders.text.duties.helpers import _heading_list, _skip, _unique
from bomay.loaders.text.duties.patterns import (
    _ADDRESSEE_LABEL_RX,
    _ANAPHORA_RX,
    _ASSIGN_RX,
    _BARE_TIME_CLAUSE_RX,
    _CHAIRS_OF_UNITS_RX,
    _COOPERATE_RX,
    _LOCALITIES_LABEL_RX,
    _MODAL_RX,
    _PERSONAL_RX,
    _PREFIX_RX,
    _RECEIVER_INTRO_RX,
    _RUN_JOIN_RX,
    _RUN_QUALIFIER_RX,
    _TOPIC_INTRO_RX,
    _UNIT_ADDRESSERS,
    _VAGUE_NAME_RX,
    _VERB_RX,
)
from bomay.loaders.text.duties.task_starts import TaskStarts
from bomay.loaders.text.naming import Body
from bomay.loaders.text.places import Place
from bomay.loaders.text.sentences import Sentence


class AddresseeFinding(TaskStarts):
    """The bodies an assigning verb addresses."""

    def _assignee_run(self, pos: int, hi: int, groups: list[list[Actor]],
                      assigner: Body | None = None) -> tuple[list[Actor], int]:
        """The addressees after an assigning verb: actors joined by ",", ";", "và", each may carry a
        head noun and a qualifier ("người đứng đầu các sở, ban, ngành thuộc tỉnh; chủ tịch UBND …"); with the
        assigner known, units addressed among them are their committees ("đề nghị các ngành, các xã, thị trấn …")."""
        actors = [a for g in groups for a in g]
        run: list[Actor] = []
        end = pos
        label = _ADDRESSEE_LABEL_RX.match(self.f, pos, hi)
        if label and any(a.start == label.end() for a in actors):
            end = label.end()  # "yêu cầu Bộ trưởng các bộ: Công an, Tài chính …"
        elif not any(a.start == pos for a in actors):
            end = self._past_unknown_addressee(pos, hi, actors)
        while True:
            nxt = next((a for a in actors if a.start == end), None)
            if nxt is None:
                break
            personal = nxt.named or (nxt.person and not nxt.head and _PERSONAL_RX.match(self.f, nxt.start))
            if not personal:  # "yêu cầu Ban cán sự đảng … và ông X, Chủ tịch …": the person is addressed in person
                run.append(nxt)
            end = nxt.end
            q = _RUN_QUALIFIER_RX.match(self.f, end, hi)
            if q:
                end = q.end()
            j = _RUN_JOIN_RX.match(self.f, end, hi)
            if j and any(a.start == j.end() for a in actors):
                end = j.end()
                continue
            units = self.finder.addressed_units(j.end(), assigner) if j and assigner is not None else None
            if j and units is not None and units[1] <= hi:
                run.append(Actor(j.end(), units[1], [units[0]]))
                end = units[1]
                j = _RUN_JOIN_RX.match(self.f, end, hi)
                if j and any(a.start == j.end() for a in actors):
                    end = j.end()  # "Sở Y tế, các huyện, thành phố và Công an tỉnh"
                    continue
                break
            step = self._past_unknown_item(j.end(), hi, actors) if j and j.group(0).strip() else None
            if step is None and _heading_list(self.t, end, hi):
                step = self._past_unknown_item(end, hi, actors)  # "…; các cơ quan Trung ương tại tỉnh; …:" its rest
            if step is not None:
                end = step  # "Sở Y tế, các thành viên Ban Chỉ đạo tỉnh, UBND các huyện …": an item it cannot name
                continue
            break
        return run, (run[-1].end if run and not _RUN_QUALIFIER_RX.match(self.f, run[-1].end, hi) else end)

    def _past_unknown_item(self, pos: int, hi: int, actors: list[Actor]) -> int | None:
        """Where the next known addressee starts after an item of the list the grammar cannot name
        (no verb in it, up to the next "," or ";"), or None when the list has ended."""
        inside = [(a.start, a.end) for a in actors if pos <= a.start]
        if _heading_list(self.t, pos, hi):
            # "Thủ trưởng các sở; các Hội do Đảng và Nhà nước giao nhiệm vụ; Chủ tịch UBND các huyện:": a heading of
            # addressees set apart by ";" may describe one with a verb ("giao nhiệm vụ"); the next ";" ends it
            for sep in re.finditer(r";\s*", self.t[pos:min(hi, pos + 200)]):
                if any(a.start == pos + sep.end() for a in actors):
                    return pos + sep.end()
            return None
        for sep in re.finditer(r"[;,]\s*(?:và\s+)?|\s+và\s+", self.t[pos:min(hi, pos + 100)]):
            at = pos + sep.end()
            gap = [(x, y) for x, y in inside if y <= pos + sep.start()]
            for rx_ in (_VERB_RX, _MODAL_RX, _ASSIGN_RX, _COOPERATE_RX):
                for m in rx_.finditer(self.f, pos, pos + sep.start()):
                    bounded = m.start() == 0 or not self.f[m.start() - 1].isalnum()
                    if bounded and not any(x <= m.start() < y for x, y in gap):
                        return None
            if (lead := _PREFIX_RX.match(self.f, pos)) is not None and lead.end() > pos:
                return None  # "…, khẩn trương …": the task has begun
            if any(a.start == at for a in actors):
                return at
        return None

    def _past_unknown_addressee(self, pos: int, hi: int, actors: list[Actor]) -> int:
        """"yêu cầu các thành viên Ban chỉ đạo …; Thủ trưởng các sở …", "yêu cầu Công ty Điện lực X, Sở Công Thương
        …": a first addressee the grammar cannot name (a plural or a short capitalised name), ended by ";" (or ",")
        before known ones, with no verb in it, is stepped over."""
        for sep in re.finditer(r"[;,]\s*", self.t[pos:min(hi, pos + 120)]):
            at = pos + sep.end()
            if any(a.start == at for a in actors):
                between = self.f[pos:pos + sep.start()]
                inside = [(a.start, a.end) for a in actors if pos <= a.start < pos + sep.start()]
                verbs = [m for rx_ in (_VERB_RX, _MODAL_RX) for m in rx_.finditer(self.f, pos, pos + sep.start())
                         if not any(x <= m.start() < y for x, y in inside)]
                named = self.t[pos:pos + 1].isupper() and len(between.split()) <= 8  # "Công ty Điện lực X, Sở …"
                return at if (between.startswith("các ") or named) and not verbs else pos
        return pos

    def _anaphora(self, pos: int, hi: int, assigner: Body | None = None) -> tuple[list[Actor], int] | None:
        """"yêu cầu các địa phương …", "chỉ đạo các đơn vị trên …": a generic plural that names no
        body refers back: with "trên/nêu trên/này" to the bodies just listed together, bare to the
        last assignees."""
        m = _ANAPHORA_RX.match(self.f, pos, hi)
        if m is None:
            return None
        bodies = self.ctx.last_group if m.group(1) else self.ctx.last_assignees
        last = self.ctx.last_assigner
        if not m.group(1) and assigner is not None and last is not None and last.iri != assigner.iri:
            return None  # "A đề nghị B …; C chỉ đạo các cơ quan …": C's own bodies, not A's addressees
        if not bodies or (len(bodies) == 1 and not bodies[0].collective):
            return None  # a plural refers back to several bodies, not to the one named last ("giao Sở X …. Chủ
            # tịch UBND tỉnh cũng yêu cầu các đơn vị …")
        return [Actor(pos, m.end(), [b]) for b in bodies], m.end()

    def _resolve_vague(self, bodies: list[Body], assigner: Body, s: Sentence) -> list[Body]:
        """"UBND tỉnh chỉ đạo các sở, ngành và UBND các huyện …. Theo đó, UBND tỉnh yêu cầu các đơn vị, địa phương
        …": a group of unspecified agencies and localities addressed again by the same assigner means the bodies
        it has just addressed."""
        ctx = self.ctx
        last = [b for b in ctx.last_assignees if b.iri not in self.finder.vague]
        if ctx.last_assigner is None or ctx.last_assigner.iri != assigner.iri or len(last) < 2 \
                or len(last) != len(ctx.last_assignees) or not self._near(s):
            return bodies
        out: list[Body] = []
        for b in bodies:
            out.extend(last if b.iri in self.finder.vague and _VAGUE_NAME_RX.match(b.name) else [b])
        return _unique(out)

    def _place_assignee(self, pos: int, hi: int, assigner: Body) -> Actor | None:
        """"yêu cầu tỉnh Vĩnh Phúc …", "giao huyện X …": a unit addressed means its UBND."""
        chairs = _CHAIRS_OF_UNITS_RX.match(self.f, pos) if assigner.kind == "peoples_committee" else None
        # "yêu cầu các huyện, thành phố …", "yêu cầu Chủ tịch các huyện, TX, TP …": their UBND
        units = self.finder.addressed_units(chairs.end() if chairs else pos, assigner)
        if units is not None and units[1] <= hi:
            return Actor(pos, units[1], [units[0]])
        place, end = self.finder.place(pos, allow_bare_name=False)
        if isinstance(place, Place) and end > pos and end <= hi:
            more, last = self.finder.more_listed(end)  # "yêu cầu các tỉnh: Nghệ An, Hà Tĩnh, Quảng Bình …"
            if last <= hi:
                end = last
            else:
                more = []
            while (join := _RUN_JOIN_RX.match(self.f, end, hi)) is not None:  # "yêu cầu quận A, quận B …"
                nxt, nend = self.finder.place(join.end(), allow_bare_name=False, bare_words=False)
                if not isinstance(nxt, Place) or nxt.level != place.level or not join.end() < nend <= hi:
                    break
                more.append(nxt)
                end = nend
            return Actor(pos, end, [self.finder.namer.people_committee(p) for p in [place, *more]])
        provinces = self._bare_provinces(pos, hi)
        if provinces is not None:
            return provinces
        bare = BARE_TYPE_WORD_RX.match(self.f, pos)  # "đề nghị tỉnh tập trung …": the document's unit of that type
        if bare and bare.end() < hi and assigner.kind in _UNIT_ADDRESSERS and self.t[bare.end() + 1:][:1].islower():
            unit = self.finder.bare_unit(pos, bare.group(1))  # "Phó Thủ tướng đề nghị tỉnh tập trung …": its UBND
            if isinstance(unit, Place) and unit != assigner.unit:
                return Actor(pos, bare.end(), [self.finder.namer.people_committee(unit)])
        return None

    def _bare_provinces(self, pos: int, hi: int) -> Actor | None:
        """"yêu cầu Hà Nội, TP Hồ Chí Minh và Đà Nẵng chủ động …", "gửi Đà Nẵng, Quảng Ngãi và Gia Lai": provinces
        addressed by their names alone mean their People's Committees (a name of any lower unit stays unread)."""
        places: list[Place] = []
        label = _LOCALITIES_LABEL_RX.match(self.f, pos, hi)  # "yêu cầu các địa phương: Nghệ An, Hà Tĩnh …"
        at = last = label.end() if label else pos
        while True:
            place, end = self.finder.place(at, bare_words=False)
            if not isinstance(place, Place) or place.level != "province" or not at < end <= hi:
                break
            places.append(place)
            last = end
            join = _RUN_JOIN_RX.match(self.f, end, hi)
            if join is None:
                break
            at = join.end()
        if not places:
            return None
        return Actor(pos, last, [self.finder.namer.people_committee(p) for p in places])

    def _topic_intro_actor(self, s: Sentence, groups: list[list[Actor]], subject: list[Actor]) -> Actor | None:
        """"Về trách nhiệm của Ban Tổ chức Thành ủy, Ban Thường vụ Thành ủy yêu cầu …"."""
        for grp in groups:
            for actor in grp:
                intro = _TOPIC_INTRO_RX.search(self.f, s.start, actor.start) if actor.start < subject[0].start \
                    else None
                if intro is not None and _opens_clause(self.f[s.start:intro.start()]):
                    return actor  # not "giám sát đối với Ban Thường vụ …": there it is the verb's object
        return None

    def _addressee_starting(self, after_verb: int, hi: int) -> bool:
        """A body, or units standing for their committees ("các quận: Hồng Bàng, Lê Chân", "huyện X"), right after
        an assigning verb."""
        pos = self._addressee_pos(after_verb)
        if self._actor_starting(pos, hi):
            return True
        place, end = self.finder.place(pos, allow_bare_name=False, bare_words=False)
        return isinstance(place, (Place, Plural)) and pos < end <= hi

    def _addressee_pos(self, pos: int) -> int:
        pos = _skip(self.f, pos)
        intro = _RECEIVER_INTRO_RX.match(self.f, pos)
        return intro.end() if intro else pos

    def _addressees_after_time(self, pos: int, hi: int) -> int | None:
        """"yêu cầu: từ ngày … đến …, các đơn vị …", "yêu cầu sau khi kết thúc đại hội các đơn vị …": where the
        addressees start after a time between the request and them (a body or a plural naming the last ones)."""
        ends = [self._time_adjunct_end(pos, hi)]
        bare = _BARE_TIME_CLAUSE_RX.match(self.f, _skip(self.f, pos), hi)
        ends.append(bare.end() if bare else None)
        for end in ends:
            if end is not None and (self._actor_starting(end, hi) or _ANAPHORA_RX.match(self.f, end, hi)):
                return end
        return None


def _opens_clause(before: str) -> bool:
    """Whether a topic introducer written after ``before`` opens its clause (the sentence, or after a comma, a colon
    or a list marker), rather than following a verb whose object it introduces."""
    before = before.rstrip()
    return not before or before[-1] in ",;:-–+•(" or before.rstrip(".)").isdigit() or len(before) <= 2
