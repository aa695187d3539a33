"""What one message says, in the answer values the flows use (flows/intake.py); pure, no I/O.

Each family of answers is read by its own module from the same `Words`: who (people), substances
and medication (substances), facts and groups (facts), payment (paying), schedule and language
(settings), place (places), yes/no replies (replies). A wrong answer is worse than a missed one
(the person is then asked), so every reader keeps to phrases it knows and drops what a negation
reaches.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from bot.core.understanding.slots.facts import FACTS as FACT_PHRASES
from bot.core.understanding.slots.facts import GROUPS as GROUP_PHRASES
from bot.core.understanding.slots.facts import facts_in
from bot.core.understanding.slots.numbers import AGE_WORDS, radius_in
from bot.core.understanding.slots.paying import PAYMENT, paying_in
from bot.core.understanding.slots.people import KIN, who_in
from bot.core.understanding.slots.places import place_in
from bot.core.understanding.slots.replies import reply_in, vague_in
from bot.core.understanding.slots.settings import (
    PROGRAM_LANGUAGE,
    SCHEDULE,
    program_language_in,
    schedule_in,
)
from bot.core.understanding.slots.substances import (
    SUBSTANCES,
    daily_use_in,
    medication_in,
    other_word_in,
    substances_in,
    withdrawal_in,
)
from bot.core.understanding.slots.words import Words

RELATIONS = (
    "son", "daughter", "child", "husband", "wife", "partner", "boyfriend", "girlfriend",
    "mother", "father", "brother", "sister", "grandson", "granddaughter", "grandchild", "nephew",
    "niece", "cousin", "uncle", "aunt", "friend", "roommate", "coworker",
)  # fmt: skip
FACTS = (
    "veteran", "ptsd", "dui", "court_ordered", "pregnant", "shakes_when_stopping",
    "seizure_history", "detox_before", "relapse", "parents_dont_know", "homeless", "job_risk",
    "mental_health", "no_car",
)  # fmt: skip
MAX_CHARS = 2000  # the engine passes 500; beyond this a message is read no further


@dataclass(frozen=True, slots=True)
class Reading:
    """What one message says, in the answer values the flows use (flows/intake.py)."""

    for_whom: str | None = None
    relation: str | None = None
    gender: str | None = None
    age: str | None = None
    years: int | None = None
    substances: tuple[str, ...] = ()
    withdrawal: str | None = None
    daily_use: str | None = None
    schedule: tuple[str, ...] = ()
    groups: tuple[str, ...] = ()
    payment: tuple[str, ...] = ()
    no_insurance: bool = False
    not_payment: tuple[str, ...] = ()
    plan: str | None = None
    medication: str | None = None
    program_language: str | None = None
    place: str | None = None
    # How far one can travel, as a radius option ("10 or 15 miles", "20 min drive"). Not in the
    # labelled sets, so not measured there.
    radius: str | None = None
    online: bool = False
    facts: tuple[str, ...] = ()
    reply: str | None = None
    vague: bool = False
    # The daytime wanted is mornings ("has to be in the morning"): asked by phone, since the
    # directory has no hours. Not in the labelled sets, so not measured there.
    mornings: bool = False
    # The word for a substance read as "other" ("pills"), said back in the call script. Not in
    # the labelled sets, so not measured there.
    other_substance: str | None = None

    def filled(self) -> dict[str, object]:
        """Only the fields that were found."""
        return {
            f.name: getattr(self, f.name)
            for f in fields(self)
            if getattr(self, f.name) not in (None, (), False)
        }


def _covered(words: Words) -> frozenset[int]:
    """The tokens other families read, which a place's name never includes."""
    lexicons = (SUBSTANCES, PAYMENT, SCHEDULE, PROGRAM_LANGUAGE, FACT_PHRASES, GROUP_PHRASES)
    covered = {
        i for lex in (*lexicons, AGE_WORDS) for h in lex.find(words) for i in range(h.start, h.end)
    }
    covered |= {i for i, token in enumerate(words.tokens) if token in KIN}
    return frozenset(covered)


def read(message: str) -> Reading:
    """Everything a message says, in English or Spanish (or both); never raises."""
    words = Words(message[:MAX_CHARS])
    if not words.tokens:
        return Reading()
    who = who_in(words)
    reply = reply_in(words)
    vague, unsure = vague_in(words)
    schedule, online, mornings = schedule_in(words, reply == "no")
    facts, groups = facts_in(words)
    paying = paying_in(words)
    return Reading(
        for_whom=who.for_whom,
        relation=who.relation,
        gender=who.gender,
        age=who.age,
        years=who.years,
        substances=substances_in(words),
        withdrawal=withdrawal_in(words),
        daily_use=daily_use_in(words),
        schedule=schedule,
        groups=groups,
        payment=paying.payment,
        no_insurance=paying.no_insurance,
        not_payment=paying.not_payment,
        plan=paying.plan,
        medication=medication_in(words),
        program_language=program_language_in(words),
        place=place_in(words, _covered(words)),
        radius=radius_in(words),
        online=online,
        facts=facts,
        reply=reply or ("unsure" if unsure else None),
        vague=vague,
        mornings=mornings,
        other_substance=other_word_in(words),
    )
