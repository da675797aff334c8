"""Reporting obligations: every "báo cáo" of a task with a named recipient, sends of results and
deliverables, reporters named inside a task, one report per sentence and pair, dropping a recipient
implied by the asker when a later sentence names one; and reports stated without an assigner
("X tổng hợp, báo cáo Y").
"""

from __future__ import annotations

import re

from bomay.loaders.text.deadlines import FREQUENCY_RX, Frequency, find_deadline, frequency_at
from bomay.loaders.text.duties.facts import MandateFact, ReportFact, _whole
from bomay.loaders.text.duties.helpers import _skip, _subgroups, _trim_end, _unique
from bomay.loaders.text.duties.patterns import (
    _ASSIGN_RX,
    _ATTENDANCE_RX,
    _COOPERATE_RX,
    _MODAL_RX,
    _NOT_DUTY_RX,
    _PAREN_RX,
    _PARTNERS_LISTED_RX,
    _PREFIX_RX,
    _REPORT_RX,
    _VERB_RX,
)
from bomay.loaders.text.duties.recipients import RecipientFinding
from bomay.loaders.text.duties.task_patterns import (
    _ADVICE_BEFORE_RX,
    _DELIVERABLE_RX,
    _NOT_REPORT_BEFORE_RX,
    _PARTNER_RX,
    _PURPOSE_BEFORE_RX,
    _PURPOSE_RX,
    _PURPOSE_WORD_RX,
    _SEND_CLAUSE_RX,
    _SEND_RESULT_RX,
    _SEND_RESULT_START_RX,
)
from bomay.loaders.text.duties.task_starts import TaskStarts
from bomay.loaders.text.naming import Body
from bomay.loaders.text.sentences import Sentence


