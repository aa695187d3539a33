"""The language of a message, even a short one; undecided rather than wrong."""

from __future__ import annotations

import pytest

from bot.core.dialogue.language import SWITCH_MARGIN
from bot.core.understanding.language import guess_language, letters_lean


@pytest.mark.parametrize(
    ("message", "language"),
    [
        ("hola necesito ayuda", "es"),
        ("no hablo inglés", "es"),
        ("español", "es"),
        ("para mi hijo", "es"),
        ("sí", "es"),
        ("no sé", "es"),
        ("mi esposo toma mucho y tengo miedo", "es"),
        ("en las noches", "es"),
        ("I need help with my drinking", "en"),
        ("for my son", "en"),
        ("idk", "en"),
        ("only evenings please", "en"),
        ("auxilio por favor", "es"),
        ("no tengo aseguranza", "es"),
        ("weekends", "en"),
        ("no", None),
        ("medicaid", None),
        ("15217", None),
        ("Houston TX", None),
        ("👍", None),
    ],
)
def test_short_messages_are_read_as_their_language_or_left_undecided(
    message: str, language: str | None
) -> None:
    assert guess_language(message).language == language


@pytest.mark.parametrize(
    "message", ["ok", "no", "Pittsburgh PA", "Los Angeles", "Maria", "medicaid", "sos", "15217"]
)
def test_a_word_both_languages_use_or_a_name_never_switches_the_conversation(
    message: str,
) -> None:
    guess = guess_language(message)
    assert guess.language is None or guess.margin < min(SWITCH_MARGIN.values())


@pytest.mark.parametrize(
    ("word", "language"),
    [("aseguranza", "es"), ("desintoxicación", "es"), ("gracias", "es"), ("tomorrow", "en"),
     ("weekends", "en"), ("thanks", "en")],
)  # fmt: skip
def test_the_letters_of_a_word_no_list_holds_lean_to_its_language(
    word: str, language: str
) -> None:
    assert letters_lean(word) == language


def test_letters_alone_lean_but_are_too_little_to_switch() -> None:
    guess = guess_language("aseguranza")
    assert (guess.language, guess.margin) == ("es", 1)
    assert guess.margin < SWITCH_MARGIN["es"]
