"""The shipped systemd units (deploy/systemd/) read as systemd reads them, for the tests: their
settings, and the command lines they run with the instance and variables filled in."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

from tests.deploy.tools import DEPLOY

UNITS = DEPLOY / "systemd"
WORKER = UNITS / "iop-bot@.service"
MIGRATE = UNITS / "iop-bot-migrate.service"
# Where the units expect the project and its virtual environment.
PREFIX = "/srv/iop-finder"
BINARY = f"{PREFIX}/.venv/bin/iop-bot"


def settings_of(unit: Path) -> dict[str, list[str]]:
    """Every KEY=value of a unit by key (a key may be given more than once), sections merged."""
    found: dict[str, list[str]] = {}
    for line in unit.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith(("#", ";", "[")):
            continue
        key, _, value = line.partition("=")
        found.setdefault(key.strip(), []).append(value.strip())
    return found


def environment_of(unit: Path) -> dict[str, str]:
    """The variables a unit sets itself with Environment= (not its EnvironmentFile)."""
    variables: dict[str, str] = {}
    for assignment in settings_of(unit).get("Environment", []):
        for word in shlex.split(assignment):
            name, _, value = word.partition("=")
            variables[name] = value
    return variables


def referenced(command: str) -> set[str]:
    """The variables a command line uses, as ${NAME} or $NAME."""
    return {braced or bare for braced, bare in re.findall(r"\$\{(\w+)\}|\$(\w+)", command)}


def command_line(unit: Path, *, instance: str = "", **variables: str) -> list[str]:
    """The unit's ExecStart as systemd runs it: %i is the instance, ${NAME} one word and $NAME
    split on spaces, from ``variables`` first, then the unit's own Environment=."""
    (command,) = settings_of(unit)["ExecStart"]
    values = {**environment_of(unit), **variables}
    missing = referenced(command) - set(values)
    assert not missing, f"{unit.name}: ExecStart uses variables nobody sets: {missing}"
    words = []
    for word in shlex.split(command.replace("%i", instance).replace("%%", "%")):
        whole = re.fullmatch(r"\$\{(\w+)\}", word)
        if whole:
            words.append(values[whole[1]])
        elif re.fullmatch(r"\$(\w+)", word):
            words.extend(values[word[1:]].split())
        else:
            words.append(re.sub(r"\$\{(\w+)\}", lambda m: values[m[1]], word))
    return words
