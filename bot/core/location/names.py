"""Pure reading of typed place names: nicknames, cities, states and both together; no I/O."""

from __future__ import annotations

from bot.core.location.fuzzy import (
    NEIGHBOUR_MIN_SCORE,
    fuzzy_cutoff,
    national_hits,
    resolve_misspelled,
)
from bot.core.location.index import Index
from bot.core.location.places import HINT_NEAR_ME, HINT_OUTSIDE_US, Resolution, not_found
from bot.core.location.ranking import SIZEABLE_ZIPS, Hit, Spot, decide
from bot.core.location.reading import forms, name_key, trim_trailing
from bot.core.location.vocabulary import (
    COUNTRIES,
    NEAR_ME,
    NOT_PLACES,
    STATE_ALIASES,
    STATE_SUFFIX_ABBREVIATIONS,
    WORDLIKE_CODES,
)


def resolve_name(index: Index, tokens: list[str]) -> Resolution:
    """Resolve the words of a message as a place name, exactly if possible, else by spelling."""
    trimmed = trim_trailing(tokens)
    if not trimmed:
        return not_found()
    readings = forms(trimmed)
    said = {" ".join(form) for form in readings}
    if said & NEAR_ME:
        return not_found(HINT_NEAR_ME)
    if " ".join(readings[-1]) in COUNTRIES:
        return not_found(HINT_OUTSIDE_US)
    if " ".join(readings[-1]) in NOT_PLACES:
        return not_found()
    # "Bay Area" is a name before "area" is filler: the untrimmed text is tried first.
    tried = readings if trimmed == tokens else [tokens, *readings]
    for position, form in enumerate(tried):
        exact = _exact(index, form, alone=position == 0)
        if exact is not None:
            return exact
    # Fuzzy matching reads the most stripped form: filler words would only add noise.
    return resolve_misspelled(index, readings[-1])


def _exact(index: Index, form: list[str], *, alone: bool) -> Resolution | None:
    """Readings of a form that need no spelling correction, or None."""
    raw = " ".join(form)
    key = name_key(form)
    aliased = index.aliases.get(key)
    if aliased is not None:
        return decide([Hit(s, 100.0, True) for s in aliased])
    cities = index.cities(key)
    code = index.state_of(raw, alone=alone)
    if code is not None:
        # Another name for the state ("pensilvania") is read back to the person to confirm; a
        # code that is also a word ("ok", "in", "me"), alone, is asked about: people often mean
        # the word.
        hits = [Hit(index.states[code], 100.0, raw in STATE_ALIASES)]
        hits += [Hit(s, 100.0, False) for s in cities]
        return decide(hits, ambiguous=raw in WORDLIKE_CODES)
    for n in (4, 3, 2, 1):
        if len(form) <= n:
            continue
        suffix = " ".join(form[-n:])
        suffix_code = index.state_words.get(suffix) or STATE_SUFFIX_ABBREVIATIONS.get(suffix)
        if suffix_code is None:
            continue
        hit = index.city_in_state(form[:-n], suffix_code)
        if hit is not None:
            return decide([hit])
    for n in (3, 2, 1):
        # The state first ("PA Pittsburgh", "Texas Houston"); not for words like "in".
        prefix = " ".join(form[:n])
        prefix_code = index.state_words.get(prefix)
        if len(form) <= n or prefix_code is None or prefix in WORDLIKE_CODES:
            continue
        hit = index.city_in_state(form[n:], prefix_code)
        if hit is not None:
            return decide([hit])
    if cities:
        return _decide_exact_cities(index, key, cities)
    return None


def _decide_exact_cities(index: Index, key: str, cities: list[Spot]) -> Resolution:
    hits = [Hit(s, 100.0, False) for s in cities]
    biggest = max(s.size for s in cities)
    if biggest >= SIZEABLE_ZIPS:
        return decide(hits)
    # "pittsburg" names real small towns, but most people typing it mean Pittsburgh, PA:
    # offer such a much bigger near-namesake too, and let the person choose.
    cutoff = max(NEIGHBOUR_MIN_SCORE, fuzzy_cutoff(key) or 100.0)
    neighbours = [
        h
        for h in national_hits(index, key, cutoff)
        if h.spot.place.kind == "city" and h.spot.size >= max(SIZEABLE_ZIPS, 4 * biggest)
    ]
    return decide(hits + neighbours, ambiguous=bool(neighbours))
