"""The duty finder's memory, and the base of every frame mixin.

``_Context`` holds the discourse context (who speaks, the last assignment, the last bodies named
together); ``DutyState.__init__`` sets every attribute the mixins read, so each mixin module can
rely on them. The few methods here only read or update that memory.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bomay.loaders.text.bodies import BodyFinder, Mention
from bomay.loaders.text.duties.facts import Actor, MandateFact, ReportFact
from bomay.loaders.text.duties.patterns import _AIM_RX
from bomay.loaders.text.duties.words import CAPTION_MAX_WORDS
from bomay.loaders.text.naming import Body
from bomay.loaders.text.people import Post
from bomay.loaders.text.sentences import Sentence


@dataclass
class _Context:
    _speaker: Body | None = None
    co_speakers: list[Body] = field(default_factory=list)  # "Bộ Chính trị, Ban Bí thư kết luận …"
    last_assigner: Body | None = None
    last_assignees: list[Body] = field(default_factory=list)
    last_paragraph: int = -10
    last_mandate: int | None = None
    upward_paragraph: int = -1
    last_aim: bool = False  # the last assignment stated its aim ("với mục tiêu …")
    last_person: Body | None = None  # the body of the last person named (for "Đồng chí cũng yêu cầu …")
    last_group: list[Body] = field(default_factory=list)  # the last several bodies named together
    meeting_report_paragraph: int = -1  # a paragraph telling what was presented at a meeting ("Tại phiên họp, …")
    holder: Body | None = None  # the standing body holding the meeting ("Thường trực HĐND huyện tổ chức họp …")

    @property
    def speaker(self) -> Body | None:
        return self._speaker

    @speaker.setter
    def speaker(self, body: Body | None) -> None:
        self._speaker = body
        self.co_speakers = []

    def speakers(self) -> list[Body]:
        return [b for b in (self._speaker, *self.co_speakers) if b is not None]


class DutyState:
    """The attributes every frame reads, set in ``__init__``, and the context memory's updates."""

    def __init__(self, text: str, folded: str, mentions: list[Mention], posts: list[Post],
                 year: int | None, issuer: Body | None, standing_boards: set[str], finder: BodyFinder):
        self.finder = finder
        self.t = text
        self.f = folded
        self.mentions = mentions
        self.posts = posts
        self.year = year
        self.ctx = _Context()
        self.ctx.speaker = issuer
        self.standing_boards = standing_boards  # names of Ban Thường vụ bodies the document mentions
        self.mandates: list[MandateFact] = []
        self.reports: list[ReportFact] = []
        self._government: Body | None = None
        self._par_words: dict[int, int] = {}
        self._par_points: set[int] = set()  # paragraphs that open with "Về …"/"Đối với …": points of one directive
        self._gap_addressees: list[Actor] = []
        self._giver: Body | None = None  # the assigner of the task being read: "gửi về Bộ" names it
        self._cur: tuple[int, int, list[Actor]] | None = None
        self._posts_of: dict[str, list[Body]] = {}  # a body a person speaks for -> all that person's posts' bodies
        self._person_refs = self._find_person_refs()
        # the body speaking after each sentence (its index): the learned back-off's assigner (backoff.py)
        self.speaker_at: dict[int, Body | None] = {}

    @property
    def government(self) -> Body:
        if self._government is None:
            self._government = self.finder.namer.national("Chính phủ")
        return self._government

    def _remember(self, assigner: Body, assignees: list[Body], s: Sentence) -> None:
        self.ctx.last_assigner = assigner
        self.ctx.last_assignees = assignees
        self.ctx.last_paragraph = s.paragraph
        self.ctx.last_aim = bool(_AIM_RX.search(self.f, s.start, s.end))

    def _near(self, s: Sentence) -> bool:
        """Close enough to the last assignment to continue it: the same paragraph, or a later one
        with only short lines (photo captions, list headings) in between."""
        last = self.ctx.last_paragraph
        if s.paragraph == last:
            return True
        if s.paragraph - last > 4:
            return False
        # "Về thời gian tổng kết: …" between the request and "Báo cáo gửi về …": points of the same directive
        return all(self._par_words.get(p, 0) <= CAPTION_MAX_WORDS or p in self._par_points
                   for p in range(last + 1, s.paragraph))

    def _find_person_refs(self) -> list[tuple[int, int, Body]]:
        """Read in ``__init__``; defined by ``PostReading`` (posts.py), which knows the posts."""
        raise NotImplementedError
