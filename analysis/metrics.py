"""The analytics: who carries the reporting load, who commands whom, where duties loop back,
and what the restructurings did. Each metric is a function from the network (and the store,
for the restructure history) to a :class:`Table`.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from bomay.analysis.model import CATEGORIES, Edge, Network
from bomay.analysis.network import iri_term, labels_of, provinces_of, select, units_within
from bomay.analysis.selection import Resolved, Selection, resolve, select_network
from bomay.analysis.tables import Table
from bomay.graph.store import Store
from bomay.namespaces import BM

MAX_CYCLE_LENGTH = 6
MAX_CYCLES = 200
BETWEENNESS_SAMPLE_ABOVE = 3000  # nodes; above this betweenness is estimated from a sample


@dataclass
class Context:
    store: Store
    network: Network
    resolved: Resolved
    selection: Selection
    labels: dict[str, str]

    def name(self, iri: str) -> str:
        node = self.network.nodes.get(iri)
        return node.name if node else self.labels.get(iri, iri.rsplit("/", 1)[-1])


def _obligations(net: Network) -> list[Edge]:
    return [e for e in net.edges
            if e.relation == "reports-to" and e.predicate in ("bm:ReportingObligation", "bm:reportTo")]


def _command_edges(net: Network) -> list[Edge]:
    """The standing hierarchy: subordination and structural reports-to (subordinate → superior)."""
    return [e for e in net.edges if e.relation == "subordination"
            or (e.relation == "reports-to" and e.predicate not in ("bm:ReportingObligation", "bm:reportTo"))]


def reporting_load(ctx: Context) -> Table:
    received: dict[str, list[Edge]] = defaultdict(list)
    for e in _obligations(ctx.network):
        received[e.target].append(e)
    rows = []
    for body, edges in received.items():
        topics = Counter(t for e in edges for t in e.topics)
        rows.append([ctx.name(body), len(edges), round(sum(e.weight for e in edges), 1),
                     sum(1 for e in edges if e.times_per_year is None), len({e.source for e in edges}),
                     [ctx.labels.get(t, t) for t, _ in topics.most_common(3)], body])
    rows.sort(key=lambda r: (-r[2], -r[1], r[0]))
    return Table("reporting-load", "Reporting load per body",
                 "Reporting obligations each body receives; weighted = reports per year (bm:timesPerYear of the "
                 "frequency; an unknown or irregular frequency counts 1).",
                 ["body", "obligations", "weighted_per_year", "unknown_frequency", "reporters", "top_topics",
                  "body_iri"], rows)


def span_of_control(ctx: Context) -> Table:
    under: dict[str, set[str]] = defaultdict(set)
    for e in _command_edges(ctx.network):
        under[e.target].add(e.source)
    rows = []
    for body, subs in under.items():
        kinds = Counter(ctx.network.nodes[s].category for s in subs if s in ctx.network.nodes)
        rows.append([ctx.name(body), len(subs), ", ".join(f"{n} {k}" for k, n in kinds.most_common()),
                     sorted(ctx.name(s) for s in subs)[:4], body])
    rows.sort(key=lambda r: (-r[1], r[0]))
    return Table("span-of-control", "Span of control",
                 "Direct subordinates of each body (org:subOrganizationOf and standing org:reportsTo).",
                 ["body", "direct_subordinates", "by_kind", "examples", "body_iri"], rows)


def chains_of_command(ctx: Context) -> Table:
    import networkx as nx

    graph = nx.DiGraph()
    for e in _command_edges(ctx.network):
        if e.source != e.target:
            graph.add_edge(e.target, e.source)  # superior -> subordinate
    notes = []
    removed = 0
    while not nx.is_directed_acyclic_graph(graph):
        cycle = nx.find_cycle(graph)
        graph.remove_edge(*cycle[-1][:2])
        removed += 1
    if removed:
        notes.append(f"{removed} edge(s) closing a cycle in the hierarchy were set aside to get a DAG.")
    rows = []

    def add(scope: str, sub) -> None:
        path = nx.dag_longest_path(sub)
        if len(path) > 1:
            rows.append([scope, len(path), " → ".join(ctx.name(n) for n in path), [*path]])

    add("overall", graph)
    units = {n.unit for n in ctx.network.nodes.values() if n.unit}
    province_of = provinces_of(ctx.store, units)
    ctx.labels.update(labels_of(ctx.store, set(province_of.values()) - ctx.labels.keys()))
    by_province: dict[str, set[str]] = defaultdict(set)
    for iri in graph.nodes:
        node = ctx.network.nodes.get(iri)
        if node and node.unit in province_of:
            by_province[province_of[node.unit]].add(iri)
    scoped = [(f"{ctx.labels.get(p) or ctx.name(p)} ({p.split('/unit/')[-1]})", members)
              for p, members in by_province.items()]
    for scope, members in sorted(scoped):
        add(scope, graph.subgraph(members))
    rows[1:] = sorted(rows[1:], key=lambda r: (-r[1], r[0]))
    return Table("chains", "Longest chains of command",
                 "Longest path down the hierarchy (superior → subordinate), overall and within each province.",
                 ["scope", "bodies", "chain", "chain_iri"], rows, notes)


def top_assigners(ctx: Context) -> Table:
    given: dict[str, list[Edge]] = defaultdict(list)
    for e in ctx.network.edges:
        if e.relation == "mandate":
            given[e.source].append(e)
    rows = []
    for body, edges in given.items():
        topics = Counter(t for e in edges for t in e.topics)
        with_report = sum(1 for e in edges if e.report_back)
        rows.append([ctx.name(body), len(edges), len({e.target for e in edges}), with_report,
                     [ctx.labels.get(t, t) for t, _ in topics.most_common(3)], body])
    rows.sort(key=lambda r: (-r[1], r[0]))
    return Table("top-assigners", "Bodies that assign the most mandates",
                 "Mandates each body assigns, to how many distinct assignees, and how many ask for a report back.",
                 ["body", "mandates", "assignees", "with_report_back", "top_topics", "body_iri"], rows)


def no_report_back(ctx: Context) -> Table:
    rows = []
    for e in ctx.network.edges:
        if e.relation == "mandate" and not e.report_back:
            docs = sorted(d for d in e.docs if "/id/doc/" in d) or sorted(e.docs)
            rows.append([ctx.name(e.source), ctx.name(e.target), e.text, docs[0] if docs else "", e.item])
    rows.sort(key=lambda r: (r[0], r[1], r[4] or ""))
    return Table("no-report-back", "Mandates with no report-back",
                 "Mandates with neither a bm:hasReportingObligation nor a bm:reportTo.",
                 ["assigner", "assignee", "task", "document_iri", "mandate_iri"], rows)


def cycles(ctx: Context) -> Table:
    import networkx as nx

    graph = nx.DiGraph()
    kinds: dict[tuple[str, str], set[str]] = defaultdict(set)
    for e in ctx.network.edges:
        if e.relation == "mandate":
            a, b, kind = e.source, e.target, "mandate"
        elif e.relation == "reports-to":
            a, b, kind = e.target, e.source, "reports-to"  # the recipient is owed; draw it as authority
        else:
            continue
        graph.add_edge(a, b)
        kinds[(a, b)].add(kind)
    rows = []
    for found in nx.simple_cycles(graph, length_bound=MAX_CYCLE_LENGTH):
        start = found.index(min(found))
        cycle = found[start:] + found[:start]  # the same loop always reads the same way
        steps = list(zip(cycle, [*cycle[1:], cycle[0]], strict=True))
        rows.append([len(cycle), " → ".join(ctx.name(n) for n in [*cycle, cycle[0]]),
                     sorted({k for s in steps for k in kinds[s]}), cycle])
        if len(rows) >= MAX_CYCLES:
            break
    rows.sort(key=lambda r: (r[0], r[1]))
    notes = [f"listing stopped at {MAX_CYCLES} cycles"] if len(rows) >= MAX_CYCLES else []
    return Table("cycles", "Cycles in the mandate and reporting graph",
                 f"Loops of authority up to {MAX_CYCLE_LENGTH} bodies long (A assigns B or B reports to A, "
                 "and back again): often an upward request or swapped roles in extraction.",
                 ["length", "cycle", "relations", "cycle_iri"], rows, notes)


def betweenness(ctx: Context) -> Table:
    import networkx as nx

    graph = nx.DiGraph()
    for e in ctx.network.edges:
        if e.relation == "mandate" and e.source != e.target:
            graph.add_edge(e.source, e.target)
    notes = []
    if graph.number_of_nodes() > BETWEENNESS_SAMPLE_ABOVE:
        scores = nx.betweenness_centrality(graph, k=1000, seed=0)
        notes.append(f"estimated from 1,000 sampled sources of {graph.number_of_nodes():,} nodes")
    else:
        scores = nx.betweenness_centrality(graph)
    rows = [[ctx.name(n), round(s, 4), graph.in_degree(n), graph.out_degree(n), n]
            for n, s in scores.items() if s > 0]
    rows.sort(key=lambda r: (-r[1], r[0]))
    return Table("betweenness", "Betweenness on the mandate graph",
                 "Bodies that sit between others on mandate chains (assigner → assignee), normalised 0-1.",
                 ["body", "betweenness", "assigned_by", "assigns_to", "body_iri"], rows, notes)


def restructure_impact(ctx: Context) -> Table:
    rows_q = select(ctx.store, """SELECT ?new ?old ?whole ?date ?nl ?ol WHERE {
  { ?s a bm:TerritorialShare ; bm:fromUnit ?old ; bm:toUnit ?new OPTIONAL { ?s bm:whole ?whole }
    OPTIONAL { ?s bm:partOfEvent/bm:effectiveDate ?date } }
  UNION
  { ?ev bm:originalUnit ?old ; bm:resultingUnit ?new OPTIONAL { ?ev bm:effectiveDate ?date } }
  OPTIONAL { ?new skos:prefLabel ?nl FILTER(LANGMATCHES(LANG(?nl), "vi")) }
  OPTIONAL { ?old skos:prefLabel ?ol FILTER(LANGMATCHES(LANG(?ol), "vi")) }
}""")
    allowed = units_within(ctx.store, ctx.resolved.jurisdiction) if ctx.resolved.jurisdiction else None
    olds: dict[str, dict[str, str | None]] = defaultdict(dict)
    info: dict[str, tuple[str, str]] = {}
    for r in rows_q:
        if allowed is not None and r["new"] not in allowed:
            continue
        prior = olds[r["new"]].get(r["old"])
        olds[r["new"]][r["old"]] = r["whole"] if r["whole"] is not None else prior
        info[r["new"]] = (r["nl"] or r["new"], (r["date"] or info.get(r["new"], ("", ""))[1] or "")[:10])
        ctx.labels.setdefault(r["old"], r["ol"] or r["old"])
    rows = []
    for new, old in olds.items():
        partial = sum(1 for w in old.values() if w == "false")
        names = Counter(ctx.labels[o] for o in old)
        listed = [f"{n} (×{k})" if k > 1 else n for n, k in sorted(names.items())]
        rows.append([info[new][0], len(old), partial, info[new][1], listed, new])
    rows.sort(key=lambda r: (-r[1], r[0]))
    return Table("restructure", "Restructure impact: old units per new unit",
                 "Former units whose territory went (wholly or partly) into each new unit, from bm:TerritorialShare "
                 "and the original/resulting units of restructure events.",
                 ["new_unit", "old_units", "partial_shares", "effective", "old_unit_names", "new_unit_iri"], rows)


def abolished_per_year(ctx: Context) -> Table:
    rows_q = select(ctx.store, f"""SELECT ?b ?e (SAMPLE(?t) AS ?type) WHERE {{
  ?b schema:endDate ?e ; a ?t . ?t rdfs:subClassOf* {iri_term(BM + 'Body')} .
}} GROUP BY ?b ?e""")
    allowed = units_within(ctx.store, ctx.resolved.jurisdiction) if ctx.resolved.jurisdiction else None
    from bomay.analysis.network import CategoryIndex

    categories = CategoryIndex.load(ctx.store)
    per_year: dict[str, Counter] = defaultdict(Counter)
    for r in rows_q:
        if allowed is not None and r["b"] not in allowed:
            continue
        per_year[r["e"][:4]][categories.category([r["type"]])] += 1
    def kinds(c: Counter) -> str:
        return ", ".join(f"{n} {CATEGORIES[k].split(' (')[0].lower()}" for k, n in c.most_common())

    rows = [[year, sum(c.values()), kinds(c)] for year, c in sorted(per_year.items())]
    return Table("abolished", "Bodies ended per year",
                 "Bodies whose schema:endDate (last day valid) falls in each year, by kind.",
                 ["year", "bodies_ended", "by_kind"], rows)


HISTORY_METRICS = frozenset({"restructure", "abolished"})
METRICS: dict[str, tuple[str, Callable[[Context], Table]]] = {
    "reporting-load": ("reporting obligations received, weighted by frequency", reporting_load),
    "span-of-control": ("direct subordinates per body", span_of_control),
    "chains": ("longest chains of command, overall and per province", chains_of_command),
    "top-assigners": ("bodies that assign the most mandates", top_assigners),
    "no-report-back": ("mandates that ask for no report", no_report_back),
    "cycles": ("loops in the mandate / reporting graph", cycles),
    "restructure": ("old units per new unit", restructure_impact),
    "abolished": ("bodies ended per year", abolished_per_year),
    "betweenness": ("betweenness centrality on the mandate graph", betweenness),
}


def analyse(store: Store, names: list[str] | None = None, selection: Selection | None = None) -> list[Table]:
    """Run the named metrics (all by default) on the network the selection picks out."""
    from bomay.errors import QueryError

    names = names or list(METRICS)
    unknown = [n for n in names if n not in METRICS]
    if unknown:
        raise QueryError(f"unknown metric {', '.join(unknown)}; known: {', '.join(METRICS)}")
    selection = selection or Selection()
    selection.relations = ("subordination", "reports-to", "mandate", "supervision", "leadership")
    selection.focus = None
    resolved = resolve(store, selection)
    if set(names) <= HISTORY_METRICS:  # these read the events directly: skip loading the network
        network = Network()
    else:
        network, resolved = select_network(store, selection, resolved)
    extra = {t for e in network.edges for t in e.topics} | set(resolved.jurisdiction)
    ctx = Context(store, network, resolved, selection, labels_of(store, extra))
    return [METRICS[n][1](ctx) for n in names]
