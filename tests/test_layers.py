"""The package's layers point one way: graph/ (the store) knows nothing of loaders, the web or
analytics, and loaders/ nothing of the web or analytics, so each can be used and tested alone."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.conftest import REPO

# folder -> packages its modules must not import
FORBIDDEN = {
    "graph": ("bomay.loaders", "bomay.web", "bomay.analysis"),
    "loaders": ("bomay.web", "bomay.analysis"),
}


def imported_modules(path: Path) -> set[str]:
    """Every module an ``import`` or ``from ... import`` names, at any depth (lazy imports too)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


@pytest.mark.parametrize("folder", sorted(FORBIDDEN))
def test_no_import_against_the_layers(folder: str) -> None:
    files = sorted((REPO / folder).rglob("*.py"))
    assert files, folder
    wrong = [f"{path.relative_to(REPO)} imports {name}"
             for path in files for name in sorted(imported_modules(path))
             if name.startswith(FORBIDDEN[folder])]
    assert wrong == []


def test_the_check_sees_lazy_imports(tmp_path: Path) -> None:
    # validate.py once imported the shapes graph's name from loaders/ inside the module body;
    # an import inside a function must be caught just the same.
    sample = tmp_path / "m.py"
    sample.write_text("def f():\n    from bomay.loaders.ontology import SHAPES_GRAPH\n", encoding="utf-8")
    assert "bomay.loaders.ontology" in imported_modules(sample)
