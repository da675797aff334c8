"""Extracted facts as JSON records in exactly the gold schema (../shared/gold/README.md).

Types: organization, post, mandate, reporting, instrument. ``doc`` is the file stem; bodies are
named by their canonical Vietnamese names; ``sentence``, ``task``, ``about``, ``frequency`` and
``deadline`` are verbatim substrings of the document. Each record also gets a stable ``id``
(used by ``bomay review``) that the scorer ignores.
"""

from __future__ import annotations

import hashlib
import unicodedata
from typing import Any

from bomay.loaders.text.backoff import provenance
from bomay.loaders.text.extract import Extraction
from bomay.loaders.text.instruments import RECORDED_KINDS
from bomay.loaders.text.naming import Body

GOLD_FIELDS = {
    "organization": ("type", "doc", "name", "aliases", "kind", "level", "parent"),
    "post": ("type", "doc", "person", "title", "organization", "sentence"),
    "mandate": ("type", "doc", "sentence", "assigner", "assignee", "action", "task", "cooperate_with", "report_to",
                "frequency", "deadline"),
    "reporting": ("type", "doc", "sentence", "reporter", "recipient", "about", "frequency"),
    "instrument": ("type", "doc", "id", "kind", "issuer"),
}


def _id_key(text: str | None) -> str:
    """Cheap normal form for ids: NFC, lowercase, single spaces."""
    return " ".join(unicodedata.normalize("NFC", text or "").lower().split())


def record_id(record: dict[str, Any]) -> str:
    """A short stable id from a record's identifying fields (same facts, same id, every run)."""
    t = record["type"]
    if t == "organization":
        key = [record["name"]]
    elif t == "post":
        key = [record["person"], record["organization"], record["title"]]
    elif t == "mandate":
        key = [record["assigner"], record["assignee"], record["sentence"]]
    elif t == "reporting":
        key = [record["reporter"], record["recipient"], record["sentence"]]
    else:
        key = [record["kind"], record["id"]]
    digest = hashlib.sha1("\x1f".join([t, record["doc"], *(_id_key(k) for k in key)]).encode()).hexdigest()
    return f"{record['doc'][:12]}-{t[:3]}-{digest[:8]}"


def _name(body: Body | None) -> str | None:
    return body.name if body is not None else None


def _where(ex: Extraction, pos: int) -> dict[str, Any]:
    s = ex.sentence_at(pos)
    return {"sentence_index": s.index, "start": s.start, "end": s.end} if s else {}


def _deadline(d: Any) -> dict[str, Any] | None:
    if d is None:
        return None
    return {"text": d.text, "day": d.day, "first": d.first, "last": d.last}


