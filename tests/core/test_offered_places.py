"""A reply to "did you mean one of these?" is read against the places offered first."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.dialogue import Dialogue, Outcome, UserInput
from bot.core.location import Place
from bot.core.location.choosing import offered_place_named

NOW = datetime(2026, 11, 26, 15, 0, tzinfo=UTC)
OFFERED = [
    Place("city", "Pittsburgh, PA", "PA", 40.44, -79.99, city="Pittsburgh"),
    Place("city", "Pittsburg, CA", "CA", 38.02, -121.88, city="Pittsburg"),
    Place("city", "Pittsburg, KS", "KS", 37.41, -94.70, city="Pittsburg"),
    Place("city", "Pittsburg, KY", "KY", 37.16, -84.09, city="Pittsburg"),
]


@pytest.mark.parametrize(
    ("reply", "index"),
    [
        ("pa", 0),
        ("PA", 0),
        ("Pennsylvania", 0),
        ("pensilvania", 0),
        ("the one in pennsylvania", 0),
        ("Pittsburgh", 0),
        ("pittsburgh, pa", 0),
        ("ca", 1),
        ("el de california", 1),
        ("the one in Kansas", 2),
        ("KY please", 3),
    ],
)
def test_a_reply_naming_an_offered_state_or_city_picks_that_place(reply: str, index: int) -> None:
    assert offered_place_named(reply, OFFERED) == index


@pytest.mark.parametrize(
    "reply",
    ["pittsburg", "ohio", "the one in in", "ok", "columbus oh", "?"],
)
def test_a_reply_naming_no_single_offered_place_picks_none(reply: str) -> None:
    assert offered_place_named(reply, OFFERED) is None


def _after_did_you_mean(dialogue: Dialogue, reply: str, *, start: str = "2") -> Outcome:
    outcome = dialogue.advance(None, UserInput.command("start"), NOW)
    for typed in (start, "pittsburg", reply):
        outcome = dialogue.advance(outcome.conversation, UserInput.say(typed), NOW)
    return outcome


def _said(outcome: Outcome) -> str:
    return "\n".join(r.text for r in outcome.replies)


@pytest.mark.parametrize(
    ("reply", "searched"),
    [
        ("pa", "Pittsburgh, PA"),
        ("the first one", "Pittsburgh, PA"),
        ("1", "Pittsburgh, PA"),
        ("the one in pennsylvania", "Pittsburgh, PA"),
        ("Pittsburgh", "Pittsburgh, PA"),
        ("california", "Pittsburg, CA"),
        ("el de california", "Pittsburg, CA"),
        ("el segundo", "Pittsburg, CA"),
        ("the 2nd", "Pittsburg, CA"),
    ],
)
def test_a_reply_to_did_you_mean_searches_the_place_it_names(
    real_dialogue: Dialogue, reply: str, searched: str
) -> None:
    said = _said(_after_did_you_mean(real_dialogue, reply))
    assert searched in said
    assert "Pennsylvania:" not in said  # never the whole state instead


def test_did_you_mean_is_offered_for_an_ambiguous_city(real_dialogue: Dialogue) -> None:
    outcome = real_dialogue.advance(None, UserInput.command("start"), NOW)
    for typed in ("2", "pittsburg"):
        outcome = real_dialogue.advance(outcome.conversation, UserInput.say(typed), NOW)
    labels = [c.label for r in outcome.replies for c in r.choices]
    assert labels[:2] == ["Pittsburgh, PA", "Pittsburg, CA"]


def test_a_new_place_after_did_you_mean_is_still_searched(real_dialogue: Dialogue) -> None:
    said = _said(_after_did_you_mean(real_dialogue, "Columbus, Ohio"))
    assert "Columbus, OH" in said
