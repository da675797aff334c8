"""What the duty grammar produces and passes between its frames: the records ``MandateFact`` and
``ReportFact`` (read by ``extract.py``, ``records.py`` and ``backoff.py``), the ``Actor`` spans of a
sentence, and a ``Clause`` cut from a sentence. Plain data, no grammar, so every frame module can
share them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bomay.loaders.text.deadlines import Deadline, Frequency
from bomay.loaders.text.naming import Body
from bomay.loaders.text.sentences import Sentence


@dataclass
class Actor:
    start: int
    end: int
    bodies: list[Body]
    person: bool = False
    head: bool = False  # a head noun before a body ("Giám đốc Sở Y tế"): the body acts
    named: bool = False  # a person referred to by name only ("ông Nguyễn Văn A")


@dataclass(frozen=True)
class Clause(Sentence):
    """A clause of a sentence processed on its own; facts cite the whole sentence."""

    whole: Sentence | None = None


def _whole(s: Sentence) -> Sentence:
    return s.whole if isinstance(s, Clause) and s.whole is not None else s


@dataclass
class MandateFact:
    sentence: Sentence
    assigner: Body
    assignee: Body
    task: str
    task_start: int
    task_end: int
    action: str
    action_concept: str | None
    cooperate: list[Body] = field(default_factory=list)
    report_to: list[Body] = field(default_factory=list)
    frequencies: list[Frequency] = field(default_factory=list)
    deadline: Deadline | None = None
    chained_from: int | None = None
    continues: int | None = None
    reports: list[int] = field(default_factory=list)


@dataclass
class ReportFact:
    sentence: Sentence
    reporter: Body
    recipient: Body
    about: str
    frequency: Frequency | None
    deadline: Deadline | None
    mandate: int | None
    implied: bool = False  # the recipient is the asker, no body was named ("A yêu cầu B báo cáo …")
