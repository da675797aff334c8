"""The learned back-off: candidates, the committed model on sentences written for these tests,
provenance in records and triples, and a trainer that gives the same weights every run."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from bomay.cli import cli
from bomay.loaders.text import backoff
from bomay.loaders.text.documents import document_from_text
from bomay.loaders.text.extract import extract
from bomay.loaders.text.records import to_records
from bomay.loaders.text.scoring import body_key as k
from bomay.loaders.text.to_rdf import records_to_triples
from bomay.namespaces import PROV, RDF, SKOS

QN = "tỉnh Quảng Nam"
OPENING = "UBND tỉnh tổ chức hội nghị triển khai công tác phòng chống thiên tai. "
# the grammar reads no subject-less request after a continuation adverb, but the assignee is plain
CLEAR = OPENING + "Đồng thời cũng yêu cầu Sở Xây dựng quan tâm chỉ đạo việc chuẩn bị vật tư."
# the department is named only as a person's former post; the duty belongs to nobody
INCIDENTAL = OPENING + "Ông Nguyễn Văn Bình, nguyên Giám đốc Sở Y tế, cho biết người dân cần đi khám sớm."


def mandates(text: str, on: bool) -> list[dict]:
    doc = document_from_text("t", text, {"jurisdiction": "Tỉnh Quảng Nam", "date": "2023-05-01"})
    return [r for r in to_records(extract(doc, backoff=on)) if r["type"] == "mandate"]


def test_backoff_adds_the_assignee_the_grammar_missed_and_says_so() -> None:
    assert mandates(CLEAR, on=False) == []  # the grammar alone finds nothing here
    found = mandates(CLEAR, on=True)
    assert [(k(r["assigner"]), k(r["assignee"])) for r in found] == [(k(f"Ủy ban nhân dân {QN}"),
                                                                        k(f"Sở Xây dựng {QN}"))]
    x = found[0]["x"]
    assert x["method"] == "backoff" and 0.0 < x["confidence"] <= 1.0
    assert found[0]["task"].startswith("quan tâm chỉ đạo")


def test_body_named_only_incidentally_gets_no_record() -> None:
    assert mandates(INCIDENTAL, on=True) == []


def test_a_partner_after_phoi_hop_voi_is_never_the_backoffs_assignee() -> None:
    # the one given the task is an official the grammar cannot name; the districts only cooperate
    text = OPENING + "Chủ tịch UBND tỉnh giao cán bộ chuyên trách phối hợp với UBND các huyện rà soát đê điều."
    assert mandates(text, on=True) == []


def test_grammar_facts_carry_no_backoff_mark() -> None:
    text = "UBND tỉnh giao Sở Tài chính rà soát định mức chi, báo cáo UBND tỉnh trước ngày 10/6."
    found = mandates(text, on=True)
    assert found and all("method" not in r["x"] for r in found)


def test_backoff_fact_in_the_graph_is_generated_by_the_backoff() -> None:
    doc = document_from_text("t", CLEAR, {"jurisdiction": "Tỉnh Quảng Nam", "date": "2023-05-01"})
    ex = extract(doc, backoff=True)
    triples = records_to_triples(to_records(ex), {s.index: (s.start, s.end, s.text) for s in ex.sentences})
    generated = [t for t in triples if t.predicate.value == PROV + "wasGeneratedBy"]
    assert len(generated) == 1 and generated[0].object.value.endswith("/method/backoff")
    assert "/mandate/" in generated[0].subject.value
    # the method explains itself in the same graph: an activity with labels in both languages
    about = {(t.predicate.value, getattr(t.object, "language", None)) for t in triples
             if t.subject == generated[0].object}
    assert (RDF + "type", None) in about and (SKOS + "prefLabel", "vi") in about and (SKOS + "prefLabel", "en") in about


def test_on_by_default_and_the_cli_switches_it_off(tmp_path: Path) -> None:
    doc = document_from_text("t", CLEAR, {"jurisdiction": "Tỉnh Quảng Nam", "date": "2023-05-01"})
    assert backoff.ENABLED and [r for r in to_records(extract(doc)) if r["type"] == "mandate"]
    (tmp_path / "t.txt").write_text(CLEAR, encoding="utf-8")
    (tmp_path / "t.meta.json").write_text('{"jurisdiction": "Tỉnh Quảng Nam", "date": "2023-05-01"}', encoding="utf-8")
    try:
        off = CliRunner().invoke(cli, ["extract", "--no-backoff", str(tmp_path)])
        assert off.exit_code == 0 and '"type": "mandate"' not in off.output
    finally:
        backoff.ENABLED = True  # the command sets it for its process; tests share one
    on = CliRunner().invoke(cli, ["extract", str(tmp_path)])
    assert on.exit_code == 0 and '"type": "mandate"' in on.output


def test_committed_weights_hold_single_folded_words_only() -> None:
    w = backoff.weights()
    assert w, "words/backoff_weights.csv is missing"
    for name in w:
        m = re.search(r"(?:w[-+]\d|first)=(.*)$", name)
        if m:  # words around a body: one folded word each, never a phrase of an article
            assert re.fullmatch(r"[a-z0-9]+|<s>|</s>", m.group(1)), name


SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.mark.skipif(not (SHARED / "dev" / "gold.jsonl").exists(), reason="../shared/dev is not present")
def test_trainer_is_deterministic(tmp_path: Path) -> None:
    from bomay.loaders.text import train_backoff

    examples = train_backoff.collect(SHARED)
    assert examples and any(e.label for e in examples)
    assert not any(e.doc.startswith("c") for e in examples)  # the untouched batch is never read
    first, second = tmp_path / "a.csv", tmp_path / "b.csv"
    train_backoff.write_weights(train_backoff.train(examples), first, examples)
    train_backoff.write_weights(train_backoff.train(examples), second, examples)
    assert first.read_bytes() == second.read_bytes()


def test_a_request_up_to_the_body_above_is_no_mandate_for_grammar_or_backoff() -> None:
    text = OPENING + "Trước đó, Sở Giao thông vận tải đã đề nghị UBND tỉnh bố trí vốn cho dự án."
    assert mandates(text, on=True) == []
    text = OPENING + "UBND tỉnh đề nghị Sở Y tế kiểm tra các cơ sở khám bệnh."
    assert [k(r["assignee"]) for r in mandates(text, on=True)] == [k(f"Sở Y tế {QN}")]


def test_a_need_stated_with_a_quantity_is_no_duty() -> None:
    text = OPENING + "Ban Quản lý dự án đầu tư xây dựng tỉnh cần 120 tỷ đồng để hoàn thành công trình."
    assert mandates(text, on=True) == []


def test_narrated_results_and_needs_are_no_duties() -> None:
    for sentence in ("Năm qua, Công an tỉnh phối hợp với Bộ Chỉ huy Quân sự tỉnh tổ chức diễn tập thành công.",
                     "Trong năm, Sở Tài chính cần được bổ sung thêm biên chế."):
        assert mandates(OPENING + sentence, on=True) == [], sentence
