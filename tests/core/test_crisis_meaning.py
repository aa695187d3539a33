"""The crisis layer's sense of meaning: the sentence encoder it ships with and the regression."""

from __future__ import annotations

import numpy as np

from bot.core.crisis.meaning import embed, fit_meaning


def cosine(first: str, second: str) -> float:
    a, b = embed([first, second])
    return float(a @ b)


def test_a_message_means_the_same_in_english_and_spanish() -> None:
    same = cosine("I want to die", "quiero morirme")
    other = cosine("I want to die", "tuesdays and thursdays work best")

    assert same > 0.7
    assert same > other + 0.4


def test_every_text_gets_a_vector_of_unit_length_long_or_empty() -> None:
    vectors = embed(["", "ok", "word " * 2000])

    assert vectors.shape == (3, 512)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-3)
    assert len(embed([])) == 0


def toy() -> tuple[np.ndarray, list[float], list[bool]]:
    """Forty vectors: the crisis ones lean along the first axis; the log odds say nothing."""
    rng = np.random.default_rng(7)
    vectors = rng.normal(0.0, 0.1, (40, 512)).astype(np.float32)
    crisis = [index % 2 == 0 for index in range(40)]
    vectors[::2, 0] += 1.0
    return vectors, [0.0] * 40, crisis


def test_the_regression_learns_which_way_a_crisis_lies() -> None:
    vectors, naive, crisis = toy()

    meaning = fit_meaning(vectors, naive, crisis)

    scores = [meaning.score(vector, 0.0) for vector in vectors]
    assert all(s > 0.5 for s, c in zip(scores, crisis, strict=True) if c)
    assert all(s < 0.5 for s, c in zip(scores, crisis, strict=True) if not c)
    assert len(meaning.weights) == 512 + 2  # the vector, the log odds, the bias


def test_the_regression_trusts_the_naive_odds_as_far_as_they_tell() -> None:
    vectors = np.zeros((40, 512), dtype=np.float32)
    crisis = [index % 2 == 0 for index in range(40)]
    naive = [4.0 if c else -4.0 for c in crisis]

    meaning = fit_meaning(vectors, naive, crisis)

    assert meaning.score(vectors[0], 4.0) > 0.5
    assert meaning.score(vectors[0], -4.0) < 0.5


def test_the_same_messages_always_give_the_same_weights() -> None:
    assert fit_meaning(*toy()) == fit_meaning(*toy())
