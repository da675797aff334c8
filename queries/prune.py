"""Dropping the OPTIONAL groups and UNION branches that folded parameters switched off.

A named query pairs OPTIONALs that apply only when a parameter is (or is not) given, e.g.
``OPTIONAL { ?doc dct:title ?title FILTER(BOUND(?body)) }``. Once the parameters are written into
the text, such a FILTER reads ``false`` and its OPTIONAL can never bind anything, so dropping it
changes no answer. It matters on Virtuoso 7.2, which answers NO rows at all for a query holding an
OPTIONAL of one triple pattern whose FILTER is constantly false (the unfiltered ``mandates`` and
``reports`` came back empty). Only flat OPTIONALs (triple patterns and FILTERs) are dropped: that
is the shape Virtuoso mis-evaluates, and dropping the dead sub-select ones as well turned the
``topic`` form of ``mandates`` into another empty answer there (a plan change, not a fix).

A UNION branch whose own FILTER reads ``false`` holds no solution either; ``reports`` and
``mandates`` choose between plans that way (a place-first plan when only a jurisdiction is
given). Dropping the dead branch matters for speed: the engines still evaluate it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bomay.queries.binding import _TOKEN_RE

# Inside a FILTER's parentheses: strings and IRIs whole (their characters are not operators).
_EXPR_RE = re.compile(r"""\s+|"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|<[^<>\s]*>|&&|\|\||!=|[!()]|[^\s()!&|"'<]+|.""")


def drop_dead_parts(sparql: str) -> str:
    """The query without its dead UNION branches and dead flat OPTIONALs."""
    return drop_dead_optionals(drop_dead_branches(sparql))


def drop_dead_branches(sparql: str) -> str:
    """The query without the UNION branches whose own top-level FILTER is constantly false.

    A branch left alone stays a group (``{ A }``); a UNION whose branches are all dead becomes
    ``{ FILTER(false) }``, which is what it was worth.
    """
    while True:
        tokens = _tokens(sparql)
        for chain in _union_chains(tokens):
            live = [(o, c) for o, c in chain if not _top_filter_false(sparql, tokens, o, c)]
            if len(live) == len(chain):
                continue
            kept = " UNION ".join(sparql[tokens[o][2]:tokens[c][3]] for o, c in live) or "{ FILTER(false) }"
            sparql = sparql[:tokens[chain[0][0]][2]] + kept + sparql[tokens[chain[-1][1]][3]:]
            break
        else:
            return sparql