def to_records(ex: Extraction, with_ids: bool = True) -> list[dict[str, Any]]:
    """Gold-schema records; each also carries ``x``: the IRIs, concepts and offsets the graph
    needs (``gold_view`` drops it again)."""
    doc = ex.document.stem
    out: list[dict[str, Any]] = []
    aliases: dict[str, list[str]] = {}
    for m in [*ex.mentions, *ex.nested]:
        forms = aliases.setdefault(m.body.iri, [])
        surface = " ".join(m.surface.split())
        if surface not in forms:
            forms.append(surface)
    meta = ex.document.meta
    out.append({"type": "document", "doc": doc, **{k: meta[k] for k in sorted(meta)},
                "x": {"sha256": hashlib.sha256(ex.document.text.encode("utf-8")).hexdigest(),
                      "jurisdiction_iri": ex.home.iri if ex.home is not None else None,
                      "chars": len(ex.document.text)}})
    for body in ex.bodies():
        out.append({"type": "organization", "doc": doc, "name": body.name, "aliases": aliases.get(body.iri, []),
                    "kind": body.kind, "level": body.level, "parent": _name(body.parent),
                    "x": {"iri": body.iri, "parent_iri": body.parent.iri if body.parent else None,
                          "collective": body.collective, "unit_iri": body.unit.iri if body.unit else None}})
    day = ex.document.date
    for p in ex.posts:
        s = ex.sentence_at(p.start)
        out.append({"type": "post", "doc": doc, "person": p.person, "title": " ".join(p.title.split()),
                    "organization": p.body.name, "sentence": s.text if s else None,
                    "x": {"org_iri": p.body.iri, "role": p.role, "date": day, **_where(ex, p.start)}})
    mandate_ids: dict[int, str] = {}
    seen_mandates: set[str] = set()
    report_ids: dict[int, str] = {}
    r: dict[str, Any]  # one record; its "x" field holds a nested dict
    for i, fact in enumerate(ex.mandates):
        r = {"type": "mandate", "doc": doc, "sentence": fact.sentence.text, "assigner": fact.assigner.name,
             "assignee": fact.assignee.name, "action": fact.action, "task": fact.task.strip(" ,;."),
             "cooperate_with": [b.name for b in fact.cooperate], "report_to": [b.name for b in fact.report_to],
             "frequency": "; ".join(dict.fromkeys(f.text for f in fact.frequencies)) or None,
             "deadline": fact.deadline.text if fact.deadline else None}
        mandate_ids[i] = record_id(r)
        if mandate_ids[i] in seen_mandates:
            continue
        seen_mandates.add(mandate_ids[i])
        out.append(r)
    for i, rep in enumerate(ex.reports):
        r = {"type": "reporting", "doc": doc, "sentence": rep.sentence.text, "reporter": rep.reporter.name,
             "recipient": rep.recipient.name, "about": rep.about or None,
             "frequency": rep.frequency.text if rep.frequency else None}
        report_ids[i] = record_id(r)
        r["x"] = {"reporter_iri": rep.reporter.iri, "recipient_iri": rep.recipient.iri,
                  "frequency_concept": rep.frequency.concept if rep.frequency else None,
                  "deadline": _deadline(rep.deadline), "topic": ex.report_topics.get(i),
                  "mandate": mandate_ids.get(rep.mandate) if rep.mandate is not None else None,
                  "sentence_index": rep.sentence.index, "start": rep.sentence.start, "end": rep.sentence.end,
                  **provenance(rep)}
        out.append(r)
    instrument_iris: dict[str, list[str]] = {}
    for inst in ex.instruments:
        out.append({"type": "instrument", "doc": doc, "id": inst.id, "kind": inst.kind, "issuer": _name(inst.issuer),
                    "x": {"iri": inst.iri, "party": inst.party, "date": inst.date, "year": inst.year,
                          "issuer_iri": inst.issuer.iri if inst.issuer else None}})
        if inst.issuer is not None:
            instrument_iris.setdefault(inst.issuer.iri, []).append(inst.iri)
    by_id = {record_id(r): r for r in out if r["type"] == "mandate"}
    for i, fact in enumerate(ex.mandates):
        r = by_id[mandate_ids[i]]
        if "x" in r:
            continue
        freq = next((f for f in fact.frequencies if f.concept), None)
        r["x"] = {"assigner_iri": fact.assigner.iri, "assignee_iri": fact.assignee.iri,
                  "cooperate_iris": [b.iri for b in fact.cooperate], "report_to_iris": [b.iri for b in fact.report_to],
                  "action_concept": fact.action_concept, "frequency_concept": freq.concept if freq else None,
                  "deadline": _deadline(fact.deadline), "topic": ex.topics.get(i),
                  "instruments": instrument_iris.get(fact.assigner.iri, []),
                  "chained_from": mandate_ids.get(fact.chained_from) if fact.chained_from is not None else None,
                  "continues": mandate_ids.get(fact.continues) if fact.continues is not None else None,
                  "reports": [report_ids[j] for j in fact.reports if j in report_ids],
                  "sentence_index": fact.sentence.index, "start": fact.sentence.start, "end": fact.sentence.end,
                  **provenance(fact)}
    if with_ids:
        for r in out:
            if r["type"] != "document":
                r["rid"] = record_id(r)
    return out


def gold_view(record: dict[str, Any], with_ids: bool = False) -> dict[str, Any] | None:
    """The record with exactly the gold schema's fields (None for non-gold types)."""
    fields = GOLD_FIELDS.get(record["type"])
    if fields is None or (record["type"] == "instrument" and record.get("kind") not in RECORDED_KINDS):
        return None
    out = {k: record.get(k) for k in fields}
    if record.get("uncertain"):
        out["uncertain"] = True
    if with_ids and record.get("rid"):
        out["rid"] = record["rid"]
    return out
