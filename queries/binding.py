"""Binding query parameters safely: values become RDF terms inside a VALUES block.

A value is turned into a pyoxigraph term (which validates IRIs and escapes literals), and the
terms are written as one ``VALUES`` row at the start of the query's top-level WHERE group. The
same text then runs on the embedded store and on any remote endpoint. A missing optional
parameter is ``UNDEF``, so a pattern that mentions it matches every value.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from functools import lru_cache

import pyoxigraph as ox

from bomay.errors import QueryError
from bomay.namespaces import PREFIXES, XSD
from bomay.queries.catalog import NamedQuery, Param

_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_NAME_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_TOKEN_RE = re.compile(
    r"""
    (?P<comment>\#[^\n]*)
    | (?P<string>'''.*?'''|\"\"\".*?\"\"\"|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")
    | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
    | (?P<var>[?$][A-Za-z_0-9]\w*)
    | (?P<open>\{) | (?P<close>\})
    | (?P<word>[A-Za-z_][\w-]*)
    | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)

EntityResolver = Callable[[str, Mapping[str, str]], ox.NamedNode]


def to_term(param: Param, value: str, resolve_entity: EntityResolver | None = None,
            context: Mapping[str, str] | None = None) -> ox.NamedNode | ox.Literal:
    """Turn one user-supplied string into the RDF term its declared type asks for."""
    kind = param.type
    try:
        if kind == "iri" or (kind == "entity" and looks_like_iri(value)):
            return ox.NamedNode(expand_iri(value))
        if kind == "entity":
            if resolve_entity is None:
                raise QueryError(f"parameter {param.name}: give an IRI (names are looked up only in a store)")
            return resolve_entity(value, context or {})
        if kind == "date":
            if not _DATE_RE.match(value):
                raise QueryError(f"parameter {param.name}: {value!r} is not a date (want YYYY-MM-DD)")
            return ox.Literal(value, datatype=ox.NamedNode(XSD + "date"))
        if kind == "integer":
            return ox.Literal(str(int(value)), datatype=ox.NamedNode(XSD + "integer"))
        if kind == "decimal":
            float(value)
            return ox.Literal(value, datatype=ox.NamedNode(XSD + "decimal"))
        if kind == "boolean":
            lowered = value.lower()
            if lowered not in {"true", "false", "1", "0", "yes", "no"}:
                raise QueryError(f"parameter {param.name}: {value!r} is not true or false")
            return ox.Literal("true" if lowered in {"true", "1", "yes"} else "false",
                              datatype=ox.NamedNode(XSD + "boolean"))
        return ox.Literal(value)
    except ValueError as exc:
        raise QueryError(f"parameter {param.name}: {value!r} is not a valid {kind}: {exc}") from exc


def looks_like_iri(value: str) -> bool:
    if value.startswith("<") and value.endswith(">"):
        return True
    if re.match(r"^[a-z][a-z0-9+.-]*://", value):
        return True
    prefix, sep, _ = value.partition(":")
    return bool(sep) and prefix in PREFIXES


def expand_iri(value: str) -> str:
    """``<x>`` -> ``x``; ``bm:Mandate`` -> the full IRI; anything else unchanged."""
    if value.startswith("<") and value.endswith(">"):
        return value[1:-1]
    prefix, sep, local = value.partition(":")
    if sep and prefix in PREFIXES and not local.startswith("//"):
        return PREFIXES[prefix] + local
    return value


def infer_param(name: str, value: str) -> Param:
    """A parameter of an ad-hoc query (no header): guess the type from the value."""
    if looks_like_iri(value):
        return Param(name, "iri")
    if _DATE_RE.match(value):
        return Param(name, "date")
    if re.fullmatch(r"-?\d+", value):
        return Param(name, "integer")
    return Param(name, "string")


