"""The network the analytics measure, read with a few flat queries and joined in Python.

Why a second reader beside :mod:`bomay.analysis.network`: on the on-disk store every IRI or long
literal in a result costs a string lookup (about 5 µs), and an OPTIONAL chain makes the engine
evaluate its right-hand side again for every VALUES block. The view's per-node queries (right for
an ego graph of a few hundred nodes) took about 70 CPU seconds for the whole country. Here:

- the whole country is read with one scan per property, hash-joined by the engine on its
  internal ids, each result carrying only the terms the metrics use;
- a jurisdiction or a small network is read with VALUES lookups of single properties, which
  stay cheap because no OPTIONAL chain hangs off them;
- only what the chosen metrics use is read (no supervision or leadership edges, no dates
  without an as-of date, no node tables for a few mandates).

The network is the one ``select_network`` gives for the same selection and relations (the test
suite checks this on the fixture), except that structural edges carry no ``item`` and no
``docs``, which no metric reads.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import cached_property
from typing import TypeVar, cast

import pyoxigraph as ox

from bomay.analysis.model import TIERS, Edge, Network, Node
from bomay.analysis.network import (
    CATEGORY_ORDER,
    LEVELS,
    SHORTCUTS,
    CategoryIndex,
    provinces_of,
    text_edges,
    units_within,
)
from bomay.analysis.selection import Resolved, Selection, _context_only, _keep
from bomay.errors import QueryError
from bomay.graph.store import Store
from bomay.namespaces import BM, compact, sparql_prologue
from bomay.queries.binding import bind_parameters, fill_values
from bomay.queries.catalog import NamedQuery, parse_query_file

PROVINCE = BM.replace("ontology#", "level/") + "province"
ADMIN_UNIT = BM + "AdminUnit"
VALUES_UP_TO = 3000  # IRIs; above this one scan of the whole property beats VALUES lookups
NODE_DETAIL = frozenset({"label", "category", "unit", "dates"})
CHUNK = 1500  # IRIs per VALUES block

# The single-valued-in-practice properties nodes are described with: name -> the query reading
# them, for the subjects in the VALUES block, or (the block dropped) for every subject.
PROPERTIES = {
    "label": 'SELECT ?s ?o WHERE { VALUES ?s { } ?s skos:prefLabel ?o FILTER(LANGMATCHES(LANG(?o), "vi")) }',
    "parent": "SELECT ?s ?o WHERE { VALUES ?s { } ?s bm:parentUnit ?o }",
    "level": "SELECT ?s ?o WHERE { VALUES ?s { } ?s bm:level ?o }",
    "jurisdiction": "SELECT ?s ?o WHERE { VALUES ?s { } ?s bm:jurisdiction ?o }",
    "type": "SELECT ?s ?o WHERE { VALUES ?s { } ?s a ?o }",
    # bm:Subordination nodes (88,000 on the default build) bring their dates with the edges
    "start": "SELECT ?s ?o WHERE { VALUES ?s { } ?s schema:startDate ?o MINUS { ?s a bm:Subordination } }",
    "end": "SELECT ?s ?o WHERE { VALUES ?s { } ?s schema:endDate ?o MINUS { ?s a bm:Subordination } }",
}
# The administrative units' Vietnamese labels, whole (a fifth of the label table).
UNIT_LABELS = """SELECT ?s ?o WHERE { { SELECT ?s WHERE { ?s a bm:AdminUnit } }
  ?s skos:prefLabel ?o FILTER(LANGMATCHES(LANG(?o), "vi")) }"""
# Any label of the given nodes: prefLabel in any language, rdfs:label, schema:name, foaf:name, dct:title.
OTHER_LABELS = "SELECT ?n ?l WHERE { VALUES ?n { } ?n skos:prefLabel|rdfs:label|schema:name|foaf:name|dct:title ?l }"
TYPED = "SELECT ?n WHERE { VALUES ?t { } ?n a ?t }"
ADMIN_UNITS = "SELECT ?u WHERE { ?u a bm:AdminUnit }"
KINDS = """SELECT DISTINCT ?k ?up ?down WHERE {
  { SELECT DISTINCT ?k WHERE { ?i bm:relationKind ?k } }
  OPTIONAL { ?k bm:upwardShortcut ?up } OPTIONAL { ?k bm:downwardShortcut ?down } }"""

# Relation kind (or its absence) -> the edge it makes: (relation, runs downwards?, predicate).
Mapping = tuple[str, bool, str]
NO_KIND: Mapping = ("subordination", False, "bm:Subordination")


def _template(name: str, text: str) -> NamedQuery:
    return parse_query_file(text, name, f"{__name__}.{name}")


# The shortcut triples of one predicate (the parameter, written into the text as a constant).
SHORTCUT = _template("shortcut", """# param: predicate iri required -- the shortcut property
SELECT ?a ?b WHERE { VALUES ?a { } ?a ?predicate ?b FILTER(isIRI(?b)) }""")
# The bm:Subordination records of the wanted kinds, whole store: sub-selects make the engine
# hash-join whole columns instead of seeking once per record, the kinds drive the join, and each
# kind comes out as a number (its row in the VALUES block), not as an IRI to look up 45,000 times.
# Without an as-of date the dates are not read, nor projected: two unbound columns on 88,000 rows
# cost 15 % more than the join (so two texts here, where the small reads below use a parameter).
ITEMS_WHOLE = """SELECT ?a ?b ?c WHERE {
  { SELECT ?i ?c WHERE { VALUES (?k ?c) { } ?i bm:relationKind ?k } }
  { SELECT ?i ?a WHERE { ?i bm:subordinate ?a } }
  { SELECT ?i ?b WHERE { ?i bm:superior ?b } }
  { SELECT ?i WHERE { GRAPH ?g { ?i a bm:Subordination } } }
  MINUS { ?i bm:reviewStatus <https://w3id.org/bomay/review/rejected> }
}"""
ITEMS_WHOLE_DATED = """SELECT ?a ?b ?c ?s ?e WHERE {
  { SELECT ?i ?c WHERE { VALUES (?k ?c) { } ?i bm:relationKind ?k } }
  { SELECT ?i ?a WHERE { ?i bm:subordinate ?a } }
  { SELECT ?i ?b WHERE { ?i bm:superior ?b } }
  { SELECT ?i WHERE { GRAPH ?g { ?i a bm:Subordination } } }
  OPTIONAL { SELECT ?i ?s WHERE { ?i schema:startDate ?s } }
  OPTIONAL { SELECT ?i ?e WHERE { ?i schema:endDate ?e } }
  MINUS { ?i bm:reviewStatus <https://w3id.org/bomay/review/rejected> }
}"""
# ... and those with no kind at all, which count as subordination: first the records (none on
# the default build), then their ends.
NO_KIND_ITEMS = "SELECT ?i WHERE { GRAPH ?g { ?i a bm:Subordination } MINUS { ?i bm:relationKind ?x } }"
NO_KIND_ENDS = _template("no_kind_ends", """# param: dated boolean -- read the records' dates
SELECT ?a ?b ?s ?e WHERE { VALUES ?i { } ?i bm:subordinate ?a ; bm:superior ?b .
  OPTIONAL { ?i schema:startDate ?s FILTER(BOUND(?dated)) } OPTIONAL { ?i schema:endDate ?e FILTER(BOUND(?dated)) }
  FILTER NOT EXISTS { ?i bm:reviewStatus <https://w3id.org/bomay/review/rejected> } }""")
# ... and those whose subordinate is one of a few hundred bodies: a lookup per record.
ITEMS_NEAR = _template("items_near", """# param: dated boolean -- read the records' dates
SELECT ?a ?b ?k ?s ?e WHERE { VALUES ?a { } ?i bm:subordinate ?a ; bm:superior ?b .
  FILTER EXISTS { GRAPH ?g { ?i a bm:Subordination } }
  OPTIONAL { ?i bm:relationKind ?k }
  OPTIONAL { ?i schema:startDate ?s FILTER(BOUND(?dated)) } OPTIONAL { ?i schema:endDate ?e FILTER(BOUND(?dated)) }
  FILTER NOT EXISTS { ?i bm:reviewStatus <https://w3id.org/bomay/review/rejected> } }""")

Row = tuple[str | None, ...]
Bound = tuple[str, ...]
# An edge record: subordinate, superior, relation kind, start, end.
Record = tuple[str, str, str | None, str | None, str | None]
# What a solution holds here: the analytics' patterns never bind a quoted triple.
_Plain = ox.NamedNode | ox.BlankNode | ox.Literal
R = TypeVar("R", Row, Bound)


def _solutions(store: Store, body: str) -> tuple[int, list[tuple[_Plain | None, ...]]]:
    result = store.query(sparql_prologue() + body)
    return len(result.variables), cast(list[tuple[_Plain | None, ...]], result.rows)


def query_rows(store: Store, body: str) -> list[Row]:
    """Plain-string tuples (None when unbound): no per-row dict, which costs more than the engine."""
    width, rows = _solutions(store, body)
    if width == 1:
        return [(None if a is None else a.value,) for (a,) in rows]
    if width == 2:
        return [(None if a is None else a.value, None if b is None else b.value) for a, b in rows]
    if width == 3:
        return [(None if a is None else a.value, None if b is None else b.value, None if c is None else c.value)
                for a, b, c in rows]
    return [tuple(None if v is None else v.value for v in row) for row in rows]


def bound_rows(store: Store, body: str) -> list[Bound]:
    """query_rows for a query that binds every variable in every row (a QueryError if not)."""
    width, solutions = _solutions(store, body)
    rows = cast(list[tuple[_Plain, ...]], solutions)  # an unbound value (None) fails below
    try:
        if width == 1:
            return [(a.value,) for (a,) in rows]
        if width == 2:
            return [(a.value, b.value) for a, b in rows]
        return [tuple(v.value for v in row) for row in rows]
    except AttributeError:
        raise QueryError(f"a column of this analytics query came back unbound: {body[:200]}") from None


@contextmanager
def no_cyclic_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector: reading the whole country makes about a million small
    objects, none of them garbage, and the collector walked all of them some twenty times
    (2-3 CPU seconds) to free nothing. Reference counting still frees everything as usual."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _chunks(items: Iterable[str]) -> Iterator[list[str]]:
    ordered = sorted(items)
    for i in range(0, len(ordered), CHUNK):
        yield ordered[i : i + CHUNK]


def _group(pairs: Iterable[Bound], into: dict[str, list[str]]) -> None:
    """subject -> its distinct objects, sorted (the union graph repeats a triple stated twice)."""
    for subject, obj in pairs:
        found = into.get(subject)
        if found is None:
            into[subject] = [obj]
        elif obj not in found:
            found.append(obj)
            found.sort()


def _mapping(up: str | None, down: str | None) -> Mapping:
    """Mirror of network._structural_edges: a downward shortcut wins, then an upward one."""
    if down in SHORTCUTS:
        return SHORTCUTS[down][0], True, compact(down)
    if up in SHORTCUTS:
        return SHORTCUTS[up][0], False, compact(up)
    return NO_KIND


def _date(value: str | None) -> str | None:
    return value[:10] if value else None


def _dates(row: Row, at: int = 3) -> tuple[str | None, str | None]:
    """The (start, end) days in row's columns at and after ``at``, (None, None) if it has none."""
    return (_date(row[at]), _date(row[at + 1])) if len(row) > at else (None, None)


class Tables:
    """The store's properties the analytics join: whole tables read once, or lookups of a few
    subjects, both cached for the run."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._whole: dict[str, dict[str, list[str]]] = {}
        self._near: dict[str, dict[str, list[str]]] = {name: {} for name in PROPERTIES}
        self._within: dict[tuple[str, ...], set[str]] = {}
        self._edges: dict[tuple, list[Edge]] = {}

    def objects(self, name: str, subjects: Iterable[str] | None = None) -> dict[str, list[str]]:
        """subject -> sorted objects of PROPERTIES[name], for every subject (one scan, kept) or
        for the subjects given (VALUES lookups, unless there are many or the scan was done)."""
        wanted = None if subjects is None else set(subjects)
        if name not in self._whole and (wanted is None or len(wanted) > VALUES_UP_TO):
            if name == "type":
                raise ValueError("rdf:type is never read whole: use category_of")
            table: dict[str, list[str]] = {}
            _group(bound_rows(self.store, fill_values(PROPERTIES[name], {"s": None})), table)
            self._whole[name] = table
        if name in self._whole:
            table = self._whole[name]
            return table if wanted is None else {s: table[s] for s in wanted if s in table}
        assert wanted is not None  # only the whole table is read without subjects
        near = self._near[name]
        for chunk in _chunks(wanted - near.keys()):
            found: dict[str, list[str]] = {}
            _group(bound_rows(self.store, fill_values(PROPERTIES[name], {"s": chunk})), found)
            near.update((s, found.get(s, [])) for s in chunk)
        return {s: near[s] for s in wanted if near[s]}

    # -- names ----------------------------------------------------------------------------

    def labels(self, iris: Iterable[str]) -> dict[str, str]:
        """IRI -> its Vietnamese skos:prefLabel (the smallest when it has several)."""
        return {iri: found[0] for iri, found in self.objects("label", iris).items()}

    @cached_property
    def _unit_labels(self) -> dict[str, list[str]]:
        table: dict[str, list[str]] = {}
        _group(bound_rows(self.store, UNIT_LABELS), table)
        return table

    def unit_labels(self, units: Iterable[str]) -> dict[str, str]:
        """Labels of administrative units: from the whole label table if it was read, else from
        the units' own labels (a fifth of the table), for the restructure metric alone."""
        units = set(units)
        if "label" in self._whole or len(units) <= VALUES_UP_TO:
            return self.labels(units)
        table = self._unit_labels
        missing = self.labels(u for u in units if u not in table)  # a unit typed only as a subclass
        return {u: table[u][0] for u in units if u in table} | missing

    def names(self, iris: Iterable[str]) -> dict[str, str]:
        """What Node.label holds: the Vietnamese prefLabel, else any other label, else ""."""
        iris = set(iris)
        labels = self.labels(iris)
        others = self._other_labels(sorted(i for i in iris if not labels.get(i)))
        return {i: labels.get(i) or others.get(i) or "" for i in iris}

    def _other_labels(self, iris: list[str]) -> dict[str, str]:
        """Any label (prefLabel in any language, rdfs:label, schema:name, foaf:name, dct:title)."""
        out: dict[str, str] = {}
        for chunk in _chunks(iris):
            for iri, label in bound_rows(self.store, fill_values(OTHER_LABELS, {"n": chunk})):
                if label and (iri not in out or label < out[iri]):
                    out[iri] = label
        return out

    # -- units ----------------------------------------------------------------------------

    def units_within(self, tops: Iterable[str]) -> set[str]:
        """network.units_within, asked once per run."""
        key = tuple(sorted(tops))
        if key not in self._within:
            self._within[key] = units_within(self.store, key)
        return self._within[key]

    def provinces_of(self, units: Iterable[str]) -> dict[str, str]:
        """unit -> the province-level unit at or above it (``bm:parentUnit*``)."""
        units = {u for u in units if u}
        if len(units) <= VALUES_UP_TO:
            return provinces_of(self.store, units)
        parents, levels = self.objects("parent"), self.objects("level")
        out = {}
        for unit in units:
            seen: set[str] = set()
            todo = [unit]
            while todo:
                current = todo.pop(0)
                if current in seen:
                    continue
                seen.add(current)
                if PROVINCE in levels.get(current, ()):
                    out[unit] = current
                    break
                todo.extend(parents.get(current, ()))
        return out

    # -- nodes ----------------------------------------------------------------------------

    @cached_property
    def categories(self) -> CategoryIndex:
        return CategoryIndex.load(self.store)

    @cached_property
    def category_of(self) -> dict[str, str]:
        """IRI -> hierarchy category, for everything typed with a class under a category root:
        one query per category, so no class IRI has to come out of the store."""
        by_category: dict[str, list[str]] = {}
        for cls, category in self.categories.by_class.items():
            by_category.setdefault(category, []).append(cls)
        out: dict[str, str] = {}
        for category in reversed(CATEGORY_ORDER):  # earlier categories overwrite later ones
            if by_category.get(category):
                query = fill_values(TYPED, {"t": sorted(by_category[category])})
                out.update((n, category) for (n,) in bound_rows(self.store, query))
        return out

    @cached_property
    def admin_units(self) -> set[str]:
        return {u for (u,) in bound_rows(self.store, ADMIN_UNITS)}

    def nodes(self, iris: Iterable[str], detail: Iterable[str] = NODE_DETAIL) -> dict[str, Node]:
        """network.fetch_nodes from single-property reads. detail says what to read: "label",
        "category", "unit" (unit, parent unit and tier) and "dates"; the rest keeps its default."""
        iris, detail = set(iris), set(detail)
        whole = len(iris) > VALUES_UP_TO
        names = self.names(iris) if "label" in detail else {}
        out = {iri: Node(iri=iri, label=names.get(iri, "")) for iri in iris}
        types = {} if whole or not detail & {"category", "unit"} else self.objects("type", iris)
        if "category" in detail:
            category_of = self.category_of if whole else {i: self.categories.category(t) for i, t in types.items()}
            for iri, node in out.items():
                node.category = category_of.get(iri, "other")
        if "unit" in detail:
            self._units(out, whole, self.admin_units if whole else {i for i, t in types.items() if ADMIN_UNIT in t})
        if "dates" in detail:
            starts, ends = self.objects("start", None if whole else iris), self.objects("end", None if whole else iris)
            for iri, node in out.items():
                node.start = _date(starts[iri][0]) if iri in starts else None
                node.end = _date(ends[iri][-1]) if iri in ends else None
        return out

    def _units(self, nodes: dict[str, Node], whole: bool, admin: set[str]) -> None:
        """Each node's unit (itself for a unit, else its bm:jurisdiction), the unit's parent and the tier."""
        iris = set(nodes)
        jurisdictions = self.objects("jurisdiction", iris)
        units = {u for found in jurisdictions.values() for u in found}
        levels = self.objects("level", None if whole else iris | units)
        parents = self.objects("parent", None if whole else (iris & admin) | units)
        for iri, node in nodes.items():
            found = jurisdictions.get(iri, ())
            if len(found) == 1:
                only = found[0]
                juris_level = levels[only][0] if only in levels else ""
                juris_parent = parents[only][0] if only in parents else None
            else:  # none, or several (an extracted body for two eras of a province): the smallest
                juris_level = min((levels[u][0] for u in found if u in levels), default="")
                juris_parent = min((p for u in found for p in parents.get(u, ())), default=None)
            if iri in admin:
                own = parents.get(iri)
                node.unit, node.unit_parent = iri, (own[0] if own else None)
            else:
                node.unit, node.unit_parent = (found[0] if found else None), juris_parent
            own_level = levels.get(iri)
            level = LEVELS.get(own_level[0] if own_level else juris_level)
            node.tier = TIERS[level] if level else None

    # -- edges ----------------------------------------------------------------------------

    @cached_property
    def kinds(self) -> dict[str, list[Mapping]]:
        """Each relation kind in use -> the edge(s) its shortcut properties make."""
        out: dict[str, list[Mapping]] = {}
        for kind, up, down in query_rows(self.store, KINDS):
            if kind is not None:  # always bound: the sub-select reads it from a triple
                out.setdefault(kind, []).append(_mapping(up, down))
        return out

    def structural_edges(self, relations: set[str], with_dates: bool, near: set[str] | None = None) -> list[Edge]:
        """network._structural_edges restricted to relations: the shortcut triples, dated by the
        bm:Subordination records that state them. With near, only edges whose lower end (the
        subordinate) is in near are read; callers keep those with both ends in it. Kept for the
        run (callers must not change the edges)."""
        key = (frozenset(relations), with_dates, None if near is None else frozenset(near))
        if key not in self._edges:
            self._edges[key] = self._read_structure(relations, with_dates, near)
        return self._edges[key]

    def _read_structure(self, relations: set[str], with_dates: bool, near: set[str] | None) -> list[Edge]:
        by_key: dict[tuple[str, str, str], Edge] = {}
        for predicate, (relation, _) in sorted(SHORTCUTS.items()):
            if relation in relations:
                name = compact(predicate)
                for a, b in self._touching(bind_parameters(SHORTCUT, {"predicate": predicate}), near, bound_rows):
                    key = (relation, a, b)
                    if key not in by_key:
                        by_key[key] = Edge(a, b, relation, name)
        wanted = sorted(k for k, maps in self.kinds.items() if any(m[0] in relations for m in maps))
        if not wanted and NO_KIND[0] not in relations:
            return list(by_key.values())
        dated = {"dated": "true"} if with_dates else {}
        found: list[Record] = []
        if near is None:
            if wanted:
                kinds = [(kind, i) for i, kind in enumerate(wanted)]
                query = fill_values(ITEMS_WHOLE_DATED if with_dates else ITEMS_WHOLE, {"k c": kinds})
                found = [(sub, sup, wanted[int(c)], *_dates(row)) for row in query_rows(self.store, query)
                         if (sub := row[0]) and (sup := row[1]) and (c := row[2])]
            if NO_KIND[0] in relations:
                ends_query = bind_parameters(NO_KIND_ENDS, dated)
                for chunk in _chunks({i for (i,) in bound_rows(self.store, NO_KIND_ITEMS)}):
                    rows = query_rows(self.store, fill_values(ends_query, {"i": chunk}))
                    found.extend((sub, sup, None, *_dates(row, 2)) for row in rows
                                 if (sub := row[0]) and (sup := row[1]))
        else:
            rows = self._touching(bind_parameters(ITEMS_NEAR, dated), near, query_rows)
            found = [(sub, sup, row[2], *_dates(row)) for row in rows if (sub := row[0]) and (sup := row[1])]
        records: dict[tuple[str, str, str], list[tuple[str, str | None, str | None]]] = {}
        for a, b, kind, start, end in found:
            for relation, downwards, predicate in (self.kinds.get(kind, [NO_KIND]) if kind else [NO_KIND]):
                if relation in relations:
                    key = (relation, b, a) if downwards else (relation, a, b)
                    records.setdefault(key, []).append((predicate, start, end))
        for key, recs in records.items():
            edge = by_key.get(key)
            if edge is None:
                edge = by_key[key] = Edge(key[1], key[2], key[0], min(r[0] for r in recs))
            starts, ends = [r[1] for r in recs], [r[2] for r in recs]
            # the widest validity of the records, a missing bound being open (network._merge_dates)
            edge.start = None if None in starts else min(s for s in starts if s is not None)
            edge.end = None if None in ends else max(e for e in ends if e is not None)
        return list(by_key.values())

    def _touching(self, template: str, near: set[str] | None, read: Callable[[Store, str], list[R]]) -> list[R]:
        """Rows of template (its ``VALUES ?a { }`` slot binds ?a), all or with ?a in near."""
        if near is None:
            return read(self.store, fill_values(template, {"a": None}))
        out: list[R] = []
        for chunk in _chunks(near):
            out.extend(read(self.store, fill_values(template, {"a": chunk})))
        return out


ANALYTICS_RELATIONS = ("subordination", "reports-to", "mandate")


def analytics_network(tables: Tables, sel: Selection, res: Resolved, relations: Iterable[str] = ANALYTICS_RELATIONS,
                      structure: bool = True, detail: Iterable[str] = NODE_DETAIL) -> Network:
    """What ``select_network`` returns for a selection with no focus, topic or document.

    structure=False leaves out the standing hierarchy (shortcut triples and bm:Subordination),
    for metrics that only look at mandates and obligations. detail says what nodes carry beside
    their name (see Tables.nodes); "dates" also dates the edges, and an as-of date implies it.
    """
    relations = set(relations)
    with_dates = sel.as_of is not None or "dates" in detail
    detail = set(detail) | ({"dates"} if with_dates else set())
    store = tables.store
    allowed = tables.units_within(res.jurisdiction) if res.jurisdiction else None
    edges: list[Edge] = []
    if structure and relations & {"subordination", "reports-to", "supervision", "leadership"}:
        edges.extend(tables.structural_edges(relations, with_dates, allowed))
    edges.extend(text_edges(store, relations))
    edges = [e for e in edges if _keep(e, sel, res, allowed)]
    nodes = tables.nodes({n for e in edges for n in (e.source, e.target)}, detail)
    edges = [e for e in edges if nodes[e.source].valid_on(sel.as_of) and nodes[e.target].valid_on(sel.as_of)]
    edges = _context_only(edges, res)
    used = {n for e in edges for n in (e.source, e.target)}
    return Network(nodes={n: nodes[n] for n in used}, edges=edges)
