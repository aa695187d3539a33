"""Questions people ask at any step ("do I need my parents' permission?", "where can I get
Narcan?"): a short sourced answer, then the step's question again; pure.

The engine asks twice. Before the step reads a message, only a message phrased as a question
that the step would not take as its answer is answered here; after the step could not read
it, any message on a known topic is, before "Sorry, I didn't catch that".
"""

from __future__ import annotations

from bot.core.answers import AGE
from bot.core.dialogue.io import UserInput
from bot.core.dialogue.reading import MAX_TEXT
from bot.core.dialogue.turn import Turn, ask_again
from bot.core.flow import Step
from bot.core.understanding.faq import Asked, recognize

# Steps whose answer is any typed words (a note, a date): a question there is the answer.
FREE_TEXT = ("text", "when")


def answer_question(turn: Turn, step: Step, event: UserInput, *, first: bool = False) -> bool:
    """Answer a question on a known topic, then ask the step's question again; ``first``:
    before the step reads the message (so only a clear question it would not take)."""
    if event.kind != "text":
        return False
    asked = recognize(event.text[:MAX_TEXT])
    if asked is None:
        return False
    if first and (
        not asked.clear
        or step.kind in FREE_TEXT
        or turn.values(step, event)
        or _answered_after(turn, step, event.text[:MAX_TEXT])
    ):
        return False
    turn.say(_for_age(turn, asked).text_id)
    ask_again(turn)  # the question, not the whole welcome again
    return True


def _answered_after(turn: Turn, step: Step, text: str) -> bool:
    """Whether the words after the last question mark answer the step ("like suboxone? yes")."""
    _, mark, tail = text.rpartition("?")
    return bool(mark and tail.strip() and turn.values(step, UserInput.say(tail.strip())))


# The ages of the intake that are 18 or older.
ADULT = frozenset({"young_adult", "adult", "senior"})


def _for_age(turn: Turn, asked: Asked) -> Asked:
    """The consent answer for the age already said: a question about permission for a son of
    24 is one between adults (what a program may tell family), for a son of 15 one about a
    minor's consent; with no age said, the one the words point to."""
    age = turn.answers.get(AGE)
    if asked.topic == "minor_consent" and age in ADULT:
        return Asked("adult_consent", asked.clear)
    if asked.topic == "adult_consent" and age == "teen":
        return Asked("minor_consent", asked.clear)
    return asked
