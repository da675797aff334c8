"""The analytics: who carries the reporting load, who commands whom, where duties loop back,
and what the restructurings did. Each metric is a function from the network (and the store,
for the restructure history) to a :class:`Table`.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from bomay.analysis.bulk import ANALYTICS_RELATIONS, Tables, analytics_network, bound_rows, no_cyclic_gc, query_rows
from bomay.analysis.model import CATEGORIES, Edge, Network
from bomay.analysis.network import CATEGORY_ORDER, subclass_pairs
from bomay.analysis.selection import Resolved, Selection, resolve, select_network
from bomay.analysis.tables import Table
from bomay.graph.store import Store
from bomay.namespaces import BM
from bomay.queries.binding import fill_values

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
    tables: Tables
    unnamed: set[str] = field(default_factory=set)  # network nodes read without their labels

    def name_all(self, iris: Iterable[str]) -> None:
        """Read the labels of these nodes in one query: a metric that shows a few names of a big
        network should not read all 74,000 labels of the country."""
        missing = self.unnamed.intersection(iris)
        if missing:
            for iri, label in self.tables.names(missing).items():
                self.network.nodes[iri].label = label
            self.unnamed -= missing

    def name(self, iri: str) -> str:
        if iri in self.unnamed:
            self.name_all([iri])
        node = self.network.nodes.get(iri)
        return node.name if node else self.labels.get(iri, iri.rsplit("/", 1)[-1])

    @property
    def allowed(self) -> set[str] | None:
        """Units and bodies within the jurisdiction, None for the whole country."""
        return self.tables.units_within(self.resolved.jurisdiction) if self.resolved.jurisdiction else None


def _by_count(counts: Counter) -> list[tuple[str, int]]:
    """Categories by count, ties in hierarchy order (Counter.most_common keeps set order, which
    changes from run to run)."""
    order = {c: i for i, c in enumerate(CATEGORIES)}
    return sorted(counts.items(), key=lambda kv: (-kv[1], order.get(kv[0], len(order)), kv[0]))


def _top_topics(ctx: Context, edges: list[Edge]) -> list[str]:
    """The three commonest topics; ties by IRI, so the answer does not depend on set order."""
    topics = Counter(t for e in edges for t in e.topics)
    ranked = sorted(topics.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    return [ctx.labels.get(t, t) for t, _ in ranked]


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
    ctx.name_all(received)
    rows: list[list[Any]] = []  # mixed columns, sorted by their values
    for body, edges in received.items():
        rows.append([ctx.name(body), len(edges), round(sum(e.weight for e in edges), 1),
                     sum(1 for e in edges if e.times_per_year is None), len({e.source for e in edges}),
                     _top_topics(ctx, edges), body])
    rows.sort(key=lambda r: (-r[2], -r[1], r[0], r[-1]))
    return Table("reporting-load", "Reporting load per body",
                 "Reports each body must receive; weighted = reports a year (a monthly report counts 12, a "
                 "quarterly one 4; an unknown or irregular frequency counts 1).",
                 ["body", "obligations", "weighted_per_year", "unknown_frequency", "reporters", "top_topics",
                  "body_iri"], rows)


def span_of_control(ctx: Context) -> Table:
    under: dict[str, set[str]] = defaultdict(set)
    for e in _command_edges(ctx.network):
        under[e.target].add(e.source)
    ctx.name_all({*under, *(s for subs in under.values() for s in subs)})
    rows: list[list[Any]] = []  # mixed columns, sorted by their values
    for body, subs in under.items():
        kinds = Counter(ctx.network.nodes[s].category for s in subs if s in ctx.network.nodes)
        rows.append([ctx.name(body), len(subs), ", ".join(f"{n} {k}" for k, n in _by_count(kinds)),
                     sorted(ctx.name(s) for s in subs)[:4], body])
    rows.sort(key=lambda r: (-r[1], r[0], r[-1]))
    return Table("span-of-control", "Span of control",
                 "Bodies directly under each body (its parts and the bodies that answer to it).",
                 ["body", "direct_subordinates", "by_kind", "examples", "body_iri"], rows)


def _topological(edges: list[tuple[str, str]]) -> list[str] | None:
    """Kahn's order of the nodes of edges (parent -> child), or None if they hold a cycle."""
    succ: dict[str, list[str]] = defaultdict(list)
    indegree: dict[str, int] = defaultdict(int)
    for u, v in edges:
        succ[u].append(v)
        indegree[v] += 1
        indegree.setdefault(u, 0)
    order = [n for n, d in indegree.items() if d == 0]
    for u in order:  # grows while it is walked
        for v in succ[u]:
            indegree[v] -= 1
            if indegree[v] == 0:
                order.append(v)
    return order if len(order) == len(indegree) else None


