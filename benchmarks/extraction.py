"""Extraction throughput (documents per second) of the text loader, after the one-off warm-up.

Usage: python benchmarks/extraction.py [FOLDER...] [--rounds N]
Default folders: tests/fixtures/text and ../shared/corpus when present. Prints the warm-up
time (gazetteer and patterns, once per process) and documents/second for extraction alone and
for extraction plus conversion to triples.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def main(argv: list[str]) -> None:
    rounds = 20
    if "--rounds" in argv:
        i = argv.index("--rounds")
        rounds = int(argv[i + 1])
        argv = argv[:i] + argv[i + 2:]
    defaults = (REPO / "tests" / "fixtures" / "text", REPO.parent / "shared" / "corpus")
    folders = [Path(a) for a in argv] or [p for p in defaults if p.is_dir()]
    started = time.perf_counter()
    from bomay.loaders.text.extract import extract
    from bomay.loaders.text.loader import read_documents
    from bomay.loaders.text.places import gazetteer
    from bomay.loaders.text.records import to_records
    from bomay.loaders.text.to_rdf import records_to_triples
    from bomay.loaders.text.topics import classify

    gazetteer()
    classify("tổ chức bộ máy")
    docs, problems = read_documents(folders, {})
    for p in problems:
        print("skipped:", p)
    extract(docs[0])
    warm = time.perf_counter() - started
    chars = sum(len(d.text) for d in docs)
    t0 = time.perf_counter()
    for _ in range(rounds):
        for d in docs:
            extract(d)
    t1 = time.perf_counter()
    for _ in range(rounds):
        for d in docs:
            ex = extract(d)
            records_to_triples(to_records(ex), {s.index: (s.start, s.end, s.text) for s in ex.sentences})
    t2 = time.perf_counter()
    n = rounds * len(docs)
    print(f"{len(docs)} documents, {chars:,} characters (mean {chars // max(len(docs), 1):,}), {rounds} rounds")
    print(f"warm-up (gazetteer, patterns, topics): {warm:.2f} s")
    print(f"extraction: {n / (t1 - t0):,.0f} documents/s ({(t1 - t0) / n * 1000:.1f} ms each)")
    print(f"extraction + records + triples: {n / (t2 - t1):,.0f} documents/s ({(t2 - t1) / n * 1000:.1f} ms each)")


if __name__ == "__main__":
    main(sys.argv[1:])
