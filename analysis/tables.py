"""A result table and its three renderings: a rich table, CSV and JSON."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Table:
    """One analytic's answer. Columns named ``*_iri`` are for scripts and hidden on the terminal."""

    name: str
    title: str
    description: str
    columns: list[str]
    rows: list[list[Any]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    total: int | None = None  # rows before the limit

    def limited(self, limit: int) -> Table:
        rows = self.rows if limit <= 0 else self.rows[:limit]
        return Table(self.name, self.title, self.description, self.columns, rows, self.notes, len(self.rows))

    def as_dict(self) -> dict[str, Any]:
        return {"title": self.title, "description": self.description, "columns": self.columns,
                "rows": [dict(zip(self.columns, row, strict=True)) for row in self.rows],
                "total_rows": self.total if self.total is not None else len(self.rows), "notes": self.notes}

    def visible_columns(self) -> list[int]:
        return [i for i, c in enumerate(self.columns) if not c.endswith("_iri")]


def _cell(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.4g}" if abs(value) < 1 else f"{value:,.1f}".rstrip("0").rstrip(".")
    if isinstance(value, list | tuple | set):
        return "; ".join(str(v) for v in value)
    return "" if value is None else str(value)


def to_csv(tables: list[Table]) -> str:
    """One plain CSV for one table; several are separated by a ``# name`` line and a blank line."""
    out = io.StringIO()
    for i, table in enumerate(tables):
        if len(tables) > 1:
            out.write(("\n" if i else "") + f"# {table.name}\n")
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(table.columns)
        for row in table.rows:
            writer.writerow([_cell(v) for v in row])
    return out.getvalue()


def to_json(tables: list[Table]) -> str:
    return json.dumps({t.name: t.as_dict() for t in tables}, ensure_ascii=False, indent=2, default=list)


def print_tables(tables: list[Table], console: Any) -> None:
    from rich.table import Table as RichTable

    for table in tables:
        shown = table.visible_columns()
        rich = RichTable(*[table.columns[i].replace("_", " ") for i in shown], title=table.title,
                         caption=table.description, title_justify="left", caption_justify="left")
        for row in table.rows:
            rich.add_row(*[_cell(row[i]) for i in shown])
        console.print(rich if table.rows else f"[bold]{table.title}[/]: no rows")
        more = (table.total or 0) - len(table.rows)
        if more > 0:
            console.print(f"  … {more} more row(s); use --limit 0 for all", highlight=False)
        for note in table.notes:
            console.print(f"  note: {note}", highlight=False)
        console.print()
