"""The vocabulary tables (loaders/text/words/*.csv): consistent with the ontology, read by the
loader, the RDF writer and the analytics, and refused with a clear message when malformed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import rdflib
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from bomay.loaders.text import lexicon, to_rdf
from bomay.loaders.text.vocabulary import WORDS_DIR, Vocabulary, VocabularyError, vocabulary
from bomay.ontology import ontology_files

BM = rdflib.Namespace("https://w3id.org/bomay/ontology#")
SCHEMES = {"action": "https://w3id.org/bomay/action/", "frequency": "https://w3id.org/bomay/frequency/",
           "role": "https://w3id.org/bomay/role/", "level": "https://w3id.org/bomay/level/",
           "doctype": "https://w3id.org/bomay/doctype/"}


@pytest.fixture(scope="module")
def ontology() -> rdflib.Graph:
    g = rdflib.Graph()
    for path in ontology_files():
        g.parse(path, format="turtle")
    return g


def _labels(g: rdflib.Graph, subject: rdflib.URIRef, predicate: rdflib.URIRef) -> dict[str, str]:
    return {lit.language: str(lit) for lit in g.objects(subject, predicate)}


# ----- the tables agree with the ontology ---------------------------------------------------------
def test_every_kind_is_an_ontology_class_with_its_kind_code_and_labels(ontology: rdflib.Graph) -> None:
    for kind in vocabulary().kinds().values():
        cls = BM[kind.cls]
        assert (cls, RDF.type, OWL.Class) in ontology, kind
        assert str(ontology.value(cls, BM.kindCode)) == kind.kind, kind
        assert _labels(ontology, cls, RDFS.label) == {"vi": kind.label_vi, "en": kind.label_en}, kind
    codes = {str(o) for o in ontology.objects(None, BM.kindCode)}
    assert codes == set(vocabulary().kinds()), "a bm:kindCode of the ontology is missing from body_kinds.csv"


@pytest.mark.parametrize("scheme", sorted(SCHEMES))
def test_every_concept_of_the_tables_is_in_its_scheme(ontology: rdflib.Graph, scheme: str) -> None:
    for slug in vocabulary().concepts()[scheme]:
        concept = rdflib.URIRef(SCHEMES[scheme] + slug)
        assert (concept, RDF.type, SKOS.Concept) in ontology, f"{scheme} {slug!r} is not in ontology/vocabularies.ttl"


def test_levels_carry_the_scheme_labels(ontology: rdflib.Graph) -> None:
    for row in vocabulary().rows("levels"):
        concept = rdflib.URIRef(SCHEMES["level"] + row["level"])
        assert _labels(ontology, concept, SKOS.prefLabel) == {"vi": row["label_vi"], "en": row["label_en"]}


def test_frequency_phrases_are_labels_of_their_concept(ontology: rdflib.Graph) -> None:
    """The frequency table and the bmf: scheme name the same phrases for the same concepts."""
    for phrase, slug in vocabulary().frequencies().items():
        concept = rdflib.URIRef(SCHEMES["frequency"] + slug)
        labels = {str(o) for p in (SKOS.prefLabel, SKOS.altLabel) for o in ontology.objects(concept, p)}
        assert phrase in labels, f"{phrase!r} is not a label of bmf:{slug}"


# ----- one source for every reader -----------------------------------------------------------------
def test_rdf_writer_and_analytics_read_the_tables() -> None:
    from bomay.analysis.model import TIERS
    from bomay.analysis.network import KIND_CATEGORIES

    kinds = vocabulary().kinds()
    assert {k: v.cls for k, v in kinds.items()} == to_rdf.KIND_CLASS
    assert to_rdf.LEVELS == set(TIERS) == {"central", "province", "district", "commune"}
    assert KIND_CATEGORIES[str(BM.PartyCommittee)] == "party"
    assert KIND_CATEGORIES[str(BM.CouncilStandingBody)] == "council"
    assert str(BM.Ministry) not in KIND_CATEGORIES  # "other" is the default category
    assert to_rdf.DOCTYPE_SLUGS == {"chuong-trinh-hanh-dong": "chuong-trinh", "thong-tu-lien-tich": "thong-tu"}


def test_lexicon_names_come_from_the_tables() -> None:
    v = vocabulary()
    assert v.sector_names("department") == lexicon.DEPARTMENT_NAMES
    assert "Công an" in lexicon.MINISTRY_NAMES and "Công an" not in lexicon.DEPARTMENT_NAMES
    assert lexicon.ACTION_VERBS["chủ trì"] == "chu-tri"
    assert "giao nhiệm vụ cho" in lexicon.ASSIGN_VERBS and "kiến nghị" in lexicon.UPWARD_VERBS
    assert lexicon.TITLES["Phó Chủ tịch Thường trực"] == "pho-chu-tich-thuong-truc"
    assert lexicon.TITLE_IMPLIES_BODY["Tỉnh ủy viên"] == "Tỉnh ủy"
    assert {"nguyễn", "ksor"} <= lexicon.SURNAMES
    assert lexicon.FREQUENCIES["hằng quý"] == "quarterly"
    assert "song song đó" in lexicon.CONTINUATION_OPENERS


def test_accessors() -> None:
    v = vocabulary()
    assert v.sector_short_forms()["TN&MT"] == "Tài nguyên và Môi trường"
    assert "UBND" in v.head_forms("state") and "Ủy ban nhân dân" in v.head_forms("state")
    assert {h.kind for h in v.heads("party_group")} == {"party_delegation", "party_affairs_committee",
                                                       "party_committee"}
    assert v.national_bodies()["Bộ Chính trị"] == ("party_standing_board", "Ban Chấp hành Trung ương Đảng")
    assert v.national_aliases()["ubtvqh"] == "Ủy ban Thường vụ Quốc hội"
    assert v.party_committee_heads()["huyen"] == "Huyện ủy"
    assert v.unit_types()["thị xã"] == ("district", "thi-xa")
    assert v.number_words("roman")["iii"] == 3 and v.number_words()["hai"] == 2
    assert v.frequency_periods()[("tuần", 2)] == "biweekly"
    assert v.collectives()[0][1:] == ("Các sở, ngành", "department", "dept")
    assert [g for _p, _h, _k, g in v.collectives()][-1] == "dept"  # "các ngành" is tried last
    assert ("chi bộ", "tổ chức đảng") in v.collective_parts()
    assert "không liên quan" not in v.body_cues("unspecified") and "có liên quan" in v.body_cues("unspecified")
    assert v.place_aliases()["TPHCM"] == "Hồ Chí Minh"
    assert v.instrument_kinds()["Chỉ thị"] == "chi-thi" and "TU" in v.party_document_suffixes()
    assert "đồng chí" in v.sentence_cues("honorific")
    with pytest.raises(KeyError):
        v.duty_words("no-such-role")


def test_tables_hold_what_modules_hard_code() -> None:
    """Until these modules read the tables, the tables must hold every word they hard-code (add a
    missing one to the table named in the message)."""
    from bomay.loaders.text import bodies, deadlines, instruments, naming, places

    v = vocabulary()
    missing = {n: k for n, k in naming.NATIONAL.items() if v.national_bodies().get(n) != k}
    assert not missing, f"national_bodies.csv: {missing}"
    names = {n.lower(): n for n in v.national_bodies()} | v.national_aliases()
    missing = {a: n for a, n in bodies._NAT_ALIASES.items() if names.get(a) != n}
    assert not missing, f"national_bodies.csv (aliases): {missing}"
    missing = {t: h for t, h in naming._COMMITTEE_HEAD.items() if v.party_committee_heads().get(t) != h}
    assert not missing, f"party_committee_heads.csv: {missing}"
    from bomay.textnorm import fold

    types = {fold(w): lt for w, lt in v.unit_types().items()}
    missing = {w: lt for w, lt in places.UNIT_TYPE_WORDS.items() if types.get(w) != lt}
    assert not missing, f"unit_types.csv: {missing}"
    missing = [k for k in instruments.KINDS if k not in v.instrument_kinds()]
    assert not missing, f"instrument_kinds.csv: {missing}"
    missing = [s for s in instruments.PARTY_SUFFIXES if s not in v.party_document_suffixes()]
    assert not missing, f"party_document_suffixes.csv: {missing}"
    missing = [p for p in bodies._PARTY_PARTS if p not in v.collective_parts()]
    assert not missing, f"collective_parts.csv: {missing}"
    for (unit, count), concept in v.frequency_periods().items():
        if unit in ("ngày", "tuần", "tháng"):
            assert deadlines.frequency_concept(f"{count} {unit}/lần") == concept, (unit, count)
        if count == 1:
            assert deadlines.frequency_concept(f"mỗi {unit}") == concept, unit
    from bomay.loaders.text import duties

    cues = {role: set(v.sentence_cues(role)) for role in ("speaker_verb", "ex_officio_head", "government_head",
                                                          "subject_quantifier", "topic_adjunct", "convey_verb",
                                                          "conveyed_opinion", "condition_opener", "issue_cue",
                                                          "written_directive")}
    for role, constant in [("speaker_verb", "SPEAKER_CUES"), ("ex_officio_head", "EX_OFFICIO_HEADS"),
                           ("government_head", "GOVERNMENT_HEADS"), ("subject_quantifier", "SUBJECT_QUANTIFIERS"),
                           ("topic_adjunct", "TOPIC_ADJUNCTS"), ("convey_verb", "CONVEY_VERBS"),
                           ("conveyed_opinion", "CONVEYED_OPINIONS"), ("condition_opener", "CONDITION_OPENERS"),
                           ("issue_cue", "ISSUE_CUES"), ("written_directive", "WRITTEN_DIRECTIVES")]:
        missing = [w for w in getattr(duties, constant, []) if w not in cues[role]]
        assert not missing, f"sentence_cues.csv, role {role} (duties.{constant}): {missing}"
    missing = [w for w in getattr(deadlines, "NAMED_DEADLINES", []) if w not in v.deadline_cues("named_day")]
    assert not missing, f"deadline_cues.csv, role named_day: {missing}"


# ----- malformed tables are refused with file and line -----------------------------------------
@pytest.fixture
def words(tmp_path: Path) -> Path:
    folder = tmp_path / "words"
    shutil.copytree(WORDS_DIR, folder)
    return folder


def _append(folder: Path, table: str, line: str) -> int:
    path = folder / f"{table}.csv"
    text = path.read_text(encoding="utf-8")
    if not text.endswith("\n"):
        text += "\n"
    path.write_text(text + line + "\n", encoding="utf-8")
    return len((text + line).splitlines())


def _replace(folder: Path, table: str, old: str, new: str) -> int:
    path = folder / f"{table}.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    number = next(i for i, line in enumerate(lines, 1) if line == old)
    lines[number - 1] = new
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return number


def test_the_shipped_tables_load(words: Path) -> None:
    assert Vocabulary(words).kind_class() == vocabulary().kind_class()


@pytest.mark.parametrize(("table", "line", "message"), [
    ("duty_words", "giao cho,assign,,", "duplicate phrase/role 'giao cho / assign' (first on line"),
    ("duty_words", "ban hành văn bản,action,,", "exactly when its role is 'action'"),
    ("duty_words", "chấn chỉnh,scold,,", "unknown role 'scold'"),
    ("duty_words", "chỉ đạo sát sao,action,Chi Dao,", "'action' must be a slug"),
    ("body_heads", "Ban Kinh tế,sub_body,party_comission,,", "unknown body kind 'party_comission'"),
    ("body_heads", ",sub_body,party_commission,,", "empty 'head'"),
    ("body_heads", "Ban Kinh tế,sub_body", "2 cells, the header has 5"),
    ("titles", "Trưởng khoa,truong-khoa,,department||academy,", "an empty value in 'body_kinds'"),
    ("national_bodies", "Bộ Ngoại giao,ministry,Chính Phủ,,", "parent 'Chính Phủ' is not a name"),
    ("national_bodies", "Văn phòng Chủ tịch nước,other,,UBTVQH,", "'UBTVQH' already names the row on line"),
    ("sectors", "Nội Vụ,department,,", "duplicate name 'nội vụ'"),
    ("number_words", "mười lăm,fifteen,cardinal,", "'value' must be a whole number"),
    ("collective_nouns", "cơ quan Đảng,party,party_committee,Các cơ quan Đảng,", "a collective has a head exactly"),
    ("instrument_kinds", "Công văn,Cong Van,", "'doctype' must be a slug"),
    ("frequencies", "hàng quy,annual,", "reads like 'hàng quý' of line"),
    ("frequencies", '"hai lần một năm,semiannual,', "not a CSV line"),
])
def test_a_bad_row_is_refused_naming_file_and_line(words: Path, table: str, line: str, message: str) -> None:
    number = _append(words, table, line)
    with pytest.raises(VocabularyError) as err:
        Vocabulary(words)
    assert str(err.value).startswith(f"{table}.csv:{number}: "), str(err.value)
    assert message in str(err.value)


def test_a_bad_header_is_refused(words: Path) -> None:
    number = _replace(words, "surnames", "surname,note", "surname,notes")
    with pytest.raises(VocabularyError, match=rf"^surnames\.csv:{number}: the header must be surname,note"):
        Vocabulary(words)


def test_an_unknown_category_or_level_of_a_kind_is_refused(words: Path) -> None:
    old = next(line for line in (words / "body_kinds.csv").read_text(encoding="utf-8").splitlines()
               if line.startswith("academy,"))
    number = _replace(words, "body_kinds", old, old.replace("central|province", "central|regional"))
    with pytest.raises(VocabularyError, match=rf"^body_kinds\.csv:{number}: unknown levels 'regional'"):
        Vocabulary(words)


def test_a_missing_table_is_named(words: Path) -> None:
    (words / "reporting_cues.csv").unlink()
    with pytest.raises(VocabularyError, match=r"^reporting_cues\.csv: the table is missing"):
        Vocabulary(words)


def test_comments_and_blank_lines_are_skipped_and_cells_normalised(words: Path) -> None:
    _append(words, "surnames", "\n# a comment, with a comma\n  Ksor2 ,  a note ")
    assert "Ksor2" in Vocabulary(words).surnames()
