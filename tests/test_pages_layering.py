"""The analysis package and the resolver do not reach into the web app (no import cycle)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def imported_modules(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def test_analysis_and_lookup_never_import_the_web_app() -> None:
    files = [*sorted((ROOT / "analysis").glob("*.py")), ROOT / "graph" / "lookup.py"]
    offenders = {f.name: sorted(m for m in imported_modules(f) if m.startswith("bomay.web")) for f in files}
    assert {name: mods for name, mods in offenders.items() if mods} == {}


def test_the_web_app_includes_the_analysis_router_directly() -> None:
    app = (ROOT / "web" / "app.py").read_text(encoding="utf-8")
    assert "import_module" not in app and "include_router(analysis_routes.router)" in app
