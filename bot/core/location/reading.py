"""Pure reading of typed place names: accents, words, comparison keys and filler; no I/O."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence

from bot.core.location.vocabulary import (
    LEADING_DIRECTIONS,
    LEADING_FILLER,
    LEADING_PHRASES,
    PREPOSITIONS,
    TRAILING_FILLER,
    TRAILING_PHRASES,
    WORD_ABBREVIATIONS,
)

# Anything useful fits in the first hundred characters; the rest of a pasted essay only costs time.
MAX_INPUT_CHARS = 100

_COMBINING_FREE = re.compile(r"[\u0300-\u036f]")
_INITIALS = re.compile(r"\b(?:[a-z]\.\s?){2,}")
_NON_WORD = re.compile(r"[^a-z0-9]+")


def fold(text: str) -> str:
    """Lower-case the text and strip accents ("San José" -> "san jose"), keeping punctuation."""
    decomposed = unicodedata.normalize("NFKD", text)
    return _COMBINING_FREE.sub("", decomposed).casefold()


def words(folded: str) -> list[str]:
    """Split folded text into plain ASCII words; "N.Y." becomes "ny" and "O'Fallon" two words."""
    joined = _INITIALS.sub(lambda m: m.group(0).replace(".", "").replace(" ", "") + " ", folded)
    return _NON_WORD.sub(" ", joined).split()


def name_key(tokens: Sequence[str]) -> str:
    """The comparison key of a place name: words with abbreviations spelled out."""
    expanded = [WORD_ABBREVIATIONS.get(t, t) for t in tokens]
    if len(expanded) > 1 and expanded[0] in LEADING_DIRECTIONS:
        expanded[0] = LEADING_DIRECTIONS[expanded[0]]
    return " ".join(expanded)


def key_of(name: str) -> str:
    """The comparison key of a name as written ("St. Louis" -> "saint louis")."""
    return name_key(words(fold(name)))


def squeeze(key: str) -> str:
    """A name key without its spaces, so "Mc Lean" and "Mclean" meet."""
    return key.replace(" ", "")


def abbreviates(short: str, long: str) -> bool:
    """Whether one name key is a postal abbreviation of another ("phila", "colo springs")."""
    if short == long or len(short) >= len(long):
        return False
    s_tokens, l_tokens = short.split(), long.split()
    if len(s_tokens) == 1 and len(l_tokens) > 1:
        return short == "".join(t[0] for t in l_tokens)
    if 1 < len(s_tokens) < len(l_tokens):
        # "Salt Lake" on a Salt Lake City ZIP is the same city cut short.
        return l_tokens[: len(s_tokens)] == s_tokens
    if len(s_tokens) != len(l_tokens):
        return False
    return all(_subsequence(s, t) for s, t in zip(s_tokens, l_tokens, strict=True))


def _subsequence(short: str, long: str) -> bool:
    if not short or short[0] != long[0]:
        return False
    rest = iter(long)
    return all(char in rest for char in short)


def _strip_phrase(tokens: list[str], phrases: Iterable[tuple[str, ...]], *, end: bool) -> int:
    """Length of the first phrase found at the start (or end) of tokens, leaving one word."""
    for phrase in phrases:
        n = len(phrase)
        if len(tokens) > n and tuple(tokens[-n:] if end else tokens[:n]) == phrase:
            return n
    return 0


def trim_trailing(tokens: list[str]) -> list[str]:
    """The words without closing filler ("... usa", "... thank you"), leaving at least one."""
    trimmed = list(tokens)
    while len(trimmed) > 1:
        phrase = _strip_phrase(trimmed, TRAILING_PHRASES, end=True)
        if phrase:
            trimmed = trimmed[:-phrase]
        elif trimmed[-1] in TRAILING_FILLER:
            trimmed = trimmed[:-1]
        else:
            break
    return trimmed


def forms(tokens: list[str]) -> list[list[str]]:
    """The readings to try, longest first: peel filler words from the front one at a time."""
    found = [tokens]
    current = tokens
    while len(current) > 1:
        phrase = _strip_phrase(current, LEADING_PHRASES, end=False)
        if phrase:
            current = current[phrase:]
        elif current[0] in LEADING_FILLER:
            current = current[1:]
        else:
            break
        found.append(current)
    # "my son lives in pittsburgh pa": the words after the last preposition, if not tried yet.
    last = max((i for i, t in enumerate(tokens[:-1]) if t in PREPOSITIONS), default=-1)
    if last >= 0 and tokens[last + 1 :] not in found:
        found.append(tokens[last + 1 :])
    return found
