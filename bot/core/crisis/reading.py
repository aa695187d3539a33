"""Pure preparation of a message for the crisis rules, and whom a phrase is about; no I/O."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from rapidfuzz import fuzz, process

from bot.core.crisis.phrases import (
    FIRST_PERSON,
    FUZZY_KEYWORDS,
    HEDGE,
    KEYWORD_DENIAL,
    KNOWN_WORDS,
    NOT_A_CRISIS,
    NOT_WANTING_TO_DIE,
    OD_AFTER,
    OD_AFTER_TO,
    OD_SERVICE,
    SELF_HARM_DENIAL,
    THINGS,
    THIRD_PERSON,
    alt,
)

Subject = Literal["self", "other", "thing"]

# A person in danger says so in the first 2,000 characters; the rest of a paste only costs time.
MAX_INPUT_CHARS = 2000
# Only words this long are corrected: shorter ones have too many real neighbours.
FUZZY_MIN_LENGTH = 6
# fuzz.ratio (Indel) gives one transposition or substitution in a 7-letter word 85.7 ("siezure",
# "suiside"); real English words that score this high are listed in KNOWN_WORDS.
FUZZY_SCORE_CUTOFF = 85.0
# How many words before a phrase are searched for whom it is about.
SUBJECT_WINDOW = 6


def prepare(text: str) -> str:
    """The message as the rules read it: normalised, typos corrected, non-crises blanked out."""
    return _neutralize(corrected(text))


def corrected(text: str) -> str:
    """The message normalised and its typos corrected, before anything is blanked out."""
    return _correct_typos(_normalize(text))


# --- normalisation and typos ------------------------------------------------------------------

_NEVER_CORRECTED = KNOWN_WORDS | frozenset(FUZZY_KEYWORDS)

_APOSTROPHES = str.maketrans(dict.fromkeys("\u2019\u2018\u02bc\u00b4`\u2032", "'"))
_OD_PAST = re.compile(r"\bo\.?d\.?'(?:d|ed)\b")
_OD_ING = re.compile(r"\bo\.?d\.?'ing\b")
_OD_DOTTED = re.compile(r"\bo\.d\.?(?![a-z])")
_BOUNDARY = re.compile(r"[.!?;:,()\[\]{}<>\"\n\r\u2026\u00bf\u00a1]+")
_NOT_WORD = re.compile(r"[^a-z0-9|]+")
_REPEATED_BOUNDARY = re.compile(r"\|(?: \|)+")


def _normalize(text: str) -> str:
    """Lower-case ASCII words separated by single spaces, with `|` at sentence breaks."""
    text = text[:MAX_INPUT_CHARS].translate(_APOSTROPHES).casefold()
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    # "od'd" must not become "odd" when apostrophes go.
    if "'" in text:
        text = _OD_PAST.sub(" overdosed ", text)
        text = _OD_ING.sub(" overdosing ", text)
        text = text.replace("'", "")
    if "." in text:
        text = _OD_DOTTED.sub(" od ", text)
    text = _NOT_WORD.sub(" ", _BOUNDARY.sub(" | ", text))
    text = _REPEATED_BOUNDARY.sub("|", " ".join(text.split()))
    return f" {text} "


@lru_cache(maxsize=8192)
def _corrected(word: str) -> str:
    """The crisis keyword a long misspelled word stands for, or the word itself."""
    if word in _NEVER_CORRECTED or word.isdigit():
        return word
    best = process.extractOne(
        word, FUZZY_KEYWORDS, scorer=fuzz.ratio, processor=None, score_cutoff=FUZZY_SCORE_CUTOFF
    )
    return best[0] if best else word


def _correct_typos(text: str) -> str:
    """The normalised text with long misspelled crisis keywords spelled right."""
    words = text.split(" ")
    fixed = [_corrected(w) if len(w) >= FUZZY_MIN_LENGTH else w for w in words]
    return " ".join(fixed) if fixed != words else text


# --- whom a phrase is about -------------------------------------------------------------------


def _subject(text: str, start: int) -> Subject | None:
    """Whom the phrase at `start` is about, from the nearest person or thing word before it."""
    words = text[max(0, start - 80) : start].split()[-SUBJECT_WINDOW:]
    for distance, word in enumerate(reversed(words)):
        if word == "|":
            return None
        if word == "my":
            # "my breathing is slow" is about the writer; "my son ... can't breathe" is not.
            return "self" if distance == 0 else "other"
        if word in FIRST_PERSON:
            return "self"
        if word in THIRD_PERSON:
            return "other"
        if word in THINGS:
            return "thing"
    return None


Guard = Callable[[str, re.Match[str]], bool]


def someone_else(text: str, match: re.Match[str]) -> bool:
    """Whether the phrase is about another person, or about nobody named."""
    return _subject(text, match.start()) not in ("self", "thing")


def a_person(text: str, match: re.Match[str]) -> bool:
    """Whether the phrase is about a person rather than a website or a phone."""
    return _subject(text, match.start()) != "thing"


def near(context: re.Pattern[str], *, unless: re.Pattern[str] | None = None) -> Guard:
    """A guard that lets a phrase count only in a message that matches `context` (not `unless`)."""

    def guard(text: str, _match: re.Match[str]) -> bool:
        if unless is not None and unless.search(text):
            return False
        return context.search(text) is not None

    return guard


def od_is_an_overdose(text: str, match: re.Match[str]) -> bool:
    """Whether a bare "od" is the verb or the event, not the outpatient-detox code."""
    before = text[max(0, match.start() - 40) : match.start()].split()
    after = text[match.end() : match.end() + 40].split()
    following = after[0] if after else ""
    if following in OD_SERVICE:
        return False
    if following == "on":
        return True
    previous = before[-1] if before else ""
    if previous == "to":
        return len(before) > 1 and before[-2] in OD_AFTER_TO
    return previous in OD_AFTER


# --- phrases that name a danger without being one -------------------------------------------


def _blank_unless_hedged(text: str, pattern: re.Pattern[str]) -> str:
    """The text with each match of a denial blanked out, unless a hedge comes just before it."""

    def blank(match: re.Match[str]) -> str:
        before = text[max(0, match.start() - 30) : match.start()]
        return match.group(0) if HEDGE.search(before) else " | "

    return pattern.sub(blank, text)


def _neutralize(text: str) -> str:
    """The text with denials, service questions and past overdoses blanked out."""
    text = NOT_A_CRISIS.sub(" | ", text)
    for denial in (KEYWORD_DENIAL, SELF_HARM_DENIAL, NOT_WANTING_TO_DIE):
        text = _blank_unless_hedged(text, denial)
    return text


# --- rules ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Rule:
    """A phrase pattern, and optionally a check of whom each match is about."""

    pattern: re.Pattern[str]
    guard: Guard | None = None

    def fires(self, text: str) -> bool:
        """Whether the rule finds a danger in the prepared text."""
        if self.guard is None:
            return self.pattern.search(text) is not None
        return any(self.guard(text, m) for m in self.pattern.finditer(text))


def rule(pattern: str, guard: Guard | None = None, *, unless_followed_by: str = "") -> Rule:
    """A rule matching whole words, except where one of `unless_followed_by` comes next."""
    lookahead = rf"(?! {alt(unless_followed_by)}\b)" if unless_followed_by else ""
    return Rule(re.compile(rf"\b{alt(pattern)}\b{lookahead}"), guard)
