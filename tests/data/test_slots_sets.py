"""The labelled sets `make eval` measures the slot reader on are well made."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from tests.data.evaluate_slots import SETS, Labelled, main, problem_in, read_set, report

NEGATION = re.compile(r"\b(no|not|don'?t|doesn'?t|isn'?t|never|sin|nunca|can'?t|ni)\b", re.I)


@pytest.fixture(name="dev", scope="module")
def dev_fixture() -> list[Labelled]:
    return read_set(SETS["dev"])


def test_the_dev_set_holds_at_least_250_messages_in_both_languages_and_mixed(
    dev: list[Labelled],
) -> None:
    languages = Counter(m.lang for m in dev)

    assert len(dev) >= 250
    assert languages["en"] / len(dev) >= 0.45
    assert languages["es"] / len(dev) >= 0.30
    assert languages["mixed"] >= 20


def test_the_dev_set_has_negations_and_messages_that_state_nothing(
    dev: list[Labelled],
) -> None:
    assert sum(bool(NEGATION.search(m.text)) for m in dev) >= 50
    assert sum(not m.expect for m in dev) >= 20


def test_no_message_is_in_the_dev_set_twice(dev: list[Labelled]) -> None:
    seen = Counter(m.text.casefold().strip() for m in dev)

    assert [text for text, count in seen.items() if count > 1] == []


@pytest.mark.parametrize(
    ("expect", "problem"),
    [
        ({"substances": "alcohol"}, "substances must be a non-empty list"),
        ({"payment": ["bitcoin"]}, "payment has a value outside its vocabulary"),
        ({"mood": "sad"}, "unknown field 'mood'"),
        ({"years": "fifty"}, "years must be a whole number of years"),
        ({"place": ""}, "place must be text"),
    ],
    ids=["list-as-text", "unknown-value", "unknown-field", "years-as-text", "empty-place"],
)
def test_a_badly_labelled_message_is_named(expect: dict[str, object], problem: str) -> None:
    assert problem_in(Labelled("text", "en", expect)) == problem


def test_a_line_with_other_keys_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "set.jsonl"
    path.write_text('{"text": "hi", "lang": "en", "expect": {}, "extra": 1}\n', encoding="utf-8")

    with pytest.raises(ValueError, match=r"set\.jsonl:1"):
        read_set(path)


def test_the_report_gives_recall_precision_and_wrong_for_every_field(
    dev: list[Labelled],
) -> None:
    lines = "\n".join(report("dev", dev[:40]))

    for name in ("for_whom", "substances", "payment", "not_payment", "place", "reply", "vague"):
        assert re.search(rf"^{name}\s+\S+.*\s\d+$", lines, re.M), name
    assert re.search(r"all fields\s+\d+/\d+ = \d+%", lines)
    assert re.search(r"p50 / p95: [\d.]+ / [\d.]+ ms", lines)


def test_the_evaluator_fails_when_asked_for_a_set_that_does_not_exist() -> None:
    assert main(["no-such-set"]) == 1