def _acyclic(edges: list[tuple[str, str]]) -> tuple[list[tuple[str, str]], list[str], int]:
    """The edges with those closing a cycle set aside (as before: networkx.find_cycle, last edge),
    their topological order, and how many were set aside."""
    order = _topological(edges)
    if order is not None:
        return edges, order, 0
    import networkx as nx

    graph = nx.DiGraph()
    graph.add_edges_from(edges)  # sorted by the caller, so the edges set aside do not depend on row order
    removed = 0
    while not nx.is_directed_acyclic_graph(graph):
        cycle = nx.find_cycle(graph)
        graph.remove_edge(*cycle[-1][:2])
        removed += 1
    kept = list(graph.edges)
    return kept, _topological(kept) or [], removed


def _depths(order: list[str], preds: dict[str, list[str]]) -> tuple[dict[str, int], dict[str, str]]:
    """Length of the longest path down to each node, and the predecessor it comes through
    (the smallest IRI among equally deep ones)."""
    depth: dict[str, int] = {}
    best: dict[str, str] = {}
    for v in order:
        found = preds.get(v)
        if not found:
            depth[v] = 0
            continue
        via = found[0]
        for u in found[1:]:
            if depth[u] > depth[via] or (depth[u] == depth[via] and u < via):
                via = u
        depth[v] = depth[via] + 1
        best[v] = via
    return depth, best


def _deepest(depth: dict[str, int], best: dict[str, str], members) -> list[str]:
    """The path ending at the deepest member (ties: the smallest IRI), followed back to its top."""
    end = min(members, key=lambda n: (-depth[n], n))
    path = [end]
    while path[-1] in best:
        path.append(best[path[-1]])
    return path[::-1]


def chains_of_command(ctx: Context) -> Table:
    """Longest superior -> subordinate paths, overall and inside each province.

    One pass in topological order gives every node its depth overall and inside its province.
    Ties go to the smallest IRI, at each step and at the end: networkx.dag_longest_path broke
    them by insertion order, so the chain shown for a province depended on the order the store
    returned rows in and changed with a jurisdiction filter.
    """
    edges = sorted({(e.target, e.source) for e in _command_edges(ctx.network) if e.source != e.target})
    edges, order, removed = _acyclic(edges)
    notes = []
    if removed:
        notes.append(f"{removed} edge(s) closing a cycle in the hierarchy were set aside to get a DAG.")
    units = {n.unit for n in ctx.network.nodes.values() if n.unit}
    province_of = ctx.tables.provinces_of(units)
    ctx.labels.update(ctx.tables.labels(set(province_of.values()) - ctx.labels.keys()))
    scope_of: dict[str, str] = {}
    for iri in order:
        node = ctx.network.nodes.get(iri)
        if node and node.unit in province_of:
            scope_of[iri] = province_of[node.unit]
    preds: dict[str, list[str]] = defaultdict(list)
    local_preds: dict[str, list[str]] = defaultdict(list)
    for u, v in edges:
        preds[v].append(u)
        if u in scope_of and scope_of[u] == scope_of.get(v):
            local_preds[v].append(u)
    depth, best = _depths(order, preds)
    local_depth, local_best = _depths([v for v in order if v in scope_of], local_preds)
    paths: list[tuple[str | None, list[str]]] = [(None, _deepest(depth, best, order))] if order else []
    by_province: dict[str, list[str]] = defaultdict(list)
    for iri, province in scope_of.items():
        by_province[province].append(iri)
    paths.extend((p, _deepest(local_depth, local_best, members)) for p, members in by_province.items())
    paths = [(p, path) for p, path in paths if len(path) > 1]
    ctx.name_all({n for _, path in paths for n in path} | {p for p, _ in paths if p})
    rows: list[list[Any]] = [  # mixed columns, sorted by their values
        ["overall" if p is None else f"{ctx.labels.get(p) or ctx.name(p)} ({p.split('/unit/')[-1]})",
         len(path), " → ".join(ctx.name(n) for n in path), [*path]] for p, path in paths]
    rows[1:] = sorted(rows[1:], key=lambda r: (-r[1], r[0]))
    return Table("chains", "Longest chains of command",
                 "Longest path down the hierarchy (superior → subordinate), overall and within each province.",
                 ["scope", "bodies", "chain", "chain_iri"], rows, notes)


