"""Where a name read word by word ends: capitalised words belong to it; a lowercase word ends it at a
place's type word, a function word, a verb or another body.

Shared by named units, task forces, service units and collectives, so it is its own frame.
"""

from __future__ import annotations

import re

from bomay.loaders.text.bodies.helpers import _shouting, _skip_space
from bomay.loaders.text.bodies.patterns import (
    _CAPITAL_NEXT_RX,
    _HEAD_START_RX,
    _LEVEL_RX,
    _NAME_STOP_RX,
    _NAME_WORD_RX,
    _POST_TITLE_RX,
    _PROVINCE_FORM_RX,
    _PURPOSE_LIST_RX,
    _PURPOSE_SHORT,
    _TYPE_RX,
)
from bomay.loaders.text.bodies.place_reading import PlaceReading
from bomay.loaders.text.lexicon import alternation, match_form, rx
from bomay.loaders.text.vocabulary import vocabulary

_V = vocabulary()
# inside a name: "phòng, chống …" and "và" before a capitalised word
_NAME_GLUE_RX = re.compile(r",[ \t]*(?=[cC]hống\b|[cC]hữa cháy\b)|[ \t]+và[ \t]+"  # on the text
                           r"|[ \t]+[-–][ \t]+(?=[A-ZĐÀ-Ỹ])")
_COMMA_CAPITAL_RX = re.compile(r",[ \t]*(?=[A-ZĐÀ-Ỹ])")
_AND_CAPITAL_RX = re.compile(r"[ \t]+và[ \t]+(?=[A-ZĐÀ-Ỹ])")
# second halves of names joined by "và" ("Phòng, chống thiên tai và Tìm kiếm cứu nạn")
NAME_SECOND_HALVES = _V.body_words("name_second_half")  # words/body_words.csv
# "kinh tế - xã hội": the dash and second half of a field's name inside a body's name (body_words.csv, dash_compound)
_DASH_COMPOUNDS = [(match_form(first.strip()),
                    re.compile(r"[ \t]*[-–][ \t]*(?=" + re.escape(match_form(second.strip())) + r"\b)"))
                   for first, second in (re.split(r"[-–]", c, maxsplit=1) for c in _V.body_words("dash_compound"))]
_NAME_SECOND_HALF_RX = rx(r"(?:" + alternation(NAME_SECOND_HALVES) + r")\b")
# "số" ends a name before a number ("… số 8"), not in "chuyển đổi số" (digital transformation)
_DIGITAL_SO_RX = re.compile(r"(?<=đổi )số\b")
# words that build nouns but are a team's verbs before their object ("Đoàn kiểm tra tổng hợp báo cáo …", "Tổ kiểm tra
# lập biên bản …", "Ban Chỉ đạo thành lập Tổ giúp việc …")
_VERB_BEFORE_REPORT_RX = rx(r"(?:tổng hợp|trình)(?:,)?\s+(?:báo cáo|kết quả|tình hình)\b"
                            r"|lập (?:biên bản|danh sách|hồ sơ)\b"  # "Tổ kiểm tra lập biên bản …"
                            r"|(?:thành lập|kiện toàn) (?:các )?(?:tổ(?! chức)|ban|đoàn|tiểu ban|hội đồng)\b")
# a task's first verb (duty_words.csv) right after a proper name ("Vườn quốc gia U Minh Thượng xây dựng …")
_TASK_VERB_AFTER_NAME_RX = rx(r"(?:" + alternation([*_V.duty_words("action"), *_V.duty_words("task"),
                                                    *_V.duty_words("task_verb")]) + r")(?!\w)")
_PROPER_NAME_CLOSING_RX = rx(r"(?:" + alternation(_V.body_words("proper_name_closing_verb")) + r")(?!\w)")
_DASH_PURPOSE_RX = re.compile(r"[ \t]*[-–][ \t]*(?=phòng,?[ \t]+chống\b)")


class NameEnds(PlaceReading):
    """Where a name read word by word ends."""

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
            elif (glue := self._comma_half(end)) is not None:
                end = glue.end()  # "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch": "A, B và C" in one name
                caps = 0
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

    def _comma_half(self, k: int) -> re.Match[str] | None:
        """The comma of a name written "A, B và C" in capitals ("Xúc tiến Đầu tư, Thương mại và Du lịch"): what
        follows it starts no body and no place, and runs in at most four words (no function word or verb) into "và"
        and a capitalised word."""
        m = _COMMA_CAPITAL_RX.match(self.t, k)
        if m is None or not self._continues_name(m.end()):
            return None
        pos = m.end()
        for _ in range(4):
            w = _NAME_WORD_RX.match(self.t, pos)
            if not w or not (w.group(1)[:1].isupper() or (
                    pos > m.end() and not _NAME_STOP_RX.match(self.f, w.start(1)))):
                return None
            pos = w.end(1)
            if (joined := _AND_CAPITAL_RX.match(self.t, pos)) and self._continues_name(joined.end()):
                return m
        return None

    def _dash_compound(self, k: int) -> re.Match[str] | None:
        """The dash of "kinh tế - xã hội" when the name read so far ends in its first half."""
        for first, dash in _DASH_COMPOUNDS:
            if self.f.endswith(first, 0, k) and (m := dash.match(self.f, k)):
                return m
        return None

    def _lower_half_before_place(self, k: int) -> bool:
        """"Ban Quản lý dự án đầu tư xây dựng và khu vực phát triển đô thị tỉnh": lower-case words after "và" that
        run, with no function word, verb or body on the way, into the name's place are the name's second half."""
        return self._lower_run_to_place(k) is not None

    def _lower_run_to_place(self, k: int, most: int = 7) -> int | None:
        """Where two to ``most`` lower-case words from ``k`` end when they run, with no function word, verb or
        level on the way, into a place ("sắp xếp đơn vị hành chính | tỉnh"); None when they do not."""
        pos = k
        for count in range(most):
            at = _skip_space(self.f, pos)
            if count and (_TYPE_RX.match(self.f, at) or _PROVINCE_FORM_RX.match(self.f, at)):
                return pos if count >= 2 else None
            w = _NAME_WORD_RX.match(self.t, pos)
            if not w or not w.group(1)[:1].islower() or (_NAME_STOP_RX.match(self.f, w.start(1)) and not
                                                           _DIGITAL_SO_RX.match(self.f, w.start(1))) \
                    or _LEVEL_RX.match(self.f, w.start(1)):
                return None  # ("chuyển đổi số" is no number)
            pos = w.end(1)
        return None

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
