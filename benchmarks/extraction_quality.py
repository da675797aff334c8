"""Extraction quality: F1 per record type for each dev batch, each split of the project's split
(``DEV_SPLIT`` in loaders/text/scoring.py), the five samples and the held-out fixtures, as one
markdown table that docs/text-loader.md can paste.

Scores are those of ``bomay eval`` (= ../shared/tools/score_extraction.py). Inputs under
../shared are skipped when absent. ``--only tune`` reads and scores only that split of dev (what
an engineer tuning rules may look at); without it the untouched split is scored too, which is
the lead's job when reporting.

    .venv/bin/python benchmarks/extraction_quality.py [--only tune] [--prf]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from bomay.loaders.text.loader import extract_documents
from bomay.loaders.text.records import gold_view
from bomay.loaders.text.scoring import DEV_SPLIT, TYPES, batch_of, dev_dir, prf, score

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
# Issue 11's targets: on the untouched split, and >= 0.85 everywhere on the samples.
TARGETS = {"untouched": {"organization": 0.85, "mandate": 0.60, "reporting": 0.60, "post": 0.85, "instrument": 0.95},
           "samples": dict.fromkeys(TYPES, 0.85)}


def read_gold(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def predictions(folder: Path, keep: set[str] | None = None) -> tuple[list[dict], list[str]]:
    """Gold-schema records of the documents in ``folder`` (only batches in ``keep`` when given)."""
    batch = extract_documents([folder], {}, (lambda stem: batch_of(stem) in keep) if keep else None)
    return [v for r in batch.records() if (v := gold_view(r)) is not None], batch.skipped


def row(name: str, gold: list[dict], pred: list[dict], with_prf: bool, target: dict[str, float] | None) -> list[str]:
    res = score(gold, pred)
    cells = [name, str(len({r["doc"] for r in gold}))]
    for t in TYPES:
        p, r, f = prf(*res[t])
        cell = f"{p:.2f} / {r:.2f} / {f:.2f}" if with_prf else f"{f:.2f}"
        if target is not None and f < target[t]:
            cell += " ✗"
        cells.append(cell)
    return cells


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", action="append", choices=sorted(DEV_SPLIT), help="score only this dev split")
    ap.add_argument("--prf", action="store_true", help="cells as P / R / F1 instead of F1")
    args = ap.parse_args(argv)
    splits = {k: v for k, v in DEV_SPLIT.items() if not args.only or k in args.only}
    rows: list[list[str]] = []
    dev = dev_dir()
    if (dev / "gold.jsonl").is_file():
        keep = {b for v in splits.values() for b in v}
        gold = [r for r in read_gold(dev / "gold.jsonl") if batch_of(r["doc"]) in keep]
        pred, skipped = predictions(dev / "docs", keep)
        for problem in skipped:
            print(f"# skipped: {problem}", file=sys.stderr)
        for b in sorted({batch_of(r["doc"]) for r in gold}):
            rows.append(row(f"dev batch {b}", [r for r in gold if batch_of(r["doc"]) == b], pred, args.prf, None))
        for name, batches in splits.items():
            members = [r for r in gold if batch_of(r["doc"]) in batches]
            rows.append(row(f"**dev {name}** ({', '.join(batches)})", members, pred, args.prf, TARGETS.get(name)))
    else:
        print(f"# {dev}: no dev corpus, skipped", file=sys.stderr)
    corpora = [("samples (../shared/corpus)", SHARED / "corpus", SHARED / "gold" / "seeds_gold.jsonl", "samples"),
               ("held-out fixtures (tests/fixtures/text)", REPO / "tests" / "fixtures" / "text",
                REPO / "tests" / "fixtures" / "text" / "heldout_gold.jsonl", None)]
    for name, folder, gold_path, target in corpora:
        if gold_path.is_file():
            rows.append(row(name, read_gold(gold_path), predictions(folder)[0], args.prf,
                            TARGETS.get(target) if target else None))
    if not rows:
        print("nothing to score", file=sys.stderr)
        return 1
    header = ["documents", "docs", *TYPES]
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for r in rows:
        print("| " + " | ".join(r) + " |")
    print(f"\n{'P / R / F1' if args.prf else 'F1'} per record type; ✗ = under the issue 11 target for that row.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
