"""Deadlines and frequencies, verbatim and normalised.

"trước ngày 10/6" -> 2021-06-10 (the document's year when none is written);
"trong tháng 5 năm 2021" -> 2021-05-01 .. 2021-05-31; "ngay trong năm 2018" -> the year;
"trong quý III năm 2024" -> the quarter. Frequencies map to the bmf: scheme.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

from bomay.loaders.text.lexicon import _V, FREQUENCIES, alternation, rx
from bomay.textnorm import fold

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
# Named days that end a period in directives ("trước Tết Nguyên đán").
NAMED_DEADLINES = _V.deadline_cues("named_day")
# Frequencies written out beyond the lexicon's list.
EXTRA_FREQUENCIES = [r"(?:\d+|một|hai|ba|sáu) (?:ngày|tuần|tháng|quý|năm) (?:một|1) lần",
                     r"mỗi (?:tuần|tháng|quý|năm) (?:một|1) lần", r"định kỳ (?:hàng|hằng) ngày", r"đột xuất",
                     r"(?:0?1|một) lần ?/ ?(?:ngày|tuần|tháng|quý|năm)"]
_TIME = r"\d{1,2} ?(?:h|giờ)(?: ?\d{2}'?)?(?: phút)?"  # the minutes need digits: "16 giờ ngày 5/6" keeps its day
_WEEKDAY = r"(?:thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật)(?: (?:hàng|hằng) tuần)?"  # "trước 9h00 thứ hai"
_DAY = r"\d{1,2}(?: ?[/.-] ?\d{1,2}| tháng \d{1,2})(?:(?: ?[/.-] ?| năm )\d{4})?"
_DEADLINE_RX = rx(
    r"(?:(?:chậm nhất|hoàn thành|xong|trình)(?: là)? )?(?:ngay )?(?:"
    r"(?:trước|chậm nhất(?: là)?|vào|lúc) " + _TIME + r"(?: (?:ngày " + _DAY + r"|(?:hàng|hằng) ngày|" + _WEEKDAY
    + r"))?"
    r"|trước (?:" + alternation(NAMED_DEADLINES) + r")\b"
    # a day of every period: "trước ngày 10 hằng tháng", "trước ngày 20 của tháng cuối quý"
    r"|trước ngày \d{1,2} (?:(?:hàng|hằng) (?:tháng|quý|năm)|của tháng (?:cuối quý|tiếp theo|sau|đầu quý)"
    r"|của quý (?:tiếp theo|sau))"
    r"|trước (?:quý (?:iv|i{1,3}|\d)|tháng \d{1,2})(?:(?:/| năm )\d{4})?"
    r"|trước ngày \d{1,2}(?: ?[/.-] ?\d{1,2}| tháng \d{1,2})(?:(?: ?[/.-] ?| năm )\d{4})?"
    r"|trước \d{1,2}[/.-]\d{1,2}(?:[/.-]\d{4})?"
    r"|trong tháng \d{1,2}(?:(?:/| năm )\d{4})?"
    r"|trong quý (?:iv|i{1,3}|\d)(?:(?:/| năm )\d{4})?"
    r"|trong năm \d{4}"
    r"|trong (?:thời hạn |vòng |thời gian )?(?:\d+|một|hai|ba|năm|mười|bảy) (?:ngày|tuần|tháng)(?: làm việc)?"
    r"(?:,? kể từ [^,;.]{3,60})?"
    r"|(?:chậm nhất (?:là )?|trước )?ngày \d{1,2}(?: ?[/.-] ?\d{1,2}| tháng \d{1,2})(?:(?: ?[/.-] ?| năm )\d{4})?"
    r"(?= |,|;|\.|$)(?<=\d)"
    r")")
_FREQ_RX = rx(r"(?:" + "|".join(EXTRA_FREQUENCIES)
              + r"|định kỳ (?:hàng|hằng) (?:tuần|tháng|quý|năm)|định kỳ (?:\d+|sáu) tháng(?: một lần|/lần)?"
              r"|\d+ (?:tuần|tháng|ngày)/lần|(?:hai|2) tuần một lần|" + alternation(list(FREQUENCIES)) + r")\b")
_FREQ_BY_KEY = {fold(k): v for k, v in FREQUENCIES.items()}


@dataclass(frozen=True)
class Deadline:
    text: str
    start: int
    end: int
    day: str | None = None  # xsd:date when a single day
    first: str | None = None  # interval start
    last: str | None = None  # interval end


def find_deadline(text: str, folded: str, lo: int, hi: int, year: int | None) -> Deadline | None:
    m = _DEADLINE_RX.search(folded, lo, hi)
    if not m:
        return None
    verbatim = text[m.start():m.end()]
    return normalise(verbatim, m.start(), m.end(), year)


def normalise(verbatim: str, start: int, end: int, year: int | None) -> Deadline:
    f = re.sub(r"\d{1,2} ?(?:h|gio) ?(?:\d{2}'?)?", " ", fold(verbatim))  # a time of day is not a date
    f = re.sub(r"(\d)\.(\d)", r"\1/\2", f)
    nums = [int(n) for n in re.findall(r"\d+", f)]
    try:
        if re.match(r"(?:\S+ )*?truoc (?:quy|thang) ", f) or re.search(r"\b(?:hang|cua) (?:thang|quy|nam)\b", f):
            return Deadline(verbatim, start, end)  # "trước quý III/2024", "trước ngày 10 hằng tháng": kept as text
        if "quy" in f.split():
            q = re.search(r"quy (iv|i{1,3}|\d)", f)
            if q is None:  # "quý này", "quý tới": no quarter named
                raise ValueError(verbatim)
            quarter = int(q.group(1)) if q.group(1).isdigit() else _ROMAN[q.group(1)]
            y = nums[-1] if nums and nums[-1] > 1900 else year
            if y:
                first_month = 3 * (quarter - 1) + 1
                return Deadline(verbatim, start, end, None, f"{y:04d}-{first_month:02d}-01",
                                f"{y:04d}-{first_month + 2:02d}-{calendar.monthrange(y, first_month + 2)[1]:02d}")
        elif re.search(r"trong thang \d", f):
            month = nums[0]
            y = nums[1] if len(nums) > 1 else year
            if y and 1 <= month <= 12:
                return Deadline(verbatim, start, end, None, f"{y:04d}-{month:02d}-01",
                                f"{y:04d}-{month:02d}-{calendar.monthrange(y, month)[1]:02d}")
        elif re.search(r"trong nam \d{4}", f):
            y = nums[0]
            return Deadline(verbatim, start, end, None, f"{y:04d}-01-01", f"{y:04d}-12-31")
        elif len(nums) >= 2 and (("ngay" in f.split() and "trong" not in f.split()) or f.startswith("truoc")):
            d, month = nums[0], nums[1]
            y = nums[2] if len(nums) > 2 else year
            if y and 1 <= month <= 12 and 1 <= d <= calendar.monthrange(y, month)[1]:
                return Deadline(verbatim, start, end, f"{y:04d}-{month:02d}-{d:02d}")
    except (ValueError, IndexError, KeyError):
        pass
    return Deadline(verbatim, start, end)


@dataclass(frozen=True)
class Frequency:
    text: str
    start: int
    end: int
    concept: str | None  # bmf slug


def find_frequencies(text: str, folded: str, lo: int, hi: int) -> list[Frequency]:
    return [frequency_at(text, m) for m in _FREQ_RX.finditer(folded, lo, hi)]


def frequency_at(text: str, m: re.Match[str]) -> Frequency:
    verbatim = text[m.start():m.end()]
    return Frequency(verbatim, m.start(), m.end(), frequency_concept(verbatim))


_PER_PERIOD = {"ngay": "daily", "tuan": "weekly", "thang": "monthly", "quy": "quarterly", "nam": "annual"}


def frequency_concept(verbatim: str) -> str | None:
    f = fold(verbatim)
    if f.startswith("dinh ky ") and f != "dinh ky":
        f = f[len("dinh ky "):]
        if f[:1].isdigit() and "lan" not in f:
            f = f.replace("thang", "thang/lan")
    if f in _FREQ_BY_KEY:
        return _FREQ_BY_KEY[f]
    once = re.match(r"(?:0?1|mot) lan ?/? ?(ngay|tuan|thang|quy|nam)$", f)  # "01 lần/tháng" (fold drops the slash)
    if once:
        return _PER_PERIOD[once.group(1)]
    each = re.match(r"moi (tuan|thang|quy|nam)", f)
    if each:
        return _PER_PERIOD[each.group(1)]
    m = re.match(r"(\d+|hai|sau) (tuan|thang|ngay)", f)
    if m:
        n = {"hai": 2, "sau": 6}.get(m.group(1)) or int(m.group(1))
        unit = m.group(2)
        if unit == "tuan":
            return "weekly" if n == 1 else "biweekly" if n == 2 else "monthly" if n == 4 else "periodic"
        if unit == "thang":
            return {1: "monthly", 3: "quarterly", 6: "semiannual", 12: "annual"}.get(n, "periodic")
        return "daily" if n == 1 else "periodic"
    return None


FREQUENCY_RX = _FREQ_RX
