"""Words and patterns more than one frame of the body grammar reads (words/*.csv, folded).

A table read by one frame only lives beside that frame; the ones here are shared, so they sit in one
place every frame imports from.
"""

from __future__ import annotations

import re

from bomay.loaders.text.bodies.helpers import _bare_sector_key, _form_key, _sector_alternation, _sector_key
from bomay.loaders.text.lexicon import (
    ACTION_VERBS,
    ASSIGN_VERBS,
    DEPARTMENT_NAMES,
    DUTY_MODALS,
    MINISTRY_NAMES,
    OTHER_VERBS,
    SECTOR_TO_DEPARTMENT,
    SURNAMES,
    TITLES,
    alternation,
    match_form,
    rx,
)
from bomay.loaders.text.naming import NATIONAL
from bomay.loaders.text.vocabulary import vocabulary
from bomay.textnorm import fold

# other names of central bodies (words/national_bodies.csv): lowercased form -> canonical name
_V = vocabulary()
_NAT_ALIASES = _V.national_aliases()
for _n in NATIONAL:
    _NAT_ALIASES.setdefault(_n.lower(), _n)
_CAPITAL_NEXT_RX = re.compile(r"[ \t]+[A-ZĐÀ-Ỹ]")
# Short forms of department and ministry stems ("Sở TN&MT", "Bộ KH&ĐT"): words/sectors.csv, short_forms
STEM_ABBREVIATIONS: dict[str, str] = vocabulary().sector_short_forms()
_STEM_BY_KEY = {fold(k): v for k, v in STEM_ABBREVIATIONS.items()}
_STEMS = [*DEPARTMENT_NAMES, *STEM_ABBREVIATIONS]
_MINISTRY_RX = rx(r"bộ (" + _sector_alternation([*MINISTRY_NAMES, *STEM_ABBREVIATIONS]) + r")(?!\w)")
_DEPT_RX = rx(r"(sở|phòng) (" + _sector_alternation(_STEMS) + r")(?!\w)")
_SECTOR_RX = rx(r"ngành (" + alternation(list(SECTOR_TO_DEPARTMENT)) + r")\b")
_SURNAMES = {match_form(s) for s in SURNAMES}
# party committees named after their unit (body_heads.csv, slot committee): "Tỉnh ủy" = "tỉnh" + "ủy"
_COMMITTEE_HEADS = _V.head_forms("committee")
_EVENT_BEFORE_RX = rx(r"(?:đại hội|hội nghị)(?: đại biểu)?(?: (?:lần thứ )?[ivxlc]+| lần thứ \w+)? $")  # "Đại hội XI …"
# a lowercase Vietnamese letter (a range such as À-Ỹ would take in the lowercase letters between)
_LOWER = "a-zàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
_CAPITALS = _LOWER.upper()  # every Vietnamese capital ("Ủ", "Ấ", "Ố" too)
_PURPOSE_LIST_RX = re.compile(r",[ \t]*(?=[" + _LOWER + "])")  # (on the text) ", " before a lowercase word
_OF_COMMITTEE_RX = rx(r" (?:thuộc|trực thuộc|của) (?=ubnd|ủy ban nhân dân)")
_CAC_RX = rx(r"(?<!\w)(?:các|từng) ")
_NAME_SEP_RX = rx(r"(?:, ?| và )")
_LIST_SEP_RX = rx(r"(?:[,;] ?| và )")  # between the names of a list of units ("các huyện: A; B; C")
_LEVEL_RANK = {"central": 0, "province": 1, "district": 2, "commune": 3, "hamlet": 4}


# heads of the grammar's slots: words/body_heads.csv
def _heads_by_written_form(slot: str) -> dict[str, str]:
    """Each written form of one slot's heads, folded, -> the head in full ("tt" -> "Thường trực"; body_heads.csv)."""
    return {" ".join(fold(f).split()): h.head for h in _V.heads(slot) for f in h.forms}


# the head of a commune's party committee (body_heads.csv, slot party_group, kind party_committee): "Đảng ủy"
_COMMUNE_COMMITTEE_HEADS = [h.head for h in _V.heads("party_group") if h.kind == "party_committee"]
# "HĐND, UBND các xã", "HĐND và UBND tỉnh": coordinated heads share the place written after the last
# the next state head of a list, maybe after a title ("HĐND, UBND huyện X"; "Phó Chủ tịch HĐND, Chủ tịch Ủy ban MTTQ
# huyện X": one person's two posts in one unit)
_NEXT_STATE_RX = rx(r"(?:, ?| và | - ?|-)(?:(?:phó )?chủ tịch )?(?=hội đồng nhân dân|hđnd|ủy ban nhân dân|ubnd"
                    r"|ủy ban mặt trận|ủy ban mttq|ubmttq)")
