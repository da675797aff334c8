"""Finding the bodies a text names, with their character spans.

A small grammar over the folded text (``lexicon.match_form``), scanned left to right:

    mention   := national | sub-body OF committee | party-group OF state-body
               | committee PLACE? | state-head PLACE? | department | collective | task-force
    PLACE     := TP.HCM | (thành phố|tỉnh|quận|huyện|thị xã|phường|xã|thị trấn) NAME | NAME
               | (thành phố|tỉnh|TP) alone -> the document's jurisdiction
               | (các)? quận, phường ... -> every unit of that level (a collective)

Names of places are checked against the gazetteer, so "Thành ủy Trương Quang Nghĩa" does not
take a person for a place. Bare names ("Thành ủy", "UBND thành phố") take the document's
jurisdiction; a bare "huyện" takes the district the document names.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import lru_cache

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
from bomay.loaders.text.naming import NATIONAL, Body, Namer
from bomay.loaders.text.places import NEW_ERA_START, UNIT_TYPE_WORDS, Gazetteer, Place, unlisted_unit
from bomay.loaders.text.vocabulary import BodyHead, vocabulary
from bomay.textnorm import fold, tone_fold


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    surface: str
    body: Body


@dataclass(frozen=True)
class Plural:
    """Every unit of a level inside the home province ("các quận, phường")."""

    words: str  # "quận, phường" as written (folded)
    level: str


# other names of central bodies (words/national_bodies.csv): lowercased form -> canonical name
_V = vocabulary()
_NAT_ALIASES = _V.national_aliases()
# central bodies whose name also heads a local branch ("Kho bạc Nhà nước tỉnh", "Ngân hàng Nhà nước chi nhánh"):
# words/body_words.csv, roles branched_national and branch_word
_BRANCHED_RX = rx(r" ?(?:" + alternation(_V.body_words("branch_word")) + r")\b")
_BRANCHED = set(_V.body_words("branched_national"))
for _n in NATIONAL:
    _NAT_ALIASES.setdefault(_n.lower(), _n)
_NAT_BY_KEY = {fold(k): v for k, v in _NAT_ALIASES.items()}
_NAT_RX = rx(r"(?:" + alternation(list(_NAT_ALIASES)) + r")\b")
# a bare "Trung ương" after a cue (words/body_words.csv, central_committee_cue), not followed by more of a name
_CENTRAL_CUES = {fold(k): v for k, v in _V.body_word_meanings("central_committee_cue").items()}
_CENTRAL_CUE_RX = rx(r"(?<!\w)(" + alternation(list(_V.body_word_meanings("central_committee_cue"))) + r") $")
# titles written as the owner of a task force (body_words.csv, owner_title)
_OWNER_TITLES = {fold(k): v for k, v in _V.body_word_meanings("owner_title").items()}
_BARE_CENTRAL_RX = rx(r"trung ương(?!\w)")
_CAPITAL_NEXT_RX = re.compile(r"[ \t]+[A-ZĐÀ-Ỹ]")
# Short forms of department and ministry stems ("Sở TN&MT", "Bộ KH&ĐT"): words/sectors.csv, short_forms
STEM_ABBREVIATIONS: dict[str, str] = vocabulary().sector_short_forms()


def _sector_alternation(names: list[str]) -> str:
    """Sector names as texts vary them: "và" or "&", "," or "-" between the parts ("Tài nguyên &
    Môi trường", "Lao động, Thương binh & Xã hội")."""
    alt = alternation(names)
    # the separator may be left out too ("Phòng Tài nguyên Môi trường")
    return alt.replace(" và ", " ?(?:(?:và|&|[-–]) ?)?").replace(", ", " ?(?:[,&–-] ?)?").replace(
        " [-–] ", " ?(?:(?:[,&–-]|và) ?)?")


_STEM_BY_KEY = {fold(k): v for k, v in STEM_ABBREVIATIONS.items()}
_STEMS = [*DEPARTMENT_NAMES, *STEM_ABBREVIATIONS]
_MINISTRY_RX = rx(r"bộ (" + _sector_alternation([*MINISTRY_NAMES, *STEM_ABBREVIATIONS]) + r")(?!\w)")
# a photo's credit before a name ("Ảnh: Báo Cà Mau", "ẢNH: BỘ CHỈ HUY QUÂN SỰ TỈNH", "Ảnh: Nhựt An - TTXVN")
_PHOTO_CREDIT_RX = rx(r"(?<!\w)(?:(?:ảnh|nguồn ảnh|nguồn)\s*:\s*(?:[^\n.:;,()]{1,30}?\s[-–]\s*)?"
                      r"|theo [^\n.:;,()/]{1,30}?\s?/\s?)$")  # "Ảnh: Báo Cà Mau", "Theo Kỳ Anh/ Báo Hậu Giang"
# words whose second syllable is "bộ" (an official, progress, in step, whole, internal …): no ministry follows
_BO_COMPOUND_BEFORE_RX = rx(r"(?<!\w)(?:cán|tiến|đồng|toàn|nội|cục|sơ|chi|đảng|đi|bách) $")
_DEPT_RX = rx(r"(sở|phòng) (" + _sector_alternation(_STEMS) + r")(?!\w)")
# "các Bộ: Quốc phòng, Công an, Ngoại giao", "các Sở, ngành: Nội vụ, Y tế": one body per stem; "các Bộ trưởng: Nội
# vụ, Tư pháp": the ministers'
_STEM_LIST_RX = rx(r"các (bộ(?:, (?:ngành|cơ quan))?|bộ trưởng(?: các bộ)?|sở(?:, ban)?(?:, ngành)?"
                   r"|phòng(?:, ban)?(?:, ngành)?|đơn vị|cơ quan|ngành|cơ quan, đơn vị) ?(?:(?:như|gồm) ?)?: ?"
                   r"|(?<=thuộc\ )(bộ|sở|phòng) ?: ?"  # "cá nhân thuộc sở: KH-ĐT, Xây dựng, TN-MT"
                   r"|các (bộ|sở|phòng)(?:, ban)?(?:, ngành)? (?:như|gồm) (?=\w)"  # "các sở như Nội vụ, Tư pháp"
                   r"|các (bộ(?: trưởng(?: các)? bộ)?|sở|phòng) (?=\w)")  # "các Sở Y tế, Nội vụ": the stems follow
_STEM_ITEM_RX = rx(r"(" + _sector_alternation([*MINISTRY_NAMES, *_STEMS]) + r")(?!\w)")
_DEPT_ITEM_RX = rx(r"(" + _sector_alternation(_STEMS) + r")(?!\w)")
# after "các Bộ:" only ministries: "Tài chính, Kế hoạch và Đầu tư" is two, not the division "Tài chính - Kế hoạch"
_MINISTRY_ITEM_RX = rx(r"(" + _sector_alternation([*MINISTRY_NAMES, *STEM_ABBREVIATIONS]) + r")(?!\w)")
_STEM_ITEM_SEP_RX = rx(r"(?:,| và) ?")
# "Bộ Y tế, Tài chính và Công an", "Sở Nội vụ, Tài chính tỉnh X": one head written before several stems, no "các"
_SHARED_STEM_HEAD_RX = rx(r"(?<!\w)(bộ|sở) (?=\w)")
_SECTOR_RX = rx(r"ngành (" + alternation(list(SECTOR_TO_DEPARTMENT)) + r")\b")
_SURNAMES = {match_form(s) for s in SURNAMES}
_SECTOR_BY_KEY = {fold(k): v for k, v in SECTOR_TO_DEPARTMENT.items()}
# "Vụ X, Ban Tổ chức Trung ương", "Cục X - Bộ Y tế": a unit inside a central body (body_words.csv, central_unit_head)
_VU_RX = re.compile(r"(?:" + "|".join(map(re.escape, _V.body_words("central_unit_head")))
                    + r") ([A-ZĐÀ-Ỹ][\w ]{1,50}?)(?:,? +| +[-–] +| +thuộc +)(?=Ban|Bộ|Ủy|Văn)")

# party committees named after their unit (body_heads.csv, slot committee): "Tỉnh ủy" = "tỉnh" + "ủy"
_COMMITTEE_HEADS = _V.head_forms("committee")
_COMMITTEE_RX = rx(r"(" + alternation([h.split()[0] for h in _COMMITTEE_HEADS]) + r") ủy\b(?! viên)")
# "các huyện ủy, thành ủy", "các đảng bộ trực thuộc", "các cấp ủy": committees under the document's own
# (body_words.csv, role lower_committee: the word as written -> the committee word of the group's name)
_LOWER_COMMITTEE_FORMS = _V.body_word_meanings("lower_committee")
_LOWER_COMMITTEE_WORDS = {fold(k): v for k, v in _LOWER_COMMITTEE_FORMS.items()}
_UNIT_TYPE_FORMS = set(_V.unit_types())
_COMMITTEE_WORD_RX = rx(r"(" + alternation(list(_LOWER_COMMITTEE_FORMS)) + r")\b")
_LOWER_COMMITTEES_RX = rx(r"các (?:" + alternation([w for w in _LOWER_COMMITTEE_FORMS if w not in _UNIT_TYPE_FORMS])
                          + r")\b((?:(?:,| và) (?:các )?(?:"
                          + alternation([w for w, c in _LOWER_COMMITTEE_FORMS.items() if c != "cấp ủy"])
                          + r")\b)*)( trực thuộc| thuộc)?")
# "các huyện, thành, thị ủy": unit words sharing one written "ủy" (group 1: the words, group 2: the link after)
_SHARED_UY_WORDS = {match_form(w): w for w in ("huyện", "quận", "thị", "thành")}
_SHARED_UY_RX = rx(r"các ((?:huyện|quận|thị|thành)(?: ?, ?| và )(?:(?:huyện|quận|thị|thành)(?: ?, ?| và ))*"
                   r"(?:huyện|quận|thị|thành)) ủy\b( trực thuộc| thuộc)?")
# committees of a People's Council (body_heads.csv, slot council_committee): "Ban Pháp chế (của) HĐND tỉnh"
_COUNCIL_COMMITTEE_FORMS = {f: h.head for h in _V.heads("council_committee") for f in h.forms}
_COUNCIL_COMMITTEE_BY_KEY = {fold(k): v for k, v in _COUNCIL_COMMITTEE_FORMS.items()}
_COUNCIL_COMMITTEE_RX = rx(r"(" + alternation(list(_COUNCIL_COMMITTEE_FORMS))
                           + r")(?:(?: của)? (?=hđnd|hội đồng nhân dân)|(?:, ?| và )(?=ban ))")
_BARE_COUNCIL_COMMITTEE_RX = rx(r"(" + alternation(list(_COUNCIL_COMMITTEE_FORMS)) + r")(?!\w)(?![ \t]*[-–])")
# judicial bodies of a numbered region (body_heads.csv, slot regional): "Tòa án nhân dân khu vực 5"
_REGIONAL_HEADS = {f: h for h in _V.heads("regional") for f in h.forms}
_REGIONAL_BY_KEY = {fold(k): v for k, v in _REGIONAL_HEADS.items()}
_REGIONAL_RX = rx(r"(?:" + alternation(list(_REGIONAL_HEADS)) + r")(?!\w)")
_REGION_RX = rx(r" khu vực (\d+|[ivx]+)\b")
# group 1: the committees, group 2: the deputies' groups ("các ban, tổ HĐND huyện" names both)
_COUNCIL_PART_RX = rx(r"(?:(ban)|(tổ đại biểu)(?: và (?:các )?đại biểu)?)(?: của)? (?=hđnd|hội đồng nhân dân)")
# ("các Tổ đại biểu và đại biểu HĐND tỉnh": the deputies themselves are persons, not a body)
# one deputies' group of a council, numbered before or after it ("Tổ đại biểu cụm số 2 HĐND huyện X", "Tổ đại biểu HĐND
# tỉnh đơn vị bầu cử số 3")
_DEPUTIES_GROUP_RX = rx(r"tổ đại biểu(?: ((?:cụm |đơn vị bầu cử )?số \w+))?(?: của)? (?=hđnd|hội đồng nhân dân)")
_BARE_DEPUTIES_RX = rx(r"tổ đại biểu(?! ?(?:của )?(?:hđnd|hội đồng nhân dân|quốc hội|đbqh|đại biểu quốc hội))(?!\w)")
_DEPUTIES_NUMBER_RX = rx(r",? ((?:cụm |đơn vị bầu cử )?số \w+)\b")
_AT_RX = rx(r" tại ")
_AND_RX = rx(r" và ")
_COUNCIL_PARTS_RX = rx(r"(ban)(?:,| và) (?:các )?(tổ(?: đại biểu)?)(?: của)? (?=hđnd|hội đồng nhân dân)")
# "các Ban và Văn phòng HĐND tỉnh": the council's committees and its office, two bodies
_COUNCIL_BOARDS_AND_OFFICE_RX = rx(r"(ban) (?:và|,) (văn phòng) (?=hđnd|hội đồng nhân dân)")
_EVENT_BEFORE_RX = rx(r"(?:đại hội|hội nghị)(?: đại biểu)?(?: (?:lần thứ )?[ivxlc]+| lần thứ \w+)? $")  # "Đại hội XI …"
_DEPUTY_BEFORE_RX = rx(r"(?:đại biểu|bầu cử) $")
_SECRETARY_BEFORE_RX = rx(r"(?<!\w)bí thư $")
_PLURAL_OPENER_RX = rx(r"các ")
# whose bodies units addressed together mean, by the addresser's kind (BodyFinder.addressed_units)
_ADDRESSED_HEAD = {**dict.fromkeys(("government", "ministry", "peoples_committee", "department"), "uy ban nhan dan"),
                   "fatherland_front": "uy ban mat tran to quoc"}
_VENUE_BEFORE_RX = rx(r"(?:tại|ở|đến|vào) $")
_UNIT_NAMED_HEAD_RX = rx(r"(tỉnh|thành|huyện|quận|thị) đoàn\b")
# inside a name: "phòng, chống …" and "và" before a capitalised word
# a lowercase Vietnamese letter (a range such as À-Ỹ would take in the lowercase letters between)
_LOWER = "a-zàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
_CAPITALS = _LOWER.upper()  # every Vietnamese capital ("Ủ", "Ấ", "Ố" too)
_PURPOSE_LIST_RX = re.compile(r",[ \t]*(?=[" + _LOWER + "])")  # (on the text) ", " before a lowercase word
_PURPOSE_AND_RX = re.compile(r"[ \t]+và[ \t]+(?=[" + _LOWER + "])")  # (on the text) " và " before a lowercase word
_CONGRESS_NTH_RX = rx(r"\s*(lần thứ [ivxlc\d]+)\b(?:,? nhiệm kỳ \d{4} ?[-–] ?\d{4})?")
_CONGRESS_RX = rx(r"đại hội (đại biểu )?đảng bộ ")  # a party congress, named with its unit and number after
_ENDS_IN_CONGRESS_RX = re.compile(r"\s+đại hội$", re.IGNORECASE)
# the period a task force is set up for, written after its place: part of its name
_PERIOD_AFTER_RX = rx(r",?\s*((?:giai đoạn|thời kỳ) \d{4} ?[-–] ?\d{4}(?:, tầm nhìn (?:đến )?(?:năm )?\d{4})?"
                      r"|năm \d{4})(?![\w/-])")
_NAME_GLUE_RX = re.compile(r",[ \t]*(?=[cC]hống\b|[cC]hữa cháy\b)|[ \t]+và[ \t]+"  # on the text
                           r"|[ \t]+[-–][ \t]+(?=[A-ZĐÀ-Ỹ])")
_OF_COMMITTEE_RX = rx(r" (?:thuộc|trực thuộc|của) (?=ubnd|ủy ban nhân dân)")
_CAC_RX = rx(r"(?<!\w)(?:các|từng) ")
_ABBREVIATED_RX = re.compile(r"hđnd|ubnd|đbqh|bđbp|chqs|kttv")
# second halves of names joined by "và" ("Phòng, chống thiên tai và Tìm kiếm cứu nạn")
NAME_SECOND_HALVES = _V.body_words("name_second_half")  # words/body_words.csv
# "kinh tế - xã hội": the dash and second half of a field's name inside a body's name (body_words.csv, dash_compound)
_DASH_COMPOUNDS = [(match_form(first.strip()),
                    re.compile(r"[ \t]*[-–][ \t]*(?=" + re.escape(match_form(second.strip())) + r"\b)"))
                   for first, second in (re.split(r"[-–]", c, maxsplit=1) for c in _V.body_words("dash_compound"))]
_NAME_SECOND_HALF_RX = rx(r"(?:" + alternation(NAME_SECOND_HALVES) + r")\b")
_FRONT_STANDING_RX = rx(r"ban thường trực (?=ủy ban|ubmt|ub\.? ?mttq|mttq|mặt trận)")
_CREDIT_BEFORE_RX = rx(r"(?:theo|nguồn:?) $")
# "UBND các tỉnh: A, B", "Ban Thường vụ Tỉnh ủy 3 tỉnh A, B và C"
_CAC_PROVINCES_RX = rx(r"(?:các|\d|hai|ba|bốn|năm) (?:tỉnh|thành phố|tỉnh, thành phố)(?: ?: ?| )")
_NAME_SEP_RX = rx(r"(?:, ?| và )")
_LIST_SEP_RX = rx(r"(?:[,;] ?| và )")  # between the names of a list of units ("các huyện: A; B; C")
_GROUP_LIST_SEP_RX = rx(r"(?:, ?| và )")  # between the bodies sharing a party group's head (not ";")
_LISTED_TYPE_RX = rx(r"(?:thành phố|tỉnh|tp\.?) ?")  # a listed province written with its type word
_CENTRE_WORD_RX = rx(r"\s*(?:trung ương|tw)\b")
_CO_SO_BEFORE_RX = rx(r"cơ\s+$")
_VAN_BEFORE_RX = rx(r"văn\s+$")
_PLURAL_SEP_RX = rx(r"(?:, ?| và )(?=các (?:huyện|quận|thị xã|thành phố|xã|phường|thị trấn)\b)")
_PLACE_SEP_RX = rx(r"(?:, ?| và | - )(?=(?:huyện|quận|thị xã|thành phố|tp\.?|xã|phường|thị trấn) \w)")
_COMPETENT_RX = rx(r"(cơ quan|cấp) (?:nhà nước )?có thẩm quyền\b")
# only a report goes to it: "đề xuất, kiến nghị cấp có thẩm quyền" is an upward request, no body in the gold
_TO_AUTHORITY_RX = rx(r"(?:báo cáo|gửi)(?: ?,? (?:báo cáo|đề xuất|kiến nghị|xin ý kiến))?(?: với| lên| về)? $")
# committees named by the name of their unit ("Thành ủy Hạ Long"): every committee head but the province's
_PROVINCE_COMMITTEE = _V.party_committee_heads()["tinh"]
_COMMITTEE_NAME_RX = rx(r"(?:" + alternation([h for h in _COMMITTEE_HEADS if h != _PROVINCE_COMMITTEE])
                        + r")\b(?! viên)")
_LEVEL_RANK = {"central": 0, "province": 1, "district": 2, "commune": 3, "hamlet": 4}
_BCH_DANG_BO_RX = rx(r"(?:ban chấp hành|bch) đảng bộ\b")
# organisations whose "BCH" is their elected executive (Ban Chấp hành), not a command (Ban Chỉ huy)
# or of a party organisation ("BCH nhiệm kỳ 2020 - 2025", "BCH khóa mới", "BCH Đảng bộ")
_EXECUTIVE_OF_RX = rx(r"(?:hội|chi hội|hiệp hội|đoàn|công đoàn|liên đoàn|liên hiệp|mặt trận|tỉnh đoàn|huyện đoàn"
                      r"|thành đoàn|quận đoàn|thị đoàn|đảng bộ|chi bộ|nhiệm kỳ|khóa|khoá)\b")
_EXECUTIVE_SPELLED_BEFORE_RX = rx(r"ban chấp hành \($")  # "Ban Chấp hành (BCH)": the abbreviation defined
# heads of the grammar's slots: words/body_heads.csv
def _heads_by_written_form(slot: str) -> dict[str, str]:
    """Each written form of one slot's heads, folded, -> the head in full ("tt" -> "Thường trực"; body_heads.csv)."""
    return {" ".join(fold(f).split()): h.head for h in _V.heads(slot) for f in h.forms}


_SUB_RX = rx(r"(" + alternation(_V.head_forms("sub_body")) + r")\b")
# a sub-body's head as written ("TT", "VP", "UBKT") -> its head in full
_SUB_HEAD_BY_KEY = _heads_by_written_form("sub_body")
# a bare "Ban Thường vụ" / "Thường trực" (bodies.py _bare_standing): not before a name, not in a title, only where a
# party committee has been named
_CAPITAL_WORD_AFTER_RX = re.compile(r"[ \t]+[" + _CAPITALS + "]")
_TITLE_BEFORE_STANDING_RX = rx(r"(?:bí thư|chủ tịch|chủ nhiệm|phó|trưởng|ủy viên|thành viên|cơ quan|lực lượng) $")
_UNDER_A_PROVINCE = ("huyện ủy", "quận ủy", "thị ủy")  # "các huyện ủy" alone: a province's district committees
_PARTY_COMMITTEE_WORD_RX = rx(r"(?<!\w)(?:tỉnh ủy|thành ủy|huyện ủy|quận ủy|thị ủy|đảng ủy)(?!\w)")
_STANDING_NAMED_RX = rx(r"(?<!\w)thường trực (?=\w)")
# the title of a sub-body's head between listed sub-bodies ("Chủ nhiệm Ủy ban Kiểm tra, Chánh Văn phòng Đảng ủy")
_HEAD_TITLE_BETWEEN_RX = rx(r"(?:phó )?(?:chủ nhiệm|chánh|trưởng) ")
_GROUP_RX = rx(r"(" + alternation(_V.head_forms("party_group")) + r")\b")
# party groups counted or made plural before their list ("9 đảng đoàn, 3 ban cán sự đảng gồm: Đảng đoàn HĐND tỉnh,
# Ủy ban MTTQ tỉnh …"): one head written once for every body listed after it
_GROUP_HEADS_SHARED = {h.head: h.kind for h in _V.heads("party_group") if h.kind != "party_committee"}
_GROUP_SHARED_FORMS = [f for h in _V.heads("party_group") if h.kind != "party_committee" for f in h.forms]
_GROUPS_COUNTED_RX = rx(r"(?:(?:" + alternation(_V.body_cues("collective_opener")) + r")|\d+) (?:"
                        + alternation(_GROUP_SHARED_FORMS) + r")\b")
_GROUP_HOSTS = frozenset({"peoples_council", "peoples_committee", "fatherland_front", "court", "procuracy",
                          "mass_organisation", "national_assembly", "government", "ministry"})
# the head of a commune's party committee (body_heads.csv, slot party_group, kind party_committee): "Đảng ủy"
_COMMUNE_COMMITTEE_HEADS = [h.head for h in _V.heads("party_group") if h.kind == "party_committee"]
_COMMUNE_COMMITTEE_RX = rx(r"(?:" + alternation(_COMMUNE_COMMITTEE_HEADS) + r")\b")
_GROUP_BY_KEY = _heads_by_written_form("party_group")
_UPPER_TYPE_WORDS = [w for w, (level, _t) in _V.unit_types().items() if level in ("province", "district")]
_INSPECTOR_HEAD_RX = rx(r"(?:" + alternation(_V.head_forms("inspectorate")) + r") ")
_INSPECTORATE_RX = rx(r"(?:" + alternation(_V.head_forms("inspectorate")) + r") (" + alternation(_UPPER_TYPE_WORDS)
                      + r"|tp|tx)\b")  # "Thanh tra TP", "Thanh tra TP.HCM", "Thanh tra TX Bình Minh"
_PROVINCE_INSPECTORATE_RX = rx(r"thanh tra tỉnh\b")
# "thanh tra sở; thanh tra huyện" with no name after: the inspectorates of every department / district
_BARE_INSPECTORATES_RX = rx(r"thanh tra (?:các )?(sở|huyện)((?:,? (?:và )?(?:thị xã|thành phố|quận|tx|tp))*)(?!\w)"
                            r"(?![ \t]+(?:" + _sector_alternation(_STEMS) + r")(?!\w))")  # "thanh tra huyện, thị xã"
_BARE_DEPARTMENT_RX = rx(r"sở(?=,? (?:và (?:huyện|các|ubnd)|có trách nhiệm|đã|sẽ|cần|phải|cũng|tiếp tục|chủ động|chịu"
                         r"|cho biết|đề nghị|kiến nghị)\b)")
_INVESTIGATOR_NAMES = {fold("csđt"): "Cảnh sát điều tra", fold("anđt"): "An ninh điều tra",
                       fold("cảnh sát điều tra"): "Cảnh sát điều tra", fold("an ninh điều tra"): "An ninh điều tra"}
_INVESTIGATORS_RX = rx(r"cơ quan ((?:cảnh sát |an ninh )?điều tra|csđt|anđt)\b")
_STATE_RX = rx(r"(" + alternation(_V.head_forms("state")) + r")\b")
# the short form in brackets after a head written in full: "Ủy ban nhân dân (UBND) tỉnh"
_ABBR_BRACKET_RX = re.compile(r"[ \t]*\([ \t]*[a-zđ.&]{2,10}[ \t]*\)")
# a state head or a commune's "Đảng ủy" written alone, no type word or place (BodyFinder._mark_bare)
_BARE_HEAD_RX = rx(r"(?:" + alternation([*_V.head_forms("state"), *_COMMUNE_COMMITTEE_HEADS]) + r")")
# "HĐND, UBND các xã", "HĐND và UBND tỉnh": coordinated heads share the place written after the last
# the next state head of a list, maybe after a title ("HĐND, UBND huyện X"; "Phó Chủ tịch HĐND, Chủ tịch Ủy ban MTTQ
# huyện X": one person's two posts in one unit)
_NEXT_STATE_RX = rx(r"(?:, ?| và | - ?|-)(?:(?:phó )?chủ tịch )?(?=hội đồng nhân dân|hđnd|ủy ban nhân dân|ubnd"
                    r"|ủy ban mặt trận|ủy ban mttq|ubmttq)")
# Short forms of a task force's purpose, written out in its name ("Ban Chỉ huy PCLB" -> "… phòng chống lụt bão")
_PURPOSE_SHORT = vocabulary().body_word_meanings("purpose_abbreviation")
_PURPOSE_SHORT_RX = re.compile(  # on the text as written: the short forms are capitals
    r"(?<!\w)(" + "|".join(re.escape(a) for a in sorted(_PURPOSE_SHORT, key=len, reverse=True)) + r")(?!\w)")


def _written_out(purpose: str) -> str:
    """A task force's purpose with its short forms written out, as the gold names such bodies."""
    written = _PURPOSE_SHORT_RX.sub(lambda m: _PURPOSE_SHORT[m.group(1)], purpose)
    return re.sub(r"(?<!\w)VÀ(?!\w)", "và", written)  # "PCTT VÀ TKCN" in a heading written in capitals


# Heads of bodies set up for a task (kind task_force): words/body_heads.csv, slot task_force
TASK_FORCE_HEADS = [form for h in vocabulary().heads("task_force") for form in h.forms]
_TASK_HEAD_BY_KEY = _heads_by_written_form("task_force")
_TASK_RX = rx(r"(" + alternation(TASK_FORCE_HEADS) + r")\b")
# "… về <topic>" inside a task force's name (body_words.csv, task_topic_intro)
_TASK_TOPIC_RX = rx(r" (?:" + alternation(_V.body_words("task_topic_intro")) + r") (?=\w)")
# academies; a head ending "khu vực" takes the region's number ("Học viện Chính trị khu vực II")
_ACADEMY_RX = rx(r"(" + "|".join(f"{a} [ivx\\d]+" if match_form(h).endswith("khu vực") else a for h in sorted(
    _V.head_forms("academy"), key=len, reverse=True) for a in [alternation([h])]) + r")\b")
# service units named by head and place: words/body_heads.csv, slot public_service_unit
_PSU_FORMS = {form: h.head for h in vocabulary().heads("public_service_unit") for form in h.forms}
_PSU_RX = rx(r"(" + alternation(list(_PSU_FORMS)) + r")\b")
_PSU_BY_KEY = {fold(k): v for k, v in _PSU_FORMS.items()}
_MINISTERS_RX = rx(r"bộ trưởng,? (?:các )?thủ trưởng (?:các )?cơ quan ")
_PARTY_AND_STATE_RX = rx(r"(cấp ủy),? (?:và )?(chính quyền) ")
BARE_TYPE_WORD_RX = rx(r"(tỉnh|thành phố|huyện|thị xã|quận|xã|phường)(?!\w)")  # a unit named by its type word
_ABOVE_RX = rx(r" (?:nêu trên|nói trên|trên|này)(?!\w)")
# units counted where a body is expected: "UBND hai địa phương", "yêu cầu hai huyện …", "lãnh đạo 3 địa phương"
_UNIT_COUNTS = {w: n for w, n in _V.number_words().items() if 2 <= n <= 10}
# the type words of a province's units ("huyện", "thị xã", "thành phố", "xã" …)
_UNIT_TYPE_ALT = alternation([w for w, (level, _t) in _V.unit_types().items() if level != "province"]
                             + ["thành phố"])
_COUNT_HEAD_RX = rx(r"(?:" + alternation(_V.body_cues("count_head")) + r") ")
_COUNTED_UNITS_RX = rx(r"(?:" + _COUNT_HEAD_RX.pattern + r")?(" + alternation(list(_UNIT_COUNTS)) + r"|[2-9]|10) "
                       r"(địa phương|" + _UNIT_TYPE_ALT + r")"
                       r"(?!\w)(?! (?:" + alternation(_V.body_cues("count_not")) + r")\b)")
_ASSIGNED_BEFORE_RX = rx(r"(?:" + alternation(ASSIGN_VERBS) + r") $")  # "yêu cầu hai huyện …"
# a unit's type word before its name ("thị xã Duyên Hải", "huyện Trà Cú"): what a later count refers to
_UNIT_WORD_RX = rx(r"(?<!\w)(?:" + _UNIT_TYPE_ALT + r") ")
_PROVINCE_LIST_RX = rx(r"các tỉnh(?:,? thành phố)?:? ")
_STANDING_OFFICE_RX = rx(r"văn phòng (?:thường trực (?=ban chỉ|hội đồng|tổ công tác|ban an toàn giao thông)"
                         r"|(?:thường trực )?(?=ban an toàn giao thông|ban atgt))")
# "Thường trực Ban Chỉ đạo …": the standing part of a task force ("cơ quan/Văn phòng thường trực" are other bodies)
_TF_STANDING_RX = rx(r"thường trực (?=ban chỉ đạo|ban chỉ huy|bcđ|bch)")
_TF_STANDING_BEFORE_RX = rx(r"(?:văn phòng|cơ quan|bộ phận|ban|trưởng|phó) $")
_HEAD_WORD_BEFORE_RX = rx(r"(?<!\w)(?:thủ trưởng|giám đốc|lãnh đạo|người đứng đầu) $")
_MEMBER_WORD = r"(?:sở|ban|ngành|phòng|cơ quan|đơn vị)"
_TWO_MEMBERS_RX = rx(_MEMBER_WORD + r",? (?:và )?(?:" + _MEMBER_WORD + r"|địa phương)\b")
_EVERY_LEVEL_RX = rx(r" các cấp(?!\w)")
# (on the text) two to four capitalised words: a proper name after a head
_CAPITALISED_NAME_RX = re.compile(r"[ \t]+((?:[" + _CAPITALS + r"][^\W\d_]*[ \t]*){2,4})(?=\W|$)")
_DELEGATION_UNIT_RX = rx(r" đơn vị(?= tỉnh| thành phố)")  # a National Assembly delegation "đơn vị tỉnh X"
# a project board named after the works it builds, up to its place ("Ban Quản lý dự án đầu tư xây dựng các công trình
# dân dụng và công nghiệp tỉnh X")
_WORKS_RX = rx(r" (?:các )?công trình (?=\w)")
_OPEN_BRACKET_RX = re.compile(r"[ \t]*\([ \t]*")
# a body before a merger, marked as the text writes it: "(cũ)", "(trước sắp xếp)", or a bare "cũ" ("UBND tỉnh cũ")
_FORMER_MARK_RX = rx(r"[ \t]*(?:\([ \t]*(cũ|trước sắp xếp)[ \t]*\)|(cũ)(?!\w))")
# (on the text) the region of a central body's regional office: "… khu vực IX", "… khu vực Bình Trị Thiên"
_REGION_SUFFIX_RX = re.compile(r"[ \t]+khu vực[ \t]+([IVXL]+\b|\d+\b|[" + _CAPITALS + r"][^\W\d_]*(?:[ \t]+["
                               + _CAPITALS + r"][^\W\d_]*){0,3})")
# what a ceremony announces or a conference studies, after its organising committee's event (instrument_kinds.csv)
_EVENT_OBJECT_RX = rx(r" (?:" + alternation([k.lower() for k in _V.instrument_kinds()]) + r")\b")
# works named by their sector ("… các công trình nông nghiệp và phát triển nông thôn"): the name needs no place after
_WORKS_SECTOR_RX = rx(r"(?:" + alternation([*DEPARTMENT_NAMES, "dân dụng và công nghiệp", "dân dụng",
                                            "hạ tầng kỹ thuật", "thủy lợi", "giao thông"]) + r")(?!\w)")
_FROM_TO_RX = rx(r" (từ) (?=\w)")
_TO_RX = rx(r" đến ")
_AREA_RX = rx(r",? ((?:khu vực|vùng|miền) )")
_AREA_WORDS = "[" + _CAPITALS + r"]\w*(?: (?:[" + _CAPITALS + r"]\w*|bộ))*"
_AREA_NAME_RX = re.compile(_AREA_WORDS + r"(?:(?:, | và )" + _AREA_WORDS + r")*")  # "Bắc bộ và Bắc Trung bộ"
_SECRETARY_BESIDE_CHAIR_RX = rx(r"((?:các )?bí thư),? (?:và )?chủ tịch $")
_COLLECTIVE_RX = rx(r"(" + alternation(_V.body_cues("collective_opener")) + r") ")
# "các đảng ủy xã, thị trấn", "các đảng bộ xã, phường": the party committees of every commune
_COMMUNE_TYPES = alternation([w for w, (level, _t) in _V.unit_types().items() if level == "commune"])
_COMMUNE_PARTY_RX = rx(r"(đảng ủy|đảng bộ) ((?:" + _COMMUNE_TYPES + r")(?:(?:,| và) ?(?:" + _COMMUNE_TYPES
                       + r"))*)\b")

# Agencies written HEAD + PLACE ("Công an tỉnh", "Cục Thuế tỉnh Hòa Bình", "Đài khí tượng thủy văn Yên
# Bái", "Hội Nông dân huyện"): heads, kinds and short forms in words/body_heads.csv (slots agency and
# mass_organisation); the body each belongs to: "ubnd" = the place's People's Committee, else a central body.
# (words/body_words.csv, role agency_parent)
AGENCY_PARENTS = _V.body_word_meanings("agency_parent")
# agencies every province has one of: written without a place they are the document's province's
PROVINCIAL_AGENCIES = _V.body_words("provincial_agency")
# agencies of a district written without a place in its own documents
_OWN_UNIT_AGENCIES = set(_V.body_words("local_agency"))
_AGENCY_HEADS = [*vocabulary().heads("agency"), *vocabulary().heads("mass_organisation")]
LOCAL_AGENCIES = {h.head: (h.kind, AGENCY_PARENTS.get(h.head)) for h in _AGENCY_HEADS}
LOCAL_AGENCY_FORMS = {form: h.head for h in _AGENCY_HEADS for form in h.forms}
_AGENCY_RX = rx(r"(" + alternation(list(LOCAL_AGENCY_FORMS)) + r")(?!\w)")
_AGENCY_BY_KEY = {fold(k): v for k, v in LOCAL_AGENCY_FORMS.items()}
# Party organisations named after their unit or agency ("Đảng bộ xã Tân Việt", "Đảng bộ Công an tỉnh")
_DANG_BO_RX = rx(r"đảng bộ\b")
_CHI_BO_RX = rx(r"chi bộ(?= )")
_SCHOOL_RX = rx(r"trường (?:thpt|thcs|trung học|tiểu học|mầm non)\b")
_CELL_HOST_KINDS = frozenset({"department", "other", "public_service_unit", "mass_organisation", "academy"})
# "Đảng bộ Khối các cơ quan tỉnh", "Đảng ủy Khối CCQ&DN": bloc committees of a province
PARTY_BLOCS = _V.body_word_meanings("party_bloc")  # words/body_words.csv
_BLOC_RX = rx(r"(" + alternation(list(PARTY_BLOCS)) + r")(?!\w)")
_BLOC_BY_KEY = {fold(k): v for k, v in PARTY_BLOCS.items()}
# blocs a district has, not a province: written bare they are of the document's own unit
_DISTRICT_BLOCS = {"Cơ quan Chính quyền", "Khối Chính quyền", "Cơ quan Dân chính Đảng", "Khối Dân chính Đảng",
                   "Khối Cơ quan Dân chính Đảng"}
# Generic named units: HEAD + a capitalised name ("Trung tâm Dịch vụ tổng hợp", "Xí nghiệp Khai thác …")
NAMED_UNIT_HEADS = _V.body_word_meanings("named_unit_head")  # words/body_words.csv
_NAMED_UNIT_KIND_BY_KEY = {fold(k): v for k, v in NAMED_UNIT_HEADS.items()}  # "Ban quản lý …" as written too
# named units that belong to a unit: without a place, the document's own unit's or its province's
_PLACED_UNIT_HEADS = _V.body_word_meanings("placed_unit_head")  # words/body_words.csv
_BEYOND_UNIT_RX = rx(r"(?<!\w)(?:" + alternation(_V.body_words("beyond_unit_word")) + r")(?!\w)")
# enterprises are bodies only as the seat of a party organisation ("Đảng bộ Xí nghiệp …")
ENTERPRISE_HEADS = _V.body_word_meanings("enterprise_head")
_NAMED_UNIT_RX = rx(r"(" + alternation(list(NAMED_UNIT_HEADS)) + r") (?=\w)")
_ENTERPRISE_RX = rx(r"(" + alternation(list(ENTERPRISE_HEADS)) + r") (?=\w)")
# Words that end a name read word by word (function words; verbs come from the lexicon)
NAME_STOP_WORDS = _V.body_words("name_stop")  # words/body_words.csv
# "số" ends a name before a number ("… số 8"), not in "chuyển đổi số" (digital transformation)
_DIGITAL_SO_RX = re.compile(r"(?<=đổi )số\b")
_NAME_WORD_RX = re.compile(r"[ \t]*((?:[^\W_]|&)[\w&'-]*)")
# words that build nouns but are a team's verbs before their object ("Đoàn kiểm tra tổng hợp báo cáo …", "Tổ kiểm tra
# lập biên bản …", "Ban Chỉ đạo thành lập Tổ giúp việc …")
_VERB_BEFORE_REPORT_RX = rx(r"(?:tổng hợp|trình)(?:,)?\s+(?:báo cáo|kết quả|tình hình)\b"
                            r"|lập (?:biên bản|danh sách|hồ sơ)\b"  # "Tổ kiểm tra lập biên bản …"
                            r"|(?:thành lập|kiện toàn) (?:các )?(?:tổ(?! chức)|ban|đoàn|tiểu ban|hội đồng)\b")
# verbs that commonly follow a body's name (verbs that also build nouns, "trình", "tổng hợp", are not here)
NAME_FOLLOWING_VERBS = _V.body_words("name_following_verb")
# "giao" assigns, "giao thông" (traffic) names a sector; "bị" (passive) and "cần" (must) end a name, "chuẩn bị"
# (prepare), "thiết bị" (equipment), "hậu cần" (logistics), "giáo dục thường xuyên" (continuing education) do not:
# the syllable before is read
_NAME_STOP_RX = rx(r"(?!giao thông\b)(?<!chuẩn\ )(?<!thiết\ )(?<!trang\ )(?<!dự\ )(?<!hậu\ )(?<!dục\ )(?:"
                   + alternation([*NAME_STOP_WORDS, *NAME_FOLLOWING_VERBS, *ASSIGN_VERBS, *DUTY_MODALS]) + r")(?!\w)")
# a task's first verb (duty_words.csv) right after a proper name ("Vườn quốc gia U Minh Thượng xây dựng …")
_TASK_VERB_AFTER_NAME_RX = rx(r"(?:" + alternation([*_V.duty_words("action"), *_V.duty_words("task"),
                                                    *_V.duty_words("task_verb")]) + r")(?!\w)")
# a disease named by its cause inside a task force's purpose
_CAUSED_BY_RX = rx(r" do (?:(?:[^\s.,;:()]+ ){1,9}gây ra\b|(?:chủng mới của )?(?:vi rút|virus) corona\b(?: gây ra)?)")
_PROPER_NAME_CLOSING_RX = rx(r"(?:" + alternation(_V.body_words("proper_name_closing_verb")) + r")(?!\w)")
# first words of every mention shape: the scanner tries the grammar only where one starts
_HEAD_START_RX = rx(r"(?<!\w)(?:các|từng|lãnh|ban|bch|trung|ủy|ubtvqh|thủ|quốc|chính|văn|thanh|kiểm|tòa|viện|bộ|vụ"
                    r"|thành|tỉnh|huyện|quận|thị|btv|thường|ubkt|đảng|hội|hđnd|ubnd|mttq|mặt|tand|vksnd|sở|phòng"
                    r"|ngành|tổ|đoàn|tiểu|học|trường|tổng|công|cục|chi|kho|ngân|bảo|đài|liên|hđnd|xí|bệnh|quân|tập"
                    r"|thông|tất|cơ|cấp|báo|quỹ|điện|viễn|cảng)(?!\w)")
_SKIP_BEFORE_RX = rx(r"(?:" + alternation(_V.body_cues("title_before")) + r") $")

# plural heads after "các" -> (canonical head, kind, group)
# a person-title plural of a unit's part may carry an honorific: "các đồng chí trưởng thôn", "các bà trưởng ấp"
_COLLECTIVE_RXS = [(rx(r"(?:(?:ông|bà|ông, bà|đồng chí) )?" * (g in ("within", "committee_units"))
                       + r"(?:" + alternation(phrases) + r")\b"), h, k, g) for phrases, h, k, g in _V.collectives()]

# the parts of a commune ("ấp", "khu phố"): the single words of the group 'within' in collective_nouns.csv
_HAMLET_WORDS = [p for phrases, _h, _k, g in _V.collectives() if g == "within" for p in phrases
                 if not re.search(r"[,/]|trưởng|ông|chủ", p)]
_BASE_COMMITTEES_RX = rx(r"(?: trực thuộc| thuộc)? (?:các )?đảng ủy cơ sở\b")  # the cells under grassroots committees
_HAMLET_RX = rx(r" (" + alternation(_HAMLET_WORDS) + r")\b")

# the political-social organisations, as a document may write them ("các tổ chức/đoàn thể chính trị - xã hội")
_POLITICAL_SOCIAL = {phrase: h for phrases, h, _k, g in _V.collectives() if g == "mass" and "chính trị" in h
                     for phrase in phrases}
_POLITICAL_SOCIAL_HEADS = set(_POLITICAL_SOCIAL.values())
_POLITICAL_SOCIAL_RX = rx(r"các (" + alternation(list(_POLITICAL_SOCIAL)) + r")")
_POLITICAL_SOCIAL_BY_KEY = {" ".join(fold(k).split()): v for k, v in _POLITICAL_SOCIAL.items()}

# Members of generic plural groups ("các sở, ban, ngành", "các bộ, cơ quan ngang bộ", "các cấp, các
# ngành, địa phương"): surface form -> (canonical word in the group's name, family). Families:
# dept (provincial departments), unit (unspecified agencies), local (localities), level (các cấp),
# central (ministries and central agencies), party (central party organs), person (not a body).
COLLECTIVE_MEMBERS: dict[str, tuple[str, str]] = vocabulary().collective_members()  # words/collective_members.csv
# Words after the list that qualify the group: kept in its name, or (None) only telling its place.
COLLECTIVE_QUALIFIERS: dict[str, str | None] = vocabulary().collective_qualifiers()  # collective_qualifiers.csv
_MEMBER_RX = rx(r"(?:" + alternation(list(COLLECTIVE_MEMBERS)) + r")\b(?! ?-? ?(?:trưởng|xã hội|phó)\b)")
_MEMBER_SEP_RX = rx(r"(?:, ?(?:các )?| và (?!các )| ?- ?| ?/ ?)")  # "… và các …" opens another group
# "Giám đốc các Sở, Thủ trưởng các ban, ngành …": the departments' heads named twice, one group
_HEADED_MEMBER_SEP_RX = rx(r", ?(?:thủ trưởng|giám đốc|trưởng|người đứng đầu|lãnh đạo) các ")
_QUALIFIER_RX = rx(r" (?:" + alternation(list(COLLECTIVE_QUALIFIERS)) + r")\b")
_MEMBER_BY_KEY = {fold(k): v for k, v in COLLECTIVE_MEMBERS.items()}
_QUALIFIER_BY_KEY = {fold(k): v for k, v in COLLECTIVE_QUALIFIERS.items()}
_COMMA_RX = rx(r", ?")
_TERM_AFTER_RX = rx(r"[ \t]+khóa [ivxlc]+(?!\w)")
_HEAD_OF_BAN_BEFORE_RX = rx(r"(?<!\w)trưởng $")
_UNIT_HEAD_TITLE_BEFORE_RX = rx(r"(?<!\w)(?:trưởng|giám đốc) $")
_POST_TITLE_RX = rx(r"(?:" + alternation(list(TITLES)) + r")(?!\w)")  # words/titles.csv
_PROVINCE_PARTY_KINDS = frozenset({"party_committee", "party_standing_board", "party_standing_members"})
_COLON_RX = re.compile(r" ?: ?")
_LOCAL_PARTY_KINDS = frozenset({*_PROVINCE_PARTY_KINDS, "party_commission", "party_inspection_commission"})
_LOWER_WHERE_RX = rx(r"(?:huyện|quận|thị xã|xã|phường)$")
_PARTNER_BEFORE_RX = rx(r"(?:cùng với|cùng) $")
_ASSIGN_AFTER_RX = rx(r"\b(?:giao|yêu cầu|chỉ đạo|đề nghị|phân công)\b")
_PARTY_PARTS = _V.collective_parts()  # words/collective_parts.csv
_PARTY_CONT_RX = rx(r"(?:,| và) (?:các )?(cấp ủy(?: đảng)?|tổ chức đảng|tổ chức cơ sở đảng|cơ quan|đơn vị)\b"
                    r"(?! chuyên trách| tham mưu| sự nghiệp| liên quan| có liên quan)")
_PARTY_START_RX = rx(r"(?:các|từng) (cấp ủy(?: đảng)?|tổ chức đảng|tổ chức cơ sở đảng)\b")
_NOT_A_GROUP_RX = rx(r" (?:" + alternation(_V.body_cues("not_a_group")) + r")\b")
_UNSPECIFIED_RX = rx(r" (?:" + alternation(_V.body_cues("unspecified")) + r")\b")

# "(qua Vụ Kế hoạch - Tài chính)" after a central body: its unit (body_words.csv, central_unit_head)
_BRACKETED_UNIT_RX = re.compile(r"[ \t]*\((?:[ \t]*qua[ \t]+)?[ \t]*((?:" + "|".join(map(re.escape, _V.body_words(
    "central_unit_head"))) + r") [A-ZĐÀ-Ỹ][^()\n]{1,60}?)[ \t]*\)")
# the type words that name every unit of a level, in the order texts list them, and the unit types they cover
_LEVEL_TYPE_WORDS = {"district": [("quận", {"quan"}), ("huyện", {"huyen"}), ("thị xã", {"thi-xa"}),
                                  ("thành phố", {"thanh-pho-thuoc-tinh", "thanh-pho-thuoc-thanh-pho"})],
                     "commune": [("xã", {"xa"}), ("phường", {"phuong"}), ("thị trấn", {"thi-tran"}),
                                 ("đặc khu", {"dac-khu"})]}
_DASH_PURPOSE_RX = re.compile(r"[ \t]*[-–][ \t]*(?=phòng,?[ \t]+chống\b)")
# the number of a ministry's project board ("Ban Quản lý dự án 7", "Ban QLDA 85"), not a date or a count
_BOARD_NUMBER_RX = re.compile(r"[ \t]+(\d{1,3})(?![\d/.,:]\d|\w)"
                              r"(?![ \t]*(?:dự án|công trình|tỷ|triệu|ngày|tháng|năm|lần|km))")
# the number closing a unit's name ("Trường Trung cấp Kinh tế - Kỹ thuật số 2", "Bệnh viện Quân y số 7")
_UNIT_NUMBER_AFTER_RX = re.compile(r"[ \t]+số[ \t]+\d{1,3}(?![\d/.,:-]*\w)")
# heads whose bodies' names take the bare place name (a provincial paper, radio and television station)
_SHORT_PLACE_HEADS = frozenset({"Báo", "Đài Phát thanh và Truyền hình"})
# a task force for a merger names the provinces it joins (bodies.py _merged_provinces)
_MERGER_PURPOSE_RX = re.compile(r"\b(?:sap nhap|hop nhat|sap xep|thong nhat)\b")
_PROVINCE_JOIN_RX = rx(r"\s*(?:,|và|với)\s*")
_TF_LEVEL_RX = rx(r" (các cấp|cấp (?:tỉnh|huyện|xã))\b")
# a task force after a cue that makes it no clause's subject ("thành lập Ban Chỉ đạo …", "phối hợp với Tiểu ban …",
# body_cues.csv purpose_cue) and the function words its purpose may hold ("… nghề cá trên biển", purpose_glue)
_PURPOSE_CUE_RX = rx(r"(?<!\w)(?:" + alternation(_V.body_cues("purpose_cue")) + r")[ \t]+$")
_FOUNDING_CUE_RX = rx(r"(?<!\w)(?:" + alternation(_V.body_cues("founding_cue")) + r")[ \t]+$")
_PURPOSE_BREAK_RX = rx(r"(?:" + alternation(_V.body_cues("purpose_break")) + r")(?!\w)")
# what is reported to a team, not its topic ("báo cáo Tổ công tác về tình hình …")
_REPORTED_TOPIC_RX = rx(r"(?:tình hình|kết quả)(?!\w)")
# a time alone after a task force's head: the meeting's month or year ("Ban Chỉ đạo tháng 7"), not its purpose
_TIME_ONLY_RX = rx(r"(?:(?:tháng|quý|tuần) [\divx]+(?:[/-]\d{4})?|năm \d{4}"
                   r"|\d+ tháng(?: (?:đầu|cuối))?(?: năm)?(?: \d{4})?)")
_YEAR_IN_NAME_RX = rx(r"năm \d{4}(?!\w)")
_PURPOSE_GLUE_RX = rx(r"(?:" + alternation(_V.body_cues("purpose_glue")) + r")(?!\w)"
                      r"(?![ \t]+(?:đồng chí|ông|bà|các|địa bàn)\b)[ \t]*,?[ \t]*")
# (on the text) where a clause ends: a stop, a bracket, a new line, or a comma or "và" before a capital or "các"
_CLAUSE_END_RX = re.compile(r"[ \t]*(?:[.;:(\n]|$|,[ \t]*(?=[" + _CAPITALS + r"]|các\b|và\b)|[ \t]+và[ \t]+(?=["
                            + _CAPITALS + r"]|các\b))")
_TASK_VERB_RX = rx(r"(?<!\w)(?:" + alternation([*ACTION_VERBS, *OTHER_VERBS]) + r")(?!\w)")
_PURPOSE_CAC_RX = re.compile(r"các\s+(?=[^\W\d_])(?!cấp\b)")  # (folded text) "các" opening a task force's purpose
# (folded text) "… số 04/KL-HĐND", "… số 04/KL-HĐND ngày 05 tháng 01 năm 2021"
_NUMBER_AFTER_RX = re.compile(r"\s+số\s+\d+[\w/.-]*\w(?:,?\s+ngày\s+(?:\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}"
                              r"|\d{1,2}[/-]\d{1,2}[/-]\d{4}))?")
_DATE_IN_NAME_RX = re.compile(r",?\s+ngày\s+(?:\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}|\d{1,2}[/-]\d{1,2}[/-]\d{4})")
# "Ban Chỉ đạo (triển khai) thực hiện Chương trình …": a task force for carrying out a named programme
_PURPOSE_CARRY_RX = rx(r"(?:triển khai )?thực hiện (?=chương trình|nghị quyết|đề án|chỉ thị|kế hoạch|dự án|quy hoạch"
                       r"|kết luận|quyết định|thông báo|luật)")
_TERRITORY_RX = rx(r" trên địa bàn(?: (?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường))?\b")
_BASED_RX = rx(r"(?: đóng)?" + _TERRITORY_RX.pattern)
_MEMBERS_OF_RX = rx(r"các (đồng chí |cơ quan |đơn vị )?thành viên (?:của )?")
_BRIEFING_BEFORE_RX = rx(r"(?:hội nghị|họp|cuộc họp|buổi) giao $")
_NEXT_LEVEL_RX = rx(r"(?:, ?| và )(cấp (?:huyện|xã)\b)")
# what ends a clause, and an assigning verb after a unit's name (duty_words.csv, assign)
_CLAUSE_ENDS = ("\n", ". ", "; ", ": ")
_UNIT_SPEAKS_RX = rx(r" (?:(?:đã|vừa|cũng) )?(?:" + alternation(ASSIGN_VERBS) + r")\b")


def _form_key(form: str) -> str:
    """"TP. HCM", "TP.HCM" and "TPHCM" share a key."""
    return re.sub(r"[\s.]", "", fold(form))


# Written forms of a province that carry their own type word ("TP.HCM"), from place_aliases.csv
# (rows without a former name; former names are bare names, read like any province name).
_TYPED_FORMS = [a for a in _V.place_aliases() if a not in _V.former_province_names()]
_PROVINCE_FORM_RX = rx(r"(?:" + alternation(_TYPED_FORMS) + r")\b")
_PROVINCE_FORMS = {_form_key(a): _V.place_aliases()[a] for a in _TYPED_FORMS}
_TYPE_RX = rx(r"(?<!\w)(q|h|p|x|tx|tp)\.(?= ?\w)"  # "Q.1", "H.Long Hồ", "TX.Bình Minh", "TP.Vĩnh Long", "X.Tân Ngãi"
              r"|(thành phố|tp\.?|tx\.?|tỉnh|quận|huyện|thị xã|phường|xã|thị trấn|đặc khu)(?=\s|$|[,.;:)])")
# short type words: "TX Sa Pa", "Q.1", "H. Củ Chi", "P. Bến Nghé"
TYPE_SHORT_FORMS = _V.body_word_meanings("type_short_form")  # words/body_words.csv
# unit types a province's or district's units are listed by (unit_types.csv: below a province, and "thành phố")
_LOWER_TYPES = alternation([w for w, (level, _t) in _V.unit_types().items() if level != "province" and w != "đặc khu"]
                           + ["thành phố"])
# inside a list a bare "thị" is the thị xã ("các huyện, thị, thành phố"); the name writes it in full
_COUNT_WORDS = alternation([w for w, n in _V.number_words().items() if 2 <= n <= 20])
_COUNTED_RX = rx(r"(?:\d+|" + _COUNT_WORDS + r") ")  # "2 xã", "hai huyện": a count before unit types
_NAME_NEVER_ENDS_RX = re.compile(r"\s*(?<!\w)(?:việc|tình hình)\s*$")  # (folded) "Đoàn giám sát tình hình thực hiện …"
_BRACKETED_SHORT_RX = re.compile(r" ?\((?:[A-ZĐ][A-ZĐ&.\-]{1,9})\)")  # (as written) " (UBKT)", " (BCĐ)"
_SPELLED_COUNT_RX = rx(r"(?:" + _COUNT_WORDS + r") (?=\w)")  # "chín đơn vị": what a task force's verb counts
_PLURAL_RX = rx(r"(?:các |\d+ |(?:" + _COUNT_WORDS + r") )?((?:" + _LOWER_TYPES
                + r")(?:(?:,| và| -| ?/|(?<=thị\ xã)(?= thành phố)) ?(?:(?:"
                + _LOWER_TYPES
                + r"|đặc khu|tp|tx)(?! ?(?:ủy|đoàn)\b)|thị(?=,| và| (?!xã\b|trấn\b))|thành(?=,| và)))+)\b"
                r"|(?:các|\d+|" + _COUNT_WORDS + r") (quận|huyện|phường|xã)\b")
_PROVINCE_WORD_RX = rx(r"\b(?:tỉnh|tỉnh ủy|thành phố|thành ủy)\b")  # where a text may first speak of its province
_SINGLE_TYPE_RX = rx(r"(?:\d+ )?(?:" + _LOWER_TYPES + r")")
_BARE_THI_RX = re.compile(r"\bthị\b(?! ?(?:xã|trấn)\b)")  # "các huyện, thành, thị": the thị xã
_BARE_THANH_RX = re.compile(r"\bthành\b(?! ?phố\b)")  # … and the thành phố
# a number followed by a count word (instrument_words.csv, count_word) is a count, not a place's name
_COUNT_AFTER_RX = rx(r" ?(?:" + alternation(_V.instrument_words("count_word")) + r")(?!\w)")
_CAP_WORD_RX = re.compile(r"[^\W\d_][\w']*|\d+[A-Za-z]?")
_CAC_CAP_RX = rx(r"các cấp\b")
# every province: "các tỉnh, thành phố trực thuộc Trung ương", "các tỉnh/thành phố", "cấp tỉnh" in a central text
# a state head just before a plural of provinces: "UBND các tỉnh" is named as written
_STATE_HEAD_BEFORE_RX = rx(r"(?:ubnd|ủy ban nhân dân|hđnd|hội đồng nhân dân)\s*$")
# "các tỉnh, thành khu vực Bắc bộ": "thành" short for "thành phố" before a qualifier or the clause's end
# (not "Thành viên")
_SHORT_THANH = r"thành(?=\s*(?:[,;.:)]|$|khu vực|trực thuộc|ven|nêu|có|từ|trong|trên|phía|miền)\b)"
_PROVINCES_RX = rx(r"(?:các |\d+ )?tỉnh ?(?:,|/|và|-) ?(?:thành phố|" + _SHORT_THANH
                   + r"|tp)(?: trực thuộc (?:trung ương|tw))?\b")
# "UBND các tỉnh (có dự án đi qua)": a collective of provinces, its qualifier kept as written
_PROVINCE_QUALIFIERS = sorted(_V.body_words("province_qualifier"), key=len, reverse=True)
_SOME_PROVINCES_RX = rx(r"các tỉnh(?: (" + alternation(_PROVINCE_QUALIFIERS) + r"))?(?!\w)"
                        r"(?!,? ?(?:/|và|-)? ?(?:thành phố|" + _SHORT_THANH + r"|tp)\b)")
_UNIT_QUALIFIERS = sorted(_V.body_words("unit_qualifier"), key=len, reverse=True)
_UNIT_QUALIFIER_RX = rx(r" (" + alternation(_UNIT_QUALIFIERS) + r")(?!\w)")  # "các huyện ven biển"
_LIST_OPENER_RX = re.compile(r" ?: ?| (?=[A-ZĐÀ-Ỹ])")  # names follow: a colon, or a capitalised word
# "UBND cấp huyện", "HĐND cấp xã": every unit of that level
_LEVEL_RX = rx(r"cấp (tỉnh|huyện|xã)\b")
_LOCALITIES_RX = rx(r"các địa phương(?!\w)(?! (?:khác|liên quan|có liên quan|trực thuộc))")
# "hai cấp tỉnh và huyện" after a centre's head: the centres of several levels together
_LEVELS_COUNTED_RX = rx(r"(?:hai|ba|2|3) cấp\b")
_LEVEL_AFTER_RX = rx(r" cấp (xã|huyện|tỉnh)\b")
# "Thường trực" as written ("TT" too: body_heads.csv): in "Phó Chủ tịch TT UBND" it belongs to the title
_STANDING_FORMS = [form for h in _V.heads("sub_body") if h.head == "Thường trực" for form in h.forms]
_STANDING_WORD_RX = rx(r"(?:" + alternation(_STANDING_FORMS) + r")\b")
_PARTY_ORGANS_RX = rx(r"các cơ quan đảng\b")
_DIRECTLY_UNDER_RX = rx(r" trực thuộc\b")
_CENTRE_AFTER_RX = rx(r" trung ương\b")
_PRESS_CENTRE_RX = rx(r" (?:của )?trung ương\b")
_OF_RX = rx(r"của ")
_COUNCIL_WORD_RX = rx(r"(hđnd|hội đồng nhân dân)\b")
# council committee heads that also name another body ("Ban Dân tộc" of a province): never a bare council's
_SHARED_COMMITTEE_HEADS = {fold(h.head) for h in _V.heads("council_committee")} & {
    fold(h.head) for slot in ("agency", "sub_body", "task_force") for h in _V.heads(slot)}
_CUA_RX = rx(r"(?:" + alternation(_V.body_cues("owner_intro")) + r") ")


# the scanner's cues also hold the first word of every central body, agency and named-unit head
_FIRST_WORDS = sorted({match_form(w.split()[0]) for w in [*_NAT_ALIASES, *NATIONAL, *LOCAL_AGENCY_FORMS,
                                                          *NAMED_UNIT_HEADS, *ENTERPRISE_HEADS, *TASK_FORCE_HEADS,
                                                          *(f for h in _V.heads() for f in h.forms)]
                       if re.match(r"\w", w)})
# ... and counted units ("hai huyện"), the count being no head by itself
_HEAD_START_RX = re.compile(_HEAD_START_RX.pattern[:-len(r")(?!\w)")] + "|" + "|".join(map(re.escape, _FIRST_WORDS))
                            + r")(?!\w)|(?<!\w)" + _COUNTED_UNITS_RX.pattern.split(")?", 1)[1])


class BodyFinder:
    """Finds body mentions in one document."""

    def __init__(self, text: str, folded: str, namer: Namer, gaz: Gazetteer, home: Place | None,
                 local: Place | None = None):
        self.t = text
        self.f = folded
        self.namer = namer
        self.gaz = gaz
        self.home = home
        # the district / commune the document is about, then the units it lies in
        self.locals: list[Place] = []
        while local is not None and local not in self.locals and local.level != "province":
            self.locals.append(local)
            local = gaz.parent_of(local)
        self._from_above: bool | None = None
        self._focal: list[Place] | None = None  # the one district a provincial text is about, if any
        self._last_department: Body | None = None  # the last "Sở X" named (find_all): a bare "Sở" refers back
        self._variant_of: dict[str, Body] = {}
        self._listed_provinces: set[int] = set()  # ends of "các tỉnh A" (more names may follow)
        self._listed_units: dict[int, set[str]] = {}  # ends of "các huyện: A" -> the levels the list names
        self._listed_types: dict[int, frozenset[str]] = {}  # … and the unit types its type words name
        self._local_groups: list[Body] = []  # "UBND các huyện, thành phố" groups named so far, in order
        self._groups: dict[str, tuple[frozenset[str], tuple[str, ...], str]] = {}  # name -> members, quals, place
        self.vague: set[str] = set()  # IRIs of groups of unspecified agencies and localities
        self._list_placed: set[int] = set()  # heads whose place comes after a list ("HĐND, UBND huyện X")
        self._party_affairs_owners: list[Body] | None = None  # _party_affairs_named_in_full, once read
        self.named_lower = self._named_lower_units()
        self.party_parts: list[str] = []
        self.party_word = "cấp ủy"  # "cấp ủy đảng" when a text writes the committees so and lists no other part
        self.nested: list[Mention] = []  # bodies named inside other names ("Đảng ủy UBND thành phố")
        self.party_collective: Body | None = None
        self.task_forces: list[Body] = []  # named so far, for later short references

    # ----- scanning ------------------------------------------------------------------------
    def find_all(self) -> list[Mention]:
        mentions: list[Mention] = []
        self._collect_party_parts()
        self._collect_collective_variants()
        self._list_heads: list[tuple[int, int]] = []
        self._continued_at: int | None = None  # where a list cut by a binding qualifier goes on (find_all)
        self._pending: list[Mention] = []  # further mentions a parser read with the one it returns (find_all)
        self._last_department = None
        listed = self._stem_lists()
        listed += self._shared_stems([(x.start, x.end) for x in listed])
        spans = sorted({(m.start, m.end) for m in listed} | set(self._list_heads))
        covered = [(a, b) for a, b in _merge_spans(spans)]
        i, n = 0, len(self.f)
        while i < n:
            m = _HEAD_START_RX.search(self.f, i)
            if not m:
                break
            inside = next(((a, b) for a, b in covered if a <= m.start() < b), None)
            if inside is not None:
                i = inside[1]
                continue
            self._continued_at = None
            self._pending = []
            found = self.parse(m.start())
            if found is not None and _PHOTO_CREDIT_RX.search(self.f, max(0, found.start - 40), found.start):
                i = found.end  # "Ảnh: Báo Cà Mau", "Ảnh: Nhựt An - TTXVN": a photo's credit, not a body of the text
                continue
            if found is not None:
                mentions.append(found)
                if found.body.kind == "department" and found.body.name.startswith("Sở "):
                    self._last_department = found.body  # what a later bare "Sở" refers back to
                i = found.end
                for extra in self._pending:  # the second body of "các ban, tổ HĐND huyện"
                    mentions.append(extra)
                    i = max(i, extra.end)
                cont = self._continued_at
                nxt = self._member_list(cont, cont) if cont is not None and cont >= found.end else None
                if nxt is not None and nxt[0] is not None:  # the second group of "các hội, đoàn thể, đơn vị …"
                    mentions.append(Mention(cont, nxt[1], self.t[cont:nxt[1]], nxt[0]))
                    i = nxt[1]
                for extra in self._shared_head(found):  # "UBND huyện Long Mỹ, TP Vị Thanh"
                    mentions.append(extra)
                    i = extra.end
                unit = self._unit_in_brackets(found)
                if unit is not None:  # "gửi về Bộ Y tế (Vụ Kế hoạch - Tài chính)"
                    mentions.append(unit)
                    i = unit.end
            else:
                i = m.end()
        mentions.extend(listed)
        mentions.extend(self._speaking_units([(x.start, x.end) for x in mentions]))
        mentions.extend(self._secretaries_beside_chairs(mentions))
        mentions.sort(key=lambda x: x.start)
        self._mark_bare(mentions)
        self._sectors_in_passing(mentions)
        return mentions

    def _sectors_in_passing(self, mentions: list[Mention]) -> None:
        """A department named only as its sector in lower case ("khó khăn của ngành y tế", "ngành giáo dục chuẩn bị
        …") is a body where a duty or a report names it ("chỉ đạo ngành y tế chủ trì …"), not a body of the text."""
        sector_only: dict[str, bool] = {}
        for x in mentions:
            by_sector = self.t[x.start:x.start + 1].islower() and _SECTOR_RX.match(self.f, x.start) is not None
            sector_only[x.body.iri] = sector_only.get(x.body.iri, True) and by_sector
        self.vague.update(iri for iri, only in sector_only.items() if only)

    def _secretaries_beside_chairs(self, mentions: list[Mention]) -> list[Mention]:
        """"Bí thư, Chủ tịch UBND tỉnh X", "các bí thư, chủ tịch UBND các tỉnh nêu trên": the secretaries named
        beside the chairs speak for the party committees of the same provinces."""
        out: list[Mention] = []
        for m in mentions:
            if m.body.kind != "peoples_committee" or m.body.level != "province":
                continue
            sec = _SECRETARY_BESIDE_CHAIR_RX.search(self.f, max(0, m.start - 30), m.start)
            if sec is None:
                continue
            if not m.body.collective and m.body.unit is not None:
                committee = self.namer.committee(m.body.unit)
            elif m.body.collective and m.body.name.startswith("Ủy ban nhân dân các tỉnh, thành phố "):
                area = m.body.name.removeprefix("Ủy ban nhân dân các tỉnh, thành phố ")
                committee = self.namer.other(f"Các tỉnh ủy, thành ủy {area}", "party_committee", "province",
                                             None, None, True)
            else:
                continue
            out.append(Mention(sec.start(1), sec.end(1), self.t[sec.start(1):sec.end(1)], committee))
        return out

    def _mark_bare(self, mentions: list[Mention]) -> None:
        """A body only ever written as its bare head ("UBND", "HĐND", "Đảng ủy", no type word or place)
        is named in passing ("có thêm phó chủ tịch UBND", "phường này tổ chức họp HĐND", "Thường trực
        Đảng ủy, Thường trực HĐND"): declared only where it holds a duty, a report or a post."""
        bare = {m.body.iri for m in mentions if _is_bare(m.surface) and m.start not in self._list_placed}
        named = {m.body.iri for m in mentions if not _is_bare(m.surface) or m.start in self._list_placed}
        self.vague |= bare - named

    def _unit_in_brackets(self, found: Mention) -> Mention | None:
        """"Bộ Y tế (qua Vụ Kế hoạch - Tài chính)": a unit of a central body written in brackets after it."""
        if found.body.level != "central" or found.body.collective:
            return None
        m = _BRACKETED_UNIT_RX.match(self.t, found.end)
        if not m:
            return None
        name = f"{re.sub(r'[ ]*[-–][ ]*', ' - ', ' '.join(m.group(1).split()))}, {found.body.name}"
        kind = "party_commission" if found.body.kind.startswith("party") else "department"
        return Mention(m.start(1), m.end(1), m.group(1), self.namer.other(name, kind, "central", found.body, None))

    def _speaking_units(self, taken: list[tuple[int, int]]) -> list[Mention]:
        """"TP.HCM yêu cầu …", "Tỉnh Gia Lai giao …": a unit opening a clause as the subject of an
        assigning verb speaks through its People's Committee."""
        out: list[Mention] = []
        for v in _UNIT_SPEAKS_RX.finditer(self.f):  # verbs are rarer than clause starts: look back from each
            lo = max(0, v.start() - 50)
            cut = max((p + len(c) for c in _CLAUSE_ENDS if (p := self.f.rfind(c, lo, v.start())) >= 0),
                      default=0 if lo == 0 else -1)
            k = _skip_space(self.f, cut) if cut >= 0 else -1
            if k < 0 or any(a <= k < b for a, b in taken) or not self.t[k:k + 1].isupper():
                continue
            place, end = self.place(k, allow_bare_name=True, bare_words=False)
            if isinstance(place, Place) and end == v.start():
                out.append(Mention(k, end, self.t[k:end], self.namer.people_committee(place)))
        return out

    def _province_name(self, k: int) -> tuple[Place | None, int]:
        """A province named at ``k`` in a list of provinces: bare ("Quảng Trị", longest first), or with
        its own type word or short form ("…: Hà Nội, Thành phố Hồ Chí Minh, Bình Định", "TP.HCM")."""
        form = _PROVINCE_FORM_RX.match(self.f, k)
        if form and _form_key(form.group(0)) in _PROVINCE_FORMS:
            return self.gaz.province(_PROVINCE_FORMS[_form_key(form.group(0))], self.namer.day), form.end()
        typed = _LISTED_TYPE_RX.match(self.f, k)
        if typed and self.t[typed.end():typed.end() + 1].isupper():
            k = typed.end()
        names = self._cap_words(k, 4)
        for count in range(len(names), 0, -1):
            prov = self.gaz.province(self.t[k:names[count - 1][1]], self.namer.day)
            if prov is not None:
                return prov, names[count - 1][1]
        return None, k

    def units_listed_after(self, end: int, levels: set[str], hi: int) -> tuple[list[Place], int]:
        """Units of ``levels`` named without their type word after one ending at ``end`` ("huyện Kiến Xương và
        Tiền Hải"), up to ``hi``, and where the list ends."""
        out: list[Place] = []
        while (sep := _LIST_SEP_RX.match(self.f, end)) is not None:
            unit, nxt = self._lower_name(sep.end(), levels)
            if unit is None or nxt > hi:
                break
            out.append(unit)
            end = nxt
        return out, end

    def _lower_name(self, k: int, levels: set[str], types: frozenset[str] = frozenset()) -> tuple[Place | None, int]:
        """A bare name of a unit of the home province at ``k`` ("Dầu Tiếng"), of one of ``levels``
        (of ``types`` first: "các huyện Cai Lậy" is the huyện, not the thị xã)."""
        if self.home is None or not self.t[k:k + 1].isupper():
            return None, k
        names = self._cap_words(k, 4)
        for count in range(len(names), 0, -1):
            for level in sorted(levels):
                unit = self.gaz.unit_in(self.home.province_code, self.t[k:names[count - 1][1]], self.namer.day, level,
                                        types)
                if unit is not None:
                    return unit, names[count - 1][1]
        return None, k

    def _own_province_after(self, end: int, place: Place) -> int:
        """Past ", Tiền Giang" when the province the unit lies in follows it without its type word."""
        comma = _COMMA_RX.match(self.f, end)
        if comma is None or not self.t[comma.end():comma.end() + 1].isupper():
            return end
        prov, nxt = self._province_name(comma.end())
        return nxt if prov is not None and prov.province_code == place.province_code else end

    def _names_follow(self, end: int, level: str, exact: bool = False) -> bool:
        """Whether a bare name of another unit of ``level`` of the home province follows ``end``
        (", Bình Đại"), not the name of a province ("huyện Châu Thành, Tiền Giang"); ``exact``: written with the
        unit's own diacritics (", Chủ tịch" folds to the town Chũ)."""
        sep = _LIST_SEP_RX.match(self.f, end)
        if sep is None or self.home is None:
            return False
        unit, nxt = self._lower_name(sep.end(), {level})
        written = self.t[sep.end():nxt]
        return unit is not None and self.gaz.province(written, self.namer.day) is None \
            and (not exact or tone_fold(unit.short) == tone_fold(written))

    def _provinces_listed_before(self, j: int) -> list[Place]:
        """The provinces of the last list "các tỉnh A, B và C" written before ``j``."""
        for m in reversed(list(_PROVINCE_LIST_RX.finditer(self.f, 0, j))):
            out: list[Place] = []
            place, end = self._province_name(m.end())
            while place is not None:
                out.append(place)
                sep = _LIST_SEP_RX.match(self.f, end)
                if not sep:
                    break
                place, end = self._province_name(sep.end())
            if len(out) > 1:
                return list(dict.fromkeys(out))
        return []

    def _counted_units(self, j: int):
        """"UBND hai địa phương", "yêu cầu hai huyện …", "lãnh đạo 3 địa phương": units counted where a body is
        expected stand for their People's Committees: the ones named right after ("hai huyện Kiến Xương và Tiền
        Hải"), else the last ones of that level the text named before. No reading unless the count matches."""
        m = _COUNTED_UNITS_RX.match(self.f, j)
        if not m or self.home is None or not (_COUNT_HEAD_RX.match(self.f, j) or _ASSIGNED_BEFORE_RX.search(
                self.f, max(0, j - 24), j)):
            return None  # "các xã thuộc 2 huyện Tiền Hải và Kiến Xương" are places
        n = int(m.group(1)) if m.group(1).isdigit() else _UNIT_COUNTS.get(m.group(1), 0)
        word = fold(m.group(2))
        levels = {"district", "commune"} if word == "dia phuong" else {"district"} if word == "thanh pho" \
            else {UNIT_TYPE_WORDS[word][0]}  # "hai thành phố" of a province: its cities
        end = m.end()
        units: list[Place] = []
        first, nxt = self.place(m.start(2), allow_bare_name=False) if word != "dia phuong" else (None, end)
        if isinstance(first, Place) and first.level in levels and nxt > end:
            # "hai huyện Kiến Xương và Tiền Hải", "2 phường Đông Hà, Nam Đông Hà"
            others, end = self.units_listed_after(nxt, levels, len(self.f))
            units = [first, *others]
        if not units:
            units = self._units_named_before(j, levels)[-n:]
        units = list(dict.fromkeys(units))
        if len(units) != n:
            return None
        bodies = [self.namer.people_committee(u) for u in units]
        self._pending.extend(Mention(j, end, self.t[j:end], b) for b in bodies[1:])
        return bodies[0], end

    def _units_named_before(self, j: int, levels: set[str]) -> list[Place]:
        """The units of ``levels`` of the home province the text named with their type word before ``j``, in order
        of their last naming."""
        out: list[Place] = []
        for m in _UNIT_WORD_RX.finditer(self.f, 0, j):
            if not (self.t[m.end():m.end() + 1].isupper() or self.t[m.end():m.end() + 1].isdigit()):
                continue  # "xã này", "huyện đã …": no name follows
            place, _ = self.place(m.start(), allow_bare_name=False)
            place = self.resolve_place(place)
            if isinstance(place, Place) and place.level in levels and self.home is not None \
                    and place.province_code == self.home.province_code:
                if place in out:
                    out.remove(place)
                out.append(place)
        return out

    def more_listed(self, end: int) -> tuple[list[Place], int]:
        """The further places of a list opened by "các tỉnh: A" or "các huyện A" that ends at ``end``
        ("…, B và C"), and where the list ends."""
        out: list[Place] = []
        levels = self._listed_units.get(end)
        if end not in self._listed_provinces and not levels:
            return out, end
        while True:
            sep = _LIST_SEP_RX.match(self.f, end)
            if not sep:
                break
            place, nxt = (self._lower_name(sep.end(), levels, self._listed_types.get(end, frozenset())) if levels
                          else self._province_name(sep.end()))
            if place is None:
                break
            out.append(place)
            end = nxt
        return out, end

    def _listed_party_bodies(self, found: Mention) -> list[Mention]:
        """The same party body of each further province listed after the first ("Tỉnh ủy 2 tỉnh A và B")."""
        out: list[Mention] = []
        pos = found.end
        while pos in self._listed_provinces or out:
            sep = _LIST_SEP_RX.match(self.f, pos)
            prov, end = self._province_name(sep.end()) if sep else (None, pos)
            if prov is None or sep is None:
                break
            committee = self.namer.committee(prov)
            kind = found.body.kind
            other = (committee if kind == "party_committee" else self.namer.standing_board(committee)
                     if kind == "party_standing_board" else self.namer.standing_members(committee))
            out.append(Mention(sep.end(), end, self.t[sep.end():end], other))
            pos = end
        return out

    def _listed_party_groups(self, found: Mention) -> list[Mention]:
        """After "9 đảng đoàn, 3 ban cán sự đảng gồm:" the head is written once per kind: "Đảng đoàn HĐND tỉnh, Ủy
        ban MTTQ tỉnh, Hội Nông dân tỉnh; Ban cán sự đảng UBND tỉnh, Tòa án nhân dân tỉnh" names seven groups. Without
        the count the bodies after the first are themselves ("Ban cán sự đảng UBND tỉnh, Tòa án tỉnh họp …")."""
        head = next((h for h, kind in _GROUP_HEADS_SHARED.items() if kind == found.body.kind), None)
        opening = max(self.f.rfind(". ", 0, found.start), self.f.rfind("\n", 0, found.start))
        if head is None or not _GROUPS_COUNTED_RX.search(self.f, opening + 1, found.start):
            return []
        out: list[Mention] = []
        pos = found.end
        while (sep := _GROUP_LIST_SEP_RX.match(self.f, pos)) is not None:
            nxt = self.parse(sep.end())
            if nxt is None or nxt.body.collective or nxt.body.kind not in _GROUP_HOSTS:
                break
            out.append(Mention(nxt.start, nxt.end, nxt.surface, self.namer.party_group(head, nxt.body)))
            pos = nxt.end
        return out

    def _shared_head(self, found: Mention) -> list[Mention]:
        """Places listed after a People's Committee or Council each get the same head: "UBND huyện A,
        thị xã B và TP C" names three committees, "UBND các tỉnh A, B, C" three provinces'."""
        body = found.body
        if body.kind in ("party_delegation", "party_affairs_committee"):
            return self._listed_party_groups(found)
        if body.kind in _PROVINCE_PARTY_KINDS and body.unit is not None and body.unit.level == "province":
            return self._listed_party_bodies(found)  # "Ban Thường vụ Tỉnh ủy 3 tỉnh Lâm Đồng, Bình Thuận và Đắk Nông"
        local_party = body.kind in _LOCAL_PARTY_KINDS and not body.collective and body.unit is not None \
            and body.unit.level in ("district", "commune")  # "Đảng bộ các xã: A, B", "Đảng ủy xã A, xã B"
        if body.kind not in ("peoples_committee", "peoples_council") and not local_party:
            return []
        head = "ubnd" if body.kind == "peoples_committee" else "hdnd"
        if body.collective:  # "UBND cấp huyện, cấp xã": every unit of each level
            nxt = _NEXT_LEVEL_RX.match(self.f, found.end)
            if nxt is None:
                return []
            level = self.place(nxt.start(1))
            group = self._plural_state(head, level[0]) if isinstance(level[0], Plural) else None
            return [Mention(nxt.start(1), level[1], self.t[nxt.start(1):level[1]], group)] if group else []
        if body.unit is None:
            return []
        out: list[Mention] = []
        pos = found.end
        if body.unit.level == "province":
            while found.end in self._listed_provinces:
                sep = _LIST_SEP_RX.match(self.f, pos)
                prov, end = self._province_name(sep.end()) if sep else (None, pos)
                if prov is None or sep is None:
                    break
                other = self._same_head(body, prov)
                out.append(Mention(sep.end(), end, self.t[sep.end():end], other))
                pos = end
            return out
        levels = self._listed_units.get(found.end)
        types = self._listed_types.get(found.end, frozenset())
        while levels:  # "UBND các huyện: A, B và C"
            sep = _LIST_SEP_RX.match(self.f, pos)
            unit, end = self._lower_name(sep.end(), levels, types) if sep else (None, pos)
            if unit is None or sep is None:
                break
            other = self._same_head(body, unit)
            out.append(Mention(sep.end(), end, self.t[sep.end():end], other))
            pos = end
        last = body.unit
        while True:  # "… và thị xã B": a unit written with its type word continues the list
            sep = _PLACE_SEP_RX.match(self.f, pos)
            if not sep:
                break
            place, end = self.place(sep.end(), allow_bare_name=False, bare_words=False)
            if not isinstance(place, Place) or place.level == "province":
                break
            if last is not None and last.parent_iri is not None and place.iri == last.parent_iri \
                    and sep.group(0).startswith(","):
                pos = end  # "UBND phường Bến Nghé, Quận 1": where the ward lies, not a second committee
                continue
            last = place
            other = self._same_head(body, place)
            out.append(Mention(sep.end(), end, self.t[sep.end():end], other))
            pos = end
            while (more := _LIST_SEP_RX.match(self.f, pos)) is not None:  # "…, huyện Châu Thành, Châu Phú, Thoại Sơn"
                unit, end = self._lower_name(more.end(), {place.level}, frozenset({place.unit_type}))
                if unit is None:
                    break
                other = self._same_head(body, unit)
                out.append(Mention(more.end(), end, self.t[more.end():end], other))
                pos = end
        sep = _PLURAL_SEP_RX.match(self.f, pos) if not local_party else None
        place, end = self.place(sep.end(), allow_bare_name=False, bare_words=False) if sep else (None, pos)
        if sep and isinstance(place, Plural):
            # "UBND thành phố Thủ Đức và các quận, huyện": the same head for every unit of that level
            group = self._plural_state("ubnd" if body.kind == "peoples_committee" else "hdnd", place)
            if group is not None:
                out.append(Mention(sep.end(), end, self.t[sep.end():end], group))
        elif sep and isinstance(place, Place) and place.level != "province":
            # "UBND thành phố Châu Đốc, các huyện Châu Thành, Châu Phú": the named units of that level too
            named = [(sep.end(), end, place)]
            levels, types = self._listed_units.get(end), self._listed_types.get(end, frozenset())
            while levels and (more := _LIST_SEP_RX.match(self.f, end)) is not None:
                unit, after = self._lower_name(more.end(), levels, types)
                if unit is None:
                    break
                named.append((more.end(), after, unit))
                end = after
            for start, stop, unit in named:
                other = self._same_head(body, unit)
                out.append(Mention(start, stop, self.t[start:stop], other))
        return out

    def _same_head(self, body: Body, unit: Place) -> Body:
        """The committee or council of ``unit``, as ``body`` is of its own (a head shared along a list); a
        commune's party organisation keeps the word the list was written with ("Đảng bộ xã A, B")."""
        committee = _party_committee_of(body)
        if committee is not None and committee is not body and committee.unit is not None \
                and body.name.endswith(f" {committee.name}"):
            # "Ban Thường vụ Huyện ủy các huyện: A, B": each unit's committee's own organ
            organ = body.name[:-len(committee.name) - 1]
            own = self._same_head(committee, unit)
            if body.kind == "party_standing_board":
                return self.namer.standing_board(own)
            if body.kind == "party_standing_members":
                return self.namer.standing_members(own)
            return self.namer.commission(organ, own)
        if body.kind == "party_committee":
            if unit.level == "commune" and body.name.startswith("Đảng bộ "):
                district = self.gaz.parent_of(unit)
                parent = self.namer.committee(district) if district else self._home_committee()
                return self.namer.other(f"Đảng bộ {unit.display()}", "party_committee", "commune", parent, unit)
            return self.namer.committee(unit)
        return self.namer.people_committee(unit) if body.kind == "peoples_committee" else self.namer.council(unit)

    def _collect_collective_variants(self) -> None:
        """"các sở, ngành" and later "các sở, ngành liên quan" in one document are one group: the
        qualified wording maps to the plain one when the document also uses that."""
        self._variant_of = {}
        names: dict[str, Body] = {}
        for m in _CAC_RX.finditer(self.f):
            got = self._member_list(m.start(), m.end())
            if got is not None and got[0] is not None:
                names.setdefault(got[0].name, got[0])
        qualified: dict[str, list[str]] = {}  # plain name -> its qualified wordings
        for name in names:
            for qualifier in _DEPT_VARIANT_QUALIFIERS:
                plain = name.replace(f" {qualifier} ", " ", 1)
                if plain != name:
                    qualified.setdefault(plain, []).append(name)
                    break
        for plain, variants in qualified.items():
            if plain not in names and len(variants) >= 2:  # "… chức năng" and "… liên quan": the plain group
                b = names[variants[0]]
                names[plain] = self.namer.other(plain, b.kind, b.level, b.parent, b.unit, True)
            if plain in names:
                for name in variants:
                    self._variant_of[name] = names[plain]
        # "các ngành" beside "các sở, ban, ngành": the fewer members name the same departments
        for name, (words, _quals, where) in self._groups.items():
            if name in self._variant_of or not words <= _DEPT_WORDS:
                continue
            wider = sorted((bool(q), n) for n, (w, q, p) in self._groups.items()
                           if n != name and p == where and words < w and w <= _DEPT_WORDS)
            if wider and wider[0][1] in names:
                target = names[wider[0][1]]
                self._variant_of[name] = self._variant_of.get(target.name, target)

    def _stem_item(self, pos: int, ministry: bool) -> re.Match[str] | None:
        """One stem of a list at ``pos``; where a comma inside it ends a whole stem, the stem ends there ("Tài chính,
        Kế hoạch và Đầu tư" is two departments, not the district division "Tài chính - Kế hoạch")."""
        pattern = _MINISTRY_ITEM_RX if ministry else _DEPT_ITEM_RX
        item = pattern.match(self.f, pos)
        comma = self.f.find(",", pos, item.end()) if item else -1
        if item and comma > 0:
            first = pattern.match(self.f, pos, comma)
            if first and first.end() == comma:
                return first
        return item

    def _shared_stems(self, taken: list[tuple[int, int]]) -> list[Mention]:
        """"Bộ Y tế, Tài chính và Công an", "Sở Nội vụ, Tài chính, Xây dựng tỉnh X": capitalised stems listed after
        one written head are a ministry or department each (of the place after the last, else of the document's
        province); a single stem is read by the body grammar as usual."""
        out: list[Mention] = []
        for m in _SHARED_STEM_HEAD_RX.finditer(self.f):
            if not self.t[m.start()].isupper() or any(a <= m.start() < b for a, b in taken):
                continue
            ministry = fold(m.group(1)) == "bo"
            items: list[re.Match[str]] = []
            pos = m.end()
            while (item := self._stem_item(pos, ministry)) is not None and self.t[pos].isupper():
                items.append(item)
                sep = _STEM_ITEM_SEP_RX.match(self.f, item.end())
                if not sep or not self.t[sep.end():sep.end() + 1].isupper():
                    break
                pos = sep.end()
            whole = (_MINISTRY_RX if ministry else _DEPT_RX).match(self.f, m.start())
            if len(items) < 2 or self.f.startswith(" (", items[-1].end()) or (whole and whole.end() > items[0].end()):
                continue  # "Sở Giáo dục, Khoa học và Công nghệ (GD-KHCN)": one merged department, named so
            place, end = self.place(items[-1].end()) if not ministry else (None, items[-1].end())
            place = self.resolve_place(place) if place is not None else None
            unit = place if isinstance(place, Place) and place.level == "province" else self.home
            if not ministry and unit is None:
                continue
            last = end if isinstance(place, Place) and place.level == "province" else items[-1].end()
            for n, item in enumerate(items):
                stem = _canonical(item.group(1), [*MINISTRY_NAMES, *DEPARTMENT_NAMES])
                body = (self.namer.ministry(_canonical(stem, MINISTRY_NAMES)) if ministry or unit is None
                        else self.namer.department("Sở", stem, unit))
                start, stop = (m.start() if n == 0 else item.start()), (last if n == len(items) - 1 else item.end())
                out.append(Mention(start, stop, self.t[start:stop], body))
            self._list_heads.append((m.start(), last))
        return out

    def _stem_lists(self) -> list[Mention]:
        """"các Bộ: Quốc phòng, Công an, Ngoại giao", "các Sở, ngành: Nội vụ, Y tế, …": each stem is a
        body of its own (a ministry, or a department of the document's province)."""
        out: list[Mention] = []
        for m in _STEM_LIST_RX.finditer(self.f):
            bare = m.group(4) is not None  # no colon: the first stem must be capitalised, a stem
            such_as = m.group(3) is not None  # "các sở như Nội vụ, …": so must the first after "như"
            if (bare or such_as) and not (self.t[m.end()].isupper() and _STEM_ITEM_RX.match(self.f, m.end())):
                continue
            word = m.group(1) or m.group(2) or m.group(3) or m.group(4)
            generic = fold(word).startswith(("don vi", "co quan", "nganh"))
            if generic and (self.home is None or not _DEPT_ITEM_RX.match(self.f, m.end())):
                continue  # "các đơn vị: Y tế, Công an thành phố, …": sectors named bare are the unit's departments
            ministry = fold(word).startswith("bo")
            head = "Sở" if fold(word).startswith("so") or (generic and not self.locals) else "Phòng"
            place = self.home if head == "Sở" else (self.locals[0] if self.locals else None)
            every = not ministry and head == "Sở" and place is None  # a central text: every province's department
            if not ministry and place is None and not every:
                continue
            pos = m.end()
            while True:
                item = self._stem_item(pos, ministry)
                if item:
                    stem = _canonical(item.group(1), [*MINISTRY_NAMES, *DEPARTMENT_NAMES])
                    body = (self.namer.ministry(_canonical(stem, MINISTRY_NAMES)) if ministry
                            else self._provinces_department(stem, "tỉnh, thành phố") if place is None
                            else self.namer.department(head, stem, place))
                    found = Mention(item.start(), item.end(), self.t[item.start():item.end()], body)
                else:  # a whole name among the stems: "các sở, ngành: Công an tỉnh, Y tế, …"
                    whole = self.parse(pos) if self.t[pos:pos + 1].isupper() else None
                    if whole is None or whole.body is None:
                        break
                    found = whole
                if not out or out[-1].end < m.start():
                    self._list_heads.append((m.start(), m.end()))  # "các Bộ:" is no collective
                    if bare or such_as:  # "các Sở Y tế": the plural head is part of the first name
                        found = Mention(m.start(), found.end, self.t[m.start():found.end], found.body)
                out.append(found)
                if not item:  # "… và UBND các tỉnh: A, B": the whole name's shared head reaches on
                    out.extend(self._shared_head(found))
                    found = out[-1]
                sep = (_STEM_ITEM_SEP_RX if bare else _LIST_SEP_RX).match(self.f, found.end)  # "các sở: A; B"
                if not sep:
                    break
                pos = sep.end()
        return out

    def parse(self, j: int) -> Mention | None:
        """The longest mention starting at ``j``, or None."""
        if j > 0 and _SKIP_BEFORE_RX.search(self.f, max(0, j - 20), j) and self._is_title_context(j):
            return None
        if _BRIEFING_BEFORE_RX.search(self.f, max(0, j - 20), j):
            return None  # "Hội nghị giao ban Bí thư các chi bộ": a briefing of secretaries, not the Secretariat
        for parser in (self._counted_units, self._members_without_cac, self._party_and_state, self._standing_office,
                       self._tf_standing,
                       self._members_of, self._lower_committees, self._collective, self._regional, self._front_standing,
                       self._council_committee, self._deputies_group, self._investigators, self._agency,
                       self._national, self._vu, self._sub_body, self._party_group, self._dang_bo, self._chi_bo,
                       self._committee, self._state, self._department, self._department_again, self._inspectorate,
                       self._task_force,
                       self._academy, self._psu, self._named_unit_or_association, self._enterprise, self._competent):
            got = parser(j)
            if got is not None:
                body, end = got
                if body is None:
                    return None
                former = _FORMER_MARK_RX.match(self.f, end)
                if former is not None:  # "UBND tỉnh Bình Phước (cũ)": the body before the merger, named so
                    mark = former.group(1) or former.group(2)
                    body = self.namer.other(f"{body.name} ({mark})", body.kind, body.level, body.parent, body.unit,
                                            body.collective)
                    end = former.end()
                return Mention(j, end, self.t[j:end], body)
        return None

    def _department_again(self, j: int):
        """A bare "Sở" as a subject ("Sở và huyện có trách nhiệm …", "Sở cũng đề nghị …"): the department named last."""
        m = _BARE_DEPARTMENT_RX.match(self.f, j)
        if not m or self._last_department is None or not self.t[j].isupper():
            return None
        return self._last_department, m.end()

    def _investigators(self, j: int):
        """"Cơ quan Cảnh sát điều tra Công an tỉnh", "Cơ quan CSĐT công an tỉnh", "Cơ quan điều tra Công an tỉnh",
        "Cơ quan An ninh điều tra …": the police's investigation agencies, named as written."""
        m = _INVESTIGATORS_RX.match(self.f, j)
        if not m or not self.t[j].isupper():
            return None
        police = self._agency(_skip_space(self.f, m.end()), inside=True)
        if police is None or police[0] is None or not fold(police[0].name).startswith("cong an"):
            return None
        body, end = police
        which = _INVESTIGATOR_NAMES.get(fold(m.group(1)), " ".join(self.t[m.start(1):m.end(1)].split()))
        return self.namer.other(f"Cơ quan {which} {body.name}", "other", body.level, body, body.unit), end

    def _members_without_cac(self, j: int):
        """A group written without "các": the heads of the ministries ("Bộ trưởng, Thủ trưởng cơ quan ngang bộ,
        Thủ trưởng cơ quan thuộc Chính phủ") or of several members after a head noun ("thủ trưởng sở, ban,
        ngành"); named as their group ("Các bộ, cơ quan ngang bộ, …", "Các sở, ban, ngành tỉnh X"). A lone
        member ("Giám đốc Sở …") is a body of its own."""
        if not _MINISTERS_RX.match(self.f, j) and not (
                _HEAD_WORD_BEFORE_RX.search(self.f, max(0, j - 20), j) and _TWO_MEMBERS_RX.match(self.f, j)):
            return None
        got = self._member_list(j, j)
        return got if got is not None and got[0] is not None else None

    def _party_and_state(self, j: int):
        """"cấp ủy, chính quyền huyện Trần Đề", "cấp ủy, chính quyền xã": the unit's party committee and its
        People's Committee, two bodies addressed together."""
        m = _PARTY_AND_STATE_RX.match(self.f, j)
        if not m:
            return None
        place, end = self.place(m.end(), allow_bare_name=False)
        if not isinstance(place, Place) or end <= m.end():
            word = BARE_TYPE_WORD_RX.match(self.f, m.end())
            place = self.bare_unit(m.end(), word.group(1)) if word else None
            end = word.end() if word else end
        if not isinstance(place, Place):
            return None
        self._pending.append(Mention(m.start(2), end, self.t[m.start(2):end], self.namer.people_committee(place)))
        return self.namer.committee(place), m.end(1)

    def _standing_office(self, j: int):
        """"Văn phòng thường trực Ban Chỉ đạo …", "Văn phòng Ban An toàn giao thông tỉnh": the office that serves a
        task force (or the traffic safety board), a body of its own."""
        m = _STANDING_OFFICE_RX.match(self.f, j)
        if not m or not self.t[j].isupper():
            return None
        inner = self._task_force(m.end()) or self._agency(m.end())  # "Văn phòng Ban An toàn giao thông tỉnh"
        if inner is None or inner[0] is None or inner[0].collective:
            return None
        body, end = inner
        self._nest(m.end(), end, body)
        head = " ".join(self.t[j:m.end()].split())
        return self.namer.other(f"{head} {body.name}", "department", body.level, body, body.unit), end

    def _tf_standing(self, j: int):
        """"Thường trực Ban Chỉ đạo phòng, chống dịch tỉnh": the standing part of a task force, a body of its own."""
        m = _TF_STANDING_RX.match(self.f, j)
        if not m or not self.t[j].isupper() or _TF_STANDING_BEFORE_RX.search(self.f, max(0, j - 12), j):
            return None
        inner = self._task_force(m.end())
        if inner is None or inner[0] is None or inner[0].collective or len(inner[0].name.split()) <= 3:
            return None  # a bare "Thường trực Ban Chỉ đạo": which one is unknown
        body, end = inner
        self._nest(m.end(), end, body)
        return self.namer.other(f"Thường trực {body.name}", "task_force", body.level, body, body.unit), end

    def _members_of(self, j: int):
        """"các thành viên Chính phủ", "các (đồng chí|cơ quan) thành viên Ban Chỉ đạo X": the members of a
        task force or of the Government, as one collective named after it."""
        m = _MEMBERS_OF_RX.match(self.f, j)
        if not m:
            return None
        inner = self.parse(_skip_space(self.f, m.end()))
        if inner is None or inner.body.collective or not (
                inner.body.kind == "task_force" or inner.body.kind == "government"):
            return None
        self._nest(inner.start, inner.end, inner.body)
        agencies = "cơ quan " if m.group(1) and fold(m.group(1)).startswith("co quan") else ""
        name = f"Các {agencies}thành viên {inner.body.name}"
        body = self.namer.other(name, "other", inner.body.level, inner.body, inner.body.unit, True)
        self.vague.add(body.iri)  # declared only where a duty or report names it (attendance lists do not)
        return body, inner.end

    def _is_title_context(self, j: int) -> bool:
        """"Phó Bí thư Thường trực Thành ủy": "Thường trực" belongs to the title, not a body."""
        return bool(_STANDING_WORD_RX.match(self.f, j)) or bool(re.match(r"quốc hội", self.f[j:j + 8])) \
            or (bool(_COUNCIL_WORD_RX.match(self.f, j)) and "đại biểu" in self.f[max(0, j - 10):j])

    # ----- places --------------------------------------------------------------------------
    def _named_lower_units(self) -> list[tuple[int, Place]]:
        """Districts and communes the document names, with where: bare "huyện" refers to them."""
        out: list[tuple[int, Place]] = []
        if self.home is None:
            return out
        for m in _TYPE_RX.finditer(self.f):
            word = _type_word(m)
            if word in ("tỉnh",):
                continue
            typed, _end = self._typed_name(m.end(), word)
            if typed is not None and typed.level != "province":
                out.append((m.start(), typed))
        for m in _COMMITTEE_NAME_RX.finditer(self.f):  # "Thành ủy Hạ Long", "Huyện ủy Thanh Hà"
            place, _end = self.place(m.end(), allow_bare_name=True, bare_words=False)
            if isinstance(place, Place) and place.level != "province":
                out.append((m.start(), place))
        out.sort(key=lambda pair: pair[0])
        return out

    def bare_unit(self, j: int, word: str) -> Place | None:
        """The unit a type word alone names ("đề nghị tỉnh …"), as a place."""
        unit = self._bare_unit(j, word)
        return self.home if unit == "home" else unit if isinstance(unit, Place) else None

    def _bare_unit(self, j: int, word: str) -> Place | str | None:
        """A type word without a name ("UBND huyện", "Thành ủy", "thành phố"): the unit of that type
        the document is about (its metadata), else the province if it is of that type, else the
        nearest unit of that type the text names."""
        wanted = fold("thành phố" if word in ("tp", "thành") else "thị xã" if word == "thị" else word)
        for unit in self.locals:
            if fold(unit.type_word()) == wanted:
                return unit
        if wanted == "tinh":
            return "home" if self.home is not None and self.home.unit_type == "tinh" else None
        if wanted == "thanh pho" and self.home is not None and self.home.unit_type.startswith("thanh-pho"):
            return "home"
        return self._nearest_named(j, wanted)

    def under(self, group: Body, giver: Body) -> Body:
        """"giao UBND huyện X chỉ đạo UBND các xã, thị trấn …": the units a lower body directs are its own, not
        every one of the document's province."""
        unit, where = giver.unit, group.unit
        if group.collective and group.kind == "party_committee" and (beside := self._beside_owner(group, giver)):
            return beside
        if not group.collective or unit is None or where is None or unit.iri == where.iri:
            return group
        if group.kind == "party_committee" and _LEVEL_RANK.get(where.level, 0) < _LEVEL_RANK.get(unit.level, 0) \
                and unit.province_code == where.province_code \
                and (moved := self._party_group_under(group, giver, unit, where)) is not group:
            return moved
        ranks = [_LEVEL_RANK.get(x, 0) for x in (where.level, unit.level, group.level)]
        if not ranks[0] < ranks[1] < ranks[2] or not group.name.endswith(f" thuộc {where.display()}"):
            return group
        name = group.name[: -len(where.display())] + unit.display()
        self.vague.add(group.iri)  # the province-wide reading: declared only if a duty still names it
        return self.namer.other(name, group.kind, group.level, group.parent, unit, True)

    def _beside_owner(self, group: Body, giver: Body) -> Body | None:
        """"Đảng ủy Văn phòng UBND tỉnh yêu cầu cấp ủy các chi bộ trực thuộc …": the cells under the committee that
        speaks, one beside the unit's own committee, not under the Tỉnh ủy."""
        committee, owner = _party_committee_of(giver), group.parent
        if committee is None or owner is None or committee.unit is None or owner.kind != "party_committee" \
                or not group.name.endswith(f" {owner.name}") or not self.namer.beside_own(committee) \
                or owner.iri != self.namer.committee(committee.unit).iri:
            return None
        self.vague.add(group.iri)
        return self.namer.other(group.name[: -len(owner.name)] + committee.name, group.kind, committee.level,
                                committee, committee.unit, True)

    def _party_group_under(self, group: Body, giver: Body, unit: Place, where: Place) -> Body:
        """"(Ban Thường vụ) Huyện ủy X chỉ đạo các chi, đảng bộ trực thuộc …", "… các cấp ủy, tổ chức đảng": the party
        organisations under Huyện ủy X, of the district's Đảng bộ, not of the province's."""
        committee = _party_committee_of(giver)  # "Ban Thường vụ Huyện ủy X": Huyện ủy X
        if committee is None:
            return group
        owner, whole = group.parent, f" thuộc Đảng bộ {where.display()}"
        if owner is not None and owner.kind == "party_committee" and group.name.endswith(f" {owner.name}"):
            name = group.name[: -len(owner.name)] + committee.name
            level = ("province", "district", "commune")[min(_LEVEL_RANK.get(unit.level, 2), 2)]
        elif group.name.endswith(whole):
            name, level = f"{group.name[: -len(whole)]} thuộc Đảng bộ {unit.display()}", unit.level
        else:
            return group
        self.vague.add(group.iri)  # the province-wide reading: declared only if a duty still names it
        return self.namer.other(name, group.kind, level, committee, unit, True)

    def container(self, level: str) -> Place | None:
        """Where "các xã, phường" lie: the document's own district when the units are below it,
        else its province."""
        for unit in self.speaking_locals() or self._focal_districts():
            if _LEVEL_RANK.get(level, 0) > _LEVEL_RANK.get(unit.level, 0):
                return unit
        return self.home

    def _focal_districts(self) -> list[Place]:
        """A provincial document about one district: its lead names the district before the province
        ("Huyện ủy Trần Văn Thời tổ chức …"), the text names no other district and never every district.
        Its "các xã, thị trấn" are that district's."""
        if self._focal is None:
            self._focal = []
            districts = [(pos, p) for pos, p in self.named_lower if p.level == "district"]
            if districts and not self.locals and len({p.iri for _pos, p in districts}) == 1 \
                    and "district" not in self._plural_levels():
                pos, unit = districts[0]
                lead_end = self.f.find(". ")
                if (lead_end < 0 or pos < lead_end) and pos <= self._first_province_mention():
                    self._focal = [unit]
        return self._focal

    def _first_province_mention(self) -> int:
        """Where the text first speaks of a province ("tỉnh", "Tỉnh ủy"); the text's end if never. (Its bare name
        may open a dateline: not counted.)"""
        m = _PROVINCE_WORD_RX.search(self.f)
        return m.start() if m else len(self.f)

    def _plural_levels(self) -> set[str | None]:
        """The levels of the units the document names in the plural ("các huyện, thị xã", "các quận")."""
        return {UNIT_TYPE_WORDS.get(fold(re.split(r",| và| -", m.group(1) or m.group(2))[0].strip()), ("",))[0]
                for m in _PLURAL_RX.finditer(self.f)
                if m.group(0).startswith("các") or not _SINGLE_TYPE_RX.fullmatch(m.group(0))}

    def _units_of_level(self, word: str) -> str:
        """"cấp xã" names every commune-level unit: "xã, phường, thị trấn" (since July 2025 "xã,
        phường"); "cấp huyện" every district-level one."""
        level = "commune" if word == "xã" else "district"
        if self.home is not None:  # the types the province has on the document's day ("huyện, thành phố")
            present = self.gaz.unit_types_in(self.home.province_code, level, self.namer.day)
            words = [w for w, types in _LEVEL_TYPE_WORDS[level] if present & types]
            if len(words) > 1:  # every province has two types at least: one alone means a partial gazetteer
                return ", ".join(words)
        after_2025 = (self.namer.day or "") >= NEW_ERA_START
        if word == "xã":
            return "xã, phường" if after_2025 else "xã, phường, thị trấn"
        city = self.home is not None and self.home.unit_type.startswith("thanh-pho")
        return "quận, huyện, thị xã, thành phố" if city else "huyện, thị xã, thành phố"

    def own_unit(self) -> Place | None:
        """The unit a bare "UBND", "các ngành", "các đoàn thể" belongs to: the document's district or
        commune when it speaks from there, else its province."""
        units = self.speaking_locals()
        return units[0] if units else self.home

    def speaking_locals(self) -> list[Place]:
        """The document's lower units, unless it addresses every unit of that level ("UBND các
        huyện, thị xã": a provincial text republished by a district)."""
        if self._from_above is None:
            levels = self._plural_levels()
            self._from_above = any(u.level in levels for u in self.locals[:1])
        return [] if self._from_above else self.locals

    def place(self, j: int, allow_bare_name: bool = True,
              bare_words: bool = True) -> tuple[Place | Plural | str | None, int]:
        """The place written at ``j`` (after a body head). Returns the place (or a Plural, or
        "home" for a bare "thành phố"/"tỉnh", or "skip" for "các cấp") and where it ends."""
        k = _skip_space(self.f, j)
        m = _PROVINCE_FORM_RX.match(self.f, k)
        if m and _form_key(m.group(0)) in _PROVINCE_FORMS:
            return self.gaz.province(_PROVINCE_FORMS[_form_key(m.group(0))], self.namer.day), m.end()
        if _CAC_CAP_RX.match(self.f, k):
            return "skip", k + 7
        m = _CAC_PROVINCES_RX.match(self.f, k)
        if m and self.t[m.end():m.end() + 1].isupper():  # "UBND các tỉnh An Giang, Quảng Trị, Tây Ninh"
            prov, end = self._province_name(m.end())
            if prov is not None:
                self._listed_provinces.add(end)
                return prov, end
        m = _PROVINCES_RX.match(self.f, k)
        if m:
            q = _UNIT_QUALIFIER_RX.match(self.f, m.end())  # "các tỉnh, thành phố ven biển": some of them
            if q:
                return Plural(f"tỉnh, thành phố {self.t[q.start(1):q.end(1)]}", "province"), q.end()
            return Plural("tỉnh, thành phố", "province"), m.end()
        m = _SOME_PROVINCES_RX.match(self.f, k)
        if m and not m.group(1) and self.home is None and not self.t[_skip_space(self.t, m.end()):][:1].isupper() \
                and not _STATE_HEAD_BEFORE_RX.search(self.f, max(0, k - 24), k):
            return Plural("tỉnh, thành phố", "province"), m.end()  # "(yêu cầu) các tỉnh" from the centre: every one
        if m:
            qualifier = self.t[m.start(1):m.end(1)] if m.group(1) else ""
            return Plural(f"tỉnh {qualifier}".strip(), "province"), m.end()
        m = _LOCALITIES_RX.match(self.f, k)
        if m and _STATE_HEAD_BEFORE_RX.search(self.f, max(0, k - 24), k) and not self._local_groups \
                and not self._units_named_before(k, {"district", "commune"}):
            # "UBND các địa phương" where no units were named before: the committees one level below the unit
            # the text speaks for (after named units it stands for those)
            own = self.own_unit()
            if own is not None and own.level == "province":
                word = "xã" if (self.namer.day or "") >= NEW_ERA_START else "huyện"
                return Plural(self._units_of_level(word), UNIT_TYPE_WORDS[fold(word)][0]), m.end()
            if own is not None and own.level == "district":
                return Plural(self._units_of_level("xã"), "commune"), m.end()
        m = _LEVEL_RX.match(self.f, k)
        if m:
            word = m.group(1)
            if word == "tỉnh":
                return ("home" if self.home is not None else Plural("tỉnh, thành phố", "province")), m.end()
            return Plural(self._units_of_level(word), UNIT_TYPE_WORDS[fold(word)][0]), m.end()
        m = _PLURAL_RX.match(self.f, k)
        if m and self.home is not None and (self.f.startswith("các", k) or _COUNTED_RX.match(self.f, k)):
            # "UBND các huyện: Dầu Tiếng, Phú Giáo", "UBND các xã A, B": each named unit of the home province
            words = m.group(1) or m.group(2)
            typed = [UNIT_TYPE_WORDS[fold(w.strip())] for w in re.split(r",| và| -|/", words)
                     if fold(w.strip()) in UNIT_TYPE_WORDS]
            levels = {level for level, _type in typed}
            types = frozenset(t for _level, t in typed)
            after = m.end()
            if (q := _UNIT_QUALIFIER_RX.match(self.f, after)) and _LIST_OPENER_RX.match(self.t, q.end()):
                after = q.end()  # "UBND các huyện biên giới An Phú, Tân Châu": the named ones
            colon = re.compile(r" ?: ?| ").match(self.f, after)
            unit, end = self._lower_name(colon.end(), levels, types) if colon else (None, k)
            if unit is not None and colon is not None and ":" not in colon.group(0) and (
                    m.group(1) or self.gaz.province(self.t[colon.end():end], self.namer.day) is not None):
                unit = None  # "UBND các huyện, thành phố Cà Mau": the units of a province, not a list of names
            if unit is not None:
                self._listed_units[end] = levels
                self._listed_types[end] = types
                return unit, end
        if m:
            words = _plural_words(m.group(1) or m.group(2))
            level = UNIT_TYPE_WORDS.get(fold(re.split(r",| và | - |/", words)[0].strip()), ("district",))[0]
            if not (m.group(1) and m.group(1).startswith("thành phố")):
                q = _UNIT_QUALIFIER_RX.match(self.f, m.end())  # "các huyện ven biển", "các xã biên giới"
                if q:
                    return Plural(f"{words} {self.t[q.start(1):q.end(1)]}", level), q.end()
                return Plural(words, level), m.end()
        m = _TYPE_RX.match(self.f, k)
        if m:
            word = _type_word(m)
            place, end = self._typed_name(m.end(), word)
            if place is not None:
                if place.level != "province":
                    end = self._own_province_after(end, place)  # "huyện Châu Thành, Tiền Giang"
                if place.level != "province" and self._names_follow(end, place.level):
                    self._listed_units[end] = {place.level}  # "UBND huyện A, B và C": one head, three units
                    self._listed_types[end] = frozenset({place.unit_type})
                return place, end
            if not bare_words:
                return None, j
            bare = self._bare_unit(j, word)
            if bare is not None:
                return bare, m.end()
            if word in ("thành phố", "tp", "tỉnh"):
                return "home", m.end()
            level = UNIT_TYPE_WORDS.get(fold(word), ("district",))[0]
            return Plural(word, level), m.end()
        if allow_bare_name:
            names = self._cap_words(k, 5)
            for count in range(len(names), 0, -1):
                end = names[count - 1][1]
                prov = self.gaz.province(self.t[k:end], self.namer.day)
                if prov is not None:
                    return prov, end
                if self.home is not None and count <= 3 and not self.t[k].isdigit():
                    unit = self.gaz.unit_in(self.home.province_code, self.t[k:end], self.namer.day, "district")
                    if unit is not None:
                        # the document's own district as its meta types it ("Huyện Đức Phổ" in 2018, a thị xã later)
                        own = next((p for p in self.locals if p.iri and p.iri == unit.iri), None)
                        return own or unit, end
        return None, j

    def _typed_name(self, j: int, word: str) -> tuple[Place | None, int]:
        """"quận 1", "huyện Nhà Bè", "tỉnh Bình Dương", "thành phố Thủ Đức" at ``j`` (after the word)."""
        k = _skip_space(self.f, j)
        names = self._cap_words(k, 5)
        if not names or _TERM_AFTER_RX.match(self.f, j):
            return None, j  # "HĐND thành phố Khóa X": the council's term, not a city named "Khóa X"
        type_fold = fold(word if word != "tp" else "thành phố")
        for count in range(len(names), 0, -1):
            end = names[count - 1][1]
            name = self.t[k:end]
            if type_fold in ("thanh pho", "tinh"):
                prov = self.gaz.province(name, self.namer.day)
                if prov is not None and type_fold == "thanh pho" and prov.unit_type == "tinh":
                    # "TP Thái Nguyên" in tỉnh Thái Nguyên: the provincial city of that name
                    city = self.gaz.unit_in(prov.province_code, f"Thành phố {name}", self.namer.day)
                    # a city the gazetteer no longer holds (TP Ninh Bình, merged before 2025) is still that city
                    prov = city or unlisted_unit("thành phố", name, prov.province_code)
                if prov is not None:
                    return prov, end
            if self.home is not None and type_fold != "tinh":
                level = UNIT_TYPE_WORDS.get(type_fold, ("district", ""))[0]
                full = f"{word.capitalize() if word != 'tp' else 'Thành phố'} {name}"
                exact = self.gaz.unit_in(self.home.province_code, full, self.namer.day)
                unit = exact or (self.gaz.unit_in(self.home.province_code, name, self.namer.day, level)
                                 if level != "province" else None)
                if unit is not None and exact is None and type_fold in UNIT_TYPE_WORDS:
                    # "huyện Sa Pa" in 2019 though the gazetteer knows only "Thị xã Sa Pa": the unit as the
                    # text names it (its type changed, its territory is the one the gazetteer links)
                    type_word = "Thành phố" if type_fold == "thanh pho" else word.capitalize()
                    unit = replace(unit, name=f"{type_word} {unit.short}",
                                   unit_type=UNIT_TYPE_WORDS[type_fold][1] if type_fold != "thanh pho"
                                   else "thanh-pho-thuoc-tinh")
                if unit is not None:
                    return unit, end
        elsewhere = self._unit_of_another_province(k, names, word)
        if elsewhere is not None:
            return elsewhere
        # an unknown name written after a type word: trust the type word (up to 3 syllables),
        # unless it reads as a person's name ("UBND TP Nguyễn Thành Phong")
        count = min(len(names), 3)
        if count >= 2 and match_form(self.t[names[0][0]:names[0][1]]) in _SURNAMES:
            return None, j
        if any(_shouting(self.t[a:b]) for a, b in names[:count]):
            return None, j  # a heading in capitals ("HUYỆN HỌP THƯỜNG KỲ") is not a place name
        if type_fold in ("thanh pho", "tinh") and count and self.t[names[0][0]].isdigit():
            return None, j
        if type_fold == "tinh":
            return None, j  # the provinces are all known: "HĐND tỉnh Phương Thị Thanh" names a person
        end = names[count - 1][1]
        return unlisted_unit(word, self.t[k:end], self.home.province_code if self.home is not None else "vn"), end

    def _unit_of_another_province(self, k: int, names: list[tuple[int, int]],
                                  word: str) -> tuple[Place, int] | None:
        """"huyện Châu Thành, tỉnh Long An" in another province's text: the unit of the province written after it;
        without one, a name the gazetteer holds at that level somewhere ("huyện Châu Thành") is a place as written,
        though its first syllable is also a surname."""
        type_fold = fold(word if word != "tp" else "thành phố")
        if type_fold in ("thanh pho", "tinh") or type_fold not in UNIT_TYPE_WORDS:
            return None
        level = UNIT_TYPE_WORDS[type_fold][0]
        surname_first = match_form(self.t[names[0][0]:names[0][1]]) in _SURNAMES
        for count in range(min(len(names), 4), 0, -1):
            end = names[count - 1][1]
            name = self.t[k:end]
            if not self.gaz.named_anywhere(name, level, self.namer.day):
                continue
            if surname_first and count < len(names):
                return None  # "UBND huyện Nguyễn Bình Khiêm": a person whose name begins like a district's
            comma = _COMMA_RX.match(self.f, end)
            if comma is not None:
                prov, nxt = self._province_name(comma.end())
                unit = self.gaz.unit_in(prov.province_code, name, self.namer.day, level) if prov else None
                if unit is not None:
                    return unit, nxt
            return unlisted_unit(word, name, self.home.province_code if self.home is not None else "vn"), end
        return None

    def _cap_words(self, k: int, limit: int) -> list[tuple[int, int]]:
        """Capitalised syllables (or numbers) from ``k``: a proper name, as (start, end) spans."""
        out: list[tuple[int, int]] = []
        pos = k
        while len(out) < limit:
            m = _CAP_WORD_RX.match(self.t, pos)
            if not m or not (m.group(0)[0].isupper() or m.group(0)[0].isdigit()):
                break
            if out and m.group(0)[0].isdigit() and not self.t[out[-1][0]:out[-1][1]].isdigit() and len(out) > 1:
                break
            if m.group(0).isdigit() and _COUNT_AFTER_RX.match(self.f, m.end()):
                break  # "HĐND huyện 6 tháng đầu năm": a count, not "huyện 6"
            out.append((m.start(), m.end()))
            nxt = re.match(r" - | |-", self.t[m.end():m.end() + 3])
            if not nxt:
                break
            pos = m.end() + len(nxt.group(0))
        return out

    def _nearest_named(self, j: int, word: str) -> Place | None:
        wanted = fold(word)
        before = [p for pos, p in self.named_lower if pos <= j and _folded_name(p).startswith(wanted)]
        if before:
            return before[-1]
        after = [p for pos, p in self.named_lower if pos > j and _folded_name(p).startswith(wanted)]
        return after[0] if after else None

    def resolve_place(self, place: Place | Plural | str | None) -> Place | Plural | None:
        if place == "home":
            return self.home
        if isinstance(place, str):
            return None
        return place

    # ----- parsers: each returns (body, end), (None, end) to veto, or None ----------------------
    def _national(self, j: int):
        m = _NAT_RX.match(self.f, j)
        if m:
            name = _NAT_BY_KEY.get(fold(m.group(0)))
            if name in _BRANCHED and _BRANCHED_RX.match(self.f, m.end()):
                return None
            if fold(m.group(0)) == "thu tuong" and self.f[max(0, j - 4):j] == "phó ":
                return None  # "Phó Thủ tướng": a title the post reader maps (the bare "Thủ tướng" is the Government)
            if name == "Quốc hội" and _DEPUTY_BEFORE_RX.search(self.f, max(0, j - 12), j):
                return (None, m.end())  # "đại biểu Quốc hội", "bầu cử Quốc hội": its deputies, its election
            if fold(m.group(0)) == "trung uong dang" and _SECRETARY_BEFORE_RX.search(self.f, max(0, j - 10), j):
                return (None, m.end())  # "Bí thư Trung ương Đảng": a member of the Secretariat (a title)
            region = _REGION_SUFFIX_RX.match(self.t, m.end()) if name else None
            if name and region:  # "Kiểm toán Nhà nước khu vực IX": a regional office of the central body
                body = self.namer.national(name)  # (like an inspectorate, it does not declare its host)
                return self.namer.other(f"{name} khu vực {region.group(1)}", "other", "central", body,
                                        None), region.end()
            if name:
                return self.namer.national(name), m.end()
        m = _BARE_CENTRAL_RX.match(self.f, j)
        if m and self.t[j].isupper() and not _CAPITAL_NEXT_RX.match(self.t, m.end()):
            cue = _CENTRAL_CUE_RX.search(self.f, max(0, j - 30), j)
            if cue:  # "theo hướng dẫn của Trung ương", "báo cáo Trung ương": the Party Central Committee
                return self.namer.national(_CENTRAL_CUES[fold(cue.group(1))]), m.end()
        m = _MINISTRY_RX.match(self.f, j)
        if m and self.t[j].islower() and _BO_COMPOUND_BEFORE_RX.search(self.f, max(0, j - 8), j):
            return (None, m.end())  # "cán bộ tư pháp", "tiến bộ khoa học", "nội bộ Công an": a word, no ministry
        if m:
            return self.namer.ministry(_canonical(m.group(1), MINISTRY_NAMES)), m.end()
        return None

    def _vu(self, j: int):
        m = _VU_RX.match(self.t, j)
        if not m:
            return None
        end = m.end(1)
        parent = self.parse(_skip_space(self.f, m.end()))
        if parent is None or parent.body.level != "central":
            return None
        kind = "party_commission" if parent.body.kind.startswith("party") else "department"
        self._nest(parent.start, parent.end, parent.body)  # the ministry or central body is named too
        name = f"{self.t[j:end]}, {parent.body.name}"
        return self.namer.other(name, kind, "central", parent.body, None), parent.end

    def _committee(self, j: int):
        m = _BCH_DANG_BO_RX.match(self.f, j)
        head = None
        if m:
            head = "bch"
        else:
            m = _COMMITTEE_RX.match(self.f, j)
        if not m:
            return None
        place, end = self.place(m.end())
        place = self.resolve_place(place)
        word = m.group(1) if head is None else None
        if place is None and word in ("huyện", "quận", "thị", "thành") \
                and (listed := self._units_listed_after_colon(m.end())) is not None:
            place, end = listed  # "Ban Thường vụ Huyện ủy: Giồng Riềng, Châu Thành": one committee per name
        if place is None or isinstance(place, Plural):
            if isinstance(place, Plural) or word in ("huyện", "quận", "thị"):
                wanted = {"huyện": "huyện", "quận": "quận", "thị": "thị xã"}.get(word or "", "huyện")
                near = self._bare_unit(j, wanted)
                if not isinstance(near, Place):
                    return (None, m.end())
                place, end = near, (end if isinstance(place, Plural) else m.end())
            elif word is None and self.locals and self.locals[0].level in ("district", "commune"):
                place, end = self.locals[0], m.end()  # "Ban Chấp hành Đảng bộ" of a district's or commune's text
            elif self.home is not None and (word is None or _home_fits(word, self.home)):
                place, end = self.home, m.end()
            elif word == "thành" and isinstance(city := self._bare_unit(j, "thành phố"), Place):
                place, end = city, m.end()
            else:
                return (None, m.end())
        if not isinstance(place, Place):
            return (None, m.end())
        if place.level == "province" and word in ("thành", "thị") and not _home_fits(word, place):
            # "Thành ủy Thái Bình" in a province (not a city under the centre): the city of that name
            city = self.gaz.unit_in(place.province_code, place.short, self.namer.day, "district")
            written = " ".join(self.t[_skip_space(self.f, m.end()):end].split())
            if city is None and written and written != place.short:  # "Thành ủy Huế" in Thừa Thiên Huế
                city = self.gaz.unit_in(place.province_code, written, self.namer.day, "district")
            if city is None and written and not _TYPE_RX.match(self.f, _skip_space(self.f, m.end())):
                # the province's city the gazetteer no longer holds (Huế became its districts in 2025)
                city = unlisted_unit("thành phố" if word == "thành" else "thị xã", written, place.province_code)
            if city is not None:
                place = city
        types = _COMMITTEE_TYPES.get(word or "")
        if place.level == "district" and types and place.unit_type not in types:
            # "Huyện ủy Cai Lậy" where a huyện and a thị xã share the name: the head says which
            other = self.gaz.unit_in(place.province_code, place.short, self.namer.day, "district", types)
            if other is not None and other.unit_type in types:
                place = other
            elif word != "thành":
                # "Huyện ủy Phú Quốc" in 2018, though the gazetteer knows only the later city: the unit as
                # the head names it (its territory is the one the gazetteer links), as for "UBND huyện Sa Pa"
                written = {"huyện": "Huyện", "quận": "Quận", "thị": "Thị xã"}[word or "huyện"]
                place = replace(place, name=f"{written} {place.short}", unit_type=min(types))
        if place.level == "district" and (j, place) not in self.named_lower:
            bisect.insort(self.named_lower, (j, place), key=lambda pair: pair[0])  # in text order, for bare words
        if place.level == "district" and word in ("huyện", "quận", "thị", "thành") \
                and self._names_follow(end, "district", exact=True):
            self._listed_units[end] = {"district"}  # "Huyện ủy Giồng Riềng, Châu Thành": the head shared
        return self.namer.committee(place), end

    def _units_listed_after_colon(self, k: int) -> tuple[Place, int] | None:
        """The first of the districts named after a committee's head and a colon ("Huyện ủy: A, B"), when more
        follow."""
        colon = _COLON_RX.match(self.f, k)
        if colon is None or self.home is None:
            return None
        unit, end = self._lower_name(colon.end(), {"district"})
        return (unit, end) if unit is not None and self._names_follow(end, "district", exact=True) else None

    def _nest(self, start: int, end: int, body: Body) -> None:
        if not body.collective:
            self.nested.append(Mention(start, end, self.t[start:end], body))

    def _committee_at(self, j: int) -> tuple[Body, int] | None:
        k = _skip_space(self.f, j)
        cua = _CUA_RX.match(self.f, k)
        if cua:
            k = cua.end()
        got = self._committee(k)
        if got is None or got[0] is None:
            got = self._commune_committee(k)
        if got is None and (led := self._dang_bo(k)) is not None and led[0] is not None \
                and led[0].kind == "party_committee" and not led[0].collective:
            self._nest(k, led[1], led[0])
            return led  # "các chi bộ trực thuộc Đảng bộ xã Bình Mỹ"
        if got is None and (led := self._party_group(k)) is not None and led[0] is not None \
                and led[0].kind == "party_committee" and not led[0].collective:
            self._nest(k, led[1], led[0])
            return led  # "Ban Thường vụ Đảng ủy Khối …", "Ban Tuyên giáo Đảng ủy Khối các cơ quan tỉnh"
        return got

    def _commune_committee(self, k: int) -> tuple[Body, int] | None:
        """"Đảng ủy xã X", or a bare "Đảng ủy" in a commune's own text: the commune's party committee."""
        m = _COMMUNE_COMMITTEE_RX.match(self.f, k)
        if not m:
            return None
        place, end = self.place(m.end(), allow_bare_name=False)
        place = self.resolve_place(place)
        if place is None and self.t[m.start():m.start() + 1].isupper():
            place, end = self._own_commune_named(m.end()) or (None, end)
        if isinstance(place, Place):
            return (self.namer.committee(place), end) if place.level == "commune" else None
        if place is None and (near := self._commune_just_named(k, sentence=bool(self.locals))) is not None:
            return self.namer.committee(near), m.end()  # "Tại xã A, Đảng ủy xã giao Văn phòng Đảng ủy …"
        if place is None and self.locals and self.locals[0].level == "commune":
            return self.namer.committee(self.locals[0]), m.end()
        return None

    def _own_commune_named(self, j: int) -> tuple[Place, int] | None:
        """A commune written by its bare name after its committee ("Đảng ủy Tân Hộ Cơ") in a district's text: one
        of that district's communes (the district the text speaks from or is about)."""
        own = self.container("commune")
        if own is None or own.level != "district":
            return None
        k = _skip_space(self.f, j)
        names = self._cap_words(k, 4)
        for count in range(len(names), 0, -1):
            unit = self.gaz.commune_of(own, self.t[k:names[count - 1][1]], self.namer.day)
            if unit is not None:
                end = names[count - 1][1]
                if self._names_follow(end, "commune"):  # "Đảng ủy Tân Hộ Cơ, Bình Phú và Tân Thành A"
                    self._listed_units[end] = {"commune"}
                    self._listed_types[end] = frozenset({unit.unit_type})
                return unit, end
        return None

    def _commune_just_named(self, j: int, sentence: bool) -> Place | None:
        """The commune named last before ``j`` in its paragraph (in its sentence, if ``sentence``), no other unit named
        after it: a bare "Đảng ủy" there is that commune's."""
        cuts = [self.f.rfind(c, 0, j) for c in ("\n", *((". ", "; ") if sentence else ()))]
        start = max(cuts) + 1
        before = [p for pos, p in self.named_lower if start <= pos < j]
        return before[-1] if before and before[-1].level == "commune" else None

    def _shared_committee(self, j: int) -> Body | None:
        """The committee of the next sub-body head in a list ("Ủy ban Kiểm tra, Văn phòng Đảng ủy")."""
        sep = _NAME_SEP_RX.match(self.f, j)
        title = _HEAD_TITLE_BETWEEN_RX.match(self.f, sep.end()) if sep else None
        at = title.end() if title else sep.end() if sep else j  # "Chủ nhiệm Ủy ban Kiểm tra, Chánh Văn phòng Đảng ủy"
        if not sep or not _SUB_RX.match(self.f, at):
            return None
        nxt = self._sub_body(at)
        body = nxt[0] if nxt is not None else None
        while body is not None and body.kind != "party_committee":
            body = body.parent if body.kind.startswith("party") else None
        return body

    def _sub_body(self, j: int):
        m = _SUB_RX.match(self.f, j)
        if not m:
            return None
        written = " ".join(fold(m.group(1)).split())
        full = _SUB_HEAD_BY_KEY.get(written)
        head_word = fold(full) if full else written  # "TT HĐND", "VP UBND", "BTV": the head in full
        after = m.end()
        if (short := _BRACKETED_SHORT_RX.match(self.t, after)) is not None:
            after = short.end()  # "Ủy ban Kiểm tra (UBKT) Thành ủy Hà Nội": the short form given in brackets
        k = _skip_space(self.f, after)
        written_head = full if full and fold(full) != written else _head_case(self.t[j:m.end()])
        lower = _LOWER_COMMITTEES_RX.match(self.f, k)
        if lower:
            return self._of_lower_committees(head_word, lower, written_head)
        if head_word not in ("thuong truc", "van phong") and self.f.startswith("các ", k):
            districts = self._districts_committees(head_word, written_head, k)
            if districts is not None:
                return districts
        got = self._committee_at(after)
        shared = got is None and self._shared_committee(after)
        if shared:
            got = (shared, after)  # "Ủy ban Kiểm tra, Văn phòng Đảng ủy": the committee after the last head
        if got is not None:
            # "Ban Thường vụ Tỉnh ủy An Giang", "Ban Tuyên giáo Thành ủy Hà Nội" speak of the board or the commission
            # only: the committee is a body of the text where the text names it by itself
            committee, end = got
            if head_word == "ban thuong vu":
                return self.namer.standing_board(committee), end
            if head_word == "thuong truc":
                return self.namer.standing_members(committee), end
            return self.namer.commission(written_head, committee), end
        if head_word == "van phong" and (ministry := _MINISTRY_RX.match(self.f, k)):  # "Văn phòng Bộ GD&ĐT"
            body = self.namer.ministry(_canonical(ministry.group(1), MINISTRY_NAMES))
            self._nest(k, ministry.end(), body)
            return self.namer.other(f"Văn phòng {body.name}", "department", "central", body, None), ministry.end()
        if head_word in ("thuong truc", "van phong"):
            state = self._state(k)
            if state is not None and state[0] is not None:
                body, end = state
                if head_word == "thuong truc" and _names_a_place(self.t[k:end]):
                    self._nest(k, end, body)  # "Thường trực HĐND tỉnh" alone speaks of the standing body
                if head_word == "van phong":
                    return self.namer.office_of(body), end
                if body.kind == "peoples_council" and body.collective:  # "Thường trực HĐND các huyện, thành phố"
                    return self.namer.other(f"Thường trực {body.name}", "peoples_council_standing", body.level, body,
                                            body.unit, True), end
                if body.kind == "peoples_council" and body.unit is not None:
                    return self.namer.council_standing(body.unit), end
                if body.kind == "peoples_committee" and not body.collective:
                    return body, end  # "Thường trực UBND tỉnh" (its chair and vice-chairs) acts as the committee
        if head_word in ("ban thuong vu", "thuong truc") and written != "thuong vu":  # "Thường vụ" names its committee
            bare = self._bare_standing(head_word, j, m.end())
            if bare is not None:
                return bare, m.end()
        return None

    def _bare_standing(self, head_word: str, j: int, end: int) -> Body | None:
        """A bare "Ban Thường vụ" or "Thường trực" in a text that has named a party committee ("… báo cáo Ban
        Thường vụ trước ngày 30/9"): the board of the document's own committee, and for "Thường trực" the
        standing body named last ("Thường trực HĐND tỉnh" … "báo cáo Thường trực"), else its committee's."""
        if not self.t[j].isupper() or _CAPITAL_WORD_AFTER_RX.match(self.t, end) \
                or _TITLE_BEFORE_STANDING_RX.search(self.f, max(0, j - 16), j):
            return None  # "Ban Thường vụ Tỉnh đoàn", "Phó Bí thư Thường trực", "Phó Chủ tịch Thường trực"
        if not _PARTY_COMMITTEE_WORD_RX.search(self.f, 0, j):
            return None
        if head_word == "thuong truc":
            for prior in reversed(list(_STANDING_NAMED_RX.finditer(self.f, 0, j))):
                got = self._sub_body(prior.start())
                if got is not None and got[0] is not None and got[1] > prior.end():
                    return got[0]
        local = next((p for p in self.locals if p.level in ("district", "commune")), None)
        committee = self.namer.committee(local) if local is not None else self._home_committee()
        if committee is None:
            return None
        if head_word == "thuong truc":
            return self.namer.standing_members(committee)
        return self.namer.standing_board(committee)

    def _districts_committees(self, head_word: str, head: str, k: int):
        """"Ban Tuyên giáo các huyện, thị, thành phố": a party organ of every district of the home province, named
        by its committees ("Ban Tuyên giáo các huyện ủy, thị ủy, thành ủy trực thuộc Tỉnh ủy X")."""
        place, end = self.place(k, allow_bare_name=False)
        if not isinstance(place, Plural) or place.level != "district" or self.home is None \
                or self.home.level != "province":
            return None
        written = [" ".join(fold(w).split()) for w in re.split(r",| và ", place.words)]
        if not written or any(w not in _DISTRICT_COMMITTEE_WORDS for w in written):
            return None
        words = [_DISTRICT_COMMITTEE_WORDS[w] for w in written]
        committee = self.namer.committee(self.home)
        name = f"{head} các {', '.join(dict.fromkeys(words))} trực thuộc {committee.name}"
        kind = {"ban thuong vu": "party_standing_board", "uy ban kiem tra": "party_inspection_commission"}.get(
            head_word, "party_commission")
        return self.namer.other(name, kind, "district", committee, committee.unit, True), end

    def _of_lower_committees(self, head_word: str, lower: re.Match, head: str = ""):
        """"Ban Thường vụ các cấp ủy trực thuộc", "Ban Thường vụ các huyện ủy, thành ủy", "Ban Thường vụ
        các đảng bộ trực thuộc Tỉnh ủy": the boards of every committee under the document's own; "Ban Tổ chức các
        huyện ủy, thành ủy": their commissions."""
        words: list[str] = []
        for w in _COMMITTEE_WORD_RX.findall(self.f, lower.start(), lower.end(1)):
            w = _LOWER_COMMITTEE_WORDS[" ".join(fold(w).split())]
            if w not in words:
                words.append(w)
        end = lower.end()
        link = lower.group(2)
        got = self._committee_at(end) if link else None
        committee, end = got if got else (self._home_committee(), end)
        if committee is None:
            return None
        link = re.sub(r"\s+", " ", link or "trực thuộc").strip()
        group = ", ".join(words)
        if head_word == "ban thuong vu":
            name = f"Ban Thường vụ các {group} {link} {committee.name}"
            return self.namer.other(name, "party_standing_board", "district", committee, committee.unit, True), end
        if head_word == "uy ban kiem tra":
            where = committee.unit.name if committee.unit else ""
            name = (f"Ủy ban Kiểm tra các cấp ủy thuộc Đảng bộ {where}".strip() if words == ["cấp ủy"]
                    else f"Ủy ban Kiểm tra các {group} {link} {committee.name}")
            return self.namer.other(name, "party_inspection_commission", "district", committee, committee.unit,
                                    True), end
        if head and head_word not in ("thuong truc", "van phong") and words != ["cấp ủy"]:
            name = f"{head} các {group} {link} {committee.name}"
            return self.namer.other(name, "party_commission", "district", committee, committee.unit, True), end
        return None

    def _lower_committees(self, j: int):
        """"các huyện ủy, thị ủy, thành ủy trực thuộc Tỉnh ủy", "các đảng bộ trực thuộc Huyện ủy", "các tỉnh
        ủy, thành ủy, đảng ủy trực thuộc Trung ương": the committees under one, as one collective named by
        the words as written and the committee they belong to (its written name when central)."""
        lower = _LOWER_COMMITTEES_RX.match(self.f, j) or _SHARED_UY_RX.match(self.f, j)
        if not lower:
            return None
        if lower.re is _SHARED_UY_RX:  # "các huyện, thành, thị ủy": each unit word takes the "ủy" written once
            words = [f"{_SHARED_UY_WORDS[w]} ủy" for w in re.findall(r"\w+", self.f[lower.start(1):lower.end(1)])
                     if w in _SHARED_UY_WORDS]
        else:
            words = [" ".join(self.t[m.start():m.end()].lower().split())
                     for m in _COMMITTEE_WORD_RX.finditer(self.f, lower.start(), lower.end(1))]
        if not words or "cấp ủy" in {_LOWER_COMMITTEE_WORDS[" ".join(fold(w).split())] for w in words}:
            return None  # "các cấp ủy": the party collective (_collective)
        link = lower.group(2)
        end = lower.end()
        owner: Body | None = None
        written = None
        if link:
            got = self._committee_at(end) or self._national(_skip_space(self.f, end))
            if got is not None and got[0] is not None:
                owner, end = got
                written = " ".join(self.t[_skip_space(self.f, lower.end()):end].split())
        if owner is None and "tỉnh ủy" in words:
            owner, written = self.namer.national("Ban Chấp hành Trung ương Đảng"), "Trung ương"  # provinces' committees
            tw = _CENTRE_WORD_RX.match(self.f, end) if link else None
            end = tw.end() if tw else end
        elif owner is None and (link or len(words) > 1
                                or _LOWER_COMMITTEE_WORDS[" ".join(fold(words[0]).split())] in _UNDER_A_PROVINCE):
            # "các huyện ủy, thị ủy, thành ủy và đảng ủy trực thuộc", "các huyện ủy": under the document's own committee
            local = next((p for p in self.locals if p.level == "district"), None)
            owner = self.namer.committee(local) if local is not None else self._home_committee()
        if owner is None:
            return None
        rank = {"central": 0, "province": 1, "district": 2}
        level = ("province", "district", "commune")[min(rank.get(owner.level, 2), 2)]
        where = written if owner.unit is None and written else owner.name
        name = f"Các {', '.join(dict.fromkeys(words))} {' '.join((link or 'trực thuộc').split())} {where}"
        return self.namer.other(name, "party_committee", level, owner, owner.unit, True), end

    def _party_groups_under(self, words: list[str], end: int) -> tuple[Body, int] | None:
        """"các ban cán sự đảng, đảng đoàn (trực thuộc Tỉnh ủy)": the party groups in the state bodies and mass
        organisations under a local committee, named as written after it (the document's own when none is written)."""
        under = _DIRECTLY_UNDER_RX.match(self.f, end)
        got = self._committee_at(under.end()) if under else None
        committee, end = got if got is not None and got[0] is not None else (self._home_committee(), end)
        if committee is None:
            return None
        kind = "party_affairs_committee" if words[0] == "ban cán sự đảng" else "party_delegation"
        group = self.namer.other(f"Các {', '.join(words)} trực thuộc {committee.name}", kind, committee.level,
                                 committee, committee.unit, True)
        self.vague.add(group.iri)  # "kết thúc hoạt động của các đảng đoàn": an object; a body where a duty names it
        return group, end

    def _party_affairs_named_in_full(self) -> list[Body]:
        """The state bodies whose "Ban cán sự đảng" the text names in full, read once per text."""
        if self._party_affairs_owners is None:
            owners: list[Body] = []
            for g in _GROUP_RX.finditer(self.f):
                if _GROUP_BY_KEY[" ".join(fold(g.group(1)).split())] == "Ban cán sự đảng":
                    state = self._state(_skip_space(self.f, g.end())) or self._national(_skip_space(self.f, g.end()))
                    if state is not None and state[0] is not None and not state[0].collective:
                        owners.append(state[0])
            self._party_affairs_owners = owners
        return self._party_affairs_owners

    def _bare_party_affairs(self, j: int, after: int) -> tuple[Body | None, int]:
        """"Ban cán sự đảng" without its state body, alone or with a bare place word: the one the text names in
        full (when it names one), else the people's committee's of that province (the only state body at that level
        with one that directives address); ministries' groups are always named."""
        place, end = self.place(after, allow_bare_name=False)
        place = self.resolve_place(place) if place is not None else None
        if place is not None and not isinstance(place, Place):
            return None, after
        named = set(self._party_affairs_named_in_full())
        if len(named) == 1 and place is None:
            return named.pop(), after
        unit = place if isinstance(place, Place) else self.home
        if named or unit is None or unit.level != "province":
            return None, after
        return self.namer.people_committee(unit), end if isinstance(place, Place) else after

    def _party_group(self, j: int):
        m = _GROUP_RX.match(self.f, j)
        if not m:
            return None
        head = _GROUP_BY_KEY[" ".join(fold(m.group(1)).split())]
        k = _skip_space(self.f, m.end())
        if head == "Đảng ủy" and _BLOC_RX.match(self.f, k):  # "Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh"
            return self._dang_bo_of(k, _BLOC_RX.match(self.f, k), None)
        state = self._state(k) or self._national(k)
        if state is not None and state[0] is not None and state[0].kind in (
                "peoples_council", "peoples_committee", "fatherland_front", "national_assembly", "government",
                "ministry", "court", "procuracy"):
            body, end = state
            self._nest(k, end, body)
            return self.namer.party_group(head, body), end
        if head == "Ban cán sự đảng" and state is None and not _PLURAL_BEFORE_RX.search(self.f, max(0, j - 8), j):
            owner, end = self._bare_party_affairs(j, m.end())  # (not "các ban cán sự đảng, …": several groups)
            if owner is not None:  # "trình Ban cán sự đảng", "Ban cán sự đảng tỉnh giao …"
                return self.namer.party_group(head, owner), end
        if head == "Đảng đoàn" and state is None:
            inner = self.parse(k)  # "Đảng đoàn Hội Nông dân tỉnh": the party group of a mass organisation
            if inner is not None and inner.body.kind == "mass_organisation" and not inner.body.collective:
                self.nested.append(inner)
                return self.namer.party_group(head, inner.body), inner.end
        if head == "Đảng ủy":
            place, end = self.place(m.end(), allow_bare_name=False)
            place = self.resolve_place(place)
            if isinstance(place, Place) and place.level == "commune":
                return self.namer.committee(place), end
            if place is None and self.t[k:k + 1].isupper() and (cell := self._cell_host(k)) is not None \
                    and cell[0] is not None and (cell[0].kind in ("public_service_unit", "academy") or (
                        cell[0].kind == "department" and cell[0].name.startswith("Văn phòng "))):
                # "Đảng ủy Bệnh viện Đa khoa tỉnh", "Đảng ủy Văn phòng UBND tỉnh": the unit's committee
                return self._dang_bo_of(k, None, cell)  # "Đảng ủy Bệnh viện Đa khoa tỉnh": the unit's committee
            if isinstance(place, Plural) and place.level == "commune" and self.f.startswith("các", k) and (
                    where := self.container("commune")):
                # "Đảng ủy các xã, phường, thị trấn": the committees of every commune, named like their UBND
                return self._commune_committees(f"Đảng ủy các {' '.join(place.words.split())}", where), end
            nxt = _NEXT_STATE_RX.match(self.f, m.end()) if place is None else None
            shared = self._state(nxt.end()) if nxt else None
            if shared is not None and shared[0] is not None and shared[0].collective and shared[0].level == "commune" \
                    and shared[0].unit is not None and " các " in shared[0].name:
                # "Đảng ủy, UBND các xã, thị trấn": the committees share the communes written after the state head
                words = shared[0].name.split(" các ", 1)[1].split(" thuộc ")[0]
                return self._commune_committees(f"Đảng ủy các {words}", shared[0].unit), m.end()
            single = shared[0] if shared is not None and shared[0] is not None and not shared[0].collective else None
            if single is not None and single.unit is not None and single.unit.level == "commune":
                self._list_placed.add(j)  # the place is written after the list: named, not in passing
                return self.namer.committee(single.unit), m.end()  # "Đảng ủy và UBND xã Tân Hưng"
            if place is None and self.locals and self.locals[0].level == "commune" \
                    and not _CAPITAL_NEXT_RX.match(self.t, m.end()):
                return self.namer.committee(self.locals[0]), m.end()  # a bare "Đảng ủy" in a commune's own text
            bloc = _BLOC_RX.match(self.f, k)
            inner = None if bloc else (self._department(k) or self._agency(k))
            if bloc or (inner is not None and inner[0] is not None):
                # "Đảng ủy Khối các cơ quan tỉnh", "Đảng ủy Sở Tài nguyên và Môi trường", "Đảng ủy Công an tỉnh"
                return self._dang_bo_of(k, bloc, inner)
            named = self._own_commune_named(m.end()) if place is None and self.t[k:k + 1].isupper() else None
            if named is not None:
                return self.namer.committee(named[0]), named[1]  # "Đảng ủy Tân Hộ Cơ" in its district's text
            cq = _PARTY_ORGANS_RX.match(self.f, k)
            if cq:
                unit = self.home
                if unit is None:
                    return None
                name = f"Đảng ủy các cơ quan Đảng {unit.name}"
                return self.namer.other(name, "party_committee", unit.level, self.namer.committee(unit), unit), cq.end()
        return None

    def _state(self, j: int):
        m = _STATE_RX.match(self.f, j)
        if not m:
            return None
        head = fold(m.group(1))
        if head == "mat tran" and not self.t[j].isupper():
            return None
        bracket = _ABBR_BRACKET_RX.match(self.f, m.end())  # "Hội đồng nhân dân (HĐND) tỉnh Bạc Liêu"
        place, end = self.place(bracket.end() if bracket else m.end())
        if bracket and place is None:
            place, end = self.place(m.end())
        every = _EVERY_LEVEL_RX.match(self.f, m.end()) if place in (None, "skip") else None
        if every and self.home is not None:  # "UBND các cấp": the committees of every level of the province
            base = _state_base(head)
            body = self.namer.other(f"{base} các cấp {self.home.display()}", _STATE_KIND[base], self.home.level,
                                    None, self.home, True)
            self.vague.add(body.iri)  # "bầu cử HĐND các cấp", "hoạt động của HĐND các cấp": a body only in a duty
            return body, every.end()
        if place == "skip":
            return (None, end)
        place = self.resolve_place(place)
        if place is None:
            nxt = _NEXT_STATE_RX.match(self.f, m.end())
            shared = self._state(nxt.end()) if nxt else None
            if shared is not None and shared[0] is not None and shared[0].collective:
                words = re.sub(r"^.*? các ", "", shared[0].name)  # "… các xã, thị trấn thuộc huyện X"
                level = shared[0].level
                base = _state_base(head)
                return self.namer.other(f"{base} các {words}", _STATE_KIND[base], level, None, shared[0].unit,
                                        True), m.end()
            own = self.own_unit()
            if shared is not None and shared[0] is not None and shared[0].unit is not None:
                place = shared[0].unit
                self._list_placed.add(j)  # "HĐND, UBND huyện X": the place is written, after the list
            elif own is None:
                return None
            else:
                place = own
            term = _TERM_AFTER_RX.match(self.f, m.end())  # "HĐND khóa XVII": a council named by its term
            end = term.end() if term else m.end()
        if isinstance(place, Plural) and place.level == "province" and head.startswith(("uy ban nhan dan", "ubnd")) \
                and (above := _ABOVE_RX.match(self.f, end)) and len(listed := self._provinces_listed_before(j)) > 1:
            # "Chủ tịch UBND các tỉnh nêu trên": the committees of the provinces the text listed
            bodies = [self.namer.people_committee(p) for p in listed]
            self._pending.extend(Mention(j, above.end(), self.t[j:above.end()], b) for b in bodies[1:])
            return bodies[0], above.end()
        if isinstance(place, Plural) and place.level == "province" and (area := self._provinces_area(end)) is not None:
            # "UBND các tỉnh, thành phố từ Quảng Trị đến Khánh Hòa", "… khu vực Bắc Bộ và Bắc Trung Bộ"
            base = _state_base(head)
            name = f"{base} các {' '.join(place.words.split())} {area[0]}"
            return self.namer.other(name, _STATE_KIND[base], "province", None, None, collective=True), area[1]
        if isinstance(place, Plural):
            if place.words.endswith("thành phố") and place.level == "district":
                k = _skip_space(self.f, end)
                city, city_end = self._lower_name(k, {"district"})
                home = self.home
                names = self._cap_words(k, 3) if city is None and home is not None else []
                named = [e for _s, e in names if home is not None and fold(home.name).endswith(" " + fold(self.t[k:e]))]
                if home is not None and (city is not None or named):  # "UBND các huyện, thị xã, thành phố Huế"
                    k_end = city_end if city is not None else named[-1]
                    group = self._plural_state(head, place)
                    if group is not None and fold(self.t[k:k_end]) != fold(home.short):
                        # named as written: the units of those types and that city ("… thành phố Huế"), unless
                        # the name is the province's too ("các huyện, thành phố Cà Mau": the province's units)
                        base = _state_base(head)
                        words = " ".join(place.words.split())
                        name = f"{base} các {words} {' '.join(self.t[k:k_end].split())}"
                        group = self.namer.other(name, group.kind, group.level, None, group.unit, True)
                    return group, k_end
            return self._plural_state(head, place), end
        if head.startswith(("hoi dong", "hdnd")):
            return self.namer.council(place), end
        if head.startswith(("uy ban nhan dan", "ubnd")):
            return self.namer.people_committee(place), end
        if head.startswith(("toa an", "tand")):
            return self.namer.court(place), end
        if head.startswith(("vien", "vksnd")):
            return self.namer.procuracy(place), end
        return self.namer.front(place), end

    def addressed_units(self, j: int, by: Body) -> tuple[Body, int] | None:
        """"yêu cầu các huyện, thành phố …": units of a level addressed together by a state body mean
        their People's Committees ("Ủy ban nhân dân các huyện, thành phố thuộc tỉnh X"), as one unit named
        alone means its UBND (gold conventions: "yêu cầu tỉnh Vĩnh Phúc" -> the UBND tỉnh); addressed by
        a Front committee, their Front committees. Party bodies: no reading."""
        head = _ADDRESSED_HEAD.get(by.kind)
        if head is None or not _PLURAL_OPENER_RX.match(self.f, j):
            return None
        place, end = self.place(j, allow_bare_name=False, bare_words=False)
        if not isinstance(place, Plural) or end <= j:
            return None
        body = self._plural_state(head, place)
        return (body, end) if body is not None else None

    def _provinces_area(self, end: int) -> tuple[str, int] | None:
        """The area that qualifies "các tỉnh, thành phố": "từ A đến B" (two provinces), or
        "khu vực / vùng / miền" and capitalised words ("khu vực Bắc Bộ, Bắc Trung Bộ"), as written."""
        span = _FROM_TO_RX.match(self.f, end)
        if span:
            first, a_end = self._province_name(span.end())
            to = _TO_RX.match(self.f, a_end) if first is not None else None
            last, b_end = self._province_name(to.end()) if to else (None, 0)
            if last is not None:
                return " ".join(self.t[span.start(1):b_end].split()), b_end
        area = _AREA_RX.match(self.f, end)
        named = _AREA_NAME_RX.match(self.t, area.end()) if area else None
        if area and named:
            return " ".join(self.t[area.start(1):named.end()].split()), named.end()
        return None

    def _plural_state(self, head: str, plural: Plural) -> Body | None:
        if self.home is None and plural.level != "province":
            return None
        base = _state_base(head)
        kind = _STATE_KIND[base]
        words = re.sub(r"\s+", " ", plural.words)
        if plural.level == "province" and words != "tỉnh, thành phố":  # "các tỉnh ven biển", "… thành phố có rừng"
            return self.namer.other(f"{base} các {words}", kind, "province", None, None, collective=True)
        if plural.level == "province":
            return self.namer.other(f"{base} các tỉnh, thành phố trực thuộc Trung ương", kind, "province", None, None,
                                    collective=True)
        where = self.container(plural.level)
        if where is None:
            return None
        name = f"{base} các {words} thuộc {where.display()}"
        group = self.namer.other(name, kind, plural.level, None, where, collective=True)
        if kind == "peoples_committee":
            self._local_groups.append(group)  # what a later "các địa phương" stands for
        return group

    def _regional(self, j: int):
        """"Tòa án nhân dân khu vực 5", "Tòa án, Viện Kiểm sát và Thi hành án khu vực 5": judicial bodies of a
        numbered region of the province (2025); coordinated heads share the region written after the last."""
        heads: list[tuple[int, int, BodyHead]] = []
        pos = j
        while True:
            m = _REGIONAL_RX.match(self.f, pos)
            if not m or not self.t[pos].isupper():
                return None
            heads.append((pos, m.end(), _REGIONAL_BY_KEY[fold(m.group(0))]))
            region = _REGION_RX.match(self.f, m.end())
            if region:
                break
            sep = _NAME_SEP_RX.match(self.f, m.end())
            if not sep:
                return None
            pos = sep.end()
        unit = self.home
        if unit is None:
            return None
        number = region.group(1).upper()
        for start, end, head in heads[1:]:
            body = self._regional_body(head, number, unit)
            self.nested.append(Mention(start, end, self.t[start:end], body))  # the heads sharing the region
        return self._regional_body(heads[0][2], number, unit), region.end()

    def _regional_body(self, head: BodyHead, number: str, unit: Place) -> Body:
        return self.namer.other(f"{head.head} khu vực {number} {unit.display()}", head.kind, "district", None, unit)

    def _council_committee(self, j: int):
        """"Ban Pháp chế HĐND tỉnh", "Ban Kinh tế - Ngân sách của HĐND huyện": a committee of the council."""
        heads: list[re.Match] = []
        pos = j
        bare = _BARE_COUNCIL_COMMITTEE_RX.match(self.f, j)
        # a capitalised council committee no council follows, not a head other bodies share ("Ban Dân tộc")
        bare = bare if bare and self.t[j].isupper() and fold(bare.group(1)) not in _SHARED_COMMITTEE_HEADS else None
        if bare and not _COUNCIL_COMMITTEE_RX.match(self.f, j):
            # "… của Ban Kinh tế - Ngân sách HĐND tỉnh; cuộc khảo sát của Ban Văn hóa - Xã hội": that council's
            named = self._council_named_before(j)
            if named is None:
                return None
            return self.namer.other(f"{_COUNCIL_COMMITTEE_BY_KEY[fold(bare.group(1))]} {named.name}",
                                    "peoples_council_committee", named.level, named, named.unit), bare.end()
        while True:  # "Ban Pháp chế, Ban Kinh tế - Xã hội HĐND huyện": the heads share the council after the last
            m = _COUNCIL_COMMITTEE_RX.match(self.f, pos)
            if m is None and heads and self.t[pos].isupper():
                m = _BARE_COUNCIL_COMMITTEE_RX.match(self.f, pos)  # the last of a list no council follows
            if m is None or not self._capital_or_titled(pos):
                return None
            heads.append(m)
            if m.end(1) == m.end() or _COUNCIL_WORD_RX.match(self.f, _skip_space(self.f, m.end())):
                break
            pos = m.end()
        k = _skip_space(self.f, heads[-1].end())
        council = self._state(k)
        if council is not None and council[0] is not None and council[0].kind == "peoples_council" \
                and not council[0].collective:
            body, end = council
            self._nest(k, end, body)
        elif bare and (named := self._council_named_before(j)) is not None:
            body, end = named, heads[-1].end(1)  # "HĐND huyện … gồm Ban Pháp chế và Ban Kinh tế - Xã hội"
        else:
            return None
        found = [self.namer.other(f"{_COUNCIL_COMMITTEE_BY_KEY[fold(h.group(1))]} {body.name}",
                                  "peoples_council_committee", body.level, body, body.unit) for h in heads]
        for n, (h, other) in enumerate(zip(heads[1:], found[1:], strict=True), 2):
            stop = end if n == len(heads) else h.end(1)
            self._pending.append(Mention(h.start(), stop, self.t[h.start():stop], other))
        return found[0], (end if len(heads) == 1 else heads[0].end(1))

    def _council_named_before(self, j: int) -> Body | None:
        """The People's Council the text named last before ``j`` (itself, its standing body or a committee)."""
        for m in reversed(list(_COUNCIL_WORD_RX.finditer(self.f, 0, j))):
            got = self._state(m.start())
            if got is not None and got[0] is not None and got[0].kind == "peoples_council" \
                    and not got[0].collective:
                return got[0]
        return None

    def _deputies_group(self, j: int):
        """"Tổ đại biểu cụm số 2 HĐND huyện X": one deputies' group of the council, named with its number (the plural
        "các Tổ đại biểu HĐND tỉnh" is read with the collectives)."""
        m = _DEPUTIES_GROUP_RX.match(self.f, j)
        if not m or not self.t[j].isupper():
            return None
        council = self._state(m.end())
        if council is None or council[0] is None or council[0].kind != "peoples_council" or council[0].collective:
            return None
        body, end = council
        self._nest(m.end(), end, body)
        after = _DEPUTIES_NUMBER_RX.match(self.f, end) if m.group(1) is None else None
        number = (" ".join(self.t[m.start(1):m.end(1)].split()) if m.group(1) is not None
                  else " ".join(self.t[after.start(1):after.end(1)].split()) if after else "")
        name = f"Tổ đại biểu {number} {body.name}" if number else f"Tổ đại biểu {body.name}"
        end = after.end() if after else end
        both = _AND_RX.match(self.f, end) if not number else None
        other, oend = self.place(both.end(), allow_bare_name=False, bare_words=False) if both else (None, end)
        if isinstance(other, Place) and other != body.unit:  # "Tổ đại biểu HĐND tỉnh X và huyện Y": a joint group
            name, end = f"{name} và {other.display()}", oend
        at = _AT_RX.match(self.f, end) if not number else None
        where, wend = self.place(at.end() if at else end, allow_bare_name=False) if not number else (None, end)
        if isinstance(where, Plural) and where.level != "province":
            # "Tổ đại biểu HĐND tỉnh (tại) các huyện, thị xã, thành phố": the council's group in each of them
            return self.namer.other(f"Các Tổ đại biểu {body.name}", "other", body.level, body, body.unit, True), wend
        where = self.resolve_place(where) if at and where is not None else None
        if isinstance(where, Place) and where != body.unit:  # "Tổ đại biểu HĐND tỉnh tại huyện X": the district's
            name, end = f"{name} tại {where.display()}", wend
        return self.namer.other(name, "other", body.level, body, body.unit), end

    def _inspectorate(self, j: int):
        """"Thanh tra tỉnh": the province's inspectorate, an agency of its People's Committee."""
        bare = _BARE_INSPECTORATES_RX.match(self.f, j)
        if bare and not self.t[_skip_space(self.t, bare.end()):][:1].isupper():
            return self._bare_inspectorates(bare)
        head = _INSPECTOR_HEAD_RX.match(self.f, j)
        if not head or not (self.t[j].isupper() or _PROVINCE_INSPECTORATE_RX.match(self.f, j)):
            return None  # "thanh tra" in lower case is an inspection ("thanh tra huyện X"); "thanh tra tỉnh" a body
        k = head.end()
        owner = (self._national(k) or self._department(k)) if self.t[k:k + 1].isupper() else None
        if owner is not None and owner[0] is not None and not owner[0].collective \
                and owner[0].kind in ("ministry", "department"):
            body, end = owner  # "Thanh tra Bộ Xây dựng", "Thanh tra Sở Xây dựng": the body's own inspectorate; like
            # an office it does not declare its host (the gold of two read documents does not)
            return self.namer.other(f"Thanh tra {body.name}", "department", body.level, body, body.unit), end
        m = _INSPECTORATE_RX.match(self.f, j)
        if not m:
            return None
        place, end = self.place(m.start(1))
        place = self.resolve_place(place)
        if not isinstance(place, Place):
            return None
        return self.namer.other(f"Thanh tra {place.display()}", "department", place.level,
                                self.namer.people_committee(place), place), end

    def _bare_inspectorates(self, bare: re.Match):
        """"thanh tra sở", "thanh tra huyện" without a name: in a province's text every department's or district's
        inspectorate, one group ("Thanh tra các sở tỉnh X"); in a district's own text "thanh tra huyện" is its own."""
        own = self.own_unit()
        if bare.group(1) == "huyện" and own is not None and own.level == "district":
            return self.namer.other(f"Thanh tra {own.display()}", "department", "district",
                                    self.namer.people_committee(own), own), bare.end()
        if self.home is None or self.home.level != "province" or (own is not None and own.level != "province"):
            return None
        if bare.group(1) == "huyện" and (near := self._district_in_sentence(bare.start())):
            # "tại huyện Kiên Hải, hợp nhất Ủy ban Kiểm tra Huyện ủy với Thanh tra huyện": that district's
            return self.namer.other(f"Thanh tra {near.display()}", "department", "district",
                                    self.namer.people_committee(near), near), bare.end()
        if bare.group(1) == "sở":
            return self.namer.other(f"Thanh tra các sở {self.home.display()}", "department", "province",
                                    self.namer.people_committee(self.home), self.home, True), bare.end()
        words = _plural_words("huyện" + self.t[bare.start(2):bare.end(2)])  # "Thanh tra huyện, thị xã, thành phố"
        return self.namer.other(f"Thanh tra các {words} thuộc {self.home.display()}", "department", "district", None,
                                self.home, True), bare.end()

    def _front_standing(self, j: int):
        """"Ban Thường trực Ủy ban MTTQ Việt Nam huyện": the standing board of a Front committee."""
        m = _FRONT_STANDING_RX.match(self.f, j)
        if not m:
            return None
        front = self._state(m.end())
        if front is None or front[0] is None or front[0].kind != "fatherland_front" or front[0].collective:
            return None
        body, end = front
        k = _skip_space(self.f, m.end())
        if _names_a_place(self.t[k:end]):
            self._nest(k, end, body)  # "… Ủy ban MTTQ Việt Nam xã Nam Cao" names the committee too
        return self.namer.other(f"Ban Thường trực {body.name}", "fatherland_front", body.level, body, body.unit), end

    def _capital_or_titled(self, j: int) -> bool:
        """A head written with a capital, or "ban"/"đoàn" after its head's title ("Trưởng ban An toàn giao thông
        tỉnh", "Phó Trưởng ban Kinh tế - Ngân sách HĐND tỉnh", "Trưởng đoàn Đại biểu Quốc hội tỉnh")."""
        return self.t[j].isupper() or (self.f.startswith(("ban ", "đoàn "), j) and
                                       _HEAD_OF_BAN_BEFORE_RX.search(self.f, max(0, j - 10), j) is not None)

    def _agency(self, j: int, inside: bool = False):
        """"Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh", "Cục Thuế tỉnh Hòa Bình", "Đài khí tượng thủy văn
        Yên Bái", "Hội Nông dân huyện": an agency named after the unit it serves (``inside`` another body's name
        it may be written in lower case: "Cơ quan CSĐT công an tỉnh")."""
        m = _AGENCY_RX.match(self.f, j)
        if not m or not (inside or self._capital_or_titled(j) or _ABBREVIATED_RX.search(m.group(1))):
            return None  # a lower-case head only with an abbreviation in it ("văn phòng HĐND&UBND")
        if _CREDIT_BEFORE_RX.search(self.f, max(0, j - 8), j):
            return None  # "(theo Báo Hà Tĩnh)" credits a source
        head = _AGENCY_BY_KEY[fold(m.group(1))]
        kind, parent_spec = LOCAL_AGENCIES[head]
        unit_word = _DELEGATION_UNIT_RX.match(self.f, m.end()) if parent_spec == "Quốc hội" else None
        place, end = self.place(unit_word.end() if unit_word else m.end())  # "Đoàn ĐBQH đơn vị tỉnh X"
        place = self.resolve_place(place)
        own = _UNIT_NAMED_HEAD_RX.match(self.f, j)
        if own and not isinstance(place, Place):  # "Tỉnh đoàn", "Huyện đoàn": the unit is in the head
            place, end = self.resolve_place(self._bare_unit(j, own.group(1))), m.end()
        elif not isinstance(place, Place) and re.search(r"hđnd|ubnd|nhân dân", m.group(1)):
            place, end = self.own_unit(), m.end()  # "Văn phòng HĐND và UBND": of the document's unit
        elif place is None and (shared := self._shared_agency_place(m.end())) is not None:
            place, end = shared, m.end()  # "Công an, Ban Chỉ huy Quân sự phường": the place after the last head
        elif place is None and head in PROVINCIAL_AGENCIES and self.home is not None:
            place, end = self.home, m.end()  # "Bộ Chỉ huy Bộ đội Biên phòng, Cục Hải quan chỉ đạo …"
        elif place is None and head in _OWN_UNIT_AGENCIES and self.locals:
            place, end = self.locals[0], m.end()  # "Cơ quan Tổ chức - Nội vụ" in a district's own text
        if isinstance(place, Plural):  # "Ủy ban bầu cử các huyện, thành phố", "Công an các xã"
            where = self.container(place.level)
            if where is None:
                return None
            name = f"{head} các {' '.join(place.words.split())} thuộc {where.display()}"
            return self.namer.other(name, kind, place.level, None, where, True), end
        if not isinstance(place, Place):
            return None
        if head == "Ban Chỉ huy Quân sự" and place.level == "province":  # "Quân sự tỉnh": the province's command
            head = "Bộ Chỉ huy Quân sự"
        parent: Body | None
        if parent_spec == "ubnd":
            parent = self.namer.people_committee(place)
        else:
            parent = self.namer.national(parent_spec) if parent_spec else None
        typed = _TYPE_RX.match(self.f, _skip_space(self.f, m.end()))
        # "Báo Đồng Tháp", "Đài Phát thanh và Truyền hình Cà Mau": their names as written
        written = place.short if head in _SHORT_PLACE_HEADS and not typed else place.display()
        return self.namer.other(f"{head} {written}", kind, place.level, parent, place), end

    def _state_owner_at(self, k: int) -> bool:
        """Whether a state body (not a party one) follows, after "của" or "thuộc" if written."""
        of = _OF_COMMITTEE_RX.match(self.f, k) or _OF_RX.match(self.f, _skip_space(self.f, k))
        owner = self.parse(of.end() if of else _skip_space(self.f, k))
        return owner is not None and not owner.body.kind.startswith("party")

    def _shared_agency_place(self, k: int) -> Place | None:
        """Agency heads listed without a place share the one written after the last head."""
        sep = _NAME_SEP_RX.match(self.f, k)
        if not sep or not _AGENCY_RX.match(self.f, sep.end()):
            return None
        nxt = self._agency(sep.end())
        body = nxt[0] if nxt is not None else None
        return body.unit if body is not None and not body.collective else None

    def _dang_bo(self, j: int):
        """"Đảng bộ X" names the organisation whose committee leads it: "Đảng bộ Hương Sơn" = Huyện ủy
        Hương Sơn, "Đảng bộ Công an tỉnh" = Đảng ủy Công an tỉnh, "Đảng bộ Khối CCQ&DN tỉnh" = Đảng ủy
        Khối …; a commune's or an enterprise's keeps its name ("Đảng bộ xã Tân Việt")."""
        m = _DANG_BO_RX.match(self.f, j)
        if not m or _EVENT_BEFORE_RX.search(self.f, max(0, j - 22), j):
            return None  # "Đại hội Đảng bộ tỉnh" is an event, not the committee
        k = _skip_space(self.f, m.end())
        if not self.t[j].isupper() and not self._named_unit_after(k):
            return None  # "đảng bộ xã" in lower case is any commune's; "đảng bộ xã Hồ Thị Kỷ" is one
        bloc = _BLOC_RX.match(self.f, k)
        inner = None if bloc else self._cell_host(k)
        if bloc or (inner is not None and inner[0] is not None):
            return self._dang_bo_of(k, bloc, inner)
        place, end = self.place(m.end(), allow_bare_name=True)
        place = self.resolve_place(place)
        if place is None and self.t[k:k + 1].isupper():
            place, end = self._own_commune_named(m.end()) or (None, end)  # "Đảng bộ Tân Hộ Cơ" in its district
        if isinstance(place, Plural) and place.level == "commune" and self.f.startswith("các", k) and (
                where := self.container("commune")):  # "Đảng bộ các xã, phường"
            return self._commune_committees(f"Đảng bộ các {' '.join(place.words.split())}", where), end
        if not isinstance(place, Place):
            return None
        if place.level == "commune":
            district = self.gaz.parent_of(place)
            parent = self.namer.committee(district) if district else self._home_committee()
            return self.namer.other(f"Đảng bộ {place.display()}", "party_committee", "commune", parent, place), end
        return self.namer.committee(place), end

    def _named_unit_after(self, k: int) -> bool:
        """A capitalised unit follows: "xã Hồ Thị Kỷ", "ấp Tân Lợi", "Trường Tiểu học Tân Lợi", not "xã" alone."""
        if self.t[k:k + 1].isupper():
            return True
        typed = _TYPE_RX.match(self.f, k) or (_HAMLET_RX.match(self.f, k - 1) if k else None)
        at = _skip_space(self.f, typed.end()) if typed is not None else k
        first = self.t[at:at + 1] if typed is not None else ""
        return first.isupper() or first.isdigit()  # "xã Hồ Thị Kỷ", "ấp 3"

    def _cell_host(self, k: int):
        """The unit a party organisation sits in ("Đảng bộ Sở Nội vụ", "Chi bộ Trường THPT …"): a department, an
        agency, a named unit or an enterprise."""
        if _DEPT_RX.match(self.f, k) and self.t[k].isupper():
            got = self._department(k)
            if got is not None and got[0] is not None:
                return got
        got = self._agency(k) or self._named_unit(k) or self._named_unit(k, enterprise=True)
        if got is None:
            mention = self.parse(k)  # "Chi bộ Văn phòng HĐND tỉnh": an office of a council or a committee
            if mention is not None and mention.body.kind in _CELL_HOST_KINDS and not mention.body.collective:
                got = mention.body, mention.end
        return got

    def _chi_bo(self, j: int):
        """"Chi bộ Sở Nội vụ", "Chi bộ Trường THPT Nguyễn Huệ", "Chi bộ ấp Phú Thạnh": a party cell, named
        after the unit or the hamlet it sits in."""
        m = _CHI_BO_RX.match(self.f, j)
        if not m or _EVENT_BEFORE_RX.search(self.f, max(0, j - 22), j):
            return None  # "Đại hội Chi bộ …" is an event
        if not self.t[j].isupper() and not self._named_unit_after(_skip_space(self.f, m.end())):
            return None  # "chi bộ" in lower case: any cell, unless a named unit follows ("chi bộ Trường Tiểu học …")
        hamlet = _HAMLET_RX.match(self.f, m.end())
        if hamlet:
            names = self._cap_words(_skip_space(self.f, hamlet.end()), 4)
            own = self.own_unit()
            if not names or own is None or own.level not in ("commune", "district"):
                return None
            end = names[-1][1]
            written = " ".join(self.t[hamlet.start(1):end].split())
            if own.level == "district":  # a district's text: the hamlet's commune if written after it, else none
                sep = re.compile(r",? ").match(self.f, end)
                commune, after = self.place(sep.end(), allow_bare_name=False) if sep else (None, end)
                if isinstance(commune, Place) and commune.level == "commune":
                    own, end = commune, after
                else:
                    return self.namer.other(f"Chi bộ {written}", "party_committee", "commune",
                                            self.namer.committee(own), own), end
            return self.namer.other(f"Chi bộ {written} {own.display()}", "party_committee", "commune",
                                    self.namer.committee(own), own), end
        inner = self._cell_host(_skip_space(self.f, m.end()))
        if inner is None or inner[0] is None or inner[0].collective:
            return None
        body, end = inner
        province = self.namer.province_of(body.unit) if body.unit else None
        committee = self.namer.committee(province) if province else None
        return self.namer.other(f"Chi bộ {body.name}", "party_committee", body.level, committee, body.unit), end

    def _dang_bo_of(self, k: int, bloc: re.Match | None, inner):
        """The committee of a bloc or of an agency: "Đảng ủy Khối các cơ quan tỉnh", "Đảng ủy Công an
        tỉnh", "Đảng ủy Sở Y tế"; an enterprise's or a unit's keeps "Đảng bộ"."""
        if bloc:
            place, end = self.place(bloc.end(), allow_bare_name=True)
            place = self.resolve_place(place)
            if not isinstance(place, Place):
                if _BLOC_BY_KEY[fold(bloc.group(1))] in _DISTRICT_BLOCS:  # a district's bloc, bare in its own text
                    own = self.own_unit()  # (elsewhere "Đảng bộ Cơ quan chính quyền" names a kind of organisation)
                    if own is None or own.level != "district":
                        return None
                    place, end = own, bloc.end()
                else:
                    place, end = self.home, bloc.end()
            if place is None:
                return None
            name = f"Đảng ủy {_BLOC_BY_KEY[fold(bloc.group(1))]} {place.display()}"
            return self.namer.other(name, "party_committee", place.level, self.namer.committee(place), place), end
        body, end = inner
        head = "Đảng ủy" if body.kind != "other" or fold(body.name).startswith("cong an") else "Đảng bộ"
        province = self.namer.province_of(body.unit) if body.unit else None
        committee = self.namer.committee(province) if province else None
        return self.namer.other(f"{head} {body.name}", "party_committee", body.level, committee, body.unit), end

    def _named_unit(self, j: int, enterprise: bool = False):
        """"Trung tâm Phát triển quỹ đất tỉnh", "Xí nghiệp Khai thác công trình thủy lợi huyện", "Công
        ty TNHH MTV …": a head and a capitalised name, read word by word up to a place, a function
        word or a verb."""
        m = (_ENTERPRISE_RX if enterprise else _NAMED_UNIT_RX).match(self.f, j)
        if not m or not (self.t[j].isupper() or (not enterprise and _UNIT_HEAD_TITLE_BEFORE_RX.search(
                self.f, max(0, j - 12), j))):
            return None  # lowercase only after its head's title ("Phó Trưởng trạm Thủy nông")
        if not self.t[m.end():m.end() + 1].isupper() or self.t[j + 1:j + 2].isupper():
            return None  # a lowercase word after the head, or a heading in capitals ("XÃ HỘI CHỦ NGHĨA")
        if not enterprise and (_VENUE_BEFORE_RX.search(self.f, max(0, j - 12), j)
                               or _EVENT_BEFORE_RX.search(self.f, max(0, j - 20), j)):
            return None  # "tại Trung tâm Hội nghị tỉnh": a place; "Đại hội Hội LHPN": an event, not an actor
        end = self._before_person(m.end(), self._name_end(m.end()))
        if numbered := _UNIT_NUMBER_AFTER_RX.match(self.t, end):
            end = numbered.end()  # "Trường Trung cấp Kinh tế - Kỹ thuật số 2": the number is part of the name
        if _SCHOOL_RX.match(self.f, j) and (names := self._cap_words(_skip_space(self.f, m.end()), 5)):
            end = names[-1][1]  # a school is named after a person or a place: its capitalised words only
        head = " ".join(self.t[j:end].split())
        head = head[:1].upper() + head[1:]  # "trạm Thủy nông" after its head's title
        kind = _NAMED_UNIT_KIND_BY_KEY.get(fold(self.t[j:m.end()]), "other")
        place, pend = self.place(end, allow_bare_name=False)
        place = self.resolve_place(place)
        if isinstance(place, Place):
            parent = self.namer.people_committee(place) if kind == "public_service_unit" else None
            return self.namer.other(f"{head} {place.display()}", kind, place.level, parent, place), pend
        if isinstance(place, Plural) and not enterprise and (where := self.container(place.level)) is not None:
            # "Trạm Y tế các xã, thị trấn": every commune's station, one group
            name = f"{head} các {' '.join(place.words.split())} thuộc {where.display()}"
            return self.namer.other(name, kind, place.level, None, where, True), pend
        own = None if enterprise else self._own_place_of(_head_case(self.t[j:m.end()].strip()), head)
        if own is not None:  # "Trạm Khuyến nông" in a district's text: the district's station
            parent = self.namer.people_committee(own) if kind == "public_service_unit" else None
            return self.namer.other(f"{head} {own.display()}", kind, own.level, parent, own), end
        unit = self.locals[0] if self.locals else self.home
        return self.namer.other(head, kind, unit.level if unit else "central", None, unit), end

    def _own_place_of(self, head_word: str, name: str) -> Place | None:
        """The unit a place-less named unit belongs to, when its head says it has one and its name does not
        already place it (a national or regional word, a proper or a place's name at its end: "Trạm Kiểm lâm
        Lủng Siên")."""
        means = _PLACED_UNIT_HEADS.get(head_word)
        if means is None or self.home is None or _BEYOND_UNIT_RX.search(match_form(name)):
            return None
        words = name.split()
        if len(words) >= 4 and all(w[:1].isupper() for w in words[-2:]) and any(w.islower() for w in words[1:-2]):
            return None  # ends in a proper name ("Ban Quản lý Khu di tích Dinh Thầy Thím")
        for n in range(1, min(4, len(words) - 1) + 1):
            tail = words[-n:]
            if not all(w[:1].isupper() for w in tail):
                break
            short = " ".join(tail)
            if self.gaz.province(short, self.namer.day) or self.gaz.unit_in(self.home.province_code, short,
                                                                              self.namer.day):
                return None
        return self.home if means == "province" else self.own_unit()

    def _named_unit_or_association(self, j: int):
        """A named unit; an association ("Hội Luật gia tỉnh") or a school only where a duty or a report names it:
        news names them in passing (a chairman's post, an event's host) far more often than as actors."""
        got = self._named_unit(j)
        if got is not None and (got[0].kind == "mass_organisation" or _SCHOOL_RX.match(self.f, j)):
            self.vague.add(got[0].iri)  # schools too: news names them as places and hosts far more than as actors
        return got

    def _enterprise(self, j: int):
        """"Công ty TNHH MTV Khai thác công trình thủy lợi Quảng Bình", "Tập đoàn Điện lực Việt Nam": a
        company is a body only where a duty or a report names it (news names companies for other reasons)."""
        got = self._named_unit(j, enterprise=True)
        if got is not None:
            self.vague.add(got[0].iri)
        return got

    def _before_person(self, k: int, end: int) -> int:
        """A name read up to ``end`` that runs on into its head's own name after a province ("Chi cục Chăn nuôi
        và Thủy sản Đồng Nai Nguyễn Trường Giang"): it ends before the surname."""
        for w in _NAME_WORD_RX.finditer(self.t, k, end):
            start = w.start(1)
            if start > k and match_form(w.group(1)) in _SURNAMES and self._province_ends_at(k, start):
                return len(self.t[:start].rstrip())
        return end

    def _province_ends_at(self, k: int, pos: int) -> bool:
        """Whether a province's bare name ("Đồng Nai", "Bà Rịa - Vũng Tàu") ends just before ``pos``."""
        words = [m.start(1) for m in _NAME_WORD_RX.finditer(self.t, k, pos)]
        return any(self.gaz.province(self.t[w:pos].strip(), self.namer.day) is not None for w in words[-4:])

    def _name_end(self, k: int, limit: int = 9) -> int:
        """Where a name that starts at ``k`` ends: capitalised words always belong to it; a lowercase
        word ends it when it is a place type word, a function word or a verb."""
        end = k
        count = 0
        caps = 0  # capitalised words in a row
        lower_before = False  # a lowercase word came before them
        proper = False  # a capitalised word has begun the name
        while count < limit:
            glue = _NAME_GLUE_RX.match(self.t, end) if count else None
            dash = (_DASH_PURPOSE_RX.match(self.f, end) or self._dash_compound(end)) if count else None
            if dash:  # "Ban Chỉ huy Phòng thủ dân sự - Phòng, chống thiên tai …": a second purpose
                glue, end = dash, dash.end()
            elif glue and (self.f[end - 5:end] == "phòng" or self.f[end - 10:end] == "phòng cháy"
                           or self._continues_name(glue.end(), "và" not in glue.group(0))):
                end = glue.end()  # "Phòng, chống thiên tai và tìm kiếm cứu nạn", "phòng cháy, chữa cháy rừng"
                if "và" not in glue.group(0):
                    caps = 0  # a dash opens the name's second part ("Than - Khoáng sản Việt Nam")
            elif count and (glue := _PURPOSE_LIST_RX.match(self.t, end)) and "chống " in self.f[k:end] \
                    and not _NAME_STOP_RX.match(self.f, glue.end()) and not _TYPE_RX.match(self.f, glue.end()) \
                    and not _POST_TITLE_RX.match(self.f, glue.end()):  # "…, trưởng phòng Kinh tế": a person next
                end = glue.end()  # "… phòng, chống tham nhũng, lãng phí, tiêu cực": the things fought, listed
            else:
                glue = None
            w = _NAME_WORD_RX.match(self.t, end)
            if not w:
                break
            word_start = w.start(1)
            if count and _LEVEL_RX.match(self.f, word_start):
                break  # "… COVID-19 cấp xã": the level is not part of the name
            if _VERB_BEFORE_REPORT_RX.match(self.f, word_start):
                break  # "Đoàn kiểm tra tổng hợp báo cáo …": the team's verb, not its name
            typed = _TYPE_RX.match(self.f, word_start) if count else None
            if count and (_PROVINCE_FORM_RX.match(self.f, word_start) or (
                    typed and (_CAPITAL_NEXT_RX.match(self.t, typed.end())
                               or self.t[word_start:typed.end()].rstrip(". ") in ("TP", "TX")))):
                break  # "Viện Nghiên cứu phát triển TP.HCM", "… Tỉnh Bình Dương", "… dịch TP": the place, not the name
            if count and not glue and not self.t[word_start].isupper() and (
                    _NAME_STOP_RX.match(self.f, word_start) or _TYPE_RX.match(self.f, word_start)) and not (
                    _DIGITAL_SO_RX.match(self.f, word_start)):
                break
            upper = self.t[word_start].isupper()
            if not upper and not glue and proper and _PROPER_NAME_CLOSING_RX.match(self.f, word_start):
                break  # "Chi cục Kiểm lâm khắc phục …", "Trung tâm Phát triển quỹ đất lập phương án"
            if not upper and not glue and caps >= 2 and _TASK_VERB_AFTER_NAME_RX.match(self.f, word_start):
                break  # "Vườn quốc gia U Minh Thượng xây dựng phương án …": the name ended before the task
            if not upper and not glue and caps >= 2 and lower_before:
                break  # "Chi cục Thuế khu vực Châu Thành - Tân Phước thu …": a proper name closes the name
            if upper:
                caps += 1
                proper = True
            else:
                lower_before, caps = True, 0
            end = w.end(1)
            count += 1
        return end

    def _dash_compound(self, k: int) -> re.Match[str] | None:
        """The dash of "kinh tế - xã hội" when the name read so far ends in its first half."""
        for first, dash in _DASH_COMPOUNDS:
            if self.f.endswith(first, 0, k) and (m := dash.match(self.f, k)):
                return m
        return None

    def _lower_half_before_place(self, k: int) -> bool:
        """"Ban Quản lý dự án đầu tư xây dựng và khu vực phát triển đô thị tỉnh": lower-case words after "và" that
        run, with no function word, verb or body on the way, into the name's place are the name's second half."""
        pos = k
        for count in range(7):
            at = _skip_space(self.f, pos)
            if count and (_TYPE_RX.match(self.f, at) or _PROVINCE_FORM_RX.match(self.f, at)):
                return count >= 2
            w = _NAME_WORD_RX.match(self.t, pos)
            if not w or not w.group(1)[:1].islower() or _NAME_STOP_RX.match(self.f, w.start(1)) \
                    or _LEVEL_RX.match(self.f, w.start(1)):
                return False
            pos = w.end(1)
        return False

    def _continues_name(self, k: int, dash: bool = False) -> bool:
        """After "và" or " - " inside a name: a capitalised word that starts no body and no place ("Trung tâm
        Văn hóa - Thể thao và Truyền thanh", "Chi cục Trồng trọt và Bảo vệ thực vật"), or a usual second half of
        a name ("… phòng, chống thiên tai và tìm kiếm cứu nạn")."""
        w = _NAME_WORD_RX.match(self.t, k)
        if w and w.group(1) in _PURPOSE_SHORT:
            return True  # "Ban Chỉ huy PCTT và TKCN": a purpose's short form
        if not w or _shouting(w.group(1)):
            return False
        if not w.group(1)[:1].isupper():
            return not dash and (bool(_NAME_SECOND_HALF_RX.match(self.f, k)) or self._lower_half_before_place(k))
        if _NAME_STOP_RX.match(self.f, k) or _TYPE_RX.match(self.f, k) or _POST_TITLE_RX.match(self.f, k):
            return False  # "Trạm Thủy nông và Giám đốc …": the next person's title
        if not _HEAD_START_RX.match(self.f, k):
            return True
        return self.parse(k) is None and self.place(k, allow_bare_name=True, bare_words=False)[0] is None

    def _competent(self, j: int):
        """"báo cáo, đề xuất cơ quan có thẩm quyền": the unnamed competent authority a report goes to
        (a body only as such a target; "theo quy định của cơ quan có thẩm quyền" names none)."""
        m = _COMPETENT_RX.match(self.f, j)
        if not m or not _TO_AUTHORITY_RX.search(self.f, max(0, j - 30), j):
            return None
        unit = self.locals[0] if self.locals else self.home
        level = unit.level if unit else "central"
        name = "Cấp có thẩm quyền" if fold(m.group(1)) == "cap" else "Cơ quan có thẩm quyền"
        return self.namer.other(name, "other", level, None, unit), m.end()

    def _department(self, j: int):
        m = _DEPT_RX.match(self.f, j)
        sector = None
        if not m:
            m = _SECTOR_RX.match(self.f, j)
            if not m:
                return None
            sector = _SECTOR_BY_KEY[fold(m.group(1))]
        if sector is None and not self.t[j].isupper() and not (
                self.t[m.start(2):m.start(2) + 1].isupper() and not _CO_SO_BEFORE_RX.search(self.f, max(0, j - 4), j)
                and not _VAN_BEFORE_RX.search(self.f, max(0, j - 4), j)):
            return None  # "sở Xây dựng", "phòng Tài nguyên" in lower case are still departments; "cơ sở" is not
        head = "Sở" if sector else ("Sở" if fold(self.f[j:j + 2]) == "so" else "Phòng")
        name = sector or _canonical(m.group(2), DEPARTMENT_NAMES)
        place, end = self.place(m.end())
        place = self.resolve_place(place)
        if head == "Phòng":
            if not isinstance(place, Place) or place.level == "province":
                own = next((u for u in self.speaking_locals() if u.level == "district" or (
                    u.level == "commune" and (self.namer.day or "") >= NEW_ERA_START)), None)  # 2025: a commune's
                # a district's division: of the district this sentence or the whole text speaks of
                place = self._district_in_sentence(j) or own or next(iter(self._focal_districts()), None)
                end = m.end()
                if place is None:
                    return None
        elif isinstance(place, Plural) and place.level == "province":
            # "Sở Y tế các tỉnh, thành phố trực thuộc Trung ương": the departments of every province
            return self._provinces_department(name, place.words), end
        elif not isinstance(place, Place):
            if self.home is None:
                # a central text without a province of its own: the provinces' departments it addresses
                return (self._provinces_department(name, "tỉnh, thành phố") if head == "Sở" else None), m.end()
            place, end = self.home, m.end()
        return self.namer.department(head, name, place), end

    def _provinces_department(self, name: str, words: str) -> Body:
        """One department of every province (or of the provinces a qualifier names), as a collective."""
        words = re.sub(r"\s+", " ", words)
        where = "các tỉnh, thành phố trực thuộc Trung ương" if words.startswith("tỉnh, thành phố") else f"các {words}"
        return self.namer.other(f"Sở {name} {where}", "department", "province", None, None, collective=True)

    def _district_in_sentence(self, j: int) -> Place | None:
        start = max(self.f.rfind(".", 0, j), self.f.rfind("\n", 0, j)) + 1
        near = [p for pos, p in self.named_lower if start <= pos < j and p.level == "district"]
        return near[-1] if near else None

    def _collective(self, j: int):
        m = _COLLECTIVE_RX.match(self.f, j)
        if not m:
            return None
        k = m.end()
        communes = _COMMUNE_PARTY_RX.match(self.f, k)
        if communes and not _CAPITAL_NEXT_RX.match(self.t, communes.end()) and (
                where := self.container("commune")) is not None:
            # "các đảng ủy xã, thị trấn", "các đảng bộ xã, phường": every commune's, named as written
            head, words = (" ".join(self.t[communes.start(g):communes.end(g)].lower().split()) for g in (1, 2))
            return self._commune_committees(f"Các {head} {words}", where), communes.end()
        for pattern, head, kind, group in _COLLECTIVE_RXS:
            c = pattern.match(self.f, k)
            if not c or (group == "committee_organs" and self._committee_at(c.end()) is None):
                continue  # "các ban" alone is no group; "các ban của Tỉnh ủy" is
            end = c.end()
            if _NOT_A_GROUP_RX.match(self.f, end):
                return (None, end)
            if group == "units" and self.f[k:end] == "đơn vị" and m.group(1) == "các":
                return (None, end)
            if group in ("units", "dept") and _UNSPECIFIED_RX.match(self.f, end) and group == "units":
                return (None, end)
            if group == "dept" and self.f[k:end] == "ngành" and _UNSPECIFIED_RX.match(self.f, end):
                return (None, end)
            if unspecified := _UNSPECIFIED_RX.match(self.f, end):
                end = unspecified.end()
            if group == "national":  # "các tập đoàn kinh tế, tổng công ty nhà nước": no place of their own
                return self.namer.other(head, kind, "central", None, None, True), end
            press = group == "press"
            if press:  # "các cơ quan báo chí (Trung ương)": the central press, else the unit's (as service)
                got = self._central_press(head, kind, end)
                if got is not None:
                    return got
                group = "service"
            if self.home is None and group != "party":
                return None
            if group == "party":
                while True:
                    cont = _PARTY_CONT_RX.match(self.f, end)
                    if not cont:
                        break
                    end = cont.end()
                tail = _DIRECTLY_UNDER_RX.match(self.f, end)
                if tail:
                    end = tail.end()
                    centre = _CENTRE_AFTER_RX.match(self.f, end)
                    if centre and self.home is None:  # "các cấp ủy, tổ chức đảng trực thuộc Trung ương": not all
                        parts = self.party_parts or ["cấp ủy", "tổ chức đảng"]
                        return self.namer.other(f"Các {', '.join(parts)} trực thuộc Trung ương", "party_committee",
                                                "province", self.namer.national("Ban Chấp hành Trung ương Đảng"),
                                                None, True), centre.end()
                return self._party_collective(), end
            if group in ("advisory", "committee_units", "committee_organs"):  # "các ban, Văn phòng Huyện ủy"
                hamlet = _HAMLET_RX.match(self.f, end) if head.startswith("Các chi bộ") else None
                if hamlet and not _CAPITAL_NEXT_RX.match(self.t, hamlet.end()):  # "các chi bộ ấp": as written
                    head = f"Các chi bộ {' '.join(self.t[hamlet.start(1):hamlet.end(1)].lower().split())} trực thuộc"
                    end = hamlet.end()
                base = _BASE_COMMITTEES_RX.match(self.f, end) if head.startswith("Các chi bộ") else None
                if base and (own := self.own_unit()) is not None:  # "các chi bộ trực thuộc đảng ủy cơ sở": as written
                    name = f"{head}{'' if head.endswith('trực thuộc') else ' trực thuộc'} đảng ủy cơ sở {own.display()}"
                    return self.namer.other(name, kind, "commune", self.namer.committee(own), own, True), base.end()
                got = self._committee_at(end)
                if got is None and group == "advisory" and self._state_owner_at(end):
                    return (None, end)  # "các cơ quan tham mưu của UBND tỉnh": not the party's organs
                if got is not None and _CUA_RX.match(self.f, _skip_space(self.f, end)):
                    head += " của"  # "các ban của Tỉnh ủy": as written
                own = self.own_unit() if group == "committee_units" else self.home  # a commune's chi bộ
                bare = got is None and group == "advisory" and fold(self.f[c.start():c.end()]).endswith(
                    "co quan tham muu")
                committee, end = got if got else (self.namer.committee(own) if own is not None else None, end)
                if committee is None:
                    return None
                body = self.namer.other(f"{head} {committee.name}", kind, committee.level, committee, committee.unit,
                                        True)
                if bare or _EVENT_BEFORE_RX.search(self.f, max(0, j - 22), j):
                    # "sắp xếp đầu mối các cơ quan tham mưu": often the object of a task; "đại hội các chi bộ
                    # trực thuộc": their congresses. A body only where a duty names it
                    self.vague.add(body.iri)
                return body, end
            if group == "commune_committees":
                where = self.container("commune") or self.home
                return (self._commune_committees(head, where), end) if where is not None else None
            if group == "mass":
                head = self._mass_head(head)
            of = _OF_COMMITTEE_RX.match(self.f, end) if group == "service" else None
            state = self._state(of.end()) if of else None
            if of is not None and state is not None and state[0] is not None and not state[0].collective \
                    and state[0].kind == "peoples_committee":  # "các đơn vị sự nghiệp công lập thuộc UBND tỉnh"
                owner, end = state
                self._nest(of.end(), end, owner)
                body = self.namer.other(f"{head} thuộc {owner.name}", kind, owner.level, owner, owner.unit, True)
                self.vague.add(body.iri)
                return body, end
            place, pend = self.place(end)
            place = self.resolve_place(place)
            if isinstance(place, Place):
                end = pend
            else:
                place = self.own_unit()  # "các đoàn thể" of the document's commune or district
            if place is None:
                return None
            if group == "within" and place.level == "province":
                return (None, end)  # "các thôn, tổ dân phố" of a whole province are places talked about, not addressed
            parent = self.namer.people_committee(place) if kind == "department" else None
            name = f"{head} thuộc {place.display()}" if group == "within" else f"{head} {place.display()}"
            if group == "territory":  # "các chủ đầu tư": those on the unit's territory, not its bodies
                name = f"{head} trên địa bàn {place.display()}"
                end = territory.end() if (territory := _TERRITORY_RX.match(self.f, end)) else end
            if group == "service" and (territory := _TERRITORY_RX.match(self.f, end)):
                name = f"{head} trên địa bàn {place.display()}"  # as written: "các trường … trên địa bàn tỉnh"
                end = territory.end()
            body = self.namer.other(name, kind, place.level, parent, place, True)
            # "kiểm tra các cơ sở y tế": the object of a task, unless a duty names them; the press is named as
            # an actor ("phối hợp với các cơ quan báo chí")
            if group == "service" and not press:
                self.vague.add(body.iri)
            return body, end
        office = _COUNCIL_BOARDS_AND_OFFICE_RX.match(self.f, k)
        if office and self.t[k].isupper():  # "các Ban và Văn phòng HĐND tỉnh": both bodies, the council's
            council = self._state(office.end())
            if council is not None and council[0] is not None and council[0].kind == "peoples_council":
                body, end = council
                self._nest(office.end(), end, body)
                boards = self.namer.other(f"Các Ban của {body.name}", "peoples_council", body.level, body, body.unit,
                                          True)
                office_mention = self.parse(office.start(2))  # "Văn phòng HĐND tỉnh"
                if office_mention is not None:
                    self._pending.append(office_mention)
                return boards, office.end(1)
        part = _COUNCIL_PART_RX.match(self.f, k) or _COUNCIL_PARTS_RX.match(self.f, k)
        if part:  # "các Ban HĐND huyện", "các Tổ đại biểu HĐND tỉnh", "các ban, tổ HĐND huyện"
            council = self._state(part.end())
            if council is not None and council[0] is not None and council[0].kind == "peoples_council":
                body, end = council
                self._nest(part.end(), end, body)
                groups = [self.namer.other(f"{head} {body.name}", "other" if n == 2 else "peoples_council",
                                           body.level, body, body.unit, True)
                          for n, head in ((1, "Các Ban của"), (2, "Các Tổ đại biểu")) if part.group(n) is not None]
                if len(groups) == 2:  # the deputies' groups: a mention of their own after the committees
                    self._pending.append(Mention(part.start(2), end, self.t[part.start(2):end], groups[1]))
                    return groups[0], part.end(1)
                return groups[0], end
        deputies = _BARE_DEPUTIES_RX.match(self.f, k)
        if deputies and self.t[k].isupper():
            council = self._council_named_before(j)  # "HĐND tỉnh giao các Tổ đại biểu …": its groups
            if council is not None:
                return self.namer.other(f"Các Tổ đại biểu {council.name}", "other", council.level, council,
                                        council.unit, True), deputies.end()
        # "các Tổ kiểm tra, giám sát", "các Ban Chỉ đạo"
        got = self._task_force(k, plural=True)
        if got is not None:
            return got
        psu = _PSU_RX.match(self.f, k)
        if psu and self.t[k].isupper():  # "các Ban Quản lý dự án chuyên ngành tỉnh"
            named = self._name_end(psu.end(), limit=4) if not _TYPE_RX.match(self.f, _skip_space(self.f, psu.end())) \
                else psu.end()
            verb = _TASK_VERB_RX.search(self.f, psu.end(), named)
            if verb:  # "các Ban Quản lý dự án thực hiện …": the task is no part of the name
                named = len(self.f[:verb.start()].rstrip(" \t"))
            head = "Các " + " ".join(f"{_PSU_BY_KEY[fold(psu.group(1))]} {self.t[psu.end():named]}".split())
            place, pend = self.place(named, allow_bare_name=False)
            place = self.resolve_place(place)
            where = place if isinstance(place, Place) else self.own_unit()
            if where is not None:
                return self.namer.other(f"{head} {where.display()}", "public_service_unit", where.level,
                                        self.namer.people_committee(where), where, True), (
                    pend if isinstance(place, Place) else named)
        return self._member_list(j, k)

    def _commune_committees(self, head: str, where: Place) -> Body:
        """The party committees of every commune in ``where`` (one collective)."""
        return self.namer.other(f"{head} thuộc {where.display()}", "party_committee", "commune",
                                self.namer.committee(where), where, True)

    def _mass_head(self, head: str) -> str:
        """"các tổ chức chính trị - xã hội", "các đoàn thể chính trị - xã hội" and a bare "các đoàn thể" in one
        document are the same organisations: named as the document first writes the political-social group."""
        if head not in _POLITICAL_SOCIAL_HEADS and head != "Các đoàn thể":
            return head
        first = _POLITICAL_SOCIAL_RX.search(self.f)
        return _POLITICAL_SOCIAL_BY_KEY[" ".join(fold(first.group(1)).split())] if first else head

    def _member_list(self, j: int, k: int):
        """"các sở, ban, ngành tỉnh", "các bộ, cơ quan ngang bộ", "các cơ quan, đơn vị liên quan": a
        list of member nouns, then qualifiers and a place. Named "Các " + the members' canonical words
        + the qualifiers + the place; wholly unspecified partners ("phối hợp với các cơ quan liên
        quan") and lists of people ("cá nhân") are not bodies."""
        words: list[str] = []
        families: set[str] = set()
        end = k
        while True:
            m = _MEMBER_RX.match(self.f, end)
            if not m:
                break
            word, family = _MEMBER_BY_KEY[fold(m.group(0))]
            sep = _MEMBER_SEP_RX.match(self.f, m.end())
            headed = _HEADED_MEMBER_SEP_RX.match(self.f, m.end()) if family == "dept" and families <= {"dept"} \
                else None
            nxt = _MEMBER_RX.match(self.f, headed.end()) if headed else None
            if nxt and _MEMBER_BY_KEY[fold(nxt.group(0))][1] == "dept":  # not "… thủ trưởng các cơ quan liên quan"
                sep = headed
            more = bool(sep and _MEMBER_RX.match(self.f, sep.end()))
            if more and sep is not None and "các" in sep.group(0) and families and families != {"level"} \
                    and sep is not headed:
                more = False  # "các sở, ban, ngành, các hội, đoàn thể": a second group ("các cấp, các ngành": one)
            if more and sep is not None and self._binds_alone(sep.end(), families | {family}):
                more = False  # "các hội, đoàn thể, đơn vị lực lượng vũ trang": the armed units are a group of their own
                self._continued_at = sep.end()
            if word == "tổ chức" and not more:
                break  # "các cơ quan, tổ chức và đội ngũ": "tổ chức" closes no list of bodies
            for part in word.split(", "):  # "sở ban ngành" written without commas is "sở, ban, ngành"
                if part not in words:
                    words.append(part)
            families.add(family)
            end = m.end()
            if not more or sep is None:
                break
            end = sep.end()
        if not words:
            return None
        bar = _NOT_A_GROUP_RX.match(self.f, end)
        if bar and not (families <= {"dept"} and fold(bar.group(0)).strip() == "chuyen mon"):
            return (None, bar.end())  # "các cơ quan, đơn vị ngành dọc", "các đơn vị sự nghiệp"
        quals: list[str] = []
        where_said = False
        where_lower = False  # "của huyện", "trên địa bàn xã": the document's own district or commune
        owner: Body | None = None
        while True:
            of = _OF_COMMITTEE_RX.match(self.f, end)
            state = self._state(of.end()) if of else None
            if of is not None and state is not None and state[0] is not None and state[0].kind == "peoples_committee":
                owner, end = state  # "các cơ quan chuyên môn thuộc UBND huyện": named after their owner
                self._nest(of.end(), end, owner)
                break
            q = _QUALIFIER_RX.match(self.f, end)
            if not q:
                break
            kept = _QUALIFIER_BY_KEY[fold(q.group(0))]
            if kept is None and "central" in families and fold(q.group(0)).strip().startswith("tren dia ban"):
                kept = "trên địa bàn"  # "các cơ quan Trung ương trên địa bàn tỉnh": those based in the province
            if kept is None:
                where_said = True
                where_lower = where_lower or _LOWER_WHERE_RX.search(q.group(0)) is not None
            elif kept not in quals:
                quals.append(kept)
            end = q.end()
        if "person" in families or families == {"level"}:
            return (None, end)
        if words == ["địa phương"] and not quals and self._local_groups and not self._is_partner(j):
            return self._local_groups[-1], end  # "các địa phương" after "UBND các huyện, thành phố": those committees
        if families == {"party"} and set(words) <= _PARTY_GROUP_WORDS and self.home is not None and not quals:
            return self._party_groups_under(words, end)
        if not _is_group(words, families, quals, self.home is None):
            return None
        if families <= {"unit", "local"} and set(quals) <= {"liên quan", "khác", "chức năng"} and (
                (len(words) == 1 and families == {"unit"}) or self._is_partner(j)):
            return (None, end)  # wholly unspecified ("các đơn vị liên quan", "các cơ quan chức năng", a partner)
        unspecified_central = set(words) <= {"bộ", "ngành", "cơ quan", "đơn vị", "địa phương"} and "bộ" in words \
            and len(words) > 1 and bool(quals) and set(quals) <= {"liên quan", "khác"}
        if unspecified_central and self._is_partner(j):
            return (None, end)  # "phối hợp với các Bộ, cơ quan (địa phương) liên quan": the central form of the same
        # "… Trung ương (đóng) trên địa bàn tỉnh": the province's
        based = bool({"đóng trên địa bàn", "trên địa bàn"} & set(quals)) and self.home is not None
        central = not based and ("central" in families or any("Trung ương" in q for q in quals) or (
            "party" in families and self.home is None))
        dept = families <= {"dept"}
        # As written, except that departments "liên quan" are the departments: the sở, ban, ngành of a
        # province are a known set, and the gold names them without it ("Các sở, ngành tỉnh X"), while
        # "các đơn vị, cơ quan liên quan" keep it (without it they would be every unit). Two wordings of
        # one list are merged before.
        shown = [q for q in quals if not (dept and q == "liên quan")]
        name = "Các " + ", ".join(words) + "".join(f" {q}" for q in shown)
        if owner is None and {"cơ quan chuyên môn", "phòng chuyên môn", "bộ phận chuyên môn"} & set(words):
            unit = self.own_unit()  # the legal name: "các cơ quan chuyên môn thuộc UBND huyện"
            owner = self.namer.people_committee(unit) if unit is not None else None
        if owner is not None and dept and owner.unit is not None and owner.unit.level == "province" \
                and {"sở", "ngành"} & set(words):
            place_of_owner: Place | None = owner.unit  # "các sở, ngành thuộc UBND tỉnh": the province's departments
        elif owner is not None:
            return self.namer.other(f"{name} thuộc {owner.name}", "department" if dept else "other", owner.level,
                                    owner, owner.unit, True), end
        else:
            place_of_owner = None
        if central or (self.home is None and not where_said):
            kind = "ministry" if "central" in families else "other"
            if "party" in families:
                kind = "party_committee" if {"tỉnh ủy", "thành ủy", "đảng ủy"} & set(words) else "party_commission"
            parent = self.namer.national("Chính phủ") if kind == "ministry" and "local" not in families else None
            group = self.namer.other(name, kind, "central", parent, None, True)
            if (families & _VAGUE_FAMILIES and not quals) or unspecified_central:
                self.vague.add(group.iri)  # "các bộ, ngành, địa phương": every agency, only where a duty names it
            return group, end
        place, pend = (place_of_owner, end) if place_of_owner else self.place(end, allow_bare_name=True)
        place = self.resolve_place(place)
        if isinstance(place, Place):
            end = pend
        elif where_lower and self.own_unit() is not None and self.own_unit() != self.home:
            place = self.own_unit()  # "các phòng, ngành của huyện" in a district's text
        elif "sở" in words or based or (dept and where_said):
            place = self.home  # "các sở, ban, ngành (thuộc tỉnh)" serve the province; only provinces have sở
        else:
            place = self.own_unit()  # "các ngành", "các phòng, ban", "các đơn vị liên quan" of the document
        if place is None:
            return None
        parent = self.namer.people_committee(place) if dept else None
        if words == ["ngành"] and place.level == "district":
            name = "Các phòng, ban, ngành" + "".join(f" {q}" for q in shown)  # a district's own sectors
        elif words == ["ngành"] and place.level == "province":
            name = "Các sở, ngành" + "".join(f" {q}" for q in shown)  # a province's sectors are its departments
        body = self.namer.other(f"{name} {place.display()}", "department" if dept else "other", place.level, parent,
                                place, True)
        self._groups.setdefault(body.name, (frozenset(words), tuple(quals), place.name))
        body = self._variant_of.get(body.name, body)
        if families & _VAGUE_FAMILIES and not quals:
            self.vague.add(body.iri)  # "các cơ quan, đơn vị", "các sở, ngành, địa phương": only where a duty names it
        return body, end

    def _binds_alone(self, k: int, families: set[str]) -> bool:
        """The member at ``k`` is of another kind than the ones before and carries a qualifier that
        names its kind only (body_words.csv, binding_qualifier), or is a mass organisation (their own group)."""
        m = _MEMBER_RX.match(self.f, k)
        if not m or _MEMBER_BY_KEY[fold(m.group(0))][1] in families:
            return False
        return _MEMBER_BY_KEY[fold(m.group(0))][1] == "mass" or bool(_BINDING_QUALIFIER_RX.match(self.f, m.end()))

    def _is_partner(self, j: int) -> bool:
        """"phối hợp với các cơ quan liên quan": the group is a partner, not an addressee."""
        start = max(self.f.rfind(".", 0, j), self.f.rfind(";", 0, j), self.f.rfind("\n", 0, j)) + 1
        clause = self.f[start:j]
        at = clause.rfind("phối hợp")
        if at < 0:
            return bool(_PARTNER_BEFORE_RX.search(self.f, start, j))
        return not _ASSIGN_AFTER_RX.search(clause, at)

    def _collect_party_parts(self) -> None:
        """The party collectives of a document are one group; its name lists every part used."""
        parts: list[str] = []
        for m in _PARTY_START_RX.finditer(self.f):
            seq = [m.group(1)]
            end = m.end()
            while True:
                cont = _PARTY_CONT_RX.match(self.f, end)
                if not cont:
                    break
                seq.append(cont.group(1))
                end = cont.end()
            for word in seq:
                word = re.sub(r"\s+", " ", word)
                if fold(word) == fold("cấp ủy đảng"):
                    self.party_word = "cấp ủy đảng"
                for prefix, part in _PARTY_PARTS:
                    if fold(word).startswith(fold(prefix)) and part not in parts:
                        parts.append(part)
                        break
        order = ["cấp ủy", "tổ chức đảng", "cơ quan", "đơn vị"]
        self.party_parts = [p for p in order if p in parts]
        if self.party_parts != ["cấp ủy"]:
            self.party_word = "cấp ủy"

    def _central_press(self, head: str, kind: str, end: int) -> tuple[Body, int] | None:
        """The press of a central text, or "… (của) Trung ương (đóng trên địa bàn tỉnh)" in a local one: at the
        document's own level, so that a province addressing it is not a request upwards."""
        centre = _PRESS_CENTRE_RX.match(self.f, end)
        if self.home is None:
            return self.namer.other(f"{head} Trung ương" if centre else head, kind, "central", None, None, True), \
                centre.end() if centre else end
        if centre is None:
            return None
        based = _BASED_RX.match(self.f, centre.end())
        if based is None:
            return self.namer.other(f"{head} Trung ương", kind, self.home.level, None, None, True), centre.end()
        written = " ".join(self.t[centre.start():centre.end()].split()).lower()
        name = f"{head} {written} {'đóng ' if 'đóng' in based.group(0) else ''}trên địa bàn {self.home.display()}"
        return self.namer.other(name, kind, self.home.level, None, self.home, True), based.end()

    def _party_collective(self) -> Body | None:
        if self.party_collective is None and self.home is None:  # a central text: every party organisation
            parts = self.party_parts or ["cấp ủy", "tổ chức đảng"]
            self.party_collective = self.namer.other(f"Các {', '.join(parts)}", "party_committee", "central",
                                                     self.namer.national("Ban Chấp hành Trung ương Đảng"), None, True)
        if self.party_collective is None and self.home is not None:
            parts = self.party_parts or ["cấp ủy", "tổ chức đảng"]
            unit = self.own_unit() or self.home  # a commune's or district's own text: the organisations of its Đảng bộ
            name = (f"Các {self.party_word} {unit.display()}" if self.party_word != "cấp ủy"  # as the text writes it
                    else f"Các {', '.join(parts)} thuộc Đảng bộ {unit.display()}")
            self.party_collective = self.namer.other(name, "party_committee", unit.level, self.namer.committee(unit),
                                                     unit, True)
        return self.party_collective

    def _home_committee(self) -> Body | None:
        return self.namer.committee(self.home) if self.home is not None else None

    def _task_force(self, j: int, plural: bool = False):
        m = _TASK_RX.match(self.f, j)
        if not m:
            return None
        if not plural and not self.t[j].isupper():
            return None
        if plural and not self.t[j].isupper():
            return (None, m.end())  # "các tiểu ban đẩy nhanh …": where a lower-case name ends is unknown
        written = " ".join(fold(self.t[j:m.end()]).split())
        full = _TASK_HEAD_BY_KEY.get(written, "")
        if full and fold(full) != written and j > 0 and self.t[j - 1] in "-/":
            return None  # "Số: 04/CĐ-BCH": an abbreviation inside a document's number
        if full and fold(full) != written and (_EXECUTIVE_OF_RX.match(self.f, _skip_space(self.f, m.end()))
                                               or _EXECUTIVE_SPELLED_BEFORE_RX.search(self.f, max(0, j - 16), j)):
            return None  # "BCH Hội Nông dân tỉnh", "BCH Công đoàn ngành": the executive (Ban Chấp hành), no task force
        head = full if full and fold(full) != written else _head_case(self.t[j:m.end()])  # "BCH" -> "Ban Chỉ huy"
        if plural:
            head = f"Các {head}"
        k = _skip_space(self.f, m.end())
        cua = _OF_RX.match(self.f, k)
        owner = self.parse(cua.end() if cua else k)
        if owner is not None and owner.body.kind != "task_force" and (cua or not owner.body.collective):
            self.nested.append(owner)
            sep = " của " if cua else " "
            title = _OWNER_TITLES.get(fold(" ".join(owner.surface.split()))) if cua else None
            name = f"{head}{sep}{title or owner.body.name}"  # "Tổ công tác của Thủ tướng Chính phủ" keeps the title
            return self.namer.other(name, "task_force", owner.body.level, owner.body, owner.body.unit,
                                    plural), owner.end
        end = m.end()
        tail = self._name_end(k, limit=14) if k < len(self.f) and not _NAME_STOP_RX.match(self.f, k) \
            and not _TYPE_RX.match(self.f, k) and not _LEVEL_RX.match(self.f, k) \
            and not _SPELLED_COUNT_RX.match(self.f, k) else k  # "Đoàn kiểm tra chín đơn vị": the team inspects
        carry = _PURPOSE_CARRY_RX.match(self.f, k) if tail <= k else None
        if carry and self.t[carry.end()].isupper():
            tail = self._carried_end(carry.end())  # "Ban Chỉ đạo thực hiện Chương trình mục tiêu quốc gia …"
        if tail > k and _TIME_ONLY_RX.fullmatch(self.f[k:tail].strip()):
            tail = k  # "phiên họp Thường trực Ban Chỉ đạo tháng 7": the meeting's month, not the board's purpose
        if tail > k and _NAME_NEVER_ENDS_RX.search(self.f[k:tail]):  # "Đoàn Giám sát việc thực hiện Kết luận …"
            carry = _PURPOSE_CARRY_RX.match(self.f, _skip_space(self.f, tail))
            if carry and self.t[carry.end()].isupper():
                tail = self._carried_end(carry.end())
            else:
                tail = k + len(_NAME_NEVER_ENDS_RX.sub("", self.f[k:tail]))  # a name does not end in "việc"
        purpose = _PURPOSE_CAC_RX.match(self.f, _skip_space(self.f, tail))
        if purpose and not isinstance(self.place(purpose.start(), allow_bare_name=False)[0], (Plural, str)) \
                and self.parse(purpose.start()) is None:
            tail = self._name_end(purpose.end(), limit=10)  # "Ban Chỉ đạo các chương trình mục tiêu quốc gia"
        if tail > k:
            tail = self._purpose_list_end(tail)  # "Tổ công tác liên ngành quản lý, bảo vệ rừng huyện X"
            if caused := _CAUSED_BY_RX.match(self.f, tail):
                tail = caused.end()  # "… dịch bệnh viêm đường hô hấp cấp do chủng mới của vi rút Corona gây ra"
        if tail > k and fold(head).startswith("ban to chuc") and (
                obj := _EVENT_OBJECT_RX.search(self.f, k, tail)) is not None:
            tail = obj.start()  # "Ban Tổ chức Lễ công bố Nghị quyết …": the ceremony, not what it announces
        bare = tail <= k  # "Ban Chỉ đạo", "Ban Chỉ đạo tỉnh": maybe a short reference to one named before
        if tail > k:  # "Tổ kiểm soát dịch bệnh COVID-19", "Tổ công tác liên ngành", "Ban Chỉ đạo Trung ương"
            words = _DATE_IN_NAME_RX.sub("", " ".join(self.t[k:tail].split()))  # "Kết luận số 04 ngày …": no date
            head, end = f"{head} {_written_out(words)}", tail
        topic = _TASK_TOPIC_RX.match(self.f, end)
        more = self._name_end(topic.end(), limit=8) if topic and not _NAME_STOP_RX.match(self.f, topic.end()) else 0
        if topic and more > topic.end() and not _REPORTED_TOPIC_RX.match(self.f, topic.end()):
            # "Ban Chỉ đạo quốc gia về chuyển đổi số"; "báo cáo … Tổ công tác về tình hình …" is what is reported
            more = self._purpose_list_end(more)  # "Ban Chỉ đạo về chương trình, mục tiêu …"
            head, end = f"{head} {' '.join(self.t[topic.start():more].split())}", more
        more = self._purpose_clause_end(j, end) if not plural else end
        if more > end:  # "thành lập Ban Chỉ đạo Phòng, chống dịch bệnh do chủng mới của vi rút Corona."
            head, end, bare = f"{head} {' '.join(self.t[end:more].split())}", more, False
        lv = _TF_LEVEL_RX.match(self.f, end)
        if lv and self.home is not None:  # "Ban Chỉ đạo … các cấp", "Ban Chỉ đạo … cấp xã": of the home province
            words = " ".join(self.t[lv.start(1):lv.end(1)].split())
            many = not fold(words).startswith("cac")  # every commune's own task force
            name = f"{'Các ' if many and not plural else ''}{head} {words} {self.home.display()}"
            level = "province" if not many else ("district" if fold(words).endswith("huyen") else "commune")
            return self.namer.other(name, "task_force", level, None, self.home, plural or many), lv.end()
        cua = _OF_RX.match(self.f, _skip_space(self.f, end)) if end > k else None
        owner = self.parse(cua.end()) if cua else None
        if owner is not None and owner.body.kind != "task_force" and not owner.body.collective:
            # "Ban Chỉ đạo phòng, chống tội phạm của Chính phủ", "Tổ công tác đặc biệt của Thủ tướng"
            self.nested.append(owner)
            title = _OWNER_TITLES.get(fold(" ".join(owner.surface.split())))
            return self.namer.other(f"{head} của {title or owner.body.name}", "task_force", owner.body.level,
                                    owner.body, owner.body.unit, plural), owner.end
        cua = _OF_RX.match(self.f, _skip_space(self.f, end))
        at = cua.end() if cua else end  # "các Tổ công tác của tỉnh"
        place, pend = self.place(at, allow_bare_name=False)
        place = self.resolve_place(place)
        if isinstance(place, Place) and place.level == "province" and _MERGER_PURPOSE_RX.search(fold(head)):
            merged, mend = self._merged_provinces(place, pend)
            if mend > pend:  # "Ban Chỉ đạo sáp nhập đơn vị hành chính tỉnh Quảng Bình và tỉnh Quảng Trị"
                return self._named_task_force(self.namer.other(f"{head} {merged}", "task_force", "province", None,
                                                               self.home or place, plural)), mend
        if isinstance(place, Place):
            named = self._earlier_task_force(head, place) if bare and not plural else None
            if named is not None:  # "Ban Chỉ đạo tỉnh" after "Ban Chỉ đạo phòng, chống thiên tai tỉnh Cà Mau"
                return named, pend
            # "Tiểu ban Tổ chức phục vụ Đại hội Đảng bộ thành phố lần thứ XXII": the congress's number names it
            nth = _CONGRESS_NTH_RX.match(self.f, pend) if "dai hoi" in fold(head) else None
            congress = self._congress_named(head, place) if not nth else None
            if congress is not None:  # "Tiểu ban văn kiện đại hội huyện": the congress the text names
                return self._named_task_force(self.namer.other(congress, "task_force", place.level, None, place,
                                                               plural)), pend
            if not bare:  # "… tỉnh Bến Tre giai đoạn 2016 - 2020"; "Ban Chỉ đạo tỉnh năm 2023 đã …" tells a year
                nth = nth or _PERIOD_AFTER_RX.match(self.f, pend)
            suffix, end = (f" {' '.join(self.t[nth.start(1):nth.end(1)].split())}", nth.end()) if nth else ("", pend)
            return self._named_task_force(self.namer.other(f"{head} {place.display()}{suffix}", "task_force",
                                                           place.level, None, place, plural)), end
        if isinstance(place, Plural) and place.level != "province" and (where := self.container(place.level)):
            # "Ban Chỉ đạo phòng, chống dịch các huyện, thành phố": every unit's own task force
            name = f"{head} các {' '.join(place.words.split())} thuộc {where.display()}"
            return self.namer.other(name, "task_force", place.level, None, where, True), pend
        earlier = next((b for b in reversed(self.task_forces) if fold(b.name).startswith(fold(head) + " ")), None)
        if earlier is not None:  # "Tổ công tác" after "Tổ công tác liên ngành …": the same body
            return earlier, end
        own = self.own_unit()
        congress = self._congress_named(head, own) if own is not None and tail > k else None
        if congress is not None and own is not None:  # "Tiểu Ban văn kiện đại hội báo cáo …": the text's congress's
            return self._named_task_force(self.namer.other(congress, "task_force", own.level, None, own, plural)), end
        if own is not None and own.level != "province" and not plural and tail > k:
            # "Ban chỉ huy phòng chống thiên tai" in a commune's text: the commune's own
            body = self.namer.other(f"{head} {own.display()}", "task_force", own.level, None, own)
        else:
            level = self.home.level if self.home is not None else "central"
            body = self.namer.other(head, "task_force", level, None, self.home, plural)
        self.task_forces.append(body)
        return body, end

    def _merged_provinces(self, first: Place, j: int) -> tuple[str, int]:
        """The provinces a merger's task force joins, as written after the first ("… và tỉnh Quảng Trị", "…, tỉnh Bà
        Rịa - Vũng Tàu và Thành phố Hồ Chí Minh"), and where they end."""
        words, end = first.display(), j
        while (sep := _PROVINCE_JOIN_RX.match(self.f, end)) is not None:
            nxt, nend = self.place(sep.end(), allow_bare_name=True, bare_words=False)
            if not isinstance(nxt, Place) or nxt.level != "province":
                break
            words, end = f"{words}{self.t[sep.start():sep.end()].rstrip()} {nxt.display()}", nend
        return words, end

    def _purpose_clause_end(self, j: int, end: int) -> int:
        """A task force that a cue makes no clause's subject ("thành lập …", "phối hợp với …", "thành viên …"):
        its purpose runs on to the clause's end or to its place ("phối hợp với Tiểu ban An toàn nghề cá trên biển,
        UBND các xã …"), unless a word on the way could start a predicate; then the name ends where it did."""
        if not _PURPOSE_CUE_RX.search(self.f, max(0, j - 20), j):
            return end
        # "thành lập Ban Chỉ đạo rà soát hộ nghèo …": a body being founded is named by its purpose, verb and all
        founded = _FOUNDING_CUE_RX.search(self.f, max(0, j - 20), j) is not None
        k = end
        for step in range(14):
            if _CLAUSE_END_RX.match(self.t, k):
                return k
            at = _skip_space(self.f, k)
            if _TF_LEVEL_RX.match(self.f, k) or isinstance(
                    self.resolve_place(self.place(at, allow_bare_name=False)[0]), Place):
                return k  # the caller adds the place
            sep = _PURPOSE_LIST_RX.match(self.t, k)  # "quản lý, bảo vệ rừng"
            if sep and _PURPOSE_BREAK_RX.match(self.f, sep.end()):
                return k  # "… năm 2020, đồng thời giao …"
            at = sep.end() if sep else at
            glue = _PURPOSE_GLUE_RX.match(self.f, at)
            year = _YEAR_IN_NAME_RX.match(self.f, at)
            if glue and self.t[glue.end():glue.end() + 1].islower():
                at = glue.end()
            elif year:  # "… hộ cận nghèo năm 2020"
                k = year.end()
                continue
            elif (_NAME_STOP_RX.match(self.f, at) and not (founded and step == 0 and k == end
                                                          and _TASK_VERB_RX.match(self.f, at))) \
                    or (_HEAD_START_RX.match(self.f, at) and self.parse(at) is not None):
                return end
            w = _NAME_WORD_RX.match(self.t, at)
            if not w:
                return end
            k = w.end(1)
        return end

    def _congress_named(self, head: str, unit: Place) -> str | None:
        """"Tiểu ban văn kiện đại hội" in a text that names "Đại hội đại biểu Đảng bộ huyện X lần thứ XXIV": a
        sub-committee of that congress, named with the congress in full as the text first writes it."""
        if not _ENDS_IN_CONGRESS_RX.search(head):
            return None
        for m in _CONGRESS_RX.finditer(self.f):
            place, pend = self.place(m.end(), allow_bare_name=False)
            place = self.resolve_place(place)
            nth = _CONGRESS_NTH_RX.match(self.f, pend) if place == unit else None
            if isinstance(place, Place) and nth is not None:
                congress = "Đại hội đại biểu" if m.group(1) else "Đại hội"
                number = " ".join(self.t[nth.start(1):nth.end(1)].split())
                return f"{_ENDS_IN_CONGRESS_RX.sub('', head)} {congress} Đảng bộ {place.display()} {number}"
        return None

    def _purpose_list_end(self, tail: int) -> int:
        """A task force's purpose listed with commas ("… phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển
        đổi số tỉnh X"): the lowercase items after a comma belong to the name only when the list ends at a place or
        a level ("cấp tỉnh"); anything else after a comma is the sentence going on."""
        end = tail
        for _ in range(5):
            sep = _PURPOSE_LIST_RX.match(self.t, end) or _PURPOSE_AND_RX.match(self.t, end)
            if not sep:
                break
            k = sep.end()
            if _NAME_STOP_RX.match(self.f, k) or _TYPE_RX.match(self.f, k) or _LEVEL_RX.match(self.f, k) \
                    or _CAC_RX.match(self.f, k) or _POST_TITLE_RX.match(self.f, k):
                break  # "…, trưởng phòng Kinh tế thành phố": the next person addressed, not the purpose
            nxt = self._name_end(k, limit=8)
            if nxt <= k:
                break
            end = nxt
            at = _skip_space(self.f, end)
            place = self.resolve_place(self.place(at, allow_bare_name=False)[0])
            if isinstance(place, Place) or _TF_LEVEL_RX.match(self.f, end):
                return end
        return tail

    def _carried_end(self, k: int) -> int:
        """Where the programme or decision a task force carries out ends: its name and its number ("Nghị quyết số
        131/2020/QH14", "Kết luận số 04/KL-HĐND")."""
        end = self._name_end(k, limit=14)
        number = _NUMBER_AFTER_RX.match(self.f, end)
        return number.end() if number else end

    def _named_task_force(self, body: Body) -> Body:
        """Remember a task force named in full, for the short references after it."""
        if not body.collective:
            self.task_forces.append(body)
        return body

    def _earlier_task_force(self, head: str, place: Place) -> Body | None:
        """The task force of that head and unit named in full before ("Ban Chỉ đạo phòng, chống thiên tai
        tỉnh Cà Mau" … "Ban Chỉ đạo tỉnh")."""
        return next((b for b in reversed(self.task_forces) if b.unit == place and b.name != f"{head} {place.display()}"
                     and fold(b.name).startswith(fold(head) + " ")), None)

    def _academy(self, j: int):
        m = _ACADEMY_RX.match(self.f, j)
        if not m:
            return None
        head = _head_case(self.t[j:m.end()])
        place, end = self.place(m.end())
        place = self.resolve_place(place)
        if isinstance(place, Place):
            return self.namer.other(f"{head} {place.name}", "academy", place.level, None, place), end
        named = _CAPITALISED_NAME_RX.match(self.t, m.end())
        if named and self.home is not None:  # "Trường Chính trị Châu Văn Đặng": a school named after a person
            return self.namer.other(f"{head} {' '.join(named.group(1).split())}", "academy", self.home.level, None,
                                    self.home), named.end()
        return self.namer.other(head, "academy", "central", None, None), m.end()

    def _works_end(self, k: int) -> tuple[int | None, bool]:
        """Where the works a project board builds end: just before its place, within a few words and no stop
        ("dân dụng và công nghiệp tỉnh X"), or after the sector that names them; None without either (the name ends
        where it did). And whether the sector's end is where."""
        pos, capital = k, False
        sector = _WORKS_SECTOR_RX.match(self.f, k)
        named = sector.end() if sector else None  # "… các công trình nông nghiệp và phát triển nông thôn"
        for _ in range(8):
            w = _NAME_WORD_RX.match(self.t, pos)
            if not w or re.search(r"[,.;:()]", self.t[pos:w.start(1)]):
                # "… các công trình Dân dụng và Công nghiệp;": named
                return (pos, pos == named) if capital and pos > k else (named, named is not None)
            if self.place(w.start(1), allow_bare_name=False)[0] is not None and pos > k:
                return pos, pos == named
            if self.f.startswith("và ", w.start(1)):
                pos = w.end(1)
                continue
            if _NAME_STOP_RX.match(self.f, w.start(1)):
                return named, named is not None  # "… các công trình của tỉnh": the owner, not the works
            capital = capital or self.t[w.start(1)].isupper()
            pos = w.end(1)
        return named, named is not None

    def _central_owner_in_brackets(self, end: int) -> tuple[Body, int] | None:
        """A central body written in brackets right after a name ("… (Bộ Giao thông vận tải)"), and the end of the
        brackets; it is named too."""
        m = _OPEN_BRACKET_RX.match(self.t, end)
        if m is None:
            return None
        inner = self.parse(m.end())
        if inner is None or inner.body.level != "central" or inner.body.collective \
                or not self.t.startswith(")", _skip_space(self.t, inner.end)):
            return None
        self._nest(inner.start, inner.end, inner.body)
        return inner.body, _skip_space(self.t, inner.end) + 1

    def _psu(self, j: int):
        m = _PSU_RX.match(self.f, j)
        if not m or self.home is None or not self.t[j].isupper():
            return None
        canonical = _PSU_BY_KEY[fold(m.group(1))]
        head = _head_case(self.t[j:m.end()]) if fold(m.group(1)) == fold(canonical) else canonical
        end = m.end()
        cua = _OF_RX.match(self.f, _skip_space(self.f, end))
        owner_place, pend = self.place(cua.end(), allow_bare_name=False) if cua else (None, end)
        owner_place = self.resolve_place(owner_place)
        if isinstance(owner_place, Place):  # "Trung tâm hành chính công của tỉnh": the province's
            return self.namer.other(f"{head} {owner_place.display()}", "public_service_unit", owner_place.level,
                                    self.namer.people_committee(owner_place), owner_place), pend
        first = _skip_space(self.f, end)
        if _LEVELS_COUNTED_RX.match(self.f, first):
            return None  # "Trung tâm Hành chính công hai cấp tỉnh và huyện": the centres of two levels, no one body
        tail = self._name_end(end, limit=14) if not _TYPE_RX.match(self.f, first) and not \
            _LEVEL_AFTER_RX.match(self.f, end) and not _NAME_STOP_RX.match(self.f, first) else end  # "… đang"
        works = (_WORKS_RX.search(self.f, end, tail + 1) or _WORKS_RX.match(self.f, tail)) if tail > end \
            else _WORKS_RX.match(self.f, end)  # "Ban Quản lý dự án công trình nông nghiệp và …": the works first
        # by_sector: "… công trình nông nghiệp và phát triển nông thôn" needs no place after
        reach, by_sector = self._works_end(works.end()) if works is not None else (None, False)
        if reach is not None:  # "… xây dựng các công trình dân dụng và công nghiệp tỉnh X": the works up to the place
            tail = reach if by_sector else max(tail, reach)
        if tail > end and (by_sector or self.place(tail, allow_bare_name=False)[0] is not None  # "… xây dựng huyện"
                           or re.search(r"\s[A-ZĐÀ-Ỹ]", self.t[end:tail])):  # "… công trình Nông nghiệp-Phát triển …"
            head, end = f"{head} {' '.join(self.t[end:tail].split())}", tail
        numbered = _BOARD_NUMBER_RX.match(self.t, end) if end == m.end() else None
        if numbered:  # "Ban Quản lý dự án 7", "Ban QLDA 85": a ministry's numbered board, by its number
            head, end = f"{head} {numbered.group(1)}", numbered.end()
        owner = self._central_owner_in_brackets(end)
        if owner is not None:  # "Ban Quản lý dự án Mỹ Thuận (Bộ Giao thông vận tải)": a ministry's board
            return self.namer.other(f"{head} ({owner[0].name})", "public_service_unit", "central", owner[0],
                                    None), owner[1]
        if numbered:
            return self.namer.other(head, "public_service_unit", "central", None, None), end
        own = self.own_unit() or self.home  # in a commune's or district's own text, its own centre
        level = own.level
        place, pend = self.place(end, allow_bare_name=False)
        place = self.resolve_place(place)
        if isinstance(place, Place):
            return self.namer.other(f"{head} {place.display()}", "public_service_unit", place.level,
                                    self.namer.people_committee(place), place), pend
        if isinstance(place, Plural) and self.f.startswith("các ", _skip_space(self.f, end)) \
                and (where := self.container(place.level)) is not None:
            # "Trung tâm phục vụ hành chính công các xã, phường": every commune's own centre, one group
            name = f"{head} các {' '.join(place.words.split())} thuộc {where.display()}"
            return self.namer.other(name, "public_service_unit", place.level, None, where, True), pend
        cap = _LEVEL_AFTER_RX.match(self.f, end)
        if cap:
            level = {"xã": "commune", "huyện": "district", "tỉnh": "province"}[cap.group(1)]
            head += self.t[end:cap.end()]
            end = cap.end()
        if cap:
            return self.namer.other(f"{head} ({self.home.name})", "public_service_unit", level, None, self.home), end
        return self.namer.other(f"{head} {own.display()}", "public_service_unit", level,
                                self.namer.people_committee(own) if own is not self.home else None, own), end


def _party_committee_of(body: Body) -> Body | None:
    """The party committee a party body belongs to, itself if it is one ("Ban Thường vụ Huyện ủy X": Huyện ủy X)."""
    committee: Body | None = body
    while committee is not None and committee.kind != "party_committee" and committee.kind.startswith("party"):
        committee = committee.parent
    return committee if committee is not None and committee.kind == "party_committee" else None


@lru_cache(maxsize=4096)
def _folded_name(place: Place) -> str:
    return fold(place.name)


# state heads by their folded forms, and the kind of each (body_heads.csv, slot state)
_STATE_BASE_BY_KEY = _heads_by_written_form("state")
_STATE_KIND = {h.head: h.kind for h in _V.heads("state")}
_FRONT = next(h.head for h in _V.heads("state") if h.kind == "fatherland_front")


def _plural_words(words: str) -> str:
    """A plural list of unit types as written, in full: "huyện, thị" -> "huyện, thị xã", "huyện, tp" -> "huyện,
    thành phố", "huyện/thị xã" and "huyện, thị xã thành phố" -> "huyện, thị xã(, thành phố)"."""
    words = _BARE_THANH_RX.sub("thành phố", _BARE_THI_RX.sub("thị xã", words))
    words = re.sub(r"\s*/\s*", ", ", re.sub(r"thị xã\s+thành phố", "thị xã, thành phố", words))  # a comma left out
    return re.sub(r"\btx\b", "thị xã", re.sub(r"\btp\b", "thành phố", words))


def _state_base(head: str) -> str:
    """The full name of a state head as folded ("hdnd" -> "Hội đồng nhân dân"); other Front forms -> the Front."""
    return _STATE_BASE_BY_KEY.get(" ".join(head.split()), _FRONT)


def _type_word(m: re.Match) -> str:
    """The type word a _TYPE_RX match stands for ("tx." -> "thị xã"; "tp" stays "tp")."""
    word = (m.group(1) or m.group(2)).rstrip(".")
    return TYPE_SHORT_FORMS.get(word, word)


def _merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and a <= out[-1][1] + 2:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _skip_space(s: str, j: int) -> int:
    while j < len(s) and s[j] in " \t":
        j += 1
    return j


# qualifiers of a group's name that name the same group as the plain wording, when a document uses both
# (words/body_words.csv): "Các sở, ngành liên quan tỉnh X" is its own name when the plain one is not used
_DEPT_VARIANT_QUALIFIERS = _V.body_words("variant_qualifier")
_BINDING_QUALIFIER_RX = rx(r" (?:" + alternation(_V.body_words("binding_qualifier")) + r")\b")
# member families that make a group too vague to declare unless a duty or a report names it ("các cơ quan, đơn vị",
# "các sở, ban, ngành, địa phương")
_VAGUE_FAMILIES = frozenset({"unit", "local", "level"})
# a plural opener just before a head (body_cues.csv collective_opener: "các", "từng" …; and "những")
_PLURAL_BEFORE_RX = rx(r"(?<!\w)(?:" + alternation([*_V.body_cues("collective_opener"), "những"]) + r") $")
_PARTY_GROUP_WORDS = frozenset({"ban cán sự đảng", "đảng đoàn"})  # party groups inside state bodies, listed
_DEPT_WORDS = frozenset({"sở", "ban", "ngành", "sở, ngành", "ban, ngành", "đoàn thể"})
# members that make a group by themselves ("các sở", "các ngành", "các cơ quan chuyên môn")
GROUP_DEFINING_MEMBERS = _V.body_words("group_defining_member")


def _is_group(words: list[str], families: set[str], quals: list[str], central_doc: bool) -> bool:
    """Is the member list a group of bodies? Departments ("sở", "ngành"), central agencies, central
    party organs, or two or more kinds of agency ("cơ quan, đơn vị"), or agencies "liên quan"; a
    lone "các cơ quan", "các ban", "các địa phương" is too vague to be one."""
    if set(GROUP_DEFINING_MEMBERS) & set(words) or "central" in families:
        return True
    if "party" in families:
        return central_doc or any("Trung ương" in q for q in quals)
    return len(words) >= 2 or bool(quals)  # "các đơn vị liên quan", "các đơn vị lực lượng vũ trang"


def _is_bare(surface: str) -> bool:
    """A state head or "Đảng ủy" written alone ("UBND", "Hội đồng nhân dân")."""
    return bool(_BARE_HEAD_RX.fullmatch(" ".join(match_form(surface).split())))


def _names_a_place(surface: str) -> bool:
    """Does a body's surface end in a place's name ("HĐND tỉnh Ninh Thuận"), not a bare type word?"""
    words = surface.split()
    return len(words) > 1 and words[-1][:1].isupper() and not _shouting(words[-1])


def _shouting(word: str) -> bool:
    """A word in capitals ("HỌP"), not a numeral or a one-letter initial."""
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


# "Ban Tuyên giáo các huyện, thị, thành phố": each district's type word (folded) -> its committee's word
_DISTRICT_COMMITTEE_WORDS = {"huyen": "huyện ủy", "thi": "thị ủy", "thi xa": "thị ủy", "thanh pho": "thành ủy",
                             "thanh": "thành ủy", "quan": "quận ủy", "tp": "thành ủy", "tx": "thị ủy"}
# the unit types a committee's head word names ("Huyện ủy" a huyện, "Thị ủy" a thị xã)
_COMMITTEE_TYPES = {"huyện": frozenset({"huyen"}), "quận": frozenset({"quan"}), "thị": frozenset({"thi-xa"}),
                    "thành": frozenset({"thanh-pho-thuoc-tinh", "thanh-pho-thuoc-thanh-pho"})}


def _home_fits(word: str, home: Place) -> bool:
    """A bare "Thành ủy" fits a city, a bare "Tỉnh ủy" a province."""
    return (word == "thành") == home.unit_type.startswith("thanh-pho")


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
