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
    DANGER,
    EXTRAS,
    FOR_WHOM,
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
from bot.core.crisis import Assessment, names_a_danger
from bot.core.dialogue.io import Reply, UserInput
from bot.core.dialogue.reading import MAX_TEXT, OptionReader, normalize, whole_words
from bot.core.dialogue.registry import action
from bot.core.dialogue.remind_words import asks_for_a_reminder
from bot.core.dialogue.told import take_in, value_in_words
from bot.core.dialogue.turn import DETOURS, Turn, ask_again
from bot.core.flow import Step
from bot.core.understanding.faq import recognize
from bot.core.understanding.person import about
from bot.core.understanding.safe_reply import reads_safe
from bot.core.understanding.slots import read

CRISIS_READ = 2000  # crisis detection reads more of a message than answers do


def screen_message(turn: Turn, message: str) -> bool:
    """Answer any danger in a message; True when that answer is all the message gets."""
    position = turn.conversation.position
    after_overdose, position.after_overdose = position.after_overdose, False
    after_crisis, position.after_crisis = position.after_crisis, False
    found = turn.engine.screening(message[:CRISIS_READ])
    if found.level == "emergency" and found.kind:
        emergency(turn, found.kind, message)
        return True
    if _says_ok(turn, message) and (after_crisis or after_overdose):
        return _ok_after_crisis(turn, message, found, overdose=after_overdose)
    if (
        found.level == "possible"
        and found.kind
        and position.step == "safe_check"
        and not (found.learned and reads_safe(message))
    ):
        # More words of danger in answer to "are you safe?" are not a yes, whatever else they
        # say ("they'd be fine without me"): the crisis text of what they tell. A plain yes
        # with everyday words around it ("yes he's safe, he's sleeping") stays a yes.
        position.crisis_kind = ""
        turn.add(Reply("crisis", turn.t(f"crisis.{found.kind}")))
        turn.enter("crisis")
        return True
    if (
        found.level == "possible"
        and found.kind
        and not _names_an_option(turn, message, learned=found.learned)
        and not (found.learned and _writes_freely(turn))
        and not (found.learned and _answers_quietly(turn, message))
        and not (found.learned and _asks_a_known_question(message))
    ):
        # The check-in takes the place of the answer, not of what the message told: during
        # the intake, that is kept quietly ("drinking every day, evenings only"), not asked
        # again, and shown in the summary; the check-in is all the reply says.
        reading = read(message[:MAX_TEXT])
        kept = take_in(turn, reading, turn.step(), quietly=True) if position.step else []
        # A first message that told the search ("my son is using pills again and I don't know
        # what to do") is read again at the welcome after "safe": no second greeting.
        opening = position.step == turn.flows.entry and bool(kept)
        check_in(turn, found.kind, message, hold=found.learned or opening)
        return True
    if found.level == "none" and _unsure_of_danger(turn, message):
        check_in(turn, "general", message)
        return True
    if found.level == "past":
        # Worded for whom it happened to: "he overdosed last year" is glad *he* is safe now.
        position.crisis_about = about(message[:CRISIS_READ])
        turn.say("crisis.past")
        position.crisis_about = ""
    return False


def _ok_after_crisis(turn: Turn, message: str, found: Assessment, *, overdose: bool) -> bool:
    """ "I'm ok" just after a crisis text: thanked, the numbers named once more; after the
    overdose text ("he's breathing now, he's awake"), the follow-up about naloxone and not
    using alone, worded for whom the message speaks of. Then the question, briefly."""
    if found.level not in ("none", "past") and not found.learned:
        return False
    if found.level == "past" and not overdose:
        return False
    position = turn.conversation.position
    position.crisis_about = about(message[:CRISIS_READ])
    turn.say("crisis.overdose_ok" if overdose else "crisis.safe_ok")
    position.crisis_about = ""
    ask_again(turn)
    return True


def _unsure_of_danger(turn: Turn, message: str) -> bool:
    """Whether a message answers the question about danger with doubt ("idk", "no sé"): not a
    no, so the check-in asks it plainly."""
    if not turn.conversation.position.step or turn.step().answer != DANGER:
        return False
    reading = read(message[:MAX_TEXT])
    return (reading.vague or reading.reply == "unsure") and not reads_safe(message)


def _holds_an_option_phrase(turn: Turn, step: Step, message: str) -> bool:
    """Whether a message holds one of the step's labels or synonyms of two words or more
    ("necesito ayuda", "find the right program"), not just one word in a sentence ("keep")."""
    said = normalize(message[:MAX_TEXT])
    choices = turn.screen(step).choices(turn, step)
    reader = OptionReader(step, choices, turn.language)
    return any(
        " " in phrase and whole_words(phrase).search(said)
        for choice in choices
        for phrase in reader.phrases(choice)
    )


# An option said in words is a few words ("just show me programs"); a longer message that holds
# an option's word is a sentence about something else.
OPTION_WORDS = 5


