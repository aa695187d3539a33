"""Results by words: numbers, ordinals, names and paging typed instead of tapped."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from bot.console.transcript import render_replies
from bot.core.catalog import InMemoryCatalog
from bot.core.conversation import Conversation
from bot.core.dialogue import Dialogue, Reply, UserInput
from bot.core.dialogue.picking import Pick, programs_named, read_pick
from bot.core.texts import text
from flows import ALL_FLOWS
from tests.builders import PittsburghOnly, a_program, miles_north

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
PROGRAMS = [
    a_program(id="p1", name="Gateway Rehabilitation Center", **miles_north(1)),
    a_program(id="p2", name="Jade Wellness Center", **miles_north(2)),
    a_program(id="p3", name="Gaudenzia Inc", name2="Downingtown", **miles_north(3)),
    a_program(id="p4", name="Gateway Rehab", name2="Moon Township", **miles_north(4)),
    a_program(id="p5", name="Gaudenzia Inc", name2="West Chester House", **miles_north(5)),
    a_program(id="p6", name="Pyramid Healthcare", **miles_north(6)),
]


@pytest.fixture(name="dialogue")
def dialogue_fixture() -> Dialogue:
    return Dialogue(ALL_FLOWS, InMemoryCatalog(PROGRAMS), PittsburghOnly(), page_size=4)


def at_results(dialogue: Dialogue, language: str = "en") -> Conversation:
    """A quick search around Pittsburgh, on the first page of results."""
    conversation = dialogue.advance(None, UserInput.command("start", language), NOW).conversation
    for typed in ("2", "Pittsburgh"):
        conversation = dialogue.advance(conversation, UserInput.say(typed), NOW).conversation
    assert conversation.position.step == "results"
    return conversation


def send(
    dialogue: Dialogue, conversation: Conversation, *typed: str
) -> tuple[Conversation, list[Reply]]:
    """Type each message in turn: the last conversation and replies."""
    replies: list[Reply] = []
    for message in typed:
        outcome = dialogue.advance(conversation, UserInput.say(message), NOW)
        conversation, replies = outcome.conversation, list(outcome.replies)
    return conversation, replies


def said(replies: list[Reply]) -> str:
    return "\n".join(r.text for r in replies)


def shown_programs(replies: list[Reply]) -> list[str]:
    return [r.program_id for r in replies if r.kind == "program"]


@pytest.mark.parametrize(
    ("typed", "program"),
    [
        ("details 2", "p2"),
        ("2", "p2"),
        ("#2", "p2"),
        ("tell me about the second one", "p2"),
        ("more about 2", "p2"),
        ("the first", "p1"),
        ("the last one", "p4"),
        ("detials 3", "p3"),
        ("jade", "p2"),
        ("jade welness", "p2"),
        ("gaudenzia downingtown", "p3"),
        ("details pyramid", "p6"),  # on the next page, but named with "details"
    ],
    ids=lambda value: str(value),
)
def test_words_open_a_programs_details_as_its_button_would(
    dialogue: Dialogue, typed: str, program: str
) -> None:
    conversation, replies = send(dialogue, at_results(dialogue), typed)

    assert conversation.position.step == "details"
    assert conversation.position.program == program
    assert shown_programs(replies) == [program]


@pytest.mark.parametrize(
    ("language", "typed", "program"),
    [
        ("es", "detalles 2", "p2"),
        ("es", "el segundo", "p2"),
        ("es", "ver el primero", "p1"),
        ("es", "la tercera", "p3"),
    ],
)
def test_spanish_words_open_a_programs_details(
    dialogue: Dialogue, language: str, typed: str, program: str
) -> None:
    conversation, _ = send(dialogue, at_results(dialogue, language), typed)

    assert conversation.position.step == "details"
    assert conversation.position.program == program


@pytest.mark.parametrize(
    ("language", "typed", "program", "confirmation"),
    [
        ("en", "save the first one", "p1", "Saved Gateway Rehabilitation Center"),
        ("en", "save 3", "p3", "Saved Gaudenzia Inc (Downingtown)"),
        ("en", "save jade", "p2", "Saved Jade Wellness Center"),
        ("es", "guardar el 3", "p3", "Guardé Gaudenzia Inc (Downingtown)"),
    ],
)
def test_words_save_a_program_and_the_list_stays(
    dialogue: Dialogue, language: str, typed: str, program: str, confirmation: str
) -> None:
    conversation, replies = send(dialogue, at_results(dialogue, language), typed)

    assert [entry.id for entry in conversation.saved] == [program]
    assert confirmation in said(replies)
    assert conversation.position.step == "results"


@pytest.mark.parametrize(
    ("language", "typed"),
    [("en", "more"), ("en", "next"), ("en", "show more"), ("es", "más"), ("es", "siguiente")],
)
def test_words_show_the_next_page(dialogue: Dialogue, language: str, typed: str) -> None:
    conversation, replies = send(dialogue, at_results(dialogue, language), typed)

    assert conversation.position.page == 1
    assert shown_programs(replies) == ["p5", "p6"]


@pytest.mark.parametrize(("language", "typed"), [("en", "previous"), ("es", "anterior")])
def test_previous_on_a_later_page_shows_the_page_before(
    dialogue: Dialogue, language: str, typed: str
) -> None:
    conversation, _ = send(dialogue, at_results(dialogue, language), "more")

    conversation, replies = send(dialogue, conversation, typed)

    assert conversation.position.step == "results"
    assert conversation.position.page == 0
    assert shown_programs(replies) == ["p1", "p2", "p3", "p4"]


def test_numbers_on_a_later_page_name_the_programs_as_their_cards_do(
    dialogue: Dialogue,
) -> None:
    conversation, _ = send(dialogue, at_results(dialogue), "more")

    conversation, _ = send(dialogue, conversation, "details 6")

    assert conversation.position.program == "p6"


def test_more_on_the_last_page_says_that_is_the_whole_list(dialogue: Dialogue) -> None:
    conversation, _ = send(dialogue, at_results(dialogue), "more")

    conversation, replies = send(dialogue, conversation, "more")

    assert "That's the whole list: 6 programs." in said(replies)
    assert conversation.position.page == 1


def test_a_name_that_fits_several_programs_asks_which_one(dialogue: Dialogue) -> None:
    conversation, replies = send(dialogue, at_results(dialogue), "gatway")

    assert conversation.position.step == "results"
    assert "1. Gateway Rehabilitation Center (Pittsburgh, PA)" in said(replies)
    assert "4. Gateway Rehab (Moon Township) (Pittsburgh, PA)" in said(replies)
    assert [c.value for c in replies[-1].choices] == ["details:p1", "details:p4"]

    conversation, _ = send(dialogue, conversation, "4")
    assert conversation.position.program == "p4"


def test_saving_by_a_name_that_fits_several_offers_their_save_buttons(
    dialogue: Dialogue,
) -> None:
    _, replies = send(dialogue, at_results(dialogue), "save gateway")

    assert [c.value for c in replies[-1].choices] == ["save:p1", "save:p4"]


@pytest.mark.parametrize(
    ("typed", "answer"),
    [
        ("the ninth", "So far I've shown programs 1 to 4 of 6"),
        ("details 12", "So far I've shown programs 1 to 4 of 6"),
    ],
)
def test_a_number_past_the_page_says_how_many_there_are(
    dialogue: Dialogue, typed: str, answer: str
) -> None:
    conversation, replies = send(dialogue, at_results(dialogue), typed)

    assert answer in said(replies)
    assert conversation.position.step == "results"


def test_a_number_past_the_whole_list_says_how_many_there_are(dialogue: Dialogue) -> None:
    conversation, _ = send(dialogue, at_results(dialogue), "more")

    _, replies = send(dialogue, conversation, "the tenth")

    assert "There are 6 programs in this list" in said(replies)


def test_a_bare_name_of_a_program_not_shown_yet_is_not_taken_for_it(dialogue: Dialogue) -> None:
    conversation, replies = send(dialogue, at_results(dialogue), "pyramid")

    assert conversation.position.step == "results"
    assert "didn't catch that" in said(replies)


def test_words_that_name_no_program_are_still_not_understood(dialogue: Dialogue) -> None:
    conversation, replies = send(dialogue, at_results(dialogue), "banana split")

    assert conversation.position.step == "results"
    assert "didn't catch that" in said(replies)


def test_a_place_typed_on_the_results_is_still_a_new_search_there(dialogue: Dialogue) -> None:
    conversation, _ = send(dialogue, at_results(dialogue), "details 2")
    conversation, _ = send(dialogue, conversation, "back to the list", "pittsburgh pa")

    assert conversation.position.step == "results"


def test_a_reading_of_words_keeps_the_number_and_the_action() -> None:
    assert read_pick("save the 2nd one", "en", 4) == Pick("save", 2, "", True, acting=True)
    assert read_pick("25 miles", "en", 4) is None
    assert read_pick("2 and 3", "en", 4) is None


def test_a_name_of_a_town_alone_names_no_program() -> None:
    listed = list(enumerate(PROGRAMS, start=1))

    assert programs_named("pittsburgh", listed) == []
    assert [n for n, _ in programs_named("west chester", listed)] == [5]


@given(st.text(max_size=300), st.sampled_from(["en", "es"]), st.integers(0, 60))
@example("❶", "en", 0)
@example("details ²", "en", 3)
@example("SAVE:NUMBER", "en", 0)
def test_reading_a_pick_never_raises_and_names_only_positive_numbers(
    message: str, language: str, listed: int
) -> None:
    pick = read_pick(message, language, listed)

    assert pick is None or pick.number is None or pick.number >= 0
    # With neither a number nor a name, a pick is an action on the program in view ("save
    # it", "guárdalo", "what should I ask"), never a bare "details".
    assert pick is None or pick.number is not None or pick.name or pick.action != "details"


def labels(reply: Reply) -> list[str]:
    return [c.label for c in reply.choices]


SITES = [
    a_program(
        id="s1", name="Gaudenzia Inc", city="Pittsburgh", street="1 Penn Ave", **miles_north(1)
    ),
    a_program(
        id="s2", name="Gaudenzia Inc", city="Coraopolis", street="9 Main St", **miles_north(2)
    ),
    a_program(
        id="s3", name="Gaudenzia Inc", city="Pittsburgh", street="7 Liberty Ave", **miles_north(3)
    ),
    a_program(
        id="s4",
        name="Pennsylvania Counseling Services Incorporated (Downtown)",
        city="Pittsburgh",
        **miles_north(4),
    ),
]


def results_page(dialogue: Dialogue, language: str = "en") -> tuple[Conversation, list[Reply]]:
    """A quick search around Pittsburgh: the conversation and the first page's replies."""
    conversation = dialogue.advance(None, UserInput.command("start", language), NOW).conversation
    conversation, _ = send(dialogue, conversation, "2")
    return send(dialogue, conversation, "Pittsburgh")


