"""A program as a result card: where, phone, why it matches, what it notes, what to ask; pure."""

from __future__ import annotations

from bot.core.answers import Answers
from bot.core.dialogue.io import Reply
from bot.core.dialogue.turn import Turn
from bot.core.dialogue.views import feature_label, flag_text, phone_of
from bot.core.matching import VERIFY_ALWAYS, Match
from bot.core.questions import INSURANCE, lacks_spanish

# What a result card may add to "Ask:" beyond hours, openings and insurance.
CARD_VERIFY = ("medication", "language", "group", "telehealth_area")


def card(turn: Turn, index: int, match: Match) -> Reply:
    """One program as a result: where, phone, why it matches, what to ask."""
    program = match.program
    lines = [f"{index}. {program.display_name}"]
    where = f"{program.city}, {program.state}"
    if match.distance_miles is not None:
        where = turn.t("card.distance", miles=f"{match.distance_miles:.1f}", where=where)
    if match.via_telehealth:
        where += " · " + turn.t("card.online")
    lines.append(where)
    phone = phone_of(program)
    if phone:
        lines.append(turn.t("card.phone", phone=phone))
    why = ", ".join(feature_label(turn, k) for k in match.matched)
    lines.append(turn.t("card.why", why=why))
    if match.unmatched:
        gaps = ", ".join(feature_label(turn, k) for k in match.unmatched)
        lines.append(turn.t("card.gaps", gaps=gaps))
    notes = card_notes(turn, match)
    if notes:
        lines.append(turn.t("card.flags", flags=notes))
    # Hours first (the directory has none), then what this person asked for, then the rest.
    specific = [v for v in match.verify if v not in VERIFY_ALWAYS and v in CARD_VERIFY]
    items = ["hours", *specific, "openings", _cost_item(turn.typed_answers())][:4]
    verify = "; ".join(turn.t(f"verify.short.{v}") for v in items)
    lines.append(turn.t("card.verify", verify=verify))
    if turn.engine.reports.count(program.id):
        lines.append(turn.t("results.caution"))
    return Reply("program", "\n".join(lines), program_id=program.id, title=program.display_name)


def card_notes(turn: Turn, match: Match) -> str:
    """What a card notes about a program: whom it serves, and in a Spanish search that it
    lists no Spanish services."""
    notes = [flag_text(turn, flag) for flag in match.flags]
    if lacks_spanish(turn.language, turn.typed_answers(), match.program):
        notes.append(turn.t("card.no_spanish"))
    return "; ".join(notes)


def _cost_item(answers: Answers) -> str:
    """What to ask about paying: the insurance network, or the cost for someone paying
    without insurance (cash, a sliding fee, free care)."""
    if answers.payment and INSURANCE.isdisjoint(answers.payment):
        return "cost"
    return "insurance_network"
