"""Plain records the reference loaders hand to the text loader, and the IRI scheme they share.

The text loader links mentions to reference bodies without reading the store: it asks the
reference loaders for these records directly, so extraction is fast and needs no built graph.

IRI scheme (readable, stable, never the bare official code alone):

- administrative unit: ``id/unit/{era}/{code}``; era ``pre2025`` (three tiers, the data as it
  stood in early 2025) or ``2025`` (two tiers, from 2025-07-01); curated older units use the
  era in which they ended, e.g. ``id/unit/pre2021/769`` for Quận 2.
- standard body of a unit: ``id/body/{era}/{code}/{kind}`` with kind one of the slugs in
  ``STANDARD_BODY_SLUGS``; a department: ``id/body/{era}/{code}/so/{slug of its name}``.
- national body: ``id/body/national/{slug}`` (``chinh-phu``, ``quoc-hoi``, ``bo-noi-vu``, ...).
- a body the text loader had to mint: ``id/body/x/{province code or 'vn'}/{slug of its name}``.
- person ``id/person/{slug}``; instrument ``id/instrument/{doctype slug}/{slug of its number}``;
  document ``id/doc/{stem}``; sentence ``id/doc/{stem}/s{index}``; mandate
  ``id/mandate/{stem}/{n}``; reporting obligation ``id/reporting/{stem}/{n}``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bomay.namespaces import ID

STANDARD_BODY_SLUGS = {
    "party-committee": "party_committee",
    "standing-board": "party_standing_board",
    "standing-members": "party_standing_members",
    "inspection-commission": "party_inspection_commission",
    "organisation-commission": "party_commission",
    "propaganda-commission": "party_commission",
    "mass-mobilisation-commission": "party_commission",
    "party-office": "party_commission",
    "party-delegation": "party_delegation",
    "party-affairs-committee": "party_affairs_committee",
    "committee-party-committee": "party_committee",
    "peoples-council": "peoples_council",
    "council-standing": "peoples_council_standing",
    "peoples-committee": "peoples_committee",
    "fatherland-front": "fatherland_front",
}


def unit_iri(era: str, code: str) -> str:
    return f"{ID}unit/{era}/{code}"


def body_iri(era: str, code: str, kind_slug: str) -> str:
    return f"{ID}body/{era}/{code}/{kind_slug}"


@dataclass(frozen=True)
class UnitRecord:
    """An administrative unit as the reference data holds it."""

    iri: str
    code: str
    name: str  # full Vietnamese name, e.g. "Phường Bến Nghé"
    unit_type: str  # bmu slug, e.g. "phuong"
    level: str  # "province" | "district" | "commune"
    parent_iri: str | None
    province_code: str
    start: str | None  # ISO date or None if unknown
    end: str | None  # ISO date, inclusive last day, or None if still valid


@dataclass(frozen=True)
class BodyRecord:
    """A body of the reference graph, with every name a text may use for it."""

    iri: str
    name: str  # canonical Vietnamese name, e.g. "Ủy ban nhân dân Thành phố Hồ Chí Minh"
    name_en: str
    kind: str  # extraction kind code, e.g. "peoples_committee"
    level: str  # "central" | "province" | "district" | "commune"
    unit_iri: str | None
    province_code: str | None
    start: str | None
    end: str | None
    parent_iri: str | None = None
    alt_names: tuple[str, ...] = field(default_factory=tuple)
