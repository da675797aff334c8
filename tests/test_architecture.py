"""The layers stay layered: the store layer and the loaders know nothing of the web or analytics,
and the store layer nothing of the loaders (so a maintainer can read graph/ on its own)."""

from __future__ import annotations

import ast
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def imports(folder: str) -> list[tuple[str, str]]:
    """(file, imported module) for every bomay import in the folder's Python files, lazy ones included."""
    found = []
    for path in sorted((REPO / folder).rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            found += [(str(path.relative_to(REPO)), n) for n in names if n.startswith("bomay.")]
    assert found, f"no bomay imports found under {folder}: is the layout still the same?"
    return found


def violations(folder: str, forbidden: tuple[str, ...]) -> list[str]:
    return [f"{f} imports {m}" for f, m in imports(folder) if m.startswith(forbidden)]


def test_graph_and_loaders_import_nothing_from_web_or_analysis() -> None:
    for folder in ("graph", "loaders"):
        assert violations(folder, ("bomay.web", "bomay.analysis")) == []


def test_graph_imports_nothing_from_loaders() -> None:
    assert violations("graph", ("bomay.loaders",)) == []


def test_the_checker_sees_imports_across_layers() -> None:
    # web/ does import graph/ (the allowed direction), lazily inside functions too: a checker that
    # missed those would pass whatever graph/ imported.
    web = imports("web")
    assert any(m.startswith("bomay.graph") for _, m in web)
    assert ("web/backend.py", "bomay.config") in web  # an import inside a function
