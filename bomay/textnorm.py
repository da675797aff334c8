"""Folding Vietnamese text for matching, while the original text is always kept.

Matching must not care about Unicode form (NFC/NFD), tone-mark placement (Ủy/Uỷ, hóa/hoá),
case, spacing or diacritics; display and provenance must keep the text exactly as written.
"""

from __future__ import annotations

import re
import unicodedata

# Old-style tone placement on "oa", "oe", "uy" moved to the modern (NFC) form.
_TONE_MOVES = {
    "òa": "oà", "óa": "oá", "ỏa": "oả", "õa": "oã", "ọa": "oạ",
    "òe": "oè", "óe": "oé", "ỏe": "oẻ", "õe": "oẽ", "ọe": "oẹ",
    "ùy": "uỳ", "úy": "uý", "ủy": "uỷ", "ũy": "uỹ", "ụy": "uỵ",
}
_TONE_RE = re.compile("|".join(sorted(_TONE_MOVES, key=len, reverse=True)))
_SPACE_RE = re.compile(r"\s+")
# Regional spellings of the same word, of the same length (so offsets hold): southern "gởi" is "gửi" (send).
_SPELLING_VARIANTS = {"gởi": "gửi"}
_VARIANT_RE = re.compile(r"(?<!\w)(?:" + "|".join(_SPELLING_VARIANTS) + r")(?!\w)")
_NON_ASCII_WORD_RE = re.compile(r"[^a-z0-9\s]")


def nfc(text: str) -> str:
    """Unicode NFC with runs of whitespace collapsed to one space."""
    return _SPACE_RE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def tone_fold(text: str) -> str:
    """Lowercase NFC text with tone marks placed one consistent way (keeps diacritics)."""
    lowered = nfc(text).lower()
    return _TONE_RE.sub(lambda m: _TONE_MOVES[m.group(0)], lowered)


def match_form(text: str) -> str:
    """Lowercase, one tone-mark placement, character for character as long as ``text`` (NFC
    input), so offsets of a match in it are offsets into the original: what the text loader's
    patterns run on."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a character whose lowercase is longer (not Vietnamese)
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    moved = _TONE_RE.sub(lambda m: _TONE_MOVES[m.group(0)], lowered)
    return _VARIANT_RE.sub(lambda m: _SPELLING_VARIANTS[m.group(0)], moved)


def strip_diacritics(text: str) -> str:
    """Remove every diacritic, mapping đ to d: "Ủy ban" -> "Uy ban"."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    return bare.replace("đ", "d").replace("Đ", "D")


# Vietnamese diacritics all decompose to combining marks in this block; a regex removes them
# in C, which matters when a build folds a few hundred thousand labels.
_COMBINING_RE = re.compile("[\u0300-\u036f]")


def fold(text: str) -> str:
    """The search key of a text: lowercase ASCII letters and digits, everything else a single space."""
    bare = _COMBINING_RE.sub("", unicodedata.normalize("NFKD", text.lower())).replace("đ", "d")
    return " ".join(_NON_ASCII_WORD_RE.sub(" ", bare).split())


def slug(text: str) -> str:
    """An ASCII, readable IRI segment: "Phường Bến Nghé" -> "phuong-ben-nghe"."""
    return "-".join(fold(text).split())


# Abbreviations written in Vietnamese administrative text, on folded (diacritic-free) text.
_ABBREVIATIONS = [
    (r"\btp ?hcm\b", "thanh pho ho chi minh"),
    (r"\btphcm\b", "thanh pho ho chi minh"),
    (r"\btp ho chi minh\b", "thanh pho ho chi minh"),
    (r"\bubnd\b", "uy ban nhan dan"),
    (r"\bhdnd\b", "hoi dong nhan dan"),
    (r"\bmttq\b", "mat tran to quoc"),
    (r"\btand\b", "toa an nhan dan"),
    (r"\bvksnd\b", "vien kiem sat nhan dan"),
    (r"\bvien ksnd\b", "vien kiem sat nhan dan"),
    (r"\bubkt\b", "uy ban kiem tra"),
    (r"\bbtv\b", "ban thuong vu"),
    (r"\bbch\b", "ban chap hanh"),
    (r"\bubtvqh\b", "uy ban thuong vu quoc hoi"),
    (r"\btw\b", "trung uong"),
    (r"\btp\b", "thanh pho"),
]
_ABBREVIATION_RE = re.compile("|".join(f"(?:{p})" for p, _ in _ABBREVIATIONS))
_ABBREVIATION_PATTERNS = [(re.compile(p), r) for p, r in _ABBREVIATIONS]


def _expand(match: re.Match[str]) -> str:
    found = match.group(0)
    return next(r for p, r in _ABBREVIATION_PATTERNS if p.fullmatch(found))


def search_key(text: str) -> str:
    """The folded text with common abbreviations spelled out: "UBND TP.HCM" ->
    "uy ban nhan dan thanh pho ho chi minh". Used for name lookup and search."""
    return _ABBREVIATION_RE.sub(_expand, fold(text))
