"""After the search: saving, the call tracker, reminders, sharing, reports, deletion, Spanish."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

import msgspec
import pytest

from bot.core.catalog import InMemoryCatalog
from bot.core.conversation import Conversation, encode_conversation
from bot.core.dialogue import (
    CancelReminder,
    Dialogue,
    EraseChat,
    FileReport,
    Reply,
    ScheduleReminder,
    UserInput,
)
from bot.core.dialogue.effects import Effect
from bot.core.location import Candidate, Place, Resolution
from bot.core.when import parse_when, preset, zone
from flows import ALL_FLOWS
from tests.builders import PITTSBURGH, a_program, miles_north

NOW = datetime(2026, 11, 26, 15, 0, tzinfo=UTC)  # Thursday, 10:00 in Pittsburgh
PLACE = Place(
    "zip",
    "15222 (Pittsburgh, PA)",
    "PA",
    PITTSBURGH[0],
    PITTSBURGH[1],
    zip="15222",
    city="Pittsburgh",
    timezone="America/New_York",
)


class OnePlace:
    def resolve(self, text: str) -> Resolution:
        if text.strip() in ("15222", "pittsburgh"):
            return Resolution("found", (Candidate(PLACE, 1.0, False),))
        return Resolution("not_found", (), "location.hint.not_found")

    def resolve_point(self, lat: float, lon: float) -> Resolution:
        return Resolution("found", (Candidate(PLACE, 1.0, False),))


class BotLinks:
    """Links to the bot on Telegram."""

    def start_link(self, payload: str) -> str:
        return f"https://t.me/iop_bot?start={payload}"


class FakeReports:
    """Listing reports counted so far, by program id."""

    def __init__(self, counts: dict[str, int]) -> None:
        self.counts = counts

    def count(self, program_id: str) -> int:
        return self.counts.get(program_id, 0)


@pytest.fixture(name="dialogue")
def dialogue_fixture() -> Dialogue:
    programs = [
        a_program(
            id="p1",
            name="First IOP",
            codes="OIT MD ADLT BU CARF",
            phone="412-555-0101",
            intake_phones=("412-555-0199",),
            **miles_north(1),
        ),
        a_program(
            id="p2", name="Second IOP", codes="OIT PI ADLT", phone="412-555-0102", **miles_north(2)
        ),
    ]
    return Dialogue(
        ALL_FLOWS,
        InMemoryCatalog(programs),
        OnePlace(),
        links=BotLinks(),
        reports=FakeReports({"p2": 1}),
    )


def play(
    dialogue: Dialogue,
    conversation: Conversation | None,
    *inputs: str | UserInput,
    now: datetime = NOW,
) -> tuple[Conversation, list[Reply], list[Effect]]:
    """Send each input in turn: the last conversation and replies, and every effect asked."""
    replies: list[Reply] = []
    effects: list[Effect] = []
    for item in inputs:
        if isinstance(item, UserInput):
            event = item
        elif item.startswith("/"):
            name, _, argument = item[1:].partition(" ")
            event = UserInput.command(name, argument)
        else:
            event = UserInput.say(item)
        outcome = dialogue.advance(conversation, event, now)
        conversation, replies = outcome.conversation, list(outcome.replies)
        effects.extend(outcome.effects)
    assert conversation is not None
    return conversation, replies, effects


def run(
    dialogue: Dialogue,
    conversation: Conversation | None,
    *inputs: str | UserInput,
    now: datetime = NOW,
) -> tuple[Conversation, list[Reply]]:
    """Send each input in turn: the last conversation and the last replies."""
    conversation, replies, _ = play(dialogue, conversation, *inputs, now=now)
    return conversation, replies


def said(replies: list[Reply]) -> str:
    return "\n".join(r.text for r in replies)


def values(replies: list[Reply]) -> list[str]:
    return [c.value for c in replies[-1].choices]


def with_saved_program(dialogue: Dialogue) -> Conversation:
    conversation, _ = run(dialogue, None, "/start zip_15222", UserInput.pick("save:p1"))
    return conversation


def test_a_program_is_saved_from_the_results_and_listed_with_its_status(
    dialogue: Dialogue,
) -> None:
    conversation, replies = run(dialogue, None, "/start zip_15222", UserInput.pick("save:p1"))

    assert "Saved First IOP" in said(replies)
    marked = [c.label for r in replies for c in r.choices if c.value == "save:p1"]
    assert marked == ["★ Saved 1"]  # kept in its place, so the options after it keep theirs
    conversation, replies = run(dialogue, conversation, "/saved")
    assert "1. First IOP — IOP — to call" in said(replies)
    assert "open:p1" in values(replies)


def test_saving_from_the_details_keeps_the_program_on_screen(dialogue: Dialogue) -> None:
    conversation, _ = run(dialogue, None, "/start zip_15222", UserInput.pick("details:p2"))

    conversation, replies = run(dialogue, conversation, "save")

    assert conversation.position.step == "details"
    assert "Saved Second IOP" in said(replies)
    conversation, replies = run(dialogue, conversation, "save")
    assert "already on your list" in said(replies)


def test_the_status_moves_from_called_to_an_intake_with_its_date(dialogue: Dialogue) -> None:
    conversation = with_saved_program(dialogue)
    conversation, _ = run(dialogue, conversation, "/saved", UserInput.pick("open:p1"))

    conversation, _ = run(dialogue, conversation, UserInput.pick("status"), "called")
    assert conversation.saved[0].status == "waiting"
    conversation, replies = run(
        dialogue, conversation, UserInput.pick("status"), "intake booked", "Monday 10am"
    )

    assert conversation.saved[0].status == "booked"
    assert conversation.saved[0].date == "Monday 10am"
    assert "Status: intake booked Monday 10am" in said(replies)


def test_not_a_fit_keeps_the_reason(dialogue: Dialogue) -> None:
    conversation = with_saved_program(dialogue)
    conversation, replies = run(
        dialogue,
        conversation,
        "/saved",
        UserInput.pick("open:p1"),
        UserInput.pick("status"),
        UserInput.pick("not_fit"),
        UserInput.pick("insurance"),
    )

    assert (conversation.saved[0].status, conversation.saved[0].reason) == ("not_fit", "insurance")
    assert "not a fit (Doesn't take my insurance)" in said(replies)


def test_a_note_is_kept_short(dialogue: Dialogue) -> None:
    conversation = with_saved_program(dialogue)
    conversation, replies = run(
        dialogue,
        conversation,
        "/saved",
        UserInput.pick("open:p1"),
        UserInput.pick("note"),
        "x" * 500,
    )

    assert len(conversation.saved[0].note) == 200
    assert "first 200 characters" in said(replies)


def test_questions_are_ticked_with_the_answer_in_a_few_words(dialogue: Dialogue) -> None:
    conversation = with_saved_program(dialogue)
    conversation, replies = run(
        dialogue, conversation, "/saved", UserInput.pick("open:p1"), UserInput.pick("questions")
    )
    assert "▫️ 1." in said(replies)

    conversation, replies = run(
        dialogue, conversation, UserInput.pick("q:0"), "they have a Tuesday opening"
    )

    assert "✅ 1." in said(replies)
    assert "→ they have a Tuesday opening" in said(replies)
    conversation, replies = run(dialogue, conversation, UserInput.pick("q:1"), "ok")
    assert "✅ 2." in said(replies)
    conversation, replies = run(dialogue, conversation, UserInput.pick("back"))
    assert "Questions answered: 2 of" in said(replies)


def test_a_reminder_uses_the_places_time_zone_and_can_be_cancelled(
    dialogue: Dialogue,
) -> None:
    conversation = with_saved_program(dialogue)
    conversation, replies = run(
        dialogue,
        conversation,
        "/saved",
        UserInput.pick("open:p1"),
        UserInput.pick("remind"),
        "tomorrow 10am",
    )

    assert "Friday, November 27, 10:00 AM (Eastern)" in said(replies)
    (reminder,) = conversation.reminders
    assert reminder.due == datetime(2026, 11, 27, 15, 0, tzinfo=UTC)
    conversation, replies = run(dialogue, conversation, "/reminders")
    assert "cancel:r1" in values(replies)
    conversation, replies = run(dialogue, conversation, UserInput.pick("cancel:r1"))
    assert "Reminder canceled" in said(replies)
    assert conversation.reminders[0].status == "cancelled"


def test_without_a_place_the_time_zone_is_asked_first(dialogue: Dialogue) -> None:
    conversation = without_a_time_zone(with_saved_program(dialogue))
    conversation, _ = run(
        dialogue, conversation, "/saved", UserInput.pick("open:p1"), UserInput.pick("remind")
    )
    assert conversation.position.step == "timezone"

    conversation, _ = run(dialogue, conversation, "Pacific", UserInput.pick("tomorrow_morning"))

    assert conversation.reminders[0].due == datetime(2026, 11, 27, 17, 0, tzinfo=UTC)  # 9:00 in LA


def without_a_time_zone(conversation: Conversation) -> Conversation:
    """A copy of a conversation whose place has no time zone (as for some ZIP codes)."""
    place = conversation.answers["place"]
    assert isinstance(place, Place)
    answers = {**conversation.answers, "place": dataclasses.replace(place, timezone="")}
    return msgspec.structs.replace(conversation, answers=answers)


def with_reminder(dialogue: Dialogue, when: str | UserInput) -> Conversation:
    """A saved program with a reminder to call it (id r1)."""
    conversation = with_saved_program(dialogue)
    conversation, _ = run(
        dialogue, conversation, "/saved", UserInput.pick("open:p1"), UserInput.pick("remind"), when
    )
    return conversation


def test_a_due_reminder_is_said_once(dialogue: Dialogue) -> None:
    conversation = with_reminder(dialogue, UserInput.pick("in_1_hour"))
    later = NOW + timedelta(hours=2)

    conversation, first = run(dialogue, conversation, "/reminder r1", now=later)
    conversation, second = run(dialogue, conversation, "/reminder r1", now=later)

    assert "Reminder: call First IOP (412-555-0199)" in said(first)
    assert second == []


@pytest.mark.parametrize("again", ["/start", "/restart", "start over"])
def test_starting_a_new_search_keeps_the_saved_list_and_its_reminders(
    dialogue: Dialogue, again: str
) -> None:
    conversation = with_reminder(dialogue, "in 2 hours")

    conversation, _ = run(dialogue, conversation, again)

    assert conversation.answers == {}
    assert [entry.id for entry in conversation.saved] == ["p1"]
    conversation, replies = run(
        dialogue, conversation, "/reminder r1", now=NOW + timedelta(hours=3)
    )
    assert "Reminder: call First IOP" in said(replies)
    conversation, replies = run(dialogue, conversation, "/saved")
    assert "First IOP" in said(replies)


def test_sharing_gives_a_forwardable_message_with_phones_questions_and_a_link(
    dialogue: Dialogue,
) -> None:
    conversation = with_saved_program(dialogue)
    conversation, replies = run(dialogue, conversation, "/saved", UserInput.pick("share_all"))

    (message,) = [r for r in replies if r.kind == "share"]
    assert "First IOP" in message.text
    assert "412-555-0199" in message.text
    assert "Pittsburgh, PA" in message.text
    assert "https://t.me/iop_bot?start=zip_15222" in message.text
    assert "Questions to ask each one:" in message.text


def test_a_report_leaves_as_an_effect_and_the_conversation_keeps_no_trace(
    dialogue: Dialogue,
) -> None:
    conversation = with_saved_program(dialogue)
    conversation, replies, effects = play(
        dialogue,
        conversation,
        "/saved",
        UserInput.pick("open:p1"),
        UserInput.pick("report"),
        UserInput.pick("other"),
        "number rings to a pharmacy",
    )

    assert effects == [FileReport("p1", "other", "number rings to a pharmacy")]
    assert "without anything that identifies you" in said(replies)
    assert "pharmacy" not in encode_conversation(conversation)
    assert conversation.position.report == ""


def test_a_report_of_a_listed_kind_is_filed_at_once_without_details(
    dialogue: Dialogue,
) -> None:
    conversation = with_saved_program(dialogue)
    conversation, replies, effects = play(
        dialogue,
        conversation,
        "/saved",
        UserInput.pick("open:p1"),
        UserInput.pick("report"),
        UserInput.pick("phone"),
    )

    assert effects == [FileReport("p1", "phone", "")]
    assert "without anything that identifies you" in said(replies)
    assert conversation.position.step == "item"


def test_a_reported_listing_shows_a_caution(dialogue: Dialogue) -> None:
    _, replies = run(dialogue, None, "/start zip_15222")

    cards = {r.program_id: r.text for r in replies if r.kind == "program"}
    assert "reported problem" in cards["p2"]
    assert "reported problem" not in cards["p1"]


def test_delete_asks_first_and_then_erases(dialogue: Dialogue) -> None:
    conversation = with_saved_program(dialogue)
    conversation, replies, effects = play(dialogue, conversation, "/delete")
    assert values(replies) == ["yes", "no"]
    assert effects == []

    kept, _, effects = play(dialogue, conversation, "no")
    assert effects == []
    assert kept.saved

    conversation, replies, effects = play(dialogue, conversation, "yes")
    assert effects == [EraseChat()]
    assert "Clear history" in said(replies)


def test_spanish_is_chosen_with_the_language_command_and_understood(
    dialogue: Dialogue,
) -> None:
    conversation, replies = run(dialogue, None, "/start", "/language", "español")

    assert conversation.language == "es"
    assert "español" in said(replies).lower()
    conversation, replies = run(dialogue, conversation, "1", "para mi hijo")
    assert conversation.answers["for_whom"] == "other"
    conversation, replies = run(dialogue, conversation, "no", "alcohol", "3", "sí")
    assert conversation.answers["daily_use"] == "yes"
    assert "seguro" in replies[-1].text.lower()  # the home question, asked in Spanish


def test_a_spanish_start_speaks_spanish_and_crisis_words_in_spanish_are_caught(
    dialogue: Dialogue,
) -> None:
    conversation, replies = run(dialogue, None, "/start es")
    assert conversation.language == "es"
    welcome = said(replies)
    assert "IOP" in welcome
    assert "Hi." not in welcome

    conversation, replies = run(dialogue, conversation, "1", "mi hermano dice que se quiere matar")

    assert replies[0].kind == "crisis"
    assert "988" in replies[0].text
    assert "2 para español" in replies[0].text


def test_a_spanish_app_starts_a_new_conversation_in_spanish(dialogue: Dialogue) -> None:
    conversation = dialogue.advance(
        None, UserInput("command", text="start", language="es"), NOW
    ).conversation

    assert conversation.language == "es"


def test_setting_a_reminder_asks_for_it_to_be_scheduled_at_its_moment(
    dialogue: Dialogue,
) -> None:
    conversation = with_saved_program(dialogue)

    conversation, _, effects = play(
        dialogue,
        conversation,
        "/saved",
        UserInput.pick("open:p1"),
        UserInput.pick("remind"),
        "tomorrow 10am",
    )

    assert effects == [ScheduleReminder("r1", datetime(2026, 11, 27, 15, 0, tzinfo=UTC))]


def test_cancelling_a_reminder_asks_for_it_to_be_cancelled(dialogue: Dialogue) -> None:
    conversation = with_reminder(dialogue, "tomorrow 10am")

    conversation, _, effects = play(
        dialogue, conversation, "/reminders", UserInput.pick("cancel:r1")
    )

    assert effects == [CancelReminder("r1")]


def test_removing_a_saved_program_cancels_its_pending_reminder(dialogue: Dialogue) -> None:
    conversation = with_reminder(dialogue, "tomorrow 10am")

    conversation, replies, effects = play(
        dialogue, conversation, "/saved", UserInput.pick("open:p1"), UserInput.pick("remove")
    )

    assert effects == [CancelReminder("r1")]
    assert "Removed First IOP" in said(replies)
    assert conversation.saved == []
    assert [(r.id, r.status) for r in conversation.reminders] == [("r1", "cancelled")]


def test_a_delivered_reminder_is_cancelled_once(dialogue: Dialogue) -> None:
    conversation = with_reminder(dialogue, UserInput.pick("in_1_hour"))
    later = NOW + timedelta(hours=2)

    conversation, _, first = play(dialogue, conversation, "/reminder r1", now=later)
    conversation, _, second = play(dialogue, conversation, "/reminder r1", now=later)

    assert first == [CancelReminder("r1")]
    assert second == []


def shown(replies: list[Reply]) -> str:
    """Every text and button label of the replies."""
    labels = [choice.label for reply in replies for choice in reply.choices]
    return "\n".join([said(replies), *labels])


@pytest.mark.parametrize("again", ["/start", "/restart", "start over"])
def test_a_reminders_chosen_time_zone_is_kept_after_a_new_search(
    dialogue: Dialogue, again: str
) -> None:
    conversation = without_a_time_zone(with_saved_program(dialogue))
    conversation, replies = run(
        dialogue,
        conversation,
        "/saved",
        UserInput.pick("open:p1"),
        UserInput.pick("remind"),
        "Pacific",
        UserInput.pick("tomorrow_morning"),
    )
    assert "Friday, November 27, 9:00 AM (Pacific)" in said(replies)

    conversation, _ = run(dialogue, conversation, again)
    conversation, replies = run(dialogue, conversation, "/reminders")

    assert "• Friday, November 27, 9:00 AM: call First IOP" in said(replies)
    assert "Cancel: Friday, November 27, 9:00 AM" in shown(replies)
    assert "5:00 PM" not in shown(replies)  # the same moment in UTC


@pytest.mark.parametrize("again", ["/start", "/restart", "start over"])
def test_a_reminder_set_in_the_places_time_zone_keeps_it_after_a_new_search(
    dialogue: Dialogue, again: str
) -> None:
    conversation = with_reminder(dialogue, "tomorrow 10am")

    conversation, _ = run(dialogue, conversation, again)
    conversation, replies = run(dialogue, conversation, "/reminders")

    assert conversation.answers == {}  # the place, and with it its zone, is gone
    assert "• Friday, November 27, 10:00 AM: call First IOP" in said(replies)
    assert "Cancel: Friday, November 27, 10:00 AM" in shown(replies)
    assert "3:00 PM" not in shown(replies)  # the same moment in UTC


@pytest.mark.parametrize(
    ("typed", "hour"),
    [
        ("tomorrow 10am", 10),
        ("mañana a las 9 de la mañana", 9),
        ("friday 3pm", 15),
        ("viernes 3pm", 15),
    ],
    ids=["english", "spanish", "weekday", "spanish-weekday"],
)
def test_typed_times_are_read_in_the_persons_zone(typed: str, hour: int) -> None:
    tz = zone("America/New_York")
    assert tz is not None

    moment = parse_when(typed, NOW, tz)

    assert moment is not None
    assert moment.astimezone(tz).hour == hour
    assert moment > NOW


def test_nonsense_is_not_a_time_and_presets_are_in_the_future() -> None:
    tz = zone("America/Chicago")
    assert tz is not None

    assert parse_when("purple", NOW, tz) is None
    assert parse_when("in 9999 hours", NOW, tz) is None
    for name in ("in_1_hour", "tomorrow_morning", "tomorrow_afternoon", "monday_morning"):
        moment = preset(name, NOW, tz)
        assert moment is not None
        assert moment > NOW


def test_a_five_thousand_character_answer_is_never_echoed_back(dialogue: Dialogue) -> None:
    conversation = with_saved_program(dialogue)
    conversation, _ = run(
        dialogue, conversation, "/saved", UserInput.pick("open:p1"), UserInput.pick("questions")
    )
    long_answer = ("they said call back next week about openings " * 120)[:5000]

    conversation, replies = run(dialogue, conversation, UserInput.pick("q:0"), long_answer)

    shown = said(replies)
    assert "first 160 characters" in shown
    quoted = next(line for line in shown.splitlines() if "→" in line)
    assert quoted.strip() == "→ they said call back next week about openings they said…"
    assert len(shown) < 2_500  # the questions and their ticks, not the message again
