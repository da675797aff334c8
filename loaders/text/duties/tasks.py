"""A mandate's task: one ``MandateFact`` per assignee with its action verbs, partners ("phối hợp với"),
frequencies and deadline; chains ("lãnh đạo, chỉ đạo B …", "; chỉ đạo B …") give mandates from the
assignee to B. The reports of each task are read by ``reporting.py``.
"""

from __future__ import annotations

import re

from bomay.loaders.text.deadlines import FREQUENCY_RX, Frequency, find_deadline, frequency_at
from bomay.loaders.text.duties.facts import MandateFact, _whole
from bomay.loaders.text.duties.helpers import _exclude, _skip, _skip_punct, _trim_end, _unique
from bomay.loaders.text.duties.patterns import _CHAIN_RX, _COOPERATE_RX, _PAREN_RX, _PREFIX_RX, _VERB_RX
from bomay.loaders.text.duties.reporting import ReportReading
from bomay.loaders.text.duties.task_patterns import _CLAUSE_CHAIN_RX, _COMMA_CHAIN_RX, _JOINT_RX, _UNSPECIFIED_RX
from bomay.loaders.text.duties.words import _ACTION_BY_KEY, cannot_direct
from bomay.loaders.text.lexicon import _V, alternation, rx
from bomay.loaders.text.naming import Body
from bomay.loaders.text.sentences import Sentence
from bomay.textnorm import fold

_PRAISE_RX = rx(r"(?:" + alternation(_V.sentence_cues("praise_verb")) + r")\b")  # words/sentence_cues.csv


