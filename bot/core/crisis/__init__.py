"""Pure screening of free text for danger, in four levels and seven kinds; no I/O.

Every message a person types, at any step, goes through :func:`detect_crisis` before anything
else reads it. English and Spanish, with or without accents, typos included. The parts:
``phrases`` (keywords, people, denials, time markers), ``reading`` (the steps below and whom a
phrase is about), ``rules`` (the emergency rules of overdose, suicide and withdrawal), ``harm``
(the emergency rules of violence, an unsafe home, medical emergencies and pleas) and ``checkin``
(the rules of a possible danger, each kind in turn).

Levels (shared/reference/domain.md §3.3b): *emergency* (present danger: the fixed text at once;
:func:`detect_crisis` returns a signal exactly then), *possible* (indirect or unsure: "don't
want to be here anymore", a plan to stop heavy drinking cold turkey; a check-in), *past* (an
emergency or possible danger in a message that dates it, "last year", "hace dos años", or says
they are safe now, and names nothing present, "again", "tonight") and *none*.

How a message is read:

1. Normalised: cut to :data:`MAX_INPUT_CHARS`; accents, case and apostrophes removed ("don't" ->
   "dont"); sentence punctuation kept as a ``|`` that no phrase crosses; every other symbol
   (emoji, hyphens, other scripts) made a space.
2. Corrected: a word of at least :data:`FUZZY_MIN_LENGTH` letters that is not a known English
   word becomes the crisis keyword it misspells ("sucide" -> "suicide") when rapidfuzz scores
   them at least :data:`FUZZY_SCORE_CUTOFF`.
3. Neutralised: phrases that name a danger without being one are blanked out: a denial attached
   to its keyword ("not suicidal", "never had a seizure", "no seizures or hallucinations"), a
   question about services ("suicide prevention", "overdose education"), a past overdose
   ("history of overdose"), "I don't want to die".
4. Matched: emergency rules per kind, most urgent kind first (overdose > suicide > withdrawal
   > violence > unsafe home > medical > plea), then the check-in rules in the same order. Some
   rules look at whom a phrase is about: "he can't breathe" is an overdose sign, "I can't
   breathe" may be panic.
5. Learned: where no rule fires, a layer trained from the labelled sets (``model``,
   ``learning``, ``meaning``, ``train``) reads what the message means (a multilingual sentence
   vector) and its words, word pairs and letter runs (naive Bayes, which also tells the kind),
   and raises a *possible* danger of the kind it reads when its score passes a threshold
   chosen by cross-validation;
   never an emergency, never on a plain intake answer, a few words with no danger word or one
   of the bot's commands (``intake``), and a dated message stays *past*.

Decisions on borderline phrases (tests/core/test_crisis.py holds each one):

* "can't breathe" / "not breathing": a crisis unless the writer is the subject ("I can't
  breathe" may be anxiety, and a person who has stopped breathing does not type). With no
  subject at all ("can't breathe, help") it is a crisis: calling 911 is right for that anyway.
* "won't wake up": a crisis unless about the writer or a schedule ("won't wake up early").
* "passed out" alone is not a crisis (people say it of sleep or drinking); with "won't wake",
  "not breathing" or "unresponsive" it is.
* "overdoes" is an English word ("he overdoes it on weekends"), never a typo of overdose.
* "OD" is also SAMHSA's code for outpatient detox, so a bare "od" counts only after a person or
  a verb ("he OD", "almost OD", "had an OD") or before "on" ("OD on pills"), never before
  "program" or "services"; "od'd", "ODed" and "ODing" always count. "DT" (the detox code) never
  counts; "DTs" and "delirium tremens" do.
* A question about services ("does the program offer suicide prevention", "overdose
  education") and a past overdose ("history of overdose") are not crises. A past seizure is:
  the withdrawal advice (don't stop alcohol or benzodiazepines abruptly) applies to it.
* A dated past seizure or overdose ("a withdrawal seizure in 2018", "overdosed last year and
  now wants help") is *past*: acknowledged, not the fixed text. An undated one ("she had
  seizures last time she quit drinking") stays an emergency of its kind, as before.
* "I need help right now" is only *possible*: the engine already answers it with every line
  (crisis.general, tests/transcripts/crisis_at_start.txt); "help now", "es una emergencia" and
  "call 911" are emergency pleas.
* Denials count only when attached to the keyword: "not suicidal", "no suicidal thoughts",
  "never had a seizure", "I'm not going to hurt myself", "I don't want to die". A hedge before
  one ("not sure he's not suicidal") keeps the alarm. "I don't want to live" is a crisis.
* "I don't want to live like this" / "... live here" is not a crisis by itself: in this bot it
  usually means wanting treatment. "I'm dying to", "killing me", "going to die" are idioms.
* Shaking counts only when severe ("shaking uncontrollably", "shaking so bad", "can't stop
  shaking"); mild shakes are common in withdrawal and not an emergency by themselves.
* "He's dead", "collapsed" and "I hurt myself at the gym"-style injuries: "dead" and "collapsed"
  are left out (people say "my dad is dead" of a loss); "hurt myself" counts, whatever follows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, get_args

from bot.core.crisis.checkin import POSSIBLE_RULES
from bot.core.crisis.intake import names_a_danger, never_raised
from bot.core.crisis.meaning import warm_up as load_encoder
from bot.core.crisis.model import Model, shipped
from bot.core.crisis.phrases import (
    FIRST_PERSON,
    FUZZY_KEYWORDS,
    KNOWN_WORDS,
    PAST_TIME,
    PRESENT_DANGER,
    SAFE_NOW,
    THINGS,
    THIRD_PERSON,
)
from bot.core.crisis.reading import (
    FUZZY_MIN_LENGTH,
    FUZZY_SCORE_CUTOFF,
    MAX_INPUT_CHARS,
    SUBJECT_WINDOW,
    Guard,
    Rule,
    Subject,
    corrected,
    prepare,
)
from bot.core.crisis.rules import RULES, CrisisKind

__all__ = [
    "FIRST_PERSON",
    "FUZZY_KEYWORDS",
    "FUZZY_MIN_LENGTH",
    "FUZZY_SCORE_CUTOFF",
    "KNOWN_WORDS",
    "MAX_INPUT_CHARS",
    "POSSIBLE_RULES",
    "RULES",
    "SUBJECT_WINDOW",
    "THINGS",
    "THIRD_PERSON",
    "Assessment",
    "CrisisKind",
    "CrisisSignal",
    "Guard",
    "Level",
    "Subject",
    "assess",
    "assess_with",
    "detect_crisis",
    "is_past",
    "names_a_danger",
    "prepare",
]


@dataclass(frozen=True, slots=True)
class CrisisSignal:
    """A danger found in a message; the reply is the fixed crisis text of its kind."""

    kind: CrisisKind


def detect_crisis(text: str) -> CrisisSignal | None:
    """The most urgent danger a message speaks of, if it is an emergency now."""
    found = assess(text)
    if found.level == "emergency" and found.kind is not None:
        return CrisisSignal(found.kind)
    return None


# How urgent a message is: the fixed crisis text now, a check-in, a word for the past, or none.
Level = Literal["emergency", "possible", "past", "none"]


@dataclass(frozen=True, slots=True)
class Assessment:
    """What the screening of one message found: how urgent, and of which kind."""

    level: Level
    kind: CrisisKind | None = None
    learned: bool = False  # raised by the learned layer, where no rule fired


def assess(text: str) -> Assessment:
    """The level and kind of danger in a message (what `iop-bot crisis check` prints).

    The rules decide emergencies and the past; the learned layer may make a message the rules
    find nothing in a possible danger (see :func:`assess_with`).
    """
    return assess_with(text, shipped())


def warm_up() -> None:
    """Read the learned layer's weights and the sentence encoder's now (about 0.7 s), so that
    the first message a worker screens is answered as fast as the others."""
    if shipped() is not None:
        load_encoder()


def assess_with(text: str, model: Model | None) -> Assessment:
    """The level and kind of danger in a message, read by the rules and then by `model`.

    An emergency rule that fires makes an emergency, a check-in rule a possible danger; either
    becomes a past one when the message dates it ("last year", "hace dos años") or says they
    are safe now, and puts no danger in the present ("again", "tonight"). Where no rule fires,
    the model may raise a possible danger of the kind it reads, when its score passes its
    threshold; never on a plain answer or a few words with no danger word, and a dated message
    stays past.
    """
    prepared = prepare(text)
    found = _by_rules(prepared)
    if found.level != "none" or model is None or not open_to_layer(text, prepared):
        return found
    reading = model.read(text)
    if not model.raises(reading):
        return found
    kind = _KINDS[reading.kind]
    return Assessment("past" if is_past(prepared) else "possible", kind, learned=True)


_KINDS: dict[str, CrisisKind] = {kind: kind for kind in get_args(CrisisKind)}


def _by_rules(prepared: str) -> Assessment:
    """What the rules alone find in a prepared message."""
    level: Level = "none"
    kind: CrisisKind | None = None
    for table, tier in ((RULES, "emergency"), (POSSIBLE_RULES, "possible")):
        kind = _first_kind(table, prepared)
        if kind is not None:
            level = "emergency" if tier == "emergency" else "possible"
            break
    if kind is None:
        return Assessment("none")
    if is_past(prepared):
        return Assessment("past", kind)
    return Assessment(level, kind)


def _first_kind(
    table: tuple[tuple[CrisisKind, tuple[Rule, ...]], ...], prepared: str
) -> CrisisKind | None:
    """The first kind of a table, most urgent first, one of whose rules fires."""
    for kind, rules in table:
        if any(rule.fires(prepared) for rule in rules):
            return kind
    return None


def open_to_layer(text: str, prepared: str) -> bool:
    """Whether the learned layer may read a message the rules found nothing in: not a plain
    answer, a few words, a command or symbols (``never_raised``), and not a message naming a
    danger only to deny it ("she hasn't had any seizures")."""
    return not never_raised(text) and not denies_every_danger(text, prepared)


def denies_every_danger(text: str, prepared: str) -> bool:
    """Whether the message names a danger only to deny it or to ask about a service ("no
    shakes or anything", "overdose prevention training"): the rules blanked out every danger
    word. On the labelled sets (2026-12-06) that is 36 tricky safe messages, 1 past event and no
    crisis."""
    return names_a_danger(corrected(text)) and not names_a_danger(prepared)


def is_past(prepared: str) -> bool:
    """Whether a prepared message tells of a danger that is over: dated or safe now, not now."""
    dated = PAST_TIME.search(prepared) is not None or SAFE_NOW.search(prepared) is not None
    return dated and PRESENT_DANGER.search(prepared) is None
