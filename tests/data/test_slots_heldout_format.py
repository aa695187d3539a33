"""The held-out set for the slot reader is well formed, in the words and values the reader uses."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

PATH = Path(__file__).resolve().parent / "slots_heldout.jsonl"

LANGUAGES = ("en", "es", "mixed")
RELATIONS = (
    "son", "daughter", "child", "husband", "wife", "partner", "boyfriend", "girlfriend",
    "mother", "father", "brother", "sister", "grandson", "granddaughter", "grandchild",
    "nephew", "niece", "cousin", "uncle", "aunt", "friend", "roommate", "coworker",
)  # fmt: skip
FACTS = (
    "veteran", "ptsd", "dui", "court_ordered", "pregnant", "shakes_when_stopping",
    "seizure_history", "detox_before", "relapse", "parents_dont_know", "homeless", "job_risk",
    "mental_health", "no_car",
)  # fmt: skip
PAYMENTS = (
    "medicaid", "medicare", "private_insurance", "tricare", "cash", "sliding_fee", "free", "ihs",
    "unsure",
)  # fmt: skip
GROUPS = (
    "women", "men", "lgbtq", "veterans", "young_adults", "adolescents", "seniors", "pregnant",
    "co_occurring", "trauma", "criminal_justice", "dui",
)  # fmt: skip
PROGRAM_LANGUAGES = (
    "english", "spanish", "sign_language", "chinese", "vietnamese", "russian", "arabic",
    "korean", "french", "portuguese",
)  # fmt: skip

# One word of a field's vocabulary.
CHOICES: dict[str, tuple[str, ...]] = {
    "for_whom": ("self", "other"),
    "relation": RELATIONS,
    "gender": ("woman", "man"),
    "age": ("teen", "young_adult", "adult", "senior"),
    "withdrawal": ("symptoms_now", "detox_done", "still_using", "stopped"),
    "daily_use": ("yes", "no"),
    "medication": ("wanted", "taking", "no", "unsure"),
    "program_language": PROGRAM_LANGUAGES,
    "reply": ("yes", "no", "unsure"),
}
# A list of words from a vocabulary (a tuple in the reader's answer).
LISTS: dict[str, tuple[str, ...]] = {
    "substances": ("alcohol", "opioids", "benzos", "stimulants", "cannabis", "other"),
    "schedule": ("day", "evening", "weekend", "online"),
    "groups": GROUPS,
    "payment": PAYMENTS,
    "not_payment": PAYMENTS,
    "facts": FACTS,
}
INSURANCE = ("medicaid", "medicare", "private_insurance", "tricare", "ihs")
FLAGS = ("no_insurance", "online", "vague")  # true when said; left out when not
TEXTS = ("plan", "place")  # words as typed
FIELDS = {*CHOICES, *LISTS, *FLAGS, *TEXTS, "years"}

# Conventions the labels share with the reader: a fact and the group it asks for.
FACT_GROUPS = {
    "veteran": "veterans",
    "ptsd": "trauma",
    "dui": "dui",
    "court_ordered": "criminal_justice",
    "pregnant": "pregnant",
    "mental_health": "co_occurring",
}
# Relations whose word says the gender ("my son" -> man).
WOMEN = ("daughter", "wife", "girlfriend", "mother", "sister", "granddaughter", "niece", "aunt")
MEN = ("son", "husband", "boyfriend", "father", "brother", "grandson", "nephew", "uncle")
GENDERED = {**dict.fromkeys(WOMEN, "woman"), **dict.fromkeys(MEN, "man")}


def _band(years: int) -> str:
    """The age band of an age in years."""
    if years < 18:
        return "teen"
    if years <= 25:
        return "young_adult"
    return "adult" if years <= 64 else "senior"


def _plain(text: str) -> str:
    """A message without case, spaces or punctuation, to find the same message twice."""
    return re.sub(r"\W+", " ", text.casefold()).strip()


def _problems(expect: dict[str, Any]) -> list[str]:
    """What is wrong with one line's expectations, in words; empty when nothing is."""
    problems = [f"unknown field {name!r}" for name in expect if name not in FIELDS]
    for name, words in CHOICES.items():
        if name in expect and expect[name] not in words:
            problems.append(f"{name}: {expect[name]!r} is not one of its words")
    for name, words in LISTS.items():
        if name not in expect:
            continue
        value = expect[name]
        if not isinstance(value, list) or not value or len(set(value)) != len(value):
            problems.append(f"{name}: {value!r} is not a non-empty list without repeats")
        elif not set(value) <= set(words):
            problems.append(f"{name}: {sorted(set(value) - set(words))} are not its words")
    problems += [f"{name} is not true" for name in FLAGS if expect.get(name, True) is not True]
    for name in TEXTS:
        value = expect.get(name, "x")
        if not isinstance(value, str) or not value.strip() or value != value.strip():
            problems.append(f"{name}: {value!r} is not trimmed words")
    years = expect.get("years", 30)
    if type(years) is not int or not 1 <= years <= 110:
        problems.append(f"years: {years!r} is not a whole number of years")
    elif "years" in expect and expect.get("age") != _band(years):
        problems.append(f"years {years} without the age band {_band(years)!r}")
    return problems


