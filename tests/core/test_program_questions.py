"""Questions about one listed program, answered from its listing, in the person's words."""

from __future__ import annotations

import pytest

from bot.core.dialogue import Dialogue
from tests.core.talking import replied, talk

TO_RESULTS = ("2", "15222")  # Pittsburgh: 1. Pyramid Healthcare Inc (0.7 mi), 2. TCV Alternatives


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("how far is the first one", "Pyramid Healthcare Inc is 0.7 mi away, in Pittsburgh, PA."),
        ("which one is closest", "The closest is Pyramid Healthcare Inc, 0.7 mi away"),
        ("cuánto cuesta el segundo?", "TCV Alternatives acepta estas formas de pago: Medicaid"),
    ],
)
def test_a_question_about_a_program_on_the_list_is_answered_from_its_listing(
    real_dialogue: Dialogue, typed: str, says: str
) -> None:
    outcome = talk(real_dialogue, *TO_RESULTS, typed)

    assert says in replied(outcome)
    assert outcome.conversation.position.step == "results"


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("do they take medicaid", "TCV Alternatives lists these ways to pay: Medicaid"),
        ("what's their phone number again", "TCV Alternatives: 412-351-0222"),
    ],
)
def test_a_question_about_the_program_on_screen_is_about_it(
    real_dialogue: Dialogue, typed: str, says: str
) -> None:
    outcome = talk(real_dialogue, *TO_RESULTS, "details 2", typed)

    assert says in replied(outcome)
    assert outcome.conversation.position.step == "details"


@pytest.mark.parametrize("typed", ["what do i say when i call them", "what should i ask them"])
def test_asking_what_to_say_on_the_call_opens_the_call_plan_not_the_number(
    real_dialogue: Dialogue, typed: str
) -> None:
    outcome = talk(real_dialogue, *TO_RESULTS, "details 2", typed)

    assert outcome.conversation.position.step == "callprep"
    assert "Before you call TCV Alternatives" in replied(outcome)


def test_number_two_still_opens_the_second_program(real_dialogue: Dialogue) -> None:
    outcome = talk(real_dialogue, *TO_RESULTS, "number 2")

    assert outcome.conversation.position.step == "details"


def test_a_cost_question_about_no_program_gets_the_general_answer(
    real_dialogue: Dialogue,
) -> None:
    outcome = talk(real_dialogue, *TO_RESULTS, "how much does iop cost")

    assert "Costs vary by program" in replied(outcome)