def top_assigners(ctx: Context) -> Table:
    given: dict[str, list[Edge]] = defaultdict(list)
    for e in ctx.network.edges:
        if e.relation == "mandate":
            given[e.source].append(e)
    ctx.name_all(given)
    rows: list[list[Any]] = []  # mixed columns, sorted by their values
    for body, edges in given.items():
        with_report = sum(1 for e in edges if e.report_back)
        rows.append([ctx.name(body), len(edges), len({e.target for e in edges}), with_report,
                     _top_topics(ctx, edges), body])
    rows.sort(key=lambda r: (-r[1], r[0], r[-1]))
    return Table("top-assigners", "Bodies that assign the most mandates",
                 "Mandates each body assigns, to how many distinct assignees, and how many ask for a report back.",
                 ["body", "mandates", "assignees", "with_report_back", "top_topics", "body_iri"], rows)


def no_report_back(ctx: Context) -> Table:
    rows: list[list[Any]] = []  # mixed columns, sorted by their values
    ctx.name_all(n for e in ctx.network.edges if e.relation == "mandate" for n in (e.source, e.target))
    for e in ctx.network.edges:
        if e.relation == "mandate" and not e.report_back:
            docs = sorted(d for d in e.docs if "/id/doc/" in d) or sorted(e.docs)
            rows.append([ctx.name(e.source), ctx.name(e.target), e.text, docs[0] if docs else "", e.item])
    rows.sort(key=lambda r: (r[0], r[1], r[4] or ""))
    return Table("no-report-back", "Mandates with no report-back",
                 "Tasks one body gives another without asking for any report back.",
                 ["assigner", "assignee", "task", "document_iri", "mandate_iri"], rows)


def _on_cycles(edges: set[tuple[str, str]]) -> list[tuple[str, str]]:
    """The edges that can lie on a cycle, sorted: nodes with no way in or no way out are peeled
    off in linear time, so simple_cycles does not search the whole reporting hierarchy."""
    succ: dict[str, list[str]] = defaultdict(list)
    pred: dict[str, list[str]] = defaultdict(list)
    for a, b in edges:
        succ[a].append(b)
        pred[b].append(a)
    outs = {n: len(succ.get(n, ())) for n in {*succ, *pred}}
    ins = {n: len(pred.get(n, ())) for n in outs}
    gone = set()
    todo = [n for n in outs if not outs[n] or not ins[n]]
    while todo:
        n = todo.pop()
        if n in gone:
            continue
        gone.add(n)
        for m in succ.get(n, ()):
            ins[m] -= 1
            if not ins[m]:
                todo.append(m)
        for m in pred.get(n, ()):
            outs[m] -= 1
            if not outs[m]:
                todo.append(m)
    return sorted((a, b) for a, b in edges if a not in gone and b not in gone)


