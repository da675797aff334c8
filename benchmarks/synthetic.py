"""A deterministic synthetic national load on top of the real reference graph.

Why: the real corpus is a few dozen documents, but bomay must stay fast when every province
and commune has its own stream of directives. This module writes that stream: one synthetic
source document per named graph (``graph/doc/synthetic-NNNNNN``), shaped exactly like the
text loader's output (``loaders/text/to_rdf.py``): a ``bm:SourceDocument``, its
``bm:Sentence`` nodes with offsets into the document text, one ``bm:Mandate`` and one
``bm:ReportingObligation`` per duty sentence (frequencies, topics, deadlines, review status),
and an appointment sentence giving a ``foaf:Person``, an ``org:Post`` and a ``bm:Tenure``.

Every body and unit it points at is a REAL one from ``bomay.loaders.reference.gazetteer`` (2025 era,
all 34 provinces and 3,321 communes take turns as the document's jurisdiction); the text is
synthetic and says so in each document's publisher. Same ``documents`` and ``seed`` give the
same triples in the same order.

    .venv/bin/python benchmarks/synthetic.py [--documents N] [--seed S] [--check 50] [--out FILE.nq]
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

import pyoxigraph as ox

from bomay.graph.store import GraphPart
from bomay.loaders.reference.gazetteer import reference_bodies, reference_units
from bomay.loaders.reference.records import BodyRecord, UnitRecord
from bomay.namespaces import (
    ACTION,
    BM,
    DCT,
    FOAF,
    FREQUENCY,
    ID,
    OA,
    ORG,
    PROV,
    RDF,
    REVIEW,
    ROLE,
    SCHEMA,
    SKOS,
    TOPIC,
    XSD,
    graph_iri,
)
from bomay.searchkeys import with_search_keys
from bomay.textnorm import slug

DEFAULT_DOCUMENTS = 5_600  # about 1.0 M triples (see docs/benchmarks.md)
DEFAULT_SEED = 20_250_701
DUTIES_PER_DOCUMENT = 4
ERA = "2025"
PUBLISHER = "bomay synthetic benchmark load (not real text)"

# bmf concept -> how a text says it
FREQUENCIES = {
    "daily": "hàng ngày", "weekly": "hàng tuần", "biweekly": "2 tuần/lần", "monthly": "hàng tháng",
    "quarterly": "hàng quý", "semiannual": "6 tháng một lần", "annual": "hàng năm", "periodic": "định kỳ",
    "ad-hoc": "đột xuất",
}
# bmt concept -> tasks a directive on that topic assigns
TASKS = {
    "to-chuc-bo-may": ["rà soát, sắp xếp tổ chức bộ máy các phòng chuyên môn",
                       "hoàn thiện đề án vị trí việc làm sau sắp xếp"],
    "can-bo": ["bố trí, sử dụng cán bộ, công chức dôi dư", "đánh giá, xếp loại cán bộ cuối năm"],
    "kiem-tra-giam-sat": ["kiểm tra việc thực hiện quy chế làm việc", "giám sát việc giải quyết kiến nghị cử tri"],
    "chinh-quyen-dia-phuong-hai-cap": ["vận hành chính quyền địa phương hai cấp",
                                       "bàn giao hồ sơ, tài sản giữa các đơn vị sau hợp nhất"],
    "tai-chinh-ngan-sach": ["lập dự toán ngân sách năm sau", "quyết toán kinh phí hoạt động"],
    "dat-dai-moi-truong": ["cập nhật cơ sở dữ liệu đất đai", "xử lý điểm ô nhiễm môi trường tồn đọng"],
    "cai-cach-hanh-chinh": ["số hóa hồ sơ thủ tục hành chính", "nâng cao chỉ số hài lòng của người dân"],
    "y-te": ["triển khai tiêm chủng mở rộng", "kiện toàn trạm y tế cấp xã"],
    "giao-duc": ["chuẩn bị cơ sở vật chất cho năm học mới", "phổ cập giáo dục mầm non"],
    "xay-dung-dang": ["tổ chức sinh hoạt chi bộ chuyên đề", "chuẩn bị đại hội đảng bộ các cấp"],
    "phong-chong-tham-nhung": ["kê khai tài sản, thu nhập", "rà soát các vụ việc có dấu hiệu tiêu cực"],
    "quoc-phong-an-ninh": ["bảo đảm an ninh trật tự trên địa bàn", "tổ chức diễn tập khu vực phòng thủ"],
}
ACTIONS = {"chu-tri": "chủ trì", "trien-khai": "triển khai", "thuc-hien": "thực hiện", "theo-doi": "theo dõi",
           "ra-soat": "rà soát", "xay-dung": "xây dựng"}
# kind of the body a person is appointed to -> (role slug, title)
ROLES = {
    "peoples_committee": ("chu-tich", "Chủ tịch"),
    "peoples_council": ("chu-tich", "Chủ tịch"),
    "fatherland_front": ("chu-tich", "Chủ tịch"),
    "party_committee": ("bi-thu", "Bí thư"),
    "department": ("giam-doc", "Giám đốc"),
}
SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô"]
MIDDLE = ["Văn", "Thị", "Hữu", "Minh", "Thanh", "Quốc", "Đức", "Ngọc", "Xuân", "Hoài"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hùng", "Lan", "Long", "Mai", "Nam", "Phúc",
         "Quang", "Sơn", "Tâm", "Thảo", "Trung", "Tuấn", "Vân", "Yến"]
START = date(2025, 7, 1)


def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


_TYPE = _n(RDF + "type")
_DATE = _n(XSD + "date")
_INT = _n(XSD + "integer")
_DEC = _n(XSD + "decimal")


@dataclass(frozen=True)
class Place:
    """One 2025 unit with the bodies a synthetic document can name."""

    unit: UnitRecord
    bodies: dict[str, list[BodyRecord]]  # kind -> bodies of that unit
    province: Place | None  # the province of a commune


def national_places() -> list[Place]:
    """The 34 provinces, then the 3,321 communes, of the 2025 era, each with its real bodies."""
    units = [u for u in reference_units()
             if u.iri.startswith(f"{ID}unit/{ERA}/") and u.level in ("province", "commune")]
    by_unit: dict[str, dict[str, list[BodyRecord]]] = {}
    for body in reference_bodies():
        if body.unit_iri and body.end is None:
            by_unit.setdefault(body.unit_iri, {}).setdefault(body.kind, []).append(body)
    provinces = {u.province_code: Place(u, by_unit.get(u.iri, {}), None)
                 for u in sorted(units, key=lambda u: u.code) if u.level == "province"}
    communes = [Place(u, by_unit.get(u.iri, {}), provinces[u.province_code])
                for u in sorted(units, key=lambda u: u.code) if u.level == "commune" and u.province_code in provinces]
    return [*provinces.values(), *(c for c in communes if "peoples_committee" in c.bodies)]


class Doc:
    """Triples and text of one synthetic document, written sentence by sentence."""

    def __init__(self, stem: str) -> None:
        self.stem = stem
        self.iri = f"{ID}doc/{stem}"
        self.triples: list[ox.Triple] = []
        self.text = ""
        self.sentences = 0

    def add(self, s: str, p: str, o: ox.NamedNode | ox.Literal | str) -> None:
        self.triples.append(ox.Triple(_n(s), _n(p), _n(o) if isinstance(o, str) else o))

    def sentence(self, text: str) -> str:
        """Append a sentence to the document text and describe it; returns its IRI."""
        if self.text:
            self.text += " "
        start = len(self.text)
        self.text += text
        iri = f"{self.iri}/s{self.sentences}"
        self.add(iri, RDF + "type", BM + "Sentence")
        self.add(iri, OA + "hasSource", self.iri)
        self.add(iri, BM + "text", ox.Literal(text))
        self.add(iri, BM + "start", ox.Literal(str(start), datatype=_INT))
        self.add(iri, BM + "end", ox.Literal(str(start + len(text)), datatype=_INT))
        self.add(iri, BM + "index", ox.Literal(str(self.sentences), datatype=_INT))
        self.sentences += 1
        return iri


def _vi_date(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def _pick(rng: random.Random, bodies: dict[str, list[BodyRecord]], *kinds: str) -> BodyRecord | None:
    options = [b for k in kinds for b in bodies.get(k, [])]
    return rng.choice(options) if options else None


def _duty_parties(rng: random.Random, place: Place) -> tuple[BodyRecord, BodyRecord, BodyRecord, BodyRecord | None]:
    """(assigner, assignee, report recipient, cooperating body) as a real directive would name them."""
    if place.province is None:  # provincial directive: committee or party tells a department or commune
        assigner = _pick(rng, place.bodies, "peoples_committee", "party_standing_board", "party_committee")
        assignee = _pick(rng, place.bodies, "department", "party_commission", "fatherland_front")
        recipient = _pick(rng, place.bodies, "party_standing_members", "peoples_committee", "peoples_council_standing")
        cooperating = _pick(rng, place.bodies, "department")
    else:  # commune directive: commune party or committee tells a commune body, reports to the province
        assigner = _pick(rng, place.bodies, "party_committee", "peoples_committee")
        assignee = _pick(rng, place.bodies, "peoples_committee", "fatherland_front", "peoples_council")
        recipient = _pick(rng, place.province.bodies, "peoples_committee", "department", "party_standing_members")
        cooperating = _pick(rng, place.bodies, "fatherland_front")
    assert assigner and assignee and recipient, f"{place.unit.iri} lacks its standard bodies"
    if assignee.iri == assigner.iri:
        assignee = next(b for bs in place.bodies.values() for b in bs if b.iri != assigner.iri)
    if cooperating is not None and cooperating.iri in (assigner.iri, assignee.iri):
        cooperating = None
    return assigner, assignee, recipient, cooperating


def _duty(doc: Doc, rng: random.Random, place: Place, n: int, published: date) -> None:
    assigner, assignee, recipient, cooperating = _duty_parties(rng, place)
    topic = rng.choice(sorted(TASKS))
    task = rng.choice(TASKS[topic])
    action = rng.choice(sorted(ACTIONS))
    freq = rng.choice(sorted(FREQUENCIES))
    deadline = published + timedelta(days=rng.randrange(14, 180))
    with_coop = f", phối hợp với {cooperating.name}" if cooperating else ""
    text = (f"{assigner.name} giao {assignee.name} {ACTIONS[action]} {task}{with_coop}; "
            f"báo cáo {recipient.name} {FREQUENCIES[freq]}, hoàn thành trước ngày {_vi_date(deadline)}.")
    sentence = doc.sentence(text)
    m, r = f"{ID}mandate/{doc.stem}/{n}", f"{ID}reporting/{doc.stem}/{n}"
    add = doc.add
    add(m, RDF + "type", BM + "Mandate")
    add(m, BM + "assigner", assigner.iri)
    add(m, BM + "assignee", assignee.iri)
    if cooperating:
        add(m, BM + "cooperatingBody", cooperating.iri)
    add(m, BM + "reportTo", recipient.iri)
    add(m, BM + "action", ACTION + action)
    add(m, BM + "actionText", ox.Literal(ACTIONS[action]))
    add(m, BM + "task", ox.Literal(task))
    add(m, BM + "topic", TOPIC + topic)
    add(m, BM + "frequency", FREQUENCY + freq)
    add(m, BM + "frequencyText", ox.Literal(FREQUENCIES[freq]))
    add(m, BM + "deadline", ox.Literal(deadline.isoformat(), datatype=_DATE))
    add(m, BM + "deadlineText", ox.Literal(f"trước ngày {_vi_date(deadline)}"))
    add(m, BM + "hasReportingObligation", r)
    add(m, BM + "reviewStatus", REVIEW + "extracted")
    add(m, BM + "confidence", ox.Literal(f"0.{rng.randrange(50, 99)}", datatype=_DEC))
    add(m, PROV + "wasDerivedFrom", sentence)
    add(m, SKOS + "prefLabel", ox.Literal(f"{assigner.name} → {assignee.name}: {ACTIONS[action]}", language="vi"))
    add(r, RDF + "type", BM + "ReportingObligation")
    add(r, BM + "reporter", assignee.iri)
    add(r, BM + "recipient", recipient.iri)
    add(r, BM + "about", ox.Literal(f"kết quả {task}"))
    add(r, BM + "frequency", FREQUENCY + freq)
    add(r, BM + "frequencyText", ox.Literal(FREQUENCIES[freq]))
    add(r, BM + "topic", TOPIC + topic)
    add(r, BM + "reviewStatus", REVIEW + "extracted")
    add(r, PROV + "wasDerivedFrom", sentence)
    add(assignee.iri, ORG + "reportsTo", recipient.iri)


def _appointment(doc: Doc, rng: random.Random, place: Place, number: int, published: date) -> None:
    kinds = [k for k in ROLES if k in place.bodies]
    body = rng.choice(place.bodies[rng.choice(kinds)])
    role, title = ROLES[body.kind]
    name = f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"
    sentence = doc.sentence(f"Ông (bà) {name} được bầu giữ chức {title} {body.name} từ ngày {_vi_date(published)}.")
    person, post, tenure = f"{ID}person/{slug(name)}-{number}", f"{body.iri}/post/{role}", f"{ID}tenure/{doc.stem}/1"
    add = doc.add
    add(person, RDF + "type", FOAF + "Person")
    add(person, SCHEMA + "name", ox.Literal(name, language="vi"))
    add(post, RDF + "type", ORG + "Post")
    add(post, ORG + "postIn", body.iri)
    add(post, ORG + "role", ROLE + role)
    add(post, SKOS + "prefLabel", ox.Literal(f"{title} {body.name}", language="vi"))
    add(tenure, RDF + "type", BM + "Tenure")
    add(tenure, ORG + "member", person)
    add(tenure, ORG + "organization", body.iri)
    add(tenure, ORG + "role", ROLE + role)
    add(tenure, BM + "post", post)
    add(tenure, BM + "titleText", ox.Literal(f"{title} {body.name}"))
    add(tenure, SCHEMA + "startDate", ox.Literal(published.isoformat(), datatype=_DATE))
    add(tenure, BM + "reviewStatus", REVIEW + "extracted")
    add(tenure, PROV + "wasDerivedFrom", sentence)


def synthetic_document(number: int, place: Place, rng: random.Random) -> Doc:
    """Synthetic document ``number`` about ``place``: its text and its triples."""
    stem = f"synthetic-{number:06d}"
    doc = Doc(stem)
    published = START + timedelta(days=rng.randrange(0, 365))
    issuer = _pick(rng, place.bodies, "peoples_committee")
    assert issuer is not None
    title = f"{issuer.name} triển khai nhiệm vụ trọng tâm (văn bản tổng hợp số {number})"
    doc.sentence(f"{title}.")
    for n in range(1, DUTIES_PER_DOCUMENT + 1):
        _duty(doc, rng, place, n, published)
    _appointment(doc, rng, place, number, published)
    d, add = doc.iri, doc.add
    add(d, RDF + "type", BM + "SourceDocument")
    add(d, DCT + "title", ox.Literal(title, language="vi"))
    add(d, SKOS + "prefLabel", ox.Literal(title, language="vi"))
    add(d, DCT + "identifier", ox.Literal(stem))
    add(d, SCHEMA + "url", f"https://example.invalid/bomay-synthetic/{stem}")
    add(d, SCHEMA + "publisher", ox.Literal(PUBLISHER))
    add(d, SCHEMA + "datePublished", ox.Literal(published.isoformat(), datatype=_DATE))
    add(d, BM + "eventDate", ox.Literal((published - timedelta(days=1)).isoformat(), datatype=_DATE))
    add(d, BM + "jurisdiction", place.unit.iri)
    add(d, BM + "sha256", ox.Literal(hashlib.sha256(doc.text.encode("utf-8")).hexdigest()))
    return doc


def document_part(number: int, place: Place, rng: random.Random) -> GraphPart:
    """The named graph of synthetic document ``number`` about ``place``."""
    doc = synthetic_document(number, place, rng)
    return GraphPart(graph_iri("doc", doc.stem), with_search_keys(doc.triples), f"synthetic document {number}")


def synthetic_texts(documents: int, seed: int = DEFAULT_SEED,
                    places: list[Place] | None = None) -> Iterator[tuple[str, str, dict[str, str]]]:
    """(stem, text, metadata) of the same documents, for measuring extraction on national-scale text."""
    places = places if places is not None else national_places()
    rng = random.Random(seed)
    for number in range(documents):
        place = places[number % len(places)]
        doc = synthetic_document(number, place, rng)
        province = place.province.unit if place.province else place.unit
        yield doc.stem, doc.text, {"date": "2025-07-15", "jurisdiction": province.name,
                                   "jurisdiction_code": province.code}




def synthetic_parts(documents: int = DEFAULT_DOCUMENTS, seed: int = DEFAULT_SEED,
                    places: list[Place] | None = None) -> Iterator[GraphPart]:
    """``documents`` synthetic document graphs; jurisdictions cycle over every province and commune."""
    places = places if places is not None else national_places()
    rng = random.Random(seed)
    for number in range(documents):
        yield document_part(number, places[number % len(places)], rng)


def national_parts(documents: int = DEFAULT_DOCUMENTS, seed: int = DEFAULT_SEED) -> Iterator[GraphPart]:
    """The real default build (ontology + reference) followed by the synthetic load."""
    from bomay.loaders.registry import default_sources

    for source in default_sources():
        yield from source.parts()
    yield from synthetic_parts(documents, seed)


# -- checking ------------------------------------------------------------------------------


def cited_reference(parts: list[GraphPart]) -> list[ox.Triple]:
    """The real reference triples of every body and unit the parts cite (and the bodies those sit
    under), so SHACL's ``sh:class`` checks see the same types and labels the full build has."""
    from bomay.loaders.reference.rdf import body_triples
    from bomay.loaders.reference.units import unit_parts

    cited = {t.object.value for p in parts for t in p.triples if isinstance(t.object, ox.NamedNode)}
    cited |= {t.subject.value for p in parts for t in p.triples if isinstance(t.subject, ox.NamedNode)}
    bodies = {b.iri: b for b in reference_bodies()}
    wanted = [bodies[i] for i in sorted(cited & set(bodies))]
    seen = {b.iri for b in wanted}
    for body in wanted:  # parents too: org:subOrganizationOf must point at a typed body
        parent = bodies.get(body.parent_iri or "")
        if parent is not None and parent.iri not in seen:
            seen.add(parent.iri)
            wanted.append(parent)
    out = body_triples(wanted)
    units = cited | {b.unit_iri for b in wanted if b.unit_iri}
    units |= {u.parent_iri for u in reference_units() if u.iri in units and u.parent_iri}
    out += [t for p in unit_parts() for t in p.triples if t.subject.value in units]
    return out


