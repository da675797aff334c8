"""Bodies as the graph knows them: canonical Vietnamese name, kind, level, parent and IRI.

A body is named after the gold conventions (full body type, then the jurisdiction:
"Ban Thường vụ Thành ủy Thành phố Hồ Chí Minh", "Ủy ban nhân dân huyện Nhà Bè") and linked to the
reference graph's body of that kind and unit when one exists on the document's date; otherwise
it gets a stable minted IRI ``id/body/x/{province code or 'vn'}/{slug of its name}``.
"""

from __future__ import annotations

from dataclasses import dataclass

from bomay.loaders.text.places import Gazetteer, Place
from bomay.namespaces import ID
from bomay.textnorm import fold, slug


@dataclass(frozen=True)
class Body:
    name: str
    kind: str
    level: str
    iri: str
    parent: Body | None = None
    province_code: str | None = None
    unit: Place | None = None
    collective: bool = False


# Central bodies: name -> (kind, parent name or None)
NATIONAL = {
    "Ban Chấp hành Trung ương Đảng": ("party_committee", None),
    "Bộ Chính trị": ("party_standing_board", "Ban Chấp hành Trung ương Đảng"),
    "Ban Bí thư": ("party_standing_members", "Ban Chấp hành Trung ương Đảng"),
    "Ban Tổ chức Trung ương": ("party_commission", "Ban Chấp hành Trung ương Đảng"),
    "Ban Tuyên giáo Trung ương": ("party_commission", "Ban Chấp hành Trung ương Đảng"),
    "Ban Tuyên giáo và Dân vận Trung ương": ("party_commission", "Ban Chấp hành Trung ương Đảng"),
    "Ban Dân vận Trung ương": ("party_commission", "Ban Chấp hành Trung ương Đảng"),
    "Ban Nội chính Trung ương": ("party_commission", "Ban Chấp hành Trung ương Đảng"),
    "Ban Kinh tế Trung ương": ("party_commission", "Ban Chấp hành Trung ương Đảng"),
    "Ban Chính sách, chiến lược Trung ương": ("party_commission", "Ban Chấp hành Trung ương Đảng"),
    "Văn phòng Trung ương Đảng": ("party_commission", "Ban Chấp hành Trung ương Đảng"),
    "Ủy ban Kiểm tra Trung ương": ("party_inspection_commission", "Ban Chấp hành Trung ương Đảng"),
    "Quốc hội": ("national_assembly", None),
    "Ủy ban Thường vụ Quốc hội": ("national_assembly", "Quốc hội"),
    "Chính phủ": ("government", None),
    "Văn phòng Chính phủ": ("ministry", "Chính phủ"),
    "Thanh tra Chính phủ": ("ministry", "Chính phủ"),
    "Kiểm toán Nhà nước": ("other", "Quốc hội"),
    "Tòa án nhân dân tối cao": ("court", None),
    "Viện Kiểm sát nhân dân tối cao": ("procuracy", None),
    "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam": ("fatherland_front", None),
    # party centre
    "Ban Bí thư Trung ương Đảng": ("party_standing_members", "Ban Chấp hành Trung ương Đảng"),
    "Ban Đối ngoại Trung ương": ("party_commission", "Ban Chấp hành Trung ương Đảng"),
    "Hội đồng Lý luận Trung ương": ("party_commission", "Ban Chấp hành Trung ương Đảng"),
    "Quân ủy Trung ương": ("party_committee", "Ban Chấp hành Trung ương Đảng"),
    "Đảng ủy Công an Trung ương": ("party_committee", "Ban Chấp hành Trung ương Đảng"),
    "Đảng ủy Khối các cơ quan Trung ương": ("party_committee", "Ban Chấp hành Trung ương Đảng"),
    "Đảng ủy Khối doanh nghiệp Trung ương": ("party_committee", "Ban Chấp hành Trung ương Đảng"),
    "Đảng ủy Chính phủ": ("party_committee", "Ban Chấp hành Trung ương Đảng"),
    "Đảng ủy Quốc hội": ("party_committee", "Ban Chấp hành Trung ương Đảng"),
    "Đảng ủy các cơ quan Đảng Trung ương": ("party_committee", "Ban Chấp hành Trung ương Đảng"),
    "Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương": ("party_committee", "Ban Chấp hành Trung ương Đảng"),
    # National Assembly
    "Văn phòng Quốc hội": ("national_assembly", "Quốc hội"),
    "Hội đồng Dân tộc": ("national_assembly", "Quốc hội"),
    "Ủy ban Pháp luật": ("national_assembly", "Quốc hội"),
    "Ủy ban Tư pháp": ("national_assembly", "Quốc hội"),
    "Ủy ban Pháp luật và Tư pháp": ("national_assembly", "Quốc hội"),
    "Ủy ban Kinh tế": ("national_assembly", "Quốc hội"),
    "Ủy ban Tài chính, Ngân sách": ("national_assembly", "Quốc hội"),
    "Ủy ban Kinh tế và Tài chính": ("national_assembly", "Quốc hội"),
    "Ủy ban Quốc phòng và An ninh": ("national_assembly", "Quốc hội"),
    "Ủy ban Quốc phòng, An ninh và Đối ngoại": ("national_assembly", "Quốc hội"),
    "Ủy ban Văn hóa, Giáo dục": ("national_assembly", "Quốc hội"),
    "Ủy ban Văn hóa và Xã hội": ("national_assembly", "Quốc hội"),
    "Ủy ban Xã hội": ("national_assembly", "Quốc hội"),
    "Ủy ban Khoa học, Công nghệ và Môi trường": ("national_assembly", "Quốc hội"),
    "Ủy ban Đối ngoại": ("national_assembly", "Quốc hội"),
    "Ủy ban Dân nguyện và Giám sát": ("national_assembly", "Quốc hội"),
    "Ban Công tác đại biểu": ("national_assembly", "Ủy ban Thường vụ Quốc hội"),
    "Ban Dân nguyện": ("national_assembly", "Ủy ban Thường vụ Quốc hội"),
    "Hội đồng bầu cử quốc gia": ("national_assembly", "Quốc hội"),
    # Government: ministry-level agencies and agencies under the Government
    "Ủy ban Dân tộc": ("ministry", "Chính phủ"),
    "Ngân hàng Nhà nước Việt Nam": ("ministry", "Chính phủ"),
    "Thông tấn xã Việt Nam": ("public_service_unit", "Chính phủ"),
    "Đài Truyền hình Việt Nam": ("public_service_unit", "Chính phủ"),
    "Đài Tiếng nói Việt Nam": ("public_service_unit", "Chính phủ"),
    "Bảo hiểm xã hội Việt Nam": ("public_service_unit", "Chính phủ"),
    "Viện Hàn lâm Khoa học xã hội Việt Nam": ("public_service_unit", "Chính phủ"),
    "Viện Hàn lâm Khoa học và Công nghệ Việt Nam": ("public_service_unit", "Chính phủ"),
    "Học viện Chính trị quốc gia Hồ Chí Minh": ("academy", "Ban Chấp hành Trung ương Đảng"),
    "Ủy ban Quản lý vốn nhà nước tại doanh nghiệp": ("public_service_unit", "Chính phủ"),
    "Ủy ban An toàn giao thông Quốc gia": ("task_force", "Chính phủ"),
    "Ủy ban Quốc gia về chuyển đổi số": ("task_force", "Chính phủ"),
    "Ban Chỉ đạo quốc gia về phòng, chống thiên tai": ("task_force", "Chính phủ"),
    "Tổng cục Thuế": ("other", "Bộ Tài chính"),
    "Tổng cục Hải quan": ("other", "Bộ Tài chính"),
    "Kho bạc Nhà nước": ("other", "Bộ Tài chính"),
    "Tổng cục Khí tượng Thủy văn": ("other", "Bộ Tài nguyên và Môi trường"),
    "Trung tâm Dự báo khí tượng thủy văn quốc gia": ("public_service_unit", "Tổng cục Khí tượng Thủy văn"),
    "Bộ Tư lệnh Bộ đội Biên phòng": ("other", "Bộ Quốc phòng"),
    # mass organisations, centre
    "Tổng Liên đoàn Lao động Việt Nam": ("mass_organisation", None),
    "Trung ương Hội Nông dân Việt Nam": ("mass_organisation", None),
    "Trung ương Hội Liên hiệp Phụ nữ Việt Nam": ("mass_organisation", None),
    "Trung ương Hội Cựu chiến binh Việt Nam": ("mass_organisation", None),
    "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh": ("mass_organisation", None),
    "Ban Bí thư Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh": (
        "mass_organisation", "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh"),
}

