"""The dialogue engine: state handling, navigation, parsing, triage and results."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime

import pytest

from bot.core.catalog import InMemoryCatalog
from bot.core.dialogue import SCHEMA_VERSION, Dialogue, Reply, State, UserInput
from bot.core.location import Candidate, Place, Resolution
from flows import ALL_FLOWS
from tests.builders import PITTSBURGH, a_program, miles_north

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
PITTSBURGH_PLACE = Place("city", "Pittsburgh, PA", "PA", PITTSBURGH[0], PITTSBURGH[1])


class FakePlaces:
    """Knows one city; everything else is not found. Records what it was asked."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def resolve(self, text: str) -> Resolution:
        self.asked.append(text)
        if "pittsburgh" in text.lower() or text.strip() == "15222":
            return Resolution("found", (Candidate(PITTSBURGH_PLACE, 1.0, False),))
        return Resolution("not_found", (), "location.hint.not_found")

    def resolve_point(self, lat: float, lon: float) -> Resolution:
        self.asked.append(f"{lat},{lon}")
        return Resolution("found", (Candidate(PITTSBURGH_PLACE, 1.0, False),))


@pytest.fixture(name="dialogue")
def dialogue_fixture() -> Dialogue:
    programs = [
        a_program(id="p1", name="Near IOP", codes="OIT MD ADLT SP", **miles_north(2)),
        a_program(id="p2", name="Second IOP", codes="OIT PI ADLT", **miles_north(4)),
        a_program(id="p3", name="Third IOP", codes="OIT MD ADLT", **miles_north(6)),
        a_program(id="p4", name="Fourth IOP", codes="OIT MD ADLT BU", **miles_north(8)),
        a_program(id="p5", name="Fifth IOP", codes="OIT SF ADLT", **miles_north(10)),
        a_program(id="d1", name="Detox Center", codes="DT RD", **miles_north(3)),
    ]
    return Dialogue(ALL_FLOWS, InMemoryCatalog(programs), FakePlaces(), page_size=4)


def play(
    dialogue: Dialogue, *inputs: str | UserInput, state: State | None = None
) -> tuple[State, list[Reply]]:
    """Start a conversation (unless a state is given) and send each input in turn."""
    replies: list[Reply] = []
    if state is None:
        state, replies = dialogue.advance(None, UserInput.command("start"), NOW)
    for item in inputs:
        event = UserInput.say(item) if isinstance(item, str) else item
        state, replies = dialogue.advance(state, event, NOW)
    return state, replies


def texts(replies: Sequence[Reply]) -> str:
    return "\n".join(r.text for r in replies)


def values(reply: Reply) -> list[str]:
    return [c.value for c in reply.choices]


GUIDED_TO_PLACE = ("1", "for me", "no", "alcohol", "stopped", "no", "yes", "yes", "no")


def test_a_conversation_starts_with_the_welcome_and_crisis_numbers(dialogue: Dialogue) -> None:
    state, replies = play(dialogue)

    assert state["step"] == "welcome"
    assert "988" in replies[-1].text
    assert "911" in replies[-1].text
    assert values(replies[-1]) == ["guided", "quick", "crisis"]


def test_the_state_is_plain_json_with_a_schema_version_at_every_step(
    dialogue: Dialogue,
) -> None:
    state: State | None = None
    for item in ("/start", *GUIDED_TO_PLACE, "Pittsburgh, PA", "25", "skip"):
        event = UserInput.command("start") if item == "/start" else UserInput.say(item)
        state, _ = dialogue.advance(state, event, NOW)
        assert json.loads(json.dumps(state)) == state
        assert state["v"] == SCHEMA_VERSION


def test_the_same_input_on_the_same_state_gives_the_same_result(dialogue: Dialogue) -> None:
    state, _ = play(dialogue, "2")

    first = dialogue.advance(state, UserInput.say("Pittsburgh"), NOW)
    second = dialogue.advance(state, UserInput.say("Pittsburgh"), NOW)

    assert first == second


def test_advancing_never_changes_the_state_it_was_given(dialogue: Dialogue) -> None:
    state, _ = play(dialogue, "1")
    before = json.dumps(state, sort_keys=True)

    dialogue.advance(state, UserInput.say("for me"), NOW)

    assert json.dumps(state, sort_keys=True) == before


