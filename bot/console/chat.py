"""`iop-bot chat`: the conversation in a terminal, state kept in the database like any chat."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TextIO

from bot.console.transcript import read_input, render_replies
from bot.core.dialogue import Dialogue, Reply, State, UserInput
from bot.storage.conversations import ConversationStore, ReminderQueue

QUIT_WORDS = frozenset({"/quit", "/exit", "quit", "exit"})


def run_console(
    dialogue: Dialogue,
    store: ConversationStore,
    *,
    key: str,
    stdin: TextIO,
    stdout: TextIO,
    clock: Callable[[], datetime],
    echo: bool,
    language: str = "en",
    reminders: ReminderQueue | None = None,
) -> int:
    """Talk until end of input; each line is one answer. Returns the exit status."""
    address = f"console:{key}"

    def handle(event: UserInput) -> tuple[list[Reply], str]:
        def step(state: State | None) -> tuple[State, tuple[list[Reply], str]]:
            new_state, replies = dialogue.advance(state, event, clock())
            return new_state, (replies, str(new_state.get("lang", language)))

        return store.update(key, step, address=address)

    def due_reminders() -> None:
        if reminders is None:
            return
        for due in reminders.claim_due(clock(), key=key):
            show(handle(UserInput.command("reminder", due.reminder_id)))

    def show(turn: tuple[list[Reply], str]) -> None:
        replies, spoken = turn
        stdout.write(render_replies(replies, spoken) + "\n\n")
        stdout.flush()

    show(handle(UserInput.command("start", language)))
    for line in stdin:
        due_reminders()
        if line.strip().lower() in QUIT_WORDS:
            break
        if echo:
            stdout.write(f"> {line.rstrip()}\n\n")
        show(handle(read_input(line)))
    return 0
