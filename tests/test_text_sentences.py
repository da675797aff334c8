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


def test_a_hard_wrapped_line_goes_on_into_the_next() -> None:
    text = ("Ngày 15/7, UBND\ntỉnh ban hành Văn bản số 12/UBND-KT đôn đốc các sở.\n"
            "Giao Sở Tài chính tổng hợp\nkết quả, báo cáo UBND tỉnh.\nTiêu đề không dấu chấm\nTiếp theo là dòng khác.")
    texts = [s.text for s in split_sentences(text)]
    assert texts == ["Ngày 15/7, UBND\ntỉnh ban hành Văn bản số 12/UBND-KT đôn đốc các sở.",
                     "Giao Sở Tài chính tổng hợp\nkết quả, báo cáo UBND tỉnh.",
                     "Tiêu đề không dấu chấm", "Tiếp theo là dòng khác."]
    assert all(text[s.start:s.end] == s.text for s in split_sentences(text))


def test_list_items_in_lower_case_stay_their_own_lines() -> None:
    text = "Các nhiệm vụ cụ thể\na) Sở Y tế kiểm tra các cơ sở.\nb) Sở Công Thương theo dõi thị trường."
    assert [s.text for s in split_sentences(text)] == [
        "Các nhiệm vụ cụ thể", "a) Sở Y tế kiểm tra các cơ sở.", "b) Sở Công Thương theo dõi thị trường."]
