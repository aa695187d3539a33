"""The dialogue engine: conversations, navigation, parsing, triage and results."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

import pytest

from bot.core.catalog import InMemoryCatalog
from bot.core.conversation import (
    SCHEMA_VERSION,
    Conversation,
    Position,
    Reminder,
    SavedProgram,
    UnreadableConversationError,
    decode_conversation,
    encode_conversation,
)
from bot.core.dialogue import Dialogue, Outcome, Reply, UserInput
from bot.core.location import Candidate, Place, Resolution
from bot.core.texts import text
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
    dialogue: Dialogue, *inputs: str | UserInput, conversation: Conversation | None = None
) -> tuple[Conversation, list[Reply]]:
    """Start a conversation (unless one is given) and send each input in turn; the last
    conversation and the last replies."""
    if conversation is None:
        outcome = dialogue.advance(None, UserInput.command("start"), NOW)
        conversation, replies = outcome.conversation, list(outcome.replies)
    else:
        replies = []
    for item in inputs:
        event = UserInput.say(item) if isinstance(item, str) else item
        outcome = dialogue.advance(conversation, event, NOW)
        conversation, replies = outcome.conversation, list(outcome.replies)
    return conversation, replies


def play_outcome(outcome: Outcome) -> tuple[Conversation, list[Reply]]:
    """An outcome's conversation and replies."""
    return outcome.conversation, list(outcome.replies)


def texts(replies: Sequence[Reply]) -> str:
    return "\n".join(r.text for r in replies)


def values(reply: Reply) -> list[str]:
    return [c.value for c in reply.choices]


GUIDED_TO_PLACE = ("1", "for me", "no", "alcohol", "stopped", "no", "yes", "yes", "no")


def test_a_conversation_starts_with_the_welcome_and_crisis_numbers(dialogue: Dialogue) -> None:
    conversation, replies = play(dialogue)

    assert conversation.position.step == "welcome"
    assert "988" in replies[-1].text
    assert "911" in replies[-1].text
    assert values(replies[-1]) == ["guided", "quick", "crisis", "speak:es"]


def test_the_conversation_is_stored_as_json_with_a_schema_version_at_every_step(
    dialogue: Dialogue,
) -> None:
    conversation: Conversation | None = None
    for item in ("/start", *GUIDED_TO_PLACE, "Pittsburgh, PA", "25", "skip"):
        event = UserInput.command("start") if item == "/start" else UserInput.say(item)
        conversation = dialogue.advance(conversation, event, NOW).conversation
        stored = encode_conversation(conversation)
        assert json.loads(stored)["v"] == SCHEMA_VERSION
        assert decode_conversation(stored) == conversation  # read back whole


def test_the_same_input_on_the_same_conversation_gives_the_same_result(
    dialogue: Dialogue,
) -> None:
    conversation, _ = play(dialogue, "2")

    first = dialogue.advance(conversation, UserInput.say("Pittsburgh"), NOW)
    second = dialogue.advance(conversation, UserInput.say("Pittsburgh"), NOW)

    assert first == second


def test_advancing_never_changes_the_conversation_it_was_given(dialogue: Dialogue) -> None:
    conversation, _ = play(dialogue, "1")
    before = encode_conversation(conversation)

    dialogue.advance(conversation, UserInput.say("for me"), NOW)

    assert encode_conversation(conversation) == before


# A walk through every kind of step that changes a conversation: multi-select ticks, a place,
# results, the saved list, a time zone, reminders set, cancelled and delivered, the tracker,
# /delete, a new search and another language.
WALK: tuple[UserInput, ...] = (
    UserInput.command("start"),
    UserInput.say("1"),
    UserInput.say("for me"),
    UserInput.say("no"),
    UserInput.pick("alcohol"),
    UserInput.pick("opioids"),
    UserInput.pick("done"),
    UserInput.command("start", "zip_15222"),
    UserInput.pick("save:p1"),
    UserInput.pick("details:p2"),
    UserInput.say("save"),
    UserInput.command("saved"),
    UserInput.pick("open:p1"),
    UserInput.pick("remind"),
    UserInput.say("Pacific"),
    UserInput.pick("tomorrow_morning"),
    UserInput.command("reminders"),
    UserInput.pick("cancel:r1"),
    UserInput.command("saved"),
    UserInput.pick("open:p1"),
    UserInput.pick("remind"),
    UserInput.pick("in_1_hour"),
    UserInput.command("reminder", "r2"),
    UserInput.command("saved"),
    UserInput.pick("open:p1"),
    UserInput.pick("status"),
    UserInput.say("called"),
    UserInput.pick("questions"),
    UserInput.pick("q:0"),
    UserInput.say("they have a Tuesday opening"),
    UserInput.command("delete"),
    UserInput.say("no"),
    UserInput.say("start over"),
    UserInput.command("language"),
    UserInput.say("español"),
)


