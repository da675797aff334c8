"""A learned back-off for mandates the grammar misses (issue 11).

The duty grammar (``duties/``) reads the sentence shapes it was written for; on unseen text
most lost mandates sit in sentences that carry a duty cue but where the grammar produced nothing
although the bodies were found. Here, in those sentences only, every pair of bodies (the speaker
the grammar holds there, and each body the sentence names) is a candidate (assigner, assignee),
described by features that do not depend on the document (the folded words around each body, the
nearest cue and its distance, whether the body opens the clause, follows "phối hợp với", "của",
"tại", sits in a list, its level against the other side), and a small logistic regression scores
it. Pairs above the threshold become mandates marked ``method: backoff`` so the graph and the
review queue can tell them from grammar facts. Reporting pairs are built and scored the same way,
but no threshold helped on the tuning sets, so none is applied (``THRESHOLDS``).

The weights (``words/backoff_weights.csv``) are trained by ``train_backoff.py`` on the official
gold that CI has (dev batches a, b, d and the samples), never on the helper-annotated sets.
"""

from __future__ import annotations

import csv
import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from bomay.loaders.text.bodies import Mention
from bomay.loaders.text.deadlines import FREQUENCY_RX, find_deadline, frequency_at
from bomay.loaders.text.duties import DutyFinder, MandateFact, ReportFact
from bomay.loaders.text.duties.words import cannot_direct
from bomay.loaders.text.lexicon import alternation, rx
from bomay.loaders.text.naming import Body, stands_above
from bomay.loaders.text.sentences import Sentence
from bomay.loaders.text.vocabulary import vocabulary
from bomay.textnorm import fold

ENABLED = True  # on: it raised mandate F1 on e..k and m (docs/text-loader.md); `bomay extract --no-backoff`
WEIGHTS = Path(__file__).parent / "words" / "backoff_weights.csv"
METHOD = "backoff"
# Chosen on the helper-annotated tuning sets e, f, h, i, g, k only (docs/text-loader.md, "Learned back-off");
# reports: no threshold raised F1 there, so the back-off adds none (None).
THRESHOLDS: dict[str, float | None] = {"mandate": 0.4, "reporting": None}

_V = vocabulary()
_MANDATE_CUES = sorted({*_V.duty_words("assign"), *_V.duty_words("modal")}, key=len, reverse=True)
_REPORT_CUES = _V.reporting_cues("report_verb")
_NOT_REPORT_BEFORE = _V.reporting_cues("not_report_before")
# not before a quantity or a passive: "cần 120 tỷ đồng", "cần được bổ sung" state needs
_MANDATE_CUE_RX = rx(r"(?<!\w)(?:" + alternation(_MANDATE_CUES) + r")(?!\w)(?!\s+(?:\d|được\b))")
_REPORT_CUE_RX = rx(r"(?<!\w)(?:" + alternation(_REPORT_CUES) + r")(?!\w)")
_NOT_REPORT_RX = rx(r"(?<!\w)(?:" + alternation(_NOT_REPORT_BEFORE) + r")\s+$")
_WORD_RX = re.compile(r"\w+")
_SUBORDINATE_BEFORE_RX = rx(r"(?<!\w)(?:sau khi|trước khi|khi|nếu|trường hợp)\s+$")
_TIER = {level: int(tier) for level, tier in ((r["level"], r["tier"]) for r in _V.rows("levels"))}
_MARKS = {"phoi hop voi": "after_phoi_hop", "phoi hop": "after_phoi_hop", "cua": "after_cua", "tai": "after_tai",
          "cho": "after_cho", "ve": "after_ve", "voi": "after_voi", "va": "after_va", "cac": "after_cac"}

KINDS = ("mandate", "reporting")
PARTNER_FEATURE = "m|t:after_phoi_hop"


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    word: str  # folded
    prev: str  # the folded word before it ("đã báo cáo", "nghe báo cáo")
    next: str  # the folded word after it ("báo cáo số", "yêu cầu các")