def test_a_state_of_another_schema_version_starts_over(dialogue: Dialogue) -> None:
    old = {"v": SCHEMA_VERSION + 1, "step": "results", "answers": {}}

    state, replies = dialogue.advance(old, UserInput.say("hello"), NOW)

    assert state["step"] == "welcome"
    assert values(replies[-1]) == ["guided", "quick", "crisis"]


def test_the_quick_path_shows_programs_right_after_the_place(dialogue: Dialogue) -> None:
    state, replies = play(dialogue, "just show me programs", "Pittsburgh")

    assert state["step"] == "results"
    cards = [r for r in replies if r.kind == "program"]
    assert [c.program_id for c in cards] == ["p1", "p2", "p3", "p4"]
    assert "refine" in values(replies[-1])


def test_more_shows_the_next_page_and_details_open_one_program(dialogue: Dialogue) -> None:
    state, _ = play(dialogue, "2", "Pittsburgh")

    state, replies = play(dialogue, "more", state=state)
    assert [r.program_id for r in replies if r.kind == "program"] == ["p5"]
    assert "more" not in values(replies[-1])

    state, replies = play(dialogue, UserInput.pick("details:p5"), state=state)
    assert state["step"] == "details"
    assert any(r.kind == "place" and r.latitude is not None for r in replies)
    assert "Cash or self-pay" in texts(replies)


def test_a_forged_button_value_is_refused_and_nothing_moves(dialogue: Dialogue) -> None:
    state, _ = play(dialogue, "2", "Pittsburgh")

    for forged in ("details:p999", "edit:welcome", "../../etc", "x" * 300):
        new_state, replies = dialogue.advance(state, UserInput.pick(forged), NOW)
        assert new_state["step"] == "results"
        assert "didn't catch" in replies[0].text


def test_a_crisis_in_free_text_comes_first_and_the_question_stays(dialogue: Dialogue) -> None:
    state, _ = play(dialogue, "1", "for me", "no")

    state, replies = play(dialogue, "honestly i want to die", state=state)

    assert replies[0].kind == "crisis"
    assert "988" in replies[0].text
    assert state["step"] == "substances"
    assert replies[-1].step == "substances"


def test_the_crisis_command_answers_at_once_and_resume_returns(dialogue: Dialogue) -> None:
    state, _ = play(dialogue, "1", "for me")

    state, replies = play(dialogue, UserInput.command("crisis"), state=state)
    assert replies[0].kind == "crisis"
    assert "1-800-662-4357" in replies[0].text
    assert state["step"] == "crisis"

    state, replies = play(dialogue, UserInput.pick("resume"), state=state)
    assert state["step"] == "safety"


def test_daily_alcohol_without_detox_explains_the_danger_and_adds_detox(
    dialogue: Dialogue,
) -> None:
    state, replies = play(dialogue, "1", "for me", "no", "alcohol", "still using", "yes")

    assert "seizures" in texts(replies)
    state, replies = play(dialogue, "yes", "yes", "no", "Pittsburgh", state=state)
    state, replies = play(dialogue, *(["skip"] * 8), "search", state=state)

    assert state["step"] == "results"
    assert "Detox Center" in texts(replies)


def test_the_daily_use_question_is_skipped_for_other_substances(dialogue: Dialogue) -> None:
    state, _ = play(dialogue, "1", "for me", "no", "cannabis", "still using")

    assert state["step"] == "home"


def test_family_members_get_their_own_wording(dialogue: Dialogue) -> None:
    state, replies = play(dialogue, "1", "for my son")

    assert "intake usually needs the person" in texts(replies).replace("(the intake) ", "intake ")
    state, replies = play(dialogue, "no", "opioids", state=state)
    assert "for them" in replies[-1].text


def test_multi_select_buttons_toggle_and_done_records_them(dialogue: Dialogue) -> None:
    state, _ = play(dialogue, "1", "for me", "no")

    state, replies = play(dialogue, UserInput.pick("alcohol"), state=state)
    assert [c.value for c in replies[-1].choices if c.selected] == ["alcohol"]
    state, replies = play(
        dialogue, UserInput.pick("opioids"), UserInput.pick("alcohol"), state=state
    )
    assert [c.value for c in replies[-1].choices if c.selected] == ["opioids"]

    state, _ = play(dialogue, UserInput.pick("done"), state=state)
    assert state["answers"]["substances"] == ["opioids"]
    assert state["step"] == "withdrawal"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("evenings", ["evening"]),
        ("evenings and weekends", ["evening", "weekend"]),
        ("2 3", ["evening", "weekend"]),
        ("noches, fines de semana", ["evening", "weekend"]),
        ("after work", ["evening"]),
    ],
    ids=["word", "two-words", "numbers", "spanish", "synonym"],
)
def test_free_text_names_options_in_a_multi_select(
    dialogue: Dialogue, typed: str, expected: list[str]
) -> None:
    state, _ = play(dialogue, *GUIDED_TO_PLACE, "Pittsburgh", "25", "adult")

    state, _ = play(dialogue, typed, state=state)

    assert state["answers"]["schedule"] == expected


