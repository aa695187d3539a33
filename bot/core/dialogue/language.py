"""A message in the other language switches the conversation to it, saying how to go back;
pure. Typed words only: buttons carry no language."""

from __future__ import annotations

from bot.core.answers import LANGUAGE
from bot.core.dialogue.io import Reply
from bot.core.dialogue.turn import Turn
from bot.core.understanding.language import guess_language

# How clearly a message must be in the other language to switch: English words leak into
# Spanish messages ("ok", "help", "medicaid"), so going to English asks for more.
SWITCH_MARGIN = {"es": 2, "en": 3}


def follow_language(turn: Turn, message: str) -> bool:
    """Speak the language a message is clearly written in (not where the question is which
    language the program should speak); True when that changed it.

    The change is not announced here: the caller says so with :func:`announce_switch` once
    any answer to danger in the message has come first (domain.md: the crisis text first).
    """
    guess = guess_language(message)
    language = guess.language
    if language is None or language == turn.conversation.language:
        return False
    if guess.margin < SWITCH_MARGIN[language] or asks_which_language(turn):
        return False
    turn.conversation.language = language
    return True


def announce_switch(turn: Turn, after: int) -> None:
    """Say that the conversation changed language, after the first of the replies from index
    `after` on (the crisis text, the check-in or the line on the past), or at the end when the
    message raised nothing."""
    at = after + 1 if len(turn.replies) > after else len(turn.replies)
    turn.replies.insert(at, Reply("text", turn.t("language.switched")))


def asks_which_language(turn: Turn) -> bool:
    """Whether the step asks which language the program should speak ("español" answers it)."""
    return bool(turn.conversation.position.step) and turn.step().answer == LANGUAGE


def switch_language(turn: Turn, language: str) -> None:
    """Speak a language from now on, and say so, with the way back."""
    if turn.conversation.language != language:
        turn.conversation.language = language
        turn.say("language.switched")
