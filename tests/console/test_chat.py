"""`iop-bot chat` end to end: a piped script reaches real programs and a call plan."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.console.transcript import read_input

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = "\n".join(
    [
        "2",  # just show me programs
        "15217",
        "1",  # details of the first program
        "save",
        "questions",  # call preparation
        "/saved",
        "start over",
    ]
)


def run_chat(database_url: str, script: str) -> subprocess.CompletedProcess[str]:
    return chat_process({**os.environ, "DATABASE_URL": database_url}, script)


def chat_process(env: dict[str, str], script: str) -> subprocess.CompletedProcess[str]:
    """`iop-bot chat` with its input and output piped, in that environment."""
    return subprocess.run(
        [sys.executable, "-m", "bot", "chat"],
        input=script,
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=240,
        check=False,
    )


@pytest.mark.slow  # a real `iop-bot chat` process loading the whole directory
def test_a_piped_conversation_reaches_real_programs_and_exits_cleanly(database_url: str) -> None:
    result = run_chat(database_url, SCRIPT + "\n")

    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.startswith("Hi. I can help you find an intensive outpatient program")
    assert "> 15217" in out  # piped input is echoed so the output reads as a conversation
    assert "IOPs within 25 miles of 15217 (Pittsburgh, PA)" in out
    assert "Gateway Rehab (Squirrel Hill)" in out  # a real IOP from data/programs.csv
    assert "Before you call" in out
    assert "What to say first" in out
    assert "to your list" in out
    assert "Your saved programs:" in out
    assert "Okay, let's start over." in out
    assert result.stderr == ""


@pytest.mark.slow  # a real `iop-bot chat` process loading the whole directory
def test_end_of_input_at_any_point_exits_zero(database_url: str) -> None:
    result = run_chat(database_url, "1\nfor me")

    assert result.returncode == 0, result.stderr
    assert "First, is anyone in danger right now?" in result.stdout


@pytest.mark.parametrize(
    ("line", "kind", "text", "value"),
    [
        ("/start family", "command", "start", "family"),
        ("/HELP", "command", "help", ""),
        ("15213", "text", "15213", ""),
        ("/ not a command", "text", "/ not a command", ""),
    ],
    ids=["command-with-argument", "upper-case-command", "text", "slash-space"],
)
def test_a_typed_line_becomes_a_command_or_text(
    line: str, kind: str, text: str, value: str
) -> None:
    event = read_input(line)

    assert (event.kind, event.text, event.value) == (kind, text, value)
