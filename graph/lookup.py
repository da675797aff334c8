"""The one entity resolver: names (folded, abbreviations spelled out), eras and candidates.

Loaders write ``bm:searchKey`` (the folded form of every label). Everything that turns a typed
name into an entity goes through this module: ``bomay search``, the web search page and
``/api/search``, named-query parameters (``resolve_entity``) and the analytics selection
(``resolve_entities``). So a name finds the same entities, in the same order, wherever it is typed.

Rules, in order:
- terms of the ontology (classes, properties) are never entities: "Chính phủ" is the body, not
  the class ``bm:Government``;
- a name held by several entities prefers those valid on the date given (a query's ``date``,
  then ``to``, then ``from``), else those valid today (the current era);
- what is still ambiguous is reported with each candidate's context (unit › district ›
  province) and validity, so the user can tell them apart.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

import pyoxigraph as ox

from bomay.errors import QueryError
from bomay.graph.store import QueryResult
from bomay.namespaces import BM, OWL, RDFS, SH, compact, sparql_prologue
from bomay.textnorm import search_key

MAX_CANDIDATES = 12
# Types whose instances are vocabulary, not things in the apparatus.
VOCABULARY_TYPES = (OWL + "Class", RDFS + "Class", OWL + "ObjectProperty", OWL + "DatatypeProperty",
                    OWL + "AnnotationProperty", OWL + "Ontology", RDFS + "Datatype", SH + "NodeShape")
EXACT, PREFIX, WORD_PREFIX, CONTAINS, ALL_WORDS = range(5)
MATCH_NAMES = ("exact", "prefix", "word prefix", "contains", "all words")


class Queryable(Protocol):
    """Anything that answers SPARQL: a store (local or remote) or one served graph version."""

    def query(self, sparql: str) -> QueryResult: ...


def is_vocabulary(iri: str) -> bool:
    """Terms of bomay's own ontology (classes, properties) are not entities to resolve a name to."""
    return iri.startswith(BM)


@dataclass(frozen=True)
class Hit:
    iri: str
    key: str
    rank: int  # EXACT (best) .. ALL_WORDS


class SearchIndex:
    """The folded search keys of one graph version, for ranked matching in plain Python.

    A search is a scan over strings (milliseconds for the national graph), which needs no
    SPARQL ``CONTAINS`` over every label. The web keeps one per loaded build; the CLI reads one
    from the store when it searches.
    """

    def __init__(self, pairs: Iterable[tuple[str, str]]) -> None:
        self._entries = sorted({(key, iri) for iri, key in pairs if key and not is_vocabulary(iri)})

    def __len__(self) -> int:
        return len(self._entries)

    @classmethod
    def from_store(cls, store: Queryable) -> SearchIndex:
        result = store.query(sparql_prologue() + "SELECT ?e ?k WHERE { ?e bm:searchKey ?k FILTER(isIRI(?e)) }")
        return cls((e.value, k.value) for e, k in result.rows
                   if isinstance(e, ox.NamedNode) and isinstance(k, ox.Literal))

    def search(self, text: str, limit: int = 50) -> list[Hit]:
        """Entities whose search key matches text: exact, then prefix, word prefix, substring, all words."""
        query = search_key(text)
        if not query:
            return []
        words = query.split()
        best: dict[str, Hit] = {}
        padded_query = " " + query
        for key, iri in self._entries:
            if key == query:
                rank = EXACT
            elif key.startswith(query):
                rank = PREFIX
            elif padded_query in " " + key:
                rank = WORD_PREFIX
            elif query in key:
                rank = CONTAINS
            elif len(words) > 1 and all(w in key for w in words):
                rank = ALL_WORDS
            else:
                continue
            current = best.get(iri)
            if current is None or (rank, len(key)) < (current.rank, len(current.key)):
                best[iri] = Hit(iri, key, rank)
        hits = sorted(best.values(), key=lambda h: (h.rank, len(h.key), h.iri))
        return hits[:limit]


