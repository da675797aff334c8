"""People and the posts they hold: "Phó Bí thư Thành ủy, Chủ tịch UBND TPHCM Nguyễn Thành Phong".

Two shapes are read: a chain of titles (each with its body, or a title that names its body,
such as "Thành ủy viên") ending in a name, and an apposition "đồng chí NAME, TITLE BODY". A name
is two to four capitalised syllables starting with a Vietnamese surname.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bomay.loaders.text.bodies import BodyFinder
from bomay.loaders.text.lexicon import SURNAMES, TITLE_IMPLIES_BODY, TITLES, alternation, match_form, rx
from bomay.loaders.text.naming import Body
from bomay.textnorm import fold

_TITLE_RX = rx(r"(?:" + alternation(list(TITLES)) + r")\b")
_TITLE_BY_KEY = {fold(t): t for t in TITLES}
_IMPLIED = {fold(t): b for t, b in TITLE_IMPLIES_BODY.items()}
_SURNAME_FORMS = {match_form(s) for s in SURNAMES}
_NAME_WORD = re.compile(r"[A-ZÀ-ỸĐ][a-zà-ỹđ']*")
_APPOSITION_RX = rx(r"(?:đồng chí|ông|bà) ")


@dataclass(frozen=True)
class Post:
    person: str
    title: str  # as written: "Phó Chủ tịch UBND TPHCM"
    role: str  # bmr slug
    body: Body
    start: int  # where the post is stated (title start)
    end: int  # end of the person's name


def person_name_at(text: str, j: int) -> int:
    """End of a person's name starting at ``j`` (0 when there is none)."""
    words: list[re.Match[str]] = []
    pos = j
    while len(words) < 4:
        m = _NAME_WORD.match(text, pos)
        if not m or not m.group(0)[0].isupper():
            break
        words.append(m)
        if text[m.end():m.end() + 1] != " ":
            break
        pos = m.end() + 1
    if len(words) < 2 or match_form(words[0].group(0)) not in _SURNAME_FORMS:
        return 0
    # "Nguyễn Văn Nên ký": stop at the first lowercase word; all-caps words are not names
    if any(w.group(0).isupper() and len(w.group(0)) > 1 for w in words):
        return 0
    return words[-1].end()


class PostFinder:
    def __init__(self, text: str, folded: str, finder: BodyFinder):
        self.t = text
        self.f = folded
        self.finder = finder

    def find_all(self) -> list[Post]:
        """Every post, once per (person, body), at its first statement."""
        return _dedupe(self.occurrences())

    def occurrences(self) -> list[Post]:
        """Every statement of a post, repeated ones included (a titled name acts for its body)."""
        posts: list[Post] = []
        i = 0
        while True:
            m = _TITLE_RX.search(self.f, i)
            if not m:
                break
            if not self.t[m.start()].isupper():
                i = m.end()
                continue
            chain, end = self._chain(m.start())
            name_end = person_name_at(self.t, end) if chain else 0
            if name_end:
                person = self.t[end:name_end]
                posts.extend(Post(person, title, role, body, s, name_end) for title, role, body, s in chain)
                i = name_end
            else:
                i = m.end()
        posts.extend(self._appositions())
        return sorted(posts, key=lambda p: p.start)

    def _title(self, j: int) -> tuple[str, str, Body | None, int] | None:
        m = _TITLE_RX.match(self.f, j)
        if not m or not self.t[j].isupper():
            return None
        canon = _TITLE_BY_KEY.get(fold(m.group(0)), self.t[j:m.end()])
        role = TITLES.get(canon, "")
        end = m.end()
        body: Body | None = None
        k = end + 1 if self.t[end:end + 1] == " " else end
        mention = self.finder.parse(k) if k < len(self.t) else None
        if mention is not None and fold(canon) not in _IMPLIED:
            body, end = mention.body, mention.end
        elif fold(canon) in _IMPLIED:
            body = self._implied(_IMPLIED[fold(canon)])
        return self.t[j:end], role, body, end

    def _implied(self, name: str) -> Body | None:
        namer = self.finder.namer
        if name in ("Thành ủy", "Tỉnh ủy", "Huyện ủy", "Quận ủy"):
            return namer.committee(self.finder.home) if self.finder.home is not None else None
        return namer.national(name)

    def _chain(self, j: int) -> tuple[list[tuple[str, str, Body, int]], int]:
        chain: list[tuple[str, str, Body, int]] = []
        pos = j
        while True:
            got = self._title(pos)
            if got is None:
                break
            title, role, body, end = got
            if body is not None:
                chain.append((title, role, body, pos))
            sep = re.match(r", |,\s+| kiêm ", self.t[end:end + 6])
            if sep and _TITLE_RX.match(self.f, end + len(sep.group(0))):
                pos = end + len(sep.group(0))
                continue
            return chain, (end + 1 if self.t[end:end + 1] == " " else end)
        return chain, pos

    def _appositions(self) -> list[Post]:
        out: list[Post] = []
        for m in _APPOSITION_RX.finditer(self.f):
            if not self.t[m.start()].isalpha():
                continue
            name_end = person_name_at(self.t, m.end())
            if not name_end or self.t[name_end:name_end + 2] != ", ":
                continue
            chain, _end = self._chain(name_end + 2)
            person = self.t[m.end():name_end]
            out.extend(Post(person, title, role, body, s, name_end) for title, role, body, s in chain)
        return out


def _dedupe(posts: list[Post]) -> list[Post]:
    seen: set[tuple[str, str]] = set()
    out: list[Post] = []
    for p in sorted(posts, key=lambda p: p.start):
        key = (fold(p.person), p.body.iri)
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out
