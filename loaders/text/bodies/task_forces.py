"""Task forces ("Ban Chỉ đạo …", "Tổ công tác …", "Đoàn kiểm tra …"), named with the purpose they are
set up for, up to where that purpose ends; their standing parts and offices; short references back
to one named before.

The purpose is the hard part (a clause, a list, a programme's number, a merger's provinces), so the
frame has its own module.
"""

from __future__ import annotations

import re

from bomay.loaders.text.bodies.agencies import Agencies
from bomay.loaders.text.bodies.helpers import _head_case, _skip_space
from bomay.loaders.text.bodies.mentions import Plural
from bomay.loaders.text.bodies.name_ends import NameEnds
from bomay.loaders.text.bodies.patterns import (
    _CAC_RX,
    _CAPITALS,
    _COUNT_WORDS,
    _HEAD_START_RX,
    _LEVEL_RX,
    _LOWER,
    _NAME_STOP_RX,
    _NAME_WORD_RX,
    _OF_RX,
    _POST_TITLE_RX,
    _PURPOSE_LIST_RX,
    _PURPOSE_SHORT,
    _TASK_VERB_RX,
    _TYPE_RX,
    TASK_FORCE_HEADS,
    _heads_by_written_form,
)
from bomay.loaders.text.lexicon import alternation, rx
from bomay.loaders.text.naming import Body
from bomay.loaders.text.places import Place
from bomay.loaders.text.vocabulary import vocabulary
from bomay.textnorm import fold

_V = vocabulary()
# titles written as the owner of a task force (body_words.csv, owner_title)
_OWNER_TITLES = {fold(k): v for k, v in _V.body_word_meanings("owner_title").items()}
_PURPOSE_AND_RX = re.compile(r"[ \t]+và[ \t]+(?=[" + _LOWER + "])")  # (on the text) " và " before a lowercase word
_CONGRESS_NTH_RX = rx(r"\s*(lần thứ [ivxlc\d]+)\b(?:,? nhiệm kỳ \d{4} ?[-–] ?\d{4})?")
_NATIONAL_AFTER_HEAD_RX = rx(r"(?:trung ương|tw|quốc gia)\b")  # a central task force: "Ban Chỉ đạo Trung ương …"
_CONGRESS_RX = rx(r"đại hội (đại biểu )?đảng bộ ")  # a party congress, named with its unit and number after
_ENDS_IN_CONGRESS_RX = re.compile(r"\s+đại hội$", re.IGNORECASE)
# the period a task force is set up for, written after its place: part of its name
_PERIOD_AFTER_RX = rx(r",?\s*((?:giai đoạn|thời kỳ) \d{4} ?[-–] ?\d{4}(?:, tầm nhìn (?:đến )?(?:năm )?\d{4})?"
                      r"|năm \d{4})(?![\w/-])")
# organisations whose "BCH" is their elected executive (Ban Chấp hành), not a command (Ban Chỉ huy)
# or of a party organisation ("BCH nhiệm kỳ 2020 - 2025", "BCH khóa mới", "BCH Đảng bộ")
_EXECUTIVE_OF_RX = rx(r"(?:hội|chi hội|hiệp hội|đoàn|công đoàn|liên đoàn|liên hiệp|mặt trận|tỉnh đoàn|huyện đoàn"
                      r"|thành đoàn|quận đoàn|thị đoàn|đảng bộ|chi bộ|nhiệm kỳ|khóa|khoá)\b")
# "BCH, Ủy ban Kiểm tra Thành ủy": listed with the committee's own organs, or counted in members, the executive
# (Ban Chấp hành)
_PARTY_ORGANS_AFTER_RX = rx(r"\s*(?:(?:,|và)\s*(?:ban thường vụ|btv|ủy ban kiểm tra|ubkt|thường trực)\b"
                            r"|gồm \d+ (?:ủy viên|đồng chí)\b)")  # "BCH gồm 15 ủy viên": its members
_EXECUTIVE_SPELLED_BEFORE_RX = rx(r"ban chấp hành \($")  # "Ban Chấp hành (BCH)": the abbreviation defined
_PURPOSE_SHORT_RX = re.compile(  # on the text as written: the short forms are capitals
    r"(?<!\w)(" + "|".join(re.escape(a) for a in sorted(_PURPOSE_SHORT, key=len, reverse=True)) + r")(?!\w)")


def _written_out(purpose: str) -> str:
    """A task force's purpose with its short forms written out, as the gold names such bodies."""
    written = _PURPOSE_SHORT_RX.sub(lambda m: _PURPOSE_SHORT[m.group(1)], purpose)
    return re.sub(r"(?<!\w)VÀ(?!\w)", "và", written)  # "PCTT VÀ TKCN" in a heading written in capitals


_TASK_HEAD_BY_KEY = _heads_by_written_form("task_force")
_TASK_RX = rx(r"(" + alternation(TASK_FORCE_HEADS) + r")\b")
# "… về <topic>" inside a task force's name (body_words.csv, task_topic_intro)
_TASK_TOPIC_RX = rx(r" (?:" + alternation(_V.body_words("task_topic_intro")) + r") (?=\w)")
_STANDING_OFFICE_RX = rx(r"văn phòng (?:thường trực (?=ban chỉ|hội đồng|tổ công tác|ban an toàn giao thông)"
                         r"|(?:thường trực )?(?=ban an toàn giao thông|ban atgt))")
