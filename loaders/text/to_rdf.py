"""Records (``records.to_records``, or reviewed records from the curated file) to triples.

One named graph per document. Every fact is ``prov:wasDerivedFrom`` its ``bm:Sentence``;
sentences carry their exact text and ``bm:start``/``bm:end`` offsets (code points, 0-based,
end exclusive) into the document text as stored: the file decoded, HTML reduced to its main
text, line endings ``\\n``, Unicode NFC. Reporting obligations also give plain
``org:reportsTo`` edges (reporter -> recipient) in the same graph, for generic tools.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from typing import Any

import pyoxigraph as ox

from bomay.loaders.text.vocabulary import vocabulary
from bomay.namespaces import (
    ACTION,
    BM,
    DCT,
    DOCTYPE,
    ELI,
    FOAF,
    FREQUENCY,
    ID,
    LEVEL,
    OA,
    ORG,
    PROV,
    RDF,
    REVIEW,
    ROLE,
    SCHEMA,
    SKOS,
    TOPIC,
    XSD,
)
from bomay.searchkeys import with_search_keys
from bomay.textnorm import slug

# Body kind -> local name of its bm: class, and the levels of the bml: scheme (vocabulary tables).
KIND_CLASS = vocabulary().kind_class()
# Instrument kinds whose bmd: document type is not the slug of the kind ("Chương trình hành động"
# -> bmd:chuong-trinh), from instrument_kinds.csv; any other kind uses its own slug.
DOCTYPE_SLUGS = {slug(k): d for k, d in vocabulary().instrument_kinds().items() if slug(k) != d}
LEVELS = set(vocabulary().levels())

_TYPE = ox.NamedNode(RDF + "type")


def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def _s(value: str, lang: str | None = None) -> ox.Literal:
    return ox.Literal(value, language=lang) if lang else ox.Literal(value)


def _date(value: str) -> ox.Literal:
    return ox.Literal(value, datatype=_n(XSD + "date"))


def _int(value: int) -> ox.Literal:
    return ox.Literal(str(value), datatype=_n(XSD + "integer"))


def sentence_iri(stem: str, index: int) -> str:
    return f"{ID}doc/{slug(stem) or 'doc'}/s{index}"


def doc_iri(stem: str) -> str:
    return f"{ID}doc/{slug(stem) or 'doc'}"


def mandate_iri(stem: str, rid: str) -> str:
    return f"{ID}mandate/{slug(stem)}/{rid.rsplit('-', 1)[-1]}"


def reporting_iri(stem: str, rid: str) -> str:
    return f"{ID}reporting/{slug(stem)}/{rid.rsplit('-', 1)[-1]}"


class TripleSink:
    def __init__(self) -> None:
        self.triples: list[ox.Triple] = []

    def add(self, s: str | ox.NamedNode, p: str, o: ox.NamedNode | ox.Literal | str) -> None:
        subj = _n(s) if isinstance(s, str) else s
        obj = _n(o) if isinstance(o, str) else o
        self.triples.append(ox.Triple(subj, _n(p), obj))


def _is_day(value: Any) -> bool:
    return isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-"


def document_triples(out: TripleSink, rec: dict[str, Any], text_note: bool = True) -> str:
    stem = rec["doc"]
    d = doc_iri(stem)
    out.add(d, RDF + "type", BM + "SourceDocument")
    if rec.get("title"):
        out.add(d, DCT + "title", _s(rec["title"], "vi"))
        out.add(d, SKOS + "prefLabel", _s(rec["title"], "vi"))
    out.add(d, DCT + "identifier", _s(stem))
    if rec.get("url"):
        with contextlib.suppress(ValueError):  # not an IRI: left out rather than stored as text
            out.add(d, SCHEMA + "url", _n(str(rec["url"])))
    if rec.get("publisher"):
        out.add(d, SCHEMA + "publisher", _s(str(rec["publisher"])))
    if _is_day(rec.get("date")):
        out.add(d, SCHEMA + "datePublished", _date(rec["date"]))
    elif rec.get("date"):
        out.add(d, DCT + "date", _s(str(rec["date"])))
    if _is_day(rec.get("event_date")):
        out.add(d, BM + "eventDate", _date(rec["event_date"]))
    x = rec.get("x") or {}
    if x.get("jurisdiction_iri"):
        out.add(d, BM + "jurisdiction", x["jurisdiction_iri"])
    if x.get("sha256"):
        out.add(d, BM + "sha256", _s(x["sha256"]))
    if text_note:
        out.add(d, DCT + "description", _s(
            "Offsets of its sentences count Unicode code points of the document text as stored: decoded, "
            "HTML reduced to main text, line endings \\n, NFC.", "en"))
    return d


def body_triples(out: TripleSink, rec: dict[str, Any]) -> None:
    x = rec.get("x") or {}
    iri = x.get("iri")
    if not iri:
        return
    kind = rec.get("kind") or "other"
    if x.get("collective"):
        out.add(iri, RDF + "type", BM + "Collective")
        out.add(iri, BM + "memberKind", BM + KIND_CLASS.get(kind, "OtherBody"))
    else:
        out.add(iri, RDF + "type", BM + KIND_CLASS.get(kind, "OtherBody"))
    out.add(iri, SKOS + "prefLabel", _s(rec["name"], "vi"))
    for alias in rec.get("aliases") or []:
        if alias and alias != rec["name"]:
            out.add(iri, SKOS + "hiddenLabel", _s(alias, "vi"))
    if rec.get("level") in LEVELS:
        out.add(iri, BM + "level", LEVEL + rec["level"])
    if x.get("parent_iri") and x["parent_iri"] != iri:
        out.add(iri, ORG + "subOrganizationOf", x["parent_iri"])
    if x.get("unit_iri"):
        out.add(iri, BM + "jurisdiction", x["unit_iri"])


def sentence_triples(out: TripleSink, stem: str, index: int, start: int, end: int, text: str) -> str:
    s = sentence_iri(stem, index)
    out.add(s, RDF + "type", BM + "Sentence")
    out.add(s, OA + "hasSource", doc_iri(stem))
    out.add(s, BM + "text", _s(text))
    out.add(s, BM + "start", _int(start))
    out.add(s, BM + "end", _int(end))
    out.add(s, BM + "index", _int(index))
    return s


def _status(out: TripleSink, subject: str, rec: dict[str, Any]) -> None:
    status = rec.get("status")
    if status in ("accepted", "corrected", "rejected", "extracted"):
        out.add(subject, BM + "reviewStatus", REVIEW + status)
    if rec.get("note"):
        out.add(subject, BM + "reviewNote", _s(str(rec["note"])))


def _deadline(out: TripleSink, subject: str, d: dict[str, Any] | None, text: str | None) -> None:
    if text:
        out.add(subject, BM + "deadlineText", _s(text))
    if not d:
        return
    if d.get("day"):
        out.add(subject, BM + "deadline", _date(d["day"]))
    elif d.get("first") and d.get("last"):
        out.add(subject, BM + "deadlineStart", _date(d["first"]))
        out.add(subject, BM + "deadlineEnd", _date(d["last"]))


BACKOFF_METHOD = f"{ID}method/backoff"


def _method(out: TripleSink, subject: str, x: dict[str, Any]) -> None:
    """A fact the learned back-off added (not the grammar) says so, with the model's probability;
    the method itself is described beside it, so the IRI explains itself wherever the fact goes."""
    if x.get("method") == "backoff":
        out.add(subject, PROV + "wasGeneratedBy", BACKOFF_METHOD)
        out.add(subject, BM + "confidence", ox.Literal(str(x.get("confidence", 0)), datatype=_n(XSD + "decimal")))
        out.add(BACKOFF_METHOD, RDF + "type", PROV + "Activity")
        out.add(BACKOFF_METHOD, SKOS + "prefLabel", _s("bổ sung nhiệm vụ bằng mô hình học máy", "vi"))
        out.add(BACKOFF_METHOD, SKOS + "prefLabel", _s("learned back-off for duties the grammar missed", "en"))
        out.add(BACKOFF_METHOD, DCT + "description", _s(
            "A logistic regression over candidate (assigner, assignee) pairs in sentences with a duty cue where "
            "the rule grammar found no mandate; trained on the official dev gold (batches a, b, d) and the "
            "samples. bm:confidence is its probability; see docs/text-loader.md.", "en"))


def mandate_triples(out: TripleSink, rec: dict[str, Any], sentence: str | None) -> str:
    x = rec.get("x") or {}
    m = mandate_iri(rec["doc"], rec["rid"])
    if sentence:
        out.add(m, PROV + "wasDerivedFrom", sentence)
    _status(out, m, rec)
    if rec.get("status") == "rejected":
        return m
    out.add(m, RDF + "type", BM + "Mandate")
    _method(out, m, x)
    out.add(m, BM + "assigner", x["assigner_iri"])
    out.add(m, BM + "assignee", x["assignee_iri"])
    for iri in x.get("cooperate_iris") or []:
        out.add(m, BM + "cooperatingBody", iri)
    for iri in x.get("report_to_iris") or []:
        out.add(m, BM + "reportTo", iri)
    if x.get("action_concept"):
        out.add(m, BM + "action", ACTION + x["action_concept"])
    if rec.get("action"):
        out.add(m, BM + "actionText", _s(rec["action"]))
    if rec.get("task"):
        out.add(m, BM + "task", _s(rec["task"]))
    if x.get("frequency_concept"):
        out.add(m, BM + "frequency", FREQUENCY + x["frequency_concept"])
    if rec.get("frequency"):
        out.add(m, BM + "frequencyText", _s(rec["frequency"]))
    _deadline(out, m, x.get("deadline"), rec.get("deadline"))
    if x.get("topic"):
        out.add(m, BM + "topic", TOPIC + x["topic"])
    for iri in x.get("instruments") or []:
        out.add(m, BM + "instrument", iri)
    if x.get("chained_from"):
        out.add(m, BM + "chainedFrom", mandate_iri(rec["doc"], x["chained_from"]))
    if x.get("continues"):
        out.add(m, BM + "continues", mandate_iri(rec["doc"], x["continues"]))
    for rid in x.get("reports") or []:
        out.add(m, BM + "hasReportingObligation", reporting_iri(rec["doc"], rid))
    label = f"{rec['assigner']} → {rec['assignee']}: {rec.get('action') or ''}".strip(": ")
    out.add(m, SKOS + "prefLabel", _s(label, "vi"))
    return m


def reporting_triples(out: TripleSink, rec: dict[str, Any], sentence: str | None) -> str:
    x = rec.get("x") or {}
    r = reporting_iri(rec["doc"], rec["rid"])
    if sentence:
        out.add(r, PROV + "wasDerivedFrom", sentence)
    _status(out, r, rec)
    if rec.get("status") == "rejected":
        return r
    out.add(r, RDF + "type", BM + "ReportingObligation")
    _method(out, r, x)
    out.add(r, BM + "reporter", x["reporter_iri"])
    out.add(r, BM + "recipient", x["recipient_iri"])
    if rec.get("about"):
        out.add(r, BM + "about", _s(rec["about"]))
    if x.get("frequency_concept"):
        out.add(r, BM + "frequency", FREQUENCY + x["frequency_concept"])
    if rec.get("frequency"):
        out.add(r, BM + "frequencyText", _s(rec["frequency"]))
    d = x.get("deadline")
    _deadline(out, r, d, d.get("text") if d else None)
    if x.get("topic"):
        out.add(r, BM + "topic", TOPIC + x["topic"])
    out.add(x["reporter_iri"], ORG + "reportsTo", x["recipient_iri"])
    return r


def post_triples(out: TripleSink, rec: dict[str, Any], sentence: str | None) -> None:
    x = rec.get("x") or {}
    if rec.get("status") == "rejected" or not x.get("org_iri"):
        return
    person = f"{ID}person/{slug(rec['person'])}"
    out.add(person, RDF + "type", FOAF + "Person")
    out.add(person, SCHEMA + "name", _s(rec["person"], "vi"))
    tenure = f"{ID}tenure/{slug(rec['doc'])}/{slug(rec['person'])}/{rec['rid'].rsplit('-', 1)[-1]}"
    out.add(tenure, RDF + "type", BM + "Tenure")
    out.add(tenure, ORG + "member", person)
    out.add(tenure, ORG + "organization", x["org_iri"])
    if x.get("role"):
        out.add(tenure, ORG + "role", ROLE + x["role"])
    out.add(tenure, BM + "titleText", _s(rec["title"]))
    if _is_day(x.get("date")):
        out.add(tenure, DCT + "date", _date(x["date"]))
    if sentence:
        out.add(tenure, PROV + "wasDerivedFrom", sentence)
    _status(out, tenure, rec)


def instrument_triples(out: TripleSink, rec: dict[str, Any]) -> None:
    x = rec.get("x") or {}
    if rec.get("status") == "rejected" or not x.get("iri"):
        return
    i = x["iri"]
    out.add(i, RDF + "type", BM + ("PartyDocument" if x.get("party") else "LegalInstrument"))
    out.add(i, ELI + "id_local", _s(rec["id"]))
    kind_slug = DOCTYPE_SLUGS.get(slug(rec["kind"]), slug(rec["kind"]))
    out.add(i, ELI + "type_document", DOCTYPE + kind_slug)
    out.add(i, SKOS + "prefLabel", _s(f"{rec['kind']} {rec['id']}", "vi"))
    if _is_day(x.get("date")):
        out.add(i, ELI + "date_document", _date(x["date"]))
    if x.get("issuer_iri"):
        out.add(i, ELI + "passed_by", x["issuer_iri"])


def records_to_triples(records: Iterable[dict[str, Any]], sentence_text: dict[int, tuple[int, int, str]] | None = None
                       ) -> list[ox.Triple]:
    """Triples for one document's records (a ``document`` record first). ``sentence_text``
    maps sentence index to (start, end, text) when the caller has the document; otherwise the
    records' own ``sentence`` and offsets are used."""
    out = TripleSink()
    sentences: dict[int, str] = {}
    stem = None
    for rec in records:
        t = rec["type"]
        stem = rec["doc"]
        if t == "document":
            document_triples(out, rec)
            continue
        if t == "organization":
            body_triples(out, rec)
            continue
        if t == "instrument":
            instrument_triples(out, rec)
            continue
        x = rec.get("x") or {}
        index = x.get("sentence_index")
        sentence = None
        if index is not None and rec.get("sentence"):
            if index not in sentences:
                start, end, text = (sentence_text or {}).get(index, (x.get("start"), x.get("end"), rec["sentence"]))
                if start is not None and end is not None:
                    sentences[index] = sentence_triples(out, stem, index, start, end, text)
            sentence = sentences.get(index)
        if t == "mandate":
            mandate_triples(out, rec, sentence)
        elif t == "reporting":
            reporting_triples(out, rec, sentence)
        elif t == "post":
            post_triples(out, rec, sentence)
    return with_search_keys(_dedupe(out.triples))


def _dedupe(triples: list[ox.Triple]) -> list[ox.Triple]:
    return list(dict.fromkeys(triples))
