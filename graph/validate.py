"""``bomay validate``: SHACL shapes checked with pyshacl over everything in the store.

pyshacl works on rdflib graphs, so the data is copied out once as N-Triples; the shapes come
from the store's own shapes graph, so what is validated is exactly what was built.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox
import rdflib
from pyshacl import validate as shacl_validate
from rdflib.namespace import SH

from bomay.graph.store import Store
from bomay.loaders.ontology import SHAPES_GRAPH
from bomay.namespaces import compact


@dataclass
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


def _graph_from(store: Store, graphs: list[str]) -> rdflib.Graph:
    data = rdflib.Graph()
    for g in graphs:
        data.parse(data=store.dump(ox.RdfFormat.N_TRIPLES, graph=g), format="nt")
    return data


def _label(data: rdflib.Graph, node: rdflib.term.Node) -> str:
    skos_pref = rdflib.URIRef("http://www.w3.org/2004/02/skos/core#prefLabel")
    labels = list(data.objects(node, skos_pref)) or list(data.objects(node, rdflib.RDFS.label))
    vi = [str(lab) for lab in labels if getattr(lab, "language", None) == "vi"]
    return (vi or [str(lab) for lab in labels] or [""])[0]


def validate_store(store: Store) -> tuple[bool, list[Violation], int]:
    """Whether the data conforms, the readable violations, and how many triples were checked."""
    graphs = [g for g in store.named_graphs() if g != SHAPES_GRAPH]
    data = _graph_from(store, graphs)
    shapes = _graph_from(store, [SHAPES_GRAPH])
    conforms, report, _text = shacl_validate(
        data, shacl_graph=shapes, inference="none", advanced=True, allow_warnings=True
    )
    violations = []
    for result in report.subjects(rdflib.RDF.type, SH.ValidationResult):
        focus = report.value(result, SH.focusNode)
        path = report.value(result, SH.resultPath)
        severity = report.value(result, SH.resultSeverity)
        value = report.value(result, SH.value)
        message = report.value(result, SH.resultMessage)
        violations.append(Violation(
            severity=str(severity).rsplit("#", 1)[-1] if severity else "Violation",
            focus=str(focus),
            focus_label=_label(data, focus) if focus is not None else "",
            path=compact(str(path)) if isinstance(path, rdflib.URIRef) else ("" if path is None else str(path)),
            message=str(message) if message else "does not conform",
            value=compact(str(value)) if value is not None else "",
        ))
    violations.sort(key=lambda v: (v.severity, v.focus, v.path))
    errors = [v for v in violations if v.severity == "Violation"]
    return (bool(conforms) or not errors), violations, len(data)