@pytest.mark.parametrize("language", ["en", "es"])
def test_sites_of_one_provider_have_buttons_that_tell_them_apart(language: str) -> None:
    dialogue = Dialogue(ALL_FLOWS, InMemoryCatalog(SITES), PittsburghOnly(), page_size=4)

    _, replies = results_page(dialogue, language)

    buttons = labels(replies[-1])
    assert buttons[:4] == [
        text("opt.results.details", language, number=1, name="Gaudenzia Inc · 1 Penn Ave"),
        text("opt.results.details", language, number=2, name="Gaudenzia Inc · Coraopolis"),
        text("opt.results.details", language, number=3, name="Gaudenzia Inc · 7 Liberty Ave"),
        text("opt.results.details", language, number=4, name="Pennsylvania Counseling Ser…"),
    ]
    assert all(len(label) <= 64 for label in buttons)


@pytest.mark.parametrize(("language", "mark"), [("en", "★ Saved 2"), ("es", "★ Guardado 2")])
def test_saving_a_program_keeps_the_numbers_of_the_options(
    dialogue: Dialogue, language: str, mark: str
) -> None:
    conversation, replies = results_page(dialogue, language)
    before = labels(replies[-1])

    conversation, replies = send(dialogue, conversation, "save 2")
    after = labels(replies[-1])

    assert len(after) == len(before)
    assert after[5] == mark
    assert [a for a, b in zip(after, before, strict=True) if a != b] == [mark]
    more = str(after.index(text("opt.results.more", language)) + 1)
    conversation, replies = send(dialogue, conversation, more)
    assert shown_programs(replies) == ["p5", "p6"]