# Short forms of a task force's purpose, written out in its name ("Ban Chỉ huy PCLB" -> "… phòng chống lụt bão")
_PURPOSE_SHORT = vocabulary().body_word_meanings("purpose_abbreviation")
# Heads of bodies set up for a task (kind task_force): words/body_heads.csv, slot task_force
TASK_FORCE_HEADS = [form for h in vocabulary().heads("task_force") for form in h.forms]
# service units named by head and place: words/body_heads.csv, slot public_service_unit
_PSU_FORMS = {form: h.head for h in vocabulary().heads("public_service_unit") for form in h.forms}
_PSU_RX = rx(r"(" + alternation(list(_PSU_FORMS)) + r")\b")
_PSU_BY_KEY = {fold(k): v for k, v in _PSU_FORMS.items()}
# units counted where a body is expected: "UBND hai địa phương", "yêu cầu hai huyện …", "lãnh đạo 3 địa phương"
_UNIT_COUNTS = {w: n for w, n in _V.number_words().items() if 2 <= n <= 10}
# the type words of a province's units ("huyện", "thị xã", "thành phố", "xã" …)
_UNIT_TYPE_ALT = alternation([w for w, (level, _t) in _V.unit_types().items() if level != "province"]
                             + ["thành phố"])
_COUNT_HEAD_RX = rx(r"(?:" + alternation(_V.body_cues("count_head")) + r") ")
_COUNTED_UNITS_RX = rx(r"(?:" + _COUNT_HEAD_RX.pattern + r")?(" + alternation(list(_UNIT_COUNTS)) + r"|[2-9]|10) "
                       r"(địa phương|" + _UNIT_TYPE_ALT + r")"
                       r"(?!\w)(?! (?:" + alternation(_V.body_cues("count_not")) + r")\b)")
_AGENCY_HEADS = [*vocabulary().heads("agency"), *vocabulary().heads("mass_organisation")]
LOCAL_AGENCY_FORMS = {form: h.head for h in _AGENCY_HEADS for form in h.forms}
# Generic named units: HEAD + a capitalised name ("Trung tâm Dịch vụ tổng hợp", "Xí nghiệp Khai thác …")
NAMED_UNIT_HEADS = _V.body_word_meanings("named_unit_head")  # words/body_words.csv
# enterprises are bodies only as the seat of a party organisation ("Đảng bộ Xí nghiệp …")
ENTERPRISE_HEADS = _V.body_word_meanings("enterprise_head")
# Words that end a name read word by word (function words; verbs come from the lexicon)
NAME_STOP_WORDS = _V.body_words("name_stop")  # words/body_words.csv
_NAME_WORD_RX = re.compile(r"[ \t]*((?:[^\W_]|&)[\w&'-]*)")
# verbs that commonly follow a body's name (verbs that also build nouns, "trình", "tổng hợp", are not here)
NAME_FOLLOWING_VERBS = _V.body_words("name_following_verb")
# "giao" assigns, "giao thông" (traffic) names a sector; "bị" (passive) and "cần" (must) end a name, "chuẩn bị"
# (prepare), "thiết bị" (equipment), "hậu cần" (logistics), "giáo dục thường xuyên" (continuing education) do not:
# the syllable before is read
_NAME_STOP_RX = rx(r"(?!giao thông\b)(?<!chuẩn\ )(?<!thiết\ )(?<!trang\ )(?<!dự\ )(?!(?<=hậu\ )cần\b)(?<!dục\ )(?:"
                   + alternation([*NAME_STOP_WORDS, *NAME_FOLLOWING_VERBS, *ASSIGN_VERBS, *DUTY_MODALS]) + r")(?!\w)")
# first words of every mention shape: the scanner tries the grammar only where one starts
_HEAD_START_RX = rx(r"(?<!\w)(?:các|từng|lãnh|ban|bch|trung|ủy|ubtvqh|thủ|quốc|chính|văn|thanh|kiểm|tòa|viện|bộ|vụ"
                    r"|thành|tỉnh|huyện|quận|thị|btv|thường|ubkt|đảng|hội|hđnd|ubnd|mttq|mặt|tand|vksnd|sở|phòng"
                    r"|ngành|tổ|đoàn|tiểu|học|trường|tổng|công|cục|chi|kho|ngân|bảo|đài|liên|hđnd|xí|bệnh|quân|tập"
                    r"|thông|tất|cơ|cấp|báo|quỹ|điện|viễn|cảng)(?!\w)")
# the parts of a commune ("ấp", "khu phố"): the single words of the group 'within' in collective_nouns.csv
_HAMLET_WORDS = [p for phrases, _h, _k, g in _V.collectives() if g == "within" for p in phrases
                 if not re.search(r"[,/]|trưởng|ông|chủ", p)]
