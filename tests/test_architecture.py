"""Size as a symptom: the pure core stays in pieces small enough to read and change."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

CORE = Path(__file__).resolve().parents[1] / "bot" / "core"
MODULES = sorted(CORE.rglob("*.py"))
MAX_MODULE_LINES = 500
MAX_CLASS_LINES = 300
MAX_FUNCTION_LINES = 60


def _name(path: Path) -> str:
    return str(path.relative_to(CORE.parent.parent))


@pytest.mark.parametrize("path", MODULES, ids=_name)
def test_no_core_module_class_or_function_grows_past_its_limit(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    too_long = []
    if len(source.splitlines()) > MAX_MODULE_LINES:
        too_long.append(f"module: {len(source.splitlines())} lines")
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            lines = (node.end_lineno or node.lineno) - node.lineno + 1
            limit = MAX_CLASS_LINES if isinstance(node, ast.ClassDef) else MAX_FUNCTION_LINES
            if lines > limit:
                too_long.append(f"{node.name}: {lines} lines")

    assert too_long == []


def test_a_screen_is_one_module_that_registers_itself() -> None:
    from bot.core.dialogue.registry import SCREENS

    modules = {type(screen).__module__.rsplit(".", 1)[-1] for screen in SCREENS.values()}
    on_disk = {p.stem for p in (CORE / "dialogue" / "screens").glob("*.py")} - {"__init__"}

    assert modules == on_disk  # every screen module registers, and nothing else does
