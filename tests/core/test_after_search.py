"""After the search: saving, the call tracker, reminders, sharing, reports, deletion, Spanish."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.core.catalog import InMemoryCatalog
from bot.core.dialogue import Dialogue, Reply, State, UserInput
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
        link_base="https://t.me/iop_bot?start=",
        reported={"p2": 1},
    )


def run(
    dialogue: Dialogue, state: State | None, *inputs: str | UserInput, now: datetime = NOW
) -> tuple[State, list[Reply]]:
    replies: list[Reply] = []
    for item in inputs:
        if isinstance(item, UserInput):
            event = item
        elif item.startswith("/"):
            name, _, argument = item[1:].partition(" ")
            event = UserInput.command(name, argument)
        else:
            event = UserInput.say(item)
        state, replies = dialogue.advance(state, event, now)
    assert state is not None
    return state, replies


def said(replies: list[Reply]) -> str:
    return "\n".join(r.text for r in replies)


def values(replies: list[Reply]) -> list[str]:
    return [c.value for c in replies[-1].choices]


def with_saved_program(dialogue: Dialogue) -> State:
    state, _ = run(dialogue, None, "/start zip_15222", UserInput.pick("save:p1"))
    return state


def test_a_program_is_saved_from_the_results_and_listed_with_its_status(
    dialogue: Dialogue,
) -> None:
    state, replies = run(dialogue, None, "/start zip_15222", UserInput.pick("save:p1"))

    assert "Saved First IOP" in said(replies)
    assert "save:p1" not in values(replies)
    state, replies = run(dialogue, state, "/saved")
    assert "1. First IOP — to call" in said(replies)
    assert "open:p1" in values(replies)


def test_saving_from_the_details_keeps_the_program_on_screen(dialogue: Dialogue) -> None:
    state, _ = run(dialogue, None, "/start zip_15222", UserInput.pick("details:p2"))

    state, replies = run(dialogue, state, "save")

    assert state["step"] == "details"
    assert "Saved Second IOP" in said(replies)
    state, replies = run(dialogue, state, "save")
    assert "already on your list" in said(replies)


def test_the_status_moves_from_called_to_an_intake_with_its_date(dialogue: Dialogue) -> None:
    state = with_saved_program(dialogue)
    state, _ = run(dialogue, state, "/saved", UserInput.pick("open:p1"))

    state, _ = run(dialogue, state, UserInput.pick("status"), "called")
    assert state["saved"][0]["status"] == "waiting"
    state, replies = run(dialogue, state, UserInput.pick("status"), "intake booked", "Monday 10am")

    assert state["saved"][0]["status"] == "booked"
    assert state["saved"][0]["date"] == "Monday 10am"
    assert "Status: intake booked Monday 10am" in said(replies)


def test_not_a_fit_keeps_the_reason(dialogue: Dialogue) -> None:
    state = with_saved_program(dialogue)
    state, replies = run(
        dialogue,
        state,
        "/saved",
        UserInput.pick("open:p1"),
        UserInput.pick("status"),
        UserInput.pick("not_fit"),
        UserInput.pick("insurance"),
    )

    assert (state["saved"][0]["status"], state["saved"][0]["reason"]) == ("not_fit", "insurance")
    assert "not a fit (Doesn't take my insurance)" in said(replies)


def test_a_note_is_kept_short(dialogue: Dialogue) -> None:
    state = with_saved_program(dialogue)
    state, replies = run(
        dialogue, state, "/saved", UserInput.pick("open:p1"), UserInput.pick("note"), "x" * 500
    )

    assert len(state["saved"][0]["note"]) == 200
    assert "first 200 characters" in said(replies)


def test_questions_are_ticked_with_the_answer_in_a_few_words(dialogue: Dialogue) -> None:
    state = with_saved_program(dialogue)
    state, replies = run(
        dialogue, state, "/saved", UserInput.pick("open:p1"), UserInput.pick("questions")
    )
    assert "▫️ 1." in said(replies)

    state, replies = run(dialogue, state, UserInput.pick("q:0"), "they have a Tuesday opening")

    assert "✅ 1." in said(replies)
    assert "→ they have a Tuesday opening" in said(replies)
    state, replies = run(dialogue, state, UserInput.pick("q:1"), "ok")
    assert "✅ 2." in said(replies)
    state, replies = run(dialogue, state, UserInput.pick("back"))
    assert "Questions answered: 2 of" in said(replies)


def test_a_reminder_uses_the_places_time_zone_and_can_be_cancelled(
    dialogue: Dialogue,
) -> None:
    state = with_saved_program(dialogue)
    state, replies = run(
        dialogue,
        state,
        "/saved",
        UserInput.pick("open:p1"),
        UserInput.pick("remind"),
        "tomorrow 10am",
    )

    assert "2026-11-27 10:00 (Eastern)" in said(replies)
    (reminder,) = state["reminders"]
    assert reminder["due"] == "2026-11-27T15:00:00+00:00"
    state, replies = run(dialogue, state, "/reminders")
    assert "cancel:r1" in values(replies)
    state, replies = run(dialogue, state, UserInput.pick("cancel:r1"))
    assert "Reminder cancelled" in said(replies)
    assert state["reminders"][0]["status"] == "cancelled"


def test_without_a_place_the_time_zone_is_asked_first(dialogue: Dialogue) -> None:
    state = with_saved_program(dialogue)
    state["answers"]["place"]["timezone"] = ""
    state, _ = run(dialogue, state, "/saved", UserInput.pick("open:p1"), UserInput.pick("remind"))
    assert state["step"] == "timezone"

    state, _ = run(dialogue, state, "Pacific", UserInput.pick("tomorrow_morning"))

    assert state["reminders"][0]["due"] == "2026-11-27T17:00:00+00:00"  # 9:00 in LA


def with_reminder(dialogue: Dialogue, when: str | UserInput) -> State:
    """A saved program with a reminder to call it (id r1)."""
    state = with_saved_program(dialogue)
    state, _ = run(
        dialogue, state, "/saved", UserInput.pick("open:p1"), UserInput.pick("remind"), when
    )
    return state


def test_a_due_reminder_is_said_once(dialogue: Dialogue) -> None:
    state = with_reminder(dialogue, UserInput.pick("in_1_hour"))
    later = NOW + timedelta(hours=2)

    state, first = run(dialogue, state, "/reminder r1", now=later)
    state, second = run(dialogue, state, "/reminder r1", now=later)

    assert "Reminder: call First IOP (412-555-0199)" in said(first)
    assert second == []


@pytest.mark.parametrize("again", ["/start", "/restart", "start over"])
def test_starting_a_new_search_keeps_the_saved_list_and_its_reminders(
    dialogue: Dialogue, again: str
) -> None:
    state = with_reminder(dialogue, "in 2 hours")

    state, _ = run(dialogue, state, again)

    assert state["answers"] == {}
    assert [entry["id"] for entry in state["saved"]] == ["p1"]
    state, replies = run(dialogue, state, "/reminder r1", now=NOW + timedelta(hours=3))
    assert "Reminder: call First IOP" in said(replies)
    state, replies = run(dialogue, state, "/saved")
    assert "First IOP" in said(replies)


def test_sharing_gives_a_forwardable_message_with_phones_questions_and_a_link(
    dialogue: Dialogue,
) -> None:
    state = with_saved_program(dialogue)
    state, replies = run(dialogue, state, "/saved", UserInput.pick("share_all"))

    (message,) = [r for r in replies if r.kind == "share"]
    assert "First IOP" in message.text
    assert "412-555-0199" in message.text
    assert "Pittsburgh, PA" in message.text
    assert "https://t.me/iop_bot?start=zip_15222" in message.text
    assert "Questions to ask each one:" in message.text


def test_a_report_leaves_through_the_outbox_without_the_chat(dialogue: Dialogue) -> None:
    state = with_saved_program(dialogue)
    state, replies = run(
        dialogue,
        state,
        "/saved",
        UserInput.pick("open:p1"),
        UserInput.pick("report"),
        UserInput.pick("other"),
        "number rings to a pharmacy",
    )

    assert state["outbox"] == [
        {
            "type": "report",
            "program": "p1",
            "kind": "other",
            "details": "number rings to a pharmacy",
        }
    ]
    assert "without anything that identifies you" in said(replies)


def test_a_reported_listing_shows_a_caution(dialogue: Dialogue) -> None:
    _, replies = run(dialogue, None, "/start zip_15222")

    cards = {r.program_id: r.text for r in replies if r.kind == "program"}
    assert "reported problem" in cards["p2"]
    assert "reported problem" not in cards["p1"]


def test_delete_asks_first_and_then_erases(dialogue: Dialogue) -> None:
    state = with_saved_program(dialogue)
    state, replies = run(dialogue, state, "/delete")
    assert values(replies) == ["yes", "no"]

    kept, _ = run(dialogue, state, "no")
    assert not kept["erase"]
    assert kept["saved"]

    state, replies = run(dialogue, state, "yes")
    assert state["erase"] is True
    assert "Clear history" in said(replies)


def test_spanish_is_chosen_with_the_language_command_and_understood(
    dialogue: Dialogue,
) -> None:
    state, replies = run(dialogue, None, "/start", "/language", "español")

    assert state["lang"] == "es"
    assert "español" in said(replies).lower()
    state, replies = run(dialogue, state, "1", "para mi hijo")
    assert state["answers"]["for_whom"] == "other"
    state, replies = run(dialogue, state, "no", "alcohol", "3", "sí")
    assert state["answers"]["daily_use"] == "yes"
    assert "seguro" in replies[-1].text.lower()  # the home question, asked in Spanish


def test_a_spanish_start_speaks_spanish_and_crisis_words_in_spanish_are_caught(
    dialogue: Dialogue,
) -> None:
    state, replies = run(dialogue, None, "/start es")
    assert state["lang"] == "es"
    welcome = said(replies)
    assert "IOP" in welcome
    assert "Hi." not in welcome

    state, replies = run(dialogue, state, "1", "mi hermano dice que se quiere matar")

    assert replies[0].kind == "crisis"
    assert "988" in replies[0].text
    assert "2 para español" in replies[0].text


def test_a_spanish_app_starts_a_new_conversation_in_spanish(dialogue: Dialogue) -> None:
    state, _ = dialogue.advance(None, UserInput("command", text="start", language="es"), NOW)

    assert state["lang"] == "es"


@pytest.mark.parametrize(
    ("typed", "hour"),
    [("tomorrow 10am", 10), ("mañana a las 9", 9), ("friday 3pm", 15), ("viernes 3pm", 15)],
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
