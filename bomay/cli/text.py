"""Text commands: ``bomay extract``, ``bomay eval`` and ``bomay review``."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click
from rich.console import Console

from bomay.errors import BomayError

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


def _extract_records(paths: tuple[Path, ...], options: dict[str, Any]) -> tuple[list[dict[str, Any]], list[str]]:
    from bomay.loaders.text.extract import extract
    from bomay.loaders.text.loader import read_documents
    from bomay.loaders.text.records import to_records

    docs, problems = read_documents(list(paths), options)
    records: list[dict[str, Any]] = []
    for doc in docs:
        ex = extract(doc)
        problems.extend(ex.problems)
        records.extend(to_records(ex))
    return records, problems


def _print_problems(problems: list[str]) -> None:
    for p in problems:
        console.print(f"[yellow]skipped[/]: {p}", highlight=False)


@click.command("extract")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "-f", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl", show_default=True)
@click.option("--with-ids", is_flag=True, help="Add each record's review id (field 'rid') to the JSON lines.")
@meta_options
def extract_cmd(paths: tuple[Path, ...], fmt: str, with_ids: bool, **kw: Any) -> None:
    """Extract bodies, posts, instruments, mandates and reporting from documents (no store needed).

    jsonl prints exactly the gold schema of ../shared/gold (one record per line); table prints
    the mandates and reporting obligations for reading.
    """
    from bomay.loaders.text.records import gold_view

    records, problems = _extract_records(paths, _options(kw))
    _print_problems(problems)
    if fmt == "jsonl":
        for r in records:
            view = gold_view(r, with_ids)
            if view is not None:
                click.echo(json.dumps(view, ensure_ascii=False))
    else:
        _table(records)
    if problems and not records:
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
@click.option("--gold", "gold_path", required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Gold JSONL in the schema of ../shared/gold/seeds_gold.jsonl.")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@meta_options
def eval_cmd(gold_path: Path, paths: tuple[Path, ...], **kw: Any) -> None:
    """Extract the documents and score them against gold: precision, recall, F1 per record type.

    Matching is that of ../shared/tools/score_extraction.py; uncertain gold counts neither way.
    """
    from bomay.loaders.text.records import gold_view
    from bomay.loaders.text.scoring import report_lines, score

    gold = _read_jsonl(gold_path)
    records, problems = _extract_records(paths, _options(kw))
    _print_problems(problems)
    pred = [v for r in records if (v := gold_view(r)) is not None]
    for line in report_lines(score(gold, pred)):
        click.echo(line)


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
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
    records, problems = _extract_records(paths, _options(kw))
    _print_problems(problems)
    rf = _file(review_path)
    added, kept = rf.import_records(records)
    rf.save()
    console.print(f"{added} new record(s), {kept} already there, in {rf.path}")


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
    if r["type"] == "mandate":
        return f"{r['assigner']} → {r['assignee']}: {r['action']}"
    if r["type"] == "reporting":
        return f"{r['reporter']} báo cáo {r['recipient']} ({r.get('frequency') or '-'})"
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