_HAMLET_RX = rx(r" (" + alternation(_HAMLET_WORDS) + r")\b")
_TERM_AFTER_RX = rx(r"[ \t]+khóa [ivxlc]+(?!\w)")
_POST_TITLE_RX = rx(r"(?:" + alternation(list(TITLES)) + r")(?!\w)")  # words/titles.csv
_PARTY_CONT_RX = rx(r"(?:,| và) (?:các )?(cấp ủy(?: đảng)?|tổ chức đảng|tổ chức cơ sở đảng|cơ quan|đơn vị)\b"
                    r"(?! chuyên trách| tham mưu| sự nghiệp| liên quan| có liên quan)")
_NOT_A_GROUP_RX = rx(r" (?:" + alternation(_V.body_cues("not_a_group")) + r")\b")
_TASK_VERB_RX = rx(r"(?<!\w)(?:" + alternation([*ACTION_VERBS, *OTHER_VERBS]) + r")(?!\w)")
# Written forms of a province that carry their own type word ("TP.HCM"), from place_aliases.csv
# (rows without a former name; former names are bare names, read like any province name).
_TYPED_FORMS = [a for a in _V.place_aliases() if a not in _V.former_province_names()]
_PROVINCE_FORM_RX = rx(r"(?:" + alternation(_TYPED_FORMS) + r")\b")
_PROVINCE_FORMS = {_form_key(a): _V.place_aliases()[a] for a in _TYPED_FORMS}
_TYPE_RX = rx(r"(?<!\w)(q|h|p|x|tx|tp)\.(?= ?\w)"  # "Q.1", "H.Long Hồ", "TX.Bình Minh", "TP.Vĩnh Long", "X.Tân Ngãi"
              r"|(thành phố|tp\.?|tx\.?|tỉnh|quận|huyện|thị xã|phường|xã(?! hội\b)|thị trấn|đặc khu)(?=\s|$|[,.;:)])")
# ("xã hội" is "social": "Trung tâm Công tác xã hội", "Bảo trợ xã hội", never a commune)
_COUNT_WORDS = alternation([w for w, n in _V.number_words().items() if 2 <= n <= 20])
_BARE_THI_RX = re.compile(r"\bthị\b(?! ?(?:xã|trấn)\b)")  # "các huyện, thành, thị": the thị xã
_BARE_THANH_RX = re.compile(r"\bthành\b(?! ?phố\b)")  # … and the thành phố
# "UBND cấp huyện", "HĐND cấp xã": every unit of that level
_LEVEL_RX = rx(r"cấp (tỉnh|huyện|xã)\b")
_DIRECTLY_UNDER_RX = rx(r" trực thuộc\b")
_OF_RX = rx(r"của ")
_COUNCIL_WORD_RX = rx(r"(hđnd|hội đồng nhân dân)\b")
_CUA_RX = rx(r"(?:" + alternation(_V.body_cues("owner_intro")) + r") ")


# the scanner's cues also hold the first word of every central body, agency and named-unit head
_FIRST_WORDS = sorted({match_form(w.split()[0]) for w in [*_NAT_ALIASES, *NATIONAL, *LOCAL_AGENCY_FORMS,
                                                          *NAMED_UNIT_HEADS, *ENTERPRISE_HEADS, *TASK_FORCE_HEADS,
                                                          *(f for h in _V.heads() for f in h.forms)]
                       if re.match(r"\w", w)})
# ... and counted units ("hai huyện"), the count being no head by itself
_HEAD_START_RX = re.compile(_HEAD_START_RX.pattern[:-len(r")(?!\w)")] + "|" + "|".join(map(re.escape, _FIRST_WORDS))
                            + r")(?!\w)|(?<!\w)" + _COUNTED_UNITS_RX.pattern.split(")?", 1)[1])


def _plural_words(words: str) -> str:
    """A plural list of unit types as written, in full: "huyện, thị" -> "huyện, thị xã", "huyện, tp" -> "huyện,
    thành phố", "huyện/thị xã" and "huyện, thị xã thành phố" -> "huyện, thị xã(, thành phố)"."""
    words = _BARE_THANH_RX.sub("thành phố", _BARE_THI_RX.sub("thị xã", words))
    words = re.sub(r"\s*/\s*", ", ", re.sub(r"thị xã\s+thành phố", "thị xã, thành phố", words))  # a comma left out
    return re.sub(r"\btx\b", "thị xã", re.sub(r"\btp\b", "thành phố", words))


def _canonical(found: str, names: list[str]) -> str:
    key = fold(found)
    if key in _STEM_BY_KEY:
        return _STEM_BY_KEY[key]
    loose = _sector_key(found)  # "Tài nguyên & Môi trường" = "Tài nguyên và Môi trường"
    for n in names:
        if _sector_key(n) == loose:
            return n
    bare = _bare_sector_key(found)
    for n in sorted(names, key=lambda n: " và " not in n):  # the legal name ("… và …") before a division's
        if _bare_sector_key(n) == bare:
            return n
    for n in names:
        if fold(n) == key:
            return n
    return found
