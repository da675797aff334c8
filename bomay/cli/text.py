"""Text commands: ``bomay extract``, ``bomay eval`` and ``bomay review``."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click
from rich.console import Console

from bomay.errors import BomayError

if TYPE_CHECKING:
    from bomay.loaders.text.loader import Extracted

console = Console(stderr=True)
out = Console()


def register(cli: click.Group) -> None:
    cli.add_command(extract_cmd)
    cli.add_command(eval_cmd)
    cli.add_command(review)


def meta_options(func: Any) -> Any:
    """Document metadata given on the command line (overrides the sidecar NAME.meta.json)."""
    for name, text in reversed([
        ("--jurisdiction", "The unit the document speaks for, e.g. 'Thành phố Hồ Chí Minh'."),
        ("--date", "Publication date: YYYY, YYYY-MM or YYYY-MM-DD."),
        ("--event-date", "Date of the event reported (meeting, signature)."),
        ("--title", "Title of the document."),
        ("--url", "Where the document was published."),
        ("--publisher", "Who published it."),
    ]):
        func = click.option(name, metavar="TEXT", help=text)(func)
    func = click.option("--max-bytes", type=int, metavar="N", help="Size cap per file (default 5 MB).")(func)
    return func


def _options(kw: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in kw.items() if v is not None}


def _extract(paths: tuple[Path, ...], options: dict[str, Any],
             select: Callable[[str], bool] | None = None) -> Extracted:
    """Read and extract; print one "skipped" line per unusable file and the warnings."""
    from bomay.loaders.text.loader import extract_documents

    batch = extract_documents(list(paths), options, select)
    print_outcome(batch.skipped, batch.warnings)
    return batch


def _one_line(text: str) -> str:
    return text.replace("\r", " ").replace("\n", " ")


def print_outcome(skipped: list[str], warnings: list[str]) -> None:
    """One line each on stderr: "skipped: PATH: reason" for a file that gave nothing, "warning: ..."
    for a document that was extracted anyway. Plain echo, so long paths are never wrapped."""
    for w in warnings:
        click.echo(f"{click.style('warning', fg='yellow')}: {_one_line(w)}", err=True)
    for p in skipped:
        click.echo(f"{click.style('skipped', fg='red')}: {_one_line(p)}", err=True)


@click.command("extract")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "-f", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl", show_default=True)
@click.option("--with-ids", is_flag=True, help="Add each record's review id (field 'rid') to the JSON lines.")
@click.option("--backoff/--no-backoff", default=None,
              help="Add the learned back-off's mandates and reports where the grammar found none.")
@meta_options
def extract_cmd(paths: tuple[Path, ...], fmt: str, with_ids: bool, backoff: bool | None, **kw: Any) -> None:
    """Extract bodies, posts, instruments, mandates and reporting from documents (no store needed).

    jsonl prints exactly the gold schema of ../shared/gold (one record per line); table prints
    the mandates and reporting obligations for reading. A file that cannot be read gets one
    "skipped: PATH: reason" line on stderr, the others are still extracted, and the exit
    status is 1; "warning:" lines are about documents that were extracted.
    """
    from bomay.loaders.text import backoff as learned
    from bomay.loaders.text.records import gold_view

    if backoff is not None:
        learned.ENABLED = backoff  # this process only: the command extracts and exits
    batch = _extract(paths, _options(kw))
    records = batch.records()
    if fmt == "jsonl":
        for r in records:
            view = gold_view(r, with_ids)
            if view is not None:
                click.echo(json.dumps(view, ensure_ascii=False))
    else:
        _table(records)
    if batch.skipped:
        sys.exit(1)


def _table(records: list[dict[str, Any]]) -> None:
    from rich.table import Table

    t = Table("doc", "assigner", "assignee", "action", "report to", "frequency", "deadline", show_lines=True)
    for r in records:
        if r["type"] == "mandate":
            t.add_row(r["doc"][:16], r["assigner"], r["assignee"], r["action"], "; ".join(r["report_to"]),
                      r["frequency"] or "", r["deadline"] or "")
    out.print(t)
    t = Table("doc", "reporter", "recipient", "about", "frequency", show_lines=True)
    for r in records:
        if r["type"] == "reporting":
            t.add_row(r["doc"][:16], r["reporter"], r["recipient"], (r["about"] or "")[:60], r["frequency"] or "")
    out.print(t)


@click.command("eval")
@click.option("--gold", "gold_path", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Gold JSONL in the schema of ../shared/gold/seeds_gold.jsonl.")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--by", "by", multiple=True, type=click.Choice(["batch", "doc"]),
              help="Also score each batch (the letters a document id starts with: a01 → a, h02_x → h; "
                   "ids without letters form batch 'other') or each document. Repeatable.")
@click.option("--split", "splits", multiple=True, metavar="NAME=B[,B...]",
              help="Also score a named group of batches, e.g. --split tune=a,b,d. Repeatable.")
@click.option("--only", "only", multiple=True, metavar="NAME",
              help="Read and score only the documents of this split (repeatable); others are not even read.")
@click.option("--errors", is_flag=True,
              help="List per document every missed and false organisation, mandate, reporting, post and "
                   "instrument (bodies as the scorer resolves them, '?NAME' when the gold does not know it).")
@click.option("--categories", is_flag=True,
              help="Count why missed mandates and reports were missed (a body never found; both found but "
                   "nothing extracted from the sentence; one side wrong), printing no text: diagnoses a "
                   "hold-out set without reading it.")
@click.option("--dev", is_flag=True,
              help="Use ../shared/dev (or $BOMAY_DEV): its gold and docs, --by batch and the project's "
                   "split (DEV_SPLIT in loaders/text/scoring.py: tune, untouched).")
@meta_options
def eval_cmd(gold_path: Path | None, paths: tuple[Path, ...], by: tuple[str, ...], splits: tuple[str, ...],
             only: tuple[str, ...], errors: bool, categories: bool, dev: bool, **kw: Any) -> None:
    """Extract the documents and score them against gold: precision, recall, F1 per record type.

    Matching is that of ../shared/tools/score_extraction.py; uncertain gold counts neither way.
    The last six lines are always the scorer's lines for everything scored (for all gold
    documents, so a gold document not given counts as all missed: a warning names it). With
    --by, --split or --errors, blocks headed '== doc ID', '== batch B', '== split NAME' come first.
    """
    from bomay.loaders.text.records import gold_view
    from bomay.loaders.text.scoring import DEV_SPLIT, batch_of, dev_dir, parse_split

    if dev:
        folder = dev_dir()
        if not folder.is_dir():
            raise BomayError(f"{folder}: no dev corpus there (set BOMAY_DEV to its folder)")
        gold_path = gold_path or folder / "gold.jsonl"
        paths = paths or (folder / "docs",)
        splits = splits or tuple(f"{k}={','.join(v)}" for k, v in DEV_SPLIT.items())
        by = by or ("batch",)
    if gold_path is None or not paths:
        raise click.UsageError("give --gold GOLD and documents, or --dev")
    try:
        named = dict(parse_split(s) for s in splits)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--split") from exc
    unknown = [n for n in only if n not in named]
    if unknown:
        raise click.BadParameter(f"no split named {', '.join(unknown)} (define it with --split NAME=B,...)",
                                 param_hint="--only")
    kept = {b for n in only for b in named[n]}

    def selected(doc: str) -> bool:
        return not kept or batch_of(doc) in kept

    gold = [r for r in _read_gold(gold_path) if selected(r["doc"])]
    batch = _extract(paths, _options(kw), selected)
    pred = [v for r in batch.records() if (v := gold_view(r)) is not None]
    _warn_coverage(gold, {ex.document.stem for ex in batch.extractions}, batch.skipped)
    if only:
        named = {n: b for n, b in named.items() if n in only}
    if categories:
        from bomay.loaders.text.scoring import category_lines
        for line in category_lines(gold, pred):
            click.echo(line)
    for line in _eval_lines(gold, pred, by, named, errors):
        click.echo(line)
    if batch.skipped:
        sys.exit(1)


def _warn_coverage(gold: list[dict[str, Any]], extracted: set[str], skipped: list[str]) -> None:
    """Say which gold documents were not extracted (they score as all missed) and which documents had no gold."""
    gold_docs = {r["doc"] for r in gold}
    absent = sorted(gold_docs - extracted)
    if absent and not skipped:
        click.echo(f"{click.style('warning', fg='yellow')}: {len(absent)} gold document(s) not given, scored as "
                   f"all missed: {', '.join(absent)}", err=True)
    elif absent:
        click.echo(f"{click.style('warning', fg='yellow')}: {len(absent)} gold document(s) not extracted (given "
                   f"but skipped, or not given), scored as all missed: {', '.join(absent)}", err=True)
    extra = sorted(extracted - gold_docs)
    if extra:
        click.echo(f"{click.style('warning', fg='yellow')}: {len(extra)} document(s) have no gold and are not "
                   f"scored: {', '.join(extra)}", err=True)


def _eval_lines(gold: list[dict[str, Any]], pred: list[dict[str, Any]], by: tuple[str, ...],
                splits: dict[str, tuple[str, ...]], errors: bool) -> list[str]:
    """The blocks of ``bomay eval``: documents, batches, splits, then the whole (scorer's lines)."""
    from bomay.loaders.text.scoring import batch_of, error_lines, only_docs, report_lines, score

    docs = sorted({r["doc"] for r in gold})
    lines: list[str] = []
    if "doc" in by or errors:
        wrong = error_lines(gold, pred) if errors else {}
        for d in docs:
            lines.append(f"== doc {d}")
            if "doc" in by:
                lines += report_lines(score(only_docs(gold, {d}), pred))
            if errors:
                lines += [f"  {e}" for e in wrong.get(d, [])] or ["  (no errors)"]
    if "batch" in by:
        for b in sorted({batch_of(d) for d in docs}):
            members = {d for d in docs if batch_of(d) == b}
            lines.append(f"== batch {b}: {len(members)} document(s)")
            lines += report_lines(score(only_docs(gold, members), pred))
    for name, batches in splits.items():
        members = {d for d in docs if batch_of(d) in batches}
        lines.append(f"== split {name} ({', '.join(batches)}): {len(members)} document(s)")
        if members:
            lines += report_lines(score(only_docs(gold, members), pred))
    if lines:
        lines.append(f"== all: {len(docs)} document(s)")
    return lines + report_lines(score(gold, pred))


def _read_gold(path: Path) -> list[dict[str, Any]]:
    """Gold records, each checked for what the scorer reads first (a clear line, not a KeyError)."""
    from bomay.loaders.text.scoring import TYPES

    rows = _read_jsonl(path)
    for n, r in enumerate(rows, 1):
        if not isinstance(r, dict) or not isinstance(r.get("doc"), str) or r.get("type") not in TYPES:
            raise BomayError(f"{path}: record {n} is not a gold record (needs 'doc' and a 'type' among "
                             f"{', '.join(TYPES)})")
    return rows


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    rows = []
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise BomayError(f"{path}: cannot read ({exc})") from exc
    for n, line in enumerate(text.splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise BomayError(f"{path}:{n}: not JSON ({exc.msg})") from exc
    return rows


# ----- review ---------------------------------------------------------------------------------
file_option = click.option("--file", "review_path", type=click.Path(dir_okay=False, path_type=Path),
                           envvar="BOMAY_REVIEWED", help="Review file [default: curated/reviewed.jsonl].")


@click.group()
def review() -> None:
    """Accept, reject or correct extracted facts; decisions live in curated/reviewed.jsonl.

    Typical use: 'bomay review import DOCS...', then 'bomay review list --status extracted',
    'bomay review accept ID', 'bomay review reject ID --note why',
    'bomay review correct ID --set assignee="Sở Nội vụ ..."'. Every build loads the accepted
    and corrected facts (and keeps rejections as decisions), so a rebuild never loses them.
    """


def _file(path: Path | None):
    from bomay.loaders.text.review import ReviewFile

    return ReviewFile(path)


@review.command("import")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@file_option
@meta_options
def review_import(paths: tuple[Path, ...], review_path: Path | None, **kw: Any) -> None:
    """Extract documents and add their facts to the review file as 'extracted' (decisions kept)."""
    batch = _extract(paths, _options(kw))
    rf = _file(review_path)
    added, kept = rf.import_records(batch.records())
    rf.save()
    console.print(f"{added} new record(s), {kept} already there, in {rf.path}")
    if batch.skipped:
        sys.exit(1)


@review.command("list")
@click.option("--doc", help="Only this document (file stem).")
@click.option("--status", type=click.Choice(["extracted", "accepted", "corrected", "rejected"]))
@click.option("--type", "kind", type=click.Choice(["mandate", "reporting", "post", "instrument"]))
@click.option("--format", "-f", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True)
@file_option
def review_list(doc: str | None, status: str | None, kind: str | None, fmt: str, review_path: Path | None) -> None:
    """List facts with their review status."""
    from rich.table import Table

    rows = _file(review_path).facts(doc, status, kind)
    if fmt == "jsonl":
        for r in rows:
            click.echo(json.dumps({k: v for k, v in r.items() if k != "x"}, ensure_ascii=False))
        return
    t = Table("id", "status", "type", "fact")
    for r in rows:
        t.add_row(r["rid"], r.get("status", "extracted"), r["type"], _describe(r))
    out.print(t)
    console.print(f"{len(rows)} record(s)")


def _describe(r: dict[str, Any]) -> str:
    x = r.get("x") or {}
    learned = f" [back-off, p={x.get('confidence')}]" if x.get("method") == "backoff" else ""
    if r["type"] == "mandate":
        return f"{r['assigner']} → {r['assignee']}: {r['action']}{learned}"
    if r["type"] == "reporting":
        return f"{r['reporter']} báo cáo {r['recipient']} ({r.get('frequency') or '-'}){learned}"
    if r["type"] == "post":
        return f"{r['person']}: {r['title']}"
    return f"{r['kind']} {r['id']} ({r.get('issuer') or '-'})"


@review.command("show")
@click.argument("rid")
@file_option
def review_show(rid: str, review_path: Path | None) -> None:
    """Show one record in full."""
    rec = _file(review_path).find(rid)
    click.echo(json.dumps(rec, ensure_ascii=False, indent=1))


@review.command("accept")
@click.argument("rids", nargs=-1)
@click.option("--doc", help="Accept every fact of this document still marked 'extracted'.")
@click.option("--note", help="Why (kept with the decision).")
@file_option
def review_accept(rids: tuple[str, ...], doc: str | None, note: str | None, review_path: Path | None) -> None:
    """Accept facts by id (or all pending facts of --doc)."""
    rf = _file(review_path)
    ids = list(rids) + ([r["rid"] for r in rf.facts(doc, "extracted")] if doc else [])
    if not ids:
        raise click.UsageError("give record ids, or --doc STEM")
    for rid in ids:
        rf.decide(rid, "accepted", note)
    rf.save()
    console.print(f"accepted {len(ids)} record(s)")


@review.command("reject")
@click.argument("rids", nargs=-1, required=True)
@click.option("--note", required=True, help="Why the fact is wrong (kept with the decision).")
@file_option
def review_reject(rids: tuple[str, ...], note: str, review_path: Path | None) -> None:
    """Reject facts: they are no longer asserted, the decision and its note are kept."""
    rf = _file(review_path)
    for rid in rids:
        rf.decide(rid, "rejected", note)
    rf.save()
    console.print(f"rejected {len(rids)} record(s)")


@review.command("correct")
@click.argument("rid")
@click.option("--set", "changes", multiple=True, required=True, metavar="FIELD=VALUE",
              help="A corrected field; bodies by name (resolved among the document's bodies), lists split on ';'.")
@click.option("--note", help="Why.")
@file_option
def review_correct(rid: str, changes: tuple[str, ...], note: str | None, review_path: Path | None) -> None:
    """Correct fields of a fact (it is then marked 'corrected')."""
    parsed: dict[str, str] = {}
    for c in changes:
        field, sep, value = c.partition("=")
        if not sep:
            raise click.BadParameter(f"{c!r} is not FIELD=VALUE", param_hint="--set")
        parsed[field.strip()] = value.strip()
    rf = _file(review_path)
    rec = rf.correct(rid, parsed, note)
    rf.save()
    console.print(f"corrected {rec['rid']}: {_describe(rec)}", highlight=False)
