"""Sentence splitting keeps exact offsets into the stored text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bomay.loaders.text.sentences import split_sentences

TEXT = ("Chiều 3/5, UBND TP. Hồ Chí Minh họp. Sở Tài chính báo cáo kết quả.\n\n"
        "Tiêu đề không dấu chấm\nQ. 1 và PGS. Trần Văn A dự họp… Hội nghị kết thúc!")


def test_offsets_point_at_the_exact_text() -> None:
    sentences = split_sentences(TEXT)
    assert [s.text for s in sentences] == [
        "Chiều 3/5, UBND TP. Hồ Chí Minh họp.", "Sở Tài chính báo cáo kết quả.", "Tiêu đề không dấu chấm",
        "Q. 1 và PGS. Trần Văn A dự họp…", "Hội nghị kết thúc!"]
    for s in sentences:
        assert TEXT[s.start:s.end] == s.text
    assert [s.paragraph for s in sentences] == [0, 0, 1, 2, 2]


@given(st.text(alphabet="abcĐđỦủ .!?\n", max_size=200))
def test_any_text_splits_into_exact_substrings(text: str) -> None:
    for s in split_sentences(text):
        assert text[s.start:s.end] == s.text and s.text.strip() == s.text and s.text
