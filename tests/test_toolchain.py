"""The toolchain a contributor runs: the pre-commit hooks are valid and run the checks of
`make check` with the project's own tools; the lock pins what pyproject.toml asks for."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from importlib import metadata
from pathlib import Path

import yaml
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

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


def _locked() -> dict[str, str]:
    """Each package the lock pins, by normalized name, with its version."""
    text = (ROOT / "requirements.lock").read_text(encoding="utf-8")
    return {
        canonicalize_name(found.group(1)): found.group(2)
        for found in re.finditer(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)", text, re.M)
    }


def _declared() -> list[Requirement]:
    """The dependencies pyproject.toml names: main, and the dev and postgres extras."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras = project["optional-dependencies"]
    names = [*project["dependencies"], *extras["dev"], *extras["postgres"]]
    return [Requirement(name) for name in names]


def test_every_dependency_in_pyproject_is_pinned_in_the_lock_at_a_version_it_allows() -> None:
    locked = _locked()
    wrong = {
        str(req): locked.get(canonicalize_name(req.name), "missing")
        for req in _declared()
        if not req.specifier.contains(locked.get(canonicalize_name(req.name), "0"), True)
    }

    assert wrong == {}, "pyproject.toml changed without `make lock`"


def test_the_extras_asked_of_dependencies_are_locked_too() -> None:
    # python-telegram-bot[job-queue,webhooks,rate-limiter] needs APScheduler, tornado and
    # aiolimiter; psycopg[binary] needs psycopg-binary: each as the installed metadata says.
    locked = _locked()
    missing = [
        f"{req.name}[{extra}]: {needed.name}"
        for req in _declared()
        for extra in req.extras
        for needed in map(Requirement, metadata.requires(req.name) or [])
        if needed.marker and needed.marker.evaluate({"extra": extra})
        if canonicalize_name(needed.name) not in locked
    ]

    assert missing == []


def test_every_locked_package_carries_hashes_so_pip_checks_what_it_installs() -> None:
    lines = (ROOT / "requirements.lock").read_text(encoding="utf-8").splitlines()
    pins = "\n".join(line for line in lines if not line.startswith("#"))
    blocks = re.split(r"\n(?=[A-Za-z0-9])", pins.strip())
    unhashed = [block.split()[0] for block in blocks if "--hash=sha256:" not in block]

    assert len(blocks) == len(_locked())
    assert unhashed == []