def bind_parameters(query: NamedQuery, values: Mapping[str, str],
                    resolve_entity: EntityResolver | None = None) -> str:
    """The query text with every declared parameter bound; unknown or missing ones are errors."""
    bad_names = sorted(n for n in values if not _NAME_RE.match(n))
    if bad_names:
        raise QueryError(f"query {query.name!r} has no parameter {', '.join(map(repr, bad_names))}: "
                         "parameter names are letters, digits and _")
    declared = {p.name: p for p in query.params}
    if not declared and not query.shipped:
        declared = {name: infer_param(name, value) for name, value in values.items()}
    unknown = sorted(set(values) - set(declared))
    if unknown:
        known = ", ".join(declared) or "none"
        raise QueryError(f"query {query.name!r} has no parameter {', '.join(unknown)}; its parameters: {known}")
    effective: dict[str, str] = {}
    for param in declared.values():
        value = values.get(param.name, param.default)
        if value is None or value == "":
            if param.required:
                raise QueryError(f"query {query.name!r} needs --param {param.name}=... ({param.description})")
            continue
        effective[param.name] = value
    terms: dict[str, str] = {}
    for name, value in effective.items():
        terms[name] = str(to_term(declared[name], value, resolve_entity, effective))
    if not declared:
        return query.sparql
    return bound_text(query.name, query.sparql, tuple(declared), tuple(sorted(terms.items())))


@lru_cache(maxsize=1024)
def bound_text(name: str, sparql: str, declared: tuple[str, ...], terms: tuple[tuple[str, str], ...]) -> str:
    """The query text with the given terms bound (a VALUES row, and folded into the body).

    Cached: the token walk costs 0.1-0.5 ms per call, more than a small query itself, and the
    pages and the API bind the same few queries with the same values again and again. The key
    is the text and the terms themselves, so a changed query or value is a different entry.
    """
    given = dict(terms)
    marked = insert_into_where(sparql, _MARK, name)
    head, tail = marked.split(_MARK, 1)
    foldable = foldable_parameters(sparql, list(declared))
    # A given parameter written into the text stays in the VALUES row only if the projection names
    # it: a VALUES column nothing else uses made Virtuoso 7.2 hang on `predecessors`.
    star = re.search(r"\bSELECT\s+((DISTINCT|REDUCED)\s+)?\*", head, re.IGNORECASE)
    names = [n for n in declared
             if star or not (n in given and n in foldable and not re.search(rf"[?$]{n}\b", head))]
    row = " ".join(given.get(n, "UNDEF") for n in names)
    block = f" VALUES ({' '.join('?' + n for n in names)}) {{ ({row}) }} " if names else " "
    from bomay.queries.prune import drop_dead_parts  # it reads this module's tokens

    return head + block + drop_dead_parts(fold_parameters(tail, {n: t for n, t in given.items() if n in foldable},
                                                              foldable))


_ASSIGNED_RE = re.compile(r"\bAS\s+[?$]([A-Za-z_0-9]\w*)", re.IGNORECASE)


def foldable_parameters(sparql: str, names: Iterable[str]) -> set[str]:
    """The parameters that can be written into the text: not those the query binds itself
    (``BIND(... AS ?p)``), which the VALUES row filters by joining, as before."""
    return set(names) - {m.group(1) for m in _ASSIGNED_RE.finditer(sparql)}


_MARK = "\x00bomay-values\x00"
_BOUND_RE = re.compile(r"BOUND\s*\(\s*[?$]([A-Za-z_0-9]\w*)\s*\)", re.IGNORECASE)


