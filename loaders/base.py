"""The two shapes a loader takes.

A *Source* is part of the default build (``bomay build``): it knows where its data is and
yields the named graphs it owns. A *Loader* reads files the user names (``bomay load NAME
PATH...``) and reports, per file, what it could not read, so one bad file never stops the
others and never half-writes the store.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from bomay.graph.store import GraphPart


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
