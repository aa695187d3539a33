"""The one table every benchmark prints: a measure, our bot, the echo bot, and the goal."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

HEADER = ("measure", "IOP Finder", "echo bot", "goal")


class Row(NamedTuple):
    """One line of the table; cells that do not apply stay empty."""

    measure: str
    ours: str
    echo: str = ""
    goal: str = ""


def format_table(rows: Sequence[Row]) -> str:
    """Aligned plain-text columns, a rule under the header; empty columns are left out."""
    columns = [0, *(i for i in (1, 2, 3) if any(row[i] for row in rows))]
    cells = [[HEADER[i] for i in columns], *([row[i] for i in columns] for row in rows)]
    widths = [max(len(line[c]) for line in cells) for c in range(len(columns))]
    lines = [
        "  ".join(f"{cell:<{w}}" for cell, w in zip(line, widths, strict=True)) for line in cells
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(line.rstrip() for line in lines)
