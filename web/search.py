"""Name search over the folded search keys of one loaded graph, kept in memory.

Every label has a ``bm:searchKey`` (lowercase, no diacritics, abbreviations spelled out), so
"UBND TP.HCM", "ubnd tp hcm" and "Uỷ ban nhân dân Thành phố Hồ Chí Minh" share one key. The
index is built once per loaded build; a search is a scan over plain Python strings, which
takes milliseconds for a national graph and needs no SPARQL ``CONTAINS`` over every label.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from bomay.textnorm import search_key

EXACT, PREFIX, WORD_PREFIX, CONTAINS, ALL_WORDS = range(5)


@dataclass(frozen=True)
class Hit:
    iri: str
    key: str
    rank: int  # EXACT (best) .. ALL_WORDS


class SearchIndex:
    def __init__(self, pairs: Iterable[tuple[str, str]]) -> None:
        self._entries = sorted({(key, iri) for iri, key in pairs if key})

    def __len__(self) -> int:
        return len(self._entries)

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
