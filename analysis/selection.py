"""Which part of the network a user asked for: focus and hops, province, date, relations,
topic and source document, each given as an IRI or a name and resolved against the store.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from bomay.analysis.model import DEFAULT_RELATIONS, RELATIONS, Edge, Network, Node
from bomay.analysis.network import (
    CategoryIndex,
    fetch_edges,
    fetch_nodes,
    select,
    units_within,
)
from bomay.errors import QueryError
from bomay.graph import lookup
from bomay.graph.store import Store
from bomay.namespaces import BM, ID, PREFIXES, TOPIC
from bomay.queries.binding import bind_parameters, fill_values
from bomay.queries.catalog import parse_query_file

MAX_HOPS = 6


@dataclass
class Selection:
    """The user's choices, as typed (names or IRIs); ``resolve`` turns them into IRIs."""

    focus: str | None = None
    hops: int = 2
    jurisdiction: str | None = None
    as_of: str | None = None
    relations: tuple[str, ...] = DEFAULT_RELATIONS
    topics: tuple[str, ...] = ()
    doc: str | None = None

    def check(self) -> None:
        unknown = [r for r in self.relations if r not in RELATIONS]
        if unknown:
            raise QueryError(f"unknown relation type {', '.join(unknown)}; known: {', '.join(RELATIONS)}")
        if not self.relations:
            raise QueryError("choose at least one relation type")
        if not 0 <= self.hops <= MAX_HOPS:
            raise QueryError(f"hops must be between 0 and {MAX_HOPS}, not {self.hops}")
        if self.as_of:
            # Dates are compared as strings against stored YYYY-MM-DD values, so the basic form
            # (20240101) that fromisoformat also accepts must be refused.
            try:
                valid = dt.date.fromisoformat(self.as_of).isoformat() == self.as_of
            except ValueError:
                valid = False
            if not valid:
                raise QueryError(f"as-of date {self.as_of!r} is not YYYY-MM-DD")


@dataclass
class Resolved:
    """The selection with every name replaced by the IRIs it denotes, for the page to report."""

    focus: list[str] = field(default_factory=list)
    jurisdiction: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    doc: str | None = None


def expand_iri(text: str) -> str | None:
    """A full IRI as given, or a known-prefix compact IRI expanded; None for a plain name."""
    text = text.strip()
    if text.startswith(("http://", "https://", "urn:")):
        return text
    prefix, sep, local = text.partition(":")
    if sep and prefix in PREFIXES and local and " " not in local:
        return PREFIXES[prefix] + local
    return None


EXISTS_Q = parse_query_file("""# param: iri iri required -- the IRI looked for
ASK { { ?iri ?p ?o } UNION { ?s ?p ?iri } UNION { GRAPH ?iri { ?s ?p ?o } } }""", "exists")
UNIT_BY_CODE_Q = parse_query_file("""# param: code string required -- a unit's statistical code
SELECT ?u ?s ?e WHERE { ?u a bm:AdminUnit ; skos:notation ?c FILTER(STR(?c) = ?code)
  OPTIONAL { ?u schema:startDate ?s } OPTIONAL { ?u schema:endDate ?e } }""", "unit_by_code")
TOPICS_Q = "SELECT ?t WHERE { ?t skos:inScheme bmt:scheme } ORDER BY ?t"
UNIT_BODIES_Q = "SELECT ?b ?u WHERE { VALUES ?u { } ?u a bm:AdminUnit . ?b bm:jurisdiction ?u }"


def _exists(store: Store, iri: str) -> bool:
    try:
        ask = bind_parameters(EXISTS_Q, {"iri": iri})
    except QueryError:  # not an IRI: nothing has it
        return False
    return bool(store.query(ask).boolean)


def resolve_entities(store: Store, text: str, as_of: str | None, what: str,
                     required_type: str | None = None, every_era: bool = False) -> list[str]:
    """The IRI(s) a name denotes (graph.lookup's rules), or the IRI as given if it exists."""
    iri = expand_iri(text)
    if iri is not None:
        if not _exists(store, iri):
            raise QueryError(f"{what}: nothing in the graph has the IRI {iri}")
        return [iri]
    return lookup.resolve_entities(store, text, as_of, what, required_type, every_era)


def resolve_jurisdiction(store: Store, text: str, as_of: str | None) -> list[str]:
    """A province (or any unit) by IRI, name or statistical code; every era's unit of that name."""
    if text.strip().isdigit():
        rows = select(store, bind_parameters(UNIT_BY_CODE_Q, {"code": text.strip()}))
        if not rows:
            raise QueryError(f"jurisdiction: no administrative unit has the code {text.strip()}")
        if as_of:
            rows = [r for r in rows if (not r["s"] or r["s"] <= as_of) and (not r["e"] or r["e"] >= as_of)] or rows
        return sorted({u for r in rows if (u := r["u"])})
    return resolve_entities(store, text, as_of, "jurisdiction", BM + "AdminUnit", every_era=True)


