"""Word lists of Vietnamese administrative writing, and the length-keeping fold rules match on.

Patterns are written in ordinary Vietnamese and compiled against ``match_form(text)``
(``bomay.textnorm``, the project's one tone-mark table): the text lowercased with tone marks
placed one way (Ủy/Uỷ, hóa/hoá), character for character the same length as the original, so a
match's offsets are offsets into the stored text.
"""

from __future__ import annotations

import re

from bomay.loaders.text.vocabulary import vocabulary
from bomay.textnorm import match_form  # re-exported: the extractor's modules import it from here


def rx(source: str, flags: int = 0) -> re.Pattern[str]:
    """Compile a pattern written in plain Vietnamese: folded like the text, spaces match any run
    of whitespace."""
    folded = match_form(source).replace(" ?", r"\s*")
    return re.compile(re.sub(r"(?<!\\) ", r"\\s+", folded), flags)


def alternation(words: list[str]) -> str:
    """A regex alternation of phrases, longest first, spaces as written (``rx`` widens them), a hyphen
    also matching the en dash texts often write in its place."""
    return "|".join(re.escape(match_form(w)).replace("\\ ", " ").replace("\\-", "[-–]")  # "chính trị – xã hội"
                    for w in sorted(set(words), key=len, reverse=True))


# The word lists below are read from the vocabulary tables (``vocabulary.py``, ``words/*.csv``);
# the names stay so modules that import them need not change. Add words to the tables, not here.
_V = vocabulary()

# Departments of a provincial People's Committee (Sở) and divisions of a district one (Phòng),
# by the names texts give them; ministries share most of the same stems (sectors.csv).
DEPARTMENT_NAMES = _V.sector_names("department")
MINISTRY_NAMES = _V.sector_names("ministry")
# "ngành y tế" names the department of that sector (sector_words.csv)
SECTOR_TO_DEPARTMENT = _V.sector_words()

# Titles of posts, most specific first; each maps to a role slug of the bmr: scheme (titles.csv).
TITLES = {t.title: t.role for t in _V.titles()}
# Titles that name their body by themselves ("Thành ủy viên" is a member of the Thành ủy).
TITLE_IMPLIES_BODY = {t.title: t.implied_body for t in _V.titles() if t.implied_body}

# Surnames body parsing checks (core = yes in surnames.csv); people.py adds the others.
SURNAMES = set(_V.surnames(core_only=True))

# Verbs by which an assigner hands a task down (duty_words.csv, role assign).
ASSIGN_VERBS = _V.duty_words("assign")
# Verbs by which a lower body asks a higher one: never a mandate.
UPWARD_VERBS = _V.duty_words("upward")
# Modal words that mark the subject's duty ("X cần ...", "X có trách nhiệm ...").
DUTY_MODALS = _V.duty_words("modal")
# Verbs a task starts with, and the bma: concept each names.
ACTION_VERBS = _V.action_concepts()
OTHER_VERBS = _V.duty_words("task")
# Adverbs and modals that may precede a task's verb.
TASK_PREFIXES = _V.duty_words("task_prefix")

# Connectives that open a subject-less sentence continuing the previous assignment.
CONTINUATION_OPENERS = _V.sentence_cues("continuation_opener")

# Frequency phrases -> bmf: concept (frequencies.csv).
FREQUENCIES = _V.frequencies()
