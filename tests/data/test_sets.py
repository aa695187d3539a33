"""The labelled sets `make eval` measures the crisis screening on are whole and well made."""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from tests.data.evaluate import KINDS, LANGUAGES, SETS, TRAIN_SETS, Labelled, read_set, report

ROOT = Path(__file__).resolve().parents[2]


def _plain(text: str) -> str:
    return re.sub(r"\W+", " ", text.casefold()).strip()


@pytest.fixture(name="sets", scope="module")
def sets_fixture() -> dict[str, list[Labelled]]:
    return {name: read_set(path) for name, path in SETS.items()}


def test_the_sets_together_hold_at_least_600_messages(sets: dict[str, list[Labelled]]) -> None:
    assert sum(len(messages) for messages in sets.values()) >= 600
    assert all(len(messages) >= 250 for messages in sets.values())


@pytest.mark.parametrize("name", SETS)
def test_each_set_covers_every_kind_group_and_language(
    sets: dict[str, list[Labelled]], name: str
) -> None:
    messages = sets[name]
    crisis = [m for m in messages if m.group == "crisis"]

    kinds = Counter(m.kind for m in crisis)
    assert {k: kinds[k] for k in KINDS if kinds[k] < 10} == {}
    assert {m.lang for m in crisis} == set(LANGUAGES)
    groups = Counter(m.group for m in messages)
    assert groups["past"] >= 20
    assert groups["tricky"] >= 40
    assert groups["answer"] >= 30
    assert all(m.expect == "none" for m in messages if m.group == "answer")
    assert all(m.expect in ("emergency", "possible") for m in crisis)


def test_no_message_is_in_a_set_twice_or_in_both(sets: dict[str, list[Labelled]]) -> None:
    seen = Counter(_plain(m.text) for messages in sets.values() for m in messages)

    assert [text for text, count in seen.items() if count > 1] == []


def test_the_report_covers_every_kind_and_language(sets: dict[str, list[Labelled]]) -> None:
    lines = "\n".join(report("dev", sets["dev"]))

    for name in (*KINDS, *LANGUAGES):
        assert re.search(rf"\b{name}\b.*\d+/\d+", lines), name
    assert "plain answers raising anything" in lines


def test_crisis_check_prints_one_json_object_a_line() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot", "crisis", "check"],
        input="my brother took a whole bottle of pills and wont wake up\nfor my son\n\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=True,
    )

    assert result.stdout.splitlines() == [
        '{"level": "emergency", "kind": "overdose"}',
        '{"level": "none", "kind": null}',
        '{"level": "none", "kind": null}',
    ]


@pytest.fixture(name="training", scope="module")
def training_fixture() -> dict[str, list[Labelled]]:
    return {path.name: read_set(path) for path in TRAIN_SETS}


def test_the_training_sets_are_there_and_well_formed(
    training: dict[str, list[Labelled]],
) -> None:
    assert sorted(training) == [
        "crisis_train_answers.jsonl", "crisis_train_en.jsonl", "crisis_train_es.jsonl",
        "crisis_train_more.jsonl", "crisis_train_replies.jsonl",
    ]  # fmt: skip
    for messages in training.values():
        assert len(messages) >= 300
        assert all(m.expect == "none" for m in messages if m.group == "answer")
        assert all(m.expect in ("emergency", "possible") for m in messages if m.group == "crisis")
    for name in ("crisis_train_en.jsonl", "crisis_train_es.jsonl"):
        assert {m.group for m in training[name]} == {"crisis", "past", "tricky", "answer"}
    assert {m.group for m in training["crisis_train_more.jsonl"]} == {"crisis", "past", "tricky"}


@pytest.mark.parametrize("name", ["crisis_train_answers.jsonl", "crisis_train_replies.jsonl"])
def test_the_answers_set_holds_plain_answers_in_both_languages_and_between(
    training: dict[str, list[Labelled]], name: str
) -> None:
    answers = training[name]

    assert {m.group for m in answers} == {"answer"}
    languages = Counter(m.lang for m in answers)
    assert languages["en"] >= 150
    assert languages["es"] >= 100
    assert languages["mixed"] >= 40
    assert sum(len(m.text.split()) >= 4 for m in answers) >= len(answers) * 3 // 4


def test_the_training_sets_cover_every_kind_in_every_language(
    training: dict[str, list[Labelled]],
) -> None:
    crisis = [m for messages in training.values() for m in messages if m.group == "crisis"]

    for language in ("en", "es"):
        kinds = Counter(m.kind for m in crisis if m.lang == language)
        assert {k: kinds[k] for k in KINDS if kinds[k] < 20} == {}, language


def test_no_training_message_repeats_a_dev_message(
    sets: dict[str, list[Labelled]], training: dict[str, list[Labelled]]
) -> None:
    dev = {_plain(m.text) for m in sets["dev"]}
    repeated = [
        m.text for messages in training.values() for m in messages if _plain(m.text) in dev
    ]

    assert repeated == []
