"""``bomay validate``: the SHACL shapes checked with pyshacl over everything in the store.

pyshacl works on rdflib graphs, which cost about a kilobyte and tens of microseconds per triple,
so a national graph (over a million triples) is not copied into one. Every shape in
``ontology/shapes.ttl`` looks only at a focus node's own properties and at the types of the
nodes they point to, and focus nodes are chosen by class or by the properties they have. So the
data is split by subject into chunks, and each chunk is validated in a worker process together
with what its shapes may look at: the ontology and vocabularies (class tree, concepts) and the
``rdf:type`` triples of every node the chunk points to. The result is the same as validating the
whole graph at once, on every core, in bounded memory.
"""

from __future__ import annotations

import os
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

import pyoxigraph as ox

from bomay.errors import BomayError
from bomay.graph.store import Store
from bomay.loaders.ontology import ONTOLOGY_GRAPH, SHAPES_GRAPH
from bomay.namespaces import RDF, SKOS, compact

TRIPLES_PER_CHUNK = 150_000
RDF_TYPE = ox.NamedNode(RDF + "type")
PREF_LABEL = ox.NamedNode(SKOS + "prefLabel")


@dataclass(frozen=True)
class Violation:
    severity: str
    focus: str
    focus_label: str
    path: str
    message: str
    value: str

    def line(self) -> str:
        who = f"{self.focus_label} <{self.focus}>" if self.focus_label else f"<{self.focus}>"
        path = f" {self.path}:" if self.path else ""
        value = f" (value: {self.value})" if self.value else ""
        return f"{self.severity}: {who}{path} {self.message}{value}"


def validate_store(store: Store, graphs: list[str] | None = None,
                   workers: int | None = None) -> tuple[bool, list[Violation], int]:
    """Whether the data conforms, the readable violations, and how many triples were checked.

    With ``graphs``, only the nodes described in those named graphs are judged (the rest of
    the store still supplies the types of the nodes they point to)."""
    quads = list(ox.parse(store.dump(ox.RdfFormat.N_QUADS), format=ox.RdfFormat.N_QUADS))
    shapes_graph, ontology_graph = ox.NamedNode(SHAPES_GRAPH), ox.NamedNode(ONTOLOGY_GRAPH)
    known = {q.graph_name for q in quads}
    wanted = {ox.NamedNode(g) for g in graphs} if graphs else None
    if wanted and wanted - known:
        missing = ", ".join(sorted(g.value for g in wanted - known))
        raise BomayError(f"no such named graph in the store: {missing} (see `bomay stats`)")
    shapes = [q.triple for q in quads if q.graph_name == shapes_graph]
    data = {q.triple for q in quads if q.graph_name != shapes_graph}
    # What every chunk may need to see: the class tree and concepts, and blank-node structures.
    context = {q.triple for q in quads
               if q.graph_name == ontology_graph or isinstance(q.triple.subject, ox.BlankNode)}
    types: dict[ox.NamedNode, list[ox.Triple]] = defaultdict(list)
    labels: dict[str, str] = {}
    for t in data:
        if t.predicate == RDF_TYPE:
            types[t.subject].append(t)  # type: ignore[index]
        elif t.predicate == PREF_LABEL and isinstance(t.object, ox.Literal) and t.object.language == "vi":
            labels[str(t.subject.value)] = t.object.value  # type: ignore[union-attr]
    if wanted:
        # Judge the nodes those graphs describe, with everything the store says about them.
        judged = {q.subject for q in quads if q.graph_name in wanted}
        data = {t for t in data if t.subject in judged} | context
    chunks = _chunks(data, context, types)
    shapes_nt = ox.serialize(shapes, format=ox.RdfFormat.N_TRIPLES)
    workers = workers or min(len(chunks), os.cpu_count() or 1)
    found: set[tuple[str, str, str, str, str]] = set()
    payloads = [nt for nt, _own in chunks]
    if workers <= 1:
        results = [_validate_chunk(nt, shapes_nt) for nt in payloads]
    else:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            results = list(pool.map(_validate_chunk, payloads, [shapes_nt] * len(payloads)))
    for index, ((_nt, own), result) in enumerate(zip(chunks, results, strict=True)):
        # A node that is only context here (its type, so a neighbour's sh:class can be checked)
        # is judged in its own chunk, where all its triples are.
        # Blank nodes are renamed on parsing, so they are judged where they belong: the first
        # chunk, which owns the shared context (every blank-node structure is in it).
        found.update(r for r in result if r[1] in own or (index == 0 and r[1].startswith("_:")))
    violations = sorted(
        (Violation(sev, focus, labels.get(focus, ""), path, msg, value) for sev, focus, path, msg, value in found),
        key=lambda v: (v.severity, v.focus, v.path, v.message),
    )
    del quads
    conforms = not any(v.severity == "Violation" for v in violations)
    return conforms, violations, len(data)