def cycles(ctx: Context) -> Table:
    import networkx as nx

    kinds: dict[tuple[str, str], set[str]] = defaultdict(set)
    for e in ctx.network.edges:
        if e.relation == "mandate":
            a, b, kind = e.source, e.target, "mandate"
        elif e.relation == "reports-to":
            a, b, kind = e.target, e.source, "reports-to"  # the recipient is owed; draw it as authority
        else:
            continue
        kinds[(a, b)].add(kind)
    graph = nx.DiGraph()
    graph.add_edges_from(_on_cycles(set(kinds)))  # sorted: the same cycles listed whatever the row order
    found_cycles = []
    for found in nx.simple_cycles(graph, length_bound=MAX_CYCLE_LENGTH):
        start = found.index(min(found))
        found_cycles.append(found[start:] + found[:start])  # the same loop always reads the same way
        if len(found_cycles) >= MAX_CYCLES:
            break
    ctx.name_all(n for cycle in found_cycles for n in cycle)
    rows: list[list[Any]] = []  # mixed columns, sorted by their values
    for cycle in found_cycles:
        steps = list(zip(cycle, [*cycle[1:], cycle[0]], strict=True))
        rows.append([len(cycle), " → ".join(ctx.name(n) for n in [*cycle, cycle[0]]),
                     sorted({k for s in steps for k in kinds[s]}), cycle])
    rows.sort(key=lambda r: (r[0], r[1], r[3]))
    notes = [f"listing stopped at {MAX_CYCLES} cycles"] if len(rows) >= MAX_CYCLES else []
    return Table("cycles", "Cycles in the mandate and reporting graph",
                 f"Loops of authority up to {MAX_CYCLE_LENGTH} bodies long (A assigns B or B reports to A, "
                 "and back again): often an upward request or swapped roles in extraction.",
                 ["length", "cycle", "relations", "cycle_iri"], rows, notes)


def betweenness(ctx: Context) -> Table:
    import networkx as nx

    graph = nx.DiGraph()
    # sorted: the sample above BETWEENNESS_SAMPLE_ABOVE nodes depends on node order
    graph.add_edges_from(sorted({(e.source, e.target) for e in ctx.network.edges
                                 if e.relation == "mandate" and e.source != e.target}))
    notes = []
    if graph.number_of_nodes() > BETWEENNESS_SAMPLE_ABOVE:
        scores = nx.betweenness_centrality(graph, k=1000, seed=0)
        notes.append(f"estimated from 1,000 sampled sources of {graph.number_of_nodes():,} nodes")
    else:
        scores = nx.betweenness_centrality(graph)
    ctx.name_all(n for n, s in scores.items() if s > 0)
    rows = [[ctx.name(n), round(s, 4), graph.in_degree(n), graph.out_degree(n), n]
            for n, s in scores.items() if s > 0]
    rows.sort(key=lambda r: (-r[1], r[0], r[-1]))
    return Table("betweenness", "Betweenness on the mandate graph",
                 "Bodies that sit between others on mandate chains (assigner → assignee), normalised 0-1.",
                 ["body", "betweenness", "assigned_by", "assigns_to", "body_iri"], rows, notes)


# Sub-selects: the engine hash-joins whole columns instead of seeking once per share.
SHARES_Q = """SELECT ?new ?old ?whole ?date WHERE {
  { SELECT ?s WHERE { ?s a bm:TerritorialShare } }
  { SELECT ?s ?old WHERE { ?s bm:fromUnit ?old } }
  { SELECT ?s ?new WHERE { ?s bm:toUnit ?new } }
  OPTIONAL { SELECT ?s ?whole WHERE { ?s bm:whole ?whole } }
  OPTIONAL { SELECT ?s ?date WHERE { ?s bm:partOfEvent/bm:effectiveDate ?date } } }"""