@dataclass
class Candidate:
    """An entity a name may denote, with what a reader needs to tell it from its namesakes."""

    iri: str
    label: str = ""  # Vietnamese
    label_en: str = ""
    types: list[str] = field(default_factory=list)  # full IRIs
    start: str = ""
    end: str = ""
    context: list[str] = field(default_factory=list)  # unit › district › province, nearest first
    matched: str = ""  # the search key that matched
    rank: int = EXACT

    def valid_on(self, day: str) -> bool:
        return (not self.start or self.start <= day) and (not self.end or self.end >= day)

    @property
    def context_text(self) -> str:
        return " › ".join(self.context)

    @property
    def validity(self) -> str:
        if not (self.start or self.end):
            return ""
        return f"{self.start or '…'} – {self.end or ''}".rstrip()

    def describe(self) -> str:
        """One line: name, context, validity and IRI, for error messages and the CLI."""
        parts = [self.label or self.label_en or compact(self.iri)]
        if self.context:
            parts.append(f"in {self.context_text}")
        if self.validity:
            parts.append(self.validity)
        return f"{', '.join(parts)} <{self.iri}>"

    def as_dict(self) -> dict[str, object]:
        return {"iri": self.iri, "label_vi": self.label, "label_en": self.label_en,
                "types": [compact(t) for t in self.types], "start": self.start, "end": self.end,
                "context": self.context, "matched": self.matched, "match": MATCH_NAMES[self.rank]}


def _values(iris: Iterable[str]) -> str:
    return " ".join(str(ox.NamedNode(i)) for i in iris)


def _text(term: object) -> str:
    return "" if term is None else str(getattr(term, "value", term))


def describe_candidates(store: Queryable, iris: Sequence[str]) -> list[Candidate]:
    """Labels, types, validity and place context for these IRIs, in the given order (two or
    three small queries, whatever the number of IRIs)."""
    if not iris:
        return []
    rows = store.query(sparql_prologue() + f"""
SELECT ?e (SAMPLE(?v) AS ?vi) (SAMPLE(?n) AS ?en) (GROUP_CONCAT(DISTINCT STR(?t); SEPARATOR=" ") AS ?types)
       (SAMPLE(?s) AS ?start) (SAMPLE(?x) AS ?end) (SAMPLE(?u) AS ?unit) WHERE {{
  VALUES ?e {{ {_values(iris)} }}
  OPTIONAL {{ ?e skos:prefLabel|rdfs:label ?v FILTER(LANGMATCHES(LANG(?v), "vi")) }}
  OPTIONAL {{ ?e skos:prefLabel|rdfs:label ?n FILTER(LANGMATCHES(LANG(?n), "en")) }}
  OPTIONAL {{ ?e a ?t }} OPTIONAL {{ ?e schema:startDate ?s }} OPTIONAL {{ ?e schema:endDate ?x }}
  OPTIONAL {{ ?e bm:jurisdiction|bm:parentUnit ?u }}
}} GROUP BY ?e""").dicts()
    found = {_text(r["e"]): r for r in rows}
    units = {_text(r["unit"]) for r in rows if r.get("unit") is not None}
    chain = _unit_chains(store, units)
    out = []
    for iri in iris:
        r = found.get(iri, {})
        unit = _text(r.get("unit"))
        out.append(Candidate(iri, _text(r.get("vi")), _text(r.get("en")), _text(r.get("types")).split(),
                             _text(r.get("start")), _text(r.get("end")), chain.get(unit, []) if unit else []))
    return out


def _unit_chains(store: Queryable, units: set[str]) -> dict[str, list[str]]:
    """Each unit's label followed by its parents' labels (ward › district › province)."""
    if not units:
        return {}
    rows = store.query(sparql_prologue() + f"""
SELECT ?u ?l0 ?l1 ?l2 WHERE {{
  VALUES ?u {{ {_values(sorted(units))} }}
  OPTIONAL {{ ?u skos:prefLabel ?l0 FILTER(LANGMATCHES(LANG(?l0), "vi")) }}
  OPTIONAL {{ ?u bm:parentUnit ?p1 OPTIONAL {{ ?p1 skos:prefLabel ?l1 FILTER(LANGMATCHES(LANG(?l1), "vi")) }}
    OPTIONAL {{ ?p1 bm:parentUnit ?p2 OPTIONAL {{ ?p2 skos:prefLabel ?l2 FILTER(LANGMATCHES(LANG(?l2), "vi")) }} }} }}
}}""").dicts()
    chains: dict[str, list[str]] = {}
    for r in rows:
        chains.setdefault(_text(r["u"]), [_text(r.get(k)) for k in ("l0", "l1", "l2") if r.get(k) is not None])
    return chains


