"""Pure functions the frames share: stepping over spaces and punctuation, list headings, splitting
spans, keeping bodies unique. No finder state, so they live outside the mixins.
"""

from __future__ import annotations

import re

from bomay.loaders.text.bodies import Mention
from bomay.loaders.text.duties.facts import Actor
from bomay.loaders.text.naming import Body
from bomay.loaders.text.sentences import Sentence


def _subgroups(groups: list[list[Actor]]) -> list[list[Actor]]:
    """Each group and its tails: in "Về trách nhiệm của A, B yêu cầu …" B alone is the subject."""
    return [g[k:] for g in groups for k in range(len(g))]


def _standing_board_of(committee: Body, name: str, mentions: list[Mention]) -> Body:
    for m in mentions:
        if m.body.name == name:
            return m.body
    return committee


def _skip(s: str, pos: int) -> int:
    while pos < len(s) and s[pos] in " \t":
        pos += 1
    return pos


def _skip_punct(s: str, pos: int) -> int:
    while pos < len(s) and s[pos] in " \t,:":
        pos += 1
    return pos


def _trim_end(t: str, end: int) -> int:
    while end > 0 and t[end - 1] in " .…;:,\"”’»)":
        end -= 1
    return end


def _heading_list(t: str, pos: int, hi: int) -> bool:
    """A heading of addressees set apart by ";" that ends in ":" ("Thủ trưởng các sở; …; Chủ tịch UBND các huyện:")."""
    rest = t[pos:hi].rstrip()
    return rest.endswith(":") and ";" in rest


def _is_heading_start(f: str, s: Sentence, start: int) -> bool:
    """Only a list marker (or nothing) before ``start``: "- Sở Y tế:", "1. Sở Tài chính:"."""
    return bool(re.fullmatch(r"[\s\"“(]*(?:[-–+•*]|\(?\d{1,2}[.)/-]|\(?[a-zđ][.)])?\s*", f[s.start:start]))


def _is_heading(s: Sentence) -> bool:
    """A short line without closing punctuation, or a line in capitals ("ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN …")."""
    text = s.text.strip()
    shouting = any(c.isalpha() for c in text) and text == text.upper() and len(text.split()) >= 3
    return shouting or (not text.endswith((".", "!", "?", "…", ";", ":", "\"", "”")) and len(text.split()) <= 12)


def _exclude(lo: int, hi: int, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = lo
    for a, b in sorted(spans):
        if a > pos:
            out.append((pos, a))
        pos = max(pos, b)
    if pos < hi:
        out.append((pos, hi))
    return out


def _unique(bodies: list[Body]) -> list[Body]:
    seen: set[str] = set()
    out = []
    for b in bodies:
        if b.iri not in seen:
            seen.add(b.iri)
            out.append(b)
    return out