def fold_parameters(sparql: str, terms: Mapping[str, str], names: set[str]) -> str:
    """The query body with each given parameter's variable replaced by its term and every
    ``BOUND(?param)`` by ``true`` or ``false``.

    The VALUES row alone leaves it to the engine to carry the values into every FILTER,
    OPTIONAL and EXISTS; some servers (Virtuoso) do not, and answered ``units``, ``reports``,
    ``mandates`` and ``topics`` wrongly. Written into the text, a given parameter is a constant
    and an absent one an unbound variable, whatever the engine. Comments, strings and IRIs are
    left alone.
    """
    out: list[str] = []
    pos = 0
    while pos < len(sparql):
        match = _TOKEN_RE.match(sparql, pos)
        assert match is not None  # the last alternative matches any character
        kind, text = match.lastgroup, match.group()
        if kind == "word" and text.upper() == "BOUND":
            bound = _BOUND_RE.match(sparql, pos)
            if bound and bound.group(1) in names:
                out.append("true" if bound.group(1) in terms else "false")
                pos = bound.end()
                continue
        if kind == "var" and text[1:] in terms:
            text = terms[text[1:]]
        out.append(text)
        pos = match.end()
    return "".join(out)


def iri_term(value: str) -> str:
    """An IRI as SPARQL text, checked by pyoxigraph (ValueError for one that is not an IRI)."""
    if any(c in value for c in '<>"{}|^`\\ '):
        raise ValueError(f"not an IRI: {value!r}")
    return str(ox.NamedNode(value))


def bind_values(sparql: str, var: str, iris: Iterable[str]) -> str:
    """The query with ``?var`` bound to each of the IRIs, inside its top-level WHERE group."""
    return insert_into_where(sparql, f" {values_text((var,), iris)} ")


# -- templates with VALUES slots ----------------------------------------------------------------
#
# The analytics read whole columns or a few hundred subjects at a time, in VALUES blocks placed
# where the plan wants them (often inside a sub-select), which a one-row parameter binding cannot
# express. Their templates are valid SPARQL with empty ``VALUES ?x { }`` blocks ("slots"):
# :func:`fill_values` writes rows of terms into them, each value escaped as a term.

Value = str | int | ox.NamedNode | ox.Literal | None  # str: an IRI; int: an xsd:integer; None: UNDEF

_SLOT_RE = re.compile(r"VALUES\s*(?:[?$](?P<one>\w+)|\((?P<many>(?:\s*[?$]\w+)+)\s*\))\s*\{\s*\}", re.IGNORECASE)


