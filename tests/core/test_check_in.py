"""The check-in ("are you safe right now?") as people answer it: whom it asks about, yes in
many words, and nothing lost when it came on words that were about something else."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

import pytest

from bot.core.answers import FOR_WHOM, SUBSTANCES
from bot.core.catalog import InMemoryCatalog
from bot.core.crisis import Assessment
from bot.core.dialogue import Dialogue, Outcome, Reply, UserInput
from bot.core.location import Candidate, Place, Resolution
from bot.core.understanding.person import about
from bot.core.understanding.safe_reply import reads_safe
from flows import ALL_FLOWS
from tests.builders import PITTSBURGH, a_program, miles_north
from tests.core.talking import talk

NOW = datetime(2026, 12, 5, 15, 0, tzinfo=UTC)
PLACE = Place("zip", "15222 (Pittsburgh, PA)", "PA", *PITTSBURGH, zip="15222")

# What the fake screening finds, by the exact words. Learned: what only the learned layer
# raises (words no rule reads as danger); the others are a rule's.
LEARNED = {
    "hi, my husband drinks too much and i want to find him some help": "violence",
    "tell me about hilltop recovery": "suicide",
    "honestly some days i don't know how much longer i can do this": "suicide",
    "ya no puedo más con esto": "suicide",
    "no, hes not in any danger right now, hes asleep": "overdose",
    "yes he is safe. he is sleeping.": "unsafe_home",
    "he keeps saying nobody would miss him": "suicide",
    "i keep thinking about the bridge on my way home": "suicide",
}
RULES = {
    "he took all his pills and wont wake up": Assessment("emergency", "overdose"),
    "i dont want to be here anymore": Assessment("possible", "suicide"),
    "my son is using pills again and i dont know what to do": Assessment("possible", "suicide"),
}


def screening(text: str) -> Assessment:
    said = text.casefold()
    if said in LEARNED:
        return Assessment("possible", LEARNED[said], learned=True)  # type: ignore[arg-type]
    return RULES.get(said, Assessment("none"))


class OnePlace:
    def resolve(self, text: str) -> Resolution:
        return Resolution("found", (Candidate(PLACE, 1.0, False),))

    def resolve_point(self, lat: float, lon: float) -> Resolution:
        return self.resolve("")


@pytest.fixture(name="dialogue")
def dialogue_fixture() -> Dialogue:
    catalog = InMemoryCatalog(
        [
            a_program(id="p1", name="Allegheny Evening IOP", codes="OIT ADLT", **miles_north(1)),
            a_program(id="p2", name="Hilltop Recovery", codes="OIT ADLT", **miles_north(3)),
        ]
    )
    return Dialogue(ALL_FLOWS, catalog, OnePlace(), screening=screening)


def play(dialogue: Dialogue, *inputs: str) -> Outcome:
    outcome = dialogue.advance(None, UserInput.command("start"), NOW)
    for typed in inputs:
        outcome = dialogue.advance(outcome.conversation, UserInput.say(typed), NOW)
    return outcome


def for_relative(dialogue: Dialogue, message: str) -> Outcome:
    """The guided intake for someone else, the message sent at its first question."""
    return play(dialogue, "1", "for someone I care about", message)


def said(replies: Sequence[Reply]) -> str:
    return "\n".join(r.text for r in replies)


def test_a_check_in_on_a_family_message_loses_none_of_it_and_does_not_start_over(
    dialogue: Dialogue,
) -> None:
    first = play(dialogue, "hi, my husband drinks too much and I want to find him some help")
    assert first.conversation.position.step == "safe_check"

    outcome = dialogue.advance(first.conversation, UserInput.say("yes he's fine"), NOW)

    text = said(outcome.replies)
    assert "The numbers are there any time" in text
    assert "Tell me in your own words" not in text  # not the welcome again
    assert "in danger right now?" not in text  # the check-in just answered that
    answers = outcome.conversation.answers
    assert answers[FOR_WHOM] == "other"
    assert answers[SUBSTANCES] == ["alcohol"]
    assert outcome.conversation.position.held == ""  # kept only while the check-in was open


@pytest.mark.parametrize("kept", [True, False], ids=["told-the-search", "worry-only"])
def test_a_rules_check_in_at_the_welcome_goes_on_from_what_the_message_told(
    dialogue: Dialogue, kept: bool
) -> None:
    message = "my son is using pills again and i dont know what to do"
    first = play(dialogue, message if kept else "i dont want to be here anymore")
    assert first.conversation.position.step == "safe_check"

    outcome = dialogue.advance(first.conversation, UserInput.say("yes hes safe"), NOW)

    greeted_again = "Tell me in your own words" in said(outcome.replies)
    assert greeted_again is not kept  # a worry alone has nothing to go on from
    if kept:
        assert outcome.conversation.answers[FOR_WHOM] == "other"
        assert outcome.conversation.position.step not in ("welcome", "safe_check")


def test_a_request_that_raised_a_check_in_is_carried_out_after_yes(dialogue: Dialogue) -> None:
    outcome = play(dialogue, "2", "15222", "tell me about Hilltop Recovery", "yes")

    text = said(outcome.replies)
    assert "The numbers are there any time" in text
    assert "Hilltop Recovery" in outcome.replies[1].text
    assert outcome.conversation.position.step == "details"
    assert outcome.conversation.position.program == "p2"


def test_a_tapped_yes_carries_out_the_request_too(dialogue: Dialogue) -> None:
    before = play(dialogue, "2", "15222", "tell me about Hilltop Recovery")

    outcome = dialogue.advance(before.conversation, UserInput.pick("safe", "safe_check"), NOW)

    assert outcome.conversation.position.program == "p2"


def test_a_request_made_during_the_check_in_waits_for_yes_then_is_carried_out(
    dialogue: Dialogue,
) -> None:
    worried = "honestly some days i don't know how much longer i can do this"
    asked = play(dialogue, "2", "15222", worried, "tell me about the second one")

    text = said(asked.replies)
    assert "didn't catch" not in text
    assert "right after this" in text
    assert "are you safe right now?" in text
    assert asked.conversation.position.step == "safe_check"

    outcome = dialogue.advance(asked.conversation, UserInput.say("yes"), NOW)

    assert "The numbers are there any time" in said(outcome.replies)
    assert outcome.conversation.position.step == "details"
    assert outcome.conversation.position.program == "p2"


def test_not_safe_forgets_the_message_and_brings_the_crisis_text(dialogue: Dialogue) -> None:
    outcome = play(dialogue, "2", "15222", "tell me about Hilltop Recovery", "no")

    assert outcome.replies[0].kind == "crisis"
    assert outcome.conversation.position.step == "crisis"
    assert outcome.conversation.position.held == ""


def test_a_worry_that_raised_a_check_in_is_not_answered_with_didnt_catch_that(
    dialogue: Dialogue,
) -> None:
    outcome = play(dialogue, "2", "i dont want to be here anymore", "yes")

    text = said(outcome.replies)
    assert "didn't catch" not in text
    assert outcome.conversation.position.step == "place"


def test_a_relative_who_speaks_of_themselves_is_asked_about_themselves(
    dialogue: Dialogue,
) -> None:
    outcome = for_relative(
        dialogue, "honestly some days I don't know how much longer I can do this"
    )

    assert "Are you safe right now?" in outcome.replies[-1].text
    assert "Are they" not in outcome.replies[-1].text
    yes = dialogue.advance(outcome.conversation, UserInput.say("yes"), NOW)
    assert "you deserve support too" in said(yes.replies)  # a word for the carer


def test_a_spanish_relative_who_speaks_of_themselves_gets_usted_and_a_matching_button(
    dialogue: Dialogue,
) -> None:
    outcome = for_relative(dialogue, "ya no puedo más con esto")

    question = outcome.replies[0]
    assert "¿Está a salvo ahora mismo?" in question.text
    assert [c.label for c in question.choices][1] == "No, no estoy a salvo"
    yes = dialogue.advance(outcome.conversation, UserInput.say("sí estoy bien"), NOW)
    assert "usted también merece apoyo" in said(yes.replies)


def test_a_check_in_about_the_relative_speaks_of_them(dialogue: Dialogue) -> None:
    outcome = for_relative(dialogue, "he keeps saying nobody would miss him")

    assert "Are they safe right now?" in outcome.replies[-1].text
    assert [c.label for c in outcome.replies[-1].choices][1] == "No, not safe"


@pytest.mark.parametrize(
    "answer",
    [
        "Yes he is safe. He is sleeping.",
        "yes i think so",
        "yeah she's fine now",
        "no one is in danger",
        "sí, está bien, está dormido",
        "nadie está en peligro",
        "ya",
    ],
)
def test_yes_in_many_words_is_safe(dialogue: Dialogue, answer: str) -> None:
    outcome = play(dialogue, "2", "i dont want to be here anymore", answer)

    assert outcome.replies[0].kind != "crisis"
    assert "1-800-799-7233" not in said(outcome.replies)
    assert outcome.conversation.position.step == "place"


@pytest.mark.parametrize(
    "answer",
    ["idk", "not really", "fine i guess", "yes but he is still drinking", "no he is not ok",
     "maybe", "no sé", "no está bien", "I don't think so", "ya no aguanto"],
)  # fmt: skip
def test_doubt_or_not_is_never_read_as_safe(answer: str) -> None:
    assert not reads_safe(answer)


def test_no_danger_in_words_answers_the_danger_question_without_a_check_in(
    dialogue: Dialogue,
) -> None:
    outcome = for_relative(dialogue, "No, hes not in any danger right now, hes asleep")

    assert "safe right now?" not in said(outcome.replies)
    assert outcome.conversation.answers["danger"] == "none"


def test_a_sentence_holding_an_options_word_still_gets_the_check_in(dialogue: Dialogue) -> None:
    # "keep" saves a program on its page; in a sentence about a bridge it is no tap.
    outcome = play(
        dialogue, "2", "15222", "details 1", "i keep thinking about the bridge on my way home"
    )

    assert outcome.conversation.position.step == "safe_check"
    assert "Are you safe right now?" in outcome.replies[-1].text
    assert outcome.conversation.saved == []


@pytest.mark.parametrize("answer", ["no thanks", "not right now", "no gracias", "ahorita no"])
def test_a_polite_no_answers_the_danger_question(dialogue: Dialogue, answer: str) -> None:
    outcome = for_relative(dialogue, answer)

    assert outcome.conversation.answers["danger"] == "none"
    assert "safe right now?" not in said(outcome.replies)


def test_after_an_overdose_he_is_awake_gets_the_follow_up_about_him_not_a_check_in(
    dialogue: Dialogue,
) -> None:
    outcome = play(
        dialogue, "2", "he took all his pills and wont wake up", "hes breathing now, hes awake"
    )

    text = said(outcome.replies)
    assert "stay with them for the next few hours" in text
    assert "1-800-222-1222" in text  # Poison Control
    assert "safe right now?" not in text


@pytest.mark.parametrize(
    ("message", "whom"),
    [
        ("I don't know how much longer I can do this", "self"),
        ("ya no le veo sentido a nada", "self"),
        ("estoy cansada de todo", "self"),
        ("me lo tomé todo", "self"),
        ("he took all his pills and i cant wake him", "other"),
        ("she won't wake up", "other"),
        ("mi hijo dice que ya no quiere vivir", "other"),
        ("se tomó todo el frasco", "other"),
        ("my kids would be better off without me", "self"),
        ("sometimes i think theyd all be better off without me", "self"),
        ("a veces pienso que mi familia estaria mejor sin mí", "self"),
        ("my son says he is better off dead", "other"),
        ("my son and i fight, i cant do this", ""),
        ("can't take it anymore", ""),
    ],
)
def test_whom_a_message_of_danger_is_about(message: str, whom: str) -> None:
    assert about(message) == whom


@pytest.mark.parametrize("doubt", ["idk", "not sure", "i dont know", "no sé"])
def test_doubt_at_the_danger_question_is_asked_plainly_never_read_as_no_one(
    dialogue: Dialogue, doubt: str
) -> None:
    outcome = play(dialogue, "1", "me", doubt)

    assert outcome.conversation.position.step == "safe_check"
    assert "danger" not in outcome.conversation.answers
    after = dialogue.advance(outcome.conversation, UserInput.say("yes im safe"), NOW)
    assert after.conversation.answers["danger"] == "none"
    assert after.conversation.position.step == "substances"


@pytest.mark.parametrize("no", ["nah", "nope", "no one"])
def test_a_plain_no_at_the_danger_question_goes_on(dialogue: Dialogue, no: str) -> None:
    outcome = play(dialogue, "1", "me", no)

    assert outcome.conversation.answers["danger"] == "none"
    assert outcome.conversation.position.step == "substances"


WIFE = ("1", "for my husband", "no", "alcohol", "still using", "yes", "yes")


def test_a_relative_speaking_of_her_own_absence_gets_the_crisis_text_about_herself(
    real_dialogue: Dialogue,
) -> None:
    outcome = talk(real_dialogue, *WIFE, "sometimes i think theyd all be better off without me")

    crisis = next(r.text for r in outcome.replies if r.kind == "crisis")
    assert "If you are in immediate danger" in crisis
    assert "for them or with them" not in crisis


def test_im_ok_after_a_crisis_text_is_thanked_and_the_question_asked_again(
    real_dialogue: Dialogue,
) -> None:
    shown = talk(real_dialogue, *WIFE, "sometimes i think theyd all be better off without me")
    step = shown.conversation.position.step

    outcome = talk(
        real_dialogue, *WIFE, "sometimes i think theyd all be better off without me", "im ok"
    )

    text = said(outcome.replies)
    assert "The numbers are there any time" in text
    assert "didn't catch" not in text
    assert outcome.conversation.position.step == step


def test_a_past_event_the_step_cannot_read_gets_no_didnt_catch_that(
    real_dialogue: Dialogue,
) -> None:
    outcome = talk(real_dialogue, "1", "for my son", "he overdosed last year, he almost died")

    text = said(outcome.replies)
    assert "glad they're safe now" in text
    assert "didn't catch" not in text