def test_no_input_changes_the_conversation_it_was_given(dialogue: Dialogue) -> None:
    conversation: Conversation | None = None
    now = NOW
    for number, event in enumerate(WALK):
        now += timedelta(hours=1)  # so that the reminder set "in 1 hour" falls due
        before = encode_conversation(conversation) if conversation is not None else ""

        outcome = dialogue.advance(conversation, event, now)

        if conversation is not None:
            assert encode_conversation(conversation) == before, f"input {number}: {event}"
        conversation = outcome.conversation
    # The walk went where it meant to: both saved, the second reminder said, now in Spanish.
    assert conversation is not None
    assert [entry.id for entry in conversation.saved] == ["p1", "p2"]
    assert ("r2", "sent") in [(r.id, r.status) for r in conversation.reminders]
    assert conversation.language == "es"


def test_a_stored_conversation_of_another_schema_version_is_unreadable() -> None:
    newer = json.dumps({"v": SCHEMA_VERSION + 1, "step": "results", "answers": {}})

    with pytest.raises(UnreadableConversationError):
        decode_conversation(newer)


def test_an_unreadable_conversation_starts_over_and_says_so(dialogue: Dialogue) -> None:
    conversation, replies = play_outcome(
        dialogue.advance(None, UserInput.say("hello"), NOW, lost=True)
    )

    assert conversation.position.step == "welcome"
    assert replies[0].text == text("engine.lost")
    assert values(replies[-1]) == ["guided", "quick", "crisis", "speak:es"]


def test_a_conversation_at_a_step_that_no_longer_exists_begins_again_keeping_the_list(
    dialogue: Dialogue,
) -> None:
    due = datetime(2026, 11, 27, 15, 0, tzinfo=UTC)
    old = Conversation(
        language="es",
        timezone="America/Chicago",
        position=Position(step="a_retired_step", program="p1"),
        answers={"for_whom": "other", "place": PITTSBURGH_PLACE},
        history=["welcome", "a_retired_step"],
        saved=[SavedProgram(id="p1", status="waiting")],
        reminders=[Reminder(id="r1", program="p1", due=due)],
        counter=1,
    )
    before = encode_conversation(old)

    conversation, replies = play_outcome(dialogue.advance(old, UserInput.say("hola"), NOW))

    assert replies[0].text == text("engine.lost", "es")
    assert conversation.position.step == "welcome"
    assert values(replies[-1]) == ["guided", "quick", "crisis", "speak:en"]
    assert conversation.answers == {}
    assert "a_retired_step" not in conversation.history
    assert conversation.saved == [SavedProgram(id="p1", status="waiting")]
    assert conversation.reminders == [Reminder(id="r1", program="p1", due=due)]
    assert (conversation.language, conversation.timezone, conversation.counter) == (
        "es",
        "America/Chicago",
        1,
    )
    assert encode_conversation(old) == before


def test_the_quick_path_shows_programs_right_after_the_place(dialogue: Dialogue) -> None:
    conversation, replies = play(dialogue, "just show me programs", "Pittsburgh")

    assert conversation.position.step == "results"
    cards = [r for r in replies if r.kind == "program"]
    assert [c.program_id for c in cards] == ["p1", "p2", "p3", "p4"]
    assert "refine" in values(replies[-1])


def test_more_shows_the_next_page_and_details_open_one_program(dialogue: Dialogue) -> None:
    conversation, _ = play(dialogue, "2", "Pittsburgh")

    conversation, replies = play(dialogue, "more", conversation=conversation)
    assert [r.program_id for r in replies if r.kind == "program"] == ["p5"]
    assert "more" not in values(replies[-1])

    conversation, replies = play(dialogue, UserInput.pick("details:p5"), conversation=conversation)
    assert conversation.position.step == "details"
    assert any(r.kind == "place" and r.latitude is not None for r in replies)
    assert "Cash or self-pay" in texts(replies)