def _chunks(data: set[ox.Triple], context: set[ox.Triple],
            types: dict[ox.NamedNode, list[ox.Triple]]) -> list[tuple[bytes, set[str]]]:
    """Subject-partitioned N-Triples chunks with the context their shapes can reach, and the
    subjects each chunk is responsible for (context nodes and blank nodes belong to the first)."""
    by_subject: dict[object, list[ox.Triple]] = defaultdict(list)
    for t in data:
        if t not in context:
            by_subject[t.subject].append(t)
    chunks: list[tuple[bytes, set[str]]] = []
    current: list[ox.Triple] = []
    own: set[str] = {_name(t.subject) for t in context}
    for subject in sorted(by_subject, key=str):
        current.extend(by_subject[subject])
        own.add(_name(subject))
        if len(current) >= TRIPLES_PER_CHUNK:
            chunks.append((_with_context(current, context, types), own))
            current, own = [], set()
    if current or not chunks:
        chunks.append((_with_context(current, context, types), own))
    return chunks


def _name(term: object) -> str:
    """A subject as rdflib prints it in a report: the IRI, or the blank node's id."""
    return str(getattr(term, "value", term))


def _with_context(triples: list[ox.Triple], context: set[ox.Triple],
                  types: dict[ox.NamedNode, list[ox.Triple]]) -> bytes:
    extra: set[ox.Triple] = set(context)
    for t in triples:
        if isinstance(t.object, ox.NamedNode):
            extra.update(types.get(t.object, ()))
    return ox.serialize([*triples, *extra], format=ox.RdfFormat.N_TRIPLES)


def _validate_chunk(chunk_nt: bytes, shapes_nt: bytes) -> list[tuple[str, str, str, str, str]]:
    """Run pyshacl on one chunk (in a worker process); results as plain tuples."""
    import rdflib
    from pyshacl import validate as shacl_validate
    from rdflib.namespace import SH

    data = rdflib.Graph().parse(data=chunk_nt, format="nt")
    shapes = rdflib.Graph().parse(data=shapes_nt, format="nt")
    _conforms, report, _text = shacl_validate(
        data, shacl_graph=shapes, inference="none", advanced=True, allow_warnings=True
    )
    out = []
    for result in report.subjects(rdflib.RDF.type, SH.ValidationResult):
        focus = report.value(result, SH.focusNode)
        path = report.value(result, SH.resultPath)
        severity = report.value(result, SH.resultSeverity)
        value = report.value(result, SH.value)
        messages = sorted(report.objects(result, SH.resultMessage),
                          key=lambda m: (getattr(m, "language", None) != "en", str(m)))
        message = messages[0] if messages else None
        out.append((
            str(severity).rsplit("#", 1)[-1] if severity else "Violation",
            f"_:{focus}" if isinstance(focus, rdflib.BNode) else str(focus),
            compact(str(path)) if isinstance(path, rdflib.URIRef) else ("" if path is None else str(path)),
            str(message) if message else "does not conform",
            compact(str(value)) if value is not None else "",
        ))
    return out

