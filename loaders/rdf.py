"""``bomay load rdf``: RDF files (Turtle, N-Triples, N-Quads, TriG, JSON-LD, RDF/XML).

Every file is parsed completely before anything is written; a syntax error names the file and
line, and then nothing from any file is stored. A triple file fills the graph named with
``--graph`` or one named after the file; a quad file keeps its own graph names.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from bomay.errors import LoadError
from bomay.graph.store import GraphPart
from bomay.loaders.base import LoadResult
from bomay.namespaces import graph_iri
from bomay.searchkeys import with_search_keys
from bomay.textnorm import slug

FORMATS = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".turtle": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".nq": ox.RdfFormat.N_QUADS,
    ".trig": ox.RdfFormat.TRIG,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".json": ox.RdfFormat.JSON_LD,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".owl": ox.RdfFormat.RDF_XML,
}


def file_graph(path: Path) -> str:
    return graph_iri("file", slug(path.stem) or "unnamed")


def describe_syntax_error(path: Path, exc: SyntaxError) -> str:
    return f"{path}:{exc.lineno}: {exc.msg}" if exc.lineno else f"{path}: {exc}"


class RdfLoader:
    name = "rdf"
    title = "RDF files: Turtle, N-Triples, N-Quads, TriG, JSON-LD, RDF/XML"

    def read(self, paths: list[Path], options: dict[str, Any]) -> LoadResult:
        target = options.get("graph")
        if target and len(paths) > 1:
            raise LoadError("--graph names one graph: give one file, or leave it out to get a graph per file")
        graphs: dict[str, list[ox.Triple]] = defaultdict(list)
        for path in paths:
            fmt = FORMATS.get(path.suffix.lower())
            if fmt is None:
                raise LoadError(f"{path}: unknown RDF file type {path.suffix!r}; known: {', '.join(sorted(FORMATS))}")
            if not path.is_file():
                raise LoadError(f"{path}: no such file")
            default_graph = target or file_graph(path)
            try:
                ox.NamedNode(default_graph)
            except ValueError as exc:
                raise LoadError(f"--graph {default_graph!r} is not an IRI: {exc}") from exc
            try:
                for quad in ox.parse(path=str(path), format=fmt, base_iri=path.resolve().as_uri()):
                    name = quad.graph_name
                    graph = name.value if isinstance(name, ox.NamedNode) else default_graph
                    graphs[graph].append(quad.triple)
            except SyntaxError as exc:
                raise LoadError(describe_syntax_error(path, exc)) from exc
            except (UnicodeDecodeError, ValueError, OSError) as exc:
                raise LoadError(f"{path}: cannot read as {fmt.name}: {exc}") from exc
        parts = [GraphPart(g, with_search_keys(triples), f"RDF from {g}") for g, triples in sorted(graphs.items())]
        return LoadResult(parts=parts)
