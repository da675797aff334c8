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
from tests.conftest import run_cli

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
