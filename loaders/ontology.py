"""The ontology, its vocabularies and its SHACL shapes, as the first graphs of every build."""

from __future__ import annotations

from collections.abc import Iterator

import pyoxigraph as ox

from bomay.errors import LoadError
from bomay.graph.store import GraphPart
from bomay.namespaces import ONTOLOGY_GRAPH, SHAPES_GRAPH
from bomay.ontology import ontology_files, shapes_file
from bomay.searchkeys import with_search_keys


def parse_turtle_file(path: object) -> list[ox.Triple]:
    try:
        return [q.triple for q in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)]
    except SyntaxError as exc:
        raise LoadError(f"{path}: {exc}") from exc


class OntologySource:
    name = "ontology"
    title = "bomay ontology, vocabularies and topic scheme"

    def parts(self) -> Iterator[GraphPart]:
        triples: list[ox.Triple] = []
        for path in ontology_files():
            triples.extend(parse_turtle_file(path))
        yield GraphPart(ONTOLOGY_GRAPH, with_search_keys(triples), self.title)
        yield GraphPart(SHAPES_GRAPH, parse_turtle_file(shapes_file()), "SHACL shapes")
