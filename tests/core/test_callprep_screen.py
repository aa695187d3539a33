"""The call-preparation step: the first questions, More questions, a short re-ask, the relative."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.conversation import Conversation
from bot.core.dialogue import Dialogue, Reply, UserInput
from tests.builders import one_program_dialogue

NOW = datetime(2026, 11, 26, 15, 0, tzinfo=UTC)  # Thursday, 10:00 in Pittsburgh


@pytest.fixture(name="dialogue")
def dialogue_fixture() -> Dialogue:
    return one_program_dialogue()


def run(
    dialogue: Dialogue, conversation: Conversation | None, *inputs: str | UserInput
) -> tuple[Conversation, list[Reply]]:
    """Send each input in turn: the last conversation and the last replies."""
    replies: list[Reply] = []
    if conversation is None:
        outcome = dialogue.advance(None, UserInput.command("start"), NOW)
        conversation = outcome.conversation
    for item in inputs:
        event = UserInput.say(item) if isinstance(item, str) else item
        outcome = dialogue.advance(conversation, event, NOW)
        conversation, replies = outcome.conversation, list(outcome.replies)
    return conversation, replies


def said(replies: list[Reply]) -> str:
    return "\n".join(r.text for r in replies)


def labels(replies: list[Reply]) -> list[str]:
    return [c.label for c in replies[-1].choices]


def at_callprep(dialogue: Dialogue, *before: str | UserInput) -> tuple[Conversation, list[Reply]]:
    """The call preparation for the one program, after the given words."""
    conversation, _ = run(dialogue, None, *before, UserInput.command("start", "zip_15222"))
    return run(dialogue, conversation, UserInput.pick("details:p1"), UserInput.pick("callprep"))


def test_call_preparation_shows_the_first_questions_and_offers_more(dialogue: Dialogue) -> None:
    conversation, replies = at_callprep(dialogue)

    assert conversation.position.step == "callprep"
    assert "Ask these first" in said(replies)
    assert "What comes after the IOP" not in said(replies)
    assert labels(replies)[0] == "More questions"


def test_more_questions_shows_the_rest_numbered_on_and_is_then_not_offered_again(
    dialogue: Dialogue,
) -> None:
    conversation, _ = at_callprep(dialogue)

    conversation, replies = run(dialogue, conversation, "more questions")

    assert "What comes after the IOP" in said(replies)
    assert "Ask these first" not in said(replies)
    assert "More questions" not in labels(replies)
    conversation, replies = run(dialogue, conversation, "1")
    assert conversation.position.step == "details"  # "1" is now the first option shown


def test_a_message_not_understood_gets_a_short_re_ask_not_the_plan_again(
    dialogue: Dialogue,
) -> None:
    conversation, _ = at_callprep(dialogue)

    conversation, replies = run(dialogue, conversation, "zzzz qqqq")

    assert "Your questions are just above. What next?" in said(replies)
    assert "Ask these first" not in said(replies)
    assert conversation.position.step == "callprep"


def test_more_questions_in_spanish(dialogue: Dialogue) -> None:
    conversation, _ = at_callprep(dialogue, "/language", "Español")

    conversation, replies = run(dialogue, conversation, "más preguntas")

    assert "Más preguntas para First IOP" in said(replies)


@pytest.mark.parametrize(
    ("language", "script"),
    [("en", "I'm calling for my son, who needs help"), ("es", "Llamo por mi hijo, que necesita")],
    ids=["english", "spanish"],
)
def test_a_mother_searching_for_her_son_gets_a_script_that_names_him(
    dialogue: Dialogue, language: str, script: str
) -> None:
    conversation, _ = run(dialogue, None, UserInput.command("start", "zip_15222"))
    conversation.language = language
    conversation.answers.update({"for_whom": "other", "relation": "son", "gender": "man"})

    _, replies = run(
        dialogue, conversation, UserInput.pick("details:p1"), UserInput.pick("callprep")
    )

    assert script in said(replies)
    assert "[relative]" not in said(replies)
    assert "[familiar]" not in said(replies)
