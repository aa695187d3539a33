"""Every text id the core can hand out exists in the catalog."""

from __future__ import annotations

import re
import string
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
    r"\b(addicts?|abusers?|junkies?|alcoholics?|clean|dirty|drug habit|substance abuse"
    r"|adict[oa]s?|drogadict[oa]s?|alcoh[oó]lic[oa]s?|abusador(es)?|limpi[oa]s?|suci[oa]s?"
    r"|abuso de sustancias)\b",
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


# British spellings an American reader trips over ("I'll favour programs…").
UK_SPELLING = re.compile(
    r"\b(\w*favour\w*|\w*colour\w*|\w*behaviour\w*|\w*neighbour\w*|\w*honour\w*|centre"
    r"|cancelled|cancelling|programme|organis\w*|recognis\w*)\b",
    re.IGNORECASE,
)


def test_english_texts_use_american_spelling() -> None:
    british = {
        text_id: UK_SPELLING.findall(value)
        for text_id, value in EN.items()
        if not text_id.endswith(".syn") and UK_SPELLING.search(value)
    }

    assert british == {}


@pytest.mark.parametrize("language", sorted(CATALOG))
def test_every_family_variant_has_a_base_text(language: str) -> None:
    texts = CATALOG[language]
    orphans = [i for i in texts if i.endswith(".other") and i.removesuffix(".other") not in texts]

    assert orphans == []


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("language", [lang for lang in sorted(CATALOG) if lang != "en"])
def test_every_text_exists_in_every_language_with_the_same_placeholders(language: str) -> None:
    other = CATALOG[language]

    assert set(other) == set(EN)
    different = [i for i in EN if placeholders(EN[i]) != placeholders(other[i])]
    assert different == []


def test_spanish_texts_are_in_spanish() -> None:
    spanish = CATALOG["es"]

    assert spanish["intake.for_whom"] != EN["intake.for_whom"]
    assert "español" in spanish["crisis.suicide"]
