"""``bomay load text PATH...`` and the default build's reviewed facts.

``TextLoader`` reads each document completely before anything is written: a file it cannot
use becomes one problem line naming it, the others still load, and the CLI writes all graphs
in one atomic step. Each document gets the named graph ``graph/doc/{stem}``; loading it again
replaces that graph. Human decisions from the curated review file are applied on the way in.

``ReviewedSource`` puts the reviewed facts of the curated file into ``graph/reviewed/{stem}``
graphs in every build; it needs only the curated file, never the article texts.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from bomay.errors import BomayError, LoadError
from bomay.graph.store import GraphPart
from bomay.loaders.base import LoadResult
from bomay.loaders.text.documents import DEFAULT_MAX_BYTES, Document, find_documents, read_document
from bomay.loaders.text.extract import extract
from bomay.loaders.text.records import to_records
from bomay.loaders.text.review import ReviewFile, apply_decisions
from bomay.loaders.text.to_rdf import records_to_triples
from bomay.namespaces import graph_iri
from bomay.textnorm import slug

META_OPTIONS = ("title", "url", "publisher", "date", "event_date", "jurisdiction", "jurisdiction_code")


def document_graph(stem: str) -> str:
    return graph_iri("doc", slug(stem) or "doc")


def reviewed_graph(stem: str) -> str:
    return graph_iri("reviewed", slug(stem) or "doc")


def read_documents(paths: list[Path], options: dict[str, Any]) -> tuple[list[Document], list[str]]:
    files, problems = find_documents(paths)
    overrides = {k: options.get(k) for k in META_OPTIONS if options.get(k)}
    max_bytes = int(options.get("max_bytes") or DEFAULT_MAX_BYTES)
    docs: list[Document] = []
    stems: dict[str, Path] = {}
    for f in files:
        try:
            doc, notes = read_document(f, overrides, max_bytes)
        except LoadError as exc:
            problems.append(str(exc))
            continue
        except OSError as exc:
            problems.append(f"{f}: cannot read ({exc.strerror or exc})")
            continue
        if doc.stem in stems:
            problems.append(f"{f}: same name as {stems[doc.stem]}; each document needs its own file stem")
            continue
        stems[doc.stem] = f
        problems.extend(notes)
        docs.append(doc)
    return docs, problems


def document_part(doc: Document, review: ReviewFile | None = None) -> tuple[GraphPart, list[str]]:
    ex = extract(doc)
    records = to_records(ex)
    if review is not None:
        records = apply_decisions(records, review.decisions(doc.stem))
    spans = {s.index: (s.start, s.end, s.text) for s in ex.sentences}
    triples = records_to_triples(records, spans)
    title = f"text: {doc.meta.get('title') or doc.stem}"
    return GraphPart(document_graph(doc.stem), triples, title), ex.problems


class TextLoader:
    name = "text"
    title = "Vietnamese documents (.txt, .md, .html): bodies, posts, instruments, mandates, reporting"

    def read(self, paths: list[Path], options: dict[str, Any]) -> LoadResult:
        docs, problems = read_documents(paths, options)
        try:
            review = ReviewFile()
        except BomayError as exc:
            problems.append(f"review decisions not applied: {exc}")
            review = None
        parts: list[GraphPart] = []
        for doc in docs:
            part, notes = document_part(doc, review)
            problems.extend(notes)
            parts.append(part)
        return LoadResult(parts=parts, problems=problems)


class ReviewedSource:
    name = "reviewed"
    title = "reviewed facts from curated/reviewed.jsonl"

    def parts(self) -> Iterator[GraphPart]:
        review = ReviewFile()
        for stem in review.docs():
            records = [r for r in review.for_doc(stem)
                       if r["type"] not in ("mandate", "reporting", "post") or r.get("status") in
                       ("accepted", "corrected", "rejected")]
            if not any(r["type"] in ("mandate", "reporting", "post") for r in records):
                continue
            yield GraphPart(reviewed_graph(stem), records_to_triples(records), f"reviewed: {stem}")
