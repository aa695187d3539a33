"""The toolchain a contributor runs: the pre-commit hooks are valid and run the checks of
`make check` with the project's own tools."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def test_the_pre_commit_configuration_is_valid() -> None:
    result = subprocess.run(
        [str(BIN / "pre-commit"), "validate-config", ".pre-commit-config.yaml"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )

    assert result.returncode == 0, result.stdout + result.stderr


def test_the_hooks_run_lint_format_types_and_import_contracts_from_the_venv() -> None:
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    hooks = {hook["id"]: hook["entry"] for repo in config["repos"] for hook in repo["hooks"]}

    assert set(hooks) == {"ruff", "ruff-format", "mypy", "import-linter"}
    for entry in hooks.values():
        tool = entry.split()[0]
        assert tool.startswith(".venv/bin/")
        assert (BIN / Path(tool).name).exists(), tool
