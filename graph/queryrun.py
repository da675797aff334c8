"""Running a query by name, file or text, with its parameters bound and prefixes supplied."""

from __future__ import annotations

import os
import re
import weakref
from collections.abc import Callable, Mapping
from pathlib import Path

from bomay.errors import QueryError
from bomay.graph.lookup import resolve_entity
from bomay.graph.store import QueryResult, Store
from bomay.namespaces import PREFIXES
from bomay.queries import NamedQuery, bind_parameters, get_query, parse_query_file
from bomay.queries.catalog import shipped_query

_DECLARED_RE = re.compile(r"PREFIX\s+([A-Za-z][\w-]*)?\s*:", re.IGNORECASE)
# One pass finds every known prefix the text uses (longest names first, so that a prefix that is
# the start of another never shadows it).
_USED_RE = re.compile(r"(?<![\w:])(" + "|".join(re.escape(p) for p in sorted(PREFIXES, key=len, reverse=True))
                      + r"):")


def with_prefixes(sparql: str) -> str:
    """Declare the known prefixes the query uses but does not declare, all on its first line.

    Keeping them on one line that is joined to the query's own first line means a parser's
    line numbers still point at the user's lines.
    """
    if ":" not in sparql:
        return sparql
    declared = {m.group(1) or "" for m in _DECLARED_RE.finditer(sparql)}
    used = {m.group(1) for m in _USED_RE.finditer(sparql)} - declared
    if not used:
        return sparql
    return "".join(f"PREFIX {p}: <{PREFIXES[p]}> " for p in sorted(used)) + sparql


def load_query(name_or_file: str | None, sparql_text: str | None) -> NamedQuery:
    """The query to run: ad-hoc text, a ``.rq`` file, or a named query (a copy the caller may change)."""
    return _load_query(name_or_file, sparql_text, get_query)


def _load_query(name_or_file: str | None, sparql_text: str | None,
                named: Callable[[str], NamedQuery]) -> NamedQuery:
    if sparql_text is not None:
        return NamedQuery(name="--sparql", sparql=sparql_text)
    assert name_or_file is not None
    if name_or_file.endswith(".rq") or os.path.isfile(name_or_file):
        path = Path(name_or_file)
        if not path.is_file():
            raise QueryError(f"{path}: no such query file")
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            raise QueryError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
        return parse_query_file(text, path.stem, str(path))
    return named(name_or_file)


# Prepared texts per data version: binding, name lookup and prefixing cost about a millisecond,
# more than a small query itself, and the API and the pages repeat the same calls. A build on
# disk is known by its path; a snapshot that never changes (``frozen = True``: the server's
# in-memory copy of a build) by the object itself, held weakly so a reloaded server frees the old
# snapshot's entries with it. A remote endpoint may change at any time: nothing is kept for it.
_PREPARED: dict[tuple[str, str, tuple[tuple[str, str], ...]], str] = {}
_PREPARED_FROZEN: weakref.WeakKeyDictionary[object, dict[tuple[str, tuple[tuple[str, str], ...]], str]] = (
    weakref.WeakKeyDictionary())
_PREPARED_MAX = 1024


def _cache_for(store: Store) -> tuple[dict, tuple]:
    """The cache that holds the store's prepared texts and the key prefix within it ({} if none)."""
    version = getattr(store, "current_path", None)  # names resolve against one build's data
    if version:
        return _PREPARED, (str(version),)
    if getattr(store, "frozen", False):
        return _PREPARED_FROZEN.setdefault(store, {}), ()
    return {}, ()


def prepare(store: Store, query: NamedQuery, params: Mapping[str, str]) -> str:
    """The exact SPARQL text that will run: parameters bound, prefixes declared."""
    cache, prefix = _cache_for(store)
    key = (*prefix, query.sparql, tuple(sorted(params.items())))
    kept = cache.get(key)  # one lookup: the server's threads share the cache, and one may clear it
    if kept is not None:
        return kept
    bound = bind_parameters(query, params, lambda name, ctx: resolve_entity(store, name, ctx))
    text = with_prefixes(bound)
    if len(cache) >= _PREPARED_MAX:
        cache.clear()
    cache[key] = text
    return text


def prepared_text(store: Store, name_or_file: str | None, sparql_text: str | None,
                  params: Mapping[str, str]) -> str:
    """The SPARQL text a name, file or text with parameters stands for, ready to run on store."""
    # The shared cached query, not a copy: nothing here changes it, and copying cost more than a
    # millisecond query's own overhead budget.
    query = _load_query(name_or_file, sparql_text, shipped_query)
    return prepare(store, query, params)


def run_query(store: Store, name_or_file: str | None, sparql_text: str | None,
              params: Mapping[str, str]) -> QueryResult:
    return store.query(prepared_text(store, name_or_file, sparql_text, params))