def search(store: Queryable, text: str, limit: int = 50, index: SearchIndex | None = None) -> list[Candidate]:
    """Ranked entities whose name matches text, each with its context, those of the current era
    first within a rank (the CLI and the web both answer from this)."""
    index = index if index is not None else SearchIndex.from_store(store)
    hits = index.search(text, limit)
    candidates = describe_candidates(store, [h.iri for h in hits])
    for hit, cand in zip(hits, candidates, strict=True):
        cand.matched, cand.rank = hit.key, hit.rank
    day = today()
    return sorted(candidates, key=lambda c: (c.rank, not c.valid_on(day)))  # stable: current era first


def find_entities(store: Queryable, name: str, limit: int = 50) -> list[Candidate]:
    """Entities whose label folds to exactly the same key as name (ontology terms excluded)."""
    key = ox.Literal(search_key(name))
    vocabulary = _values(VOCABULARY_TYPES)
    rows = store.query(sparql_prologue() + f"""
SELECT DISTINCT ?e WHERE {{
  ?e bm:searchKey {key} FILTER(isIRI(?e) && !STRSTARTS(STR(?e), "{BM}"))
  FILTER NOT EXISTS {{ VALUES ?k {{ {vocabulary} }} ?e a ?k }}
}} ORDER BY ?e LIMIT {int(limit)}""").rows
    return describe_candidates(store, [r[0].value for r in rows if isinstance(r[0], ox.NamedNode)])


def today() -> str:
    return dt.date.today().isoformat()


def prefer_era(candidates: list[Candidate], date: str | None) -> list[Candidate]:
    """Those valid on date (if given), else those valid today; all of them if none is."""
    if len(candidates) <= 1:
        return candidates
    day = date or today()
    return [c for c in candidates if c.valid_on(day)] or candidates


def ambiguity(name: str, candidates: list[Candidate]) -> QueryError:
    listing = "; ".join(c.describe() for c in candidates[:MAX_CANDIDATES])
    more = f" and {len(candidates) - MAX_CANDIDATES} more" if len(candidates) > MAX_CANDIDATES else ""
    return QueryError(f"{name!r} is ambiguous, {len(candidates)} candidates: {listing}{more}; "
                      "give a date, or the IRI of the one you mean")


def unknown(name: str) -> QueryError:
    return QueryError(f"nothing in the graph is named {name!r}; try `bomay search` or give an IRI")


def query_date(context: Mapping[str, str] | None) -> str | None:
    context = context or {}
    return context.get("date") or context.get("to") or context.get("from") or None


def resolve_entity(store: Queryable, name: str, context: Mapping[str, str] | None = None) -> ox.NamedNode:
    """The one entity a name denotes, preferring the era of the query's date (``date``, ``to``,
    then ``from``), else the current era; an error listing the candidates with context if that
    still leaves several."""
    candidates = prefer_era(find_entities(store, name), query_date(context))
    if len(candidates) == 1:
        return ox.NamedNode(candidates[0].iri)
    if not candidates:
        raise unknown(name)
    raise ambiguity(name, candidates)


def resolve_entities(store: Queryable, name: str, date: str | None, what: str,
                     required_type: str | None = None, every_era: bool = False) -> list[str]:
    """The IRI(s) a name denotes for a selection: with ``every_era``, the same place in every era
    (one name, one record per era) when no date is given; else as ``resolve_entity``."""
    candidates = find_entities(store, name)
    if required_type:
        candidates = [c for c in candidates if required_type in c.types]
    if not candidates:
        raise QueryError(f"{what}: {unknown(name)}")
    if not (every_era and date is None):
        candidates = prefer_era(candidates, date)
    if len(candidates) > 1 and every_era and len({(search_key(c.label), tuple(c.context)) for c in candidates}) == 1:
        return [c.iri for c in candidates]  # one place, one record per era: take them all
    if len(candidates) == 1:
        return [candidates[0].iri]
    raise QueryError(f"{what}: {ambiguity(name, candidates)}")