def test_a_forged_button_value_is_refused_and_nothing_moves(dialogue: Dialogue) -> None:
    conversation, _ = play(dialogue, "2", "Pittsburgh")

    for forged in ("details:p999", "edit:welcome", "../../etc", "x" * 300):
        after, replies = play_outcome(dialogue.advance(conversation, UserInput.pick(forged), NOW))
        assert after.position.step == "results"
        assert "didn't catch" in replies[0].text


def test_a_crisis_in_free_text_comes_first_and_the_question_stays(dialogue: Dialogue) -> None:
    conversation, _ = play(dialogue, "1", "for me", "no")

    conversation, replies = play(dialogue, "honestly i want to die", conversation=conversation)

    assert replies[0].kind == "crisis"
    assert "988" in replies[0].text
    assert conversation.position.step == "substances"
    assert replies[-1].step == "substances"


def test_the_crisis_command_answers_at_once_and_resume_returns(dialogue: Dialogue) -> None:
    conversation, _ = play(dialogue, "1", "for me")

    conversation, replies = play(dialogue, UserInput.command("crisis"), conversation=conversation)
    assert replies[0].kind == "crisis"
    assert "1-800-662-4357" in replies[0].text
    assert conversation.position.step == "crisis"

    conversation, replies = play(dialogue, UserInput.pick("resume"), conversation=conversation)
    assert conversation.position.step == "safety"


def test_daily_alcohol_without_detox_explains_the_danger_and_adds_detox(
    dialogue: Dialogue,
) -> None:
    conversation, replies = play(dialogue, "1", "for me", "no", "alcohol", "still using", "yes")

    assert "seizures" in texts(replies)
    conversation, replies = play(
        dialogue, "yes", "yes", "no", "Pittsburgh", conversation=conversation
    )
    conversation, replies = play(dialogue, *(["skip"] * 8), "search", conversation=conversation)

    assert conversation.position.step == "results"
    assert "Detox Center" in texts(replies)


def test_the_daily_use_question_is_skipped_for_other_substances(dialogue: Dialogue) -> None:
    conversation, _ = play(dialogue, "1", "for me", "no", "cannabis", "still using")

    assert conversation.position.step == "home"


def test_family_members_get_their_own_wording(dialogue: Dialogue) -> None:
    conversation, replies = play(dialogue, "1", "for my son")

    assert "intake usually needs the person" in texts(replies).replace("(the intake) ", "intake ")
    conversation, replies = play(dialogue, "no", "opioids", conversation=conversation)
    assert "for them" in replies[-1].text


def test_multi_select_buttons_toggle_and_done_records_them(dialogue: Dialogue) -> None:
    conversation, _ = play(dialogue, "1", "for me", "no")

    conversation, replies = play(dialogue, UserInput.pick("alcohol"), conversation=conversation)
    assert [c.value for c in replies[-1].choices if c.selected] == ["alcohol"]
    conversation, replies = play(
        dialogue, UserInput.pick("opioids"), UserInput.pick("alcohol"), conversation=conversation
    )
    assert [c.value for c in replies[-1].choices if c.selected] == ["opioids"]

    conversation, _ = play(dialogue, UserInput.pick("done"), conversation=conversation)
    assert conversation.answers["substances"] == ["opioids"]
    assert conversation.position.step == "withdrawal"


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
    conversation, _ = play(dialogue, *GUIDED_TO_PLACE, "Pittsburgh", "25", "adult")

    conversation, _ = play(dialogue, typed, conversation=conversation)

    assert conversation.answers["schedule"] == expected


def test_a_misspelled_option_is_still_understood(dialogue: Dialogue) -> None:
    conversation, _ = play(
        dialogue, *GUIDED_TO_PLACE, "Pittsburgh", "25", "adult", "skip", "skip", "skip"
    )

    conversation, _ = play(dialogue, "medicade", conversation=conversation)

    assert conversation.answers["payment"] == ["medicaid"]


def test_what_is_not_understood_is_asked_again_with_the_options(dialogue: Dialogue) -> None:
    conversation, _ = play(dialogue, "1")

    conversation, replies = play(dialogue, "purple monkey", conversation=conversation)

    assert conversation.position.step == "for_whom"
    assert "didn't catch" in replies[0].text
    assert values(replies[-1]) == ["self", "other"]