def test_pressing_a_saved_programs_button_says_it_is_on_the_list(dialogue: Dialogue) -> None:
    conversation, _ = results_page(dialogue)
    conversation, _ = send(dialogue, conversation, "save 2")

    conversation, replies = send(dialogue, conversation, "6")  # "★ Saved 2"

    assert "Jade Wellness Center is already on your list." in said(replies)
    assert [entry.id for entry in conversation.saved] == ["p2"]


@pytest.mark.parametrize(("language", "open_label"), [("en", "Open: "), ("es", "Abrir: ")])
def test_the_saved_list_numbers_each_program_once(
    dialogue: Dialogue, language: str, open_label: str
) -> None:
    conversation, _ = results_page(dialogue, language)
    conversation, _ = send(dialogue, conversation, "save 1", "save 3")

    outcome = dialogue.advance(conversation, UserInput.command("saved"), NOW)
    shown = render_replies(outcome.replies, language)

    assert f"  1. {open_label}Gateway Rehabilitation Cent…" in shown
    assert f"  2. {open_label}Gaudenzia Inc" in shown
    assert not re.search(r"^\s*\d+\. \d+\.", shown, re.MULTILINE)


@pytest.mark.parametrize(
    ("language", "before", "typed", "answer"),
    [
        ("en", [], "save the first one", "There are no results yet"),
        ("en", ["2"], "details 99", "Tell me where to search"),
        ("es", [], "guardar el primero", "Todavía no hay resultados"),
        ("es", ["1"], "detalles 3", "Dígame dónde buscar"),
        (
            "en",
            ["1", "for me", "no", "cannabis", "3", "1", "1", "Pittsburgh"],
            "save 2",
            "I'll list programs after these questions",
        ),
    ],
    ids=["welcome", "place", "bienvenida", "para-quien", "after-the-place"],
)
def test_picking_a_program_before_there_are_results_says_so(
    dialogue: Dialogue, language: str, before: list[str], typed: str, answer: str
) -> None:
    conversation = dialogue.advance(None, UserInput.command("start", language), NOW).conversation
    conversation, _ = send(dialogue, conversation, *before) if before else (conversation, [])
    step = conversation.position.step

    conversation, replies = send(dialogue, conversation, typed)

    assert answer in said(replies)
    assert "didn't catch" not in said(replies)
    assert "no le entendí" not in said(replies)
    assert conversation.position.step == step
    assert conversation.saved == []


@pytest.mark.parametrize(
    ("language", "typed", "answer"),
    [
        ("en", "details 99", "So far I've shown programs 1 to 4 of 6"),
        ("en", "save 9", "So far I've shown programs 1 to 4 of 6"),
        ("es", "detalles 99", "Hasta ahora le mostré los programas 1 a 4 de 6"),
    ],
)
def test_a_number_past_the_list_at_a_programs_details_says_how_many_there_are(
    dialogue: Dialogue, language: str, typed: str, answer: str
) -> None:
    conversation, _ = send(dialogue, at_results(dialogue, language), "details 1")

    conversation, replies = send(dialogue, conversation, typed)

    assert answer in said(replies)
    assert conversation.saved == []
    assert conversation.position.program == "p1"


def test_a_number_on_the_list_at_a_programs_details_picks_that_program(
    dialogue: Dialogue,
) -> None:
    conversation, _ = send(dialogue, at_results(dialogue), "details 1")

    conversation, replies = send(dialogue, conversation, "save 2")
    assert "Saved Jade Wellness Center" in said(replies)
    conversation, _ = send(dialogue, conversation, "details 3")
    assert conversation.position.program == "p3"
