"""The question recognizer measured on its labelled set: recall per topic and language, and
how many plain answers it takes for a question.

tests/data/faq_dev.jsonl holds one message a line, {"text", "lang", "topic"}; "topic" is one of
bot.core.understanding.faq.TOPICS, or "none" for a message that asks nothing (an answer to a
step, a pick from the list). Run with `.venv/bin/python -m tests.data.faq_evaluate`.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bot.core.understanding.faq import TOPICS, recognize

DEV = Path(__file__).resolve().parent / "faq_dev.jsonl"


@dataclass(frozen=True, slots=True)
class Labelled:
    """One message and the topic it asks about ("none": it asks nothing)."""

    text: str
    lang: str
    topic: str


@dataclass(frozen=True, slots=True)
class Scores:
    """Per topic and per language: (found, of); and false matches among the plain answers."""

    topics: dict[str, tuple[int, int]]
    languages: dict[str, tuple[int, int]]
    false_matches: list[str]
    answers: int

    def recall(self, topic: str) -> float:
        """The share of a topic's questions recognized as that topic."""
        found, of = self.topics[topic]
        return found / of if of else 0.0


def read_set(path: Path = DEV) -> list[Labelled]:
    """The labelled messages of a set."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [Labelled(**json.loads(line)) for line in lines if line.strip()]


def score(messages: Sequence[Labelled]) -> Scores:
    """How the recognizer does on a set of messages."""
    found: Counter[str] = Counter()
    total: Counter[str] = Counter()
    by_language: Counter[str] = Counter()
    of_language: Counter[str] = Counter()
    false_matches: list[str] = []
    for message in messages:
        asked = recognize(message.text)
        got = asked.topic if asked else "none"
        if message.topic == "none":
            if got != "none":
                false_matches.append(message.text)
            continue
        total[message.topic] += 1
        of_language[message.lang] += 1
        if got == message.topic:
            found[message.topic] += 1
            by_language[message.lang] += 1
    return Scores(
        topics={t: (found[t], total[t]) for t in TOPICS},
        languages={lang: (by_language[lang], of_language[lang]) for lang in sorted(of_language)},
        false_matches=false_matches,
        answers=sum(1 for m in messages if m.topic == "none"),
    )


def report(scores: Scores) -> list[str]:
    """The scores as lines of text."""
    lines = [
        f"{topic:16} {f}/{n}  {scores.recall(topic):.0%}"
        for topic, (f, n) in scores.topics.items()
    ]
    lines += [f"{lang:16} {f}/{n}" for lang, (f, n) in scores.languages.items()]
    lines.append(f"{'false matches':16} {len(scores.false_matches)}/{scores.answers}")
    return lines


if __name__ == "__main__":
    print("\n".join(report(score(read_set()))))
