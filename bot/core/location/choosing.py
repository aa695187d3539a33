"""Pure reading of a reply to "did you mean one of these?" against the places offered; no I/O.

"pa", "Pennsylvania", "the one in pennsylvania", "el de california" or "Pittsburgh" name one of
the offered places before the words are read as a new place anywhere in the country: after
"Pittsburgh, PA / Pittsburg, CA", "pa" is Pittsburgh, not the whole of Pennsylvania.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.core.location.places import Place
from bot.core.location.reading import fold, key_of, words
from bot.core.location.vocabulary import STATE_ALIASES, STATE_NAMES, WORDLIKE_CODES

# Full state names and their other names, longest first so "west virginia" is not "virginia".
_STATE_PHRASES: tuple[tuple[str, str], ...] = tuple(
    sorted(
        [(key_of(name), code) for code, name in STATE_NAMES.items()]
        + [(alias, code) for alias, code in STATE_ALIASES.items()],
        key=lambda pair: len(pair[0]),
        reverse=True,
    )
)
_CODES = frozenset(code.casefold() for code in STATE_NAMES)


def offered_place_named(typed: str, offered: Sequence[Place]) -> int | None:
    """The index of the one offered place the reply names by its state or city, else None."""
    said = " ".join(words(fold(typed)))
    if not said or not offered:
        return None
    states, rest = _states_named(said, typed)
    cities = {
        i for i, place in enumerate(offered) if place.city and _has(rest, key_of(place.city))
    }
    fitting = [
        i
        for i, place in enumerate(offered)
        if (place.state in states or i in cities)
        and (not states or place.state in states)
        and (not cities or i in cities)
    ]
    return fitting[0] if len(fitting) == 1 else None


def _states_named(said: str, typed: str) -> tuple[set[str], str]:
    """The state codes the words name, and the words left once the names are taken out."""
    states: set[str] = set()
    for phrase, code in _STATE_PHRASES:
        if _has(said, phrase):
            states.add(code)
            said = _whole(phrase).sub(" ", said)
    tokens = said.split()
    upper = {t.casefold() for t in re.findall(r"\b[A-Z]{2}\b", typed)}  # "IN", "OK"
    for token in tokens:
        if token not in _CODES:
            continue
        # A code that is also a word ("in", "me", "oh") names a state alone or in capitals.
        if token in WORDLIKE_CODES and not (len(tokens) == 1 or token in upper):
            continue
        states.add(token.upper())
    return states, said


def _has(said: str, phrase: str) -> bool:
    """Whether the phrase is in the words, word for word."""
    return bool(phrase) and _whole(phrase).search(said) is not None


def _whole(phrase: str) -> re.Pattern[str]:
    """The phrase as whole words."""
    return re.compile(rf"(?<!\w){re.escape(phrase)}(?!\w)")