def _conventions(expect: dict[str, Any]) -> list[str]:
    """Which shared labelling conventions one line's expectations break."""
    facts, groups = expect.get("facts", []), expect.get("groups", [])
    broken = [
        f"fact {f} without group {g}"
        for f, g in FACT_GROUPS.items()
        if f in facts and g not in groups
    ]
    if bool(expect.get("online")) != ("online" in expect.get("schedule", [])):
        broken.append("online and schedule 'online' go together")
    if "plan" in expect and "private_insurance" not in expect.get("payment", []):
        broken.append("a plan is private insurance")
    if expect.get("no_insurance") and set(expect.get("payment", [])) & set(INSURANCE):
        broken.append("no insurance, yet an insurance named")
    if "relation" in expect and expect.get("for_whom") != "other":
        broken.append("a relation is someone other")
    if expect.get("relation") in GENDERED and expect.get("gender") != GENDERED[expect["relation"]]:
        broken.append("a relation such as 'son' says the gender")
    if set(expect.get("payment", [])) & set(expect.get("not_payment", [])):
        broken.append("a payment both named and negated")
    if expect.get("vague") and set(expect) - {"vague", "reply"}:
        broken.append("a vague message states nothing else")
    return broken


@pytest.fixture(name="lines", scope="module")
def lines_fixture() -> list[dict[str, Any]]:
    """Every line of the set, parsed."""
    text = PATH.read_text(encoding="utf-8")
    assert text.endswith("\n")
    return [json.loads(line) for line in text.splitlines()]


def test_the_set_holds_at_least_350_messages(lines: list[dict[str, Any]]) -> None:
    """There are enough messages to measure the reader on."""
    assert len(lines) >= 350


def test_each_line_has_text_lang_and_expect_only(lines: list[dict[str, Any]]) -> None:
    """Each line is an object of a non-empty text, a known language and an expectation."""
    bad = [
        number
        for number, line in enumerate(lines, start=1)
        if not isinstance(line, dict)
        or set(line) != {"text", "lang", "expect"}
        or not isinstance(line["text"], str)
        or not line["text"].strip()
        or line["lang"] not in LANGUAGES
        or not isinstance(line["expect"], dict)
    ]

    assert bad == []


def test_every_expected_field_and_value_is_in_the_readers_vocabulary(
    lines: list[dict[str, Any]],
) -> None:
    """Fields, words, lists, whole years and true flags are those the reader answers with."""
    problems = {
        number: found
        for number, line in enumerate(lines, start=1)
        if (found := _problems(line["expect"]))
    }

    assert problems == {}


def test_the_labels_follow_the_shared_conventions(lines: list[dict[str, Any]]) -> None:
    """Facts bring their groups, online its schedule, a plan private insurance, and so on."""
    broken = {
        number: found
        for number, line in enumerate(lines, start=1)
        if (found := _conventions(line["expect"]))
    }

    assert broken == {}


def test_no_message_is_in_the_set_twice(lines: list[dict[str, Any]]) -> None:
    """No two messages are the same once case, spaces and punctuation are set aside."""
    seen = Counter(_plain(line["text"]) for line in lines)

    assert [text for text, count in seen.items() if count > 1] == []


def test_every_field_and_language_is_covered(lines: list[dict[str, Any]]) -> None:
    """Each field is expected at least 15 times, and each language and fact appears."""
    fields = Counter(name for line in lines for name in line["expect"])
    facts = {fact for line in lines for fact in line["expect"].get("facts", [])}

    assert {name: fields[name] for name in FIELDS if fields[name] < 15} == {}
    assert {line["lang"] for line in lines} == set(LANGUAGES)
    assert facts == set(FACTS)
    assert sum(1 for line in lines if not line["expect"]) >= 25
