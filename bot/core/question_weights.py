"""How much each question to a program matters, and which ones a call plan leads with; pure.

See ``bot.core.questions`` for the rule in words; the weights here are its only numbers.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from bot.core.questions import Question

Why = Literal["safety", "need", "gap", "general"]

# How much a question matters, by what makes it matter (reference/domain.md §2, §3.3). A need
# the person named outranks a gap in the listing, which outranks what everyone asks; a need the
# listing does not show (no hours are ever listed) also counts as a gap and gains GAP.
SAFETY_WEIGHTS = {"call.q.withdrawal": 100, "call.q.housing": 90}
NEED_WEIGHTS = {
    "medication": 70,
    "payment": 65,
    "authorization": 60,  # insurance may need to approve the IOP before it starts
    "schedule": 55,
    "language": 55,
    "teen": 50,
    "pregnant": 50,
    "group": 45,
    "age": 35,
    "comfort": 25,  # one-to-one sessions, extras, family programs
}
GAP = 10
# Questions about what this listing does not show, though it could: worth asking of anyone.
GAP_WEIGHT = 30
# What everyone asks, in the order that fills the places left: the wait, what a week looks
# like, the steps to start, then the rest.
GENERAL_WEIGHTS = {
    "call.q.iop.start": 20,
    "call.q.iop.hours": 19,
    "call.q.iop.hours.teen": 19,
    "call.q.iop.intake": 18,
    "call.q.iop.missed": 10,
    "call.q.iop.length": 9,
    "call.q.iop.format": 8,
    "call.q.accreditation.listed": 7,
    "call.q.iop.testing": 6,
    "call.q.iop.crisis": 5,
    "call.q.iop.aftercare": 5,
    "call.q.mental_health": 4,
    "call.q.therapies": 4,
    "call.q.medications": 3,
    "call.q.family": 2,
}
# The call plan leads with at most this many questions, and at least the smaller number.
LEAD_MAX = 8
LEAD_MIN = 6
# The one question every caller needs: can I start soon (SAMHSA: within 48 hours).
ALWAYS_LEADS = "call.q.iop.start"


def lead_questions(
    questions: Iterable[Question], *, always: str = ALWAYS_LEADS
) -> tuple[Question, ...]:
    """The questions a plan leads with: what matters for this person and program (up to
    LEAD_MAX - 1), the wait for a place (``always``: the level of care's own), then general
    questions up to LEAD_MIN; most first.

    Ties keep the order the questions were made in, so the same answers always lead the same.
    """
    ranked = by_weight(questions)
    chosen = [q for q in ranked if q.why != "general"][: LEAD_MAX - 1]
    chosen += [q for q in ranked if q.text_id == always]
    for question in ranked:
        if len(chosen) >= LEAD_MIN:
            break
        if question not in chosen:
            chosen.append(question)
    return tuple(q for q in ranked if q in chosen)


def by_weight(questions: Iterable[Question]) -> list[Question]:
    """Heaviest first; a stable sort keeps ties in the order they were made."""
    return sorted(questions, key=lambda q: -q.weight)
