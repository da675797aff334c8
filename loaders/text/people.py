"""People and the posts they hold: "Phó Bí thư Thành ủy, Chủ tịch UBND TPHCM Nguyễn Thành Phong".

Shapes read (TITLE = a title and its body, or a title that names its body such as "Thủ tướng";
CHAIN = titles joined by ", " or "kiêm"):

* CHAIN [- | , đồng chí | rank] NAME      "Chủ tịch UBND tỉnh Trần Văn A yêu cầu …"
* (đồng chí|ông|bà|rank) NAME (, | - | () CHAIN   "ông Trần Văn A – Chủ tịch UBND tỉnh"
* NAME (, | - | () CHAIN, when NAME starts with a known surname
* after any of them: ", kiêm CHAIN" and "NAME làm Tổ trưởng" (the group named before).

A name is two to four capitalised syllables (five for Ê Đê/Gia Rai names "Y …", "H' …") starting
with a Vietnamese or minority surname; straight after a title whose body is known, any such run
is a name unless it reads as a body or a place. Posts of former holders ("nguyên …") are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bomay.loaders.text.bodies import BodyFinder, Mention
from bomay.loaders.text.lexicon import SURNAMES, TITLE_IMPLIES_BODY, TITLES, alternation, match_form, rx
from bomay.loaders.text.naming import Body
from bomay.textnorm import fold

# ----- vocabulary (to move into the lexicon tables) ---------------------------------------------
# Titles beyond lexicon.TITLES, with the role slug of the bmr: scheme ("nguoi-dung-dau" for a head,
# "cap-pho" for a deputy when the scheme has no more specific role).
EXTRA_TITLES: dict[str, str] = {
    "Tổng Bí thư": "tong-bi-thu", "Chủ tịch nước": "chu-tich-nuoc", "Phó Chủ tịch nước": "cap-pho",
    "Ủy viên Bộ Chính trị": "uy-vien-bo-chinh-tri", "Ủy viên Ban Bí thư": "uy-vien-ban-bi-thu",
    "Ủy viên BCH Trung ương Đảng": "uy-vien-trung-uong", "Ủy viên BCH Trung ương": "uy-vien-trung-uong",
    "Ủy viên Ban Chấp hành Trung ương": "uy-vien-trung-uong", "Ủy viên Trung ương": "uy-vien-trung-uong",
    "Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng": "uy-vien-trung-uong",
    "Ủy viên dự khuyết BCH Trung ương Đảng": "uy-vien-trung-uong",
    "Ủy viên Ban Thường vụ": "uy-vien-ban-thuong-vu", "Ủy viên BTV": "uy-vien-ban-thuong-vu",
    "UV BTV": "uy-vien-ban-thuong-vu", "UVBTV": "uy-vien-ban-thuong-vu",
    "Ủy viên BCH": "uy-vien-ban-chap-hanh", "UV BCH": "uy-vien-ban-chap-hanh",
    "Ủy viên Ban Chấp hành Đảng bộ": "uy-vien-ban-chap-hanh", "Ủy viên Ủy ban Kiểm tra": "uy-vien",
    "Ủy viên UBKT": "uy-vien", "Ủy viên Thường trực": "uy-vien", "Ủy viên": "uy-vien",
    "Thị ủy viên": "uy-vien-ban-chap-hanh", "Đảng ủy viên": "uy-vien-ban-chap-hanh",
    "TUV": "uy-vien-ban-chap-hanh", "HUV": "uy-vien-ban-chap-hanh", "QUV": "uy-vien-ban-chap-hanh",
    "Phó Bí thư": "pho-bi-thu", "Phó BT": "pho-bi-thu", "PBT": "pho-bi-thu", "BT": "bi-thu",
    "Phó CT": "pho-chu-tich", "PCT": "pho-chu-tich", "CT": "chu-tich", "GĐ": "giam-doc", "PGĐ": "pho-giam-doc",
    "Phó Chủ tịch Quốc hội": "cap-pho", "Tổng Thư ký Quốc hội": "nguoi-dung-dau", "Tổng Thư ký": "nguoi-dung-dau",
    "Phó Tổng Thư ký": "cap-pho", "Tổng Kiểm toán Nhà nước": "nguoi-dung-dau", "Phó Tổng Kiểm toán Nhà nước": "cap-pho",
    "Tổng Thanh tra Chính phủ": "nguoi-dung-dau", "Phó Tổng Thanh tra Chính phủ": "cap-pho",
    "Thống đốc Ngân hàng Nhà nước": "nguoi-dung-dau", "Phó Thống đốc Ngân hàng Nhà nước": "cap-pho",
    "Thống đốc": "nguoi-dung-dau", "Phó Thống đốc": "cap-pho",
    "Tổng cục trưởng": "nguoi-dung-dau", "Phó Tổng cục trưởng": "cap-pho",
    "Cục trưởng": "nguoi-dung-dau", "Phó Cục trưởng": "cap-pho", "Chi cục trưởng": "nguoi-dung-dau",
    "Phó Chi cục trưởng": "cap-pho", "Hiệu trưởng": "nguoi-dung-dau", "Phó Hiệu trưởng": "cap-pho",
    "Tổng Giám đốc": "nguoi-dung-dau", "Phó Tổng Giám đốc": "cap-pho",
    "Chỉ huy trưởng": "nguoi-dung-dau", "Phó Chỉ huy trưởng": "cap-pho", "Chính ủy": "nguoi-dung-dau",
    "Phó Chính ủy": "cap-pho", "Tư lệnh": "nguoi-dung-dau", "Phó Tư lệnh": "cap-pho",
    "Trưởng Công an": "nguoi-dung-dau", "Phó Trưởng Công an": "cap-pho",
    "Trưởng": "nguoi-dung-dau", "Phó Trưởng": "cap-pho", "Chánh": "nguoi-dung-dau", "Phó Chánh": "cap-pho",
    "Trưởng Ban": "truong-ban", "Trưởng Đoàn": "truong-doan", "Phó Trưởng đoàn": "cap-pho",
    "Tổ trưởng": "nguoi-dung-dau", "Tổ phó": "cap-pho", "Phó Chánh Thanh tra": "cap-pho",
    "Chủ nhiệm Ủy ban Kiểm tra": "chu-nhiem", "Phó Chủ nhiệm Ủy ban Kiểm tra": "pho-chu-nhiem",
    "Bí thư Đảng ủy": "bi-thu", "Phó Bí thư Đảng ủy": "pho-bi-thu",
}
# Titles that name their body by themselves.
EXTRA_TITLE_IMPLIES_BODY: dict[str, str] = {
    "Tổng Bí thư": "Ban Chấp hành Trung ương Đảng", "Ủy viên Ban Bí thư": "Ban Bí thư",
    "Ủy viên BCH Trung ương Đảng": "Ban Chấp hành Trung ương Đảng",
    "Ủy viên BCH Trung ương": "Ban Chấp hành Trung ương Đảng",
    "Ủy viên Ban Chấp hành Trung ương": "Ban Chấp hành Trung ương Đảng",
    "Ủy viên Trung ương": "Ban Chấp hành Trung ương Đảng",
    "Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng": "Ban Chấp hành Trung ương Đảng",
    "Ủy viên dự khuyết BCH Trung ương Đảng": "Ban Chấp hành Trung ương Đảng",
    "Chủ tịch nước": "Chủ tịch nước", "Phó Chủ tịch nước": "Chủ tịch nước",
    "Phó Chủ tịch Quốc hội": "Quốc hội", "Tổng Thư ký Quốc hội": "Văn phòng Quốc hội",
    "Tổng Kiểm toán Nhà nước": "Kiểm toán Nhà nước", "Phó Tổng Kiểm toán Nhà nước": "Kiểm toán Nhà nước",
    "Tổng Thanh tra Chính phủ": "Thanh tra Chính phủ", "Phó Tổng Thanh tra Chính phủ": "Thanh tra Chính phủ",
    "Thống đốc Ngân hàng Nhà nước": "Ngân hàng Nhà nước Việt Nam",
    "Phó Thống đốc Ngân hàng Nhà nước": "Ngân hàng Nhà nước Việt Nam",
    "Thị ủy viên": "Thị ủy", "TUV": "Tỉnh ủy", "HUV": "Huyện ủy", "QUV": "Quận ủy",
}
# Titles that need a body written after them (no post from "Trưởng" alone).
TITLES_NEEDING_BODY = ["Trưởng", "Phó Trưởng", "Chánh", "Phó Chánh", "BT", "CT", "GĐ"]
# Words that may follow a title and belong to it: "Phó Thủ tướng thường trực".
TITLE_QUALIFIERS = ["thường trực"]
# Words before a title that make it not a current post.
FORMER_MARKS = ["nguyên", "cựu", "cố"]
# Words inside a title at which its body may start: "Trưởng Ban Tổ chức Tỉnh ủy" is the head of the Ban.
TITLE_BODY_HEADS = ["ban", "văn phòng", "thanh tra", "phòng", "đoàn", "công an", "ủy ban kiểm tra", "ubkt",
                    "ban thường vụ", "btv", "đảng ủy", "ban chấp hành đảng bộ", "bch đảng bộ"]
# Words that may stand between a title chain and the name, or before an apposed name.
HONORIFICS = ["đồng chí", "đ/c", "ông", "bà"]
RANKS = ["Đại tướng", "Thượng tướng", "Trung tướng", "Thiếu tướng", "Đại tá", "Thượng tá", "Trung tá", "Thiếu tá",
         "Đại úy", "Thượng úy", "Trung úy", "Thiếu úy", "Chuẩn đô đốc", "Phó Đô đốc", "Đô đốc"]
DEGREES = ["GS.TS", "PGS.TS", "PGS. TS", "GS. TS", "TS.", "ThS.", "TS", "ThS", "PGS", "GS", "BS.", "BSCKII", "BSCKI",
           "Tiến sĩ", "Thạc sĩ", "Giáo sư", "Phó Giáo sư", "Bác sĩ", "Nhà báo", "Luật sư", "Kỹ sư"]
# Surnames beyond lexicon.SURNAMES: rarer Kinh ones and those of ethnic minorities.
EXTRA_SURNAMES = {
    "bàn", "bạc", "cầm", "chẩu", "chế", "điểu", "giàng", "hờ", "khuất", "lầu", "lèo", "lìu", "lồ", "lộc", "lù",
    "mè", "nay", "quàng", "rah", "rcom", "rmah", "sần", "siu", "sùng", "tẩn", "thào", "tòng", "vàng", "kpă", "niê",
    "byă", "êban", "mlô", "hmok", "hdơk", "bdap", "kpuih", "rahlan", "puih", "ưng", "tiêu", "ngụy", "nguỵ", "bì",
    "biện", "cáp", "cung", "diêm", "đẩu", "giản", "hàn", "lã", "lăng", "liễu", "lư", "mạch", "nhâm", "quản", "sử",
    "thang", "thiều", "thôi", "tiết", "trà", "trầm", "ung", "vạn", "vy", "yết", "điêu", "sầm", "tào", "trác",
    "chung", "mông", "dư",
}
# Ê Đê / Gia Rai names are often five syllables ("Y Thanh Hà Niê Kđăm").
LONG_NAME_PREFIXES = {"y", "h'", "h", "ksor", "rơ", "nay", "siu", "rah", "kpă"}
# Capitalised words that start a body or a place, or a new phrase: never the first word of a name.
NOT_NAME_WORDS = {
    "ủy", "uỷ", "ban", "sở", "bộ", "phòng", "văn", "đảng", "nhà", "trung", "quốc", "chính", "công", "cục", "vụ",
    "viện", "tòa", "toà", "đoàn", "tổ", "hội", "mặt", "việt", "tỉnh", "thành", "huyện", "quận", "xã", "phường",
    "thị", "thủ", "kế", "nghị", "quyết", "chỉ", "thông", "luật", "số", "ngày", "tháng", "năm", "sáng", "chiều",
    "tối", "theo", "tại", "trong", "về", "với", "và", "các", "những", "khu", "trường", "học", "bệnh", "trạm",
    "chi", "ngân", "kho", "bạc", "hợp", "tập", "tổng", "liên", "đại", "uban", "ubnd", "hđnd", "thường", "lực",
    "quân", "bảo", "cảng", "sân", "cầu", "đường", "sông", "hồ", "núi", "đèo", "biển", "vùng", "miền", "đồng",
    "tây", "đông", "nam", "bắc", "phía", "dự", "chương", "đề", "kết", "hướng", "quy", "báo", "tờ", "đài",
}


@dataclass(frozen=True)
class Post:
    person: str
    title: str  # as written: "Phó Chủ tịch UBND TPHCM"
    role: str  # bmr slug
    body: Body
    start: int  # where the post is stated (the title, or the apposed name before it)
    end: int  # end of the whole statement (name and titles)


_ALL_TITLES: dict[str, str] = {**TITLES, **EXTRA_TITLES}
_IMPLIED = {fold(t): b for t, b in {**TITLE_IMPLIES_BODY, **EXTRA_TITLE_IMPLIES_BODY}.items()}
_TITLE_BY_KEY = {fold(t): t for t in _ALL_TITLES}
_ABBREVIATED = {fold(t) for t in _ALL_TITLES if re.search(r"\b[A-ZĐ]{2,}\b", t)}
_NEEDS_BODY = {fold(t) for t in TITLES_NEEDING_BODY}
_TITLE_RX = rx(r"(?:quyền |q\. ?)?(" + alternation(list(_ALL_TITLES)) + r")(?: (" + alternation(TITLE_QUALIFIERS)
               + r"))?(?!\w)")
_HEAD_RX = rx(r"(?:" + alternation(TITLE_BODY_HEADS) + r")\b")
_FORMER_RX = rx(r"(?:" + alternation(FORMER_MARKS) + r") $")
_SURNAME_FORMS = {match_form(s) for s in SURNAMES | EXTRA_SURNAMES}
_LONG_PREFIXES = {match_form(s) for s in LONG_NAME_PREFIXES}
_NOT_NAME = {match_form(w) for w in NOT_NAME_WORDS}
_NOT_INSIDE_NAME = {"ủy", "uỷ", "ban", "sở", "tỉnh", "huyện", "quận", "xã", "phường"}
_HONORIFIC_RX = rx(r"(?:" + alternation(HONORIFICS) + r") ")
_RANK_RX = rx(r"(?:(?:" + alternation(RANKS + DEGREES) + r")\.?(?!\w) ?)+(?=\w)")
_APPOSITION_RX = rx(r"(?<!\w)(?:(?:" + alternation(HONORIFICS) + r") |(?:" + alternation(RANKS) + r") )")
_CAP_WORD_RX = re.compile(r"(?<![\w'])[^\W\d_]+")
_WORD_RX = re.compile(r"[^\W\d_]+(?:'[^\W\d_]*)?|[^\W\d_]*'[^\W\d_]+")
_CHAIN_SEP_RX = rx(r"(?:, ?kiêm |,? kiêm |, đồng thời là |, |; ?)")
_NAME_SEP_RX = re.compile(r"(?: ?[-–—] ?| ?, ?(?=(?:" + alternation(HONORIFICS) + r"|" + alternation(RANKS)
                          + r") )| ?: ?| )", re.IGNORECASE)
_APPOSED_SEP_RX = re.compile(r" ?[-–—] ?|, ?| ?\( ?")
_TAIL_RX = rx(r",? ?(?:kiêm|đồng thời là|đồng thời) ")
_LAM_RX = rx(r" (?:làm|giữ chức|là) ")
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
    if any(match_form(w.group(0)) in _NOT_INSIDE_NAME for w in words[1:]):
        return 0
    return words[-1].end()


class PostFinder:
    def __init__(self, text: str, folded: str, finder: BodyFinder):
        self.t = text
        self.f = folded
        self.finder = finder

    def find_all(self) -> list[Post]:
        """Every post, once per (person, body, role), at its first statement."""
        return _dedupe(self.occurrences())

    def occurrences(self) -> list[Post]:
        """Every statement of a post, repeated ones included (a titled name acts for its body)."""
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
        if not chain:
            return []
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
        name_end = person_name_at(self.t, k)
        if not name_end and last_has_body and not self._place_or_body_at(k):
            name_end = person_name_at(self.t, k, known_surname=False)
        if not name_end or (via_comma and self._title_follows(name_end)):
            return []  # "Chủ tịch UBND tỉnh, Đại tá B, Chỉ huy trưởng …": B has his own title
        if self._former(j):
            return []
        person = self.t[k:name_end]
        tail, stmt_end = self._tail(name_end)
        chain = chain + tail
        return [Post(person, title, role, body, s, stmt_end) for title, role, body, s in chain]

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
        for m in _CAP_WORD_RX.finditer(self.t):
            if m.group(0)[0].isupper() and match_form(m.group(0)) in _SURNAME_FORMS \
                    and not _APPOSITION_RX.match(self.f, m.start()):
                starts.append((m.start(), m.start()))
        seen: set[int] = set()
        for start, k in sorted(starts):
            if k in seen or any(a <= k < b for a, b in taken):
                continue
            seen.add(k)
            name_end = person_name_at(self.t, k)
            if not name_end:
                continue
            sep = _APPOSED_SEP_RX.match(self.t, name_end)
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

    def _group_title(self, j: int) -> tuple[tuple[str, str, Body, int], int] | None:
        """"làm Tổ trưởng": the head of the group (Tổ, Ban, Đoàn) the sentence named before."""
        m = _TITLE_RX.match(self.f, j)
        if not m:
            return None
        key = fold(m.group(1))
        head = "to" if key.startswith("to ") else "doan" if key.endswith("doan") else \
            "ban" if key.endswith("ban") else None
        if head is None or self.finder.parse(m.end() + 1) is not None:
            return None
        canon = _TITLE_BY_KEY.get(key, "")
        lo = max(self.t.rfind("\n", 0, j), self.t.rfind(". ", 0, j), 0)
        for g in reversed(list(_GROUP_HEADS[head].finditer(self.f, lo, j))):
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
        while True:
            got = self._title(pos, lower_ok)
            if got is None:
                break
            title, role, body, end = got
            has_body = body is not None
            if body is not None:
                chain.append((title, role, body, pos))
            sep = _CHAIN_SEP_RX.match(self.f, end)
            if sep and self._title(sep.end(), lower_ok) is not None:
                pos = sep.end()
                continue
            break
        return chain, end, has_body

    def _title(self, j: int, lower_ok: bool = False) -> tuple[str, str, Body | None, int] | None:
        m = _TITLE_RX.match(self.f, j)
        if not m or not (self.t[j].isupper() or lower_ok):
            return None
        key = fold(m.group(1))
        canon = _TITLE_BY_KEY.get(key, self.t[m.start(1):m.end(1)])
        if key in _ABBREVIATED and not _abbreviation_written(self.t[m.start(1):m.end(1)]):
            return None
        role = _role(canon, m.group(2) is not None)
        end = m.end()
        body: Body | None = None
        if key in _IMPLIED:
            body = self._implied(_IMPLIED[key])
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
        if mention is not None:
            body, end = mention.body, mention.end
        elif key in _NEEDS_BODY:
            return None
        return self.t[j:end], role, body, end

    def _inner_body(self, j: int, m: re.Match[str]):
        """"Trưởng Ban Tổ chức Tỉnh ủy", "Chánh Văn phòng UBND tỉnh": the body starts inside the
        title's words; it must reach past the title."""
        for w in re.finditer(r"(?<=\s)\S", self.f[m.start(1):m.end()]):
            k = m.start(1) + w.start()
            if not _HEAD_RX.match(self.f, k):
                continue
            mention = self.finder.parse(k)
            if mention is not None and mention.end > m.end():
                return mention
        return None

    def _without_name(self, mention: Mention) -> Mention | None:
        """"UBND xã Tân Hòa Nguyễn Văn An": a place unknown to the gazetteer may have swallowed the
        holder's name; read the body again up to where a name starts."""
        unit = mention.body.unit
        if unit is None or unit.iri is not None:
            return mention
        for w in _CAP_WORD_RX.finditer(self.t, mention.start, mention.end):
            if w.start() == mention.start or self.t[w.start() - 1] != " ":
                continue
            if match_form(w.group(0)) in _SURNAME_FORMS and person_name_at(self.t, w.start()) >= mention.end:
                cut = w.start() - 1
                short = BodyFinder(self.t[:cut], self.f[:cut], self.finder.namer, self.finder.gaz, self.finder.home)
                again = short.parse(mention.start)
                return again if again is not None and again.end <= cut else None
        return mention

    def _implied(self, name: str) -> Body | None:
        namer = self.finder.namer
        if name in ("Thành ủy", "Tỉnh ủy", "Huyện ủy", "Quận ủy", "Thị ủy"):
            return namer.committee(self.finder.home) if self.finder.home is not None else None
        if name == "Chủ tịch nước":
            return namer.other(name, "other", "central", None, None)
        if name == "Ngân hàng Nhà nước Việt Nam":
            return namer.other(name, "ministry", "central", namer.national("Chính phủ"), None)
        return namer.national(name)

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


def _role(canon: str, qualified: bool) -> str:
    role = _ALL_TITLES.get(canon, "nguoi-dung-dau")
    if qualified and role in ("pho-bi-thu", "pho-chu-tich", "pho-truong-ban"):
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
