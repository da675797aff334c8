"""Precision, recall and F1 per record type, computed exactly as ../shared/tools/score_extraction.py.

The official scorer lives outside the repository, so its matching is re-implemented here
(tests assert both give identical numbers when ../shared is present): bodies resolve to a gold
canonical name by folded name or alias (else the closest by word overlap >= 0.8); records
match one-to-one, greedily, in prediction order; gold records marked ``uncertain`` count
neither way.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

TYPES = ("organization", "mandate", "reporting", "post", "instrument")
_ABBREV = [
    (r"\bubnd\b", "uy ban nhan dan"), (r"\bhdnd\b", "hoi dong nhan dan"), (r"\bmttq\b", "mat tran to quoc"),
    (r"\btand\b", "toa an nhan dan"), (r"\bvksnd\b", "vien kiem sat nhan dan"), (r"\bubkt\b", "uy ban kiem tra"),
    (r"\bbtv\b", "ban thuong vu"), (r"\bbch\b", "ban chap hanh"), (r"\btw\b", "trung uong"),
    (r"\btp\.? ?hcm\b", "thanh pho ho chi minh"), (r"\btphcm\b", "thanh pho ho chi minh"),
    (r"\btp\.? ho chi minh\b", "thanh pho ho chi minh"), (r"\btp\b", "thanh pho"),
    (r"\bdang bo thanh pho\b", "thanh uy"),
]


def fold(s: str | None) -> str:
    if s is None:
        return ""
    s = unicodedata.normalize("NFD", s.lower())
    s = s.replace("\u0111", "d").replace("\u0110", "d")
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    s = re.sub(r"[^\w\s]", " ", s.replace(".", ". "))
    s = re.sub(r"\s+", " ", s).strip()
    for pat, rep in _ABBREV:
        s = re.sub(pat, rep, s)
    return re.sub(r"\s+", " ", s).strip()


def body_key(s: str | None) -> str:
    k = " " + fold(s) + " "
    k = re.sub(r" (thanh pho|tinh) (?=\S+ )", " ", k)
    return k.strip()


def overlap(a: str | None, b: str | None) -> float:
    ta, tb = set(fold(a).split()), set(fold(b).split())
    if not ta or not tb:
        return 0.0
    return len(ta & tb) / min(len(ta), len(tb))


class Bodies:
    def __init__(self, gold: list[dict[str, Any]]):
        self.by_doc: dict[str, dict[str, str]] = defaultdict(dict)
        for r in gold:
            if r["type"] == "organization":
                for n in [r["name"], *(r.get("aliases") or [])]:
                    self.by_doc[r["doc"]].setdefault(body_key(n), r["name"])

    def resolve(self, doc: str, name: str | None) -> str | None:
        if not name:
            return None
        f = body_key(name)
        table = self.by_doc.get(doc, {})
        if f in table:
            return table[f]
        fs = set(f.split())
        best, score = None, 0.0
        for k, canon in table.items():
            ks = set(k.split())
            s = len(fs & ks) / len(fs | ks)
            if s > score:
                best, score = canon, s
        return best if score >= 0.8 else "?" + f


@dataclass
class Outcome:
    """One record type's matching: true positives, and the records behind every error."""

    tp: int = 0
    false: list[dict[str, Any]] = field(default_factory=list)  # predictions no gold record took
    missed: list[dict[str, Any]] = field(default_factory=list)  # certain gold records nothing matched

    @property
    def counts(self) -> tuple[int, int, int]:
        return self.tp, len(self.false), len(self.missed)


