"""Words people really type: short and misspelled alcohol, slang, "pills", the insurance plan,
and "search now" at an optional question."""

from __future__ import annotations

import pytest

from bot.core.answers import read_answers
from bot.core.call_script import render_call_plan, render_more_questions
from bot.core.dialogue import Dialogue, UserInput
from bot.core.questions import plan_call
from bot.core.understanding.slots import read
from tests.builders import a_program
from tests.core.talking import NOW, replied, talk

FIRST = "I need help, I take pills every day, I live in 15222, I have anthem blue cross"
# Danger, withdrawal, attend and medication, radius, age, schedule, groups, one-to-one, language:
# the person is then at "anything else that matters?", the last optional question.
TO_EXTRAS = ("no one in danger", "3", "yes", "yes", "25", "2", "1", "4", "2", "1")


@pytest.mark.parametrize(
    "message",
    [
        "alc",
        "my alc problem",
        "alcohl",
        "alchol",
        "drinkin too much",
        "le gusta chupar",
        "el chupe",
        "puro pisto",
        "anda pistiando todos los dias",
    ],
)
def test_short_misspelled_and_slang_words_for_alcohol_are_alcohol(message: str) -> None:
    assert read(message).substances == ("alcohol",)


@pytest.mark.parametrize(
    ("message", "word"),
    [
        ("pills", "pills"),
        ("he takes pills", "pills"),
        ("pastillas", "pastillas"),
        ("kratom", "kratom"),
    ],
)
def test_a_substance_of_no_named_family_is_other_and_keeps_its_word(
    message: str, word: str
) -> None:
    reading = read(message)

    assert reading.substances == ("other",)
    assert reading.other_substance == word


def test_a_named_pill_is_that_pill_and_keeps_no_other_word() -> None:
    reading = read("pills, mostly percs")

    assert reading.substances == ("opioids",)
    assert reading.other_substance is None


@pytest.mark.parametrize("typed", ["alc", "alchol", "drinkin", "chupe", "pisto"])
def test_alcohol_in_few_letters_answers_the_substance_question(
    real_dialogue: Dialogue, typed: str
) -> None:
    outcome = talk(real_dialogue, "1", "me", "no", typed)

    assert outcome.conversation.answers["substances"] == ["alcohol"]


@pytest.mark.parametrize(
    ("message", "plan"),
    [
        ("anthem blue cross", "anthem blue cross"),
        ("we have Anthem Blue Cross Blue Shield PPO", "Anthem Blue Cross Blue Shield PPO"),
        ("blue shield ppo", "blue shield ppo"),
        ("kaiser", "kaiser"),
        ("tenemos Empire BCBS HMO", "Empire BCBS HMO"),
    ],
)
def test_the_plan_is_read_as_typed_with_every_name_in_it(message: str, plan: str) -> None:
    assert read(message).plan == plan


@pytest.mark.parametrize(
    ("answers", "asked", "ready"),
    [
        (
            {"payment": ["private_insurance"], "plan": "Anthem Blue Cross"},
            "Do you take my Anthem Blue Cross plan",
            "Your Anthem Blue Cross insurance card",
        ),
        (
            {"payment": ["private_insurance"], "plan": "Kaiser", "for_whom": "other"},
            "Do you take their Kaiser plan",
            "Their Kaiser insurance card",
        ),
    ],
)
def test_the_call_plan_names_the_insurance_plan_to_have_ready(
    answers: dict[str, str | list[str]], asked: str, ready: str
) -> None:
    plan = plan_call(read_answers(answers), a_program())
    said = render_call_plan(plan) + render_more_questions(plan)

    assert asked in said
    assert ready in said


def test_the_call_script_names_the_substance_in_the_persons_word() -> None:
    plan = plan_call(
        read_answers({"substances": ["alcohol", "other"], "substance_named": "kratom"}),
        a_program(),
    )

    assert "help with alcohol and kratom use" in render_call_plan(plan)


def test_pills_and_the_plan_from_a_first_message_reach_the_call_script(
    real_dialogue: Dialogue,
) -> None:
    outcome = talk(real_dialogue, FIRST, *TO_EXTRAS, "search now", "1", "1")
    said = replied(outcome)

    assert "Your anthem blue cross insurance card" in said
    assert "help with pills use" in said


@pytest.mark.parametrize(
    "typed", ["search now", "just search", "ya buscale", "ya búscale", "buscar ahora", "busca ya"]
)
def test_search_now_at_an_optional_question_runs_the_search(
    real_dialogue: Dialogue, typed: str
) -> None:
    said = replied(talk(real_dialogue, FIRST, *TO_EXTRAS, typed))

    assert "15222 (Pittsburgh, PA): 1–4" in said


@pytest.mark.parametrize(
    "typed",
    ["can you just show me what's out there please?", "please just show me the programs"],
)
def test_asking_to_see_programs_in_a_sentence_runs_the_search(
    real_dialogue: Dialogue, typed: str
) -> None:
    said = replied(talk(real_dialogue, FIRST, *TO_EXTRAS, typed))

    assert "15222 (Pittsburgh, PA): 1–4" in said


@pytest.mark.parametrize("typed", ["thanks", "thank you so much", "gracias"])
def test_thanks_gets_a_word_back_not_a_misunderstanding(
    real_dialogue: Dialogue, typed: str
) -> None:
    said = replied(talk(real_dialogue, FIRST, *TO_EXTRAS, typed))

    assert "You're welcome" in said or "Con gusto" in said
    assert "didn't catch" not in said


def test_thanks_at_the_welcome_asks_its_question_in_short(real_dialogue: Dialogue) -> None:
    outcome = talk(real_dialogue, "thanks")

    assert [r.text for r in outcome.replies[:1]] == [
        "You're welcome. I'm here whenever you need me."
    ]
    assert "SAMHSA's national directory" not in replied(outcome)  # not the whole welcome again
    assert outcome.conversation.position.step == "welcome"


def test_search_now_before_a_place_asks_where_then_searches(real_dialogue: Dialogue) -> None:
    asked = talk(real_dialogue, "1", "me", "no", "alcohol", "just search")
    searched = real_dialogue.advance(asked.conversation, UserInput.say("15222"), NOW)

    assert "Where should I look?" in replied(asked)
    assert "IOPs within 25 miles of 15222" in replied(searched)


def test_search_now_does_not_skip_the_danger_question(real_dialogue: Dialogue) -> None:
    outcome = talk(real_dialogue, "1", "me", "search now")

    assert "IOPs within" not in replied(outcome)
    assert outcome.conversation.position.step == "safety"
