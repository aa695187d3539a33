"""The words that name a place: after "near", "in", "cerca de"; "City, ST"; a ZIP code; pure.

Only the words are found here; the engine resolves them against the gazetteer. A word another
family reads (a substance, a relation, a weekday, a payment) is never part of a place.
"""

from __future__ import annotations

import re

from bot.core.understanding.slots.settings import (
    LEADS,
    MAX_PLACE_WORDS,
    PLACE_ADJECTIVES,
    PLACE_PARTS,
    STATES,
    STOP,
    WEEKDAYS_AND_MONTHS,
    WORDLIKE_STATES,
)
from bot.core.understanding.slots.words import BREAK, Hit, Words, listed

_ZIP = re.compile(r"^\d{5}$")
STATE_NAMES = frozenset(
    listed("""
    alabama alaska arizona arkansas california colorado connecticut delaware florida georgia
    hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts
    michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon
    pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming
    """)
)
NOT_A_ZIP_AFTER = frozenset(listed("dollars bucks mg miles millas dolares"))
# Small words a city's name never holds, though STOP leaves them to the leads ("in Ohio").
NOT_A_NAME = frozenset(
    listed("in en from desde near cerca de live vivo vive lives no yes yeah sorry actually si")
)


def _state_at(words: Words, index: int) -> bool:
    """Whether a token names a US state: a name, or a code typed as one."""
    if index >= len(words.tokens):
        return False
    token = words.tokens[index]
    if token in STATE_NAMES:
        return True
    if token not in STATES:
        return False
    typed = words.typed[index]
    return typed.isupper() or (token not in WORDLIKE_STATES and len(words.tokens) > 1)


def _name_word(words: Words, index: int, covered: frozenset[int], strong: bool) -> bool:
    """Whether a token can be part of a place's name."""
    token = words.tokens[index]
    if token == BREAK or index in covered or token in WEEKDAYS_AND_MONTHS:
        return False
    if token in PLACE_PARTS and words.capitalized(index):
        return index + 1 < len(words.tokens) and words.capitalized(index + 1)
    if token in STOP or token.isdecimal():
        return False
    return strong or words.capitalized(index) or _state_at(words, index)


def _after_lead(words: Words, lead: Hit, covered: frozenset[int]) -> str | None:
    """The place named after a leading word, with a state after a comma ("Austin, TX")."""
    start = lead.end
    tokens = words.tokens
    if start < len(tokens) and _ZIP.match(tokens[start]):
        return words.typed[start]
    strong = lead.value == "strong"
    while start < len(tokens) - 1 and tokens[start] in PLACE_ADJECTIVES:
        start += 1
    if not strong and start < len(tokens) and not words.capitalized(start):
        return _lower_city_state(words, start, covered)
    end = start
    while end < len(tokens) and end - start < MAX_PLACE_WORDS:
        if not _name_word(words, end, covered, strong):
            break
        end += 1
    if end == start:
        return None
    state_after_comma = (
        end + 1 < len(tokens) and tokens[end] == BREAK and _state_at(words, end + 1)
    )
    if state_after_comma and _ends_name(words, end + 2):
        end += 2
    return words.cut(start, _with_zip(words, end))


def _ends_name(words: Words, index: int) -> bool:
    """Whether a place's name may end before this token: at the end, a clause break or a ZIP."""
    return index >= len(words.tokens) or words.tokens[index] == BREAK or _zip_at(words, index)


def _zip_at(words: Words, index: int) -> bool:
    """Whether the token is a ZIP code (five digits, not an amount of money or miles)."""
    if index >= len(words.tokens) or not _ZIP.match(words.tokens[index]):
        return False
    start = words.spans[index][0]
    money = words.text[max(0, start - 1) : start] == "$"
    return not money and not set(words.after(index + 1, 1)) & NOT_A_ZIP_AFTER


def _with_zip(words: Words, end: int) -> int:
    """The end of a place's name taken on over a ZIP right after it ("Athens, Ohio 45701")."""
    if _zip_at(words, end):
        return end + 1
    if end < len(words.tokens) and words.tokens[end] == BREAK and _zip_at(words, end + 1):
        return end + 2
    return end


def _lower_city_state(words: Words, start: int, covered: frozenset[int]) -> str | None:
    """ "in dallas tx", "en san antonio texas": a lower-case name counts when a state ends it."""
    tokens = words.tokens
    for length in range(1, MAX_PLACE_WORDS):
        state = start + length
        if state >= len(tokens) or not _name_word(words, state - 1, covered, True):
            return None
        if _ends_name(words, state + 1) and (
            tokens[state] in STATES or tokens[state] in STATE_NAMES
        ):
            return words.cut(start, _with_zip(words, state + 1))
    return None


def _city_state(words: Words, covered: frozenset[int]) -> str | None:
    """ "Brooklyn NY", "Denver, CO": capitalized words before a state code, at a clause start."""
    tokens = words.tokens
    for index, token in enumerate(tokens):
        if not (token in STATES and words.typed[index].isupper() and index):
            continue
        end = index - 1 if tokens[index - 1] == BREAK else index
        start = end
        while start > 0 and end - start < 3 and _name_word(words, start - 1, covered, False):
            start -= 1
        if start < end and (start == 0 or tokens[start - 1] == BREAK):
            return words.cut(start, _with_zip(words, index + 1))
    return None


def _bare_city_state(words: Words, covered: frozenset[int]) -> str | None:
    """ "my son 19 fentanyl athens ohio": a city with no leading word, before a state's full
    name that ends a clause; up to three words a name may hold, none read by another family."""
    tokens = words.tokens
    for index, token in enumerate(tokens):
        if token not in STATE_NAMES or not index or not _ends_name(words, index + 1):
            continue
        start = index
        while (
            index - start < 3
            and start > 0
            and tokens[start - 1] not in NOT_A_NAME
            and _name_word(words, start - 1, covered, True)
        ):
            start -= 1
        if start < index:
            return words.cut(start, _with_zip(words, index + 1))
    return None


def _zip_code(words: Words) -> str | None:
    """A five-digit ZIP code typed on its own (not an amount of money)."""
    return next((t for i, t in enumerate(words.tokens) if _zip_at(words, i)), None)


def place_in(words: Words, covered: frozenset[int]) -> str | None:
    """The words that name a place, or None."""
    for lead in LEADS.find(words):
        if words.negated(lead):
            continue
        found = _after_lead(words, lead, covered)
        if found:
            return found
    return _city_state(words, covered) or _bare_city_state(words, covered) or _zip_code(words)