class TaskReading(ReportReading):
    """Mandates for a task: actions, partners, chains, and their reports."""

    def _assign(self, s: Sentence, assigner: Body, assignees: list[Body], lo: int,
                pre_freq: Frequency | None = None, chained_from: int | None = None,
                continues: int | None = None, chain: bool = True, report_hi: int | None = None,
                subject: bool = False) -> list[int]:
        lo = _skip_punct(self.f, lo)
        if (paren := _PAREN_RX.match(self.t, lo, s.end)) is not None:
            lo = _skip_punct(self.f, paren.end())  # "giao Sở Y tế (cơ quan thường trực …) theo dõi …": the task follows
        hi = _trim_end(self.t, s.end)
        self._giver = assigner
        if not subject:  # addressed, "các cơ quan, đơn vị liên quan" names nobody; as a subject it is asked to act
            assignees = [b for b in assignees if not _UNSPECIFIED_RX.match(b.name)]
        assignees = [self.finder.under(b, assigner) for b in assignees]
        assignees = [b for b in assignees if not cannot_direct(assigner, b)]
        if hi <= lo or not assignees or _PRAISE_RX.match(self.f, lo, hi):
            return []  # "Theo đó, Bộ Tài chính đánh giá cao …": praise, not a duty
        chain_spans = self._chain_spans(lo, hi, assignees[0]) if chain else []
        own_hi = chain_spans[0][0] if chain_spans and chain_spans[0][0] > lo else hi
        action, concept = self._action(lo, hi)
        cooperate = self._cooperate(lo, own_hi)
        found = [frequency_at(self.t, m) for m in FREQUENCY_RX.finditer(self.f, lo, hi)]
        freqs = [pre_freq, *found] if pre_freq else found
        deadline = find_deadline(self.t, self.f, lo, hi, self.year)
        created: list[int] = []
        joint = len(assignees) > 1 and _JOINT_RX.match(self.f, lo, hi)
        for assignee in assignees:
            partners = [b for b in cooperate if b.iri != assignee.iri]
            if joint:
                partners = [b for b in assignees if b.iri != assignee.iri] + partners
            fact = MandateFact(_whole(s), assigner, assignee, self.t[lo:hi], lo, hi, action, concept,
                               _unique(partners), [], freqs, deadline, chained_from, continues)
            self.mandates.append(fact)
            idx = len(self.mandates) - 1
            created.append(idx)
            for r_lo, r_hi in _exclude(lo, min(hi, report_hi or hi), chain_spans):
                self._reports(s, fact, idx, r_lo, r_hi, main=(r_lo == lo), pre_freq=pre_freq)
        self.ctx.last_mandate = created[0] if created else self.ctx.last_mandate
        for t in created if chain_spans else []:
            top = self.mandates[t]
            for c_lo, c_hi in chain_spans:
                sub = self._chain_at(s, top.assignee, c_lo, t, c_hi)
                for i in sub:
                    for r in self.mandates[i].report_to:
                        if r.iri not in {b.iri for b in top.report_to}:
                            top.report_to.append(r)
        return created

    def _chain_spans(self, lo: int, hi: int, by: Body | None = None) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = []
        start = _PREFIX_RX.match(self.f, lo, hi)
        first = _CHAIN_RX.match(self.f, start.end() if start else lo, hi)
        if first and self._actor_at(first.end(), by):
            spans.append((first.end(), self._clause_end(first.end(), hi)))
        elif (comma := _COMMA_CHAIN_RX.match(self.f, start.end() if start else lo, hi)) \
                and (actor := self._actor_at(comma.end())) is not None \
                and _CHAIN_RX.match(self.f, _skip(self.f, actor.end), hi):
            # "giao A lãnh đạo, B chỉ đạo triển khai …": A leads B, which directs the task
            spans.append((comma.end(), self._clause_end(comma.end(), hi)))
        for m in _CLAUSE_CHAIN_RX.finditer(self.f, lo, hi):
            if self._actor_at(m.end()):
                spans.append((m.end(), self._clause_end(m.end(), hi)))
        return spans

    def _chain_at(self, s: Sentence, giver: Body, pos: int, parent: int | None, hi: int | None = None) -> list[int]:
        hi = hi or _trim_end(self.t, s.end)
        targets: list[Body] = []
        end = pos
        while True:
            m = self._actor_at(end, None if targets else giver)
            if m is None:
                break
            targets.append(m.body)
            end = m.end
            j = re.match(r"\s*(?:,|và)\s*", self.t[end:end + 6])
            if j and self._actor_at(end + j.end()):
                end += j.end()
                continue
            break
        targets = [self.finder.under(b, giver) for b in targets if b.iri != giver.iri and not cannot_direct(giver, b)]
        if not targets or end >= hi:
            return []
        lo = _skip_punct(self.f, end)
        if (paren := _PAREN_RX.match(self.t, lo, hi)) is not None:
            lo = _skip_punct(self.f, paren.end())
        deeper = _CHAIN_RX.match(self.f, lo, hi)
        if deeper and len(targets) == 1 and self._actor_at(deeper.end()):
            # "A lãnh đạo B chỉ đạo C thực hiện …": B directs C in turn
            upper = self._chain_at(s, giver, pos, parent, deeper.start())
            return upper + self._chain_at(s, targets[0], deeper.end(), upper[0] if upper else parent, hi)
        action, concept = self._action(lo, hi)
        cooperate = self._cooperate(lo, hi)
        freqs = [frequency_at(self.t, m) for m in FREQUENCY_RX.finditer(self.f, lo, hi)]
        deadline = find_deadline(self.t, self.f, lo, hi, self.year)
        created = []
        for target in targets:
            fact = MandateFact(_whole(s), giver, target, self.t[lo:hi].rstrip(" ,;."), lo, hi, action, concept,
                               [b for b in cooperate if b.iri != target.iri], [], freqs, deadline, parent)
            self.mandates.append(fact)
            idx = len(self.mandates) - 1
            created.append(idx)
            self._reports(s, fact, idx, lo, hi, main=True, pre_freq=None)
        return created

    def _action(self, lo: int, hi: int) -> tuple[str, str | None]:
        p = _PREFIX_RX.match(self.f, lo, hi)
        pos = p.end() if p else lo
        pos = self._past_basis(pos, hi)
        verbs: list[str] = []
        concept = None
        while pos < hi:
            m = _VERB_RX.match(self.f, pos, hi)
            if not m:
                break
            verbs.append(self.t[m.start():m.end()])
            if concept is None:
                concept = _ACTION_BY_KEY.get(fold(m.group(0)))
            j = re.match(r"\s*(?:,|và)?\s*", self.f[m.end():hi])
            pos = m.end() + (j.end() if j else 0)
        if not verbs:
            words = self.t[lo:hi].split()[:3]
            return " ".join(words).strip(" ,;."), None
        return ", ".join(v.lower() if i else v[:1].lower() + v[1:] for i, v in enumerate(verbs)), concept

    def _cooperate(self, lo: int, hi: int) -> list[Body]:
        out: list[Body] = []
        for m in _COOPERATE_RX.finditer(self.f, lo, hi):
            end = self._partners_start(m.end())
            while True:
                a = self._actor_at(end)
                if a is None:
                    # "phối hợp với các cơ quan liên quan": skip an unspecified partner
                    j = re.match(r"[^,;.]{0,40}?(?:,\s*)", self.t[end:hi])
                    if j and out:
                        end += j.end()
                        continue
                    break
                out.append(a.body)
                end = a.end
                j = re.match(r"\s*(?:,|và|cùng)\s*", self.t[end:end + 6])
                if not j:
                    break
                end += j.end()
        return _unique(out)
