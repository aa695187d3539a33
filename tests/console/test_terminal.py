"""`iop-bot chat` at a real (pseudo-)terminal: editing keys, history, a prompt, wrapped replies;
and piped, exactly the stream it always wrote."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from bot.console.terminal import display_width
from bot.console.transcript import read_input, render_replies
from bot.core.dialogue import Dialogue, UserInput
from tests.console.pseudo_terminal import (
    END_OF_INPUT,
    ENTER,
    LEFT,
    UP,
    ChatTerminal,
    screen_lines,
)
from tests.console.test_chat import chat_process
from tests.services import a_service

RESULTS = "IOPs within 25 miles of 15217 (Pittsburgh, PA)"
WHERE = "Type a ZIP code or a city and state"


@pytest.fixture(name="env")
def env_fixture(database_url: str, tmp_path: Path) -> dict[str, str]:
    """The chat's environment: its own database, an empty home, no readline configuration."""
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in {"COLUMNS", "LINES"}}
    return {
        **env,
        "DATABASE_URL": database_url,
        "HOME": str(home),
        "INPUTRC": os.devnull,  # the person's own key bindings (vi mode…) are not the test's
        "TERM": "xterm",
    }


@pytest.fixture(name="terminal")
def terminal_fixture(env: dict[str, str]) -> Iterator[ChatTerminal]:
    """The chat on a 40-column terminal."""
    terminal = ChatTerminal(env, columns=40)
    yield terminal
    terminal.close()


@pytest.mark.slow  # a real `iop-bot chat` process loading the whole directory
def test_at_a_terminal_keys_edit_and_recall_lines_and_replies_fit_the_window(
    terminal: ChatTerminal, env: dict[str, str]
) -> None:
    terminal.wait_for("(Type a number or words.)")
    terminal.type(b"2" + ENTER)
    terminal.wait_for(WHERE)
    # "1527", left arrow, "1": the 1 goes before the 7, so the place asked for is 15217.
    terminal.type(b"1527" + LEFT + b"1" + ENTER)
    terminal.wait_for(RESULTS)
    narrow = len(terminal.output)
    terminal.resize(72)
    terminal.type(UP + ENTER)  # the last line again: the same search, shown a second time
    terminal.wait_for(RESULTS, times=2)
    terminal.type(END_OF_INPUT)

    assert terminal.finish() == 0
    lines = screen_lines(terminal.output[:narrow])
    assert lines[-1] == "> "  # the prompt, waiting for the next answer
    too_wide = [line for line in lines if display_width(line) > 40]
    assert too_wide == []
    wider = screen_lines(terminal.output[narrow:])
    assert max(display_width(line) for line in wider) in range(41, 73)  # the new width is used
    assert list(Path(env["HOME"]).iterdir()) == []  # no history file: it stays in memory


@pytest.mark.slow  # a real `iop-bot chat` process loading the whole directory
def test_at_a_terminal_no_word_is_split_and_nothing_is_lost(
    terminal: ChatTerminal, env: dict[str, str]
) -> None:
    terminal.wait_for("(Type a number or words.)")
    terminal.type(b"2" + ENTER)
    terminal.wait_for(WHERE)
    terminal.type(b"15217" + ENTER)
    terminal.wait_for(RESULTS)
    terminal.type(b"1" + ENTER)
    terminal.wait_for("Map location")
    terminal.interrupt()  # Ctrl-C at the prompt ends the chat quietly
    assert terminal.finish() == 0
    assert "Traceback" not in terminal.output.decode()

    piped = run_piped(env, "2\n15217\n1\n")
    typed = {"2", "15217", "1"}
    shown = [word for line in screen_lines(terminal.output) for word in _bot_words(line, typed)]
    assert shown == [word for line in piped.splitlines() for word in _bot_words(line, typed)]


@pytest.mark.slow  # a real `iop-bot chat` process loading the whole directory
def test_piped_output_is_the_replies_and_echoed_answers_unwrapped_whatever_the_width(
    env: dict[str, str], real_dialogue: Dialogue, engine: Engine
) -> None:
    script = ["2", "15217", "1"]

    out = run_piped({**env, "COLUMNS": "40"}, "".join(f"{line}\n" for line in script))

    service = a_service(real_dialogue, engine)
    expected = ""
    for line in ["", *script]:
        event = read_input(line) if line else UserInput.command("start", "en")
        handled = service.handle("expected", event, address="console:expected")
        echoed = f"> {line}\n\n" if line else ""
        expected += echoed + render_replies(handled.replies, handled.language) + "\n\n"
    assert out == expected
    assert max(len(line) for line in out.splitlines()) > 40


def run_piped(env: dict[str, str], script: str) -> str:
    """The chat with its input and output piped; returns what it wrote."""
    result = chat_process(env, script)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return result.stdout


def _bot_words(line: str, typed: set[str]) -> list[str]:
    """The words of a line the bot wrote, leaving out the echo (piped) or prompt line (typed)."""
    words = line.split()
    if words[:1] == [">"] and set(words[1:]) <= typed:
        return []
    return words
