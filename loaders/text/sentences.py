"""Sentence splitting with character offsets into the document text.

Rules, not a model: a line break always ends a sentence; ``.``, ``!``, ``?`` and ``…`` end one
when followed by a space and a capital letter, digit, quote or bracket. Abbreviations that end
in a dot ("TP. Hồ Chí Minh", "Q. 1", "PGS.TS.") do not end a sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ABBREVIATIONS = {"tp", "tt", "q", "p", "ts", "ths", "pgs", "gs", "bs", "tx", "nxb", "st", "mr", "ms", "x", "h"}
_END_RE = re.compile(r"[.!?…]+[\"”’»)]*(?=\s+[\"“‘«(\[]?(\w))")
_WORD_BEFORE_RE = re.compile(r"(\w+)\.$")


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    paragraph: int


def split_sentences(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    pos = 0
    paragraph = 0
    for line in text.split("\n"):
        line_start = pos
        pos += len(line) + 1
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
        if m.group(0).startswith(".") and _is_abbreviation(line[start:m.start() + 1]):
            continue
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(line)))
    return spans


def _is_abbreviation(before: str) -> bool:
    m = _WORD_BEFORE_RE.search(before)
    return m is not None and m.group(1).lower() in _ABBREVIATIONS
