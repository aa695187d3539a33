"""Pure resolution of typed ZIPs, cities, states and coordinates into ranked US places; no I/O.

The parts, by role: ``places`` (the values handed out), ``vocabulary`` (state names, nicknames,
filler words), ``reading`` (folding text into words and name keys), ``index`` (ZIP areas filed
by state and city), ``numbers`` (ZIPs and coordinates), ``names`` (exact names), ``fuzzy``
(misspelled names), ``ranking`` (found or ask) and ``gazetteer`` (the entry point).
"""

from __future__ import annotations

from bot.core.location.fuzzy import (
    FUZZY_LIMIT,
    LOOSE_MIN_ZIPS,
    LOOSE_SCORE_DROP,
    NEIGHBOUR_MIN_SCORE,
    STATE_SUFFIX_MIN_SCORE,
)
from bot.core.location.gazetteer import Gazetteer
from bot.core.location.numbers import OUTSIDE_US_MILES
from bot.core.location.places import (
    HINT_NEAR_ME,
    HINT_NOT_FOUND,
    HINT_OUTSIDE_US,
    HINT_UNKNOWN_ZIP,
    Candidate,
    Place,
    PlaceKind,
    Resolution,
    ResolutionStatus,
)
from bot.core.location.ranking import (
    ALTERNATIVE_WINDOW,
    FOUND_MIN_SCORE,
    LEAD_OVER_SIZEABLE,
    LEAD_OVER_SMALL,
    MAX_CANDIDATES,
    SIZE_WEIGHT,
    SIZEABLE_ZIPS,
    STATE_WEIGHT,
)
from bot.core.location.reading import MAX_INPUT_CHARS
from bot.core.location.vocabulary import (
    COUNTRIES,
    EXCLUDED_STATES,
    LEADING_DIRECTIONS,
    LEADING_FILLER,
    LEADING_PHRASES,
    NEAR_ME,
    NOT_PLACES,
    PLACE_ALIASES,
    PREPOSITIONS,
    STATE_ALIASES,
    STATE_NAMES,
    STATE_SUFFIX_ABBREVIATIONS,
    TRAILING_FILLER,
    TRAILING_PHRASES,
    WORD_ABBREVIATIONS,
    WORDLIKE_CODES,
)

__all__ = [
    "ALTERNATIVE_WINDOW",
    "COUNTRIES",
    "EXCLUDED_STATES",
    "FOUND_MIN_SCORE",
    "FUZZY_LIMIT",
    "HINT_NEAR_ME",
    "HINT_NOT_FOUND",
    "HINT_OUTSIDE_US",
    "HINT_UNKNOWN_ZIP",
    "LEADING_DIRECTIONS",
    "LEADING_FILLER",
    "LEADING_PHRASES",
    "LEAD_OVER_SIZEABLE",
    "LEAD_OVER_SMALL",
    "LOOSE_MIN_ZIPS",
    "LOOSE_SCORE_DROP",
    "MAX_CANDIDATES",
    "MAX_INPUT_CHARS",
    "NEAR_ME",
    "NEIGHBOUR_MIN_SCORE",
    "NOT_PLACES",
    "OUTSIDE_US_MILES",
    "PLACE_ALIASES",
    "PREPOSITIONS",
    "SIZEABLE_ZIPS",
    "SIZE_WEIGHT",
    "STATE_ALIASES",
    "STATE_NAMES",
    "STATE_SUFFIX_ABBREVIATIONS",
    "STATE_SUFFIX_MIN_SCORE",
    "STATE_WEIGHT",
    "TRAILING_FILLER",
    "TRAILING_PHRASES",
    "WORDLIKE_CODES",
    "WORD_ABBREVIATIONS",
    "Candidate",
    "Gazetteer",
    "Place",
    "PlaceKind",
    "Resolution",
    "ResolutionStatus",
]
