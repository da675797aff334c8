"""Reading documents: encodings, HTML, sidecars, and bad input that must be named, not fatal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bomay.errors import LoadError
from bomay.loaders.text.documents import read_document
from bomay.loaders.text.loader import TextLoader

SENTENCE = "UBND tỉnh Bình Dương giao Sở Nội vụ chủ trì rà soát biên chế, báo cáo UBND tỉnh trước ngày 10/6."


def _cp1258(text: str) -> bytes:
    """Windows-1258 writes a base letter (ư, ơ, â…) and then the tone as a combining mark."""
    import unicodedata

    out = b""
    for c in text:
        try:
            out += c.encode("cp1258")
        except UnicodeEncodeError:
            d = unicodedata.normalize("NFD", c)
            tone = next(m for m in d if m in "\u0300\u0301\u0303\u0309\u0323")
            base = unicodedata.normalize("NFC", d.replace(tone, ""))
            out += base.encode("cp1258") + tone.encode("cp1258")
    return out


def test_utf8_utf16_and_windows_1258_read_the_same(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(SENTENCE.encode("utf-8"))
    (tmp_path / "b.txt").write_bytes(SENTENCE.encode("utf-16"))
    (tmp_path / "c.txt").write_bytes(_cp1258(SENTENCE))
    texts = [read_document(tmp_path / n)[0].text for n in ("a.txt", "b.txt", "c.txt")]
    assert texts[0] == texts[1] == texts[2] == SENTENCE


def test_text_is_stored_as_nfc_with_spacing_kept(tmp_path: Path) -> None:
    import unicodedata

    raw = "Ủy ban  nhân dân\r\ntỉnh"
    (tmp_path / "d.txt").write_text(unicodedata.normalize("NFD", raw), encoding="utf-8")
    doc, _ = read_document(tmp_path / "d.txt")
    assert doc.text == "Ủy ban  nhân dân\ntỉnh"


@pytest.mark.parametrize(("name", "data", "message"), [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"  \n \n", "empty file"),
    ("bin.txt", b"\x00\x01\x02PNG\x00" * 50, "binary"),
    ("page.html", b"<html><body><script>var x=1;</script></body></html>", "no main text"),
])
def test_bad_files_are_named(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    (tmp_path / name).write_bytes(data)
    with pytest.raises(LoadError) as exc:
        read_document(tmp_path / name)
    assert name in str(exc.value) and message in str(exc.value)


def test_size_cap(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_text(SENTENCE * 50, encoding="utf-8")
    with pytest.raises(LoadError, match="size cap"):
        read_document(tmp_path / "big.txt", max_bytes=1000)


def test_html_main_text_is_extracted(tmp_path: Path) -> None:
    body = "".join(f"<p>{SENTENCE} Đoạn {i} nói về công tác cán bộ của tỉnh.</p>" for i in range(6))
    html = (f"<html><head><title>T</title></head><body><nav>Trang chủ | Tin tức</nav>"
            f"<article>{body}</article></body></html>")
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    doc, _ = read_document(tmp_path / "page.html")
    assert "Sở Nội vụ chủ trì" in doc.text and "<p>" not in doc.text


def test_sidecar_and_options(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text(SENTENCE, encoding="utf-8")
    meta = {"title": "Tin", "date": "2023-05", "jurisdiction": "Tỉnh Bình Dương"}
    (tmp_path / "x.meta.json").write_text(json.dumps(meta), encoding="utf-8")
    doc, problems = read_document(tmp_path / "x.txt", {"publisher": "Báo X"})
    assert doc.meta["title"] == "Tin" and doc.meta["publisher"] == "Báo X" and doc.date == "2023-05-01"
    assert problems == []


@pytest.mark.parametrize(("sidecar", "message"), [
    (b"{not json", "is not valid JSON"),
    (b"[1, 2]", "is not a JSON object"),
    (b'{"title": "\xff"}', "is not UTF-8"),
])
def test_broken_sidecar_stops_its_document_with_one_named_reason(tmp_path: Path, sidecar: bytes, message: str) -> None:
    """Without its jurisdiction and dates the facts would name the wrong bodies: the user fixes the sidecar."""
    (tmp_path / "y.txt").write_text(SENTENCE, encoding="utf-8")
    (tmp_path / "y.meta.json").write_bytes(sidecar)
    with pytest.raises(LoadError) as exc:
        read_document(tmp_path / "y.txt")
    assert str(exc.value).startswith(str(tmp_path / "y.txt") + ": its sidecar y.meta.json ")
    assert message in str(exc.value) and "\n" not in str(exc.value)


def test_bad_date_in_sidecar_is_reported(tmp_path: Path) -> None:
    (tmp_path / "z.txt").write_text(SENTENCE, encoding="utf-8")
    (tmp_path / "z.meta.json").write_text(json.dumps({"date": "hôm qua"}), encoding="utf-8")
    doc, problems = read_document(tmp_path / "z.txt")
    assert "date" not in doc.meta and "hôm qua" in problems[0]
    assert problems[0].startswith(str(tmp_path / "z.meta.json") + ": date")
    assert doc.warnings == problems


def test_loader_keeps_good_files_when_others_are_bad(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(SENTENCE, encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"")
    (tmp_path / "meta.meta.json").write_text("{}", encoding="utf-8")
    result = TextLoader().read([tmp_path, tmp_path / "missing.txt"], {"jurisdiction": "Tỉnh Bình Dương"})
    assert [p.graph.rsplit("/", 1)[-1] for p in result.parts] == ["good"]
    assert any("bad.txt" in p and "empty" in p for p in result.problems)
    assert any("missing.txt" in p for p in result.problems)
