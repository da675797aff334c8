"""People and the posts they hold: "Phó Bí thư Thành ủy, Chủ tịch UBND TPHCM Nguyễn Thành Phong".

Shapes read (TITLE = a title and its body, or a title that names its body such as "Thủ tướng";
CHAIN = titles joined by ", ", "kiêm" or a dash):

* CHAIN [- | , đồng chí | là ông | rank] NAME     "Chủ tịch UBND tỉnh Trần Văn A yêu cầu …"
* (đồng chí|ông|bà|rank) NAME (, | - | () CHAIN   "ông Trần Văn A – Chủ tịch UBND tỉnh"
* NAME (, | - | () CHAIN, when NAME starts with a known surname
* a counted or plural title before a list: "ba phó chủ tịch UBND tỉnh gồm: ông A (…); ông B"
* after any of them: ", kiêm CHAIN" and "NAME làm Tổ trưởng" (the group named in the text).

A name is two to four capitalised syllables (five for Ê Đê/Gia Rai names "Y …", "H' …") starting
with a Vietnamese or minority surname; straight after a title whose body was read, any such run
is a name unless it reads as a body or a place. No post for former holders ("nguyên …"), for a
foreign office ("Thủ tướng Campuchia …"), or for a title whose body the grammar cannot name.
The words live in words/titles.csv, surnames.csv and person_words.csv.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from bomay.loaders.text.bodies import BodyFinder, Mention
from bomay.loaders.text.lexicon import TITLE_IMPLIES_BODY, TITLES, alternation, match_form, rx
from bomay.loaders.text.naming import NATIONAL, Body
from bomay.loaders.text.vocabulary import vocabulary
from bomay.textnorm import fold

# ----- vocabulary (words/*.csv) -----------------------------------------------------------------
# Titles, their roles and the bodies some imply are in words/titles.csv, surnames in words/surnames.csv.
_V = vocabulary()
# Words around names and titles (person_words.csv): see that table's header for each role.
TITLES_NEEDING_BODY = _V.person_words("title_needs_body")
TITLE_QUALIFIERS = _V.person_words("title_qualifier")
FORMER_MARKS = _V.person_words("former")
TITLE_BODY_HEADS = _V.person_words("title_body_head")
HONORIFICS = _V.person_words("honorific")
RANKS = _V.person_words("rank")
DEGREES = _V.person_words("degree")
LONG_NAME_PREFIXES = set(_V.person_words("long_name_prefix"))
NOT_NAME_WORDS = set(_V.person_words("not_name_start"))
COUNTRIES = _V.person_words("country")
OWNER_NAMED_BEFORE = _V.person_words("owner_named_before")


@dataclass(frozen=True)
class Post:
    person: str
    title: str  # as written: "Phó Chủ tịch UBND TPHCM"
    role: str  # bmr slug
    body: Body
    start: int  # where the post is stated (the title, or the apposed name before it)
    end: int  # end of the whole statement (name and titles)


_ALL_TITLES: dict[str, str] = dict(TITLES)
_NATIONAL_TABLE = _V.national_bodies()
_IMPLIED = {fold(t): b for t, b in TITLE_IMPLIES_BODY.items()}
_TITLE_BY_KEY = {fold(t): t for t in _ALL_TITLES}
_ABBREVIATED = {fold(t) for t in _ALL_TITLES if re.search(r"\b[A-ZĐ]{2,}\b", t)}
_NEEDS_BODY = {fold(t) for t in TITLES_NEEDING_BODY}
_TITLE_RX = rx(r"(?:quyền |q\. ?)?(" + alternation(list(_ALL_TITLES)) + r")(?: (" + alternation(TITLE_QUALIFIERS)
               + r"))?(?!\w)")
_HEAD_RX = rx(r"(?:" + alternation(TITLE_BODY_HEADS) + r")\b")
_FORMER_RX = rx(r"(?:" + alternation(FORMER_MARKS) + r") $")
_SURNAME_FORMS = {match_form(s) for s in _V.surnames()}  # all of them; body parsing checks only the core ones
_UPPER = "".join(c for c in map(chr, range(0x41, 0x1EFA)) if c.isupper() and c.isalpha())
_CAPITALISED_RX = re.compile(rf"(?<![\w'])[{_UPPER}][^\W\d_]*'?")
_LONG_PREFIXES = {match_form(s) for s in LONG_NAME_PREFIXES}
_NOT_NAME = {match_form(w) for w in NOT_NAME_WORDS}
_NOT_INSIDE_NAME = {match_form(w) for w in _V.person_words("not_inside_name")}
_COUNTRY_RX = rx(r"(?:" + alternation(COUNTRIES) + r")(?![\w-])")
_OWNER_BEFORE_RX = rx(r"(?:" + alternation(OWNER_NAMED_BEFORE) + r")(?!\w)")
_OWNER_RX = rx(r" (?:của|thuộc) ")
_HONORIFIC_RX = rx(r"(?:" + alternation(HONORIFICS) + r") ")
_RANK_RX = rx(r"(?:(?:" + alternation(RANKS + DEGREES) + r")\.?(?!\w) ?)+(?=\w)")
_APPOSITION_RX = rx(r"(?<!\w)(?:(?:" + alternation(HONORIFICS) + r")(?: ?:)? |(?:" + alternation(RANKS) + r") )")
_CAP_WORD_RX = re.compile(r"(?<![\w'])[^\W\d_]+")
_WORD_RX = re.compile(r"[^\W\d_]+(?:'[^\W\d_]*)?|[^\W\d_]*'[^\W\d_]+")
_CHAIN_SEP_RX = rx(r"(?:, ?kiêm |,? kiêm |, đồng thời là |, |; ?| ?[-–—] ?)")
_NAME_SEP_RX = re.compile(r"(?: ?[-–—] ?| ?, ?(?=(?:" + alternation(HONORIFICS) + r"|" + alternation(RANKS)
                          + r") )| ?: ?| là | )", re.IGNORECASE)
_DASH_OR_PAREN_RX = re.compile(r" ?[-–—] ?| ?\( ?")
_APPOSED_SEP_RX = re.compile(r" ?[-–—] ?|, ?| ?\( ?")
_UNREAD_WORD_RX = re.compile(r" ([^\s,;.()]+)")
_PLURAL_BEFORE_RX = rx(r"(?<!\w)(?:các|hai|ba|bốn|năm|sáu|\d+) $")
_NEXT_NAME_RX = re.compile(r",\s*|\s+và\s+")
_NEXT_ITEM_RX = re.compile(r"\s*[,;]\s*(?:và\s+)?|\s+và\s+")
_LIST_OPEN_RX = rx(r"(?: ?: ?| (?:gồm có|gồm|là|bao gồm) ?:? ?)")
_TAIL_RX = rx(r",? ?(?:kiêm|đồng thời là|đồng thời) ")
_LAM_RX = rx(r",? (?:được giao (?:nhiệm vụ |làm |giữ chức )?|được phân công (?:làm |giữ chức )?|làm |giữ chức |là )")
_GROUP_HEADS = {"to": rx(r"(?<!\w)tổ "), "ban": rx(r"(?<!\w)ban "), "doan": rx(r"(?<!\w)đoàn ")}

Chain = list[tuple[str, str, Body, int]]  # (title as written, role, body, title start)


def _word_ok(w: str) -> bool:
    """A capitalised syllable of a name: "Hòa", "K'Ré", "H'Hen" (not an all-caps abbreviation)."""
    if not w[0].isupper():
        return False
    core = w.replace("'", "")
    return not (len(core) > 1 and core.isupper() and "'" not in w)


def person_name_at(text: str, j: int, known_surname: bool = True) -> int:
    """End of a person's name starting at ``j`` (0 when there is none).

    With ``known_surname`` the first syllable must be a surname; without, any 2-4 capitalised
    syllables not starting like a body or place do (the caller knows a name must follow)."""
    words: list[re.Match[str]] = []
    pos = j
    while len(words) < 6:
        m = _WORD_RX.match(text, pos)
        if not m or not _word_ok(m.group(0)):
            break
        words.append(m)
        if text[m.end():m.end() + 1] != " ":
            break
        pos = m.end() + 1
    if len(words) < 2:
        return 0
    first = match_form(words[0].group(0))
    limit = 5 if first in _LONG_PREFIXES or first.startswith("h'") else 4
    if known_surname:
        if first not in _SURNAME_FORMS and not first.startswith(("h'", "k'")):
            return 0
        words = words[:limit]
    elif first in _NOT_NAME or len(words) > limit:
        return 0
    cut = next((i for i, w in enumerate(words) if i and (match_form(w.group(0)) in _NOT_INSIDE_NAME or (
        i >= 2 and _starts_title(text, w.start())))), len(words))  # "ông Dương Văn An Bí thư Đảng ủy": no separator
    if cut < 2:  # "Nguyễn Văn An Tỉnh ủy viên": the name stops where a body word starts
        return 0
    return words[cut - 1].end()


def _starts_title(text: str, j: int) -> bool:
    """A title of two or more words starts at ``j`` ("Bí thư", "Phó chủ tịch"): no syllable of a name."""
    m = _TITLE_RX.match(match_form(text[j:j + 40]))
    return m is not None and " " in m.group(1).strip()


class PostFinder:
    def __init__(self, text: str, folded: str, finder: BodyFinder):
        self.t = text
        self.f = folded
        self.finder = finder
        self._occurrences: list[Post] | None = None
        self._implied_at: set[int] = set()  # titles whose body is implied ("Thủ tướng")
        self._titles: dict[tuple[int, bool], tuple[str, str, Body | None, int] | None] = {}

    def find_all(self) -> list[Post]:
        """Every post, once per (person, body, role), at its first statement."""
        return _dedupe(self.occurrences())

    def occurrences(self) -> list[Post]:
        """Every statement of a post, repeated ones included (a titled name acts for its body)."""
        if self._occurrences is None:
            self._occurrences = self._find()
        return list(self._occurrences)

    def _find(self) -> list[Post]:
        posts: list[Post] = []
        taken: list[tuple[int, int]] = []
        i = 0
        while True:
            m = _TITLE_RX.search(self.f, i)
            if not m:
                break
            if m.start() > 0 and (self.f[m.start() - 1].isalnum() or self.f[m.start() - 1] in "/-"):
                i = m.end()
                continue
            got = self._title_first(m.start(), lower=not self.t[m.start()].isupper())
            if got:
                posts.extend(got)
                end = max(p.end for p in got)
                taken.append((m.start(), end))
                i = end
            else:
                i = m.end()
        posts.extend(self._appositions(taken))
        return sorted(posts, key=lambda p: p.start)

    # ----- shapes --------------------------------------------------------------------------
    def _title_first(self, j: int, lower: bool = False) -> list[Post]:
        """CHAIN [sep] NAME [, kiêm CHAIN] [làm TITLE]. A title written in lower case ("phó chủ tịch
        UBND tỉnh") counts only before a name with a known surname."""
        chain, end, last_has_body = self._chain(j, lower_ok=lower)
        last_has_body = last_has_body and not lower
        plural = bool(_PLURAL_BEFORE_RX.search(self.f, max(0, j - 10), j))
        if not chain and plural:  # "Các Tổ phó gồm có bà A - …; B - …": heads of the group named before
            group = self._group_title(j)
            if group is not None:
                chain, end = [group[0]], group[1]
        if not chain:
            return []
        opener = _LIST_OPEN_RX.match(self.f, end) if plural else None
        if opener is not None and not self._former(j):
            return self._name_list(opener.end(), chain)
        sep = _NAME_SEP_RX.match(self.t, end)
        k = sep.end() if sep else end
        h = _HONORIFIC_RX.match(self.f, k)
        if h and self.t[k].isalpha():
            k = h.end()
        via_comma = bool(sep and "," in sep.group(0))
        if via_comma and self._apposed_before(j):
            return []  # "A - Chủ tịch HĐND, đồng chí B - …": the title is A's
        r = _RANK_RX.match(self.f, k)
        if r:
            k = r.end()
        if _COUNTRY_RX.match(self.f, k):
            return []
        name_end = person_name_at(self.t, k)
        loose = last_has_body and (not sep or sep.group(0) != " là " or bool(h))
        if not name_end and loose and not self._place_or_body_at(k):
            name_end = person_name_at(self.t, k, known_surname=False)
        if not name_end or (via_comma and self._title_follows(name_end)):
            return []  # "Chủ tịch UBND tỉnh, Đại tá B, Chỉ huy trưởng …": B has his own title
        if self._former(j):
            return []
        person = self.t[k:name_end]
        tail, stmt_end = self._tail(name_end)
        if not tail:
            tail, stmt_end = self._dash_tail(name_end)
        posts = [Post(person, title, role, body, s, stmt_end) for title, role, body, s in chain + tail]
        if plural:  # "các Phó Chủ tịch UBND tỉnh A, B và C"
            more = _NEXT_NAME_RX.match(self.t, name_end)
            if more:
                posts.extend(self._name_list(more.end(), chain))
        return posts

    def _name_list(self, j: int, chain: Chain) -> list[Post]:
        """Names listed after a plural title, each holding its posts: "[ông] A (Phó chủ tịch thường
        trực); ông B và ông C", "bà A - Phó Chủ tịch UBND tỉnh; B - …"."""
        posts: list[Post] = []
        body = chain[-1][2]
        pos = j
        while True:
            k = pos
            h = _HONORIFIC_RX.match(self.f, k)
            if h and self.t[k].isalpha():
                k = h.end()
            name_end = person_name_at(self.t, k)
            if not name_end and h and not self._place_or_body_at(k):
                name_end = person_name_at(self.t, k, known_surname=False)
            if not name_end:
                break
            person = self.t[k:name_end]
            own: Chain = []
            end = name_end
            sep = _APPOSED_SEP_RX.match(self.t, name_end)
            if sep:
                own, own_end, _ = self._chain(sep.end(), lower_ok=True)
                close = re.match(r" ?\)", self.t[own_end:own_end + 2]) if "(" in sep.group(0) else None
                if not own and "(" in sep.group(0):  # "(Phó chủ tịch thường trực)": the list's body
                    got = self._title(sep.end(), lower_ok=True)
                    if got is not None and got[2] is None:
                        own, own_end = [(got[0], got[1], body, sep.end())], got[3]
                        close = re.match(r" ?\)", self.t[own_end:own_end + 2])
                if own and ("(" not in sep.group(0) or close):
                    end = own_end + (len(close.group(0)) if close else 0)
                else:
                    own = []
            posts.extend(Post(person, title, role, b, pos, end) for title, role, b, _s in chain + own)
            nxt = _NEXT_ITEM_RX.match(self.t, end)
            if not nxt:
                break
            pos = nxt.end()
        return posts

    def _appositions(self, taken: list[tuple[int, int]]) -> list[Post]:
        """(đồng chí|ông|bà|rank) NAME SEP CHAIN, and NAME SEP CHAIN for a known surname."""
        out: list[Post] = []
        starts: list[tuple[int, int]] = []
        for m in _APPOSITION_RX.finditer(self.f):
            k = m.end()
            r = _RANK_RX.match(self.f, k)
            if r:
                k = r.end()
            starts.append((m.start(), k))
        for m in _CAPITALISED_RX.finditer(self.t):
            if match_form(m.group(0)) in _SURNAME_FORMS and not _APPOSITION_RX.match(self.f, m.start()) \
                    and not _after_capital(self.t, m.start()):
                starts.append((m.start(), m.start()))
        seen: set[int] = set()
        for start, k in sorted(starts):
            if k in seen or any(a <= k < b for a, b in taken):
                continue
            seen.add(k)
            name_end = person_name_at(self.t, k)
            if not name_end and start != k and not self._place_or_body_at(k):
                name_end = person_name_at(self.t, k, known_surname=False)  # "đồng chí Lường Văn Thắng, …"
            if not name_end:
                continue
            sep = _APPOSED_SEP_RX.match(self.t, name_end)
            if not sep and start != k and self.t[name_end:name_end + 1] == " " \
                    and self.t[name_end + 1:name_end + 2].isupper():  # "đồng chí A Tỉnh ủy viên, Bí thư …"
                sep = re.compile(" ").match(self.t, name_end)
            if not sep or any(a <= sep.end() < b for a, b in taken):
                continue
            if start == k and self._place_or_body_at(k):
                continue
            chain, end, _ = self._chain(sep.end(), lower_ok=start != k)
            if not chain:
                continue
            if "(" in sep.group(0):
                close = re.match(r" ?\)", self.t[end:end + 2])
                if not close:
                    continue
                end += len(close.group(0))
            person = self.t[k:name_end]
            tail, stmt_end = self._tail(end)
            if not tail:
                stmt_end = end
            out.extend(Post(person, title, role, body, start, stmt_end) for title, role, body, _s in chain + tail)
            taken.append((start, stmt_end))
        return out

    def _tail(self, j: int) -> tuple[Chain, int]:
        """", kiêm Phó Trưởng ban …" after a name, and "NAME làm Tổ trưởng": more posts."""
        m = _TAIL_RX.match(self.f, j)
        if m:
            chain, end, _ = self._chain(m.end(), lower_ok=True)
            if chain:
                return chain, end
        m = _LAM_RX.match(self.f, j)
        if m:
            got = self._group_title(m.end())
            if got is not None:
                return [got[0]], got[1]
        return [], j

    def _dash_tail(self, j: int) -> tuple[Chain, int]:
        """"Bộ trưởng Bộ Tài chính A - Phó Trưởng ban Thường trực Ban Chỉ đạo …" or "… A (Phó Bí thư
        Tỉnh ủy)": the person's other posts, unless a name follows them (then they are another's)."""
        sep = _DASH_OR_PAREN_RX.match(self.t, j)
        if not sep:
            return [], j
        chain, end, _ = self._chain(sep.end(), lower_ok=True)
        if not chain:
            return [], j
        if "(" in sep.group(0):
            close = re.match(r" ?\)", self.t[end:end + 2])
            return (chain, end + len(close.group(0))) if close else ([], j)
        after = _NAME_SEP_RX.match(self.t, end)
        if after and person_name_at(self.t, after.end()):
            return [], j
        return chain, end

    def _group_title(self, j: int) -> tuple[tuple[str, str, Body, int], int] | None:
        """"làm Tổ trưởng": the head of the group (Tổ, Ban, Đoàn) named before (or, when the text
        first writes it in lower case, named in full after)."""
        m = _TITLE_RX.match(self.f, j)
        if not m:
            return None
        key = fold(m.group(1))
        head = "to" if key.startswith("to ") else "doan" if key.endswith("doan") else \
            "ban" if key.endswith("ban") else None
        if head is None or self.finder.parse(m.end() + 1) is not None:
            return None
        canon = _TITLE_BY_KEY.get(key, "")
        before = reversed(list(_GROUP_HEADS[head].finditer(self.f, max(0, j - 2000), j)))
        after = _GROUP_HEADS[head].finditer(self.f, m.end(), m.end() + 3000)  # named in full only later
        for g in itertools.chain(before, after):
            mention = self.finder.parse(g.start())
            if mention is not None:
                return (self.t[j:m.end()], _ALL_TITLES.get(canon, "nguoi-dung-dau"), mention.body, j), m.end()
        return None

    # ----- titles --------------------------------------------------------------------------
    def _chain(self, j: int, lower_ok: bool = False) -> tuple[Chain, int, bool]:
        """Titles from ``j`` joined by ", " or "kiêm"; where the chain ends; whether its last
        title had a body."""
        chain: Chain = []
        pos = j
        end = j
        has_body = False
        bare_party: list[tuple[str, str, int]] = []  # "Phó Bí thư" without its committee
        while True:
            got = self._title(pos, lower_ok)
            if got is None:
                break
            title, role, body, end = got
            has_body = body is not None and pos not in self._implied_at  # a body read from the text
            if body is not None:
                chain.append((title, role, body, pos))
                if bare_party and body.unit is not None and body.kind in ("peoples_committee", "peoples_council"):
                    # "Phó Bí thư, Chủ tịch UBND xã X": the party office of the unit of the state office after it
                    committee = self.finder.namer.committee(body.unit)
                    chain[-1:-1] = [(t, r, committee, p) for t, r, p in bare_party]
                    bare_party = []
            elif role in ("bi-thu", "pho-bi-thu", "pho-bi-thu-thuong-truc"):
                bare_party.append((title, role, pos))
            sep = _CHAIN_SEP_RX.match(self.f, end)
            nxt_title = self._title(sep.end(), lower_ok) if sep else None
            if nxt_title is not None and any(r == nxt_title[1] for _t, r, _b, _p in chain):
                assert sep is not None  # a next title is read only after a separator
                # "A - Phó Chủ tịch UBND huyện, Phó Chủ tịch UBMT huyện, …": the next title is another
                # person's; its body is still named
                if nxt_title[2] is not None:
                    self.finder.nested.append(Mention(sep.end(), nxt_title[3], self.t[sep.end():nxt_title[3]],
                                                      nxt_title[2]))
                break
            if nxt_title is not None:
                assert sep is not None
                pos = sep.end()
                continue
            nxt = self._after_unread_body(end, lower_ok) if body is None else None
            if nxt is not None:  # "Bí thư Đảng ủy Công an Trung ương, Bộ trưởng …": a body we cannot read
                end, pos = nxt
                continue
            break
        return chain, end, has_body

    def _after_unread_body(self, j: int, lower_ok: bool) -> tuple[int, int] | None:
        """Up to 8 words of a body the grammar does not read, from ``j``, when ", TITLE" follows:
        (their end, the next title's start)."""
        pos = j
        for n in range(8):
            w = _UNREAD_WORD_RX.match(self.t, pos)
            if not w or (n == 0 and not w.group(1)[0].isupper()):
                return None
            pos = w.end()
            sep = _CHAIN_SEP_RX.match(self.f, pos)
            if sep and self._title(sep.end(), lower_ok) is not None:
                return pos, sep.end()
        return None

    def _title(self, j: int, lower_ok: bool = False) -> tuple[str, str, Body | None, int] | None:
        key = (j, lower_ok)
        if key not in self._titles:
            self._titles[key] = self._read_title(j, lower_ok)
        return self._titles[key]

    def _read_title(self, j: int, lower_ok: bool) -> tuple[str, str, Body | None, int] | None:
        """The title at ``j`` as written (with its body), its role, its body and where it ends."""
        m = _TITLE_RX.match(self.f, j)
        if not m or not (self.t[j].isupper() or lower_ok):
            return None
        key = fold(m.group(1))
        canon = _TITLE_BY_KEY.get(key, self.t[m.start(1):m.end(1)])
        if key in _ABBREVIATED and not _abbreviation_written(self.t[m.start(1):m.end(1)]):
            return None
        role = _role(canon, m.group(2))
        end = m.end()
        body: Body | None = None
        if _COUNTRY_RX.match(self.f, _space(self.t, end)):
            return None  # "Thủ tướng Campuchia", "Chủ tịch Quốc hội Lào": a foreign office
        if key in _IMPLIED:
            body = self._implied(_IMPLIED[key], j)
            self._implied_at.add(j)
            k = _space(self.t, end)
            mention = self.finder.parse(k) if k < len(self.t) else None
            if mention is not None and body is not None and mention.body.iri == body.iri:
                end = mention.end
            return self.t[j:end], role, body, end
        mention = self._inner_body(j, m)
        if mention is None:
            k = _space(self.t, end)
            mention = self.finder.parse(k) if k < len(self.t) and k > end else None
        if mention is not None:
            mention = self._without_name(mention)
        if mention is None and k > end:
            mention = self._named_before(k)
        if mention is not None:
            body, end = mention.body, self._owner_end(mention.end)
            if role == "uy-vien-ban-thuong-vu" and body.kind == "party_committee":  # "Ủy viên Thường vụ Tỉnh ủy"
                body = self.finder.namer.standing_board(body)
        elif key in _NEEDS_BODY:
            return None
        return self.t[j:end], role, body, end

    def _owner_end(self, j: int) -> int:
        """"Chủ nhiệm Ủy ban Kinh tế của Quốc hội": the owner written after the body belongs to the
        title (the post stays in the body)."""
        m = _OWNER_RX.match(self.f, j)
        owner = self.finder.parse(m.end()) if m else None
        return owner.end if owner is not None else j

    def _named_before(self, k: int) -> Mention | None:
        """"Bí thư Ban cán sự đảng" with no owner: the party group of that head named before in full
        ("Ban cán sự đảng UBND tỉnh Đắk Lắk")."""
        m = _OWNER_BEFORE_RX.match(self.f, k)
        if not m:
            return None
        head = re.compile(re.escape(m.group(0)))
        for g in reversed(list(head.finditer(self.f, max(0, k - 3000), k))):
            full = self.finder.parse(g.start())
            if full is not None and full.end > g.end():
                return Mention(k, m.end(), self.t[k:m.end()], full.body)
        return None

    def _inner_body(self, j: int, m: re.Match[str]):
        """"Trưởng Ban Tổ chức Tỉnh ủy", "Chánh Văn phòng UBND tỉnh": the body starts inside the
        title's words; it must reach at least to the title's end."""
        for w in re.finditer(r"(?<=\s)\S", self.f[m.start(1):m.end()]):
            k = m.start(1) + w.start()
            if not _HEAD_RX.match(self.f, k):
                continue
            mention = self.finder.parse(k)
            if mention is not None and mention.end >= m.end():  # "Bí thư Đảng ủy" in a commune's text: its committee
                return mention
        return None

    def _without_name(self, mention: Mention) -> Mention | None:
        """"UBND xã Tân Hòa Nguyễn Văn An": a place unknown to the gazetteer may have swallowed the
        holder's name (or the rank before it); read the body again up to where they start."""
        unit = mention.body.unit
        if unit is None or unit.iri is not None:
            return mention
        for w in _CAP_WORD_RX.finditer(self.t, mention.start, mention.end):
            if w.start() == mention.start or self.t[w.start() - 1] != " ":
                continue
            name = match_form(w.group(0)) in _SURNAME_FORMS and person_name_at(self.t, w.start()) >= mention.end
            if name or _RANK_RX.match(self.f, w.start()):  # "… tỉnh Đại tá Hồ Văn Mười": a rank, then a name
                cut = w.start() - 1
                short = BodyFinder(self.t[:cut], self.f[:cut], self.finder.namer, self.finder.gaz, self.finder.home,
                                   self.finder.locals[0] if self.finder.locals else None)
                again = short.parse(mention.start)
                return again if again is not None and again.end <= cut else None
        return mention

    def _implied(self, name: str, j: int) -> Body | None:
        namer = self.finder.namer
        if name in ("Thành ủy", "Tỉnh ủy"):
            return namer.committee(self.finder.home) if self.finder.home is not None else None
        if name in ("Huyện ủy", "Quận ủy", "Thị ủy"):  # the district the document names
            word = {"Huyện ủy": "huyện", "Quận ủy": "quận", "Thị ủy": "thị xã"}[name]
            near = self.finder._nearest_named(j, word)
            return namer.committee(near) if near is not None else None
        if name in NATIONAL or name not in _NATIONAL_TABLE:
            return namer.national(name) if name in NATIONAL else namer.other(name, "other", "central", None, None)
        kind, parent = _NATIONAL_TABLE[name]  # "Văn phòng Quốc hội" belongs to the Quốc hội, not the Government
        return namer.other(name, kind, "central", namer.national(parent) if parent else None, None)

    def _apposed_before(self, j: int) -> bool:
        """Whether the title at ``j`` follows "NAME - " or "NAME, " (it is that person's)."""
        lo = max(0, j - 60)
        m = re.search(r"(?:\s*[-–—]\s*|,\s*|\s*\(\s*)$", self.t[lo:j])
        if not m:
            return False
        name_end = lo + m.start()
        return any(person_name_at(self.t, w.start()) == name_end
                   for w in _CAP_WORD_RX.finditer(self.t, max(0, name_end - 40), name_end))

    def _title_follows(self, j: int) -> bool:
        sep = _APPOSED_SEP_RX.match(self.t, j)
        return bool(sep and _TITLE_RX.match(self.f, sep.end()))

    def _former(self, j: int) -> bool:
        return bool(_FORMER_RX.search(self.f, max(0, j - 8), j))

    def _place_or_body_at(self, k: int) -> bool:
        if k >= len(self.t):
            return True
        if self.finder.parse(k) is not None:
            return True
        place, end = self.finder.place(k)
        return end > k and place is not None


def _after_capital(t: str, j: int) -> bool:
    """Whether a capitalised word ends just before ``j`` ("Lường Văn Thắng": "Văn" is not a name
    start); a sentence's first word does not count ("Theo Nguyễn Văn A, …")."""
    lo = max(0, j - 20)
    m = re.search(r"(^|[.!?\n]\s*|\s)([^\W\d_]+) $", t[lo:j])
    if not m or not m.group(2)[0].isupper():
        return False
    return not (m.group(1).strip() or (lo == 0 and m.start(2) == 0))


def _role(canon: str, qualifier: str | None) -> str:
    role = _ALL_TITLES.get(canon, "nguoi-dung-dau")
    if qualifier and fold(qualifier) == "thuong truc" and role in ("pho-bi-thu", "pho-chu-tich", "pho-truong-ban"):
        return role + "-thuong-truc"
    return role


def _abbreviation_written(surface: str) -> bool:
    """"Phó BT" counts only when the abbreviation is written in capitals."""
    return any(len(w) >= 2 and w.isupper() for w in surface.split())


def _space(t: str, j: int) -> int:
    return j + 1 if t[j:j + 1] == " " else j


def _dedupe(posts: list[Post]) -> list[Post]:
    seen: set[tuple[str, str, str]] = set()
    out: list[Post] = []
    for p in sorted(posts, key=lambda p: p.start):
        key = (fold(p.person), p.body.iri, p.role)
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out