# "Thường trực Ban Chỉ đạo …": the standing part of a task force ("cơ quan/Văn phòng thường trực" are other bodies)
_TF_STANDING_RX = rx(r"thường trực (?=ban chỉ đạo|ban chỉ huy|bcđ|bch)")
_TF_STANDING_BEFORE_RX = rx(r"(?:văn phòng|cơ quan|bộ phận|ban|trưởng|phó) $")
# what a ceremony announces or a conference studies, after its organising committee's event (instrument_kinds.csv)
_EVENT_OBJECT_RX = rx(r" (?:" + alternation([k.lower() for k in _V.instrument_kinds()]) + r")\b")
# a disease named by its cause inside a task force's purpose
_CAUSED_BY_RX = rx(r" do (?:(?:[^\s.,;:()]+ ){1,9}gây ra\b|(?:chủng mới của )?(?:vi rút|virus) corona\b(?: gây ra)?)")
# a task force for a merger names the provinces it joins (_merged_provinces)
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
_PURPOSE_CAC_RX = re.compile(r"các\s+(?=[^\W\d_])(?!cấp\b)")  # (folded text) "các" opening a task force's purpose
# (folded text) "… số 04/KL-HĐND", "… số 04/KL-HĐND ngày 05 tháng 01 năm 2021"
_NUMBER_AFTER_RX = re.compile(r"\s+số\s+\d+[\w/.-]*\w(?:,?\s+ngày\s+(?:\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}"
                              r"|\d{1,2}[/-]\d{1,2}[/-]\d{4}))?")
_DATE_IN_NAME_RX = re.compile(r",?\s+ngày\s+(?:\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}|\d{1,2}[/-]\d{1,2}[/-]\d{4})")
# "Ban Chỉ đạo (triển khai) thực hiện Chương trình …": a task force for carrying out a named programme
_PURPOSE_CARRY_RX = rx(r"(?:triển khai )?thực hiện (?=chương trình|nghị quyết|đề án|chỉ thị|kế hoạch|dự án|quy hoạch"
                       r"|kết luận|quyết định|thông báo|luật)")
# "Ban Chỉ đạo (triển khai) thực hiện sắp xếp …": a purpose opened by its verb, named when it runs into a place
_PURPOSE_VERB_RX = rx(r"(?:(?:triển khai )?thực hiện|triển khai) (?=\w)")
_NAME_NEVER_ENDS_RX = re.compile(r"\s*(?<!\w)(?:việc|tình hình)\s*$")  # (folded) "Đoàn giám sát tình hình thực hiện …"
# (folded) a purpose that ends in a document's number: "của X" after it names the document's issuer
_ENDS_IN_INSTRUMENT_RX = re.compile(r"\b(?:nghi quyet|chi thi|ket luan|quyet dinh|ke hoach|chuong trinh|de an|thong bao"
                                    r"|luat)(?: so)? \d[\w ]*$")
_SPELLED_COUNT_RX = rx(r"(?:" + _COUNT_WORDS + r") (?=\w)")  # "chín đơn vị": what a task force's verb counts


class TaskForces(Agencies, NameEnds):
    """Task forces, named with their purpose, and the offices that serve them."""

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
                                               or _EXECUTIVE_SPELLED_BEFORE_RX.search(self.f, max(0, j - 16), j)
                                               or _PARTY_ORGANS_AFTER_RX.match(self.f, m.end())):
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
        elif tail <= k and (doing := _PURPOSE_VERB_RX.match(self.f, k)) is not None \
                and (run := self._lower_run_to_place(doing.end(), 9)) is not None:
            tail = run  # "Ban Chỉ đạo thực hiện sắp xếp đơn vị hành chính tỉnh": the purpose runs into the place
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
        if bare and written == "bch" and (k >= len(self.f) or self.f[k] in ",.;:)" or _NAME_STOP_RX.match(self.f, k)):
            return None  # "các đồng chí UVBTV, BCH, báo cáo viên": the party executive, no command board
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
        if owner is not None and owner.body.level == "central" and self.home is not None \
                and self.home.level != "central" and _ENDS_IN_INSTRUMENT_RX.search(fold(head)):
            owner = None  # "Ban Chỉ đạo thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị" in a province's text: the
            # resolution's issuer (a province's own board carries out a central resolution)
        if owner is not None and owner.body.kind != "task_force" and not owner.body.collective:
            # "Ban Chỉ đạo phòng, chống tội phạm của Chính phủ", "Tổ công tác đặc biệt của Thủ tướng"
            self.nested.append(owner)
            title = _OWNER_TITLES.get(fold(" ".join(owner.surface.split())))
            return self._named_task_force(self.namer.other(
                f"{head} của {title or owner.body.name}", "task_force", owner.body.level, owner.body,
                owner.body.unit, plural)), owner.end
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
        if _NATIONAL_AFTER_HEAD_RX.match(self.f, k):  # "Ban chỉ đạo Trung ương", "Ban Chỉ đạo quốc gia về …": the
            body = self.namer.other(head, "task_force", "central", None, None, plural)  # centre's, no place
            self.task_forces.append(body)
            return body, end
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
