"""Train the learned back-off (``backoff.py``) and write its weights: ``python -m
bomay.loaders.text.train_backoff`` regenerates ``words/backoff_weights.csv`` byte for byte.

Trained only on official gold that CI has: ../shared/dev batches a, b, d (batch c is the project's
untouched split and is never read) and the sample corpus with ../shared/gold. Every candidate pair
of every cue sentence is an example, labelled by the scorer's own body matching
(``scoring.Bodies.resolve``) against the gold records of its sentence; pairs matching only
``uncertain`` gold are left out. Features seen in fewer than two documents are dropped, so the
weights hold no phrase of a single article.
"""

from __future__ import annotations

import argparse
import json
import math
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bomay.loaders.text import backoff
from bomay.loaders.text.extract import Extraction, extract
from bomay.loaders.text.lexicon import match_form
from bomay.loaders.text.loader import read_documents
from bomay.loaders.text.scoring import DEV_SPLIT, Bodies, batch_of, dev_dir, overlap

SHARED = dev_dir().parent
# MIN_DOCS and L2 were chosen by five-fold cross-validation over the training documents (docs/text-loader.md)
MIN_DOCS = 4  # a feature must occur in this many training documents
L2 = 0.3
EPOCHS = 40
RATE = 0.2  # divided by 1 + epoch


@dataclass(frozen=True)
class Example:
    doc: str
    features: tuple[str, ...]
    label: int


def training_sources(shared: Path = SHARED) -> list[tuple[Path, Path, tuple[str, ...] | None]]:
    """(documents, gold, batches to read or None for all): the dev tuning batches and the samples."""
    return [(shared / "dev" / "docs", shared / "dev" / "gold.jsonl", DEV_SPLIT["tune"]),
            (shared / "corpus", shared / "gold" / "seeds_gold.jsonl", None)]


def _read_gold(path: Path, docs: set[str]) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [r for r in (json.loads(line) for line in fh if line.strip()) if r.get("doc") in docs]


def examples_of(ex: Extraction, gold: list[dict[str, Any]], bodies: Bodies) -> list[Example]:
    """Every candidate of the document, labelled against its gold mandates and reports."""
    doc = ex.document.stem
    text = ex.document.text
    grammar = backoff.grammar_sentences(ex.mandates, ex.reports)
    roles = {"mandate": ("assigner", "assignee"), "reporting": ("reporter", "recipient")}
    out = []
    for c in backoff.candidates(match_form(text), ex.sentences, ex.mentions, ex.speakers, grammar):
        a, b = roles[c.kind]
        key = (bodies.resolve(doc, c.source.name), bodies.resolve(doc, c.target.name))
        hits = [g for g in gold if g["type"] == c.kind and (bodies.resolve(doc, g[a]), bodies.resolve(doc, g[b])) == key
                and overlap(g["sentence"], c.sentence.text) >= 0.5]
        if hits and all(g.get("uncertain") for g in hits):
            continue
        out.append(Example(doc, tuple(c.features), 1 if hits else 0))
    return out


def collect(shared: Path = SHARED) -> list[Example]:
    out: list[Example] = []
    for docs_dir, gold_path, batches in training_sources(shared):
        def wanted(stem: str, batches: tuple[str, ...] | None = batches) -> bool:
            return batches is None or batch_of(stem) in batches
        docs, _skipped = read_documents([docs_dir], {}, wanted)
        gold = _read_gold(gold_path, {d.stem for d in docs})
        bodies = Bodies(gold)
        for doc in sorted(docs, key=lambda d: d.stem):
            ex = extract(doc, backoff=False)
            out.extend(examples_of(ex, [g for g in gold if g["doc"] == doc.stem], bodies))
    return out


def train(examples: list[Example]) -> dict[str, float]:
    """Logistic regression by plain stochastic gradient descent in a fixed order (deterministic)."""
    by_doc: dict[str, set[str]] = {}
    for e in examples:
        by_doc.setdefault(e.doc, set()).update(e.features)
    seen: Counter[str] = Counter(x for feats in by_doc.values() for x in feats)
    keep = {x for x, n in seen.items() if n >= MIN_DOCS}
    w: dict[str, float] = {"bias": 0.0}
    data = [([x for x in e.features if x in keep], e.label) for e in examples]
    for epoch in range(EPOCHS):
        rate = RATE / (1 + epoch)
        for feats, y in data:
            z = w["bias"] + sum(w.get(x, 0.0) for x in feats)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            g = p - y
            w["bias"] -= rate * g
            for x in feats:
                w[x] = w.get(x, 0.0) - rate * (g + L2 * w.get(x, 0.0))
    return {x: round(v, 4) for x, v in sorted(w.items()) if round(v, 4) != 0.0}


def write_weights(w: dict[str, float], path: Path, examples: list[Example]) -> None:
    pos = sum(e.label for e in examples)
    lines = ["# Weights of the learned back-off (backoff.py); regenerate: python -m bomay.loaders.text.train_backoff",
             f"# trained on {len({e.doc for e in examples})} documents (dev a, b, d and the samples), "
             f"{len(examples)} candidate pairs, {pos} positive",
             "feature,weight"]
    lines += [f"{_cell(x)},{v:.4f}" for x, v in w.items()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _cell(x: str) -> str:
    return '"' + x.replace('"', '""') + '"' if any(c in x for c in ',"\n') else x


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=SHARED, help="the shared folder holding dev/, corpus/ and gold/")
    ap.add_argument("--out", type=Path, default=backoff.WEIGHTS)
    args = ap.parse_args(argv)
    if not (args.shared / "dev" / "gold.jsonl").exists():
        raise SystemExit(f"no dev gold under {args.shared}: the back-off trains on ../shared/dev")
    examples = collect(args.shared)
    w = train(examples)
    write_weights(w, args.out, examples)
    print(f"{args.out}: {len(w)} weights from {len(examples)} examples ({sum(e.label for e in examples)} positive)")


if __name__ == "__main__":
    main()
