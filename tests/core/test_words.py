"""People answer in their own words at every step: what a message says is kept, questions
already answered are not asked again, and negations and "whatever" mean what they say."""

from __future__ import annotations

import pytest

from bot.core.dialogue import Dialogue
from tests.core.test_dialogue import dialogue_fixture, play, texts

__all__ = ["dialogue_fixture"]

TO_PAYMENT = ("1", "for me", "no", "alcohol", "stopped", "no", "yes", "yes", "no", "pittsburgh",
              "25", "34", "evenings", "no preference", "no preference")  # fmt: skip


def test_one_message_with_who_what_and_where_reaches_the_programs_in_three_messages(
    dialogue: Dialogue,
) -> None:
    first, replies = play(dialogue, "my husband drinks every day and we live in pittsburgh")
    assert "Got it" in texts(replies)
    assert "in danger" in texts(replies)  # the safety question their words make necessary
    conversation, replies = play(dialogue, "no one is in danger", conversation=first)
    if "search" in texts(replies).lower() and conversation.position.step == "summary":
        conversation, replies = play(dialogue, "search", conversation=conversation)
    assert conversation.position.step == "results"
    assert "Near IOP" in texts(replies)


@pytest.mark.parametrize("opening", ["need help", "hi", "i need help", "ok"])
def test_a_plain_request_at_the_welcome_begins_the_questions(
    dialogue: Dialogue, opening: str
) -> None:
    conversation, replies = play(dialogue, opening)
    assert conversation.position.step == "for_whom"
    assert "didn't catch" not in texts(replies)


def test_me_at_the_welcome_answers_who_it_is_for_and_goes_to_safety(dialogue: Dialogue) -> None:
    conversation, _ = play(dialogue, "me")
    assert conversation.answers["for_whom"] == "self"
    assert conversation.position.step == "safety"


def test_the_relative_named_at_the_welcome_shows_in_what_was_understood(
    dialogue: Dialogue,
) -> None:
    conversation, replies = play(dialogue, "for my son")
    assert conversation.answers["relation"] == "son"
    assert "For: your son" in texts(replies)


def test_no_insurance_at_the_payment_question_is_never_read_as_insurance(
    dialogue: Dialogue,
) -> None:
    conversation, _ = play(dialogue, *TO_PAYMENT)
    assert conversation.position.step == "payment"
    conversation, _ = play(dialogue, "no insurance", conversation=conversation)
    payment = conversation.answers["payment"]
    assert isinstance(payment, list)
    assert payment == ["no_insurance"]  # ranks low-cost programs first, never "free only"


def test_not_medicaid_but_blue_cross_is_private_insurance_only(dialogue: Dialogue) -> None:
    conversation, _ = play(dialogue, *TO_PAYMENT, "not medicaid, we have blue cross")
    assert conversation.answers["payment"] == ["private_insurance"]


def test_whatever_where_no_preference_is_offered_is_no_preference_not_skipped(
    dialogue: Dialogue,
) -> None:
    conversation, _ = play(dialogue, *TO_PAYMENT[:-1], "whatever")
    assert conversation.answers["one_to_one"] == "no_preference"


def test_a_bare_number_asked_for_an_age_is_the_age_group(dialogue: Dialogue) -> None:
    conversation, _ = play(dialogue, *TO_PAYMENT[:11], "17")
    assert conversation.answers["age"] == "teen"


def test_nah_to_a_question_one_may_skip_skips_it(dialogue: Dialogue) -> None:
    conversation, replies = play(dialogue, *TO_PAYMENT[:11], "nah")
    assert conversation.position.step == "schedule"
    assert "didn't catch" not in texts(replies)


def test_yes_and_no_in_words_answer_a_question_whose_options_are_not_yes_and_no(
    dialogue: Dialogue,
) -> None:
    home = play(dialogue, "1", "for me", "no", "alcohol", "stopped", "no")[0]
    assert home.position.step == "home"
    assert play(dialogue, "yeah", conversation=home)[0].answers["home"] == "safe"
    assert play(dialogue, "nope", conversation=home)[0].answers["home"] == "not_safe"


def test_a_fact_told_in_passing_is_kept_and_its_question_not_asked_again(
    dialogue: Dialogue,
) -> None:
    conversation, replies = play(dialogue, "1", "for me", "no", "alcohol and im a veteran")
    groups = conversation.answers["groups"]
    assert isinstance(groups, list)
    assert "veterans" in groups
    assert "Got it" in texts(replies)


def test_words_after_the_search_do_not_change_the_intake_answers(dialogue: Dialogue) -> None:
    results, _ = play(dialogue, "2", "pittsburgh")
    assert results.position.step == "results"
    after, _ = play(dialogue, "not for me, my daughter drinks", conversation=results)
    assert after.answers.get("for_whom") == results.answers.get("for_whom")