def term_text(value: Value) -> str:
    """One value as SPARQL text: an IRI checked, a literal escaped by pyoxigraph, None as UNDEF."""
    if value is None:
        return "UNDEF"
    if isinstance(value, (ox.NamedNode, ox.Literal)):
        return str(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return str(ox.Literal(str(value), datatype=ox.NamedNode(XSD + "integer")))
    if isinstance(value, str):
        return iri_term(value)
    raise TypeError(f"not a SPARQL value: {value!r}")


@lru_cache(maxsize=256)
def values_slots(sparql: str) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """The template cut at its empty VALUES blocks: the text around them, and each block's
    variables (comments, strings and IRIs are not searched)."""
    pieces: list[str] = []
    slots: list[tuple[str, ...]] = []
    start = pos = 0
    while pos < len(sparql):
        match = _TOKEN_RE.match(sparql, pos)
        assert match is not None  # the last alternative matches any character
        slot = _SLOT_RE.match(sparql, pos) if match.lastgroup == "word" else None
        if slot is not None:
            pieces.append(sparql[start:pos])
            many = slot.group("many")
            slots.append(tuple(v[1:] for v in many.split()) if many else (slot.group("one"),))
            start = pos = slot.end()
        else:
            pos = match.end()
    pieces.append(sparql[start:])
    return tuple(pieces), tuple(slots)


def fill_values(sparql: str, columns: Mapping[str, Iterable[Value] | Iterable[Sequence[Value]] | None]) -> str:
    """The template with each empty VALUES block filled: ``columns`` maps its variables as
    written (``"s"``, ``"k c"``) to the values (one per row, or a tuple per row for several
    variables); None drops the block, leaving the variables unrestricted. Every slot must be
    given and every key must name a slot (ValueError otherwise)."""
    pieces, slots = values_slots(sparql)
    wanted = {tuple(key.split()): rows for key, rows in columns.items()}
    if set(wanted) != set(slots):
        raise ValueError(f"VALUES slots of the template: {sorted(' '.join(s) for s in slots)}; "
                         f"given: {sorted(columns)}")
    out = [pieces[0]]
    for names, piece in zip(slots, pieces[1:], strict=True):
        rows = wanted[names]
        if rows is not None:
            out.append(values_text(names, rows))
        out.append(piece)
    return "".join(out)


def values_text(names: Sequence[str], rows: Iterable[Value] | Iterable[Sequence[Value]]) -> str:
    """``VALUES ?a { ... }`` or ``VALUES (?a ?b) { (...) ... }`` with every value a checked term."""
    bad = [n for n in names if not _NAME_RE.match(n)]
    if bad or not names:
        raise ValueError(f"not variable names: {list(names)!r}")
    if len(names) == 1:
        return f"VALUES ?{names[0]} {{ {' '.join(term_text(v) for v in rows)} }}"  # type: ignore[arg-type]
    lines = []
    for row in rows:
        if isinstance(row, (str, ox.NamedNode, ox.Literal)) or not isinstance(row, Sequence) or len(row) != len(names):
            raise ValueError(f"a row of VALUES ({' '.join(names)}) needs {len(names)} values, not {row!r}")
        lines.append(f"({' '.join(term_text(v) for v in row)})")
    return f"VALUES ({' '.join('?' + n for n in names)}) {{ {' '.join(lines)} }}"


QUERY_FORMS = ("SELECT", "CONSTRUCT", "ASK", "DESCRIBE")


def _top_level_tokens(sparql: str) -> Iterator[re.Match[str]]:
    """The word tokens outside every brace, comments, strings and IRIs skipped."""
    depth = 0
    for match in _TOKEN_RE.finditer(sparql):
        kind = match.lastgroup
        if kind == "open":
            depth += 1
        elif kind == "close":
            depth -= 1
        elif kind == "word" and depth == 0:
            yield match


def _top_level_words(sparql: str) -> Iterator[str]:
    """The upper-cased keywords and names outside every brace."""
    return (match.group().upper() for match in _top_level_tokens(sparql))


def query_form(sparql: str) -> str | None:
    """SELECT, CONSTRUCT, ASK or DESCRIBE: the form of a query (None for an update or garbage)."""
    return next((w for w in _top_level_words(sparql) if w in QUERY_FORMS), None)


def split_prologue(sparql: str) -> tuple[str, str]:
    """(the PREFIX/BASE declarations, the query from its form keyword on)."""
    for match in _top_level_tokens(sparql):
        if match.group().upper() in QUERY_FORMS:
            return sparql[: match.start()], sparql[match.start():]
    return "", sparql


def top_level_words(sparql: str) -> set[str]:
    """Every keyword of the outermost query (a LIMIT inside a sub-select is not one of them)."""
    return set(_top_level_words(sparql))


def insert_into_where(sparql: str, block: str, name: str = "query") -> str:
    """Insert text just inside the opening brace of the top-level WHERE group."""
    depth = 0
    form = None
    saw_where = False
    top_braces: list[int] = []
    for match in _TOKEN_RE.finditer(sparql):
        kind = match.lastgroup
        if kind == "word" and depth == 0:
            word = match.group().upper()
            if form is None and word in {"SELECT", "CONSTRUCT", "ASK", "DESCRIBE"}:
                form = word
            elif word == "WHERE" and form is not None:
                saw_where = True
        elif kind == "open":
            if depth == 0:
                top_braces.append(match.start())
                if saw_where or (form != "CONSTRUCT" and len(top_braces) == 1) or (
                        form == "CONSTRUCT" and len(top_braces) == 2):
                    if form == "CONSTRUCT" and saw_where and len(top_braces) == 1:
                        raise QueryError(f"{name}: the short form CONSTRUCT WHERE {{...}} cannot take parameters")
                    pos = match.end()
                    return sparql[:pos] + block + sparql[pos:]
            depth += 1
        elif kind == "close":
            depth -= 1
    raise QueryError(f"{name}: cannot find the query's WHERE clause to bind parameters")
