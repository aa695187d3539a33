"""`iop-bot chat`: the conversation in a terminal, kept in the database like any chat."""

from __future__ import annotations

from typing import TextIO

from bot.console.transcript import read_input, render_replies
from bot.core.dialogue import UserInput
from bot.service import ConversationService, Handled

QUIT_WORDS = frozenset({"/quit", "/exit", "quit", "exit"})


def run_console(
    service: ConversationService,
    *,
    key: str,
    stdin: TextIO,
    stdout: TextIO,
    echo: bool,
    language: str = "en",
) -> int:
    """Talk until end of input; each line is one answer. Returns the exit status."""
    address = f"console:{key}"

    def show(handled: Handled) -> None:
        stdout.write(render_replies(handled.replies, handled.language) + "\n\n")
        stdout.flush()

    def due_reminders() -> None:
        for due in service.claim_due(key=key):
            reminder = UserInput.command("reminder", due.reminder_id)
            show(service.handle(key, reminder, address=address))

    show(service.handle(key, UserInput.command("start", language), address=address))
    for line in stdin:
        due_reminders()
        if line.strip().lower() in QUIT_WORDS:
            break
        if echo:
            stdout.write(f"> {line.rstrip()}\n\n")
        show(service.handle(key, read_input(line), address=address))
    return 0