# Event pairs no share states already (the same answer, without reading each pair twice), and
# every event's date.
EVENT_PAIRS_Q = """SELECT ?new ?old WHERE {
  { SELECT ?ev ?old WHERE { ?ev bm:originalUnit ?old } }
  { SELECT ?ev ?new WHERE { ?ev bm:resultingUnit ?new } }
  MINUS { { SELECT ?s WHERE { ?s a bm:TerritorialShare } }
          { SELECT ?s ?old WHERE { ?s bm:fromUnit ?old } }
          { SELECT ?s ?new WHERE { ?s bm:toUnit ?new } } } }"""
EVENT_DATES_Q = """SELECT DISTINCT ?new ?date WHERE {
  ?ev bm:resultingUnit ?new ; bm:effectiveDate ?date FILTER EXISTS { ?ev bm:originalUnit ?old } }"""
# Bodies with an end date, with the rank of their first category (VALUES: body class -> rank).
ENDED_BODIES_Q = """SELECT ?b ?e (MIN(?rank) AS ?r) WHERE {
  { SELECT DISTINCT ?b ?rank WHERE { VALUES (?t ?rank) { } ?b a ?t } }
  { SELECT ?b ?e WHERE { ?b schema:endDate ?e } } } GROUP BY ?b ?e"""
# ... counted in the store, so that no body IRI has to come out of it.
ENDED_COUNTS_Q = "SELECT ?e ?r (COUNT(*) AS ?n) WHERE { { " + ENDED_BODIES_Q + " } } GROUP BY ?e ?r"


def restructure_impact(ctx: Context) -> Table:
    allowed = ctx.allowed
    olds: dict[str, dict[str, str | None]] = defaultdict(dict)
    effective: dict[str, str] = {}

    def dated(new: str, day: str | None) -> None:
        if day:
            effective[new] = max(effective.get(new, ""), day[:10])  # the latest, if several

    for new, old, whole, day in query_rows(ctx.store, SHARES_Q):
        if new is None or old is None:  # never: both are read from required patterns
            continue
        if allowed is None or new in allowed:
            prior = olds[new].get(old)
            # a share that says partial wins over one that says whole: part of the old unit went elsewhere
            olds[new][old] = "false" if "false" in (prior, whole) else whole or prior
            dated(new, day)
    for new, old in bound_rows(ctx.store, EVENT_PAIRS_Q):
        if allowed is None or new in allowed:
            olds[new].setdefault(old, None)
    for new, day in bound_rows(ctx.store, EVENT_DATES_Q):
        if new in olds:
            dated(new, day)
    labels = ctx.tables.unit_labels({u for new, old in olds.items() for u in (new, *old)})
    for unit in {o for former in olds.values() for o in former}:
        ctx.labels.setdefault(unit, labels.get(unit, unit))
    rows: list[list[Any]] = []  # mixed columns, sorted by their values
    for new, former in olds.items():
        partial = sum(1 for w in former.values() if w == "false")
        names = Counter(ctx.labels[o] for o in former)
        listed = [f"{n} (×{k})" if k > 1 else n for n, k in sorted(names.items())]
        rows.append([labels.get(new, new), len(former), partial, effective.get(new, ""), listed, new])
    rows.sort(key=lambda r: (-r[1], r[0], r[-1]))
    return Table("restructure", "Restructure impact: old units per new unit",
                 "Former units whose territory went (wholly or partly) into each new unit, from the shares of "
                 "territory and the units before and after each merger or split.",
                 ["new_unit", "old_units", "partial_shares", "effective", "old_unit_names", "new_unit_iri"], rows)