def test_a_five_thousand_character_message_gets_an_answer(dialogue: Dialogue) -> None:
    conversation, _ = play(dialogue, "1")

    conversation, replies = play(dialogue, "a" * 5000, conversation=conversation)

    assert replies
    assert conversation.position.step == "for_whom"


def test_back_returns_to_the_previous_question(dialogue: Dialogue) -> None:
    conversation, _ = play(dialogue, "1", "for me", "no")

    conversation, replies = play(dialogue, "back", conversation=conversation)

    assert conversation.position.step == "safety"
    assert replies[-1].step == "safety"


def test_start_over_forgets_every_answer(dialogue: Dialogue) -> None:
    conversation, _ = play(dialogue, "1", "for my son", "no", "alcohol")

    conversation, _ = play(dialogue, "start over", conversation=conversation)

    assert conversation.position.step == "welcome"
    assert conversation.answers == {}


def test_editing_from_the_summary_comes_back_to_the_summary(dialogue: Dialogue) -> None:
    conversation, _ = play(dialogue, *GUIDED_TO_PLACE, "Pittsburgh", *(["skip"] * 8))
    assert conversation.position.step == "summary"

    conversation, _ = play(
        dialogue, UserInput.pick("edit:language"), "spanish", conversation=conversation
    )

    assert conversation.position.step == "summary"
    assert conversation.answers["language"] == "spanish"


@pytest.mark.parametrize("typed", ["nah", "no changes", "idk", "ok", "no", "nada"])
def test_no_change_at_the_summary_runs_the_search(dialogue: Dialogue, typed: str) -> None:
    conversation, _ = play(dialogue, *GUIDED_TO_PLACE, "Pittsburgh", *(["skip"] * 8))
    assert conversation.position.step == "summary"
    if typed == "nada":
        conversation, _ = play(dialogue, "español", conversation=conversation)

    conversation, _ = play(dialogue, typed, conversation=conversation)

    assert conversation.position.step == "results"


def test_skipped_questions_do_not_filter(dialogue: Dialogue) -> None:
    conversation, replies = play(
        dialogue, *GUIDED_TO_PLACE, "Pittsburgh", *(["skip"] * 8), "search"
    )

    assert conversation.position.step == "results"
    assert len([r for r in replies if r.kind == "program"]) == 4


def test_a_shared_location_answers_the_where_question(dialogue: Dialogue) -> None:
    conversation, _ = play(dialogue, "2")

    conversation, _ = play(dialogue, UserInput.located(40.44, -79.99), conversation=conversation)

    assert conversation.position.step == "results"
    place = conversation.answers["place"]
    assert isinstance(place, Place)
    assert place.name == "Pittsburgh, PA"


def test_an_unknown_place_gets_a_hint_and_the_question_again(dialogue: Dialogue) -> None:
    conversation, _ = play(dialogue, "2")

    conversation, replies = play(dialogue, "Narnia", conversation=conversation)

    assert conversation.position.step == "place"
    assert "ZIP code" in replies[0].text


def test_the_place_cannot_be_skipped(dialogue: Dialogue) -> None:
    conversation, _ = play(dialogue, "2")

    conversation, replies = play(dialogue, "skip", conversation=conversation)

    assert conversation.position.step == "place"
    assert "need this one" in replies[0].text


@pytest.mark.parametrize(
    ("payload", "step"),
    [("family", "safety"), ("zip_15222", "results"), ("", "welcome"), ("zip_x", "welcome")],
    ids=["family", "zip", "none", "bad-zip"],
)
def test_deep_links_start_where_they_point(dialogue: Dialogue, payload: str, step: str) -> None:
    conversation = dialogue.advance(None, UserInput.command("start", payload), NOW).conversation

    assert conversation.position.step == step


def test_someone_else_switches_the_wording_without_losing_the_place(dialogue: Dialogue) -> None:
    conversation, _ = play(dialogue, "1", "for me", "no")

    conversation, replies = play(
        dialogue, "I'm looking for someone else", conversation=conversation
    )

    assert conversation.answers["for_whom"] == "other"
    assert conversation.position.step == "substances"
    assert "someone else" in replies[0].text


@pytest.mark.parametrize(
    ("answer", "favors", "explains"),
    [("yes", True, True), ("no", False, False), ("not sure", False, True)],
    ids=["wanted", "declined", "unsure"],
)
def test_the_medication_note_promises_ranking_only_when_medication_is_wanted(
    dialogue: Dialogue, answer: str, favors: bool, explains: bool
) -> None:
    before_medication = ("1", "for me", "no", "alcohol", "stopped", "no", "yes", "yes")
    _, replies = play(dialogue, *before_medication, answer)

    said = texts(replies)
    assert ("I'll favor programs that offer them" in said) is favors
    assert ("FDA-approved medications for alcohol" in said) is explains