@dataclass
class Candidate:
    """One pair of bodies in one sentence, with the features the model reads."""

    kind: str  # "mandate" or "reporting"
    sentence: Sentence
    source: Body  # assigner or reporter
    target: Body  # assignee or recipient
    target_at: int  # where the target is named (the source may be the speaker, not named here)
    end: int  # end of the target's mention
    features: list[str] = field(default_factory=list)


@dataclass
class BackoffMandate(MandateFact):
    """A mandate the back-off added: its provenance says so, with the model's probability."""

    method: str = METHOD
    confidence: float = 0.0


@dataclass
class BackoffReport(ReportFact):
    method: str = METHOD
    confidence: float = 0.0


class _Words:
    """The folded words of one sentence with their offsets: every look-around is a bisect."""

    def __init__(self, f: str, s: Sentence):
        found = list(_WORD_RX.finditer(f, s.start, s.end))
        self.starts = [m.start() for m in found]
        self.ends = [m.end() for m in found]
        self.words = [_fold_word(m.group(0)) for m in found]

    def before(self, pos: int, n: int) -> list[str]:
        i = bisect_right(self.ends, pos)
        return self.words[max(0, i - n):i]

    def after(self, pos: int) -> str:
        j = bisect_left(self.starts, pos)
        return self.words[j] if j < len(self.words) else "</s>"

    def count(self, lo: int, hi: int) -> int:
        return max(0, bisect_right(self.ends, hi) - bisect_left(self.starts, lo))


@cache
def _fold_word(word: str) -> str:
    return fold(word)


def _cues(f: str, s: Sentence, kind: str, spans: list[tuple[int, int]], words: _Words) -> list[Cue]:
    """Cue words of the sentence outside the names of bodies ("Ban Chỉ đạo" is no verb)."""
    pattern = _MANDATE_CUE_RX if kind == "mandate" else _REPORT_CUE_RX
    out = []
    for m in pattern.finditer(f, s.start, s.end):
        if any(a <= m.start() < b for a, b in spans):
            continue
        if kind == "reporting" and _NOT_REPORT_RX.search(f, max(s.start, m.start() - 25), m.start()):
            continue  # "dự thảo báo cáo": a noun
        prev = words.before(m.start(), 1)
        out.append(Cue(m.start(), m.end(), _fold_word(m.group(0)), prev[0] if prev else "<s>", words.after(m.end())))
    return out


def _bucket(n: int) -> str:
    return "0" if n == 0 else "1" if n == 1 else "2-3" if n <= 3 else "4-8" if n <= 8 else "9+"


def _relation(a: Body, b: Body) -> str:
    ta, tb = _TIER.get(a.level), _TIER.get(b.level)
    if ta is None or tb is None:
        return "unknown"
    return "lower" if tb > ta else "same" if tb == ta else "higher"


def _side(f: str, s: Sentence, m: Mention, cues: list[Cue], words: _Words, sentence_mentions: list[Mention]
          ) -> list[str]:
    """Features of one side of a pair: the words around its mention and where it stands."""
    out = []
    before = words.before(m.start, 3)
    out.append(f"w-1={before[-1] if before else '<s>'}")
    out.append(f"w-2={before[-2] if len(before) > 1 else '<s>'}")
    out.append(f"w+1={words.after(m.end)}")
    head = f[s.start:m.start].rstrip()
    if not head or head.endswith((",", ":", ";", "-", "–", ".")) or not before:
        out.append("opens_clause")
    for phrase, name in _MARKS.items():
        if " ".join(before[-len(phrase.split()):]) == phrase:
            out.append(name)
            break
    prev = [c for c in cues if c.end <= m.start]
    if prev:
        c = prev[-1]
        gap = words.count(c.end, m.start)
        out.append(f"cue_before={c.word}")
        out.append(f"cue_dist={_bucket(gap)}")
        out.append(f"cue_before_w-1={c.prev}")
        if gap == 0:
            out.append("right_after_cue")
    else:
        out.append("no_cue_before")
    nxt = [c for c in cues if c.start >= m.end]
    if nxt and words.count(m.end, nxt[0].start) <= 3:
        out.append(f"cue_after={nxt[0].word}")
        out.append(f"cue_after_w+1={nxt[0].next}")
    listed = any(o is not m and (0 <= m.start - o.end <= 6 or 0 <= o.start - m.end <= 6)
                 and re.fullmatch(r"\s*(?:,|;|và|,\s*và)\s*", f[min(o.end, m.end):max(o.start, m.start)] or "x")
                 for o in sentence_mentions)
    if listed:
        out.append("in_list")
    if m.body.collective:
        out.append("collective")
    order = [o.start for o in sentence_mentions].index(m.start)
    out.append(f"mention_nr={_bucket(order)}")
    return out