def test_a_misspelled_option_is_still_understood(dialogue: Dialogue) -> None:
    state, _ = play(
        dialogue, *GUIDED_TO_PLACE, "Pittsburgh", "25", "adult", "skip", "skip", "skip"
    )

    state, _ = play(dialogue, "medicade", state=state)

    assert state["answers"]["payment"] == ["medicaid"]


def test_what_is_not_understood_is_asked_again_with_the_options(dialogue: Dialogue) -> None:
    state, _ = play(dialogue, "1")

    state, replies = play(dialogue, "purple monkey", state=state)

    assert state["step"] == "for_whom"
    assert "didn't catch" in replies[0].text
    assert values(replies[-1]) == ["self", "other"]


def test_a_five_thousand_character_message_gets_an_answer(dialogue: Dialogue) -> None:
    state, _ = play(dialogue, "1")

    state, replies = play(dialogue, "a" * 5000, state=state)

    assert replies
    assert state["step"] == "for_whom"


def test_back_returns_to_the_previous_question(dialogue: Dialogue) -> None:
    state, _ = play(dialogue, "1", "for me", "no")

    state, replies = play(dialogue, "back", state=state)

    assert state["step"] == "safety"
    assert replies[-1].step == "safety"


def test_start_over_forgets_every_answer(dialogue: Dialogue) -> None:
    state, _ = play(dialogue, "1", "for my son", "no", "alcohol")

    state, _ = play(dialogue, "start over", state=state)

    assert state["step"] == "welcome"
    assert state["answers"] == {}


def test_editing_from_the_summary_comes_back_to_the_summary(dialogue: Dialogue) -> None:
    state, _ = play(dialogue, *GUIDED_TO_PLACE, "Pittsburgh", *(["skip"] * 8))
    assert state["step"] == "summary"

    state, _ = play(dialogue, UserInput.pick("edit:language"), "spanish", state=state)

    assert state["step"] == "summary"
    assert state["answers"]["language"] == "spanish"


def test_skipped_questions_do_not_filter(dialogue: Dialogue) -> None:
    state, replies = play(dialogue, *GUIDED_TO_PLACE, "Pittsburgh", *(["skip"] * 8), "search")

    assert state["step"] == "results"
    assert len([r for r in replies if r.kind == "program"]) == 4


def test_a_shared_location_answers_the_where_question(dialogue: Dialogue) -> None:
    state, _ = play(dialogue, "2")

    state, _ = play(dialogue, UserInput.located(40.44, -79.99), state=state)

    assert state["step"] == "results"
    assert state["answers"]["place"]["name"] == "Pittsburgh, PA"


def test_an_unknown_place_gets_a_hint_and_the_question_again(dialogue: Dialogue) -> None:
    state, _ = play(dialogue, "2")

    state, replies = play(dialogue, "Narnia", state=state)

    assert state["step"] == "place"
    assert "ZIP code" in replies[0].text


def test_the_place_cannot_be_skipped(dialogue: Dialogue) -> None:
    state, _ = play(dialogue, "2")

    state, replies = play(dialogue, "skip", state=state)

    assert state["step"] == "place"
    assert "need this one" in replies[0].text


@pytest.mark.parametrize(
    ("payload", "step"),
    [("family", "safety"), ("zip_15222", "results"), ("", "welcome"), ("zip_x", "welcome")],
    ids=["family", "zip", "none", "bad-zip"],
)
def test_deep_links_start_where_they_point(dialogue: Dialogue, payload: str, step: str) -> None:
    state, _ = dialogue.advance(None, UserInput.command("start", payload), NOW)

    assert state["step"] == step


def test_someone_else_switches_the_wording_without_losing_the_place(dialogue: Dialogue) -> None:
    state, _ = play(dialogue, "1", "for me", "no")

    state, replies = play(dialogue, "I'm looking for someone else", state=state)

    assert state["answers"]["for_whom"] == "other"
    assert state["step"] == "substances"
    assert "someone else" in replies[0].text
