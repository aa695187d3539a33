"""The learned crisis layer as shipped: its weights, its threshold, and reading a message.

The weights live in :data:`MODEL_FILE` next to this module (gzip JSON, written by
``python -m bot.core.crisis.train``). They are read from the package once, on the first message
screened; that read and the sentence encoder's weights (meaning.py) are the only I/O of the
crisis package, and they touch no user data.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from bot.core.crisis.features import features
from bot.core.crisis.learning import Binary, Kinds
from bot.core.crisis.meaning import Meaning, embed

MODEL_FILE = "model.json.gz"
FORMAT = 2


@dataclass(frozen=True, slots=True)
class Reading:
    """What the learned layer reads in a message: how likely a crisis now, and its kind."""

    score: float
    kind: str


@dataclass(frozen=True, slots=True)
class Model:
    """The two learned models, the score from which a message raises a check-in, and its data."""

    crisis: Binary
    kinds: Kinds
    threshold: float
    digest: str  # of the sets and the code that made it (train.py checks it is current)
    # The reader of the sentence vector; without it, the naive Bayes probability is the score.
    meaning: Meaning | None = None

    def read(self, text: str) -> Reading:
        """How likely a message speaks of a danger now, and the most likely kind."""
        found = features(text)
        kind = self.kinds.best(found)
        if self.meaning is None:
            return Reading(self.crisis.probability(found), kind)
        score = self.meaning.score(embed([text])[0], self.crisis.log_odds(found))
        return Reading(score, kind)

    def raises(self, reading: Reading) -> bool:
        """Whether a reading is enough for a check-in."""
        return reading.score >= self.threshold


def dump(model: Model) -> bytes:
    """The model as the bytes of its file: the same model always gives the same bytes."""
    data = {
        "format": FORMAT,
        "digest": model.digest,
        "threshold": model.threshold,
        "crisis": {"bias": model.crisis.bias, "weights": model.crisis.weights},
        "meaning": None if model.meaning is None else list(model.meaning.weights),
        "kinds": {
            "labels": list(model.kinds.labels),
            "bias": list(model.kinds.bias),
            "weights": {f: list(row) for f, row in model.kinds.weights.items()},
        },
    }
    text = json.dumps(data, separators=(",", ":"), ensure_ascii=True)
    return gzip.compress(text.encode("ascii"), compresslevel=9, mtime=0)


def load(raw: bytes) -> Model:
    """The model stored in the bytes of its file; ValueError if they are of another format."""
    data: dict[str, Any] = json.loads(gzip.decompress(raw))
    if data.get("format") != FORMAT:
        raise ValueError(f"crisis model format {data.get('format')!r}, expected {FORMAT}")
    kinds = data["kinds"]
    return Model(
        crisis=Binary(float(data["crisis"]["bias"]), dict(data["crisis"]["weights"])),
        kinds=Kinds(
            tuple(kinds["labels"]),
            tuple(kinds["bias"]),
            {f: tuple(row) for f, row in kinds["weights"].items()},
        ),
        threshold=float(data["threshold"]),
        digest=str(data["digest"]),
        meaning=None if data["meaning"] is None else Meaning(tuple(data["meaning"])),
    )


@cache
def shipped() -> Model | None:
    """The model shipped in the package, read once; None when it has not been trained yet."""
    path = resources.files(__package__).joinpath(MODEL_FILE)
    if not path.is_file():
        return None
    return load(path.read_bytes())
