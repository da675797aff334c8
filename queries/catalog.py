"""The catalogue of named queries: ``queries/*.rq`` with a comment header.

Header format (lines at the top of the file, before the SPARQL)::

    # title: Units on a date
    # description: Administrative units valid on a date, by level and province.
    # param: date date default=2025-07-01 -- the as-of date (YYYY-MM-DD)
    # param: level string -- province, district or commune
    # param: unit entity required -- a unit's IRI or name

A param line is ``NAME TYPE [required] [default=VALUE] -- description``. Types: ``iri``,
``entity`` (an IRI or a name looked up among labels), ``string``, ``date``, ``integer``,
``decimal``, ``boolean``. Parameters are bound as RDF terms (see ``binding``), never spliced.
"""

from __future__ import annotations

import dataclasses
import functools
import os
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from bomay.errors import QueryError

PARAM_TYPES = {"iri", "entity", "string", "date", "integer", "decimal", "boolean"}
_PARAM_RE = re.compile(r"^(?P<name>[A-Za-z_]\w*)\s+(?P<type>\w+)(?P<flags>[^-]*?)(?:\s+--\s*(?P<doc>.*))?$")


@dataclass
class Param:
    name: str
    type: str = "string"
    required: bool = False
    default: str | None = None
    description: str = ""


@dataclass
class NamedQuery:
    name: str
    sparql: str
    title: str = ""
    description: str = ""
    params: list[Param] = field(default_factory=list)
    path: str = ""
    shipped: bool = False  # a named query of the catalogue: its header lists every parameter

    def param(self, name: str) -> Param | None:
        return next((p for p in self.params if p.name == name), None)


def parse_query_file(text: str, name: str, path: str = "") -> NamedQuery:
    """Read the header of a ``.rq`` text; a malformed param line is an error naming the file."""
    query = NamedQuery(name=name, sparql=text, path=path)
    for lineno, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if not stripped.startswith("#"):
            if stripped:
                break
            continue
        body = stripped.lstrip("#").strip()
        key, sep, value = body.partition(":")
        if not sep:
            continue
        key, value = key.strip().lower(), value.strip()
        if key == "title":
            query.title = value
        elif key == "description":
            query.description = (query.description + " " + value).strip()
        elif key == "param":
            match = _PARAM_RE.match(value)
            if not match or match["type"] not in PARAM_TYPES:
                raise QueryError(f"{path or name}:{lineno}: bad param line {value!r} (want NAME TYPE [required] "
                                 f"[default=V] -- text; types {', '.join(sorted(PARAM_TYPES))})")
            flags = match["flags"].split()
            default = next((f.split("=", 1)[1] for f in flags if f.startswith("default=")), None)
            query.params.append(Param(match["name"], match["type"], "required" in flags, default,
                                      (match["doc"] or "").strip()))
    return query


@functools.cache
def _query_files() -> dict[str, Path]:
    folder = resources.files("bomay.queries")
    return {Path(f.name).stem: Path(str(f)) for f in folder.iterdir() if f.name.endswith(".rq")}


@functools.lru_cache(maxsize=256)
def _parse_shipped(path: Path, mtime_ns: int) -> NamedQuery:
    """A shipped query file parsed once per version of the file."""
    query = parse_query_file(path.read_text(encoding="utf-8"), path.stem, str(path))
    query.shipped = True
    return query


def list_queries() -> list[NamedQuery]:
    """Every named query shipped with bomay, sorted by name."""
    return [get_query(name) for name in sorted(_query_files())]


def shipped_query(name: str) -> NamedQuery:
    """The cached parsed query itself, shared by every caller: read it, never change it."""
    files = _query_files()
    if name not in files:
        known = ", ".join(sorted(files)) or "none"
        raise QueryError(f"no named query {name!r}; known: {known}")
    path = files[name]
    return _parse_shipped(path, os.stat(path).st_mtime_ns)


def get_query(name: str) -> NamedQuery:
    """A named query the caller may change (a copy of the cached one)."""
    query = shipped_query(name)
    return dataclasses.replace(query, params=[dataclasses.replace(p) for p in query.params])