def candidates(f: str, sentences: list[Sentence], mentions: list[Mention],
               speaker_at: dict[int, Body | None], grammar: dict[str, set[int]],
               kinds: tuple[str, ...] = KINDS, silent_only: bool = False) -> Iterator[Candidate]:
    """Every candidate pair in every sentence with a cue of its kind (training reads them all);
    ``silent_only`` keeps the sentences where the grammar produced no record of the kind."""
    by_sentence: dict[int, list[Mention]] = {}
    k = 0
    ordered = sorted(mentions, key=lambda m: m.start)
    for s in sentences:
        while k < len(ordered) and ordered[k].start < s.start:
            k += 1
        j = k
        while j < len(ordered) and ordered[j].end <= s.end:
            by_sentence.setdefault(s.index, []).append(ordered[j])
            j += 1
    for s in sentences:
        ms = by_sentence.get(s.index, [])
        todo = [kind for kind in kinds if not (silent_only and s.index in grammar[kind])]
        if not ms or not todo:
            continue
        first: dict[str, Mention] = {}
        for m in ms:
            first.setdefault(m.body.iri, m)
        spans = [(m.start, m.end) for m in ms]
        speaker = speaker_at.get(s.index)
        words = _Words(f, s)
        for kind in todo:
            cues = _cues(f, s, kind, spans, words)
            if not cues:
                continue
            general = [f"kind={kind}", f"grammar_same={'yes' if s.index in grammar[kind] else 'no'}",
                       f"grammar_other={'yes' if s.index in grammar[_other(kind)] else 'no'}",
                       f"paragraph_first={'yes' if s.index == 0 or s.paragraph != _prev_par(sentences, s) else 'no'}",
                       f"mentions={_bucket(len(first))}", f"cues={_bucket(len(cues))}",
                       *(f"cue_w-1={c.prev}" for c in cues[:3]), f"first={words.words[0] if words.words else '<s>'}"]
            sides = {m.body.iri: _side(f, s, m, cues, words, ms) for m in first.values()}
            sources: list[tuple[Body, Mention | None]] = [(m.body, m) for m in first.values()]
            if speaker is not None and speaker.iri not in first:
                sources.append((speaker, None))
            for src, sm in sources:
                src_feats = [f"s:{x}" for x in sides[src.iri]] if sm is not None else ["s:speaker"]
                for tm in first.values():
                    if tm.body.iri == src.iri:
                        continue
                    feats = [*general, *src_feats, *(f"t:{x}" for x in sides[tm.body.iri])]
                    feats.append(f"rel={_relation(src, tm.body)}")
                    if sm is not None:
                        feats.append("order=" + ("s<t" if sm.start < tm.start else "t<s"))
                        between = [c for c in cues if sm.end <= c.start and c.end <= tm.start]
                        if between:
                            feats.append(f"cue_between={between[0].word}")
                    elif speaker is not None and src.iri == speaker.iri:
                        feats.append("source_is_speaker")
                    yield Candidate(kind, s, src, tm.body, tm.start, tm.end, [*(kind[0] + "|" + x for x in feats)])


def _other(kind: str) -> str:
    return "reporting" if kind == "mandate" else "mandate"


def _prev_par(sentences: list[Sentence], s: Sentence) -> int:
    return sentences[s.index - 1].paragraph if 0 < s.index <= len(sentences) else -1


