"""Levels of care a program can be opened at, and what to ask each by phone; pure data.

IOP is the product's search. Triage may also suggest withdrawal management (detox) first, and
a more or less intensive setting: partial hospitalization, residential treatment, sober living
(the directory's ``HH``: "transitional housing, halfway house, or sober home") and standard
outpatient. Each is a full entry: it opens, is saved and gets a call plan of its own.

The questions follow reference/domain.md (§2 FindTreatment's calling script, NIDA's principles,
§3.1 the ASAM continuum, §3.3 withdrawal): they ask, they never claim. Nothing here says a
house is certified or a detox is medical: the directory does not say so, the person asks.
"""

from __future__ import annotations

from typing import Final

# The level of care of an IOP search; a stored "" means it too (conversations saved before
# other levels could be opened).
IOP: Final = "iop"

# Level keys, as feature names ("level:<key>"), in the order the results list them.
LEVEL_KEYS: tuple[str, ...] = ("iop", "detox", "php", "residential", "sober_housing", "outpatient")

# The questions about the care itself, asked of every program at that level (general
# questions: the person's own needs and the listing's gaps come first). IOP's are in
# bot.core.questions.
CARE_QUESTIONS: dict[str, tuple[str, ...]] = {
    "detox": (
        "call.q.detox.today",
        "call.q.detox.medical",
        "call.q.detox.after",
        "call.q.detox.intake",
        "call.q.detox.length",
        "call.q.detox.medication",
        "call.q.detox.bring",
    ),
    "php": (
        "call.q.php.start",
        "call.q.php.hours",
        "call.q.php.intake",
        "call.q.php.length",
        "call.q.php.medical",
        "call.q.php.after",
    ),
    "residential": (
        "call.q.residential.start",
        "call.q.residential.length",
        "call.q.residential.intake",
        "call.q.residential.visits",
        "call.q.residential.day",
        "call.q.residential.medication",
        "call.q.residential.bring",
        "call.q.residential.after",
    ),
    "sober_housing": (
        "call.q.sober.opening",
        "call.q.sober.certified",
        "call.q.sober.rules",
        "call.q.sober.medication",
        "call.q.sober.cost",
        "call.q.sober.treatment",
        "call.q.sober.stay",
    ),
    "outpatient": (
        "call.q.outpatient.start",
        "call.q.outpatient.hours",
        "call.q.iop.intake",
        "call.q.iop.format",
        "call.q.iop.testing",
        "call.q.iop.crisis",
    ),
}

# What fills the places a plan leads with, most first (the way in and what a day or week is
# like, then the rest); unlisted questions weigh 1.
CARE_WEIGHTS: dict[str, int] = {
    "call.q.detox.today": 20,
    "call.q.detox.medical": 19,
    "call.q.detox.after": 18,
    "call.q.detox.intake": 17,
    "call.q.php.start": 20,
    "call.q.php.hours": 19,
    "call.q.php.intake": 18,
    "call.q.residential.start": 20,
    "call.q.residential.length": 19,
    "call.q.residential.intake": 18,
    "call.q.residential.visits": 17,
    "call.q.sober.opening": 20,
    "call.q.sober.certified": 19,
    "call.q.sober.rules": 18,
    "call.q.sober.medication": 17,
    "call.q.sober.cost": 16,
    "call.q.outpatient.start": 20,
    "call.q.outpatient.hours": 19,
}

# The question every caller needs at each level: can I get in, and when.
STARTS: dict[str, str] = {
    "iop": "call.q.iop.start",
    "detox": "call.q.detox.today",
    "php": "call.q.php.start",
    "residential": "call.q.residential.start",
    "sober_housing": "call.q.sober.opening",
    "outpatient": "call.q.outpatient.start",
}

# Levels at which a person lives (or stays day and night): schedule, online sessions and a
# safe place to stay are not questions there.
LIVE_IN = frozenset({"detox", "residential", "sober_housing"})
# A sober home is housing, not treatment: the questions about therapies and quality of care
# are asked of the treatment program, not the house.
HOUSING = frozenset({"sober_housing"})


def level_of(stored: str) -> str:
    """A stored level key read as a level ("" and unknown keys are IOP)."""
    return stored if stored in LEVEL_KEYS else IOP
