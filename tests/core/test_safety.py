"""What every message is read for first: danger in tiers, and the language people ask for."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

import pytest

from bot.core.catalog import InMemoryCatalog
from bot.core.conversation import Conversation
from bot.core.crisis import Assessment
from bot.core.dialogue import Dialogue, Outcome, Reply, UserInput
from bot.core.location import Candidate, Place, Resolution
from flows import ALL_FLOWS
from tests.builders import PITTSBURGH, a_program, miles_north

NOW = datetime(2026, 11, 26, 15, 0, tzinfo=UTC)
PLACE = Place("zip", "15222 (Pittsburgh, PA)", "PA", *PITTSBURGH, zip="15222")
# What a fake screening finds, by the exact words: the engine's tiers tested on their own.
FOUND = {
    "took the whole bottle": Assessment("emergency", "overdose"),
    "my husband hits me": Assessment("emergency", "unsafe_home"),
    "i dont want to be here anymore": Assessment("possible", "suicide"),
    "he overdosed last year and now wants help": Assessment("past", "overdose"),
    "fine i guess, i just dont want to be here": Assessment("possible", "suicide", learned=True),
    "only evenings, i dont want to be here anymore": Assessment("possible", "suicide"),
    "me tomé todo el frasco de pastillas y no despierta": Assessment("emergency", "overdose"),
    "ya no quiero estar aquí, mejor me voy para siempre": Assessment("possible", "suicide"),
}
# What only the learned layer would raise, and what a rule raises, at the question of where.
FOUND.update(
    {
        "somewhere around the bronx": Assessment("possible", "violence", learned=True),
        "hes coming after me with a hammer": Assessment("possible", "violence", learned=True),
        "near pittsburgh and im so scared": Assessment("possible", "unsafe_home", learned=True),
        "near pittsburgh, i dont want to be here anymore": Assessment("possible", "suicide"),
    }
)
SWITCHED_ES = "A partir de ahora le hablaré en español"


def screening(text: str) -> Assessment:
    return FOUND.get(text, Assessment("none"))


class OnePlace:
    """Every text is that one place, but for words that name no place at all."""

    def resolve(self, text: str) -> Resolution:
        if "hammer" in text:
            return Resolution("not_found", ())
        return Resolution("found", (Candidate(PLACE, 1.0, False),))

    def resolve_point(self, lat: float, lon: float) -> Resolution:
        return self.resolve("")


@pytest.fixture(name="dialogue")
def dialogue_fixture() -> Dialogue:
    catalog = InMemoryCatalog([a_program(id="p1", codes="OIT ADLT", **miles_north(1))])
    return Dialogue(ALL_FLOWS, catalog, OnePlace(), screening=screening)


def play(dialogue: Dialogue, *inputs: str, start: Conversation | None = None) -> Outcome:
    outcome = dialogue.advance(start, UserInput.command("start"), NOW)
    for typed in inputs:
        outcome = dialogue.advance(outcome.conversation, UserInput.say(typed), NOW)
    return outcome


def said(replies: Sequence[Reply]) -> str:
    return "\n".join(r.text for r in replies)


def kinds(replies: Sequence[Reply]) -> list[str]:
    return [r.kind for r in replies]


def test_an_emergency_gets_its_own_fixed_text_first_and_the_question_again(
    dialogue: Dialogue,
) -> None:
    outcome = play(dialogue, "2", "my husband hits me")

    first = outcome.replies[0]
    assert first.kind == "crisis"
    assert "1-800-799-7233" in first.text  # the National Domestic Violence Hotline
    assert "911" in first.text
    assert outcome.conversation.position.step == "place"


def test_a_possible_danger_gets_a_check_in_naming_988_and_911_with_buttons(
    dialogue: Dialogue,
) -> None:
    outcome = play(dialogue, "2", "i dont want to be here anymore")

    (question,) = outcome.replies
    assert "Are you safe right now?" in question.text
    assert "988" in question.text
    assert "911" in question.text
    assert [c.value for c in question.choices] == ["safe", "not_safe"]
    assert outcome.conversation.position.step == "safe_check"


def test_a_crisis_in_spanish_mid_intake_gets_the_spanish_crisis_text_before_the_switch_note(
    dialogue: Dialogue,
) -> None:
    outcome = play(dialogue, "1", "for me", "me tomé todo el frasco de pastillas y no despierta")

    first, second = outcome.replies[:2]
    assert first.kind == "crisis"
    assert "Llame al 911" in first.text
    assert SWITCHED_ES in second.text
    assert outcome.conversation.language == "es"


def test_a_spanish_check_in_comes_before_the_switch_note(dialogue: Dialogue) -> None:
    outcome = play(dialogue, "2", "ya no quiero estar aquí, mejor me voy para siempre")

    question, note = outcome.replies
    assert "988" in question.text
    assert [c.value for c in question.choices] == ["safe", "not_safe"]
    assert SWITCHED_ES in note.text
    assert outcome.conversation.position.step == "safe_check"


def test_a_first_message_in_spanish_that_is_a_crisis_gets_the_crisis_text_then_the_note(
    dialogue: Dialogue,
) -> None:
    outcome = dialogue.advance(
        None, UserInput.say("me tomé todo el frasco de pastillas y no despierta"), NOW
    )

    assert outcome.replies[0].kind == "crisis"
    assert "Llame al 911" in outcome.replies[0].text
    assert SWITCHED_ES in outcome.replies[1].text
    assert "Hola. Puedo ayudarle" not in said(outcome.replies[:2])  # the welcome comes after


def test_a_plain_answer_the_learned_layer_alone_reads_as_danger_is_taken_as_the_answer(
    dialogue: Dialogue,
) -> None:
    outcome = play(dialogue, "2", "somewhere around the bronx")

    assert "Are you safe right now?" not in said(outcome.replies)
    assert outcome.conversation.answers["place"]
    assert outcome.conversation.position.step != "safe_check"


@pytest.mark.parametrize(
    "message",
    [
        "hes coming after me with a hammer",  # no answer to the question in it
        "near pittsburgh and im so scared",  # an answer, and a word of danger
        "near pittsburgh, i dont want to be here anymore",  # a rule's check-in
    ],
)
def test_a_check_in_still_comes_where_the_message_is_more_than_a_plain_answer(
    dialogue: Dialogue, message: str
) -> None:
    outcome = play(dialogue, "2", message)

    assert "safe right now?" in said(outcome.replies)
    assert outcome.conversation.position.step == "safe_check"


def test_safe_after_a_check_in_goes_back_to_where_the_person_was(dialogue: Dialogue) -> None:
    outcome = play(dialogue, "2", "i dont want to be here anymore", "yes im safe")

    assert "The numbers are there any time" in said(outcome.replies)
    assert outcome.conversation.position.step == "place"
    assert outcome.conversation.position.crisis_kind == ""


def test_words_that_do_not_answer_a_check_in_get_its_question_again_in_short(
    dialogue: Dialogue,
) -> None:
    outcome = play(dialogue, "2", "i dont want to be here anymore", "pittsburgh")

    text = said(outcome.replies)
    assert "are you safe right now?" in text
    assert "911" in text
    assert "I want to make sure" not in text  # not the whole check-in again
    assert outcome.conversation.position.step == "safe_check"


def test_not_safe_after_a_check_in_brings_the_crisis_text_of_what_was_found(
    dialogue: Dialogue,
) -> None:
    outcome = play(dialogue, "2", "i dont want to be here anymore", "no")

    assert outcome.replies[0].kind == "crisis"
    assert "Suicide & Crisis Lifeline" in outcome.replies[0].text
    assert outcome.conversation.position.step == "crisis"
    resumed = dialogue.advance(outcome.conversation, UserInput.say("continue"), NOW)
    assert resumed.conversation.position.step == "place"


def test_more_words_of_danger_in_answer_to_a_check_in_are_never_taken_for_safe(
    dialogue: Dialogue,
) -> None:
    # "fine" is a way to say "safe", but not before "I just don't want to be here anymore".
    outcome = play(
        dialogue,
        "2",
        "i dont want to be here anymore",
        "fine i guess, i just dont want to be here",
    )

    assert outcome.replies[0].kind == "crisis"
    assert "Suicide & Crisis Lifeline" in outcome.replies[0].text
    assert outcome.conversation.position.step == "crisis"
    resumed = dialogue.advance(outcome.conversation, UserInput.say("continue"), NOW)
    assert resumed.conversation.position.step == "place"


def test_not_knowing_whether_they_are_safe_brings_the_crisis_text_and_ok_goes_on(
    dialogue: Dialogue,
) -> None:
    outcome = play(dialogue, "2", "i dont want to be here anymore", "idk")

    assert outcome.replies[0].kind == "crisis"
    resumed = dialogue.advance(outcome.conversation, UserInput.say("ok"), NOW)
    assert resumed.conversation.position.step == "place"


def test_a_check_in_keeps_what_the_message_told_without_saying_it_back(
    dialogue: Dialogue,
) -> None:
    outcome = play(dialogue, "2", "only evenings, i dont want to be here anymore")

    (question,) = outcome.replies  # the check-in alone, no "Got it"
    assert "Are you safe right now?" in question.text
    assert outcome.conversation.answers["schedule"] == ["evening"]


def test_a_check_in_comes_first_even_in_the_first_message(dialogue: Dialogue) -> None:
    outcome = dialogue.advance(None, UserInput.say("i dont want to be here anymore"), NOW)

    assert kinds(outcome.replies) == ["question"]
    assert "Are you safe right now?" in outcome.replies[0].text


def test_something_in_the_past_gets_one_line_and_the_conversation_goes_on(
    dialogue: Dialogue,
) -> None:
    outcome = play(dialogue, "1", "he overdosed last year and now wants help")

    assert kinds(outcome.replies)[0] == "text"
    assert "glad" in outcome.replies[0].text
    assert "911" not in said(outcome.replies[:1])
    assert all(r.kind != "crisis" for r in outcome.replies)


def test_after_an_overdose_an_im_ok_gets_one_follow_up_about_naloxone(
    dialogue: Dialogue,
) -> None:
    outcome = play(dialogue, "2", "took the whole bottle", "he's ok now")

    assert "naloxone" in said(outcome.replies)
    assert "not to use alone" in said(outcome.replies)
    again = dialogue.advance(outcome.conversation, UserInput.say("he's ok now"), NOW)
    assert "naloxone" not in said(again.replies)  # once


@pytest.mark.parametrize("typed", ["Español", "no hablo inglés", "spanish please"])
def test_asking_for_spanish_at_any_step_switches_and_says_how_to_switch_back(
    dialogue: Dialogue, typed: str
) -> None:
    outcome = play(dialogue, "1", typed)

    assert outcome.conversation.language == "es"
    assert "Para volver al inglés, escriba English" in outcome.replies[0].text
    assert outcome.conversation.position.step == "for_whom"
    back = dialogue.advance(outcome.conversation, UserInput.say("English"), NOW)
    assert back.conversation.language == "en"


def test_a_language_named_where_the_question_is_which_language_is_the_answer(
    dialogue: Dialogue,
) -> None:
    start = play(dialogue, "1").conversation
    start.position.step = "language"  # the question: which language should the groups be in?

    outcome = dialogue.advance(start, UserInput.say("spanish"), NOW)

    assert outcome.conversation.language == "en"
    assert outcome.conversation.answers["language"] == "spanish"


def test_a_first_message_in_spanish_is_welcomed_in_spanish(dialogue: Dialogue) -> None:
    outcome = dialogue.advance(None, UserInput.say("hola necesito ayuda"), NOW)

    assert outcome.conversation.language == "es"
    assert "Para volver al inglés" in outcome.replies[0].text
    assert outcome.replies[-1].text.endswith("o elija cómo empezar:")


def test_an_answer_in_spanish_switches_the_conversation_and_is_understood(
    dialogue: Dialogue,
) -> None:
    outcome = play(dialogue, "1", "para mi hijo")

    assert outcome.conversation.language == "es"
    assert outcome.conversation.answers["for_whom"] == "other"
    assert outcome.conversation.position.step == "safety"


def test_a_place_name_does_not_change_the_language(dialogue: Dialogue) -> None:
    outcome = play(dialogue, "2", "Los Angeles")

    assert outcome.conversation.language == "en"
