"""A program as a result card: where, phone, why it matches, what it notes, what to ask; pure."""

from __future__ import annotations

from bot.core.answers import Answers
from bot.core.care_levels import IOP
from bot.core.dialogue.effects import ShowedSearch
from bot.core.dialogue.io import Reply
from bot.core.dialogue.turn import Turn
from bot.core.dialogue.views import (
    detox_filter_text,
    detox_text,
    feature_label,
    flag_text,
    phone_of,
    relaxation_text,
)
from bot.core.features import DETOX_LEVELS
from bot.core.matching import VERIFY_ALWAYS, Match, SearchOutcome
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


def referral_sections(turn: Turn, found: list[tuple[str, str, SearchOutcome]]) -> None:
    """The other levels of care suggested (heading, level, search), each program on a line
    with what its card notes (for detox, which withdrawals it lists); what chose and loosened
    them is said, as for the IOPs."""
    for heading, level, outcome in found:
        detox = f"level:{level}" in DETOX_LEVELS
        lines = [turn.t(heading)]
        chosen_by = detox_filter_text(turn) if detox else ""
        if chosen_by:
            lines.append(chosen_by)  # the substances decide which detox programs are shown
        lines += [relaxation_text(turn, r) for r in outcome.relaxations]
        for match in outcome.matches:
            p = match.program
            distance = ""
            if match.distance_miles is not None:
                distance = " — " + turn.t("distance.miles", miles=f"{match.distance_miles:.1f}")
            lines.append(
                f"• {p.display_name}{distance}, {p.city} {p.state}. {phone_of(p)}".strip()
            )
            notes = card_notes(turn, match)
            if notes:
                lines.append("  " + turn.t("card.flags", flags=notes))
            if detox:
                lines.append("  " + detox_text(turn, p))
        if not outcome.matches:
            lines.append(turn.t("results.section.none"))
        turn.add(Reply("text", "\n".join(lines)))


def note_searches(turn: Turn, shown: list[tuple[str, SearchOutcome]]) -> None:
    """Tell the adapters which searches a person was shown and how many each found (by state
    and level of care, nothing about the person): where treatment is missing."""
    place = turn.place()
    state = place.state if place is not None else ""
    for level, outcome in shown:
        turn.effect(ShowedSearch(state=state, level=level or IOP, found=outcome.total))
