"""Buttons pressed on an earlier message, or forged: applied where they still make sense, else a
clear word and where the conversation is now; nothing is lost."""

from __future__ import annotations

from bot.core.conversation import Conversation
from bot.core.dialogue import Dialogue, UserInput
from tests.builders import one_program_dialogue
from tests.core.test_callprep_screen import run, said


def at_welcome_question(dialogue: Dialogue) -> Conversation:
    """A guided start, at the question of whom the search is for."""
    conversation, _ = run(dialogue, None, "1")
    assert conversation.position.step == "for_whom"
    return conversation


def test_a_forged_button_naming_no_step_gets_a_clear_word_and_the_question_again() -> None:
    dialogue = one_program_dialogue()
    conversation = at_welcome_question(dialogue)

    conversation, replies = run(dialogue, conversation, UserInput.pick("x" * 60, "no_such_step"))

    assert "That button is from an earlier question" in said(replies)
    assert conversation.position.step == "for_whom"
    assert replies[-1].step == "for_whom"


def test_an_old_program_button_still_opens_that_program() -> None:
    dialogue = one_program_dialogue()
    conversation, _ = run(dialogue, None, UserInput.command("start", "zip_15222"))
    conversation, _ = run(dialogue, conversation, UserInput.pick("details:p1", "results"), "1")
    assert conversation.position.step == "callprep"

    conversation, replies = run(dialogue, conversation, UserInput.pick("details:p1", "results"))

    assert conversation.position.step == "details"
    assert conversation.position.program == "p1"
    assert "First IOP" in said(replies)


def test_an_old_start_over_button_from_the_results_starts_over() -> None:
    dialogue = one_program_dialogue()
    conversation, _ = run(dialogue, None, UserInput.command("start", "zip_15222"))
    conversation, _ = run(dialogue, conversation, UserInput.pick("details:p1", "results"))

    conversation, replies = run(dialogue, conversation, UserInput.pick("restart", "results"))

    assert conversation.position.step == "welcome"
    assert "That button is from an earlier question" not in said(replies)


def test_an_old_answer_to_an_earlier_question_is_not_applied() -> None:
    dialogue = one_program_dialogue()
    conversation, _ = run(dialogue, None, "1", "for me")
    assert conversation.position.step == "safety"

    conversation, replies = run(dialogue, conversation, UserInput.pick("other", "for_whom"))

    assert "That button is from an earlier question" in said(replies)
    assert conversation.answers["for_whom"] == "self"
    assert conversation.position.step == "safety"
