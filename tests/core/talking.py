"""A conversation typed from /start, as the tests of words people type play it."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.core.dialogue import Dialogue, Outcome, UserInput

NOW = datetime(2026, 11, 26, 15, 0, tzinfo=UTC)


def talk(dialogue: Dialogue, *typed: str) -> Outcome:
    """/start, then each message typed in turn: the last outcome."""
    outcome = dialogue.advance(None, UserInput.command("start"), NOW)
    for message in typed:
        outcome = dialogue.advance(outcome.conversation, UserInput.say(message), NOW)
    return outcome


def replied(outcome: Outcome) -> str:
    """Everything the last message was answered with."""
    return "\n".join(r.text for r in outcome.replies)
