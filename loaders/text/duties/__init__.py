"""Mandates and reporting obligations, sentence by sentence, in the grammar of Vietnamese
directives (GLOSSARY "How duties are written").

Three sentence shapes give a mandate:

1. explicit: ``ASSIGNER (cũng) giao|yêu cầu|đề nghị|chỉ đạo ASSIGNEE(S) TASK``;
2. a duty of the subject, under the document's current assigner (the body that issued the
   directive or leads the meeting): ``ASSIGNEE(S) cần|phải|có trách nhiệm|VERB TASK``;
3. a continuation without a subject (``Đồng thời, …``, ``Giải quyết …``), which inherits the
   last assignment when that had one assignee.

Inside a task: ``chủ trì``; ``phối hợp với PARTNERS`` (co-assignees joined by "phối hợp" cooperate
with each other); chains ``lãnh đạo, chỉ đạo B …`` and ``; chỉ đạo B …`` give a second mandate
from the assignee to B; every ``báo cáo RECIPIENT FREQUENCY`` gives a reporting obligation per
recipient with its own frequency (a bare "báo cáo" as the main task reports to the assigner).
Requests upward (``kiến nghị``, ``đề xuất``, or ``đề nghị`` addressed to a higher body) and
statements of what was done are not mandates.

The grammar is split by frame (``finder.py`` assembles ``DutyFinder`` from the mixins): word lists
(``words.py``) and compiled patterns (``patterns.py``, ``task_patterns.py``); records (``facts.py``)
and pure helpers (``helpers.py``); the finder's memory (``state.py``); people and their posts
(``posts.py``); a sentence's actors (``actors.py``); where a task starts (``task_starts.py``);
reports and their recipients (``reporting.py``, ``recipients.py``); tasks and chains (``tasks.py``);
addressees (``addressees.py``) and speakers (``speakers.py``); the three frames (``explicit.py``,
``subjects.py``, ``continuations.py``) and relayed directions (``relayed.py``); the reading loop
(``sentences.py``).
"""

from __future__ import annotations

from bomay.loaders.text.duties.facts import Actor, Clause, MandateFact, ReportFact
from bomay.loaders.text.duties.finder import DutyFinder
from bomay.loaders.text.duties.words import (
    AIM_CUES,
    ANAPHORIC_PLURALS,
    BARE_TITLES,
    CAPTION_MAX_WORDS,
    CHAIR_CUES,
    CONDITION_NOUNS,
    CONDITION_OPENERS,
    CONVEY_VERBS,
    CONVEYED_OPINIONS,
    DEADLINE_OPENERS,
    DISTRIBUTIVES,
    EX_OFFICIO_HEADS,
    EXTRA_DUTY_MODALS,
    EXTRA_TASK_VERBS,
    GAP_ADVERBS,
    GOVERNMENT_HEADS,
    HONORIFICS,
    ISSUE_CUES,
    LEVEL_RANK,
    LIST_HEADING_MAX_WORDS,
    LIST_LABELS,
    LOCAL_GOVERNMENT_KINDS,
    MANDATE_FRAME_OPENERS,
    MEETING_WORDS,
    POINT_OPENERS,
    SPEAKER_CUES,
    SPEECH_ENDS,
    STANDING_KINDS,
    SUBJECT_QUANTIFIERS,
    TOPIC_ADJUNCTS,
    WRITTEN_DIRECTIVES,
)

__all__ = [
    "AIM_CUES",
    "ANAPHORIC_PLURALS",
    "BARE_TITLES",
    "CAPTION_MAX_WORDS",
    "CHAIR_CUES",
    "CONDITION_NOUNS",
    "CONDITION_OPENERS",
    "CONVEYED_OPINIONS",
    "CONVEY_VERBS",
    "DEADLINE_OPENERS",
    "DISTRIBUTIVES",
    "EXTRA_DUTY_MODALS",
    "EXTRA_TASK_VERBS",
    "EX_OFFICIO_HEADS",
    "GAP_ADVERBS",
    "GOVERNMENT_HEADS",
    "HONORIFICS",
    "ISSUE_CUES",
    "LEVEL_RANK",
    "LIST_HEADING_MAX_WORDS",
    "LIST_LABELS",
    "LOCAL_GOVERNMENT_KINDS",
    "MANDATE_FRAME_OPENERS",
    "MEETING_WORDS",
    "POINT_OPENERS",
    "SPEAKER_CUES",
    "SPEECH_ENDS",
    "STANDING_KINDS",
    "SUBJECT_QUANTIFIERS",
    "TOPIC_ADJUNCTS",
    "WRITTEN_DIRECTIVES",
    "Actor",
    "Clause",
    "DutyFinder",
    "MandateFact",
    "ReportFact",
]
