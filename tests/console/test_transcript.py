"""How the terminal shows the engine's replies, in each language."""

from __future__ import annotations

import pytest

from bot.console.transcript import render_reply
from bot.core.dialogue import Reply

PLACE = Reply(
    "place",
    title="Gateway Rehab",
    address="5 Main Street, Pittsburgh, PA 15222",
    latitude=40.4406,
    longitude=-79.9959,
)


@pytest.mark.parametrize(
    ("language", "shown"),
    [
        ("en", "Map: 40.4406, -79.9959 (5 Main Street, Pittsburgh, PA 15222)"),
        ("es", "Mapa: 40.4406, -79.9959 (5 Main Street, Pittsburgh, PA 15222)"),
    ],
    ids=["english", "spanish"],
)
def test_a_programs_map_line_is_labelled_in_the_conversations_language(
    language: str, shown: str
) -> None:
    assert render_reply(PLACE, language) == shown