def shacl_report(parts: list[GraphPart]) -> tuple[bool, str]:
    """Run ``bomay validate``'s own check on the parts, the ontology, and the types of what they cite."""
    import tempfile

    from bomay.graph.local import LocalStore
    from bomay.graph.validate import validate_store
    from bomay.loaders.ontology import OntologySource

    with tempfile.TemporaryDirectory() as tmp:
        store = LocalStore(tmp)
        cited = GraphPart(graph_iri("test", "cited-reference"), cited_reference(parts))
        store.rebuild([*OntologySource().parts(), cited, *parts])
        conforms, violations, checked = validate_store(store)
    lines = [v.line() for v in violations[:40]]
    return conforms, f"{checked:,} triples checked; {len(violations)} results\n" + "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--documents", type=int, default=DEFAULT_DOCUMENTS)
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--check", type=int, default=0, metavar="N", help="validate the first N documents (bomay validate)")
    ap.add_argument("--out", help="write the synthetic quads to this N-Quads file")
    args = ap.parse_args(argv)
    started = time.perf_counter()
    places = national_places()
    parts = list(synthetic_parts(args.documents, args.seed, places))
    elapsed = time.perf_counter() - started
    triples = sum(len(p) for p in parts)
    provinces = len({p.unit.province_code for p in places})
    print(f"{len(parts):,} documents over {len(places):,} places ({provinces} provinces), "
          f"{triples:,} triples in {elapsed:.1f} s")
    if args.out:
        with open(args.out, "wb") as fh:
            ox.serialize((q for p in parts for q in p.quads()), fh, format=ox.RdfFormat.N_QUADS)
        print(f"wrote {args.out}")
    if args.check:
        conforms, report = shacl_report(parts[: args.check])
        print(f"SHACL on the first {args.check} documents: {'conforms' if conforms else 'DOES NOT CONFORM'}; {report}")
        if not conforms:
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
