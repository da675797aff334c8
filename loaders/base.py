"""The two shapes a loader takes.

A *Source* is part of the default build (``bomay build``): it knows where its data is and
yields the named graphs it owns. A *Loader* reads files the user names (``bomay load NAME
PATH...``) and reports, per file, what it could not read, so one bad file never stops the
others and never half-writes the store.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import pyoxigraph as ox

from bomay.graph.store import GraphPart
from bomay.namespaces import BM, RDFS, SCHEMA, SKOS
from bomay.textnorm import search_key

LABEL_PREDICATES = frozenset(
    ox.NamedNode(p)
    for p in (SKOS + "prefLabel", SKOS + "altLabel", SKOS + "hiddenLabel", RDFS + "label", SCHEMA + "name")
)
SEARCH_KEY = ox.NamedNode(BM + "searchKey")


@dataclass
class LoadResult:
    """What a loader produced: complete graphs, one message per input it had to skip (problems),
    and warnings about inputs it did load."""

    parts: list[GraphPart] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


class Source(Protocol):
    name: str
    title: str

    def parts(self) -> Iterator[GraphPart]: ...


class Loader(Protocol):
    name: str
    title: str

    def read(self, paths: list[Path], options: dict[str, Any]) -> LoadResult: ...


def with_search_keys(triples: Iterable[ox.Triple]) -> list[ox.Triple]:
    """The triples plus a ``bm:searchKey`` (folded label) for every label, so names resolve fast."""
    out = list(triples)
    seen: set[tuple[str, str]] = set()
    for t in list(out):
        if t.predicate in LABEL_PREDICATES and isinstance(t.object, ox.Literal):
            key = search_key(t.object.value)
            ident = (str(t.subject), key)
            if key and ident not in seen:
                seen.add(ident)
                out.append(ox.Triple(t.subject, SEARCH_KEY, ox.Literal(key)))
    return out
