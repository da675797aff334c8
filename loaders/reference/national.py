"""National bodies (Party centre, National Assembly, Government, ministries) from ``curated/``.

They have no administrative unit, so their level is stated directly (``bml:central``).
"""

from __future__ import annotations

from functools import lru_cache

from bomay.loaders.reference.curated import national_bodies
from bomay.loaders.reference.records import BodyRecord
from bomay.loaders.reference.terms import national_body_iri

KIND_OF_CLASS = {
    "PartyCommittee": "party_committee", "StandingBoard": "party_standing_board",
    "StandingMembers": "party_standing_members", "PartyCommission": "party_commission",
    "InspectionCommission": "party_inspection_commission", "NationalAssembly": "national_assembly",
    "Government": "government", "Ministry": "ministry", "Court": "court", "Procuracy": "procuracy",
    "FatherlandFront": "fatherland_front",
}
CLASS_OF_KIND = {
    **{v: k for k, v in KIND_OF_CLASS.items()},
    "party_delegation": "PartyDelegation", "party_affairs_committee": "PartyAffairsCommittee",
    "peoples_council": "PeoplesCouncil", "peoples_council_standing": "CouncilStandingBody",
    "peoples_committee": "PeoplesCommittee", "department": "Department",
}


@lru_cache(maxsize=1)
def national_records() -> tuple[BodyRecord, ...]:
    return tuple(
        BodyRecord(
            iri=national_body_iri(b.slug), name=b.name, name_en=b.name_en, kind=KIND_OF_CLASS[b.cls],
            level="central", unit_iri=None, province_code=None, start=b.start, end=b.end,
            parent_iri=national_body_iri(b.parent) if b.parent else None, alt_names=b.alt_names,
        )
        for b in national_bodies()
    )