PARTY_KINDS = {"party_committee", "party_standing_board", "party_standing_members", "party_commission",
               "party_inspection_commission", "party_delegation", "party_affairs_committee"}

_COMMITTEE_HEAD = {"tinh": "Tỉnh ủy", "thanh-pho-truc-thuoc-trung-uong": "Thành ủy", "quan": "Quận ủy",
                   "huyen": "Huyện ủy", "thi-xa": "Thị ủy", "thanh-pho-thuoc-tinh": "Thành ủy",
                   "thanh-pho-thuoc-thanh-pho-truc-thuoc-trung-uong": "Thành ủy"}


class Namer:
    """Makes and links bodies for one document (its date decides which reference body is meant)."""

    def __init__(self, gaz: Gazetteer, day: str | None, home: Place | None):
        self.gaz = gaz
        self.day = day
        self.home = home
        self._cache: dict[tuple, Body] = {}

    # ----- linking -------------------------------------------------------------------------
    def _make(self, name: str, kind: str, level: str, parent: Body | None, unit: Place | None,
              collective: bool = False, key_name: str | None = None, strict: bool = False) -> Body:
        code = unit.province_code if unit else (parent.province_code if parent else None)
        cache_key = (name, kind)
        if cache_key in self._cache:
            return self._cache[cache_key]
        linked = None if collective else self._link(name, kind, unit, strict)
        if linked is not None:
            # central bodies keep the name the text used ("Ban Bí thư Trung ương Đảng" / "Ban Bí thư")
            body = Body(linked.name if unit is not None else name, kind, level, linked.iri, parent, code, unit,
                        collective)
        else:
            iri = f"{ID}body/x/{code or 'vn'}/{slug(key_name or name)}"
            body = Body(name, kind, level, iri, parent, code, unit, collective)
        self._cache[cache_key] = body
        return body

    def _link(self, name: str, kind: str, unit: Place | None, strict: bool = False):
        """The reference body meant: the only one of that kind in the unit, or (``strict``, for
        bodies outside the standard set) only one whose name is the same."""
        if unit is None:
            return self.gaz.national_body(name, self.day)
        candidates = self.gaz.body(kind, unit.iri, self.day)
        if len(candidates) == 1 and not strict:
            return candidates[0]
        wanted = _name_key(name)
        for c in candidates:
            if any(_name_key(n) == wanted for n in (c.name, *c.alt_names)):
                return c
        return None

    # ----- central -------------------------------------------------------------------------
    def national(self, name: str) -> Body:
        kind, parent = NATIONAL.get(name) or _reference_kind(self.gaz.national_body(name, self.day))
        return self._make(name, kind, "central", self.national(parent) if parent else None, None)

    def ministry(self, name: str) -> Body:
        return self._make(f"Bộ {name}", "ministry", "central", self.national("Chính phủ"), None)

    # ----- party ---------------------------------------------------------------------------
    def committee(self, unit: Place) -> Body:
        if unit.level == "commune":
            name = f"Đảng ủy {unit.display()}"
        else:
            head = _COMMITTEE_HEAD.get(unit.unit_type, "Thành ủy" if "thanh-pho" in unit.unit_type else "Huyện ủy")
            if unit.level == "province":
                name = f"{head} {unit.name}" if head == "Thành ủy" else f"{head} {unit.short}"
            else:
                name = f"{head} {unit.short if not unit.short[:1].isdigit() else unit.display()}"
        parent = self.committee(self.province_of(unit)) if unit.level != "province" and self.province_of(unit) else None
        return self._make(name, "party_committee", unit.level, parent, unit)

    def standing_board(self, committee: Body) -> Body:
        return self._make(f"Ban Thường vụ {committee.name}", "party_standing_board", committee.level,
                          committee, committee.unit)

    def standing_members(self, committee: Body) -> Body:
        return self._make(f"Thường trực {committee.name}", "party_standing_members", committee.level,
                          self.standing_board(committee), committee.unit)

    def commission(self, head: str, committee: Body) -> Body:
        kind = "party_inspection_commission" if fold(head).startswith("uy ban kiem tra") else "party_commission"
        return self._make(f"{head} {committee.name}", kind, committee.level, committee, committee.unit)

    def party_group(self, head: str, state: Body) -> Body:
        """Đảng đoàn / Ban cán sự đảng / Đảng ủy inside a state body."""
        kinds = {"Đảng đoàn": "party_delegation", "Ban cán sự đảng": "party_affairs_committee"}
        kind = kinds.get(head, "party_committee")
        if state.unit is not None:
            parent = self.committee(self.province_of(state.unit) or state.unit)
        else:
            parent = self.national("Ban Chấp hành Trung ương Đảng")
        return self._make(f"{head} {state.name}", kind, state.level, parent, state.unit)

    # ----- state ---------------------------------------------------------------------------
    def council(self, unit: Place) -> Body:
        return self._make(f"Hội đồng nhân dân {unit.display()}", "peoples_council", unit.level, None, unit)

    def council_standing(self, unit: Place) -> Body:
        council = self.council(unit)
        return self._make(f"Thường trực {council.name}", "peoples_council_standing", unit.level, council, unit)

    def people_committee(self, unit: Place) -> Body:
        return self._make(f"Ủy ban nhân dân {unit.display()}", "peoples_committee", unit.level, None, unit)

    def department(self, head: str, name: str, unit: Place) -> Body:
        ubnd = self.people_committee(unit)
        return self._make(f"{head} {name} {unit.display()}", "department", unit.level, ubnd, unit)

    def office_of(self, state: Body) -> Body:
        return self._make(f"Văn phòng {state.name}", "department", state.level, state, state.unit)

    def front(self, unit: Place) -> Body:
        return self._make(f"Ủy ban Mặt trận Tổ quốc Việt Nam {unit.display()}", "fatherland_front", unit.level,
                          None, unit)

    def court(self, unit: Place) -> Body:
        return self._make(f"Tòa án nhân dân {unit.display()}", "court", unit.level, None, unit)

    def procuracy(self, unit: Place) -> Body:
        return self._make(f"Viện Kiểm sát nhân dân {unit.display()}", "procuracy", unit.level, None, unit)

    def other(self, name: str, kind: str, level: str, parent: Body | None, unit: Place | None,
              collective: bool = False) -> Body:
        return self._make(name, kind, level, parent, unit, collective, strict=True)

    # ----- helpers -------------------------------------------------------------------------
    def province_of(self, unit: Place) -> Place | None:
        if unit.level == "province":
            return unit
        if self.home is not None and self.home.province_code == unit.province_code:
            return self.home
        return self.gaz.province_by_code(unit.province_code, self.day)


def _reference_kind(record) -> tuple[str, str | None]:
    """Kind and parent of a central body only the reference gazetteer knows."""
    if record is None or record.kind in ("ministry", ""):
        return "ministry", "Chính phủ"
    return record.kind, None


def _name_key(name: str) -> str:
    """Names compare without the unit-type word before a place ("Thành ủy Thành phố Đà Nẵng" =
    "Thành ủy Đà Nẵng")."""
    words = fold(name).split()
    out = []
    i = 0
    while i < len(words):
        pair = " ".join(words[i:i + 2])
        if pair == "thanh pho" and i + 2 < len(words):
            i += 2
            continue
        if words[i] == "tinh" and i + 1 < len(words) and i > 0:
            i += 1
            continue
        out.append(words[i])
        i += 1
    return " ".join(out)
