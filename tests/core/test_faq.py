"""Questions people ask at any step get a short sourced answer, then the question again."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.core.catalog import InMemoryCatalog
from bot.core.conversation import Conversation
from bot.core.dialogue import Dialogue, Reply, UserInput
from bot.core.texts import CATALOG, text
from bot.core.understanding.faq import TOPICS, Asked, is_question, recognize
from flows import ALL_FLOWS
from tests.builders import PittsburghOnly, a_program, miles_north

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
SOURCE_LINE = re.compile(r"\n(Source|Fuente): [^\n]+$")


@pytest.fixture(name="dialogue")
def dialogue_fixture() -> Dialogue:
    programs = [a_program(id="p1", name="Near IOP", codes="OIT MD ADLT", **miles_north(1))]
    return Dialogue(ALL_FLOWS, InMemoryCatalog(programs), PittsburghOnly())


def send(
    dialogue: Dialogue, *typed: str | UserInput, language: str = "en"
) -> tuple[Conversation, list[Reply]]:
    """A new conversation, then each input in turn: the last conversation and replies."""
    outcome = dialogue.advance(None, UserInput.command("start", language), NOW)
    for item in typed:
        event = UserInput.say(item) if isinstance(item, str) else item
        outcome = dialogue.advance(outcome.conversation, event, NOW)
    return outcome.conversation, list(outcome.replies)


def test_a_teen_asking_about_consent_mid_intake_gets_the_answer_and_the_question_again(
    dialogue: Dialogue,
) -> None:
    conversation, replies = send(dialogue, "1", "for me", "do i need my parents permission?")

    assert replies[0].text == text("faq.minor_consent")
    assert "42 CFR Part 2" in replies[0].text
    assert conversation.position.step == "safety"
    assert replies[-1].kind == "question"
    assert replies[-1].step == "safety"
    assert len(replies) == 2


def test_a_question_in_spanish_gets_the_spanish_answer(dialogue: Dialogue) -> None:
    _, replies = send(dialogue, "1", "para mí", "¿dónde consigo naloxona?", language="es")

    assert replies[0].text == text("faq.naloxone", "es")
    assert "911" in replies[0].text


def test_a_question_at_the_welcome_is_followed_by_its_question_not_the_whole_welcome(
    dialogue: Dialogue,
) -> None:
    conversation, replies = send(dialogue, "what is an iop?")

    assert replies[0].text == text("faq.what_is_iop")
    assert replies[-1].text == text("intake.welcome.again")
    assert conversation.position.step == "welcome"


def test_a_question_on_the_results_keeps_the_list_and_asks_what_next(dialogue: Dialogue) -> None:
    conversation, replies = send(dialogue, "2", "Pittsburgh", "how much does it cost?")

    assert replies[0].text == text("faq.cost")
    assert "1-800-662-4357" in replies[0].text
    assert conversation.position.step == "results"
    assert replies[-1].text == text("results.next")


def test_a_topic_named_without_a_question_is_answered_when_the_step_cannot_read_it(
    dialogue: Dialogue,
) -> None:
    conversation, replies = send(dialogue, "1", "for me", "no", "narcan")

    assert replies[0].text == text("faq.naloxone")
    assert conversation.position.step == "substances"


def test_a_crisis_question_is_a_crisis_not_a_faq(dialogue: Dialogue) -> None:
    _, replies = send(dialogue, "1", "for me", "what do i do hes not breathing")

    assert replies[0].kind == "crisis"
    assert "911" in replies[0].text
    assert text("faq.naloxone") not in [r.text for r in replies]


def test_an_answer_the_step_reads_is_taken_as_the_answer_not_as_a_question(
    dialogue: Dialogue,
) -> None:
    conversation, replies = send(
        dialogue, "1", "for me", "no", "opioids", "done", "finished detox"
    )

    assert conversation.answers["withdrawal"] == "detox_done"
    assert text("faq.detox") not in [r.text for r in replies]


def test_a_question_typed_as_a_note_is_kept_as_the_note(dialogue: Dialogue) -> None:
    conversation, _ = send(
        dialogue,
        "2",
        "Pittsburgh",
        UserInput.pick("save:p1"),
        UserInput.command("saved"),
        UserInput.pick("open:p1"),
        UserInput.pick("note"),
        "is it confidential?",
    )

    assert conversation.saved[0].note == "is it confidential?"


@pytest.mark.parametrize("language", sorted(CATALOG))
@pytest.mark.parametrize("topic", TOPICS)
def test_every_answer_is_two_to_four_sentences_and_ends_with_its_source(
    topic: str, language: str
) -> None:
    answer = CATALOG[language][f"faq.{topic}"]
    body = SOURCE_LINE.sub("", answer)
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", body) if s.strip()]

    assert SOURCE_LINE.search(answer)
    assert 2 <= len(sentences) <= 4


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("do i need my parents permision", Asked("minor_consent", True)),
        ("wheres the narcan sold", Asked("naloxone", True)),
        ("my husband refuses treatment", Asked("family_refuses", False)),
        ("lo puedo obligar a ir?", Asked("family_refuses", True)),
        ("como lo hago ir", Asked("family_refuses", True)),
        ("does he need my permission?", Asked("adult_consent", True)),
        ("do I need her permission to call the program", Asked("adult_consent", True)),
        ("i have no insurance", None),
        ("private insurance", None),
        ("he is 16", None),
        ("", None),
    ],
)
def test_the_recognizer_reads_topics_with_typos_and_leaves_answers_alone(
    message: str, expected: Asked | None
) -> None:
    assert recognize(message) == expected


@given(st.text(max_size=400))
def test_recognition_never_raises_on_any_text(message: str) -> None:
    asked = recognize(message)

    assert asked is None or asked.topic in TOPICS
    assert isinstance(is_question(message), bool)


@pytest.mark.parametrize(
    ("first", "asked", "answer"),
    [
        ("my son is 24 and drinks every day", "do i need my sons permission?", "adult_consent"),
        ("my son is 15 and drinks every day", "does he need my permission?", "minor_consent"),
    ],
)
def test_the_consent_answer_follows_the_age_already_said(
    dialogue: Dialogue, first: str, asked: str, answer: str
) -> None:
    _, replies = send(dialogue, first, asked)

    assert replies[0].text == text(f"faq.{answer}", "en", "other")