def _match(gold: list[dict[str, Any]], pred: list[dict[str, Any]], key: Callable[[dict[str, Any]], Any],
           extra: Callable[[dict[str, Any], dict[str, Any]], bool] | None = None) -> Outcome:
    """Greedy one-to-one matching in prediction order; a match with uncertain gold counts neither way."""
    out = Outcome()
    used: set[int] = set()
    for p in pred:
        hit = None
        for i, g in enumerate(gold):
            if i in used or key(g) != key(p):
                continue
            if extra and not extra(g, p):
                continue
            hit = i
            break
        if hit is None:
            out.false.append(p)
        else:
            used.add(hit)
            if not gold[hit].get("uncertain"):
                out.tp += 1
    out.missed = [g for i, g in enumerate(gold) if i not in used and not g.get("uncertain")]
    return out


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def score(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> dict[str, tuple[int, int, int]]:
    """(tp, fp, fn) per record type; predictions for documents without gold are ignored."""
    return {t: o.counts for t, o in compare(gold, pred).items()}


def compare(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> dict[str, Outcome]:
    """The official matching per record type, keeping the records behind each error."""
    docs = {r["doc"] for r in gold}
    pred = [r for r in pred if r.get("doc") in docs]
    bodies = Bodies(gold)

    def of(rs: list[dict[str, Any]], t: str) -> list[dict[str, Any]]:
        return [r for r in rs if r.get("type") == t]

    res: dict[str, Outcome] = {}
    g_org = [dict(r, _k=(r["doc"], r["name"])) for r in of(gold, "organization")]
    seen: set[tuple[str, str | None]] = set()
    p_org = []
    for r in of(pred, "organization"):
        k = (r["doc"], bodies.resolve(r["doc"], r.get("name")))
        if k not in seen:
            seen.add(k)
            p_org.append(dict(r, _k=k))
    res["organization"] = _match(g_org, p_org, lambda r: r["_k"])

    def same_place(g: dict[str, Any], p: dict[str, Any]) -> bool:
        ps = p.get("sentence") or p.get("task") or ""
        return overlap(g["sentence"], ps) >= 0.5 or overlap(g.get("task") or "", ps) >= 0.6

    def mkey(r: dict[str, Any]) -> tuple[Any, ...]:
        return (r["doc"], bodies.resolve(r["doc"], r.get("assigner")), bodies.resolve(r["doc"], r.get("assignee")))

    res["mandate"] = _match(of(gold, "mandate"), of(pred, "mandate"), mkey, same_place)

    def rkey(r: dict[str, Any]) -> tuple[Any, ...]:
        return (r["doc"], bodies.resolve(r["doc"], r.get("reporter")), bodies.resolve(r["doc"], r.get("recipient")))

    res["reporting"] = _match(of(gold, "reporting"), of(pred, "reporting"), rkey, same_place)
    res["post"] = _match(of(gold, "post"), of(pred, "post"), lambda r: (r["doc"], fold(r.get("person"))),
                         lambda g, p: overlap(g.get("title"), p.get("title")) >= 0.6)

    def ikey(r: dict[str, Any]) -> tuple[str, str]:
        m = re.match(r"\s*(\d+)", r.get("id") or "")
        return (r["doc"], m.group(1) if m else fold(r.get("id")))

    res["instrument"] = _match(of(gold, "instrument"), of(pred, "instrument"), ikey)
    return res


def report_lines(res: dict[str, tuple[int, int, int]]) -> list[str]:
    """The official scorer's output lines."""
    lines = []
    f1 = {}
    for t, (tp, fp, fn) in res.items():
        p, r, f = prf(tp, fp, fn)
        f1[t] = f
        lines.append(f"{t:13s} tp={tp:3d} fp={fp:3d} fn={fn:3d}  P={p:.2f} R={r:.2f} F1={f:.2f}")
    lines.append("summary " + " ".join(f"{t}={f1[t]:.2f}" for t in TYPES))
    return lines


# ----- groups, splits and errors (bomay eval --by, --split, --errors) -------------------------
DEV_SPLIT: dict[str, tuple[str, ...]] = {"tune": ("a", "b", "d"), "untouched": ("c",)}
"""The project's fixed split of ../shared/dev (issue 11): rules are tuned on batches a, b, d and
the samples; batch c is never looked at and is scored only to report honestly."""

DEV_ENV = "BOMAY_DEV"


def dev_dir() -> Path:
    """The dev corpus: $BOMAY_DEV, else ../shared/dev beside the repository."""
    env = os.environ.get(DEV_ENV)
    return Path(env) if env else Path(__file__).resolve().parents[2].parent / "shared" / "dev"


_BATCH_RX = re.compile(r"[^\W\d_]+")


def batch_of(doc: str) -> str:
    """A document's batch: the letters its id starts with (a01 → a, h02_cantho → h), else 'other'."""
    m = _BATCH_RX.match(doc)
    return m.group(0).lower() if m else "other"


def parse_split(text: str) -> tuple[str, tuple[str, ...]]:
    """'tune=a,b,d' → ('tune', ('a', 'b', 'd')); raises ValueError when malformed."""
    name, sep, batches = text.partition("=")
    parts = tuple(b.strip().lower() for b in batches.split(",") if b.strip())
    if not sep or not name.strip() or not parts:
        raise ValueError(f"{text!r} is not NAME=BATCH[,BATCH...] (e.g. tune=a,b,d)")
    return name.strip(), parts


def only_docs(records: list[dict[str, Any]], docs: set[str]) -> list[dict[str, Any]]:
    return [r for r in records if r.get("doc") in docs]


MISS_CATEGORIES = ("target never found", "source never found", "both found, nothing in the sentence",
                   "wrong source in the sentence", "wrong target in the sentence", "other records in the sentence")


FALSE_CATEGORIES = ("false: no gold record in the sentence", "false: another source in the gold",
                    "false: another target in the gold", "false: a target the gold does not hold",
                    "false: other records in the gold")


def _sides(bodies: Bodies, r: dict[str, Any], others: list[dict[str, Any]], fields: tuple[str, str],
           r_is_gold: bool) -> tuple[list[dict[str, Any]], str | None]:
    """The records of the other side in ``r``'s sentence, and which of ``r``'s sides ("source", "target") they
    get wrong while sharing the other."""
    a, b = fields
    doc = r["doc"]
    here = [o for o in others if o.get("doc") == doc and overlap(
        (r if r_is_gold else o)["sentence"], (o if r_is_gold else r).get("sentence") or "") >= 0.5]
    src, dst = bodies.resolve(doc, r.get(a)), bodies.resolve(doc, r.get(b))
    if any(bodies.resolve(doc, o.get(b)) == dst for o in here):
        return here, "source"
    if any(bodies.resolve(doc, o.get(a)) == src for o in here):
        return here, "target"
    return here, None


def miss_categories(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> dict[str, Counter[str]]:
    """Why each missed mandate and report was missed, counted without showing any text: its target (assignee,
    recipient) or source body was never extracted in that document; both were, but nothing was extracted from
    its sentence; or a record of that sentence has one side wrong. Under "<type> false", the same for false records
    (a sentence the gold gives nothing; one side differs from the gold's). Lets a blind set be diagnosed unread."""
    bodies = Bodies(gold)
    outcomes = compare(gold, pred)
    found: dict[str, set[str | None]] = defaultdict(set)
    for r in pred:
        if r.get("type") == "organization":
            found[r["doc"]].add(bodies.resolve(r["doc"], r.get("name")))
    out: dict[str, Counter[str]] = {}
    for t, (a, b) in (("mandate", ("assigner", "assignee")), ("reporting", ("reporter", "recipient"))):
        counts: Counter[str] = Counter()
        for g in outcomes[t].missed:
            doc = g["doc"]
            here, wrong = _sides(bodies, g, [p for p in pred if p.get("type") == t], (a, b), True)
            if bodies.resolve(doc, g.get(b)) not in found[doc]:
                counts["target never found"] += 1
            elif bodies.resolve(doc, g.get(a)) not in found[doc] and not here:
                counts["source never found"] += 1
            elif not here:
                counts["both found, nothing in the sentence"] += 1
            else:
                counts[f"wrong {wrong} in the sentence" if wrong else "other records in the sentence"] += 1
        out[t] = counts
        false: Counter[str] = Counter()
        for p in outcomes[t].false:
            here, wrong = _sides(bodies, p, [g for g in gold if g.get("type") == t], (a, b), False)
            if not here:
                false["false: no gold record in the sentence"] += 1
            elif wrong:
                false[f"false: another {wrong} in the gold"] += 1
            elif (bodies.resolve(p["doc"], p.get(b)) or "").startswith("?"):
                false["false: a target the gold does not hold"] += 1
            else:
                false["false: other records in the gold"] += 1
        out[f"{t} false"] = false
    return out


ORG_CATEGORIES = ("missed, a false body of its kind is near", "missed, none like it", "false, near a missed body",
                  "false, near a found body", "false, like no gold body")


def organization_categories(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> Counter[str]:
    """Missed and false organisations sorted into likely naming slips (a false body of the same kind shares
    words with a missed one: the same body under another name or place) and bodies one side lacks, with the
    kinds involved; no names shown."""
    outcome = compare(gold, pred)["organization"]
    missed_ids = {id(g) for g in outcome.missed}
    gold_orgs = [g for g in gold if g.get("type") == "organization"]

    def near(a: dict[str, Any], b: dict[str, Any]) -> bool:
        if a["doc"] != b["doc"] or a.get("kind") != b.get("kind"):
            return False
        words = [set(body_key(n).split()) for n in [b.get("name"), *(b.get("aliases") or [])]]
        mine = set(body_key(a.get("name")).split())
        return any(mine and w and len(mine & w) / len(mine | w) >= 0.4 for w in words)

    counts: Counter[str] = Counter()

    def add(category: str, kind: str | None) -> None:
        counts[category] += 1
        counts[f"{category} [{kind}]"] += 1

    for g in outcome.missed:
        add(ORG_CATEGORIES[0] if any(near(f, g) for f in outcome.false) else ORG_CATEGORIES[1], g.get("kind"))
    for f in outcome.false:
        if any(near(f, g) for g in outcome.missed):
            add(ORG_CATEGORIES[2], f.get("kind"))
        elif any(near(f, g) for g in gold_orgs if id(g) not in missed_ids):
            add(ORG_CATEGORIES[3], f.get("kind"))
        else:
            add(ORG_CATEGORIES[4], f.get("kind"))
    return counts


def category_lines(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> list[str]:
    """The block of ``bomay eval --categories``: counts only."""
    lines = ["== categories of misses (counts only)"]
    for t, counts in miss_categories(gold, pred).items():
        for c in [*MISS_CATEGORIES, *FALSE_CATEGORIES]:
            if counts[c]:
                lines.append(f"{t.split()[0]:<13} {c:<38} {counts[c]:>4}")
    orgs = organization_categories(gold, pred)
    for c in ORG_CATEGORIES:
        if orgs[c]:
            by_kind = ", ".join(f"{k[len(c) + 2:-1]} {n}" for k, n in sorted(orgs.items())
                                if k.startswith(c + " ["))
            lines.append(f"{'organization':<13} {c:<38} {orgs[c]:>4}  ({by_kind})")
    return lines


def _short(text: str | None, width: int = 100) -> str:
    flat = " ".join((text or "").split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def error_lines(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> dict[str, list[str]]:
    """Per document, every missed and false record, bodies shown as the scorer resolves them.

    A predicted body the gold does not know is printed as '?NAME'; sentences are cut to their start.
    """
    bodies = Bodies(gold)
    outcomes = compare(gold, pred)
    lines: dict[str, list[str]] = defaultdict(list)

    def body(r: dict[str, Any], field_name: str, predicted: bool) -> str:
        name = r.get(field_name)
        if not predicted or not name:
            return str(name or "-")
        resolved = bodies.resolve(r["doc"], name)
        return "?" + str(name) if resolved is None or resolved.startswith("?") else resolved

    def describe(t: str, r: dict[str, Any], predicted: bool) -> str:
        if t == "organization":
            return str(r.get("name"))
        if t == "mandate":
            return f"{body(r, 'assigner', predicted)} → {body(r, 'assignee', predicted)} | {_short(r.get('sentence'))}"
        if t == "reporting":
            return f"{body(r, 'reporter', predicted)} → {body(r, 'recipient', predicted)} | {_short(r.get('sentence'))}"
        if t == "post":
            return f"{r.get('person')} | {r.get('title')}"
        return f"{r.get('id')} ({r.get('kind') or '-'})"

    for t in TYPES:
        for what, records, predicted in (("missed", outcomes[t].missed, False), ("false", outcomes[t].false, True)):
            for r in records:
                lines[r["doc"]].append(f"{t} {what}: {describe(t, r, predicted)}")
    return dict(lines)
