"""`iop-bot chat`: the conversation in a terminal, kept in the database like any chat."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol, TextIO

from bot.console.terminal import TerminalConsole
from bot.console.transcript import read_input, render_replies
from bot.core.dialogue import UserInput
from bot.service import ConversationService, Handled

QUIT_WORDS = frozenset({"/quit", "/exit", "quit", "exit"})


class Console(Protocol):
    """Where the chat reads answers and shows replies."""

    def lines(self) -> Iterator[str]:
        """Each answer, until the end of input."""
        ...

    def echo(self, line: str) -> None:
        """Show an answer that was read, when the reader would not otherwise see it."""
        ...

    def show(self, text: str) -> None:
        """Show one turn's replies."""
        ...


class PipedConsole:
    """Lines from a stream, replies written as they are: what scripts and transcripts rely on."""

    def __init__(self, stdin: TextIO, stdout: TextIO, *, echo: bool) -> None:
        self._stdin = stdin
        self._stdout = stdout
        self._echo = echo

    def lines(self) -> Iterator[str]:
        """Each line of the input."""
        yield from self._stdin

    def echo(self, line: str) -> None:
        """Piped answers are echoed, so the output reads as a conversation."""
        if self._echo:
            self._stdout.write(f"> {line.rstrip()}\n\n")

    def show(self, text: str) -> None:
        """The replies, then a blank line."""
        self._stdout.write(text + "\n\n")
        self._stdout.flush()


def open_console(stdin: TextIO, stdout: TextIO) -> Console:
    """Line editing and wrapping at a terminal; the plain stream whenever either end is piped."""
    if stdin.isatty() and stdout.isatty():
        return TerminalConsole(stdout)
    return PipedConsole(stdin, stdout, echo=not stdin.isatty())


def run_console(
    service: ConversationService,
    *,
    key: str,
    console: Console,
    language: str = "en",
) -> int:
    """Talk until end of input; each line is one answer. Returns the exit status."""
    address = f"console:{key}"

    def show(handled: Handled) -> None:
        console.show(render_replies(handled.replies, handled.language))

    def due_reminders() -> None:
        for due in service.claim_due(key=key):
            reminder = UserInput.command("reminder", due.reminder_id)
            show(service.handle(key, reminder, address=address))

    show(service.handle(key, UserInput.command("start", language), address=address))
    for line in console.lines():
        due_reminders()
        if line.strip().lower() in QUIT_WORDS:
            break
        console.echo(line)
        show(service.handle(key, read_input(line), address=address))
    return 0
