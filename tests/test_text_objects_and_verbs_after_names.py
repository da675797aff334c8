"""Bodies listed on after "đối với" are objects, not the subjects of the next clause; verbs and adverbs after a
task force's bare head end its name ("Tổ công tác thay ông …", "Ban Chỉ đạo nêu cao …"); issue 11, session 18.
Sentences written here."""

from __future__ import annotations

import pytest

from bomay.loaders.text.documents import document_from_text
from bomay.loaders.text.extract import extract
from bomay.loaders.text.records import gold_view, to_records


def records(text: str) -> list[dict]:
    doc = document_from_text("t", text, {"jurisdiction": "Tỉnh An Giang", "date": "2019-10-05"})
    return [r for r in (gold_view(r) for r in to_records(extract(doc))) if r]


def test_bodies_listed_after_doi_voi_are_not_the_next_clauses_subjects() -> None:
    got = records("Ban Pháp chế HĐND tỉnh ban hành kế hoạch giám sát. Đồng thời, giám sát trực tiếp đối với UBND "
                  "huyện Tri Tôn, UBND huyện Tịnh Biên, Sở Tư pháp; giám sát qua báo cáo đối với UBND huyện Châu Phú.")
    assert [r for r in got if r["type"] == "mandate"] == []


def test_a_list_after_an_adjunct_and_a_request_is_still_addressed() -> None:
    got = records("Đồng thời, UBND tỉnh yêu cầu UBND huyện Tri Tôn, UBND huyện Tịnh Biên rà soát các hộ nghèo.")
    assert [r["assignee"] for r in got if r["type"] == "mandate"] == [
        "Ủy ban nhân dân huyện Tri Tôn", "Ủy ban nhân dân huyện Tịnh Biên"]


@pytest.mark.parametrize("text", [
    "Thủ tướng quyết định bổ sung thành viên Tổ công tác thay ông Nguyễn Văn An.",
    "Ban Chỉ đạo nêu cao tinh thần trách nhiệm trong phòng, chống tham nhũng.",
    "Ban Chỉ đạo tiếp tục đôn đốc các sở.",
    "Tổ công tác cần phối hợp chặt chẽ hơn.",
])
def test_a_verb_after_a_bare_task_force_head_is_not_its_purpose(text: str) -> None:
    names = [r["name"] for r in records(text) if r["type"] == "organization" and r["kind"] == "task_force"]
    assert names in ([], ["Tổ công tác"], ["Ban Chỉ đạo"])


def test_a_topic_opened_by_doi_voi_leaves_the_next_body_the_speaker() -> None:
    got = records("Đối với Sở Xây dựng, UBND tỉnh yêu cầu kiểm tra, đôn đốc việc xử lý vi phạm.")
    assert [(r["assigner"], r["assignee"]) for r in got if r["type"] == "mandate"] == [
        ("Ủy ban nhân dân tỉnh An Giang", "Sở Xây dựng tỉnh An Giang")]
