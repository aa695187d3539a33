"""Questions about one program on the list or on screen, answered from its listing: what it
costs ("cuánto cuesta el segundo?", "do they take medicaid"), its number again ("me das el
número otra vez"), how far it is ("how far is the first one"), and which is closest; pure.

The program is the one the words point to by place ("the second one", "#3"), else the one on
screen, else (for "which is closest") the first of the list, which is sorted by distance.
"""

from __future__ import annotations

import re

from bot.core.dialogue.reading import MAX_TEXT, normalize
from bot.core.dialogue.screens.results import numbered_match, search_outcome
from bot.core.dialogue.turn import Turn
from bot.core.dialogue.views import feature_label, phone_of
from bot.core.features import FEATURES, Category
from bot.core.flow import Step
from bot.core.programs import Program

# Where a program is in view: its page and its call plan; the list by number.
STEPS = ("details", "callprep", "results")
TOPICS = {
    "closest": re.compile(
        r"\b(?:which (?:one )?is (?:the )?(?:closest|nearest)|(?:the )?closest one|nearest one"
        r"|cual (?:queda|esta|es) (?:mas )?cerca|el mas cercano|la mas cercana|mas cerca)\b"
    ),
    "cost": re.compile(
        r"\b(?:how much|cost|costs|price|cuanto cuesta|cuanto cobran|cuesta|cobran|precio"
        r"|is it free|es gratis|what do they take|do they take|do they accept|what insurance"
        r"|que seguro|aceptan|acepta|toman)\b"
    ),
    # Not "number" alone: "number 2" picks a program.
    "phone": re.compile(
        r"\b(?:phone|telefono|call them|their number|the number|el numero|su numero"
        r"|numero otra vez|number again)\b"
    ),
    "distance": re.compile(
        r"\b(?:how far|far away|distance|how many miles|que tan lejos|a cuanto queda|lejos"
        r"|cuantas millas)\b"
    ),
}


_ASKS_WHAT_TO_SAY = re.compile(
    r"\b(?:what (?:do|should|can) i (?:say|ask|tell)|what to (?:say|ask)|que (?:le )?(?:digo"
    r"|pregunto)|que (?:les )?(?:digo|pregunto))\b"
)


def answer_about_a_program(turn: Turn, step: Step, message: str) -> bool:
    """Answer a question about one program from its listing, then the step's question."""
    if step.kind not in STEPS:
        return False
    said = normalize(message[:MAX_TEXT])
    topic = next((name for name, pattern in TOPICS.items() if pattern.search(said)), None)
    if topic is None or (topic == "phone" and _ASKS_WHAT_TO_SAY.search(said)):
        return False  # "what do I say when I call them" asks for the call plan, not the number
    meant = _program_meant(turn, step, said, nearest=topic == "closest")
    if meant is None:
        return False
    program, miles = meant
    if topic in ("distance", "closest") and miles is None:
        topic = "where"  # a program reached online, or opened from the saved list
    turn.say(f"about.{topic}", **_facts(turn, program, miles))
    turn.show()
    return True


def _program_meant(
    turn: Turn, step: Step, said: str, *, nearest: bool
) -> tuple[Program, float | None] | None:
    """The program the words mean, with its distance: by place on the list, the nearest, or
    the one on screen."""
    numbered = numbered_match(turn, said)
    if numbered is not None:
        return numbered.program, numbered.distance_miles
    outcome = search_outcome(turn)
    matches = list(outcome.matches) if outcome is not None else []
    if nearest and matches:
        return matches[0].program, matches[0].distance_miles
    focus = turn.focus()
    if step.kind == "results" or focus is None:
        return None
    listed = next((m for m in matches if m.program.id == focus.id), None)
    return focus, listed.distance_miles if listed is not None else None


def _facts(turn: Turn, program: Program, miles: float | None) -> dict[str, str]:
    """What the answers say of a program: its name, payment, number, distance and town."""
    payment = [
        feature_label(turn, f.key)
        for f in FEATURES.values()
        if f.category == Category.PAYMENT and not program.codes.isdisjoint(f.codes)
    ]
    return {
        "name": program.display_name,
        "payment": ", ".join(payment) or turn.t("about.cost.none"),
        "phone": phone_of(program),
        "miles": f"{miles:.1f}" if miles is not None else "",
        "where": f"{program.city}, {program.state}",
    }
