"""The vocabulary tables (loaders/text/words/*.csv): consistent with the ontology, read by the
loader, the RDF writer and the analytics, and refused with a clear message when malformed."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
import rdflib
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from bomay.loaders.text import lexicon, to_rdf
from bomay.loaders.text.vocabulary import WORDS_DIR, Vocabulary, VocabularyError, vocabulary

BM = rdflib.Namespace("https://w3id.org/bomay/ontology#")
SCHEMES = {"action": "https://w3id.org/bomay/action/", "frequency": "https://w3id.org/bomay/frequency/",
           "role": "https://w3id.org/bomay/role/", "level": "https://w3id.org/bomay/level/",
           "doctype": "https://w3id.org/bomay/doctype/"}


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
    assert {"nguyễn", "ksor"} <= lexicon.SURNAMES and "giàng" not in lexicon.SURNAMES
    assert "giàng" in v.surnames()
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
    assert v.collectives()[0][1:] == ("Các cơ quan chuyên trách tham mưu, giúp việc", "party_commission", "advisory")
    assert v.collective_members()["sở ngành"] == ("sở, ngành", "dept")
    assert v.collective_qualifiers()["có liên quan"] == "liên quan" and v.collective_qualifiers()["thuộc tỉnh"] is None
    assert ("chi bộ", "tổ chức đảng") in v.collective_parts()
    assert "không liên quan" not in v.body_cues("unspecified") and "có liên quan" in v.body_cues("unspecified")
    assert v.place_aliases()["TPHCM"] == "Hồ Chí Minh"
    assert v.instrument_kinds()["Chỉ thị"] == "chi-thi" and "TU" in v.party_document_suffixes()
    assert "đồng chí" in v.sentence_cues("honorific")
    assert "Đại tá" in v.person_words("rank") and "nguyên" in v.person_words("former")
    with pytest.raises(KeyError):
        v.duty_words("no-such-role")


# ----- the tables hold what the modules still hard-code ----------------------------------------------
# Until bodies, naming, places, deadlines, duties, people and instruments read the tables, the tables
# must hold every word those modules hard-code, so that switching a constant to its accessor changes
# nothing. A failure names the table (and role) to add the missing words to. A constant that no
# longer exists (switched or renamed) fails here too: delete its check with it, so none passes unseen.
def _constant(module: object, name: str) -> Any:
    assert hasattr(module, name), f"{getattr(module, '__name__', module)} no longer has {name}: drop its check"
    return getattr(module, name)


def _assert_held(words: object, held: object, where: str) -> None:
    missing = [w for w in words if w not in held]  # type: ignore[attr-defined]
    assert not missing, f"{where}: {missing}"


def test_tables_hold_the_body_words() -> None:
    from bomay.loaders.text import bodies, naming, places
    from bomay.textnorm import fold

    v = vocabulary()
    national = v.national_bodies()
    _assert_held([n for n, k in _constant(naming, "NATIONAL").items() if national.get(n) != k], (),
                 "national_bodies.csv")
    names = {n.lower(): n for n in national} | v.national_aliases()
    _assert_held([a for a, n in _constant(bodies, "_NAT_ALIASES").items() if names.get(a) != n], (),
                 "national_bodies.csv (aliases)")
    heads = v.party_committee_heads()
    _assert_held([t for t, h in _constant(naming, "_COMMITTEE_HEAD").items() if heads.get(t) != h], (),
                 "party_committee_heads.csv")
    types = {fold(w): lt for w, lt in v.unit_types().items()}
    _assert_held([w for w, lt in _constant(places, "UNIT_TYPE_WORDS").items() if types.get(w) != lt], (),
                 "unit_types.csv")
    _assert_held(_constant(bodies, "_PARTY_PARTS"), v.collective_parts(), "collective_parts.csv")
    members = v.collective_members()
    _assert_held([f for f, m in _constant(bodies, "COLLECTIVE_MEMBERS").items() if members.get(f) != m], (),
                 "collective_members.csv")
    qualifiers = v.collective_qualifiers()
    _assert_held([f for f, k in _constant(bodies, "COLLECTIVE_QUALIFIERS").items()
                  if f not in qualifiers or qualifiers[f] != k], (), "collective_qualifiers.csv")
    party = {k for k, kind in v.kinds().items() if kind.category == "party"}
    assert party == _constant(naming, "PARTY_KINDS"), "body_kinds.csv: category party"
    assert v.kinds_of_category("party") == party


def test_body_words_feed_the_body_grammar() -> None:
    """body_words.csv: the words bodies.py reads around names, and what the meaningful ones stand for."""
    from bomay.loaders.text import bodies, extract

    v = vocabulary()
    assert "trực thuộc" in v.body_words("name_stop") and "chủ trì" in v.body_words("name_following_verb")
    assert v.body_word_meanings("type_short_form")["tx"] == "thị xã"
    assert v.body_word_meanings("lower_committee")["cấp ủy đảng"] == "cấp ủy"
    assert v.body_word_meanings("agency_parent")["Công an"] == "Bộ Công an"
    assert v.body_word_meanings("named_unit_head")["Trung tâm"] == "public_service_unit"
    assert "Cả nước" in v.body_words("central_jurisdiction")
    with pytest.raises(KeyError):
        v.body_word_meanings("name_stop")  # a role without meanings
    # the modules read them
    assert v.body_word_meanings("agency_parent") == bodies.AGENCY_PARENTS
    assert v.body_words("name_stop") == bodies.NAME_STOP_WORDS
    assert v.body_words("central_jurisdiction") == extract.CENTRAL_JURISDICTIONS
    # every agency with a parent is a head of body_heads.csv, every province-wide agency too
    agency_heads = {h.head for h in [*v.heads("agency"), *v.heads("mass_organisation")]}
    assert set(v.body_word_meanings("agency_parent")) <= agency_heads
    assert set(v.body_words("provincial_agency")) <= agency_heads


def test_tables_hold_the_instrument_and_deadline_words() -> None:
    from bomay.loaders.text import deadlines, instruments

    v = vocabulary()
    _assert_held(_constant(instruments, "KINDS"), v.instrument_kinds(), "instrument_kinds.csv")
    _assert_held(_constant(instruments, "PARTY_SUFFIXES"), v.party_document_suffixes(),
                 "party_document_suffixes.csv")
    _assert_held(_constant(deadlines, "NAMED_DEADLINES"), v.deadline_cues("named_day"),
                 "deadline_cues.csv, role named_day")
    for (unit, count), concept in v.frequency_periods().items():
        if unit in ("ngày", "tuần", "tháng"):
            assert deadlines.frequency_concept(f"{count} {unit}/lần") == concept, (unit, count)
        if count == 1:
            assert deadlines.frequency_concept(f"mỗi {unit}") == concept, unit


@pytest.mark.parametrize(("role", "constant"), [
    ("speaker_verb", "SPEAKER_CUES"), ("ex_officio_head", "EX_OFFICIO_HEADS"), ("government_head", "GOVERNMENT_HEADS"),
    ("subject_quantifier", "SUBJECT_QUANTIFIERS"), ("topic_adjunct", "TOPIC_ADJUNCTS"),
    ("convey_verb", "CONVEY_VERBS"), ("conveyed_opinion", "CONVEYED_OPINIONS"),
    ("condition_opener", "CONDITION_OPENERS"), ("issue_cue", "ISSUE_CUES"), ("written_directive", "WRITTEN_DIRECTIVES"),
    ("aim_cue", "AIM_CUES"), ("list_label", "LIST_LABELS"), ("anaphoric_plural", "ANAPHORIC_PLURALS"),
    ("meeting_word", "MEETING_WORDS"), ("bare_title", "BARE_TITLES"), ("chair_cue", "CHAIR_CUES"),
    ("mandate_frame", "MANDATE_FRAME_OPENERS"), ("gap_adverb", "GAP_ADVERBS"),
])
def test_tables_hold_the_duty_words(role: str, constant: str) -> None:
    from bomay.loaders.text import duties

    _assert_held(_constant(duties, constant), vocabulary().sentence_cues(role),
                 f"sentence_cues.csv, role {role} (duties.{constant})")


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
    ("national_bodies", "Bộ Ngoại giao,ministry,Chính Phủ,,", "parent 'Chính Phủ' is neither a name"),
    ("national_bodies", "Ban Thi đua Trung ương,other,,UBTVQH,", "'UBTVQH' already names the row on line"),
    ("sectors", "Nội Vụ,department,,", "duplicate name 'nội vụ'"),
    ("number_words", "mười lăm,fifteen,cardinal,", "'value' must be a whole number"),
    ("collective_nouns", "cơ quan Đảng,party,party_committee,Các cơ quan Đảng,", "a collective has a head exactly"),
    ("collective_members", "hội,hội,association,", "unknown family 'association'"),
    ("instrument_kinds", "Công văn,Cong Van,no,", "'doctype' must be a slug"),
    ("body_words", "Nhà văn hóa,named_unit_head,station,", "unknown body kind 'station'"),
    ("body_words", "Cục Kiểm lâm,agency_parent,,", "a phrase has a meaning exactly when"),
    ("body_words", "bên,name_stop,của,", "a phrase has a meaning exactly when"),
    ("body_words", "và,name_stops,,", "unknown role 'name_stops'"),
    ("frequencies", "hàng quy,annual,", "reads like 'hàng quý' of line"),
    ("frequencies", '"hai lần một năm,semiannual,', "not a CSV line"),
])
def test_a_bad_row_is_refused_naming_file_and_line(words: Path, table: str, line: str, message: str) -> None:
    number = _append(words, table, line)
    with pytest.raises(VocabularyError) as err:
        Vocabulary(words)
    assert str(err.value).startswith(f"{table}.csv:{number}: "), str(err.value)
    assert message in str(err.value)


def test_a_ministry_may_be_a_parent(words: Path) -> None:
    _append(words, "national_bodies", "Cục Quản lý thị trường,other,Bộ Công Thương,,")
    assert Vocabulary(words).national_bodies()["Cục Quản lý thị trường"] == ("other", "Bộ Công Thương")


def test_a_bad_header_is_refused(words: Path) -> None:
    number = _replace(words, "surnames", "surname,core,note", "surname,core,notes")
    with pytest.raises(VocabularyError, match=rf"^surnames\.csv:{number}: the header must be surname,core,note"):
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
    _append(words, "surnames", "\n# a comment, with a comma\n  Ksor2 , no,  a note ")
    assert "Ksor2" in Vocabulary(words).surnames()
