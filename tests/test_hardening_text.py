"""The text loader on arbitrary input: records or a clear per-file problem, never an exception.

Any bytes in a .txt/.html file either load or become one problem line naming the file. Any
unicode text (random, and random noise spliced into directive-like Vietnamese sentences) gives
triples whose every ``bm:Sentence`` offset pair cuts exactly its stated ``bm:text`` out of the
stored document text, and whose facts cite sentences that exist.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bomay.loaders.text.documents import document_from_text
from bomay.loaders.text.loader import TextLoader, document_part
from bomay.namespaces import BM, PROV, RDF

PIECES = [
    "Ủy ban nhân dân Thành phố Hồ Chí Minh giao Sở Nội vụ chủ trì, phối hợp với Sở Tài chính rà soát bộ máy",
    "; báo cáo Thường trực Thành ủy hàng tuần", "; báo cáo UBND tỉnh định kỳ 6 tháng một lần",
    ", hoàn thành trước ngày 30/9/2025", "Ban Thường vụ Tỉnh ủy yêu cầu Đảng ủy các xã triển khai thực hiện",
    "Đồng thời, báo cáo kết quả về Ban Tổ chức Tỉnh ủy trước ngày 15/12", "Ông Nguyễn Văn A, Chủ tịch UBND xã",
    "Quyết định số 759/QĐ-TTg ngày 14/6/2025", ". ", ".\n", "\n\n", "…", "!", "?", " ", "\u00a0", "\t",
]
TEXT = st.one_of(
    st.text(min_size=1, max_size=300),
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=12)), min_size=1, max_size=14).map("".join),
)
META = {"date": "2025-07-15", "jurisdiction": "Thành phố Hồ Chí Minh", "jurisdiction_code": "79"}
SETTINGS = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
_TYPE, _SENTENCE = ox.NamedNode(RDF + "type"), ox.NamedNode(BM + "Sentence")


def check_offsets(text: str, triples: list[ox.Triple]) -> None:
    by_subject: dict[ox.NamedNode, dict[str, ox.Term]] = {}
    for t in triples:
        by_subject.setdefault(t.subject, {})[t.predicate.value] = t.object  # type: ignore[index]
    sentences = [s for s, props in by_subject.items() if props.get(RDF + "type") == _SENTENCE]
    for s in sentences:
        props = by_subject[s]
        start, end = int(props[BM + "start"].value), int(props[BM + "end"].value)  # type: ignore[union-attr]
        stated = props[BM + "text"].value  # type: ignore[union-attr]
        assert 0 <= start < end <= len(text), (s, start, end, len(text))
        assert text[start:end] == stated, (s, text[start:end], stated)
    cited = {t.object for t in triples if t.predicate.value == PROV + "wasDerivedFrom"}
    typed = {t.subject for t in triples if t.predicate == _TYPE}
    assert cited <= set(sentences) | typed, "a fact cites a sentence the graph does not describe"


@given(text=TEXT)
@SETTINGS
def test_any_text_gives_triples_whose_offsets_point_at_their_sentence(text: str) -> None:
    doc = document_from_text("hardening", text, META)
    if not doc.text.strip():
        return
    part, problems = document_part(doc)
    assert all(isinstance(p, str) and p for p in problems)
    check_offsets(doc.text, part.triples)


@pytest.mark.parametrize("suffix", [".txt", ".html"])
def test_any_bytes_load_or_become_one_problem_naming_the_file(tmp_path: Path, suffix: str) -> None:
    @given(data=st.one_of(st.binary(max_size=400), TEXT.map(lambda t: t.encode("utf-8")),
                          TEXT.map(lambda t: t.encode("utf-16")),
                          TEXT.map(lambda t: t.encode("cp1258", errors="replace"))))
    @SETTINGS
    def run(data: bytes) -> None:
        path = tmp_path / f"doc{suffix}"
        path.write_bytes(data)
        result = TextLoader().read([path], {})
        assert len(result.parts) + sum(1 for p in result.problems if str(path) in p) >= 1, result.problems
        for part in result.parts:
            assert part.triples, "a loaded document must at least describe itself"

    run()
