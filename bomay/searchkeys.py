"""Search keys: every label also stored folded (``bm:searchKey``), so names resolve by a plain
string match whatever the user's accents and case. Every writer of the store adds them."""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox

from bomay.namespaces import BM, RDFS, SCHEMA, SKOS
from bomay.textnorm import search_key

LABEL_PREDICATES = frozenset(
    ox.NamedNode(p)
    for p in (SKOS + "prefLabel", SKOS + "altLabel", SKOS + "hiddenLabel", RDFS + "label", SCHEMA + "name")
)
SEARCH_KEY = ox.NamedNode(BM + "searchKey")


def with_search_keys(triples: Iterable[ox.Triple]) -> list[ox.Triple]:
    """The triples plus a ``bm:searchKey`` (folded label) for every label, so names resolve fast."""
    out = list(triples)
    seen: set[tuple[str, str]] = set()
    for t in list(out):
        if t.predicate in LABEL_PREDICATES and isinstance(t.object, ox.Literal):
            key = search_key(t.object.value)
            ident = (str(t.subject), key)
            if key and ident not in seen:
                seen.add(ident)
                out.append(ox.Triple(t.subject, SEARCH_KEY, ox.Literal(key)))
    return out