@cache
def weights(path: Path = WEIGHTS) -> dict[str, float]:
    """The trained weights (feature -> weight); empty when the file is absent. Read once per version
    of the file, not once per document (``apply`` runs for every document extracted)."""
    if not path.exists():
        return {}
    return _weights_of(path, path.stat().st_mtime_ns)


@cache
def _weights_of(path: Path, _version: int) -> dict[str, float]:
    with path.open(encoding="utf-8", newline="") as fh:
        rows = csv.reader(line for line in fh if not line.startswith("#"))
        next(rows, None)
        return {r[0]: float(r[1]) for r in rows if r}


def probability(features: list[str], w: dict[str, float]) -> float:
    z = w.get("bias", 0.0) + sum(w.get(x, 0.0) for x in features)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def provenance(fact: MandateFact | ReportFact) -> dict[str, object]:
    """For a record's ``x``: a back-off fact's method and probability (nothing for a grammar fact)."""
    if isinstance(fact, BackoffMandate | BackoffReport):
        return {"method": fact.method, "confidence": fact.confidence}
    return {}  # a grammar fact: records stay as they were


def grammar_sentences(mandates: list[MandateFact], reports: list[ReportFact]) -> dict[str, set[int]]:
    """Indices of the sentences where the grammar produced a mandate, resp. a report."""
    return {"mandate": {m.sentence.index for m in mandates}, "reporting": {r.sentence.index for r in reports}}


def apply(text: str, f: str, sentences: list[Sentence], mentions: list[Mention], duties: DutyFinder,
          thresholds: dict[str, float | None] | None = None) -> int:
    """Add the back-off's records to ``duties``: in sentences with a cue where the grammar produced no
    record of the kind, the best source's targets scored above the threshold. Returns how many."""
    w = weights()
    if not w:
        return 0
    limits = thresholds or THRESHOLDS
    grammar = grammar_sentences(duties.mandates, duties.reports)
    best: dict[tuple[str, int], list[tuple[float, Candidate]]] = {}
    kinds = tuple(kind for kind in KINDS if limits.get(kind) is not None)
    for c in candidates(f, sentences, mentions, duties.speaker_at, grammar, kinds, silent_only=True):
        if c.kind == "mandate" and (PARTNER_FEATURE in c.features or stands_above(c.target, c.source)
                                    or cannot_direct(c.source, c.target)
                                    or _SUBORDINATE_BEFORE_RX.search(f, max(c.sentence.start, c.target_at - 16),
                                                                     c.target_at)):
            # a partner after "phối hợp với" cooperates, a body above the source is asked, not tasked; "sau khi
            # Ủy ban Thường vụ Quốc hội thông qua …" names the subject of a condition
            continue
        limit = limits[c.kind]
        assert limit is not None
        p = probability(c.features, w)
        if p >= limit:
            best.setdefault((c.kind, c.sentence.index), []).append((p, c))
    added = 0
    for (kind, _i), scored in sorted(best.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        top = max(scored, key=lambda pc: pc[0])[1].source  # one assigner (reporter) per sentence: the likeliest
        seen: set[str] = set()
        for p, c in sorted(scored, key=lambda pc: pc[1].target_at):
            if c.source.iri != top.iri or c.target.iri in seen:
                continue
            seen.add(c.target.iri)
            s = c.sentence
            if kind == "mandate":
                task = text[c.end:s.end].strip(" ,;.:")
                action, concept = duties._action(c.end, s.end)  # the grammar's reading of a task's verbs
                freqs = [frequency_at(text, m) for m in FREQUENCY_RX.finditer(f, c.end, s.end)]
                deadline = find_deadline(text, f, c.end, s.end, duties.year)
                duties.mandates.append(BackoffMandate(s, c.source, c.target, task, c.end, s.end, action, concept,
                                                      frequencies=freqs, deadline=deadline, confidence=round(p, 3)))
            else:
                duties.reports.append(BackoffReport(s, c.source, c.target, "", None, None, None,
                                                    confidence=round(p, 3)))
            added += 1
    return added
