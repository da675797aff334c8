"""The state of one document's scan, shared by every frame of the body grammar.

Each frame is a mixin over this base: the document, its places and what the scan has named so far are
set here, so every frame reads them under one declared type. ``parse`` (the whole grammar, in
``finder``) and ``_named_lower_units`` (in ``place_reading``) are declared here too: the frames call
them, the classes above override them.
"""

from __future__ import annotations

from bomay.loaders.text.bodies.mentions import Mention
from bomay.loaders.text.naming import Body, Namer
from bomay.loaders.text.places import Gazetteer, Place


class FinderBase:
    """The state one document's scan keeps, shared by every frame."""

    # set by find_all for each scan
    _list_heads: list[tuple[int, int]]
    _continued_at: int | None
    _pending: list[Mention]

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

    def _nest(self, start: int, end: int, body: Body) -> None:
        if not body.collective:
            self.nested.append(Mention(start, end, self.t[start:end], body))

    def parse(self, j: int) -> Mention | None:
        """The longest mention starting at ``j``, or None (BodyFinder: every frame)."""
        raise NotImplementedError

    def _named_lower_units(self) -> list[tuple[int, Place]]:
        """Districts and communes the document names, with where (PlaceReading)."""
        raise NotImplementedError
