"""Reading a source document: its text (NFC, as stored) and its metadata.

Offsets everywhere in the text loader refer to ``Document.text``: the file decoded, HTML
reduced to its main text by trafilatura, line endings made ``\\n`` and the whole normalised to
Unicode NFC. Nothing else is changed (spacing and typos are kept), so a sentence's
``text[start:end]`` is exactly what the source says.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bomay.errors import LoadError

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
TEXT_SUFFIXES = {".txt", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES
# Documents a folder may hold that the loader cannot read: named, so nobody thinks they were loaded.
UNSUPPORTED_SUFFIXES = {".pdf", ".doc", ".docx", ".odt", ".rtf"}
META_FIELDS = ("title", "url", "publisher", "date", "event_date", "jurisdiction", "jurisdiction_code")
_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@dataclass
class Document:
    """A loaded document: ``stem`` names it (and its graph), ``text`` is what offsets index."""

    stem: str
    path: Path | None
    text: str
    meta: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)  # what was dropped on reading (the text still loaded)

    @property
    def date(self) -> str | None:
        """The day the document speaks for (event date first), as YYYY-MM-DD when known."""
        value = self.meta.get("event_date") or self.meta.get("date")
        return full_day(value) if value else None

    @property
    def year(self) -> int | None:
        day = self.date
        return int(day[:4]) if day else None


def full_day(value: str) -> str:
    """YYYY, YYYY-MM or YYYY-MM-DD as a day: the first day of the period."""
    parts = value.split("-")
    while len(parts) < 3:
        parts.append("01")
    return "-".join(parts[:3])


def decode(data: bytes, path: Path) -> str:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 with a BOM, then Windows-1258."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise LoadError(f"{path}: has a UTF-16 byte-order mark but is not valid UTF-16 ({exc.reason})") from exc
    if b"\x00" in data[:8192]:
        raise LoadError(f"{path}: looks like a binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1258")
    except UnicodeDecodeError as exc:
        raise LoadError(f"{path}: not UTF-8, UTF-16 or Windows-1258 text ({exc.reason} at byte {exc.start})") from exc
    controls = sum(1 for c in text if unicodedata.category(c) == "Cc" and c not in "\n\r\t\f")
    if controls > max(3, len(text) // 100):
        raise LoadError(f"{path}: looks like a binary file, not text")
    return text


def html_main_text(html: str, path: Path) -> str:
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_recall=True)
    if not text or not text.strip():
        raise LoadError(f"{path}: HTML with no main text (nothing for trafilatura to extract)")
    return text


def normalise(text: str) -> str:
    """The stored text: NFC, ``\\n`` line endings; spacing and everything else kept."""
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


def read_sidecar(path: Path) -> dict[str, Any]:
    """The metadata next to ``path`` (``NAME.meta.json``); raises LoadError when it is unusable.

    A broken sidecar stops its document: loaded without its jurisdiction and dates, the facts
    would name the wrong bodies and days, so the user is told to fix it instead.
    """
    meta_path = path.with_name(path.name.rsplit(".", 1)[0] + ".meta.json")
    if not meta_path.is_file():
        return {}
    try:
        data = json.loads(meta_path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as exc:
        raise LoadError(f"{path}: its sidecar {meta_path.name} is not UTF-8 "
                        f"({exc.reason} at byte {exc.start})") from exc
    except json.JSONDecodeError as exc:
        raise LoadError(f"{path}: its sidecar {meta_path.name} is not valid JSON ({exc.msg}, line {exc.lineno} "
                        f"column {exc.colno})") from exc
    except OSError as exc:
        raise LoadError(f"{path}: cannot read its sidecar {meta_path.name} ({exc.strerror or exc})") from exc
    if not isinstance(data, dict):
        raise LoadError(f"{path}: its sidecar {meta_path.name} is not a JSON object")
    return data


def clean_meta(meta: dict[str, Any], where: str) -> tuple[dict[str, Any], list[str]]:
    """Keep known fields with usable values; say which were dropped."""
    out: dict[str, Any] = {}
    problems: list[str] = []
    for key, value in meta.items():
        if key in ("date", "event_date"):
            if value is None:
                continue
            if not isinstance(value, str) or not _DATE_RE.match(value.strip()):
                problems.append(f"{where}: {key} {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD; ignored")
                continue
            value = value.strip()
        elif value is not None and not isinstance(value, str | int | float):
            problems.append(f"{where}: {key} is not a plain value; ignored")
            continue
        if value is not None:
            out[key] = str(value) if key in META_FIELDS else value
    return out, problems


def read_document(path: Path, overrides: dict[str, Any] | None = None,
                  max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[Document, list[str]]:
    """One document and the warnings met on the way (also kept in ``Document.warnings``).

    Raises LoadError, naming the file, when it cannot be used: wrong suffix, missing, over the
    size cap, empty, binary or undecodable, HTML without main text, or a broken sidecar.
    """
    if path.suffix.lower() not in SUFFIXES:
        raise LoadError(f"{path}: not a text document (expected {', '.join(sorted(SUFFIXES))})")
    if not path.is_file():
        raise LoadError(f"{path}: no such file")
    size = path.stat().st_size
    if size > max_bytes:
        raise LoadError(f"{path}: {size:,} bytes is over the size cap of {max_bytes:,} bytes (--max-bytes)")
    data = path.read_bytes()
    if not data.strip():
        raise LoadError(f"{path}: empty file")
    text = decode(data, path)
    if path.suffix.lower() in HTML_SUFFIXES:
        text = html_main_text(text, path)
    text = normalise(text)
    if not text.strip():
        raise LoadError(f"{path}: no text after decoding")
    meta, problems = clean_meta(read_sidecar(path), str(path.with_name(path.name.rsplit(".", 1)[0] + ".meta.json")))
    if overrides:
        extra, extra_problems = clean_meta({k: v for k, v in overrides.items() if v is not None}, "option")
        meta.update(extra)
        problems += extra_problems
    stem = path.name.rsplit(".", 1)[0]
    return Document(stem=stem, path=path, text=text, meta=meta, warnings=list(problems)), problems


def document_from_text(stem: str, text: str, meta: dict[str, Any] | None = None) -> Document:
    """A document made in memory (tests, benchmarks)."""
    clean, _ = clean_meta(meta or {}, stem)
    return Document(stem=stem, path=None, text=normalise(text), meta=clean)


def find_documents(paths: list[Path]) -> tuple[list[Path], list[str]]:
    """Files to read: the given files, and the documents inside given folders (recursively)."""
    found: list[Path] = []
    problems: list[str] = []
    for p in paths:
        if p.is_dir():
            files = sorted(f for f in p.rglob("*") if f.is_file())
            inside = [f for f in files if f.suffix.lower() in SUFFIXES]
            problems.extend(f"{f}: {f.suffix.lower()} is not supported (convert it to .txt or .html)"
                            for f in files if f.suffix.lower() in UNSUPPORTED_SUFFIXES)
            if not inside:
                problems.append(f"{p}: folder holds no .txt, .md or .html documents")
            found.extend(inside)
        elif p.exists():
            found.append(p)
        else:
            problems.append(f"{p}: no such file or folder")
    return _once(found), problems


def _once(files: list[Path]) -> list[Path]:
    """Each file once, though named twice (a folder and a file in it): it is one document."""
    seen: set[Path] = set()
    out = []
    for f in files:
        key = f.resolve()
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out