def abolished_per_year(ctx: Context) -> Table:
    categories = ctx.tables.categories
    ranked: set[tuple[str, int]] = set()  # (body class, rank of its category): a body counts once, under its first kind
    body_classes = {BM + "Body"} | {cls for cls, _ in subclass_pairs(ctx.store, [BM + "Body"])}
    for cls in body_classes:
        ranked.add((cls, CATEGORY_ORDER.index(categories.category([cls]))))
    allowed = ctx.allowed
    per_year: dict[str, Counter] = defaultdict(Counter)
    if allowed is None:  # count in the store: no body IRI needs to come out
        for day, rank, count in bound_rows(ctx.store, fill_values(ENDED_COUNTS_Q, {"t rank": sorted(ranked)})):
            per_year[day[:4]][CATEGORY_ORDER[int(rank)]] += int(count)
    else:
        for body, day, rank in bound_rows(ctx.store, fill_values(ENDED_BODIES_Q, {"t rank": sorted(ranked)})):
            if body in allowed:
                per_year[day[:4]][CATEGORY_ORDER[int(rank)]] += 1

    def kinds(c: Counter) -> str:
        return ", ".join(f"{n} {CATEGORIES[k].split(' (')[0].lower()}" for k, n in _by_count(c))

    rows = [[year, sum(c.values()), kinds(c)] for year, c in sorted(per_year.items())]
    return Table("abolished", "Bodies ended per year",
                 "Bodies whose last day falls in each year, by kind.",
                 ["year", "bodies_ended", "by_kind"], rows)


# What each metric reads from the network: its relations, whether the standing hierarchy
# (shortcut triples and bm:Subordination records, most of the graph) is among them, and what
# nodes must carry beside their names. analyse() reads only what the chosen metrics need, so a
# duty metric alone never touches the hierarchy.
NEEDS: dict[str, tuple[frozenset[str], bool, frozenset[str]]] = {
    "reporting-load": (frozenset({"reports-to"}), False, frozenset()),
    # every body and subordinate is named (rows are sorted by name), so read all labels at once
    "span-of-control": (frozenset({"subordination", "reports-to"}), True, frozenset({"label", "category"})),
    "chains": (frozenset({"subordination", "reports-to"}), True, frozenset({"unit"})),
    "top-assigners": (frozenset({"mandate"}), False, frozenset()),
    "no-report-back": (frozenset({"mandate"}), False, frozenset()),
    "cycles": (frozenset({"mandate", "reports-to"}), True, frozenset()),
    "betweenness": (frozenset({"mandate"}), False, frozenset()),
    "restructure": (frozenset(), False, frozenset()),
    "abolished": (frozenset(), False, frozenset()),
}
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


def analyse(store: Store, names: list[str] | None = None, selection: Selection | None = None,
            tables: Tables | None = None) -> list[Table]:
    """Run the named metrics (all by default) on the network the selection picks out.

    tables may carry what an earlier call read from the same, unchanged graph (the web app keeps
    one per served build).
    """
    with no_cyclic_gc():
        return _analyse(store, names, selection, tables or Tables(store))


def _analyse(store: Store, names: list[str] | None, selection: Selection | None, tables: Tables) -> list[Table]:
    from bomay.errors import QueryError

    names = names or list(METRICS)
    unknown = [n for n in names if n not in METRICS]
    if unknown:
        raise QueryError(f"unknown metric {', '.join(unknown)}; known: {', '.join(METRICS)}")
    selection = selection or Selection()
    selection.relations = ANALYTICS_RELATIONS  # supervision and leadership edges feed no metric
    selection.focus = None
    resolved = resolve(store, selection)
    relations = {r for n in names for r in NEEDS[n][0]}
    if not relations:  # restructure and abolished read the events directly
        network = Network()
    elif selection.topics or selection.doc:  # filters on sources need the view's full edge records
        network, resolved = select_network(store, selection, resolved)
    else:
        network = analytics_network(tables, selection, resolved, relations, structure=any(NEEDS[n][1] for n in names),
                                    detail={d for n in names for d in NEEDS[n][2]})
    extra = {t for e in network.edges for t in e.topics} | set(resolved.jurisdiction)
    ctx = Context(store, network, resolved, selection, tables.labels(extra), tables)
    if not any("label" in NEEDS[n][2] for n in names) and not (selection.topics or selection.doc):
        ctx.unnamed = set(network.nodes)  # named on demand, by the metrics that show them
    return [METRICS[n][1](ctx) for n in names]
