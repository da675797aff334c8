"""The README, run: its console examples print what it shows, and the commands, options and
named queries it lists exist, so the documentation cannot drift from the program."""

from __future__ import annotations

import csv
import io
import itertools
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO, invoke_cli, read_only_cli

README = (REPO / "README.md").read_text(encoding="utf-8")
BIN = Path(sys.executable).parent


def console_examples(text: str) -> list[tuple[str, list[str]]]:
    """Each ``$ command`` of a ```console block (a command runs on until its quotes close) and
    the lines printed after it."""
    examples: list[tuple[str, list[str]]] = []
    for block in re.findall(r"```console\n(.*?)```", text, flags=re.S):
        lines = block.splitlines()
        i = 0
        while i < len(lines):
            if not lines[i].startswith("$ "):
                i += 1
                continue
            command = lines[i][2:]
            i += 1
            while not _complete(command):
                command += "\n" + lines[i]
                i += 1
            output = []
            while i < len(lines) and not lines[i].startswith("$ "):
                output.append(lines[i].rstrip())
                i += 1
            examples.append((command, output))
    return examples


def _complete(command: str) -> bool:
    try:
        shlex.split(command)
    except ValueError:  # an open quote: the command goes on on the next line
        return False
    return True


def command_rows(text: str) -> list[tuple[str, str]]:
    """(subcommand, the whole table row) for every ``| `bomay NAME ...` |`` row."""
    return re.findall(r"^\| `bomay ([a-z][a-z-]*)[^`]*` \|(.*)$", text, flags=re.M)


EXAMPLES = console_examples(README)


def test_the_readme_has_examples_and_command_tables() -> None:
    # The parsers above find what the README holds (a README rewritten in another shape
    # must update them, not silently test nothing).
    assert len(EXAMPLES) >= 2
    assert {"build", "query", "validate", "serve"} <= {name for name, _ in command_rows(README)}


@pytest.mark.parametrize(("command", "expected"), EXAMPLES, ids=[c.split("\n")[0][:60] for c, _ in EXAMPLES])
def test_console_example_prints_what_the_readme_shows(built_store: Path, command: str, expected: list[str]) -> None:
    env = dict(os.environ, BOMAY_STORE=str(built_store), PATH=f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}")
    result = subprocess.run(["bash", "-o", "pipefail", "-c", command], capture_output=True, text=True, env=env,
                            cwd=REPO, timeout=300)
    assert result.returncode == 0, result.stderr
    printed = [line.rstrip() for line in result.stdout.rstrip("\n").splitlines()]
    assert printed == expected


@pytest.mark.parametrize(("name", "row"), command_rows(README), ids=[n for n, _ in command_rows(README)])
def test_every_listed_command_and_option_exists(name: str, row: str) -> None:
    result = invoke_cli(name, "--help")
    assert result.returncode == 0, result.stderr
    for option in sorted(set(re.findall(r"(?<![\w-])--[a-z][a-z-]*", row))):
        assert option in result.stdout, f"bomay {name} has no {option} (README: {row.strip()})"


def test_the_named_queries_listed_are_the_named_queries(tmp_path: Path) -> None:
    listed = re.search(r"Named queries \(`bomay queries` lists their parameters\):(.*?)\.\s", README, flags=re.S)
    assert listed, "the README's sentence listing the named queries has changed shape"
    in_readme = set(re.findall(r"`([a-z]+)`", listed.group(1)))
    result = invoke_cli("queries", store=tmp_path / "store")
    assert result.returncode == 0, result.stderr
    in_program = set(re.findall(r"^([a-z]+)  ", result.stdout, flags=re.M))
    assert in_readme == in_program


INLINE = re.findall(r"\(`(bomay query [^`]+)`\)", README)


@pytest.mark.parametrize("command", INLINE)
def test_inline_query_examples_answer(built_store: Path, command: str) -> None:
    args = shlex.split(command)[1:]
    result = read_only_cli(*args, "-f", "csv", store=built_store)
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) > 1, f"{command} answers no rows"


def test_the_chain_of_command_runs_as_the_readme_says(built_store: Path) -> None:
    # "runs through UBND Quận 1 to UBND Thành phố Hồ Chí Minh and the Government, beside the
    # party line from Đảng ủy phường Bến Nghé through Quận ủy Quận 1 to the Thành ủy"
    assert "`bomay query chain -p body=\"Ủy ban nhân dân phường Bến Nghé\" -p date=2024-01-01`" in README
    result = read_only_cli("query", "chain", "-p", "body=Ủy ban nhân dân phường Bến Nghé", "-p", "date=2024-01-01",
                           "-f", "csv", store=built_store)
    assert result.returncode == 0, result.stderr
    edges = {(row[1], row[4]) for row in csv.reader(io.StringIO(result.stdout))}
    for line in (["Ủy ban nhân dân phường Bến Nghé", "Ủy ban nhân dân Quận 1", "Ủy ban nhân dân Thành phố Hồ Chí Minh",
                  "Chính phủ"],
                 ["Đảng ủy phường Bến Nghé", "Quận ủy Quận 1", "Thành ủy Thành phố Hồ Chí Minh"]):
        for lower, upper in itertools.pairwise(line):
            assert (lower, upper) in edges, (lower, upper)
