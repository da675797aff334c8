"""Where a task starts after its subject: a modal or a verb (maybe after adverbs, "sẽ", a remit or a
basis), times set off before it, a body helped, or the unnamed members that end a listed subject.
The frames ask this before they call something a duty.
"""

from __future__ import annotations

import re

from bomay.loaders.text.deadlines import FREQUENCY_RX, find_deadline
from bomay.loaders.text.duties.actors import ActorFinding
from bomay.loaders.text.duties.facts import Actor
from bomay.loaders.text.duties.helpers import _skip
from bomay.loaders.text.duties.patterns import (
    _AND_DATE_RX,
    _ASSIGN_RX,
    _BASIS_RX,
    _COMMA_RX,
    _FUTURE_RX,
    _HELP_RX,
    _LIST_ITEM_RX,
    _MODAL_RX,
    _PREFIX_RX,
    _REMIT_RX,
    _SPAN_ADJUNCT_RX,
    _VERB_RX,
)


class TaskStarts(ActorFinding):
    """Where a task starts after a subject, and the times and members before it."""

    def _starts_task(self, pos: int, hi: int, future: bool = False) -> bool:
        """A modal or a verb, maybe after task adverbs ("kịp thời báo cáo", "khẩn trương rà soát")."""
        k = _skip(self.f, pos)
        will = _FUTURE_RX.match(self.f, k, hi) if future else None
        if will:
            k = will.end()  # "Bộ X sẽ tổng hợp, báo cáo …"
        remit = _REMIT_RX.match(self.f, k, hi)
        if remit:
            k = remit.end()
        if _MODAL_RX.match(self.f, pos, hi) or _MODAL_RX.match(self.f, k, hi):
            return True
        lead = _PREFIX_RX.match(self.f, k, hi)
        if _VERB_RX.match(self.f, lead.end() if lead else k, hi):
            return True
        return self._past_basis(k, hi) > k

    def _past_basis(self, k: int, hi: int) -> int:
        """"B: căn cứ số liệu của UBND các huyện, thành phố gửi về, tổng hợp …": where the task starts after the
        basis it rests on (``k`` when there is none)."""
        if not _BASIS_RX.match(self.f, k, hi):
            return k
        for c in re.finditer(r",\s*", self.f[k:min(hi, k + 160)]):
            lead = _PREFIX_RX.match(self.f, k + c.end(), hi)  # "…, nghiêm túc đánh giá …": an adverb first
            if _VERB_RX.match(self.f, lead.end() if lead else k + c.end(), hi):
                return k + c.end()
        return k

    def _urgent_task(self, pos: int, hi: int) -> bool:
        """A task opened by a modal or a task adverb ("khẩn trương gửi …", "cần …"), not by a bare verb."""
        k = _skip(self.f, pos)
        lead = _PREFIX_RX.match(self.f, k, hi)
        return bool(_MODAL_RX.match(self.f, k, hi) or (lead and lead.end() > k and self._starts_task(k, hi)))

    def _helped(self, pos: int, hi: int) -> int | None:
        """Where the task starts after "giúp A" ("… giúp UBND tỉnh theo dõi, đôn đốc …"), when a task follows."""
        m = _HELP_RX.match(self.f, pos, hi)
        actor = self._actor_starting(m.end(), hi) if m else None
        if actor is None or not self._starts_task(actor.end, hi):
            return None
        return actor.end

    def _time_adjunct_end(self, pos: int, hi: int) -> int | None:
        """Past a time set off by a comma at ``pos``: a deadline ("Trước ngày 20/12,", "Chậm nhất ngày 20-7,"), a
        frequency ("Hằng tháng,"), a span of days or a time clause ("từ ngày 30/4 đến hết ngày 3/5,", "sau khi …,"),
        or several in a row ("Định kỳ hàng tuần, trước 9h00 thứ hai,")."""
        past = None
        while True:
            k = _skip(self.f, past or pos)
            end = None
            deadline = find_deadline(self.t, self.f, k, hi, self.year)
            if deadline is not None and deadline.start == k and not self.f.startswith("ngày", k):
                end = deadline.end  # "Ngày 15/3, …" dates a narrated event; it sets no time limit
            for m in (FREQUENCY_RX.match(self.f, k, hi), _SPAN_ADJUNCT_RX.match(self.f, k, hi)):
                if m is not None:
                    end = max(end or 0, m.end())
            comma = _COMMA_RX.match(self.f, end, hi) if end is not None else None
            if comma is None:
                return past
            past = comma.end()

    def _bare_time_before_task(self, pos: int, hi: int) -> int | None:
        """Past frequencies and deadlines written before a task's verb without a comma ("Định kỳ trước ngày 01/6
        và 01/12 hằng năm báo cáo …"), when a task does follow; else None."""
        k, moved = _skip(self.f, pos), False
        while k < hi:
            ends = [m.end() for m in (FREQUENCY_RX.match(self.f, k, hi), _AND_DATE_RX.match(self.f, k, hi)) if m]
            deadline = find_deadline(self.t, self.f, k, hi, self.year)
            if deadline is not None and deadline.start == k:
                ends.append(deadline.end)
            if not ends:
                break
            k, moved = _skip(self.f, max(ends)), True
        return k if moved and self._starts_task(k, hi) and not _SPAN_ADJUNCT_RX.match(self.f, pos, hi) else None

    def _past_to_urged_task(self, pos: int, hi: int) -> int:
        """"các sở, …, các Ban QLDA chuyên ngành, khu vực, các chủ đầu tư, khẩn trương đánh giá …": a listed subject
        may end with lowercase members the grammar cannot name when an urged task follows a comma; no verb, ";" or
        "." may stand between."""
        for c in re.finditer(r",\s*", self.t[pos:min(hi, pos + 80)]):
            at = pos + c.end()
            between = self.f[pos:pos + c.start()]
            if re.search(r"[;.:]", between):
                return pos
            for item in filter(None, (x.strip() for x in between.split(","))):
                nominal = item.startswith(("các ", "những "))  # "các chủ đầu tư": a plural noun, its words are nouns
                if len(item.split()) > 5 or (not nominal and any(
                        rx_.search(item) for rx_ in (_VERB_RX, _MODAL_RX, _ASSIGN_RX))):
                    return pos
            if self._urgent_task(at, hi):
                return at
        return pos

    def _past_unnamed_members(self, pos: int, hi: int) -> int:
        """A listed subject may end with members the body grammar does not know ("Sở Y tế, Sở Tài
        chính, Ban An toàn giao thông tỉnh thường xuyên …"): past capitalised items to the verb."""
        if _MODAL_RX.match(self.f, pos) or _VERB_RX.match(self.f, _skip(self.f, pos)):
            return pos
        k = pos
        for _ in range(3):
            item = _LIST_ITEM_RX.match(self.t, k, hi)
            if not item:
                return pos
            for w in re.finditer(r"\s+", self.t[item.end():min(hi, item.end() + 80)]):
                at = item.end() + w.start()
                if _MODAL_RX.match(self.f, at) or _VERB_RX.match(self.f, at + len(w.group(0))):
                    return at
                if self.t[at - 1] in ",;":
                    k = at - 1
                    break
            else:
                return pos
        return pos

    def _parallel_item_follows(self, actor: Actor, hi: int) -> bool:
        """"Sở Công thương, Sở NN-PTNT chỉ đạo …": a next item with the same head word continues the list."""
        head = self.t[actor.start:actor.end].split()[0] if actor.end > actor.start else ""
        nxt = re.match(r"\s*[,;]\s*(?:và\s+)?(\S+)", self.t[actor.end:hi])
        return bool(head and nxt and nxt.group(1) == head and head[:1].isupper())
