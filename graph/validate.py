"""``bomay validate``: the SHACL shapes checked over everything in the store, by one of two engines.

``shacl`` (the default) is a SHACL engine written in Rust (the ``shacl`` package). It reads the
store's own N-Triples dump, graph by graph, from a temporary file, so the national graph (over a
million triples) is checked in seconds and a few hundred megabytes; most of the time is the dump.

``pyshacl`` is the reference Python implementation, kept to cross-check the first (a test runs
both on a broken fixture and requires the same results). It works on rdflib graphs, which cost
about a kilobyte and tens of microseconds per triple, so the data is split by subject into chunks
validated in worker processes. That is sound because every shape in ``ontology/shapes.ttl`` looks
only at a focus node's own properties and at the types of the nodes they point to, and focus
nodes are chosen by class or by the properties they have: each chunk gets the ontology and
vocabularies (class tree, concepts) and the ``rdf:type`` triples of every node it points to.

Both engines see the union of every named graph except the shapes, and both answer with the
same :class:`Violation` records: severity, focus node, path, constraint component, message, value.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections import defaultdict
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from typing import cast

import pyoxigraph as ox

from bomay.errors import BomayError
from bomay.graph.store import Store
from bomay.namespaces import ONTOLOGY_GRAPH, RDF, SH, SHAPES_GRAPH, compact

ENGINES = ("shacl", "pyshacl")
DEFAULT_ENGINE = "shacl"
TRIPLES_PER_CHUNK = 150_000
RDF_TYPE = ox.NamedNode(RDF + "type")
LABELS_PER_QUERY = 500

# severity, focus, path, constraint component, message, value
Finding = tuple[str, str, str, str, str, str]


@dataclass(frozen=True)
class Violation:
    severity: str
    focus: str
    focus_label: str
    path: str
    component: str
    message: str
    value: str

    def line(self) -> str:
        who = f"{self.focus_label} <{self.focus}>" if self.focus_label else f"<{self.focus}>"
        constraint = _constraint_name(self.component)
        path = f" {self.path} ({constraint}):" if self.path else f" ({constraint}):"
        value = f" (value: {self.value})" if self.value else ""
        return f"{self.severity}: {who}{path} {self.message}{value}"


def validate_store(store: Store, graphs: list[str] | None = None, engine: str = DEFAULT_ENGINE,
                   workers: int | None = None) -> tuple[bool, list[Violation], int]:
    """Whether the data conforms, the readable violations, and how many triples were checked.

    With ``graphs``, only the nodes described in those named graphs are judged (the rest of
    the store still supplies the types of the nodes they point to). ``workers`` only matters
    to the pyshacl engine."""
    if engine not in ENGINES:
        raise BomayError(f"no validation engine named {engine!r}; available: {', '.join(ENGINES)}")
    present = set(store.named_graphs())
    if SHAPES_GRAPH not in present:
        raise BomayError("the store holds no SHACL shapes: run `bomay build` (or `bomay build --only ontology`)")
    wanted = set(graphs or ())
    if wanted - present:
        missing = ", ".join(sorted(wanted - present))
        raise BomayError(f"no such named graph in the store: {missing} (see `bomay stats`)")
    if engine == "shacl":
        found, checked = _run_shacl(store, sorted(present - {SHAPES_GRAPH}), wanted)
    else:
        found, checked = _run_pyshacl(store, wanted, workers)
    labels = _labels(store, sorted({f[1] for f in found if not f[1].startswith("_:")}))
    violations = sorted(
        (Violation(sev, focus, labels.get(focus, ""), path, component, message, value)
         for sev, focus, path, component, message, value in found),
        key=lambda v: (v.severity, v.focus, v.path, v.component, v.message, v.value),
    )
    conforms = not any(v.severity == "Violation" for v in violations)
    return conforms, violations, checked


def _labels(store: Store, iris: list[str]) -> dict[str, str]:
    """The Vietnamese preferred label of each focus node, for a report a person can read."""
    labels: dict[str, str] = {}
    for start in range(0, len(iris), LABELS_PER_QUERY):
        values = " ".join(f"<{iri}>" for iri in iris[start:start + LABELS_PER_QUERY])
        result = store.query(
            "SELECT ?s ?l WHERE { VALUES ?s { " + values + " } "
            "?s <http://www.w3.org/2004/02/skos/core#prefLabel> ?l FILTER(lang(?l) = 'vi') }"
        )
        for row in result.dicts():
            node, label = row["s"], row["l"]
            if isinstance(node, ox.NamedNode) and isinstance(label, ox.Literal):
                labels.setdefault(node.value, label.value)
    return labels


def _constraint_name(component: str) -> str:
    """The constraint as a shape spells it: ``MinCountConstraintComponent`` → ``sh:minCount``."""
    name = component.removesuffix("ConstraintComponent")
    return f"sh:{name[:1].lower()}{name[1:]}" if name else "shape"


def _component_message(component: str) -> str:
    """A message for a constraint whose shape gives none."""
    return f"fails {_constraint_name(component)}"


# -- the shacl engine -------------------------------------------------------------------------

_IRI_IN_PATH = re.compile(r"<([^<>]*)>")


def _run_shacl(store: Store, data_graphs: list[str], wanted: set[str]) -> tuple[set[Finding], int]:
    """Validate the union of ``data_graphs`` at once, streamed through a temporary N-Triples file."""
    import shacl

    shapes_nt = store.dump(ox.RdfFormat.N_TRIPLES, graph=SHAPES_GRAPH)
    shapes = shacl.Shapes.from_text(shapes_nt.decode("utf-8"), format="ntriples")
    languages = _message_languages(shapes_nt)
    judged: set[str] = set()
    judges_blank_nodes = False
    checked = 0
    fd, path = tempfile.mkstemp(prefix="bomay-validate-", suffix=".nt")
    try:
        with os.fdopen(fd, "wb") as out:
            for graph in data_graphs:
                dump = store.dump(ox.RdfFormat.N_TRIPLES, graph=graph)
                if graph in wanted or not wanted:  # the triples judged
                    checked += dump.count(b"\n")
                if graph in wanted:
                    # N-Triples puts one triple a line and the subject (an IRI or a blank-node
                    # label, neither holding a space) first.
                    subjects = {line.split(b" ", 1)[0] for line in dump.splitlines()}
                    judged.update(s[1:-1].decode("utf-8") for s in subjects if s.startswith(b"<"))
                    judges_blank_nodes = judges_blank_nodes or any(s.startswith(b"_:") for s in subjects)
                out.write(dump)
                del dump
        try:
            report = shapes.validate_file(path, inference="none")
        except (ValueError, RuntimeError, OSError) as exc:
            raise BomayError(f"the shacl engine could not read the stored graph: {exc}") from exc
    finally:
        os.unlink(path)
    found: set[Finding] = set()
    for r in report.results:
        focus = r.focus_node[1:-1] if r.focus_node.startswith("<") else r.focus_node
        if wanted and not (focus in judged or (focus.startswith("_:") and judges_blank_nodes)):
            continue
        path_text = r.path or ""
        if path_text.startswith("<") and path_text.endswith(">") and path_text.count("<") == 1:
            path_text = compact(path_text[1:-1])
        else:
            path_text = _IRI_IN_PATH.sub(lambda m: compact(m.group(1)), path_text)
        value = ""
        if r.value is not None:
            value = compact(r.value[1:-1]) if r.value.startswith("<") else (r.value_plain or "")
        message = _pick_message(r.messages, languages) or _component_message(r.component)
        found.add((r.severity, focus, path_text, r.component, message, value))
    return found, checked


def _message_languages(shapes_nt: bytes) -> dict[str, str]:
    """The language of every ``sh:message`` in the shapes: the engine hands messages back as
    plain strings, and a report should quote the English one where there are several."""
    message = ox.NamedNode(SH + "message")
    return {t.object.value: t.object.language or "" for t in ox.parse(shapes_nt, format=ox.RdfFormat.N_TRIPLES)
            if t.predicate == message and isinstance(t.object, ox.Literal)}


def _pick_message(messages: Iterable[str], languages: dict[str, str]) -> str:
    """The English (or untagged) message where there are several, else the first."""
    ranked = sorted(messages, key=lambda m: languages.get(m, "") not in ("", "en"))
    return ranked[0] if ranked else ""


# -- the pyshacl engine -----------------------------------------------------------------------

def _run_pyshacl(store: Store, wanted: set[str], workers: int | None) -> tuple[set[Finding], int]:
    quads = list(ox.parse(store.dump(ox.RdfFormat.N_QUADS), format=ox.RdfFormat.N_QUADS))
    shapes_graph, ontology_graph = ox.NamedNode(SHAPES_GRAPH), ox.NamedNode(ONTOLOGY_GRAPH)
    shapes = [q.triple for q in quads if q.graph_name == shapes_graph]
    data = {q.triple for q in quads if q.graph_name != shapes_graph}
    # What every chunk may need to see: the class tree and concepts, and blank-node structures.
    context = {q.triple for q in quads
               if q.graph_name == ontology_graph or isinstance(q.triple.subject, ox.BlankNode)}
    types: dict[ox.NamedNode, list[ox.Triple]] = defaultdict(list)
    for t in data:
        if t.predicate == RDF_TYPE and isinstance(t.subject, ox.NamedNode):
            types[t.subject].append(t)
    if wanted:
        # Judge the nodes those graphs describe, with everything the store says about them.
        graph_names = {ox.NamedNode(g) for g in wanted}
        judged = {q.subject for q in quads if q.graph_name in graph_names}
        data = {t for t in data if t.subject in judged} | context
    del quads
    chunks = _chunks(data, context, types)
    shapes_nt = cast(bytes, ox.serialize(shapes, format=ox.RdfFormat.N_TRIPLES))
    workers = workers or min(len(chunks), os.cpu_count() or 1)
    payloads = [nt for nt, _own in chunks]
    if workers <= 1:
        results = [_validate_chunk(nt, shapes_nt) for nt in payloads]
    else:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            results = list(pool.map(_validate_chunk, payloads, [shapes_nt] * len(payloads)))
    found: set[Finding] = set()
    for index, ((_nt, own), result) in enumerate(zip(chunks, results, strict=True)):
        # A node that is only context here (its type, so a neighbour's sh:class can be checked)
        # is judged in its own chunk, where all its triples are.
        # Blank nodes are renamed on parsing, so they are judged where they belong: the first
        # chunk, which owns the shared context (every blank-node structure is in it).
        found.update(r for r in result if r[1] in own or (index == 0 and r[1].startswith("_:")))
    return found, len(data)


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
    return cast(bytes, ox.serialize([*triples, *extra], format=ox.RdfFormat.N_TRIPLES))


def _validate_chunk(chunk_nt: bytes, shapes_nt: bytes) -> list[Finding]:
    """Run pyshacl on one chunk (in a worker process); results as plain tuples."""
    import logging

    import rdflib
    from pyshacl import validate as shacl_validate
    from rdflib.namespace import SH

    # An ill-formed literal is a finding (sh:datatype reports it), not a traceback on stderr.
    logging.getLogger("rdflib.term").setLevel(logging.ERROR)
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
        component = report.value(result, SH.sourceConstraintComponent)
        value = report.value(result, SH.value)
        messages = sorted(report.objects(result, SH.resultMessage),
                          key=lambda m: (getattr(m, "language", None) not in (None, "en"), str(m)))
        component_name = str(component).rsplit("#", 1)[-1] if component else ""
        out.append((
            str(severity).rsplit("#", 1)[-1] if severity else "Violation",
            f"_:{focus}" if isinstance(focus, rdflib.BNode) else str(focus),
            compact(str(path)) if isinstance(path, rdflib.URIRef) else ("" if path is None else str(path)),
            component_name,
            str(messages[0]) if messages else _component_message(component_name),
            compact(str(value)) if value is not None else "",
        ))
    return out
