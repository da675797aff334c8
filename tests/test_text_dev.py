"""The dev corpus (../shared/dev, issue 11): every document reads and extracts, the same way every
run, and ``bomay eval`` reports on it exactly what the official scorer says.

Only the TUNE split (DEV_SPLIT in scoring.py) is ever scored or compared here: the untouched
batch is scored by the lead alone. Its documents are only read and extracted, to check that none
is skipped or left without a jurisdiction. Quality targets are not asserted (benchmarks and
docs/text-loader.md report them), apart from a loose floor explained below.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bomay.loaders.text.scoring import DEV_SPLIT, TYPES, batch_of
from tests.conftest import BOMAY, SHARED

DEV = SHARED / "dev"
TUNE = DEV_SPLIT["tune"]
# A floor far under the TUNE figures of the day issue 11 was opened (organization 0.68, post
# 0.63, instrument 0.92; mandate 0.19 and reporting 0.04 too low to floor): it catches a broken
# pipeline (documents unread, bodies no longer resolved), not a quality target.
FLOOR = {"organization": 0.55, "post": 0.45, "instrument": 0.75}


@pytest.fixture(scope="module")
def dev() -> Path:
    if not (DEV / "docs").is_dir() or not (DEV / "gold.jsonl").is_file():
        pytest.skip("../shared/dev (docs/ and gold.jsonl) is not beside the repository")
    return DEV


def tune_files(dev: Path) -> list[Path]:
    return sorted(p for p in (dev / "docs").glob("*.txt") if batch_of(p.stem) in TUNE)


def extract_cli(files: list[Path], hash_seed: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONHASHSEED=hash_seed)
    return subprocess.run([*BOMAY, "extract", *map(str, files)], capture_output=True, text=True, env=env,
                          timeout=600)


@pytest.fixture(scope="module")
def tune_pred(dev: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``bomay extract`` of the TUNE documents, as a JSONL file."""
    result = extract_cli(tune_files(dev), "1")
    assert result.returncode == 0, result.stderr
    path = tmp_path_factory.mktemp("dev") / "tune_pred.jsonl"
    path.write_text(result.stdout, encoding="utf-8")
    return path


def test_every_dev_document_is_read_and_extracted_with_its_jurisdiction(dev: Path) -> None:
    """No document is skipped, and none is left without its jurisdiction (national ones included)."""
    from bomay.loaders.text.extract import extract
    from bomay.loaders.text.loader import read_documents

    docs, skipped = read_documents([dev / "docs"], {})
    assert skipped == []
    assert len(docs) == len(list((dev / "docs").glob("*.txt")))
    problems = {d.stem: [p for p in extract(d).problems if "jurisdiction" in p] for d in docs}
    assert {stem: p for stem, p in problems.items() if p} == {}


def test_extraction_is_deterministic_across_runs(dev: Path, tune_pred: Path) -> None:
    """Same input, same records in the same order, whatever the process's hash seed."""
    again = extract_cli(tune_files(dev), "2")
    assert again.returncode == 0, again.stderr
    first = tune_pred.read_text(encoding="utf-8").splitlines()
    assert first and again.stdout.splitlines() == first


def official(gold: list[dict], pred: Path, tmp: Path) -> list[str]:
    """../shared/tools/score_extraction.py's output lines."""
    gold_path = tmp / "gold.jsonl"
    gold_path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in gold), encoding="utf-8")
    result = subprocess.run([sys.executable, str(SHARED / "tools" / "score_extraction.py"), str(gold_path), str(pred)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


def test_eval_on_the_tune_split_equals_the_official_scorer(dev: Path, tune_pred: Path, tmp_path: Path) -> None:
    result = subprocess.run([*BOMAY, "eval", "--dev", "--only", "tune"], capture_output=True, text=True,
                            env=dict(os.environ, BOMAY_DEV=str(dev)), timeout=600)
    assert result.returncode == 0, result.stderr
    blocks: dict[str, list[str]] = {}
    for line in result.stdout.splitlines():
        if line.startswith("== "):
            header = line[3:].split(":")[0]
            blocks[header] = []
        else:
            blocks[header].append(line)
    gold = [json.loads(line) for line in (dev / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    tune_gold = [r for r in gold if batch_of(r["doc"]) in TUNE]
    assert blocks["all"] == blocks[f"split tune ({', '.join(TUNE)})"] == official(tune_gold, tune_pred, tmp_path)
    for b in TUNE:
        assert blocks[f"batch {b}"] == official([r for r in tune_gold if batch_of(r["doc"]) == b], tune_pred,
                                                tmp_path), b
    assert not any(k.startswith("batch") and k.split()[1] not in TUNE for k in blocks)
    summary = dict(item.split("=") for item in blocks["all"][-1].split()[1:])
    assert set(summary) == set(TYPES)
    low = {k: summary[k] for k, floor in FLOOR.items() if float(summary[k]) < floor}
    assert low == {}, f"TUNE figures under the breakage floor {FLOOR}: {low}"
