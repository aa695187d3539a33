"""The language of a message, even a short one; undecided rather than wrong."""

from __future__ import annotations

import pytest

from bot.core.understanding.language import guess_language


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
        ("no", None),
        ("ok", None),
        ("medicaid", None),
        ("15217", None),
        ("Pittsburgh PA", None),
        ("👍", None),
    ],
)
def test_short_messages_are_read_as_their_language_or_left_undecided(
    message: str, language: str | None
) -> None:
    assert guess_language(message).language == language
