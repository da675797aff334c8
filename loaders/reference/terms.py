"""pyoxigraph terms the reference loaders write, made once, and a small triple collector.

Building terms directly (no rdflib, no Turtle round trip) keeps a build of about a million
triples to a few seconds of Python.
"""

from __future__ import annotations

import pyoxigraph as ox

from bomay.namespaces import (
    BM,
    DCT,
    DOCTYPE,
    ELI,
    ID,
    LEVEL,
    M8G,
    ORG,
    RDF,
    RELATION,
    SCHEMA,
    SKOS,
    UNITTYPE,
    XSD,
)
from bomay.textnorm import slug

N = ox.NamedNode


def bm(local: str) -> ox.NamedNode:
    return N(BM + local)


A = N(RDF + "type")
PREF = N(SKOS + "prefLabel")
ALT = N(SKOS + "altLabel")
HIDDEN = N(SKOS + "hiddenLabel")
NOTATION = N(SKOS + "notation")
START = N(SCHEMA + "startDate")
END = N(SCHEMA + "endDate")
LAT = N(SCHEMA + "latitude")
LON = N(SCHEMA + "longitude")
SUB_ORG = N(ORG + "subOrganizationOf")
REPORTS_TO = N(ORG + "reportsTo")
ORIGINAL_ORG = N(ORG + "originalOrganization")
RESULTING_ORG = N(ORG + "resultingOrganization")
FORMAL_FRAMEWORK = N(M8G + "hasFormalFramework")
DCT_TITLE = N(DCT + "title")
DCT_SOURCE = N(DCT + "source")
ELI_ID = N(ELI + "id_local")
ELI_TYPE = N(ELI + "type_document")
ELI_DATE = N(ELI + "date_document")
ELI_IN_FORCE = N(ELI + "first_date_entry_in_force")
ELI_PASSED_BY = N(ELI + "passed_by")
SCHEMA_URL = N(SCHEMA + "url")

XSD_DATE = N(XSD + "date")
XSD_DECIMAL = N(XSD + "decimal")
XSD_BOOLEAN = N(XSD + "boolean")
UNIT_CODE = bm("AdminUnitCode")
TRUE = ox.Literal("true", datatype=XSD_BOOLEAN)
FALSE = ox.Literal("false", datatype=XSD_BOOLEAN)


def level(name: str) -> ox.NamedNode:
    return N(LEVEL + name)


def unit_type(slug_: str) -> ox.NamedNode:
    return N(UNITTYPE + slug_)


def relation(slug_: str) -> ox.NamedNode:
    return N(RELATION + slug_)


def doctype(slug_: str) -> ox.NamedNode:
    return N(DOCTYPE + slug_)


def vi(text: str) -> ox.Literal:
    return ox.Literal(text, language="vi")


def en(text: str) -> ox.Literal:
    return ox.Literal(text, language="en")


def date(iso: str) -> ox.Literal:
    return ox.Literal(iso, datatype=XSD_DATE)


def decimal(value: float) -> ox.Literal:
    """An xsd:decimal in plain notation (never an exponent, which xsd:decimal forbids)."""
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    return ox.Literal(text if text not in {"", "-0"} else "0", datatype=XSD_DECIMAL)


def instrument_iri(doctype_slug: str, number_or_key: str) -> str:
    """``id/instrument/{doctype}/{slug of its number}``, the scheme of ``loaders/reference/records.py``."""
    return f"{ID}instrument/{doctype_slug or 'van-ban'}/{slug(number_or_key)}"


def national_body_iri(body_slug: str) -> str:
    return f"{ID}body/national/{body_slug}"


class Triples:
    """A list of triples with a one-call ``add`` and helpers for optional values."""

    def __init__(self) -> None:
        self.items: list[ox.Triple] = []

    def add(self, s: ox.NamedNode, p: ox.NamedNode, o: ox.NamedNode | ox.Literal) -> None:
        self.items.append(ox.Triple(s, p, o))

    def dates(self, s: ox.NamedNode, start: str | None, end: str | None) -> None:
        if start:
            self.items.append(ox.Triple(s, START, date(start)))
        if end:
            self.items.append(ox.Triple(s, END, date(end)))
