"""Keeping a big view drawable: above a node cap, lower tiers fold into one node per parent unit.

Communes fold first (one group per district and kind of body, or per province where there are
no districts), then districts per province; if that is still too many, the best-connected nodes
are kept. Every step is recorded in ``Network.notes`` so the page can say what it did.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Set as AbstractSet

from bomay.analysis.model import CATEGORIES, Edge, Network, Node
from bomay.analysis.network import labels_of, provinces_of
from bomay.graph.store import Store

GROUP_PREFIX = "group:"


def _fold(network: Network, key_of: dict[str, str], labels: dict[str, str]) -> Network:
    """Replace each node that has a key by one group node per key; merge the edges that follow."""
    groups: dict[str, list[Node]] = defaultdict(list)
    for iri, key in key_of.items():
        groups[key].append(network.nodes[iri])
    nodes = {iri: n for iri, n in network.nodes.items() if iri not in key_of}
    for key, members in groups.items():
        unit, category = key.removeprefix(GROUP_PREFIX).rsplit("|", 1)
        count = sum(m.members for m in members)
        kind = CATEGORIES.get(category, category).split(" (")[0].lower()
        nodes[key] = Node(iri=key, label=f"{count} × {kind}\n{labels.get(unit, unit.rsplit('/', 1)[-1])}",
                          category=category, tier=min((m.tier for m in members if m.tier is not None), default=None),
                          unit=unit, members=count)
    merged: dict[tuple[str, str, str], Edge] = {}
    for e in network.edges:
        source, target = key_of.get(e.source, e.source), key_of.get(e.target, e.target)
        if source == target:
            continue
        k = (source, target, e.relation)
        if k not in merged:
            merged[k] = Edge(source, target, e.relation, e.predicate, topics=set(e.topics),
                             frequencies=set(e.frequencies), times_per_year=e.times_per_year, docs=set(e.docs),
                             count=e.count, text=e.text)
            continue
        m = merged[k]
        m.count += e.count
        m.topics |= e.topics
        m.frequencies |= e.frequencies
        m.docs |= e.docs
        if e.times_per_year is not None or m.times_per_year is not None:
            m.times_per_year = (m.times_per_year or 0.0) + e.weight
    return Network(nodes=nodes, edges=list(merged.values()), notes=list(network.notes))


def aggregate(store: Store, network: Network, cap: int, keep: AbstractSet[str] = frozenset()) -> Network:
    """The network folded until it has at most cap nodes (nodes in keep are never folded)."""
    if len(network.nodes) <= cap:
        return network
    before = len(network.nodes)
    units = {u for n in network.nodes.values() for u in (n.unit, n.unit_parent) if u}
    province = provinces_of(store, units)
    labels = labels_of(store, set(province.values()) | units)
    result = network
    for tier, scope in ((3, "district"), (2, "province")):
        key_of: dict[str, str] = {}
        for iri, n in result.nodes.items():
            if iri in keep or n.tier != tier or n.members > 1 or not n.unit:
                continue
            parent = n.unit_parent if scope == "district" and n.unit_parent else province.get(n.unit)
            if parent:
                key_of[iri] = f"{GROUP_PREFIX}{parent}|{n.category}"
        if not key_of:
            continue
        folded = len(key_of)
        result = _fold(result, key_of, labels)
        what = "commune-level" if tier == 3 else "district-level"
        result.notes.append(f"{folded:,} {what} nodes were folded into {len({*key_of.values()}):,} groups "
                            f"(one per {scope} and kind of body), because the view had {before:,} nodes and the cap "
                            f"is {cap:,}. Narrow the view (focus, jurisdiction, fewer relations) or raise the cap to "
                            "see them one by one.")
        if len(result.nodes) <= cap:
            return result
    degree: Counter[str] = Counter()
    for e in result.edges:
        degree[e.source] += 1
        degree[e.target] += 1
    ranked = sorted(result.nodes, key=lambda iri: (iri not in keep, -degree[iri], iri))
    kept = set(ranked[:cap])
    dropped = len(result.nodes) - len(kept)
    result.notes.append(f"Still {len(result.nodes):,} nodes after folding: only the {cap:,} best-connected are drawn "
                        f"({dropped:,} left out).")
    return Network(nodes={i: n for i, n in result.nodes.items() if i in kept},
                   edges=[e for e in result.edges if e.source in kept and e.target in kept], notes=result.notes)
