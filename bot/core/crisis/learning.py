"""Learning the crisis layer from labelled messages: logistic regression in plain Python; pure.

Two linear models over :func:`bot.core.crisis.features.features`: one says how likely a message
speaks of a danger now (crisis against everything else: past events, tricky safe messages, plain
answers), the other which kind of danger a crisis message is (a softmax over the seven kinds).
Both learn by stochastic gradient descent in a fixed order drawn from a fixed seed, so the same
messages always give the same weights. Only features seen in at least :data:`MIN_COUNT` messages
are kept: rarer ones are names and typos of one message, and they only make the file bigger.
"""

from __future__ import annotations

import math
import random
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from bot.core.crisis.features import features

MIN_COUNT = 2
EPOCHS = 12
RATE = 0.5
L2 = 1e-4
SEED = 20261205
# Weights are written with this many decimals: enough for the scores, small on disk.
DECIMALS = 3


@dataclass(frozen=True, slots=True)
class Example:
    """One labelled message: its text, whether it is a crisis now, and of which kind."""

    text: str
    crisis: bool
    kind: str | None


def _sigmoid(z: float) -> float:
    """The logistic function, safe for large magnitudes."""
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def _scale(found: Sequence[str]) -> float:
    """Each feature's value: long messages must not outvote short ones by length alone."""
    return 1.0 / math.sqrt(len(found)) if found else 0.0


@dataclass(frozen=True, slots=True)
class Binary:
    """A logistic regression: the probability that a message speaks of a danger now."""

    bias: float
    weights: dict[str, float]

    def probability(self, found: Sequence[str]) -> float:
        """How likely the message with these features is a crisis now."""
        get = self.weights.get
        total = sum(get(f, 0.0) for f in found)
        return _sigmoid(self.bias + total * _scale(found))


@dataclass(frozen=True, slots=True)
class Kinds:
    """A softmax regression: which kind of danger a crisis message speaks of."""

    labels: tuple[str, ...]
    bias: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]

    def best(self, found: Sequence[str]) -> str:
        """The most likely kind for the message with these features."""
        totals = list(self.bias)
        scale = _scale(found)
        for feature in found:
            row = self.weights.get(feature)
            if row is not None:
                for index, weight in enumerate(row):
                    totals[index] += weight * scale
        return self.labels[max(range(len(totals)), key=totals.__getitem__)]


def _vocabulary(rows: Iterable[list[str]]) -> set[str]:
    """The features seen in at least MIN_COUNT messages."""
    counted: Counter[str] = Counter()
    for found in rows:
        counted.update(found)
    return {f for f, n in counted.items() if n >= MIN_COUNT}


def _kept(rows: list[list[str]]) -> list[list[str]]:
    """Each message's features reduced to the shared vocabulary, in their order."""
    vocabulary = _vocabulary(rows)
    return [[f for f in found if f in vocabulary] for found in rows]


def _order(size: int, epoch: int) -> list[int]:
    """The order of the messages in one epoch: shuffled, the same on every run."""
    indices = list(range(size))
    random.Random(SEED + epoch).shuffle(indices)
    return indices


def fit_binary(examples: Sequence[Example]) -> Binary:
    """A crisis-now probability learned from the examples."""
    rows = _kept([features(e.text) for e in examples])
    labels = [1.0 if e.crisis else 0.0 for e in examples]
    weights: dict[str, float] = {}
    bias = 0.0
    for epoch in range(EPOCHS):
        rate = RATE / (1.0 + epoch)
        for index in _order(len(rows), epoch):
            found = rows[index]
            scale = _scale(found)
            total = sum(weights.get(f, 0.0) for f in found)
            error = _sigmoid(bias + total * scale) - labels[index]
            bias -= rate * error
            for feature in found:
                old = weights.get(feature, 0.0)
                weights[feature] = old - rate * (error * scale + L2 * old)
    return Binary(round(bias, DECIMALS), _rounded(weights))


def fit_kinds(examples: Sequence[Example]) -> Kinds:
    """The kind of a crisis learned from the crisis examples among these."""
    crises = [e for e in examples if e.crisis and e.kind is not None]
    labels = tuple(sorted({e.kind for e in crises if e.kind is not None}))
    rows = _kept([features(e.text) for e in crises])
    targets = [labels.index(e.kind) for e in crises if e.kind is not None]
    width = len(labels)
    weights: dict[str, list[float]] = {}
    bias = [0.0] * width
    for epoch in range(EPOCHS):
        rate = RATE / (1.0 + epoch)
        for index in _order(len(rows), epoch):
            found = rows[index]
            scale = _scale(found)
            totals = list(bias)
            for feature in found:
                row = weights.get(feature)
                if row is not None:
                    for k in range(width):
                        totals[k] += row[k] * scale
            top = max(totals)
            exps = [math.exp(t - top) for t in totals]
            whole = sum(exps)
            errors = [e / whole - (1.0 if k == targets[index] else 0.0) for k, e in enumerate(exps)]
            for k in range(width):
                bias[k] -= rate * errors[k]
            for feature in found:
                row = weights.setdefault(feature, [0.0] * width)
                for k in range(width):
                    row[k] -= rate * (errors[k] * scale + L2 * row[k])
    return Kinds(
        labels,
        tuple(round(b, DECIMALS) for b in bias),
        {
            f: tuple(round(w, DECIMALS) for w in row)
            for f, row in sorted(weights.items())
            if any(round(w, DECIMALS) for w in row)
        },
    )


def _rounded(weights: dict[str, float]) -> dict[str, float]:
    """The weights rounded for the file, in sorted order, without the ones that round to 0."""
    return {f: round(w, DECIMALS) for f, w in sorted(weights.items()) if round(w, DECIMALS)}


def folds(size: int, k: int) -> list[int]:
    """The fold of each of `size` messages: every k-th message in the same fold, in set order.

    The sets are written kind by kind, so striding through them spreads every kind and group
    over all folds.
    """
    return [index % k for index in range(size)]
