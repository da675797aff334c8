"""Extraction quality: the held-out fixtures (written for bomay, other provinces and years) and,
when ../shared is present, the five sample articles; ``bomay eval`` agrees with the official scorer."""

from __future__ import annotations

import importlib.util
import io
import json
from contextlib import redirect_stdout
from pathlib import Path

import pytest

from bomay.loaders.text.extract import extract
from bomay.loaders.text.loader import read_documents
from bomay.loaders.text.records import gold_view, to_records
from bomay.loaders.text.scoring import prf, report_lines, score
from tests.conftest import invoke_cli, run_cli

FIXTURES = Path(__file__).parent / "fixtures" / "text"


def predictions(folder: Path) -> list[dict]:
    docs, problems = read_documents([folder], {})
    assert problems == []
    return [v for d in docs for r in to_records(extract(d)) if (v := gold_view(r)) is not None]


def load_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def f1(res: dict, kind: str) -> float:
    return prf(*res[kind])[2]


def test_held_out_documents_meet_the_targets() -> None:
    res = score(load_jsonl(FIXTURES / "heldout_gold.jsonl"), predictions(FIXTURES))
    for kind in ("organization", "post", "instrument"):
        assert f1(res, kind) >= 0.90, (kind, res[kind])
    for kind in ("mandate", "reporting"):
        assert f1(res, kind) >= 0.85, (kind, res[kind])


def test_samples_meet_the_targets(shared_dir: Path) -> None:
    res = score(load_jsonl(shared_dir / "gold" / "seeds_gold.jsonl"), predictions(shared_dir / "corpus"))
    for kind in ("organization", "post", "instrument"):
        assert f1(res, kind) >= 0.90, (kind, res[kind])
    for kind in ("mandate", "reporting"):
        assert f1(res, kind) >= 0.85, (kind, res[kind])


@pytest.mark.parametrize("which", ["samples", "heldout"])
def test_eval_agrees_with_the_official_scorer(shared_dir: Path, tmp_path: Path, which: str) -> None:
    spec = importlib.util.spec_from_file_location("official_scorer", shared_dir / "tools" / "score_extraction.py")
    official = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(official)
    if which == "samples":
        gold, folder = shared_dir / "gold" / "seeds_gold.jsonl", shared_dir / "corpus"
    else:
        gold, folder = FIXTURES / "heldout_gold.jsonl", FIXTURES
    pred = predictions(folder)
    pred_path = tmp_path / "pred.jsonl"
    pred_path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in pred), encoding="utf-8")
    buf = io.StringIO()
    with redirect_stdout(buf):
        official.main([str(gold), str(pred_path)])
    ours = report_lines(score(load_jsonl(gold), pred))
    assert buf.getvalue().splitlines() == ours
    # and the command prints the same lines
    result = run_cli("eval", "--gold", str(gold), str(folder))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ours


def test_extract_prints_exactly_the_gold_schema() -> None:
    result = run_cli("extract", str(FIXTURES / "h02_cantho_2019.txt"))
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    gold_fields = {r["type"]: set(r) - {"uncertain"} for r in load_jsonl(FIXTURES / "heldout_gold.jsonl")}
    assert {r["type"] for r in rows} == {"organization", "post", "mandate", "reporting", "instrument"}
    for r in rows:
        assert set(r) == gold_fields[r["type"]], r["type"]
        assert r["doc"] == "h02_cantho_2019"


# ----- groups, splits, errors: on a small corpus written here ---------------------------------
invoke = invoke_cli

DOCS = {
    "a01": ("Ủy ban nhân dân tỉnh Nam Định giao Sở Tài chính chủ trì thẩm định dự án, báo cáo Ủy ban nhân dân "
            "tỉnh trước ngày 30/9/2024.", "Tỉnh Nam Định"),
    "a02": ("UBND tỉnh yêu cầu Sở Xây dựng kiểm tra các công trình.", "Tỉnh Nam Định"),
    "b01": ("Ban Thường vụ Tỉnh ủy yêu cầu Ban Tổ chức Tỉnh ủy rà soát quy hoạch cán bộ, báo cáo Ban Thường vụ "
            "Tỉnh ủy hằng quý.", "Tỉnh Gia Lai"),
    "c01": ("Chủ tịch UBND tỉnh chỉ đạo Sở Y tế kiểm tra các cơ sở khám bệnh theo Kế hoạch số 12/KH-UBND.",
            "Tỉnh Bến Tre"),
}


