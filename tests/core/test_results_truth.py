"""What the results say about each program, in the conversation: whom it serves (gender asked
only when it changes the list), what telehealth means, and paying without insurance."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from bot.core.catalog import InMemoryCatalog
from bot.core.conversation import Conversation
from bot.core.dialogue import Dialogue, Reply
from bot.core.programs import Program
from flows import ALL_FLOWS
from tests.builders import a_program, miles_north
from tests.core.test_dialogue import FakePlaces, play, texts

GUIDED_TO_PLACE = ("1", "for me", "no", "alcohol", "stopped", "no", "yes", "yes", "no")
# Place, distance, age, schedule, groups, one-to-one, payment, language, extras.
PLACE_TO_EXTRAS_DONE = ("pittsburgh", "25", "34", "skip", "no preference", "no preference",
                        "skip", "english", "no preference")  # fmt: skip
GENDER_QUESTION = "serve only women or only men"

WOMEN_ONLY = a_program(id="w1", name="Women's House", codes="OIT FEM WN", **miles_north(1))
GENERAL = a_program(id="g1", name="General IOP", codes="OIT FEM MALE ADLT", **miles_north(2))
MEN_ONLY = a_program(id="m1", name="Men's Lodge", codes="OIT MALE MN", **miles_north(3))
VA = a_program(id="v1", name="VA Clinic", codes="OIT FEM MALE VAMC", **miles_north(4))
NO_ALCOHOL = a_program(id="n1", name="Opioid Clinic", codes="OIT FEM MALE NAUT", **miles_north(5))
SLIDING = a_program(id="s1", name="Sliding IOP", codes="OIT FEM MALE SS", **miles_north(9))


def engine(*programs: Program) -> Dialogue:
    return Dialogue(ALL_FLOWS, InMemoryCatalog(programs), FakePlaces(), page_size=4)


@pytest.fixture(name="dialogue")
def dialogue_fixture() -> Dialogue:
    """Pittsburgh with single-gender, VA-run and no-alcohol programs among the nearest."""
    return engine(WOMEN_ONLY, GENERAL, MEN_ONLY, VA, NO_ALCOHOL, SLIDING)


def cards(replies: Sequence[Reply]) -> dict[str, str]:
    """The result cards shown, by program id."""
    return {r.program_id: r.text for r in replies if r.kind == "program" and r.program_id}


def to_extras_done(dialogue: Dialogue, *opening: str) -> tuple[Conversation, list[Reply]]:
    return play(dialogue, *(opening or GUIDED_TO_PLACE), *PLACE_TO_EXTRAS_DONE)


def test_gender_is_asked_when_a_single_gender_program_would_be_shown(dialogue: Dialogue) -> None:
    conversation, replies = to_extras_done(dialogue)

    assert conversation.position.step == "gender"
    assert GENDER_QUESTION in texts(replies)
    assert "Prefer not to say" in [c.label for c in replies[-1].choices]


def test_a_man_then_never_sees_the_women_only_program_and_men_only_is_flagged(
    dialogue: Dialogue,
) -> None:
    conversation, _ = to_extras_done(dialogue)
    conversation, _ = play(dialogue, "a man", conversation=conversation)
    _, replies = play(dialogue, "search", conversation=conversation)

    shown = cards(replies)
    assert WOMEN_ONLY.id not in shown
    assert "Note: Serves men only" in shown[MEN_ONLY.id]


def test_prefer_not_to_say_keeps_every_program_and_says_whom_each_serves(
    dialogue: Dialogue,
) -> None:
    conversation, _ = to_extras_done(dialogue)
    conversation, _ = play(dialogue, "prefer not to say", conversation=conversation)
    _, replies = play(dialogue, "search", conversation=conversation)

    shown = cards(replies)
    assert "Note: Serves women only" in shown[WOMEN_ONLY.id]
    assert "Note: Serves men only" in shown[MEN_ONLY.id]
    assert "Note: Veterans (VA) only" in shown[VA.id]


def test_gender_is_not_asked_when_no_single_gender_program_is_near() -> None:
    dialogue = engine(GENERAL, VA, SLIDING)

    conversation, replies = to_extras_done(dialogue)

    assert conversation.position.step == "summary"
    assert GENDER_QUESTION not in texts(replies)


def test_a_son_is_never_shown_a_women_only_program_and_gender_is_not_asked(
    dialogue: Dialogue,
) -> None:
    opening = ("1", "for my son", "no", "alcohol", "stopped", "no", "yes", "yes", "no")
    conversation, replies = to_extras_done(dialogue, *opening)
    assert conversation.position.step == "summary"
    assert GENDER_QUESTION not in texts(replies)

    _, replies = play(dialogue, "search", conversation=conversation)

    shown = cards(replies)
    assert WOMEN_ONLY.id not in shown
    assert NO_ALCOHOL.id not in shown  # he drinks; it does not treat alcohol use
    assert GENERAL.id in shown


def test_quick_results_flag_restrictions_in_spanish(dialogue: Dialogue) -> None:
    conversation, replies = play(dialogue, "español", "2", "pittsburgh")
    assert conversation.language == "es"
    first_page = cards(replies)
    _, replies = play(dialogue, "más", conversation=conversation)
    second_page = cards(replies)

    assert "Nota: Solo atiende a mujeres" in first_page[WOMEN_ONLY.id]
    assert "Nota: Solo veteranos (VA)" in first_page[VA.id]
    assert "Nota: No trata el consumo de alcohol" in second_page[NO_ALCOHOL.id]


def test_no_insurance_says_what_the_helpline_does_and_leaves_no_program_out(
    dialogue: Dialogue,
) -> None:
    place_to_payment = PLACE_TO_EXTRAS_DONE[:6]
    conversation, _ = play(dialogue, *GUIDED_TO_PLACE, *place_to_payment, "no insurance")
    conversation, _ = play(
        dialogue, "english", "no preference", "a man", conversation=conversation
    )
    _, replies = play(dialogue, "search", conversation=conversation)

    said = texts(replies)
    assert "can refer you to your state's office for state-funded treatment" in said
    assert conversation.answers["payment"] == ["no_insurance"]
    # Only the women-only program and the one that does not treat alcohol are left out; the
    # three without a sliding fee or assistance stay, after the one with it.
    assert "1–4 of 4." in said


def test_the_sliding_fee_program_comes_first_without_insurance(dialogue: Dialogue) -> None:
    place_to_payment = PLACE_TO_EXTRAS_DONE[:6]
    conversation, _ = play(dialogue, *GUIDED_TO_PLACE, *place_to_payment, "no insurance")
    conversation, _ = play(
        dialogue, "english", "no preference", "a man", conversation=conversation
    )
    _, replies = play(dialogue, "search", conversation=conversation)

    assert next(iter(cards(replies))) == SLIDING.id


def test_online_only_never_promises_online_sessions() -> None:
    online = engine(a_program(id="t1", name="Tele IOP", codes="OIT TELE", **miles_north(30)))

    _, replies = play(online, "2", "online only", "pittsburgh")

    said = texts(replies)
    assert "offering online sessions" not in said
    assert "ask whether the IOP itself meets online" in said
    assert "at facilities that offer telehealth" in said