def _names_an_option(turn: Turn, message: str, *, learned: bool) -> bool:
    """Whether the step reads the message as one of its options that bring crisis help ("I
    need help right now" is the welcome's crisis option): the step's own answer to it comes
    before a check-in. Against a rule's check-in, only an option that brings crisis help
    counts: an everyday one read in a message of danger ("every night, yes. some days I don't
    know how much longer I can do this") does not stop it; against the learned layer's, any
    option does ("just show me programs"), except at the question about danger itself."""
    position = turn.conversation.position
    if not position.step:
        return False
    step = turn.step()
    long = len(message[:MAX_TEXT].split()) > OPTION_WORDS
    if (
        learned
        and long
        and position.step != "safe_check"
        and not _holds_an_option_phrase(turn, step, message)
    ):
        # "i keep thinking about the bridge on my way home" is no "keep" (save) in words; a
        # phrase of an option is ("help me find the right program"), and the answer to the
        # check-in itself may be long ("yes he is safe. he is sleeping.").
        return False
    value = turn.one_value(step, UserInput.say(message))
    option = step.option(value) if value is not None else None
    if option is None:
        return False
    # At "is anyone in danger?", "no one" read in words of danger ("he keeps saying nobody
    # would miss him") is not an answer that silences them.
    return option.target == "crisis" or (learned and step.answer != DANGER)


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
    if not turn.conversation.position.step:
        return False
    step = turn.step()
    if step.answer == DANGER and reads_safe(message):
        # "No, he's not in any danger, he's asleep": the answer that no one is, "danger" and all.
        return True
    if names_a_danger(message):
        return False
    if asks_for_a_reminder(turn, message):
        return True  # "remind me tomorrow at noon": a request, in new words or not
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


def _asks_a_known_question(message: str) -> bool:
    """Whether a message asks one of the questions the bot answers ("can I make him go?", "what
    if he refuses?") and names no danger: a question, not a crisis told in new words.

    Only a message phrased as a question counts. A statement on a topic the bot answers ("mi
    hijo dice que ya no quiere despertar nunca" reads as a son refusing help) is no question:
    on the training data, cross-validated on 2026-12-06, letting statements through silenced 5
    crisis messages to spare 1 tricky safe one.
    """
    asked = recognize(message[:MAX_TEXT])
    return asked is not None and asked.clear and not names_a_danger(message)


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


def emergency(turn: Turn, kind: str, message: str) -> None:
    """The fixed crisis text of a kind first, worded for whom the message speaks of (a wife
    searching for her husband who writes "they'd all be better off without me" is told about
    herself), then where the conversation was."""
    position = turn.conversation.position
    position.crisis_about = about(message[:CRISIS_READ])
    turn.add(Reply("crisis", turn.t(f"crisis.{kind}")))
    turn.say("crisis.after")
    position.crisis_about = ""
    turn.conversation.position.after_overdose = kind == "overdose"
    turn.conversation.position.after_crisis = kind != "overdose"
    turn.show()


def check_in(turn: Turn, kind: str, message: str, *, hold: bool = False) -> None:
    """Ask whether they are safe right now, remembering what the check-in is about and whom
    the message spoke of (a mother who writes "I can't do this anymore" is asked about
    herself). ``hold``: the check-in is the learned layer's alone, on words no rule reads as
    danger, and often about something else ("tell me about Talbot Hall"): the message is kept
    until the check-in is answered, to be read then."""
    position = turn.conversation.position
    position.crisis_kind = kind
    position.crisis_about = about(message[:CRISIS_READ])
    turn.detour("safe_check")
    if hold:
        position.held = message[:MAX_TEXT]


def answers_safe(turn: Turn, event: UserInput) -> bool:
    """Whether an input answers the check-in with "safe", tapped or in words."""
    if turn.conversation.position.step != "safe_check":
        return False
    value = turn.one_value(turn.step(), event)
    if value is None and event.kind == "text":
        value = "safe" if reads_safe(event.text) else None
    return value == "safe"


def after_check_in(turn: Turn, event: UserInput) -> bool:
    """Words at the check-in that neither answer it nor tell of danger ("what should I ask when
    I call?"): kept, to be read once they say they are safe, and the question asked again; no
    "didn't catch that" for a request made while worried."""
    position = turn.conversation.position
    if position.step != "safe_check" or event.kind != "text" or turn.values(turn.step(), event):
        return False
    position.held = event.text[:MAX_TEXT]
    turn.say("crisis.check_in.later")
    turn.ask(turn.step(), turn.step().again)
    return True


def resume_after_check_in(turn: Turn) -> str:
    """Safe: thank them and go back to where they were, quietly; the message the check-in
    held, if any, to be read there as if no check-in had come."""
    position = turn.conversation.position
    held = position.held
    carer = position.crisis_about == "self" and turn.answers.get(FOR_WHOM) == "other"
    resume = _close_check_in(turn)
    # A relative who spoke of their own exhaustion hears that there is help for them too.
    turn.say("crisis.safe_ok.carer" if carer else "crisis.safe_ok")
    if DANGER not in turn.answers:
        # "Is anyone in danger right now?" has just been answered: not asked again.
        turn.answers[DANGER] = "none"
        position.told.append(DANGER)
    if held:
        position.step = resume
    else:
        back_to(turn, resume)
    return held


def back_to(turn: Turn, step_id: str) -> None:
    """Show a step again after a check-in, or the one after it when the check-in answered it
    ("is anyone in danger right now?")."""
    answered = turn.flows.step(step_id).answer in turn.conversation.position.told
    turn.enter(step_id, forward=answered)


def _close_check_in(turn: Turn) -> str:
    """Forget what the check-in kept; the step to go back to."""
    position = turn.conversation.position
    position.crisis_kind = position.crisis_about = position.held = ""
    resume = position.resume if position.resume not in ("", *DETOURS) else turn.flows.entry
    position.resume = ""
    return resume


@action("safety_check")
def answer_check_in(turn: Turn, value: Any) -> str:
    """Not safe: the crisis text of what was found. ("Safe" is taken before the step reads it:
    see :func:`answers_safe`; here it only goes back.)"""
    position = turn.conversation.position
    if value == "not_safe":
        kind = position.crisis_kind or "general"
        turn.add(Reply("crisis", turn.t(f"crisis.{kind}")))  # worded for whom it is about
        position.crisis_kind = position.crisis_about = position.held = ""
        return ""  # the option leads to the crisis step, which offers to go on
    turn.say("crisis.safe_ok")
    return _close_check_in(turn)