class ReportReading(RecipientFinding, TaskStarts):
    """The reporting obligations of a task, and reports stated on their own."""

    def _reports(self, s: Sentence, fact: MandateFact, idx: int, lo: int, hi: int, main: bool,
                 pre_freq: Frequency | None) -> None:
        """Every "báo cáo" of a task with a named recipient: "báo cáo X", "báo cáo … cho/về/lên X",
        "báo cáo … gửi (về) X"; a reporter named inside the task ("…: các Tổ … báo cáo UBND xã")
        reports instead of the assignee. Purposes ("để báo cáo X") and advice ("tham mưu X báo cáo
        Y") are not obligations of the assignee."""
        seg_lo = lo
        for seg_hi in [*(m.start() for m in re.finditer(";", self.f[lo:hi])), hi - lo]:
            a, b = seg_lo, lo + seg_hi
            seg_lo = b + 1
            verbal = [m for m in _REPORT_RX.finditer(self.f, a, b)
                      if not _NOT_REPORT_BEFORE_RX.search(self.f, max(a, m.start() - 40), m.start())
                      # "…, gửi về Ban X trước … để tổng hợp, báo cáo Y": that report is Ban X's, the send stays
                      and not _PURPOSE_BEFORE_RX.search(self.f, max(a, m.start() - 150), m.start())]
            if not verbal or a > lo:
                # "…; định kỳ hằng quý xây dựng báo cáo tình hình gửi đến Bộ Công an để …": a deliverable sent on
                count = len(self.reports)
                self._sent_deliverable(s, fact, idx, a, b, verbal[0].start() if verbal else b)
                if len(self.reports) == count and not verbal:
                    self._sent_result(s, fact, idx, a, b)
        for m in _REPORT_RX.finditer(self.f, lo, hi):
            if _NOT_REPORT_BEFORE_RX.search(self.f, max(lo, m.start() - 40), m.start()):
                continue
            if self._purpose_subject_before(lo, m.start()):
                continue  # "… để Sở KH&ĐT có căn cứ tổng hợp, báo cáo UBND tỉnh": that body reports
            if _PURPOSE_BEFORE_RX.search(self.f, max(lo, m.start() - 150), m.start()) \
                    or _ADVICE_BEFORE_RX.search(self.f, max(lo, m.start() - 60), m.start()):
                continue
            recipients, about, freq = self._report_target(m.end(), hi)
            if not recipients and (sent_to := self._sent_to_before(lo, m.start())) is not None:
                recipients = [sent_to]  # "gửi Bộ Tài chính báo cáo tình hình …": the report goes to the body before it
                about = self.t[_skip(self.f, m.end()):self._clause_end(m.end(), hi)].strip(" ,;.")
            implied = not recipients
            if not recipients:
                first_verb = _PREFIX_RX.match(self.f, lo, hi)
                if not (main and fact.continues is None and first_verb and first_verb.end() == m.start()):
                    continue  # an implied recipient is a judgment call (gold README): no record
                # "A yêu cầu hàng tuần, B báo cáo tình hình …": the report asked for goes to the asker
                recipients = [fact.assigner]
                about = self.t[_skip(self.f, m.end()):self._clause_end(m.end(), hi)].strip(" ,;.")
            if freq is None:
                before = FREQUENCY_RX.search(self.f, max(lo, m.start() - 25), m.start())
                freq = frequency_at(self.t, before) if before else (pre_freq or next(iter(fact.frequencies), None))
            if not about:
                about = self._object_text(lo, m.start())
            reporters = self._sub_reporters(lo, m.start())
            if not reporters:
                if self._unnamed_sub_subject(lo, m.start()):
                    continue  # "…theo phương thức: các Tổ … báo cáo …": someone the grammar cannot name reports
                reporters = [fact.assignee]
            for reporter in reporters:
                for r in recipients:
                    if r.iri == reporter.iri:
                        continue
                    if reporter is fact.assignee and r.iri not in {b.iri for b in fact.report_to}:
                        fact.report_to.append(r)
                    fact.reports.append(self._add_report(
                        ReportFact(_whole(s), reporter, r, about, freq, fact.deadline, idx, implied)))

    def _sent_result(self, s: Sentence, fact: MandateFact, idx: int, lo: int, hi: int) -> None:
        """"thẩm định dự toán, gửi kết quả về Sở X", "…; kết quả gửi về Sở X trước …": the results of the task
        sent to a body are a report to it."""
        m = _SEND_RESULT_START_RX.match(self.f, lo, hi) or _SEND_RESULT_RX.search(self.f, lo, hi)
        if m is None or _PURPOSE_RX.search(self.f, lo, m.start()):
            return
        recipients, _end = self._recipients_at(m.end(), hi)
        self._report_sent(s, fact, idx, recipients, self.t[m.start():m.end()].strip(" ,;."))

    def _report_sent(self, s: Sentence, fact: MandateFact, idx: int, recipients: list[Body], about: str) -> None:
        """The assignee reports what it sends to each recipient (not to itself), at the task's first frequency."""
        for r in recipients:
            if r.iri == fact.assignee.iri:
                continue
            if r.iri not in {b.iri for b in fact.report_to}:
                fact.report_to.append(r)
            freq = next(iter(fact.frequencies), None)
            report = ReportFact(_whole(s), fact.assignee, r, about, freq, fact.deadline, idx)
            fact.reports.append(self._add_report(report))

    def _add_report(self, report: ReportFact) -> int:
        """Keep one report per sentence, reporter and recipient: duties given by two speakers at once ("Bộ Chính
        trị, Ban Bí thư giao B … báo cáo Bộ Chính trị") oblige B once."""
        for i, other in enumerate(self.reports):
            if other.sentence.index == report.sentence.index and other.reporter.iri == report.reporter.iri \
                    and other.recipient.iri == report.recipient.iri:
                return i
        self.reports.append(report)
        return len(self.reports) - 1

    def _drop_superseded_reports(self) -> None:
        """"Giao B báo cáo tình hình …. Yêu cầu gửi báo cáo về Sở X trước …": the next sentences name where B's
        report goes, so the recipient implied by the asker is dropped."""
        named = [r for r in self.reports if not r.implied]
        drop = {i for i, r in enumerate(self.reports) if r.implied and any(
            o.reporter.iri == r.reporter.iri and 0 < o.sentence.index - r.sentence.index <= 2 for o in named)}
        if not drop:
            return
        new_index = {old: new for new, old in enumerate(i for i in range(len(self.reports)) if i not in drop)}
        for i in sorted(drop):
            rep = self.reports[i]
            fact = self.mandates[rep.mandate] if rep.mandate is not None else None
            if fact is not None and not any(self.reports[j].recipient.iri == rep.recipient.iri
                                            for j in fact.reports if j not in drop):
                fact.report_to = [b for b in fact.report_to if b.iri != rep.recipient.iri]
        for fact in self.mandates:
            fact.reports = [new_index[j] for j in fact.reports if j in new_index]
        self.reports = [r for i, r in enumerate(self.reports) if i not in drop]

    def _sent_deliverable(self, s: Sentence, fact: MandateFact, idx: int, lo: int, hi: int,
                          verbal: int | None = None) -> None:
        """"Yêu cầu hoàn thiện, gửi Văn phòng UBND tỉnh trước …", "tổng hợp gửi Sở Tài chính": a task
        that finishes a deliverable and sends it to a body is a report to that body (the send before any
        report verb of the clause, ``verbal``)."""
        lead = _PREFIX_RX.match(self.f, _skip(self.f, lo), hi)
        k = lead.end() if lead else _skip(self.f, lo)
        when = FREQUENCY_RX.match(self.f, k, hi)
        if when:  # "định kỳ hằng quý, 6 tháng, năm xây dựng báo cáo …"
            k = _skip(self.f, when.end())
            while (more := re.match(r",\s*(?:\d+ tháng|năm|quý|tháng)\b\s*", self.f[k:hi])) is not None:
                k += more.end()
        m = _DELIVERABLE_RX.match(self.f, k, hi)
        if m is None:
            return
        stop = min(self._stop(m.end(), hi), verbal if verbal is not None else hi)
        send = _SEND_CLAUSE_RX.search(self.f, m.end(), stop)
        if send is None or _PURPOSE_RX.search(self.f, m.end(), send.start()):
            return
        recipients, _end = self._recipients_at(send.end(), hi)
        self._report_sent(s, fact, idx, recipients, self.t[m.end():send.start()].strip(" ,;."))

    def _purpose_subject_before(self, lo: int, pos: int) -> bool:
        """A purpose clause with its own subject before the report: "để X (có căn cứ) tổng hợp, báo cáo"."""
        found = list(_PURPOSE_WORD_RX.finditer(self.f, max(lo, pos - 120), pos))
        if not found:
            return False
        p = found[-1]
        return self._actor_starting(_skip(self.f, p.end()), pos) is not None

    def _sub_reporters(self, lo: int, pos: int) -> list[Body]:
        """"… theo phương thức: các Tổ kiểm soát … chốt số liệu, báo cáo …": the subject of the
        sub-clause (after ":" or ";") that holds the "báo cáo"."""
        cut = max(self._sub_clause_colon(lo, pos), self.f.rfind(";", lo, pos))
        if cut == -1:
            return []
        start = _skip(self.f, cut + 1)
        actor = self._actor_starting(start, pos)
        if actor is None:
            return []
        bodies = list(actor.bodies)
        end = actor.end
        while (j := re.match(r"\s*(?:,|và)\s*", self.t[end:pos])) and (nxt := self._actor_starting(end + j.end(), pos)):
            bodies.extend(nxt.bodies)
            end = nxt.end
        return bodies

    def _sub_clause_colon(self, lo: int, pos: int) -> int:
        """The last ":" before pos that opens a sub-clause; a partner list's ("phối hợp với các Bộ: …") opens none."""
        cut = self.f.rfind(":", lo, pos)
        return -1 if cut != -1 and _PARTNERS_LISTED_RX.search(self.f, lo, cut + 1) else cut

    def _unnamed_sub_subject(self, lo: int, pos: int) -> bool:
        """After ":" in a task, a noun phrase (not a verb) opens a sub-clause with its own subject."""
        cut = self._sub_clause_colon(lo, pos)
        if cut == -1:
            return False
        start = _skip(self.f, cut + 1)
        lead = _PREFIX_RX.match(self.f, start, pos)
        at = lead.end() if lead else start
        return not (_VERB_RX.match(self.f, at) or _MODAL_RX.match(self.f, start) or _REPORT_RX.match(self.f, at))

    def _object_text(self, lo: int, hi: int) -> str:
        """What a task is about: its text after the leading verbs and partners, up to the clause end."""
        p = _PREFIX_RX.match(self.f, lo, hi)
        pos = p.end() if p else lo
        while True:
            m = _VERB_RX.match(self.f, pos, hi)
            if not m:
                partner = _PARTNER_RX.match(self.f, pos, hi)
                if partner and (first := self._actor_at(self._partners_start(partner.end()))) is not None:
                    end = first.end
                    while (j := re.match(r"\s*(?:,|và)\s*", self.t[end:hi])) and (nxt := self._actor_at(end + j.end())):
                        end = nxt.end
                    pos = _skip(self.f, end)
                    continue
                break
            j = re.match(r"\s*(?:,|và)?\s*", self.f[m.end():hi])
            pos = m.end() + (j.end() if j else 0)
        stop = min((i for i in (self.f.find(";", pos, hi), self.f.find(", báo cáo", pos, hi)) if i != -1), default=hi)
        text = self.t[pos:stop].strip(" ,;.")
        fm = FREQUENCY_RX.search(self.f, pos, stop)
        if fm and fm.end() >= stop - 1:
            text = self.t[pos:fm.start()].strip(" ,;.")
        return text

    def _standalone_reports(self, s: Sentence) -> None:
        """"X (định kỳ, sẽ) tổng hợp, báo cáo Y …" with no assigner in force: X reports to Y all the
        same (gold README "Reporting": every explicit "báo cáo … Y" obligation is a record)."""
        if _ATTENDANCE_RX.match(self.f, s.start, s.end):
            return
        groups = self._groups(self._actors(s))
        for g in _subgroups(groups):
            if (g[0].person and not g[0].head) or not self._at_subject_position(s, g[0].start):
                continue
            pos = self._after_name(g[-1].end, s.end)
            paren = _PAREN_RX.match(self.t, pos, s.end)
            pos = paren.end() if paren else pos
            if _NOT_DUTY_RX.match(self.f, pos, s.end) or not self._starts_task(pos, s.end, future=True):
                continue
            m = _REPORT_RX.search(self.f, pos, s.end)
            if m is None or not self._reporting_verb(pos, m.start()):
                continue
            self._emit_standalone(s, [b for a in g for b in a.bodies], pos, m)
            return

    def _reporting_verb(self, lo: int, at: int) -> bool:
        """Between subject and "báo cáo" only verbs, adverbs, modals and commas: no other body, no
        assigning verb, no purpose ("để … báo cáo"), no noun "báo cáo" ("dự thảo báo cáo")."""
        gap = self.f[lo:at]
        actors = self._cur[2] if self._cur is not None else []
        if len(gap) > 120 or any(lo <= a.start < at and not _COOPERATE_RX.search(self.f, lo, a.start) for a in actors):
            return False  # "X chủ trì, phối hợp với Y tổng hợp, báo cáo Z": partners may stand between
        if _ASSIGN_RX.search(gap) or _PURPOSE_WORD_RX.search(gap) or _ADVICE_BEFORE_RX.search(gap):
            return False
        return not _NOT_REPORT_BEFORE_RX.search(self.f, max(lo, at - 40), at)

    def _emit_standalone(self, s: Sentence, reporters: list[Body], lo: int, m: re.Match[str]) -> None:
        hi = _trim_end(self.t, s.end)
        recipients, about, freq = self._report_target(m.end(), hi)
        if not recipients:
            return  # no recipient named: a judgment call (gold README), no record
        if freq is None:
            found = FREQUENCY_RX.search(self.f, lo, m.start())
            freq = frequency_at(self.t, found) if found else None
        deadline = find_deadline(self.t, self.f, lo, hi, self.year)
        if not about:
            about = self._object_text(lo, m.start())
        seen: set[tuple[str, str]] = set()
        for reporter in _unique(reporters):
            for r in _unique(recipients):
                if r.iri == reporter.iri or (reporter.iri, r.iri) in seen:
                    continue
                seen.add((reporter.iri, r.iri))
                self.reports.append(ReportFact(_whole(s), reporter, r, about, freq, deadline, None))
