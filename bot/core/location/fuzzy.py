"""Pure correction of misspelled place names with rapidfuzz; no I/O."""

from __future__ import annotations

from rapidfuzz import fuzz, process

from bot.core.location.index import Index
from bot.core.location.places import Resolution, not_found
from bot.core.location.ranking import Hit, decide
from bot.core.location.reading import name_key
from bot.core.location.vocabulary import STATE_SUFFIX_ABBREVIATIONS

# A second, looser spelling pass offers only places big enough to be what people misspell
# ("Tuscon"); it never finds on its own.
LOOSE_SCORE_DROP = 8.0
LOOSE_MIN_ZIPS = 10
# A correction of a real place's exact name is offered only when the corrected place is big.
NEIGHBOUR_MIN_SCORE = 90.0
STATE_SUFFIX_MIN_SCORE = 88.0
FUZZY_LIMIT = 25


def fuzzy_cutoff(key: str) -> float | None:
    """How similar a fuzzy match must be; very short inputs are matched exactly or not at all."""
    letters = len(key.replace(" ", ""))
    if letters < 4:
        return None
    if letters < 6:
        return 88.0
    if letters < 8:
        return 85.0
    return 82.0


def national_hits(index: Index, key: str, cutoff: float) -> list[Hit]:
    """Places anywhere in the country whose name key is close to this one."""
    matches = process.extract(
        key,
        index.national_choices,
        scorer=fuzz.ratio,
        processor=None,
        score_cutoff=cutoff,
        limit=FUZZY_LIMIT,
    )
    return [Hit(spot, score, True) for _, score, i in matches for spot in index.national_spots[i]]


def resolve_misspelled(index: Index, form: list[str]) -> Resolution:
    """Readings that need a spelling correction, ranked by similarity and size."""
    for n in (4, 3, 2, 1):
        if len(form) <= n:
            continue
        located = _fuzzy_state_suffix(index, " ".join(form[-n:]))
        if located is None:
            continue
        code, state_score = located
        in_state = _fuzzy_in_state(index, form[:-n], code, state_corrected=state_score < 100)
        if in_state:
            return decide(in_state)
    key = name_key(form)
    cutoff = fuzzy_cutoff(key)
    if cutoff is None:
        return not_found()
    hits = national_hits(index, key, cutoff)
    if hits:
        return decide(hits)
    loose = [
        h
        for h in national_hits(index, key, cutoff - LOOSE_SCORE_DROP)
        if h.spot.size >= LOOSE_MIN_ZIPS
    ]
    return decide(loose, ambiguous=True)


def _fuzzy_state_suffix(index: Index, suffix: str) -> tuple[str, float] | None:
    code = index.state_words.get(suffix) or STATE_SUFFIX_ABBREVIATIONS.get(suffix)
    if code is not None:
        return code, 100.0
    if len(suffix) < 5:
        return None
    match = process.extractOne(
        suffix,
        index.state_name_choices,
        scorer=fuzz.ratio,
        processor=None,
        score_cutoff=STATE_SUFFIX_MIN_SCORE,
    )
    return (index.state_name_codes[match[2]], match[1]) if match else None


def _fuzzy_in_state(
    index: Index, city_tokens: list[str], code: str, *, state_corrected: bool
) -> list[Hit]:
    exact = index.city_in_state(city_tokens, code)
    if exact is not None:
        return [Hit(exact.spot, 100.0, exact.corrected or state_corrected)]
    key = name_key(city_tokens)
    cutoff = fuzzy_cutoff(key)
    if cutoff is None or code not in index.state_choices:
        return []
    names, spots = index.state_choices[code]
    matches = process.extract(
        key, names, scorer=fuzz.ratio, processor=None, score_cutoff=cutoff, limit=FUZZY_LIMIT
    )
    hits = [Hit(spots[i], score, True) for _, score, i in matches]
    if hits:
        # The person may have the state wrong: exact namesakes elsewhere are offered too,
        # marked down so that a good in-state correction still leads.
        hits += [Hit(s, cutoff, True) for s in index.cities(key)]
    return hits
