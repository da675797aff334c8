"""Groups as the body that speaks reads them: the units a lower body directs are its own
("giao UBND huyện X chỉ đạo UBND các xã …"), units addressed together are their People's Committees.

Called by the duty grammar, not by the scan.
"""

from __future__ import annotations

from bomay.loaders.text.bodies.helpers import _party_committee_of
from bomay.loaders.text.bodies.mentions import Plural
from bomay.loaders.text.bodies.patterns import _LEVEL_RANK
from bomay.loaders.text.bodies.state_bodies import StateBodies
from bomay.loaders.text.lexicon import rx
from bomay.loaders.text.naming import Body
from bomay.loaders.text.places import Place

_UNIT_WORDS = r"(?:xã|phường|thị trấn|huyện|quận|thị xã)"
# "các huyện, …", or two unit words without "các" ("yêu cầu các sở, ngành và xã, phường …")
_PLURAL_OPENER_RX = rx(r"các |(?=" + _UNIT_WORDS + r"\s*,\s*" + _UNIT_WORDS + r"\b)")
# whose bodies units addressed together mean, by the addresser's kind (BodyFinder.addressed_units)
_ADDRESSED_HEAD = {**dict.fromkeys(("government", "ministry", "peoples_committee", "department"), "uy ban nhan dan"),
                   "fatherland_front": "uy ban mat tran to quoc"}


class Addressing(StateBodies):
    """Groups as the body that directs them reads them."""

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
