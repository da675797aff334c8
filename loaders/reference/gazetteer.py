"""The reference gazetteer: every unit and every standard or national body as plain records.

This is the public entry point the text loader uses to link mentions to bodies without a
built store. The records are computed once per process (about a second) and shared; each
call returns a fresh list, so a caller may sort or filter it freely.
"""

from __future__ import annotations

from functools import lru_cache

from bomay.loaders.reference.bodies import unit_bodies
from bomay.loaders.reference.national import national_records
from bomay.loaders.reference.records import BodyRecord, UnitRecord
from bomay.loaders.reference.units import unit_records


def reference_units() -> list[UnitRecord]:
    """Units of every era: ``pre2021`` (curated), ``pre2025`` (three tiers), ``2025`` (two tiers)."""
    return list(unit_records())


@lru_cache(maxsize=1)
def _bodies() -> tuple[BodyRecord, ...]:
    return (*national_records(), *unit_bodies())


def reference_bodies() -> list[BodyRecord]:
    """National bodies first, then the standard bodies and departments of every unit."""
    return list(_bodies())
