"""Every fixed word of the pages has its Vietnamese, and the language choice works on every page kind."""

from __future__ import annotations

import re
from pathlib import Path

from bomay.analysis import model, viz
from bomay.web import entity, i18n

WEB = Path(__file__).resolve().parents[1] / "web"
CALL = re.compile(r"""\bt\(\s*(["'])(.+?)\1\s*[,)]""")


def used_messages() -> set[str]:
    found: set[str] = set()
    for path in [*WEB.glob("templates/*.html"), *WEB.glob("*.py"), *WEB.parent.glob("analysis/*.py")]:
        if path.name != "i18n.py":
            found.update(m.group(2) for m in CALL.finditer(path.read_text(encoding="utf-8")))
    found.update(("Graph view", "Analytics"))  # the navigation bar's extra links
    found.update((viz.HINT, viz.NOTHING, *model.CATEGORIES.values(), *model.RELATIONS))  # the graph view's words
    for table in (entity.SHORTCUTS, entity.INVERSE, entity.TERM_NAMES, entity.DUTY_ROLES, entity.EVENT_ROLES):
        found.update(table.values())
    return found


def test_every_message_on_the_pages_has_a_vietnamese_translation() -> None:
    messages = used_messages()
    assert len(messages) > 60
    missing = sorted(m for m in messages if m not in i18n.VI)
    assert not missing, missing


def test_translator_falls_back_to_english_and_fills_fields() -> None:
    vi, en = i18n.translator("vi"), i18n.translator("en")
    assert vi("Search") == "Tìm kiếm" and en("Search") == "Search"
    assert vi("{n} results for", n=3) == "3 kết quả cho"
    assert vi("not a known message") == "not a known message"