def _org(doc: str, name: str, *aliases: str) -> dict:
    return {"type": "organization", "doc": doc, "name": name, "aliases": list(aliases), "kind": "other",
            "level": "province", "parent": None}


def _mandate(doc: str, assigner: str, assignee: str, **extra: object) -> dict:
    return {"type": "mandate", "doc": doc, "sentence": DOCS[doc][0], "assigner": assigner, "assignee": assignee,
            "action": "", "task": None, "cooperate_with": [], "report_to": [], "frequency": None, "deadline": None,
            **extra}


GOLD = [
    _org("a01", "Ủy ban nhân dân tỉnh Nam Định", "UBND tỉnh Nam Định"), _org("a01", "Sở Tài chính tỉnh Nam Định"),
    _org("a01", "Sở Kế hoạch và Đầu tư tỉnh Nam Định"),
    _mandate("a01", "Ủy ban nhân dân tỉnh Nam Định", "Sở Tài chính tỉnh Nam Định"),
    {"type": "reporting", "doc": "a01", "sentence": DOCS["a01"][0], "reporter": "Sở Tài chính tỉnh Nam Định",
     "recipient": "Ủy ban nhân dân tỉnh Nam Định", "about": None, "frequency": None},
    _org("a02", "Ủy ban nhân dân tỉnh Nam Định"), _org("a02", "Sở Xây dựng tỉnh Nam Định"),
    _mandate("a02", "Ủy ban nhân dân tỉnh Nam Định", "Sở Xây dựng tỉnh Nam Định", uncertain=True),
    _org("b01", "Ban Thường vụ Tỉnh ủy Gia Lai"), _org("b01", "Ban Tổ chức Tỉnh ủy Gia Lai"),
    _mandate("b01", "Ban Thường vụ Tỉnh ủy Gia Lai", "Ban Tổ chức Tỉnh ủy Gia Lai"),
    {"type": "post", "doc": "b01", "person": "Nguyễn Văn Bình", "title": "Bí thư Tỉnh ủy",
     "organization": "Tỉnh ủy Gia Lai", "sentence": DOCS["b01"][0]},
    _org("c01", "Sở Y tế tỉnh Bến Tre"), _org("c01", "Ủy ban nhân dân tỉnh Bến Tre"),
    _mandate("c01", "Ủy ban nhân dân tỉnh Bến Tre", "Sở Y tế tỉnh Bến Tre"),
    {"type": "instrument", "doc": "c01", "id": "99/KH-UBND", "kind": "plan", "issuer": None},
]


@pytest.fixture
def small_dev(tmp_path: Path) -> Path:
    """A dev-shaped folder (docs/ + gold.jsonl) with batches a, b, c."""
    docs = tmp_path / "dev" / "docs"
    docs.mkdir(parents=True)
    for stem, (text, province) in DOCS.items():
        (docs / f"{stem}.txt").write_text(text, encoding="utf-8")
        (docs / f"{stem}.meta.json").write_text(json.dumps({"jurisdiction": province, "date": "2024-05"}),
                                                encoding="utf-8")
    (tmp_path / "dev" / "gold.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in GOLD),
                                                 encoding="utf-8")
    return tmp_path / "dev"


def blocks(stdout: str) -> dict[str, list[str]]:
    """'== HEADER' blocks of bomay eval; the lines before any header under ''."""
    out: dict[str, list[str]] = {"": []}
    current = ""
    for line in stdout.splitlines():
        if line.startswith("== "):
            current = line[3:]
            out[current] = []
        else:
            out[current].append(line)
    return out


def extracted(folder: Path) -> list[dict]:
    result = invoke("extract", str(folder))
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def scorer_lines(gold: list[dict], pred: list[dict], docs: set[str]) -> list[str]:
    return report_lines(score([r for r in gold if r["doc"] in docs], pred))


def test_batch_of_and_parse_split() -> None:
    from bomay.loaders.text.scoring import batch_of, parse_split

    assert [batch_of(d) for d in ("a01", "B07", "h02_cantho_2019", "000_0fefa6", "ab12")] == ["a", "b", "h", "other",
                                                                                              "ab"]
    assert parse_split("tune = a, b,d") == ("tune", ("a", "b", "d"))
    for bad in ("tune", "=a", "tune="):
        with pytest.raises(ValueError, match="NAME=BATCH"):
            parse_split(bad)