def resolve_topic(store: Store, text: str) -> str:
    """A topic by IRI, bmt: name, slug (``y-te``) or label (``Y tế``)."""
    slug_iri = TOPIC + text.strip()
    if " " not in text.strip() and _exists(store, slug_iri):
        return slug_iri
    iri = expand_iri(text)
    if iri is not None:
        if not _exists(store, iri):
            raise QueryError(f"topic: nothing in the graph has the IRI {iri}")
        return iri
    found = [c.iri for c in lookup.find_entities(store, text) if c.iri.startswith(TOPIC)]
    if len(found) != 1:
        known = select(store, TOPICS_Q)
        names = ", ".join((r["t"] or "").removeprefix(TOPIC) for r in known)
        raise QueryError(f"topic: no topic named {text!r}; known: {names}")
    return found[0]


def resolve_doc(store: Store, text: str) -> str:
    """A source document by IRI, its named graph's IRI, or its stem (``id/doc/{stem}``)."""
    iri = expand_iri(text) or f"{ID}doc/{text.strip()}"
    if not _exists(store, iri):
        raise QueryError(f"source document: nothing in the graph is {iri}; give a document IRI, graph IRI or stem")
    return iri


def resolve(store: Store, sel: Selection) -> Resolved:
    sel.check()
    out = Resolved()
    if sel.focus:
        out.focus = resolve_entities(store, sel.focus, sel.as_of, "focus")
    if sel.jurisdiction:
        out.jurisdiction = resolve_jurisdiction(store, sel.jurisdiction, sel.as_of)
    out.topics = [resolve_topic(store, t) for t in sel.topics]
    if sel.doc:
        out.doc = resolve_doc(store, sel.doc)
    return out


def _text_edge(edge: Edge) -> bool:
    return edge.relation == "mandate" or edge.predicate in ("bm:ReportingObligation", "bm:reportTo")


def _keep(edge: Edge, sel: Selection, res: Resolved, allowed: set[str] | None) -> bool:
    if not edge.valid_on(sel.as_of):
        return False
    if allowed is not None and (edge.source not in allowed or edge.target not in allowed):
        return False
    if _text_edge(edge):
        if res.topics and not (edge.topics & set(res.topics)):
            return False
        if res.doc and res.doc not in edge.docs:
            return False
    return True


def _context_only(edges: list[Edge], res: Resolved) -> list[Edge]:
    """With a topic or document filter, keep structure only between bodies the kept duties touch."""
    if not (res.topics or res.doc):
        return edges
    touched = {n for e in edges if _text_edge(e) for n in (e.source, e.target)}
    return [e for e in edges if _text_edge(e) or (e.source in touched and e.target in touched)
            or (res.doc is not None and res.doc in e.docs)]


def _unit_seeds(store: Store, focus: list[str]) -> list[Edge]:
    """For a focused unit, its bodies (jurisdiction edges), so the ego graph starts from them."""
    rows = select(store, fill_values(UNIT_BODIES_Q, {"u": focus}))
    return [Edge(b, u, "territory", "bm:jurisdiction") for r in rows if (b := r["b"]) and (u := r["u"])]


def select_network(store: Store, sel: Selection, res: Resolved | None = None) -> tuple[Network, Resolved]:
    """The filtered network the user asked for (not yet aggregated)."""
    res = res or resolve(store, sel)
    relations = set(sel.relations)
    categories = CategoryIndex.load(store)
    allowed = units_within(store, res.jurisdiction) if res.jurisdiction else None
    nodes: dict[str, Node] = {}

    def valid_nodes(edges: list[Edge]) -> list[Edge]:
        missing = {n for e in edges for n in (e.source, e.target)} - nodes.keys()
        nodes.update(fetch_nodes(store, missing, categories))
        return [e for e in edges if nodes[e.source].valid_on(sel.as_of) and nodes[e.target].valid_on(sel.as_of)]

    if not res.focus:
        edges = valid_nodes([e for e in fetch_edges(store, relations, allowed) if _keep(e, sel, res, allowed)])
    else:
        seeds = [e for e in _unit_seeds(store, res.focus) if _keep(e, sel, res, allowed)]
        edges = valid_nodes(seeds)
        visited = set(res.focus) | {e.source for e in edges}
        frontier = set(visited)
        seen_edges: set[tuple] = set()

        def add(new: list[Edge]) -> None:
            for e in new:
                key = (e.relation, e.source, e.target, e.item, e.predicate)
                if key not in seen_edges:
                    seen_edges.add(key)
                    edges.append(e)

        for hop in range(sel.hops + 1):
            if not frontier:
                break
            kept = [e for e in fetch_edges(store, relations, frontier) if _keep(e, sel, res, allowed)]
            if hop == sel.hops:  # the last round only links nodes already reached: look up no others
                add(valid_nodes([e for e in kept if e.source in visited and e.target in visited]))
                break
            found = valid_nodes(kept)
            add(found)
            reached = {n for e in found for n in (e.source, e.target)}
            frontier = reached - visited
            visited |= reached
    edges = _context_only(edges, res)
    used = {n for e in edges for n in (e.source, e.target)} | set(res.focus)
    missing = used - nodes.keys()
    nodes.update(fetch_nodes(store, missing, categories))
    network = Network(nodes={n: nodes[n] for n in used if n in nodes}, edges=edges)
    for f in res.focus:
        if f not in network.nodes:
            network.notes.append(f"{f} is not valid on {sel.as_of} or has no relations of the chosen types.")
    return network, res
