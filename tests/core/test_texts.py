"""Every text id the core can hand out exists in the catalog."""

from __future__ import annotations

import re
from typing import get_args

import pytest

from bot.core import location
from bot.core.matching import VERIFY_ITEMS, RelaxationKind
from bot.core.texts import CATALOG, EN, text

HINTS = [location.HINT_NOT_FOUND, location.HINT_OUTSIDE_US, location.HINT_UNKNOWN_ZIP]
HINTS.append(location.HINT_NEAR_ME)
IDS = HINTS + [f"verify.{item}" for item in VERIFY_ITEMS]
IDS += [f"relax.{kind}" for kind in get_args(RelaxationKind)]


@pytest.mark.parametrize("text_id", IDS)
def test_text_id_used_by_the_core_has_an_english_text(text_id: str) -> None:
    assert EN.get(text_id, "").strip()


def test_relaxation_texts_fill_in_their_values() -> None:
    said = text("relax.radius", from_miles=25.0, to_miles=50.0)

    assert said == "Widened the distance from 25 to 50 miles."


STIGMA = re.compile(
    r"\b(addicts?|abusers?|junkies?|alcoholics?|clean|dirty|drug habit|substance abuse)\b",
    re.IGNORECASE,
)


@pytest.mark.parametrize("language", sorted(CATALOG))
def test_no_text_uses_stigmatizing_words(language: str) -> None:
    offending = {
        text_id: value
        for text_id, value in CATALOG[language].items()
        if not text_id.endswith(".syn") and STIGMA.search(value)
    }

    assert offending == {}


@pytest.mark.parametrize("language", sorted(CATALOG))
def test_every_family_variant_has_a_base_text(language: str) -> None:
    texts = CATALOG[language]
    orphans = [i for i in texts if i.endswith(".other") and i.removesuffix(".other") not in texts]

    assert orphans == []
