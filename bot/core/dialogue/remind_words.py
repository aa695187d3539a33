"""A reminder asked for in words ("remind me tomorrow at 10am", "recuérdame mañana a las 10")
wherever a program is in view: its page, its call plan, the saved list, or the results with one
picked ("remind me to call the second one friday"); pure.

The program is saved when it is not yet, then the time is read as the reminder's own question
reads it (unclear hours asked, past times refused). Without a time, or without a time zone yet,
the reminder's questions are asked as the button would ask them.
"""

from __future__ import annotations

from bot.core.dialogue.io import UserInput
from bot.core.dialogue.reading import MAX_TEXT, normalize
from bot.core.dialogue.saved_list import saved_entry
from bot.core.dialogue.screens.reminders import WHEN
from bot.core.dialogue.screens.results import numbered_match, save, search_outcome
from bot.core.dialogue.turn import Turn
from bot.core.flow import Step
from bot.core.programs import Program

# Where a program is in view: its page, its call plan, its entry on the saved list (and, by
# number, the results).
IN_VIEW = ("details", "callprep", "item", "tracker")


def remind_in_words(turn: Turn, step: Step, message: str) -> bool:
    """Set a reminder the words ask for, about the program they mean (asking which, when the
    list is in view and they name none); False when they ask for none."""
    said = normalize(message[:MAX_TEXT])
    lead = _lead(turn, said)
    if lead is None or step.kind not in (*IN_VIEW, "results"):
        return False
    program = _program_meant(turn, step, said)
    if program is None:
        # "remind me tomorrow" on the list: which one, and how to say it.
        turn.say("remind.which_program")
        turn.show()
        return True
    position = turn.conversation.position
    if saved_entry(turn.conversation, program.id) is None:
        save(turn, program.id)
    position.program = program.id
    if not turn.zone_id():
        turn.enter("timezone")  # then when, as the button asks
        return True
    remind = turn.flows.step("remind")
    when = said[len(lead) :].strip()
    position.step = remind.id
    if when and WHEN.answer(turn, remind, UserInput.say(when)):
        return True
    turn.enter(remind.id)
    return True


def asks_for_a_reminder(turn: Turn, message: str) -> bool:
    """Whether a message begins by asking for a reminder ("remind me tomorrow at noon")."""
    return _lead(turn, normalize(message[:MAX_TEXT])) is not None


def _lead(turn: Turn, said: str) -> str | None:
    """The words that ask for a reminder at the start of a message, if any."""
    for phrase in sorted(turn.synonyms("intent.remind"), key=len, reverse=True):
        if said == phrase or said.startswith(f"{phrase} "):
            return phrase
    return None


def _program_meant(turn: Turn, step: Step, said: str) -> Program | None:
    """The program in view, or on the results the one the words pick ("the second one")."""
    if step.kind != "results":
        return turn.focus()
    numbered = numbered_match(turn, said)
    if numbered is not None:
        return numbered.program
    outcome = search_outcome(turn)
    if outcome is None:
        return None
    # None named: the one just opened or saved from this list ("save 2", then "remind me").
    listed = {m.program.id: m.program for m in outcome.matches}
    recent = [
        turn.conversation.position.program,
        *(s.id for s in reversed(turn.conversation.saved)),
    ]
    return next((listed[i] for i in recent[:2] if i in listed), None)
