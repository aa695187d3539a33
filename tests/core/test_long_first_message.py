"""A long first message is read whole: a place with its ZIP, mornings, no car, and "not sure"."""

from __future__ import annotations

import pytest

from bot.core.answers import read_answers
from bot.core.dialogue import Dialogue
from bot.core.questions import plan_call
from bot.core.understanding.slots import read
from tests.builders import a_program
from tests.core.talking import replied, talk

SON = (
    "hi my son is 19 and drinks every day, we live in Athens, Ohio 45701, he works so it has "
    "to be in the morning, no car, we have medicaid"
)


@pytest.mark.parametrize(
    ("message", "place"),
    [
        (SON, "Athens, Ohio 45701"),
        ("we live in Athens, OH 45701 and need help", "Athens, OH 45701"),
        ("we are in athens ohio 45701, my husband drinks", "athens ohio 45701"),
        ("near Austin, TX 78701 please", "Austin, TX 78701"),
        ("I live in Denver, CO, 80202", "Denver, CO, 80202"),
        ("vivimos en El Paso, Texas 79901, mi hijo toma mucho", "El Paso, Texas 79901"),
        ("Brooklyn NY 11201, for my daughter", "Brooklyn NY 11201"),
    ],
)
def test_a_zip_after_a_city_and_state_is_read_with_them(message: str, place: str) -> None:
    assert read(message).place == place


def test_the_long_first_message_searches_the_zip_it_gives(real_dialogue: Dialogue) -> None:
    said = replied(talk(real_dialogue, SON))

    assert "Where: 45701 (Athens, OH)" in said
    assert "Also: Help with transportation" in said


@pytest.mark.parametrize(
    "message",
    [
        "he works so it has to be in the morning",
        "mornings are best for her",
        "only weekday mornings",
        "tiene que ser en la mañana porque trabaja en la tarde",
        "por las mañanas",
    ],
)
def test_mornings_are_daytime_asked_about_as_mornings(message: str) -> None:
    reading = read(message)

    assert reading.schedule == ("day",)
    assert reading.mornings


@pytest.mark.parametrize(
    "message",
    ["she drinks in the morning", "tomorrow morning works for a call", "daytime please"],
)
def test_other_mornings_are_not_a_wish_for_morning_sessions(message: str) -> None:
    assert not read(message).mornings


def test_the_call_plan_asks_for_a_morning_track_when_mornings_were_said() -> None:
    mornings = plan_call(
        read_answers({"schedule": ["day"], "told_facts": ["mornings"]}), a_program()
    )
    daytime = plan_call(read_answers({"schedule": ["day"]}), a_program())

    assert "call.q.schedule.morning" in [q.text_id for q in mornings.questions]
    assert "call.q.schedule.morning" not in [q.text_id for q in daytime.questions]
    assert "call.q.schedule.day" in [q.text_id for q in daytime.questions]


@pytest.mark.parametrize(
    "message",
    [
        "59301, no car",
        "59301, he doesn't drive",
        "59301, no tengo carro",
        "59301 sin transporte",
        "59301, we don't have a car",
    ],
)
def test_without_a_car_the_search_stays_near_and_adds_telehealth(
    real_dialogue: Dialogue, message: str
) -> None:
    said = replied(talk(real_dialogue, "2", message))

    assert "Widened the distance" not in said
    assert "within 25 miles of 59301" in said
    assert "offer telehealth" in said


def test_with_a_car_the_same_search_is_widened(real_dialogue: Dialogue) -> None:
    said = replied(talk(real_dialogue, "2", "59301"))

    assert "Widened the distance from 25 to 100 miles" in said


@pytest.mark.parametrize(
    "reply",
    [
        "I don't really know",
        "i really dont know",
        "honestly I don't even know",
        "not sure",
        "idk",
        "no sé",
        "no sé bien",
        "realmente no lo sé",
    ],
)
def test_a_vague_reply_to_the_medication_question_is_not_sure(
    real_dialogue: Dialogue, reply: str
) -> None:
    outcome = talk(
        real_dialogue, "1", "my son", "no", "alcohol", "still using", "yes", "yes", "yes", reply
    )

    assert outcome.conversation.answers["medication"] == "unsure"


@pytest.mark.parametrize(
    ("message", "said_back"),
    [
        ("my son, he takes pills and drinks", "Substances: Alcohol, Something else (pills)"),
        ("for me. kratom and weed", "Substances: Cannabis, Something else (kratom)"),
    ],
)
def test_substances_are_said_back_in_the_questions_order_with_the_persons_word(
    real_dialogue: Dialogue, message: str, said_back: str
) -> None:
    said = replied(talk(real_dialogue, "1", message))

    assert said_back in said
