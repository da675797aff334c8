"""Finding an entity by name: labels folded for case, diacritics and tone marks.

Loaders write ``bm:searchKey`` (the folded form of every label), so a lookup is one indexed
equality match instead of a scan over every label in the graph.
"""

from __future__ import annotations

from collections.abc import Mapping

import pyoxigraph as ox

from bomay.errors import QueryError
from bomay.graph.store import Store
from bomay.namespaces import sparql_prologue
from bomay.textnorm import search_key

MAX_CANDIDATES = 12


def find_entities(store: Store, name: str, limit: int = 50) -> list[dict[str, str]]:
    """Entities whose label folds to the same key as name: IRI, Vietnamese label, type, validity."""
    key = ox.Literal(search_key(name))
    sparql = sparql_prologue() + f"""
SELECT ?e (SAMPLE(?l) AS ?label) (SAMPLE(?t) AS ?type) (SAMPLE(?s) AS ?start) (SAMPLE(?x) AS ?end) WHERE {{
  ?e bm:searchKey {key} .
  OPTIONAL {{ ?e skos:prefLabel ?l FILTER(LANGMATCHES(LANG(?l), "vi")) }}
  OPTIONAL {{ ?e a ?t }}
  OPTIONAL {{ ?e schema:startDate ?s }}
  OPTIONAL {{ ?e schema:endDate ?x }}
}} GROUP BY ?e ORDER BY ?e LIMIT {int(limit)}"""
    rows = []
    for row in store.query(sparql).dicts():
        rows.append({k: ("" if v is None or isinstance(v, ox.Triple) else v.value) for k, v in row.items()})
    return rows


def _valid_on(row: Mapping[str, str], date: str) -> bool:
    return (not row["start"] or row["start"] <= date) and (not row["end"] or row["end"] >= date)


def resolve_entity(store: Store, name: str, context: Mapping[str, str] | None = None) -> ox.NamedNode:
    """The one entity a name denotes; if several, those valid on the query's date (or its `to`, then
    `from` date), else an error listing them."""
    candidates = find_entities(store, name)
    context = context or {}
    date = context.get("date") or context.get("to") or context.get("from")
    if len(candidates) > 1 and date:
        dated = [c for c in candidates if _valid_on(c, date)]
        candidates = dated or candidates
    if len(candidates) == 1:
        return ox.NamedNode(candidates[0]["e"])
    if not candidates:
        raise QueryError(f"nothing in the graph is named {name!r}; try `bomay search` or give an IRI")
    listing = "; ".join(
        f"{c['e']} ({c['label'] or '?'}{', ' + c['start'] if c['start'] else ''}"
        f"{' to ' + c['end'] if c['end'] else ''})"
        for c in candidates[:MAX_CANDIDATES]
    )
    more = f" and {len(candidates) - MAX_CANDIDATES} more" if len(candidates) > MAX_CANDIDATES else ""
    raise QueryError(f"{name!r} is ambiguous, {len(candidates)} candidates: {listing}{more}; give the IRI instead")