def test_by_batch_and_splits_print_the_scorer_lines_of_each_group(small_dev: Path) -> None:
    pred = extracted(small_dev / "docs")
    result = invoke("eval", "--gold", str(small_dev / "gold.jsonl"), str(small_dev / "docs"), "--by", "batch",
                     "--split", "mine=a,b", "--split", "theirs=c")
    assert result.returncode == 0, result.stderr
    got = blocks(result.stdout)
    assert list(got) == ["", "batch a: 2 document(s)", "batch b: 1 document(s)", "batch c: 1 document(s)",
                         "split mine (a, b): 3 document(s)", "split theirs (c): 1 document(s)", "all: 4 document(s)"]
    assert got["batch a: 2 document(s)"] == scorer_lines(GOLD, pred, {"a01", "a02"})
    assert got["batch c: 1 document(s)"] == scorer_lines(GOLD, pred, {"c01"})
    assert got["split mine (a, b): 3 document(s)"] == scorer_lines(GOLD, pred, {"a01", "a02", "b01"})
    assert got["all: 4 document(s)"] == report_lines(score(GOLD, pred))


def test_by_doc_and_errors_list_exactly_what_the_scorer_counts(small_dev: Path) -> None:
    pred = extracted(small_dev / "docs")
    result = invoke("eval", "--gold", str(small_dev / "gold.jsonl"), str(small_dev / "docs"), "--by", "doc",
                     "--errors")
    assert result.returncode == 0, result.stderr
    got = blocks(result.stdout)
    assert list(got)[1:] == ["doc a01", "doc a02", "doc b01", "doc c01", "all: 4 document(s)"]
    for doc in DOCS:
        lines = got[f"doc {doc}"]
        counts = score([r for r in GOLD if r["doc"] == doc], pred)
        assert lines[:6] == report_lines(counts)
        for kind, (_tp, fp, fn) in counts.items():
            assert sum(1 for e in lines[6:] if e.startswith(f"  {kind} false: ")) == fp, (doc, kind, lines)
            assert sum(1 for e in lines[6:] if e.startswith(f"  {kind} missed: ")) == fn, (doc, kind, lines)
    assert "  organization missed: Sở Kế hoạch và Đầu tư tỉnh Nam Định" in got["doc a01"]
    assert "  post missed: Nguyễn Văn Bình | Bí thư Tỉnh ủy" in got["doc b01"]
    assert "  instrument missed: 99/KH-UBND (plan)" in got["doc c01"]
    assert any(e.startswith("  reporting false: Ban Tổ chức Tỉnh ủy Gia Lai → Ban Thường vụ Tỉnh ủy Gia Lai | Ban "
                            "Thường vụ Tỉnh ủy yêu cầu") for e in got["doc b01"])
    assert not any("missed" in e for e in got["doc a02"]), "uncertain gold is never missed"


def test_errors_mark_bodies_the_gold_does_not_know() -> None:
    from bomay.loaders.text.scoring import error_lines

    gold = [_org("x", "Ủy ban nhân dân tỉnh Nam Định", "UBND tỉnh Nam Định")]
    pred = [{"type": "mandate", "doc": "x", "sentence": "UBND tỉnh Nam Định giao Phòng Lạ làm việc A.",
             "assigner": "UBND tỉnh Nam Định", "assignee": "Phòng Lạ"}]
    assert error_lines(gold, pred) == {"x": [
        "organization missed: Ủy ban nhân dân tỉnh Nam Định",
        "mandate false: Ủy ban nhân dân tỉnh Nam Định → ?Phòng Lạ | UBND tỉnh Nam Định giao Phòng Lạ làm việc A."]}


def test_dev_flag_uses_the_project_split_and_only_reads_the_chosen_split(small_dev: Path) -> None:
    from bomay.loaders.text.scoring import DEV_SPLIT

    pred = extracted(small_dev / "docs")
    env = {"BOMAY_DEV": str(small_dev)}
    result = invoke("eval", "--dev", env=env)
    assert result.returncode == 0, result.stderr
    got = blocks(result.stdout)
    tune = {d for d in DOCS if d[0] in DEV_SPLIT["tune"]}
    assert got[f"split tune ({', '.join(DEV_SPLIT['tune'])}): {len(tune)} document(s)"] == scorer_lines(GOLD, pred,
                                                                                                         tune)
    assert "batch c: 1 document(s)" in got and got["all: 4 document(s)"] == report_lines(score(GOLD, pred))
    # --only tune: batch c is neither read (a broken file there goes unnoticed) nor scored
    (small_dev / "docs" / "c01.txt").write_bytes(b"\x00\x01binary")
    result = invoke("eval", "--dev", "--only", "tune", env=env)
    assert result.returncode == 0, result.stderr
    assert "c01" not in result.stdout + result.stderr and "batch c" not in result.stdout
    assert blocks(result.stdout)[f"all: {len(tune)} document(s)"] == scorer_lines(GOLD, pred, tune)
    bad = invoke("eval", "--dev", "--only", "nosuch", env=env)
    assert bad.returncode == 2 and "no split named nosuch" in bad.stderr


