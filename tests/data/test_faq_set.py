"""The question recognizer on its labelled set: every topic in both languages, and a floor."""

from __future__ import annotations

from collections import Counter

import pytest

from bot.core.understanding.faq import TOPICS
from tests.data.faq_evaluate import Labelled, read_set, report, score

RECALL_FLOOR = 0.8  # per topic
FALSE_MATCHES_ALLOWED = 1  # of the plain answers


@pytest.fixture(name="messages", scope="module")
def messages_fixture() -> list[Labelled]:
    return read_set()


def test_the_set_has_eight_questions_a_topic_in_both_languages_and_thirty_answers(
    messages: list[Labelled],
) -> None:
    per_topic = Counter(m.topic for m in messages)
    languages = {(m.topic, m.lang) for m in messages}

    assert {t: per_topic[t] for t in TOPICS if per_topic[t] < 8} == {}
    assert {t for t in TOPICS if (t, "en") not in languages or (t, "es") not in languages} == set()
    assert per_topic["none"] >= 30
    assert set(per_topic) <= {*TOPICS, "none"}


def test_every_topic_is_recognized_above_the_floor_and_answers_are_left_alone(
    messages: list[Labelled],
) -> None:
    scores = score(messages)
    print("\n" + "\n".join(report(scores)))  # shown with -s: recall per topic

    assert {t: scores.recall(t) for t in TOPICS if scores.recall(t) < RECALL_FLOOR} == {}
    assert len(scores.false_matches) <= FALSE_MATCHES_ALLOWED, scores.false_matches
