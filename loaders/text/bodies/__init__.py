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

The grammar is one class, ``BodyFinder`` (``finder``), assembled from one mixin per frame over a
shared state (``base``): places (``place_names``, ``place_reading``), state bodies, agencies, names
read word by word (``name_ends``, ``named_units``), party organisations and committees, member lists,
task forces, service units, collectives, heads shared along a list (``shared_heads``) and the groups
a speaker addresses (``addressing``). Each frame inherits the frames whose methods it calls. Tables
read by one frame sit in its module; shared ones in ``patterns``, small pure functions in ``helpers``.
"""

from __future__ import annotations

from bomay.loaders.text.bodies.agencies import AGENCY_PARENTS, LOCAL_AGENCIES, PROVINCIAL_AGENCIES
from bomay.loaders.text.bodies.collectives import BARE_TYPE_WORD_RX
from bomay.loaders.text.bodies.finder import BodyFinder
from bomay.loaders.text.bodies.member_lists import _PARTY_PARTS as _PARTY_PARTS  # read by tests/test_text_vocabulary.py
from bomay.loaders.text.bodies.member_lists import COLLECTIVE_MEMBERS, COLLECTIVE_QUALIFIERS, GROUP_DEFINING_MEMBERS
from bomay.loaders.text.bodies.mentions import Mention, Plural
from bomay.loaders.text.bodies.name_ends import NAME_SECOND_HALVES
from bomay.loaders.text.bodies.party_organisations import PARTY_BLOCS
from bomay.loaders.text.bodies.patterns import _NAT_ALIASES as _NAT_ALIASES  # read by tests/test_text_vocabulary.py
from bomay.loaders.text.bodies.patterns import (
    ENTERPRISE_HEADS,
    LOCAL_AGENCY_FORMS,
    NAME_FOLLOWING_VERBS,
    NAME_STOP_WORDS,
    NAMED_UNIT_HEADS,
    STEM_ABBREVIATIONS,
    TASK_FORCE_HEADS,
)
from bomay.loaders.text.bodies.place_reading import TYPE_SHORT_FORMS

__all__ = [
    "AGENCY_PARENTS", "BARE_TYPE_WORD_RX", "COLLECTIVE_MEMBERS", "COLLECTIVE_QUALIFIERS", "ENTERPRISE_HEADS",
    "GROUP_DEFINING_MEMBERS", "LOCAL_AGENCIES", "LOCAL_AGENCY_FORMS", "NAMED_UNIT_HEADS", "NAME_FOLLOWING_VERBS",
    "NAME_SECOND_HALVES", "NAME_STOP_WORDS", "PARTY_BLOCS", "PROVINCIAL_AGENCIES", "STEM_ABBREVIATIONS",
    "TASK_FORCE_HEADS", "TYPE_SHORT_FORMS", "BodyFinder", "Mention", "Plural",
]
