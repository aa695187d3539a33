"""Setting a reminder by typing a time: what is unclear is asked, what is gone is refused, and
the confirmation says how the time was read."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.conversation import Conversation
from bot.core.dialogue import Dialogue, UserInput
from tests.builders import one_program_dialogue
from tests.core.test_callprep_screen import NOW, run, said


@pytest.fixture(name="dialogue")
def dialogue_fixture() -> Dialogue:
    return one_program_dialogue()


def asked_when(dialogue: Dialogue, language: str = "en") -> Conversation:
    """A saved program, at the question of when to be reminded to call it."""
    conversation = dialogue.advance(
        None, UserInput.command("start", "zip_15222"), NOW
    ).conversation
    conversation.language = language
    conversation.timezone = "America/New_York"
    conversation, _ = run(
        dialogue,
        conversation,
        UserInput.pick("save:p1"),
        UserInput.command("saved"),
        UserInput.pick("open:p1"),
        UserInput.pick("remind"),
    )
    assert conversation.position.step == "remind"
    return conversation


def test_at_7_asks_morning_or_evening_with_a_button_for_each(dialogue: Dialogue) -> None:
    conversation, replies = run(dialogue, asked_when(dialogue), "at 7")

    assert replies[-1].text == "7 in the morning or 7 in the evening?"
    assert [c.label for c in replies[-1].choices] == [
        "Friday, November 27, 7:00 AM",
        "Thursday, November 26, 7:00 PM",
    ]
    assert conversation.reminders == []


def test_picking_the_evening_sets_the_reminder_at_7_pm(dialogue: Dialogue) -> None:
    conversation, _ = run(dialogue, asked_when(dialogue), "at 7")

    conversation, replies = run(dialogue, conversation, UserInput.pick("pm"))

    assert "Thursday, November 26, 7:00 PM (Eastern)" in said(replies)
    assert conversation.reminders[0].due == datetime(2026, 11, 27, 0, 0, tzinfo=UTC)


@pytest.mark.parametrize("answer", ["in the morning", "am", "1"], ids=["words", "am", "number"])
def test_the_morning_can_be_typed_after_the_question(dialogue: Dialogue, answer: str) -> None:
    conversation, _ = run(dialogue, asked_when(dialogue), "at 7")

    conversation, replies = run(dialogue, conversation, answer)

    assert "Friday, November 27, 7:00 AM (Eastern)" in said(replies)


@pytest.mark.parametrize(
    ("answer", "expected"),
    [("3pm", "Friday, November 27, 3:00 PM"), ("3 am", "Friday, November 27, 3:00 AM"),
     ("15:00", "Friday, November 27, 3:00 PM")],
)  # fmt: skip
def test_the_same_hour_with_am_or_pm_keeps_the_day_already_said(
    dialogue: Dialogue, answer: str, expected: str
) -> None:
    conversation, _ = run(dialogue, asked_when(dialogue), "friday at 3")

    conversation, replies = run(dialogue, conversation, answer)

    assert f"{expected} (Eastern)" in said(replies)


def test_in_spanish_a_las_8_asks_de_la_manana_o_de_la_noche(dialogue: Dialogue) -> None:
    conversation, replies = run(dialogue, asked_when(dialogue, "es"), "a las 8")

    assert replies[-1].text == "¿A las 8 de la mañana o a las 8 de la noche?"
    conversation, replies = run(dialogue, conversation, "de la noche")
    assert "jueves 26 de noviembre, 20:00" in said(replies)


def test_a_time_gone_by_is_refused_with_a_clear_line(dialogue: Dialogue) -> None:
    conversation, replies = run(dialogue, asked_when(dialogue), "today 9am")

    assert "That time has already passed (Thursday, November 26, 9:00 AM)." in said(replies)
    assert conversation.reminders == []
    assert conversation.position.step == "remind"


def test_a_numeric_date_says_it_was_read_month_first(dialogue: Dialogue) -> None:
    _, replies = run(dialogue, asked_when(dialogue), "12/10 3pm")

    assert "I read 12/10 as month/day: December 10." in said(replies)
    assert "Thursday, December 10, 3:00 PM (Eastern)" in said(replies)


def test_a_numeric_date_in_spanish_says_the_month_in_words(dialogue: Dialogue) -> None:
    _, replies = run(dialogue, asked_when(dialogue, "es"), "12/10 3pm")

    assert "Entendí 12/10 como mes/día: 10 de diciembre." in said(replies)


def test_todays_weekday_is_next_weeks_and_the_confirmation_says_so(dialogue: Dialogue) -> None:
    _, replies = run(dialogue, asked_when(dialogue), "thursday")

    assert "Today is Thursday, so I took next Thursday." in said(replies)
    assert "Thursday, December 3, 9:00 AM (Eastern)" in said(replies)


def test_a_preset_button_still_sets_its_moment(dialogue: Dialogue) -> None:
    conversation, replies = run(dialogue, asked_when(dialogue), UserInput.pick("tomorrow_morning"))

    assert "Friday, November 27, 9:00 AM (Eastern)" in said(replies)
    assert len(conversation.reminders) == 1


def test_in_spanish_one_oclock_is_asked_as_a_la_1(dialogue: Dialogue) -> None:
    _, replies = run(dialogue, asked_when(dialogue, "es"), "a la 1")

    assert replies[-1].text == "¿A la 1 de la mañana o a la 1 de la tarde?"
