"""Learning the crisis layer from labelled messages: naive Bayes in plain Python; pure.

Two models over :func:`bot.core.crisis.features.features` (each feature counted once per
message): one says how likely a message speaks of a danger now (crisis against everything
else: past events, tricky safe messages, plain answers), the other which kind of danger a crisis
message is (one of seven). Naive Bayes with add-:data:`ALPHA` smoothing: one counting pass, no
randomness, so the same messages always give the same weights, in well under a second.
Measured on 2026-12-05 (with the sets as they were then) by 5-fold cross-validation against
logistic regression (stochastic gradient descent
on the same features, bias and L2 tried at several values): at the threshold that finds 97% of
the training files' crisis messages, naive Bayes raised a check-in on fewer tricky safe
messages (101 against 118 of 212) and on fewer everyday messages about programs (6 against 11
of 25), and it told the kind better (74% against 70%). Word-only or letter-only features, and
letter runs kept inside words, did no better.

Only features seen in at least :data:`MIN_COUNT` messages are kept: rarer ones are names and
typos of one message, and they only make the file bigger.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from bot.core.crisis.features import features

MIN_COUNT = 2
ALPHA = 0.5
# Naive Bayes sums hundreds of log ratios and is far too sure of itself; dividing the sum
# spreads its scores over (0, 1) so thresholds in hundredths can tell them apart.
SPREAD = 30.0
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


@dataclass(frozen=True, slots=True)
class Binary:
    """How likely a message speaks of a danger now: prior log odds and each feature's log ratio."""

    bias: float
    weights: dict[str, float]

    def log_odds(self, found: Sequence[str]) -> float:
        """The crisis log odds of the message with these features, spread."""
        get = self.weights.get
        return (self.bias + sum(get(f, 0.0) for f in found)) / SPREAD

    def probability(self, found: Sequence[str]) -> float:
        """The crisis score of the message with these features, in (0, 1)."""
        return _sigmoid(self.log_odds(found))


@dataclass(frozen=True, slots=True)
class Kinds:
    """Which kind of danger a crisis message speaks of: log priors and log likelihoods."""

    labels: tuple[str, ...]
    bias: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]

    def best(self, found: Sequence[str]) -> str:
        """The most likely kind for the message with these features."""
        totals = list(self.bias)
        width = len(totals)
        for feature in found:
            row = self.weights.get(feature)
            if row is not None:
                for index in range(width):
                    totals[index] += row[index]
        return self.labels[max(range(width), key=totals.__getitem__)]


def _counted(rows: Sequence[list[str]]) -> list[list[str]]:
    """Each message's features reduced to those seen in at least MIN_COUNT messages."""
    seen: Counter[str] = Counter()
    for found in rows:
        seen.update(found)
    return [[f for f in found if seen[f] >= MIN_COUNT] for found in rows]


def _log_likelihoods(
    classes: Sequence[Counter[str]], vocabulary: Sequence[str]
) -> list[list[float]]:
    """For each class, the smoothed log likelihood of every feature of the vocabulary."""
    size = len(vocabulary)
    result = []
    for counts in classes:
        total = sum(counts.values()) + ALPHA * size
        result.append([math.log((counts[f] + ALPHA) / total) for f in vocabulary])
    return result


def fit_binary(examples: Sequence[Example]) -> Binary:
    """A crisis-now score learned from the examples."""
    rows = _counted([features(e.text) for e in examples])
    crisis: Counter[str] = Counter()
    other: Counter[str] = Counter()
    for example, found in zip(examples, rows, strict=True):
        (crisis if example.crisis else other).update(found)
    vocabulary = sorted(set(crisis) | set(other))
    yes, no = _log_likelihoods([crisis, other], vocabulary)
    positives = sum(e.crisis for e in examples)
    bias = math.log(max(positives, 1) / max(len(examples) - positives, 1))
    weights = {f: round(y - n, DECIMALS) for f, y, n in zip(vocabulary, yes, no, strict=True)}
    return Binary(round(bias, DECIMALS), {f: w for f, w in weights.items() if w})


def fit_kinds(examples: Sequence[Example]) -> Kinds:
    """The kind of a crisis learned from the crisis examples among these."""
    crises = [(e.kind, e.text) for e in examples if e.crisis and e.kind is not None]
    labels = tuple(sorted({kind for kind, _ in crises}))
    rows = _counted([features(text) for _, text in crises])
    counts: dict[str, Counter[str]] = {label: Counter() for label in labels}
    for (kind, _), found in zip(crises, rows, strict=True):
        counts[kind].update(found)
    vocabulary = sorted(set().union(*counts.values()))
    columns = _log_likelihoods([counts[label] for label in labels], vocabulary)
    sizes = Counter(kind for kind, _ in crises)
    bias = tuple(round(math.log(sizes[label] / len(crises)), DECIMALS) for label in labels)
    weights = {}
    for index, feature in enumerate(vocabulary):
        row = [column[index] for column in columns]
        # Only differences between kinds matter: centred rows are smaller numbers to store.
        middle = sum(row) / len(row)
        weights[feature] = tuple(round(value - middle, DECIMALS) for value in row)
    return Kinds(labels, bias, weights)


def folds(size: int, k: int) -> list[int]:
    """The fold of each of `size` messages: every k-th message in the same fold, in set order.

    The sets are written kind by kind, so striding through them spreads every kind and group
    over all folds.
    """
    return [index % k for index in range(size)]
