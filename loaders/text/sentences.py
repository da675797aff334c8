"""Sentence splitting with character offsets into the document text.

Rules, not a model: a line break ends a sentence (unless the line is hard-wrapped: no final punctuation
before it, a lowercase word after it); ``.``, ``!``, ``?`` and ``…`` end one
when followed by a space and a capital letter, digit, quote or bracket. Abbreviations that end
in a dot ("TP. Hồ Chí Minh", "Q. 1", "PGS.TS.") do not end a sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bomay.loaders.text.vocabulary import vocabulary

_ABBREVIATIONS = {"tp", "tt", "q", "p", "ts", "ths", "pgs", "gs", "bs", "tx", "nxb", "st", "mr", "ms", "x", "h"}
_END_RE = re.compile(r"[.!?…]+[\"”’»)]*(?=\s+[\"“‘«(\[]?(\w))")
_WORD_BEFORE_RE = re.compile(r"(\w+)\.$")
# an opener written with a capital after an abbreviation's dot starts a sentence: "… của Văn phòng UBND TP. Theo
# đó, giao …" (sentence_cues.csv: opener, continuation_opener, past_opener)
_OPENERS = sorted({c[0].upper() + c[1:] for role in ("opener", "continuation_opener", "past_opener")
                   for c in vocabulary().sentence_cues(role)}, key=len, reverse=True)
OPENER_AFTER_DOT_RE = re.compile(r"\.[ \t]+(?:" + "|".join(re.escape(c) for c in _OPENERS) + r")(?!\w)")


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    paragraph: int


_CLOSED_RE = re.compile(r"[.!?…:;\"”’»)]\s*$")
_WRAPPED_RE = re.compile(r"[^\W\d_A-ZĐÀ-Ỹ](?![).]\s)")  # a lowercase word that is no list marker ("a) ")


def _lines(text: str) -> list[tuple[int, str]]:
    """The text's lines with their offsets, a hard-wrapped line joined to the next ("… UBND\ntỉnh ban hành …": the
    line before ends in no punctuation and the next goes on in lower case), the line break kept in the text."""
    out: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        if out and out[-1][1].strip() and not _CLOSED_RE.search(out[-1][1]) and _WRAPPED_RE.match(line.lstrip()):
            out[-1] = (out[-1][0], out[-1][1] + "\n" + line)
        else:
            out.append((pos, line))
        pos += len(line) + 1
    return out


def split_sentences(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    paragraph = 0
    for line_start, line in _lines(text):
        if not line.strip():
            continue
        for start, end in _split_line(line):
            chunk = line[start:end]
            lead = len(chunk) - len(chunk.lstrip())
            trail = len(chunk.rstrip())
            if trail <= lead:
                continue
            s, e = line_start + start + lead, line_start + start + trail
            out.append(Sentence(len(out), s, e, text[s:e], paragraph))
        paragraph += 1
    return out


def _split_line(line: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _END_RE.finditer(line):
        if not (m.group(1).isupper() or m.group(1).isdigit()):
            continue
        if m.group(0).startswith(".") and _is_abbreviation(line[start:m.start() + 1]) \
                and not OPENER_AFTER_DOT_RE.match(line, m.start()):
            continue
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(line)))
    return spans


def _is_abbreviation(before: str) -> bool:
    m = _WORD_BEFORE_RE.search(before)
    return m is not None and m.group(1).lower() in _ABBREVIATIONS
