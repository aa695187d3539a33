"""Every typed message is screened for danger before anything else reads it; pure.

Tiers (shared/reference/domain.md §3.3b): an *emergency* gets the fixed crisis text of its kind
at once, then the conversation resumes; a *possible* danger gets a short check-in that names
911 and 988 and asks "are you safe right now?"; something in the *past* gets one line, and the
message is then read as usual. After the overdose text, an "I'm OK" gets one follow-up
(naloxone, not using alone).
"""

from __future__ import annotations

import re
from typing import Any

from bot.core.answers import (
    AGE,
    ATTEND,
    EXTRAS,
    GROUPS,
    HOME,
    LANGUAGE,
    MEDICATION,
    ONE_TO_ONE,
    PAYMENT,
    PLACE,
    RADIUS,
    SCHEDULE,
)
from bot.core.crisis import names_a_danger
from bot.core.dialogue.io import Reply, UserInput
from bot.core.dialogue.reading import MAX_TEXT, normalize, whole_words
from bot.core.dialogue.registry import action
from bot.core.dialogue.told import take_in, value_in_words
from bot.core.dialogue.turn import DETOURS, Turn
from bot.core.understanding.slots import read

CRISIS_READ = 2000  # crisis detection reads more of a message than answers do


def screen_message(turn: Turn, message: str) -> bool:
    """Answer any danger in a message; True when that answer is all the message gets."""
    position = turn.conversation.position
    after_overdose, position.after_overdose = position.after_overdose, False
    found = turn.engine.screening(message[:CRISIS_READ])
    if found.level == "emergency" and found.kind:
        emergency(turn, found.kind)
        return True
    if found.level == "possible" and found.kind and position.step == "safe_check":
        # More words of danger in answer to "are you safe?" are not a yes, whatever else they
        # say ("they'd be fine without me"): the crisis text of what they tell.
        position.crisis_kind = ""
        turn.add(Reply("crisis", turn.t(f"crisis.{found.kind}")))
        turn.enter("crisis")
        return True
    if (
        found.level == "possible"
        and found.kind
        and not _names_an_option(turn, message)
        and not (found.learned and _writes_freely(turn))
        and not (found.learned and _answers_quietly(turn, message))
    ):
        # The check-in takes the place of the answer, not of what the message told: during
        # the intake, that is kept quietly ("drinking every day, evenings only"), not asked
        # again, and shown in the summary; the check-in is all the reply says.
        if position.step:
            take_in(turn, read(message[:MAX_TEXT]), turn.step(), quietly=True)
        check_in(turn, found.kind)
        return True
    if after_overdose and _says_ok(turn, message):
        turn.say("crisis.overdose_ok")
        turn.show()
        return True
    if found.level == "past":
        turn.say("crisis.past")
    return False


def _names_an_option(turn: Turn, message: str) -> bool:
    """Whether the step reads the message as one of its options ("I need help right now" is
    the welcome's crisis option): the step's own answer to it comes before a check-in."""
    step = turn.conversation.position.step
    return bool(step) and turn.one_value(turn.step(), UserInput.say(message)) is not None


# Questions whose answers seldom come with a danger: when, where, how far, how to pay, which
# group or language, whether they could attend. A check-in only the learned layer asks for, on
# a message that answers one of them and names no danger word, is an answer read as a crisis
# told in new words ("tuesdays and thursdays are best", "no more than half an hour"); the rules
# still bring theirs. At the question about home, only the answer that home is safe counts.
QUIET_QUESTIONS = frozenset(
    {ATTEND, MEDICATION, PLACE, RADIUS, AGE, SCHEDULE, GROUPS, ONE_TO_ONE, PAYMENT, LANGUAGE,
     EXTRAS, HOME}
)  # fmt: skip


def _answers_quietly(turn: Turn, message: str) -> bool:
    """Whether a message is a plain answer to a question of :data:`QUIET_QUESTIONS`."""
    if not turn.conversation.position.step or names_a_danger(message):
        return False
    step = turn.step()
    if step.answer not in QUIET_QUESTIONS:
        return False
    reading = read(message[:MAX_TEXT])
    if step.kind == "place":
        found = turn.engine.places.resolve(message[:MAX_TEXT]).status == "found"
        return found or reading.online
    value = turn.one_value(step, UserInput.say(message)) or value_in_words(step, reading, message)
    if step.answer == HOME:
        return value == "safe"
    return value is not None


# Steps where people write what they like about a program (a note, a report, a date): there
# only the rules' check-in comes, not the learned layer's, which reads everyday words
# ("in the middle", "left a voicemail") as it reads a crisis told in new words.
FREE_TEXT_STEPS = frozenset({"text", "when"})


def _writes_freely(turn: Turn) -> bool:
    """Whether the step asks for free text rather than an answer the flows know."""
    step = turn.conversation.position.step
    return bool(step) and turn.step().kind in FREE_TEXT_STEPS


def _says_ok(turn: Turn, message: str) -> bool:
    """Whether a message says the person is OK now ("he's ok now", "ya despertó")."""
    said = normalize(re.sub(r"['’]", "", message[:MAX_TEXT]))  # "he's" is "hes", not "he s"
    return any(whole_words(phrase).search(said) for phrase in turn.synonyms("crisis.ok"))


def emergency(turn: Turn, kind: str) -> None:
    """The fixed crisis text of a kind first, then where the conversation was."""
    turn.add(Reply("crisis", turn.t(f"crisis.{kind}")))
    turn.say("crisis.after")
    turn.conversation.position.after_overdose = kind == "overdose"
    turn.show()


def check_in(turn: Turn, kind: str) -> None:
    """Ask whether they are safe right now, remembering what the check-in is about."""
    turn.conversation.position.crisis_kind = kind
    turn.detour("safe_check")


@action("safety_check")
def answer_check_in(turn: Turn, value: Any) -> str:
    """Safe: go back to where the person was. Not safe: the crisis text of what was found."""
    position = turn.conversation.position
    kind, position.crisis_kind = position.crisis_kind or "general", ""
    if value == "not_safe":
        turn.add(Reply("crisis", turn.t(f"crisis.{kind}")))
        return ""  # the option leads to the crisis step, which offers to go on
    turn.say("crisis.safe_ok")
    resume = position.resume if position.resume not in ("", *DETOURS) else turn.flows.entry
    position.resume = ""
    return resume
