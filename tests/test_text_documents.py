"""Reading documents: encodings, HTML, sidecars, and bad input that must be named, not fatal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bomay.errors import LoadError
from bomay.loaders.text.documents import read_document
from bomay.loaders.text.loader import TextLoader
from tests.conftest import invoke_cli

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


# ----- the commands over a folder with bad files ------------------------------------------------
invoke = invoke_cli

BAD = {"binary": "looks like a binary file", "badmeta": "is not valid JSON", "empty": "empty file"}


def mixed_folder(root: Path) -> Path:
    """One good document, one binary, one with a malformed sidecar, one empty."""
    folder = root / "docs"
    folder.mkdir()
    (folder / "good.txt").write_text(SENTENCE, encoding="utf-8")
    (folder / "good.meta.json").write_text(json.dumps({"jurisdiction": "Tỉnh Bình Dương", "date": "2023-06"}),
                                           encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    (folder / "badmeta.txt").write_text(SENTENCE, encoding="utf-8")
    (folder / "badmeta.meta.json").write_text('{"jurisdiction": "Tỉnh Bình Dương",}', encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    return folder


def check_skipped(stderr: str, folder: Path) -> None:
    """Exactly one 'skipped: PATH: reason' line per bad file, none for the good one."""
    skipped = [line for line in stderr.splitlines() if line.startswith("skipped: ")]
    assert len(skipped) == len(BAD), stderr
    for stem, reason in BAD.items():
        mine = [line for line in skipped if line.startswith(f"skipped: {folder / stem}.txt: ")]
        assert len(mine) == 1 and reason in mine[0], (stem, stderr)
    assert str(folder / "good.txt") not in stderr
    others = [line for line in stderr.splitlines() if not line.startswith("skipped: ")]
    assert not any(f"{folder / stem}.txt" in line for line in others for stem in BAD), stderr


def test_extract_names_each_bad_file_once_and_extracts_the_good_one(tmp_path: Path) -> None:
    folder = mixed_folder(tmp_path)
    result = invoke("extract", str(folder))
    assert result.returncode == 1
    check_skipped(result.stderr, folder)
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows and {r["doc"] for r in rows} == {"good"}
    assert any(r["type"] == "mandate" for r in rows)


def test_a_document_that_was_extracted_is_never_reported_as_skipped(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text(SENTENCE, encoding="utf-8")
    (tmp_path / "x.meta.json").write_text(json.dumps({"jurisdiction": "Xứ Không Có", "date": "bad"}), encoding="utf-8")
    result = invoke("extract", str(tmp_path / "x.txt"))
    assert result.returncode == 0, result.stderr
    assert "skipped" not in result.stderr
    warnings = result.stderr.splitlines()
    assert warnings and all(line.startswith("warning: ") for line in warnings), result.stderr
    assert any("'bad'" in line for line in warnings)
    assert {json.loads(line)["doc"] for line in result.stdout.splitlines()} == {"x"}


def test_eval_scores_the_good_file_and_counts_unread_gold_as_missed(tmp_path: Path) -> None:
    from bomay.loaders.text.scoring import report_lines, score
    folder = mixed_folder(tmp_path)
    gold = [{"type": "organization", "doc": d, "name": "Sở Nội vụ tỉnh Bình Dương", "aliases": [], "kind": "department",
             "level": "province", "parent": None} for d in ("good", "badmeta")]
    gold_path = tmp_path / "gold.jsonl"
    gold_path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in gold), encoding="utf-8")
    result = invoke("eval", "--gold", str(gold_path), str(folder))
    assert result.returncode == 1
    check_skipped("\n".join(x for x in result.stderr.splitlines() if "gold document" not in x), folder)
    assert any("badmeta" in line and "scored as all missed" in line for line in result.stderr.splitlines())
    pred = [json.loads(line) for line in invoke("extract", str(folder / "good.txt")).stdout.splitlines()]
    assert result.stdout.splitlines() == report_lines(score(gold, pred))
    assert result.stdout.splitlines()[0].startswith("organization  tp=  1 fp=")


def test_review_import_takes_the_good_file_only(tmp_path: Path) -> None:
    folder = mixed_folder(tmp_path)
    review = tmp_path / "reviewed.jsonl"
    result = invoke("review", "import", str(folder), "--file", str(review))
    assert result.returncode == 1
    check_skipped(result.stderr, folder)
    docs = {json.loads(line)["doc"] for line in review.read_text(encoding="utf-8").splitlines() if line.strip()}
    assert docs == {"good"}


def test_load_text_loads_the_good_file_and_keeps_the_old_graph_of_a_broken_one(tmp_path: Path) -> None:
    """Store safety: a file that became unreadable names itself and its graph from the last load stays whole."""
    from bomay.graph import open_store
    from bomay.namespaces import graph_iri
    store, env = tmp_path / "store", {"BOMAY_REVIEWED": str(tmp_path / "none.jsonl")}
    folder = mixed_folder(tmp_path)
    (folder / "empty.txt").write_text(SENTENCE, encoding="utf-8")
    first = invoke("load", "text", str(folder / "good.txt"), str(folder / "empty.txt"), store=store, env=env)
    assert first.returncode == 0, first.stderr

    def triples(stem: str) -> int:
        q = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph_iri('doc', stem)}> {{ ?s ?p ?o }} }}"
        return int(next(iter(open_store(str(store)).raw_query(q)))["n"].value)

    before = triples("empty")
    assert before > 0 and triples("good") > 0
    (folder / "empty.txt").write_bytes(b"")
    result = invoke("load", "text", str(folder), store=store, env=env)
    assert result.returncode == 1
    check_skipped(result.stderr, folder)
    assert "loaded" in result.stderr and "1 graph(s)" in result.stderr
    assert triples("empty") == before and triples("good") > 0
    assert triples("binary") == 0 and triples("badmeta") == 0


def test_an_unreadable_review_file_refuses_the_load_and_leaves_the_store_alone(tmp_path: Path) -> None:
    """Loading without the human decisions would bring rejected facts back: refuse, name the file and line."""
    from bomay.graph import open_store
    store, folder = tmp_path / "store", mixed_folder(tmp_path)
    good = invoke("load", "text", str(folder / "good.txt"), store=store,
                  env={"BOMAY_REVIEWED": str(tmp_path / "none.jsonl")})
    assert good.returncode == 0, good.stderr
    q = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    before = int(next(iter(open_store(str(store)).raw_query(q)))["n"].value)
    broken = tmp_path / "reviewed.jsonl"
    broken.write_text('{"doc": "good", "rid": "x", "status": "rejected"}\n{not json\n', encoding="utf-8")
    result = invoke("load", "text", str(folder / "good.txt"), store=store, env={"BOMAY_REVIEWED": str(broken)})
    assert result.returncode == 1
    assert f"{broken}:2" in result.stderr and "nothing loaded" in result.stderr
    assert int(next(iter(open_store(str(store)).raw_query(q)))["n"].value) == before


def test_a_file_named_twice_is_one_document(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text(SENTENCE, encoding="utf-8")
    result = invoke("extract", str(tmp_path), str(tmp_path / "x.txt"), str(tmp_path / "." / "x.txt"))
    assert result.returncode == 0 and result.stderr == ""
    assert result.stdout and result.stdout == invoke("extract", str(tmp_path / "x.txt")).stdout


def test_a_fault_in_extraction_skips_that_document_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An extractor bug met on one document is one 'skipped' line (exit 1), not a lost batch."""
    import bomay.loaders.text.loader as loader

    real = loader.extract

    def faulty(doc):  # type: ignore[no-untyped-def]
        if doc.stem == "boom":
            raise IndexError("list index out of range\nsecond line")
        return real(doc)

    monkeypatch.setattr(loader, "extract", faulty)
    for name in ("ok", "boom"):
        (tmp_path / f"{name}.txt").write_text(SENTENCE, encoding="utf-8")
    batch = loader.extract_documents([tmp_path], {"jurisdiction": "Tỉnh Bình Dương"})
    assert [ex.document.stem for ex in batch.extractions] == ["ok"]
    assert batch.skipped == [f"{tmp_path / 'boom.txt'}: extraction failed (IndexError: list index out of range "
                             "second line)"]
    result = TextLoader().read([tmp_path], {"jurisdiction": "Tỉnh Bình Dương"})
    assert [p.graph.rsplit("/", 1)[-1] for p in result.parts] == ["ok"] and len(result.problems) == 1
    cli = invoke("extract", str(tmp_path), "--jurisdiction", "Tỉnh Bình Dương")
    assert cli.returncode == 1 and cli.stderr.count("skipped: ") == 1 and '"doc": "ok"' in cli.stdout


def test_unsupported_documents_in_a_folder_are_named(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text(SENTENCE, encoding="utf-8")
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "notes.json").write_text("{}", encoding="utf-8")
    result = invoke("extract", str(tmp_path))
    assert result.returncode == 1
    assert result.stderr.splitlines() == [f"skipped: {tmp_path / 'scan.pdf'}: .pdf is not supported (convert it to "
                                          ".txt or .html)"]


def test_a_fault_while_reading_skips_that_file_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """E.g. trafilatura failing on one page (or missing a module): one line for that file."""
    import bomay.loaders.text.documents as documents
    from bomay.loaders.text.loader import read_documents

    def broken(html: str, path: Path) -> str:
        raise ImportError("no module named lxml_html_clean")

    monkeypatch.setattr(documents, "html_main_text", broken)
    (tmp_path / "a.txt").write_text(SENTENCE, encoding="utf-8")
    (tmp_path / "b.html").write_text(f"<html><body><p>{SENTENCE}</p></body></html>", encoding="utf-8")
    docs, skipped = read_documents([tmp_path], {})
    assert [d.stem for d in docs] == ["a"]
    assert skipped == [f"{tmp_path / 'b.html'}: could not be read (ImportError: no module named lxml_html_clean)"]
