"""Small pure functions the body grammar's tables and frames share (no tables of their own).

Apart from ``patterns`` because the tables are built with some of them.
"""

from __future__ import annotations

import re

from bomay.loaders.text.lexicon import alternation, match_form
from bomay.loaders.text.naming import Body
from bomay.textnorm import fold


def _sector_alternation(names: list[str]) -> str:
    """Sector names as texts vary them: "và" or "&", "," or "-" between the parts ("Tài nguyên &
    Môi trường", "Lao động, Thương binh & Xã hội")."""
    alt = alternation(names)
    # the separator may be left out too ("Phòng Tài nguyên Môi trường")
    return alt.replace(" và ", " ?(?:(?:và|&|[-–]) ?)?").replace(", ", " ?(?:[,&–-] ?)?").replace(
        " [-–] ", " ?(?:(?:[,&–-]|và) ?)?")


def _form_key(form: str) -> str:
    """"TP. HCM", "TP.HCM" and "TPHCM" share a key."""
    return re.sub(r"[\s.]", "", fold(form))


def _party_committee_of(body: Body) -> Body | None:
    """The party committee a party body belongs to, itself if it is one ("Ban Thường vụ Huyện ủy X": Huyện ủy X)."""
    committee: Body | None = body
    while committee is not None and committee.kind != "party_committee" and committee.kind.startswith("party"):
        committee = committee.parent
    return committee if committee is not None and committee.kind == "party_committee" else None


def _skip_space(s: str, j: int) -> int:
    while j < len(s) and s[j] in " \t":
        j += 1
    return j


def _names_a_place(surface: str) -> bool:
    """Does a body's surface end in a place's name ("HĐND tỉnh Ninh Thuận"), not a bare type word?"""
    words = surface.split()
    return len(words) > 1 and words[-1][:1].isupper() and not _shouting(words[-1])


def _shouting(word: str) -> bool:
    """A word in capitals ("HỌP"), not a numeral or a one-letter initial."""
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _sector_key(name: str) -> str:
    """"&" reads "và"; "," and "-" both separate the parts."""
    return " ".join(match_form(name).replace("&", " và ").replace("–", "-").replace(",", " - ").replace("-", " - ")
                    .split())


def _bare_sector_key(name: str) -> str:
    """The words of a sector's name without its separators ("Tài nguyên Môi trường" = "Tài nguyên và Môi
    trường"): read when the name as written matches no row with its separators."""
    return " ".join(w for w in _sector_key(name).split() if w not in ("và", "-"))


def _head_case(text: str) -> str:
    """"ban Tổ chức" -> "Ban Tổ chức": first letter capital, the rest as written."""
    text = re.sub(r"\s+", " ", text.strip())
    return text[:1].upper() + text[1:]
