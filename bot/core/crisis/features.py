"""What the learned crisis layer reads of a message: words, word pairs and letter runs; pure."""

from __future__ import annotations

import re
import unicodedata
from itertools import pairwise

# Long pastes cost time, not recall: a person in danger says so early (as in reading.py).
MAX_CHARS = 2000
# Letter runs of these lengths carry typos, Spanish conjugations and Spanglish alike.
CHAR_SIZES = (3, 4, 5)

_APOSTROPHES = re.compile(r"['\u2019\u2018\u02bc\u00b4`\u2032]")
_NOT_WORD = re.compile(r"[^a-z0-9]+")
_DIGIT = re.compile(r"[0-9]")


def fold(text: str) -> str:
    """Lower-case ASCII words with accents folded and apostrophes dropped, one space apart."""
    text = _APOSTROPHES.sub("", text[:MAX_CHARS].casefold())
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return " ".join(_NOT_WORD.sub(" ", text).split())


def normalize(text: str) -> str:
    """The folded message with every digit made `0`: "took 30 pills" is "took 40 pills"."""
    return _DIGIT.sub("0", fold(text))


def features(text: str) -> list[str]:
    """The distinct features of a message, in a fixed order (sums over them are repeatable)."""
    words = normalize(text).split()
    found: dict[str, None] = {}
    for word in words:
        found[f"w:{word}"] = None
    for first, second in pairwise(words):
        found[f"b:{first} {second}"] = None
    padded = f" {' '.join(words)} "
    for size in CHAR_SIZES:
        for start in range(len(padded) - size + 1):
            found[f"c:{padded[start : start + size]}"] = None
    return list(found)