@pytest.mark.parametrize(("typed", "chosen"), [("sí", "spanish"), ("da igual", "english")])
def test_in_spanish_the_language_question_asks_whether_to_look_for_spanish(
    dialogue: Dialogue, typed: str, chosen: str
) -> None:
    conversation, _ = play(dialogue, *GUIDED_TO_PLACE, "Pittsburgh", *(["skip"] * 8))
    conversation, replies = play(
        dialogue, UserInput.command("language"), "español", conversation=conversation
    )
    conversation, replies = play(
        dialogue, UserInput.pick("edit:language"), conversation=conversation
    )
    assert "¿Busco programas que atiendan en español?" in texts(replies)

    conversation, _ = play(dialogue, typed, conversation=conversation)

    assert conversation.answers["language"] == chosen


def test_spanish_detox_suggestions_give_distances_in_millas_as_the_cards_do(
    dialogue: Dialogue,
) -> None:
    conversation, _ = play(dialogue, UserInput.command("start", "es"))
    conversation, _ = play(
        dialogue, "1", "para mí", "no", "alcohol", "3", "sí", conversation=conversation
    )
    conversation, _ = play(dialogue, "sí", "sí", "no", "Pittsburgh", conversation=conversation)
    conversation, replies = play(dialogue, *(["saltar"] * 8), "buscar", conversation=conversation)

    detox = next(r.text for r in replies if "Detox Center" in r.text)
    cards = [r.text for r in replies if r.kind == "program"]
    assert "3.0 millas" in detox
    assert " mi," not in detox
    assert cards
    assert all("millas ·" in card for card in cards)


@pytest.mark.parametrize(
    ("language", "who", "line"),
    [
        ("en", "for my son", "• For: your son"),
        ("en", "for me", "• For: you"),
        ("en", "2", "• For: someone you care about"),
        ("es", "para mi hija", "• Para: su hija"),
        ("es", "para mí", "• Para: usted"),
        ("es", "2", "• Para: un ser querido"),
    ],
    ids=["son", "me", "someone", "hija", "mí", "alguien"],
)
def test_the_summary_says_who_it_is_for_without_repeating_its_label(
    dialogue: Dialogue, language: str, who: str, line: str
) -> None:
    conversation, _ = play(dialogue, UserInput.command("start", language))
    to_summary = ("1", who, "no", "cannabis", "3", "1", "1", "Pittsburgh", *(["skip"] * 9))
    conversation, replies = play(dialogue, *to_summary, conversation=conversation)

    assert conversation.position.step == "summary"
    lines = replies[-1].text.splitlines()
    assert line in lines
    assert not any(s.startswith(("• For: For", "• Para: Para")) for s in lines)


def labels(reply: Reply) -> list[str]:
    return [c.label for c in reply.choices]


@pytest.mark.parametrize(
    ("language", "who", "medication", "payment"),
    [
        ("es", "para mi hijo", "Sí, le interesa", ["No tiene seguro", "Necesita atención gratis"]),
        ("es", "para mí", "Sí, me interesa", ["No tengo seguro", "Necesito atención gratis"]),
        (
            "en",
            "for my son",
            "Yes, interested",
            ["They have no insurance", "Paying out of pocket"],
        ),
        ("en", "for me", "Yes, I'd like to know about it", ["No insurance", "Paying myself"]),
    ],
    ids=["es-relative", "es-self", "en-relative", "en-self"],
)
def test_options_speak_for_the_person_being_helped(
    dialogue: Dialogue, language: str, who: str, medication: str, payment: list[str]
) -> None:
    conversation, _ = play(dialogue, UserInput.command("start", language))
    conversation, replies = play(
        dialogue, "1", who, "no", "opioids", "3", "1", "1", conversation=conversation
    )
    assert conversation.position.step == "medication"
    assert medication in labels(replies[-1])

    to_payment = ("4", "Pittsburgh", *(["skip"] * 5))
    conversation, replies = play(dialogue, *to_payment, conversation=conversation)
    assert conversation.position.step == "payment"
    assert set(payment) <= set(labels(replies[-1]))
