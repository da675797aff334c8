"""The network the view draws and the analytics measure: bodies, units and people, and the
typed, dated, sourced relations between them.

Edges keep their meaning's direction: a subordinate points at its superior
(``subordination``, ``reports-to``), an assigner at its assignee (``mandate``), a leader or
supervisor at the body it leads or supervises. The view flips arrows for layout; the
analytics never do.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bomay.loaders.text.vocabulary import vocabulary

RELATIONS: dict[str, str] = {
    "subordination": "org:subOrganizationOf (part of, organ of, party subordination)",
    "reports-to": "org:reportsTo and bm:ReportingObligation (reporter → recipient)",
    "mandate": "bm:Mandate (assigner → assignee)",
    "supervision": "bm:supervises, bm:guides (professional guidance)",
    "leadership": "bm:leads, bm:leadsPartyWorkIn (party leadership)",
    "territory": "bm:parentUnit, bm:jurisdiction (unit → parent, body → its unit)",
}
DEFAULT_RELATIONS: tuple[str, ...] = ("subordination", "reports-to", "mandate", "supervision", "leadership")
# Relations whose edge points upwards (from the lower side to the higher one).
UPWARD_RELATIONS = frozenset({"subordination", "reports-to", "territory"})

# Hierarchy categories, in the order a node with several types is assigned one.
CATEGORIES: dict[str, str] = {
    "person": "Person",
    "unit": "Administrative unit",
    "party": "Party body",
    "council": "People's Council (HĐND)",
    "committee": "People's Committee (UBND)",
    "department": "Department (Sở, Phòng)",
    "other": "Other body",
    "group": "Aggregated group",
}
# Level slug -> tier, 0 central ... 3 commune (levels.csv of the vocabulary tables).
TIERS = vocabulary().levels()


@dataclass
class Node:
    iri: str
    label: str = ""
    category: str = "other"
    tier: int | None = None  # 0 central, 1 province, 2 district, 3 commune
    unit: str | None = None  # the administrative unit it belongs to (itself for a unit)
    unit_parent: str | None = None
    start: str | None = None
    end: str | None = None
    members: int = 1  # >1 for an aggregated group

    def valid_on(self, date: str | None) -> bool:
        return date is None or ((not self.start or self.start <= date) and (not self.end or self.end >= date))

    @property
    def name(self) -> str:
        return self.label or self.iri.rsplit("/", 1)[-1]


@dataclass
class Edge:
    """One relation between two nodes; mandates and obligations are one edge each."""

    source: str
    target: str
    relation: str
    predicate: str  # compact name of the property or class the edge comes from
    item: str | None = None  # the mandate / obligation / subordination node, if reified
    topics: set[str] = field(default_factory=set)
    frequencies: set[str] = field(default_factory=set)  # frequency concept IRIs
    times_per_year: float | None = None  # from bm:timesPerYear of the frequency, if known
    docs: set[str] = field(default_factory=set)  # source documents and named graphs
    start: str | None = None
    end: str | None = None
    text: str = ""  # task or "about" text, for hover
    report_to: set[str] = field(default_factory=set)  # mandates only: bm:reportTo bodies
    obligations: set[str] = field(default_factory=set)  # mandates only: bm:hasReportingObligation
    count: int = 1  # >1 for an aggregated edge

    def valid_on(self, date: str | None) -> bool:
        return date is None or ((not self.start or self.start <= date) and (not self.end or self.end >= date))

    @property
    def weight(self) -> float:
        """Occurrences per year (unknown frequency counts as one)."""
        return self.times_per_year if self.times_per_year is not None else 1.0

    @property
    def report_back(self) -> bool:
        """A mandate that says who the assignee reports to (an obligation node or bm:reportTo)."""
        return bool(self.obligations or self.report_to)


@dataclass
class Network:
    nodes: dict[str, Node] = field(default_factory=dict)
    edges: list[Edge] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what the page must say (aggregation, limits)

    def to_networkx(self, relations: set[str] | None = None):
        """A MultiDiGraph of the chosen relations, nodes carrying their attributes."""
        import networkx as nx

        graph = nx.MultiDiGraph()
        for node in self.nodes.values():
            graph.add_node(node.iri, node=node)
        for edge in self.edges:
            if relations is None or edge.relation in relations:
                graph.add_edge(edge.source, edge.target, edge=edge)
        return graph
