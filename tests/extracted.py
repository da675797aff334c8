"""What the text loader extracts from one sentence, in the gold's view: shared by the tests that check a reading
on sentences written for them."""

from __future__ import annotations

from bomay.loaders.text.documents import document_from_text
from bomay.loaders.text.extract import extract
from bomay.loaders.text.records import gold_view, to_records
from bomay.loaders.text.scoring import body_key as k


def records(text: str, meta: dict[str, str]) -> list[dict]:
    """The gold-schema records extracted from ``text`` as a document with ``meta`` (jurisdiction, date)."""
    doc = document_from_text("t", text, meta)
    return [r for r in (gold_view(r) for r in to_records(extract(doc))) if r]


def names(text: str, meta: dict[str, str]) -> set[str]:
    """The matching keys of the organisations extracted."""
    return {k(r["name"]) for r in records(text, meta) if r["type"] == "organization"}


def mandates(text: str, meta: dict[str, str]) -> list[tuple[str, str]]:
    """(assignee key, task) of each mandate extracted, in order."""
    return [(k(r["assignee"]), r["task"]) for r in records(text, meta) if r["type"] == "mandate"]


def reports(text: str, meta: dict[str, str]) -> list[tuple[str, str]]:
    """(reporter key, recipient key) of each reporting obligation extracted, in order."""
    return [(k(r["reporter"]), k(r["recipient"])) for r in records(text, meta) if r["type"] == "reporting"]
