"""Run mypy on the bomay package as it is installed, from this checkout.

The package is assembled from several top-level folders (``graph/`` is ``bomay.graph``, and so
on: ``package-dir`` in pyproject.toml). mypy cannot follow setuptools' editable-install finder,
so this lays out a tree of symbolic links shaped like the installed package, checks it with
``mypy -p bomay`` (settings from ``[tool.mypy]``), and prints each error under the file's own
path in the checkout. The tree and mypy's cache live in the virtual environment, so a second run
only rechecks what changed.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def link_tree(root: Path) -> None:
    """``root/bomay/...`` with every package of ``package-dir`` at its dotted place."""
    package_dir: dict[str, str] = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"][
        "package-dir"]
    for name in sorted(package_dir, key=lambda n: n.count(".")):
        target = root.joinpath(*name.split("."))
        target.mkdir(parents=True, exist_ok=True)
        for entry in (REPO / package_dir[name]).iterdir():
            link = target / entry.name
            if entry.name == "__pycache__" or link.exists():
                continue  # a subpackage directory made from its own package-dir entry
            if entry.is_dir() and f"{name}.{entry.name}" in package_dir:
                continue
            link.symlink_to(entry)


def main() -> int:
    root = Path(sys.prefix) / "bomay-mypy-tree"
    shutil.rmtree(root, ignore_errors=True)  # rebuilt every time: files come and go
    link_tree(root)
    env = dict(os.environ, MYPYPATH=str(root))
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", str(REPO / "pyproject.toml"),
         "--cache-dir", str(Path(sys.prefix) / ".mypy_cache"), "-p", "bomay", *sys.argv[1:]],
        cwd=root, env=env, capture_output=True, text=True,
    )
    for line in (proc.stdout + proc.stderr).splitlines():
        match = re.match(r"([^:]+\.pyi?)(:.*)", line)
        if match and (root / match.group(1)).exists():
            real = (root / match.group(1)).resolve()
            line = os.path.relpath(real, REPO) + match.group(2)
        print(line)
    return proc.returncode


if __name__ == "__main__":
    sys.exit(main())
