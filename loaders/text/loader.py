"""``bomay load text PATH...`` and the default build's reviewed facts.

``TextLoader`` reads each document completely before anything is written: a file it cannot
use becomes one "skipped" line naming it, the others still load, and the CLI writes all graphs
in one atomic step. A document that loads but had something dropped or left unresolved on the
way (a bad date in its sidecar, an unknown jurisdiction) gives a warning instead: it is loaded.
Each document gets the named graph ``graph/doc/{stem}``; loading it again replaces that graph.
Human decisions from the curated review file are applied on the way in.

``ReviewedSource`` puts the reviewed facts of the curated file into ``graph/reviewed/{stem}``
graphs in every build; it needs only the curated file, never the article texts.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bomay.errors import BomayError, LoadError
from bomay.graph.store import GraphPart
from bomay.loaders.base import LoadResult
from bomay.loaders.text.documents import DEFAULT_MAX_BYTES, Document, find_documents, read_document
from bomay.loaders.text.extract import Extraction, extract
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


def read_documents(paths: list[Path], options: dict[str, Any],
                   select: Callable[[str], bool] | None = None) -> tuple[list[Document], list[str]]:
    """The documents that could be read, and one line per file that could not (it is skipped).

    Warnings about documents that were read (fields dropped from a sidecar) are in each
    ``Document.warnings``. ``select`` keeps only files whose stem it accepts (others are not read).
    """
    files, skipped = find_documents(paths)
    if select is not None:
        files = [f for f in files if select(f.name.rsplit(".", 1)[0])]
    overrides = {k: options.get(k) for k in META_OPTIONS if options.get(k)}
    max_bytes = int(options.get("max_bytes") or DEFAULT_MAX_BYTES)
    docs: list[Document] = []
    stems: dict[str, Path] = {}
    for f in files:
        try:
            doc, _ = read_document(f, overrides, max_bytes)
        except LoadError as exc:
            skipped.append(str(exc))
            continue
        except OSError as exc:
            skipped.append(f"{f}: cannot read ({exc.strerror or exc})")
            continue
        except Exception as exc:  # a fault in a decoder or in trafilatura: this file only
            skipped.append(f"{f}: could not be read ({_fault(exc)})")
            continue
        if doc.stem in stems:
            skipped.append(f"{f}: same name as {stems[doc.stem]}; each document needs its own file stem")
            continue
        stems[doc.stem] = f
        docs.append(doc)
    return docs, skipped


@dataclass
class Extracted:
    """Documents read and extracted: one "skipped" line per file that gave nothing, warnings for the rest."""

    extractions: list[Extraction] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def records(self) -> list[dict[str, Any]]:
        return [r for ex in self.extractions for r in to_records(ex)]


def _where(doc: Document) -> str:
    return str(doc.path) if doc.path is not None else doc.stem


def safe_extract(doc: Document) -> tuple[Extraction | None, str | None]:
    """The extraction, or a one-line reason: a fault on one document must not stop the others."""
    try:
        return extract(doc), None
    except Exception as exc:  # reported as a skipped file; the batch goes on
        return None, f"{_where(doc)}: extraction failed ({_fault(exc)})"


def _fault(exc: Exception) -> str:
    """An unexpected exception as a short one-line reason."""
    return f"{type(exc).__name__}: {' '.join(str(exc).split())[:200]}"


def extract_documents(paths: list[Path], options: dict[str, Any],
                      select: Callable[[str], bool] | None = None) -> Extracted:
    """Read and extract every document under ``paths`` (what extract, eval and review import run)."""
    docs, skipped = read_documents(paths, options, select)
    out = Extracted(skipped=skipped)
    for doc in docs:
        ex, failure = safe_extract(doc)
        if ex is None:
            out.skipped.append(failure or _where(doc))
            continue
        out.warnings.extend(doc.warnings)
        out.warnings.extend(ex.problems)
        out.extractions.append(ex)
    return out


def extraction_part(ex: Extraction, review: ReviewFile | None = None) -> GraphPart:
    """A document's named graph from its extraction."""
    doc = ex.document
    records = to_records(ex)
    if review is not None:
        records = apply_decisions(records, review.decisions(doc.stem))
    spans = {s.index: (s.start, s.end, s.text) for s in ex.sentences}
    triples = records_to_triples(records, spans)
    title = f"text: {doc.meta.get('title') or doc.stem}"
    return GraphPart(document_graph(doc.stem), triples, title)


def document_part(doc: Document, review: ReviewFile | None = None) -> tuple[GraphPart, list[str]]:
    """A document's named graph and the extraction's warnings."""
    ex = extract(doc)
    return extraction_part(ex, review), ex.problems


class TextLoader:
    name = "text"
    title = "Vietnamese documents (.txt, .md, .html): bodies, posts, instruments, mandates, reporting"

    def read(self, paths: list[Path], options: dict[str, Any]) -> LoadResult:
        batch = extract_documents(paths, options)
        try:
            review = ReviewFile()
        except BomayError as exc:
            # Loading without the decisions would bring rejected facts back into the store.
            raise LoadError(f"review decisions cannot be read, nothing loaded: {exc}") from exc
        parts = [extraction_part(ex, review) for ex in batch.extractions]
        return LoadResult(parts=parts, problems=batch.skipped, warnings=batch.warnings)


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
