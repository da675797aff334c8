"""Human review decisions, kept in a curated JSON Lines file that every build loads.

The file (default ``curated/reviewed.jsonl``) holds, per document, a ``document`` record (its
metadata, never its text), the ``organization`` and ``instrument`` records the facts refer to,
and the fact records (``mandate``, ``reporting``, ``post``) each with a ``rid`` and a ``status``:
``extracted`` (imported, not yet reviewed), ``accepted``, ``corrected`` or ``rejected`` (with a
``note``). Records are in the gold schema plus ``x`` (IRIs, offsets, concepts), so the build
needs neither the article nor the extractor. Writes are atomic (temp file, then rename).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from bomay.errors import BomayError
from bomay.textnorm import search_key

REVIEWED_ENV = "BOMAY_REVIEWED"
FACT_TYPES = ("mandate", "reporting", "post", "instrument")
STATUSES = ("extracted", "accepted", "corrected", "rejected")
TEXT_FIELDS = {"action", "task", "frequency", "deadline", "about", "title", "person", "sentence", "id", "kind"}
BODY_FIELDS = {"assigner": "assigner_iri", "assignee": "assignee_iri", "reporter": "reporter_iri",
               "recipient": "recipient_iri", "organization": "org_iri", "issuer": "issuer_iri"}
LIST_BODY_FIELDS = {"cooperate_with": "cooperate_iris", "report_to": "report_to_iris"}


def default_path() -> Path:
    env = os.environ.get(REVIEWED_ENV)
    if env:
        return Path(env)
    from bomay import curated

    return Path(curated.__file__).parent / "reviewed.jsonl"


class ReviewFile:
    """The curated decisions file: read whole, changed in memory, written atomically."""

    def __init__(self, path: Path | None = None):
        self.path = path or default_path()
        self.records: list[dict[str, Any]] = []
        if self.path.is_file():
            for n, line in enumerate(self.path.read_text(encoding="utf-8").splitlines(), 1):
                if not line.strip():
                    continue
                try:
                    self.records.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise BomayError(f"{self.path}:{n}: not JSON ({exc.msg})") from exc

    # ----- reading -------------------------------------------------------------------------
    def docs(self) -> list[str]:
        return list(dict.fromkeys(r["doc"] for r in self.records))

    def for_doc(self, stem: str) -> list[dict[str, Any]]:
        return [r for r in self.records if r["doc"] == stem]

    def decisions(self, stem: str) -> dict[str, dict[str, Any]]:
        return {r["rid"]: r for r in self.for_doc(stem) if r.get("rid") and r.get("status") not in (None, "extracted")}

    def find(self, rid: str) -> dict[str, Any]:
        matches = [r for r in self.records if r.get("rid") == rid or (r.get("rid") or "").endswith(rid)]
        if not matches:
            raise BomayError(f"no record {rid!r} in {self.path}; list them with 'bomay review list'")
        if len(matches) > 1:
            raise BomayError(f"{rid!r} matches {len(matches)} records: {', '.join(m['rid'] for m in matches[:5])}")
        return matches[0]

    def facts(self, doc: str | None = None, status: str | None = None, kind: str | None = None) -> list[dict[str, Any]]:
        return [r for r in self.records if r["type"] in FACT_TYPES and (doc is None or r["doc"] == doc)
                and (status is None or r.get("status", "extracted") == status) and (kind is None or r["type"] == kind)]

    # ----- changing ------------------------------------------------------------------------
    def import_records(self, records: Iterable[dict[str, Any]]) -> tuple[int, int]:
        """Add extracted records; decisions already made are kept. Returns (added, kept)."""
        by_rid = {r.get("rid"): i for i, r in enumerate(self.records) if r.get("rid")}
        docs_seen = {r["doc"] for r in self.records if r["type"] == "document"}
        added = kept = 0
        for rec in records:
            rec = dict(rec)
            if rec["type"] == "document":
                if rec["doc"] in docs_seen:
                    self.records = [r if not (r["type"] == "document" and r["doc"] == rec["doc"]) else rec
                                    for r in self.records]
                else:
                    self.records.append(rec)
                    docs_seen.add(rec["doc"])
                continue
            rid = rec.get("rid")
            if rid in by_rid:
                old = self.records[by_rid[rid]]
                if old.get("status", "extracted") == "extracted" or rec["type"] in ("organization",):
                    rec["status"] = old.get("status", "extracted")
                    self.records[by_rid[rid]] = rec
                kept += 1
                continue
            if rec["type"] in FACT_TYPES:
                rec["status"] = "extracted"
            self.records.append(rec)
            by_rid[rid] = len(self.records) - 1
            added += 1
        return added, kept

    def decide(self, rid: str, status: str, note: str | None = None) -> dict[str, Any]:
        if status not in STATUSES:
            raise BomayError(f"unknown status {status!r}; one of {', '.join(STATUSES)}")
        rec = self.find(rid)
        if rec["type"] not in FACT_TYPES:
            raise BomayError(f"{rec['rid']} is a {rec['type']} record; only facts "
                             f"({', '.join(FACT_TYPES)}) are reviewed")
        rec["status"] = status
        rec["reviewed"] = date.today().isoformat()
        if note:
            rec["note"] = note
        return rec

    def correct(self, rid: str, changes: dict[str, str], note: str | None = None) -> dict[str, Any]:
        rec = self.find(rid)
        x = rec.setdefault("x", {})
        for field, value in changes.items():
            if field in BODY_FIELDS:
                body = self.body_named(rec["doc"], value)
                rec[field] = body["name"]
                x[BODY_FIELDS[field]] = body["x"]["iri"]
            elif field in LIST_BODY_FIELDS:
                bodies = [self.body_named(rec["doc"], v.strip()) for v in value.split(";") if v.strip()]
                rec[field] = [b["name"] for b in bodies]
                x[LIST_BODY_FIELDS[field]] = [b["x"]["iri"] for b in bodies]
            elif field in TEXT_FIELDS:
                if field == "sentence":
                    raise BomayError("the sentence is the evidence and cannot be corrected; reject the record instead")
                rec[field] = value or None
                if field == "frequency":
                    x["frequency_concept"] = None
                if field == "deadline":
                    x["deadline"] = {"text": value} if value else None
            else:
                allowed = sorted(TEXT_FIELDS | set(BODY_FIELDS) | set(LIST_BODY_FIELDS))
                raise BomayError(f"cannot correct field {field!r}; correctable: {', '.join(allowed)}")
        return self.decide(rid, "corrected", note)

    def body_named(self, doc: str, name: str) -> dict[str, Any]:
        key = search_key(name)
        bodies = [r for r in self.for_doc(doc) if r["type"] == "organization"]
        for b in bodies:
            if key in {search_key(n) for n in [b["name"], *(b.get("aliases") or [])]}:
                return b
        known = "; ".join(b["name"] for b in bodies[:12])
        raise BomayError(f"no body named {name!r} in {doc}; known: {known}")

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(self.path.name + ".part")
        with tmp.open("w", encoding="utf-8") as fh:
            for r in self.records:
                fh.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")
        tmp.replace(self.path)


def apply_decisions(records: list[dict[str, Any]], decisions: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """Extracted records with the human decisions applied: corrected ones replaced, rejected and
    accepted ones marked (a rejected fact keeps only its decision in the graph)."""
    out = []
    for rec in records:
        decision = decisions.get(rec.get("rid", ""))
        if decision is None:
            out.append(rec)
        elif decision.get("status") == "corrected":
            out.append(decision)
        else:
            note = {"note": decision["note"]} if decision.get("note") else {}
            out.append({**rec, "status": decision["status"], **note})
    return out