def test_eval_names_gold_documents_it_was_not_given(small_dev: Path) -> None:
    result = invoke("eval", "--gold", str(small_dev / "gold.jsonl"), str(small_dev / "docs" / "a01.txt"))
    assert result.returncode == 0, result.stderr
    assert "warning: 3 gold document(s) not given, scored as all missed: a02, b01, c01" in result.stderr


def test_eval_refuses_a_gold_file_that_is_not_gold(tmp_path: Path) -> None:
    (tmp_path / "g.jsonl").write_text('{"type": "mandate"}\n', encoding="utf-8")
    (tmp_path / "x.txt").write_text(DOCS["a01"][0], encoding="utf-8")
    result = invoke("eval", "--gold", str(tmp_path / "g.jsonl"), str(tmp_path / "x.txt"))
    assert result.returncode != 0 and "record 1 is not a gold record" in result.stderr


def _gold_org(doc: str, name: str) -> dict:
    return {"type": "organization", "doc": doc, "name": name, "aliases": [], "kind": "other", "level": "province",
            "parent": None}


def _gold_mandate(doc: str, sentence: str, assigner: str, assignee: str) -> dict:
    return {"type": "mandate", "doc": doc, "sentence": sentence, "assigner": assigner, "assignee": assignee,
            "action": None, "task": None, "cooperate_with": [], "report_to": [], "frequency": None, "deadline": None}


def test_miss_categories_tell_why_without_showing_text() -> None:
    from bomay.loaders.text.scoring import category_lines, miss_categories

    a, b, c = "Ủy ban nhân dân tỉnh Long An", "Sở Y tế tỉnh Long An", "Sở Xây dựng tỉnh Long An"
    s1 = "UBND tỉnh giao Sở Y tế rà soát danh sách cơ sở khám bệnh."
    s2 = "Sở Xây dựng kiểm tra công trình trọng điểm."
    s3 = "Hằng tuần, đơn vị được giao tổng hợp tình hình dịch."
    gold = [_gold_org("t", a), _gold_org("t", b), _gold_org("t", c),
            _gold_mandate("t", s1, a, b), _gold_mandate("t", s2, a, c), _gold_mandate("t", s3, a, b)]
    pred = [_gold_org("t", a), _gold_org("t", b),  # the Sở Xây dựng is never found
            _gold_mandate("t", s3, b, b)]  # a record of s3 with the wrong assigner; nothing from s1
    cats = miss_categories(gold, pred)["mandate"]
    assert cats == {"target never found": 1, "both found, nothing in the sentence": 1,
                    "wrong source in the sentence": 1}
    assert not any("Sở" in line or "UBND" in line for line in category_lines(gold, pred))


def test_organisation_categories_separate_naming_slips_from_missing_bodies() -> None:
    from bomay.loaders.text.scoring import category_lines, organization_categories

    gold = [_gold_org("t", "Ủy ban nhân dân huyện Cần Giuộc"), _gold_org("t", "Sở Tài chính tỉnh Long An"),
            _gold_org("t", "Công an tỉnh Long An")]
    pred = [_gold_org("t", "Ủy ban nhân dân tỉnh Long An"),  # the district's UBND read as the province's
            _gold_org("t", "Sở Tài chính tỉnh Long An"),
            _gold_org("t", "Ban Quản lý dự án Đức Hòa")]  # a body the gold does not hold
    counts = organization_categories(gold, pred)
    assert counts["missed, a false body of its kind is near"] == 1 and counts["missed, none like it"] == 1
    assert counts["false, near a missed body"] == 1 and counts["false, like no gold body"] == 1
    lines = category_lines(gold, pred)
    assert any("missed, none like it" in line and "(other 1)" in line for line in lines)
    assert not any("Long An" in line or "Cần Giuộc" in line for line in lines)
