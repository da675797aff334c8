"""Body records and curated instruments as triples.

Only alternative names that fold to a new search key become ``skos:altLabel``: an
abbreviation the search folding already expands ("UBND TP.HCM") would add triples and no
way of finding the body. The text loader gets every alternative name from the records.
The ``bm:searchKey`` triples are written here too (the keys are computed anyway), so the
bodies need no second pass through ``with_search_keys``; English names get no key (a lookup
by an exact English name still works through the label itself).
"""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox

from bomay.loaders.reference import terms as t
from bomay.loaders.reference.curated import instruments
from bomay.loaders.reference.national import CLASS_OF_KIND
from bomay.loaders.reference.records import BodyRecord
from bomay.loaders.reference.terms import instrument_iri, national_body_iri
from bomay.searchkeys import SEARCH_KEY
from bomay.textnorm import search_key


def body_triples(records: Iterable[BodyRecord]) -> list[ox.Triple]:
    out = t.Triples()
    classes = {kind: t.bm(cls) for kind, cls in CLASS_OF_KIND.items()}
    jurisdiction, level = t.bm("jurisdiction"), t.bm("level")
    central = t.level("central")
    for rec in records:
        s = t.N(rec.iri)
        out.add(s, t.A, classes[rec.kind])
        out.add(s, t.PREF, t.vi(rec.name))
        out.add(s, t.PREF, t.en(rec.name_en))
        keys = {search_key(rec.name)}
        for alt in rec.alt_names:
            key = search_key(alt)
            if key not in keys:
                keys.add(key)
                out.add(s, t.ALT, t.vi(alt))
        for key in keys:
            out.add(s, SEARCH_KEY, ox.Literal(key))
        if rec.unit_iri:
            out.add(s, jurisdiction, t.N(rec.unit_iri))
        elif rec.level == "central":
            out.add(s, level, central)
        out.dates(s, rec.start, rec.end)
    return out.items


def instrument_node(key: str) -> ox.NamedNode:
    inst = instruments()[key]
    return t.N(instrument_iri(inst.doctype, inst.number or inst.key))


def instrument_triples() -> list[ox.Triple]:
    """Every curated instrument: type, number, title, dates, issuer and URL where known."""
    out = t.Triples()
    for inst in instruments().values():
        s = instrument_node(inst.key)
        party = inst.key.startswith("dieu-le-dang") or inst.number.endswith("/TW")
        out.add(s, t.A, t.bm("PartyDocument" if party else "LegalInstrument"))
        if inst.number:
            out.add(s, t.ELI_ID, ox.Literal(inst.number))
        if inst.doctype:
            out.add(s, t.ELI_TYPE, t.doctype(inst.doctype))
        out.add(s, t.DCT_TITLE, t.vi(inst.title))
        if inst.date:
            out.add(s, t.ELI_DATE, t.date(inst.date))
        if inst.in_force:
            out.add(s, t.ELI_IN_FORCE, t.date(inst.in_force))
        if inst.issuer:
            out.add(s, t.ELI_PASSED_BY, t.N(national_body_iri(inst.issuer)))
        if inst.url:
            out.add(s, t.SCHEMA_URL, t.N(inst.url))
    return out.items
