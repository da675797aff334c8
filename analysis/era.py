"""Which day a drawing shows when nobody said: the same rule for ``bomay viz`` and ``/viz``.

A network mixing both eras (districts that ended on 2025-06-30 beside the communes that
replaced them) reads as nonsense, so a view keeps to one day: the one asked for, else a day
the focus existed on (its last day if it has ended), else today.
"""

from __future__ import annotations

import datetime as dt

from bomay.errors import BomayError


def era_of(store: object, focus: str | None, as_of: str | None, today: str | None = None) -> str:
    """The date to draw for ``focus`` (a name, CURIE or IRI) when ``as_of`` may be empty."""
    if as_of:
        return as_of
    today = today or dt.date.today().isoformat()
    if not focus:
        return today
    from bomay.analysis.selection import expand_iri
    from bomay.graph import lookup

    try:
        iri = expand_iri(focus) or lookup.resolve_entity(store, focus).value
    except BomayError:
        return today  # the selection itself reports the bad name
    found = lookup.describe_candidates(store, [iri])
    end = found[0].end if found else ""
    return end if end and end < today else today