def _tokens(sparql: str) -> list[tuple[str | None, str, int, int]]:
    return [(m.lastgroup, m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(sparql)]


def _union_chains(tokens: list[tuple[str | None, str, int, int]]) -> list[list[tuple[int, int]]]:
    """Each ``{A} UNION {B} UNION …`` as the (open, close) token indices of its branches."""
    chains: list[list[tuple[int, int]]] = []
    member: set[int] = set()
    for i, (kind, _, _, _) in enumerate(tokens):
        if kind != "open" or i in member:
            continue
        chain = []
        open_at: int | None = i
        while open_at is not None:
            close = _group_end(tokens, open_at)
            if close is None:
                break
            chain.append((open_at, close))
            after = _next_solid(tokens, close + 1)
            is_union = after < len(tokens) and tokens[after][0] == "word" and tokens[after][1].upper() == "UNION"
            open_at = _next_solid(tokens, after + 1) if is_union else None
        if len(chain) > 1:
            chains.append(chain)
            member.update(o for o, _ in chain)
    return chains


def _top_filter_false(sparql: str, tokens: list[tuple[str | None, str, int, int]], open_at: int, close: int) -> bool:
    """Whether a FILTER of the group itself (not of a group nested in it) is constantly false."""
    depth = 0
    for kind, text, _, end in tokens[open_at + 1 : close]:
        depth += (kind == "open") - (kind == "close")
        if depth == 0 and kind == "word" and text.upper() == "FILTER":
            expression = _parenthesised(sparql, end)
            if expression is not None and _evaluate(expression) is False:
                return True
    return False


def drop_dead_optionals(sparql: str) -> str:
    """The query without its OPTIONAL groups whose own FILTER is constantly false."""
    tokens = _tokens(sparql)
    out: list[str] = []
    pos = i = 0
    while i < len(tokens):
        kind, text, start, _ = tokens[i]
        if kind == "word" and text.upper() == "OPTIONAL":
            close = _group_end(tokens, _next_solid(tokens, i + 1))
            if close is not None and _has_false_filter(sparql, tokens, _next_solid(tokens, i + 1), close):
                out.append(sparql[pos:start])
                pos = tokens[close][3]
                i = close + 1
                continue
        i += 1
    out.append(sparql[pos:])
    return "".join(out)


def _next_solid(tokens: list[tuple[str | None, str, int, int]], i: int) -> int:
    """The index of the next token that is not white space or a comment."""
    while i < len(tokens) and (tokens[i][0] == "comment" or tokens[i][1].isspace()):
        i += 1
    return i


def _group_end(tokens: list[tuple[str | None, str, int, int]], open_at: int) -> int | None:
    """The index of the ``}`` closing the group that opens at open_at (None if it does not open one)."""
    if open_at >= len(tokens) or tokens[open_at][0] != "open":
        return None
    depth = 0
    for j in range(open_at, len(tokens)):
        if tokens[j][0] == "open":
            depth += 1
        elif tokens[j][0] == "close":
            depth -= 1
            if depth == 0:
                return j
    return None


def _has_false_filter(sparql: str, tokens: list[tuple[str | None, str, int, int]], open_at: int, close: int) -> bool:
    """Whether the group is flat (no nested group) and one of its FILTERs is constantly false."""
    inside = tokens[open_at + 1 : close]
    if any(kind in ("open", "close") for kind, _, _, _ in inside):
        return False
    return any(kind == "word" and text.upper() == "FILTER" and (expression := _parenthesised(sparql, end)) is not None
               and _evaluate(expression) is False for kind, text, _, end in inside)


def _parenthesised(sparql: str, at: int) -> list[str] | None:
    """The tokens of the parenthesised expression starting at ``at`` (after white space)."""
    parts: list[str] = []
    depth = 0
    for match in _EXPR_RE.finditer(sparql, at):
        text = match.group()
        if text.isspace():
            continue
        if not parts and text != "(":
            return None  # FILTER EXISTS {...} or FILTER f(...): not a constant
        parts.append(text)
        depth += (text == "(") - (text == ")")
        if depth == 0:
            return parts
    return None


def _evaluate(parts: list[str]) -> bool | None:
    """A FILTER expression's value if ``true``/``false``/``!``/``&&``/``||`` decide it, else None."""
    value, _ = _or(parts, 0)
    return value


def _or(parts: list[str], i: int) -> tuple[bool | None, int]:
    return _chain(parts, i, "||", _and, True)


def _and(parts: list[str], i: int) -> tuple[bool | None, int]:
    return _chain(parts, i, "&&", _not, False)


def _chain(parts: list[str], i: int, op: str, operand: Callable[[list[str], int], tuple[bool | None, int]],
           absorbing: bool) -> tuple[bool | None, int]:
    """Operands joined by ``op``: decided by one ``absorbing`` operand (true for ||, false for &&),
    or by all operands being the other value; else undecided (None)."""
    values = []
    value, i = operand(parts, i)
    values.append(value)
    while i < len(parts) and parts[i] == op:
        value, i = operand(parts, i + 1)
        values.append(value)
    if absorbing in values:
        return absorbing, i
    return ((not absorbing) if all(v is (not absorbing) for v in values) else None), i


def _not(parts: list[str], i: int) -> tuple[bool | None, int]:
    if i < len(parts) and parts[i] == "!":
        value, i = _not(parts, i + 1)
        return (None if value is None else not value), i
    if i < len(parts) and parts[i] == "(":
        value, i = _or(parts, i + 1)
        if i < len(parts) and parts[i] == ")":
            return value, i + 1
        return None, len(parts)
    if i < len(parts) and parts[i] in ("true", "false") and (i + 1 == len(parts) or parts[i + 1] in ("&&", "||", ")")):
        return parts[i] == "true", i + 1
    # Anything else (a comparison, a function call) up to the next && or || at this depth: unknown.
    depth = 0
    while i < len(parts):
        if depth == 0 and parts[i] in ("&&", "||", ")"):
            break
        depth += (parts[i] == "(") - (parts[i] == ")")
        i += 1
    return None, i
