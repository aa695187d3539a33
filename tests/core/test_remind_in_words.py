"""A reminder asked for in words where a program is in view: its page, or the list by number."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.dialogue import Dialogue
from tests.core.talking import replied, talk

TO_RESULTS = ("2", "15222")  # Pittsburgh, Eastern time; NOW is Thursday 10:00 there
FIRST, SECOND = "Pyramid Healthcare Inc", "TCV Alternatives"


@pytest.mark.parametrize(
    ("opened", "typed", "name", "due"),
    [
        ("details 1", "remind me tomorrow at 10am", FIRST, datetime(2026, 11, 27, 15, 0)),
        ("details 2", "remind me tomorrow at noon", SECOND, datetime(2026, 11, 27, 17, 0)),
        ("details 1", "recuérdame mañana a las 10 am", FIRST, datetime(2026, 11, 27, 15, 0)),
        (None, "remind me to call the second one friday at 3pm", SECOND,
         datetime(2026, 11, 27, 20, 0)),
        (None, "recuérdame llamar al 2 el lunes a las 9 am", SECOND,
         datetime(2026, 11, 30, 14, 0)),
    ],
)  # fmt: skip
def test_a_reminder_in_words_saves_the_program_and_sets_the_time(
    real_dialogue: Dialogue, opened: str | None, typed: str, name: str, due: datetime
) -> None:
    outcome = talk(real_dialogue, *TO_RESULTS, *([opened] if opened else []), typed)

    conversation = outcome.conversation
    [reminder] = conversation.reminders
    program = real_dialogue.catalog.get(reminder.program)
    assert program is not None
    assert program.display_name == name
    assert reminder.due == due.replace(tzinfo=UTC)
    assert any(s.id == reminder.program for s in conversation.saved)
    assert conversation.position.step == "item"
    assert "safe right now" not in replied(outcome)  # a request, not a check-in


def test_an_hour_without_am_or_pm_is_asked_not_guessed(real_dialogue: Dialogue) -> None:
    outcome = talk(real_dialogue, *TO_RESULTS, "details 2", "remind me friday at 3")

    assert outcome.conversation.reminders == []
    assert outcome.conversation.position.step == "remind"
    assert "3 in the morning or 3 in the afternoon?" in replied(outcome)


def test_a_reminder_without_a_program_on_the_list_asks_which(real_dialogue: Dialogue) -> None:
    outcome = talk(real_dialogue, *TO_RESULTS, "remind me tomorrow")

    assert outcome.conversation.reminders == []
    assert outcome.conversation.position.step == "results"
    assert "Which program should I remind you to call?" in replied(outcome)


def test_a_reminder_right_after_saving_from_the_list_is_about_that_program(
    real_dialogue: Dialogue,
) -> None:
    outcome = talk(real_dialogue, *TO_RESULTS, "save 2", "remind me tmrw 10am to call")

    [reminder] = outcome.conversation.reminders
    program = real_dialogue.catalog.get(reminder.program)
    assert program is not None
    assert program.display_name == SECOND
