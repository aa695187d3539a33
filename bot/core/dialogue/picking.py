"""Picking a program from a numbered list in words: "details 2", "the second one", "save 3",
"guardar el 3", "what should I ask the 2nd", a name with typos ("gatway", "gaudenzia downingtown");
pure.

What the words pick is turned into the option value the button sends ("details:<id>",
"save:<id>", see values.py), so typing and tapping do the same thing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from rapidfuzz import fuzz

from bot.core.dialogue.reading import MAX_TEXT, normalize, normalized, synonyms, whole_words
from bot.core.programs import Program
from bot.core.texts import LANGUAGES

Action = Literal["details", "save", "callprep"]
ORDINALS = range(1, 11)
# Words in many program names that name none of them in particular.
GENERIC = frozenset(
    normalize(
        "inc llc the and for of center centers centre program programs services service "
        "treatment clinic health behavioral behavioural recovery counseling counselling mental "
        "care family outpatient intensive iop de del la el los las y centro programa servicios"
    ).split()
)
NAME_SCORE = 80  # a word this close to a word of the name names it ("gatway" → "gateway")
NAME_MARGIN = 5  # names scoring this close to the best one are all offered


@dataclass(frozen=True, slots=True)
class Pick:
    """What words pick from a list: an action, and a list number or words naming a program."""

    action: Action
    number: int | None
    name: str
    explicit: bool  # said with "details", "save", "#" or an ordinal, not a bare number or name
    acting: bool = False  # said with "details", "save" or "what to ask", not an ordinal alone


# A pick is a few words around a number, an ordinal or a name; more words tell something else.
MAX_OTHER_WORDS = 5


def read_pick(message: str, language: str, listed: int) -> Pick | None:
    """The pick a message makes from a list of ``listed`` programs, or None when it makes none:
    in the conversation's language first, then in another ("guárdalo", "el segundo" typed in
    an English conversation: too short to switch it, but clear)."""
    found = _pick_in(message, language, listed)
    if found is not None and (found.explicit or found.number is not None):
        return found
    for other in (o for o in LANGUAGES if o != language):
        elsewhere = _pick_in(message, other, listed)
        if elsewhere is not None and elsewhere.explicit:
            return elsewhere  # not a bare name after all ("guárdalo")
    return found


def _pick_in(message: str, language: str, listed: int) -> Pick | None:
    """The pick a message makes in one language's words."""
    typed = message[:MAX_TEXT]
    said = f" {normalize(typed)} "
    said, preparing = _take(said, synonyms("results.words.callprep", language))
    said, saving = _take(said, synonyms("results.words.save", language))
    said, detailing = _take(said, synonyms("results.words.details", language))
    numbers: list[int] = []
    for number in ORDINALS:
        said, found = _take(said, synonyms(f"results.words.ordinal.{number}", language))
        numbers += [number] if found else []
    said, last = _take(said, synonyms("results.words.last", language))
    numbers += [listed] if last and listed else []
    ordinal = bool(numbers)
    said, _ = _take(said, synonyms("results.words.filler", language))
    rest = said.split()
    # isdecimal, not isdigit: "❶" and "²" are digits that int() refuses.
    numbers += [int(w) for w in rest if w.isdecimal() and len(w) <= 3]
    words = [w for w in rest if not w.isdecimal()]
    action: Action = "save" if saving else "callprep" if preparing else "details"
    explicit = saving or detailing or preparing or ordinal or "#" in typed
    if len(numbers) > 1 or len(words) > MAX_OTHER_WORDS:
        return None  # a story with a number in it ("my son is 19 … for about a year")
    if numbers:
        if words and not (saving or detailing or preparing):
            return None  # "25 miles" is not a pick
        return Pick(action, numbers[0], "", explicit, saving or detailing or preparing)
    if not words:
        return Pick(action, None, "", explicit, True) if preparing or saving else None
    return Pick(action, None, " ".join(words), explicit, saving or detailing or preparing)


_NUMBERED = re.compile(
    r"(?:#|\bnumber |\bnumero |\bprogram |\bprograma |\bcall |\bal |\bllamar a )(\d{1,2})\b"
    r"(?! ?(?:am|pm|a\.m|p\.m|:|de |of |hours?|horas?|min))"  # not a time or a date
)


def ordinal_in(message: str, language: str, listed: int) -> int | None:
    """The one program of a list that a longer message points to by place ("remind me to call
    the second one friday", "#2", "number 3", "el último"), or None."""
    said = f" {normalize(message[:MAX_TEXT])} "
    numbers: set[int] = set()
    for number in ORDINALS:
        said, found = _take(said, synonyms(f"results.words.ordinal.{number}", language))
        numbers |= {number} if found else set()
    said, last = _take(said, synonyms("results.words.last", language))
    numbers |= {listed} if last and listed else set()
    numbers |= {int(n) for n in _NUMBERED.findall(message[:MAX_TEXT].casefold())}
    return numbers.pop() if len(numbers) == 1 else None


def _take(said: str, phrases: Sequence[str]) -> tuple[str, bool]:
    """The message without any of these phrases (longest first), and whether one was there."""
    found = False
    for phrase in sorted(phrases, key=len, reverse=True):
        pattern = whole_words(phrase)
        if pattern.search(said):
            said, found = pattern.sub(" ", said), True
    return re.sub(r"\s+", " ", said), found


def programs_named(words: str, listed: Sequence[tuple[int, Program]]) -> list[tuple[int, Program]]:
    """The numbered programs whose name (or name and town) the words name, best first."""
    query = [w for w in normalize(words).split() if len(w) >= 3 and w not in GENERIC]
    if not query:
        return []
    scored: list[tuple[float, int, Program]] = []
    for number, program in listed:
        name = normalized(program.display_name).split()
        town = normalized(program.city).split()
        scores = [_word_score(w, name) for w in query]
        in_town = [_word_score(w, town) for w in query]
        if not any(scores):
            continue  # the town alone names no program
        total = [max(a, b) for a, b in zip(scores, in_town, strict=True)]
        if all(total):
            scored.append((sum(total) / len(total), number, program))
    if not scored:
        return []
    best = max(score for score, _, _ in scored)
    return [
        (n, p) for score, n, p in sorted(scored, key=lambda s: s[1]) if score >= best - NAME_MARGIN
    ]


def _word_score(word: str, names: Sequence[str]) -> float:
    """How well a typed word names one of these words: exact, or a near spelling of a long one."""
    best = 0.0
    for name in names:
        if word == name:
            return 100.0
        if len(word) >= 4 and len(name) >= 4:
            score = fuzz.ratio(word, name)
            if score >= NAME_SCORE:
                best = max(best, score)
    return best
