"""Extraction throughput of the text loader: documents per second, wall and CPU, after warm-up.

Two inputs, each timed end to end the way ``bomay load text`` does it (read, extract, records,
triples; ``loaders.text.loader.document_part``):

- real articles: the folders given (default ``tests/fixtures/text``, ``../shared/corpus`` and
  ``../shared/dev/docs``, each when present), read from disk in every round;
- synthetic national text: ``--documents`` directive-style documents from ``synthetic.py``
  (jurisdictions cycling over all provinces and communes), made in memory once.

The one-off warm-up (gazetteer, patterns, topic lexicon: once per process) is printed apart.
The last line states the real articles' documents/s (wall) against the target, TARGET_DOCS_PER_S.

    .venv/bin/python benchmarks/extraction.py [FOLDER ...] [--rounds 10] [--documents 200] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
from common import print_machine, table

from bomay.graph.store import GraphPart
from bomay.namespaces import BM, RDF

REPO = Path(__file__).resolve().parents[1]
DEFAULT_FOLDERS = (REPO / "tests" / "fixtures" / "text", REPO.parent / "shared" / "corpus",
                   REPO.parent / "shared" / "dev" / "docs")
TARGET_DOCS_PER_S = 50.0  # issue 11: extraction must keep at least this pace on the real articles
_TYPE = ox.NamedNode(RDF + "type")
_DUTY_CLASSES = {ox.NamedNode(BM + "Mandate"), ox.NamedNode(BM + "ReportingObligation")}


def measure(run: Callable[[], int], rounds: int) -> tuple[float, float, int]:
    """Wall and CPU seconds of ``rounds`` calls of run, and the duties it found in all."""
    duties = 0
    wall, cpu = time.perf_counter(), time.process_time()
    for _ in range(rounds):
        duties += run()
    return time.perf_counter() - wall, time.process_time() - cpu, duties


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="*", type=Path, help="folders of .txt/.html articles (+ .meta.json)")
    ap.add_argument("--rounds", type=int, default=10, help="times each input is run (after one warm-up)")
    ap.add_argument("--documents", type=int, default=200, help="synthetic national documents (0: none)")
    ap.add_argument("--profile", action="store_true", help="print a cProfile listing of one round of each")
    args = ap.parse_args(argv)
    print_machine()

    started = time.perf_counter()
    from bomay.loaders.text.extract import extract
    from bomay.loaders.text.loader import document_part, read_documents
    from bomay.loaders.text.places import gazetteer
    from bomay.loaders.text.topics import classify

    gazetteer()
    classify("tổ chức bộ máy")
    folders = args.folders or [p for p in DEFAULT_FOLDERS if p.is_dir()]
    articles, problems = read_documents(folders, {})
    for problem in problems:
        print(f"# skipped: {problem}")
    if not articles and not args.documents:
        print("no documents to measure", file=sys.stderr)
        return 1
    if articles:
        extract(articles[0])
    print(f"# warm-up (imports, gazetteer, patterns, topics, first document): {time.perf_counter() - started:.2f} s")

    def run_articles() -> int:
        docs, _ = read_documents(folders, {})
        return sum(_duties(document_part(doc)[0]) for doc in docs)

    inputs: list[tuple[str, Callable[[], int], int, int]] = []
    if articles:
        inputs.append((f"real articles ({len(folders)} folder(s), read from disk each round)", run_articles,
                       len(articles), sum(len(d.text) for d in articles)))
    if args.documents:
        from synthetic import synthetic_texts

        from bomay.loaders.text.documents import document_from_text

        synthetic = [document_from_text(stem, text, meta) for stem, text, meta in synthetic_texts(args.documents)]
        inputs.append((f"synthetic national text ({args.documents} documents, in memory)",
                       lambda: sum(_duties(document_part(doc)[0]) for doc in synthetic),
                       len(synthetic), sum(len(d.text) for d in synthetic)))

    rows = []
    real_pace = None
    for name, run, count, chars in inputs:
        run()  # warm this input's paths too
        wall, cpu, duties = measure(run, args.rounds)
        done = count * args.rounds
        if run is run_articles:
            real_pace = done / wall
        rows.append([name, f"{done:,}", f"{chars // count:,}", f"{duties / done:.1f}", f"{wall:.2f}", f"{cpu:.2f}",
                     f"{done / wall:,.1f}", f"{done / cpu:,.1f}", f"{chars * args.rounds / cpu / 1000:,.0f}"])
        if args.profile:
            profile = cProfile.Profile()
            profile.runcall(run)
            pstats.Stats(profile).sort_stats("cumulative").print_stats(25)
    print(f"\n{args.rounds} rounds per input")
    print(table(["input", "documents", "chars/doc", "mandates+reports/doc", "wall s", "CPU s", "documents/s (wall)",
                 "documents/CPU-s", "k chars/CPU-s"], rows))
    if real_pace is not None:
        verdict = "meets" if real_pace >= TARGET_DOCS_PER_S else "MISSES"
        print(f"\nreal articles ({len(articles)} documents): {real_pace:,.1f} documents/s (wall), "
              f"{verdict} the target of >= {TARGET_DOCS_PER_S:.0f}")
    return 0


def _duties(part: GraphPart) -> int:
    """Mandates and reporting obligations in a document's graph part."""
    return sum(1 for t in part.triples if t.predicate == _TYPE and t.object in _DUTY_CLASSES)


if __name__ == "__main__":
    sys.exit(main())
