"""Buttons that do not linger: which message of a chat shows buttons still to be answered, the
message whose button was pressed, and what an answered question's message becomes; no I/O.

At most one message of a chat keeps answerable buttons. Its number is kept in the database
between updates (any worker may take the next one), never its text: the text of a pressed
button's message comes with the press itself.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from telegram import InlineKeyboardMarkup, Message, Update

from bot.core.flow import DONE
from bot.core.texts import text
from bot.service import Handled
from bot.tg.render import MAX_TEXT, decode_callback

TICKED = "✅ "
UNTICKED = "▫️ "


class LiveKeyboards(Protocol):
    """Where the adapter notes, per conversation key, the message with live buttons."""

    def get(self, key: str) -> int | None:
        """The chat's message with live buttons, or None."""
        ...

    def swap(self, key: str, expected: int | None, message_id: int | None) -> bool:
        """Note ``message_id`` in place of ``expected``, only while the note still says
        ``expected``; False when it changed meanwhile."""
        ...

    def purge(self, *, older_than: datetime) -> int:
        """Forget notes untouched since then; returns how many."""
        ...


@dataclass(frozen=True, slots=True)
class Tapped:
    """The bot message whose button was pressed, as the press brought it."""

    message_id: int
    step: str  # the step the button was shown at ("" for data of another version)
    answer: str  # what the press chose, as its button said ("" when not found)
    html: str  # the message's text as Telegram HTML ("" when it has none)
    length: int  # the message's visible characters
    markup: InlineKeyboardMarkup | None


def tapped_of(update: Update) -> Tapped | None:
    """The pressed button's message, when the press came with it (not too old to be sent)."""
    query = update.callback_query
    if query is None or not isinstance(query.message, Message):
        return None
    message = query.message
    decoded = decode_callback(query.data or "")
    step, value = decoded if decoded is not None else ("", "")
    markup = message.reply_markup
    return Tapped(
        message_id=message.message_id,
        step=step,
        answer=_answer(markup, query.data or "", value),
        html=message.text_html if message.text else "",
        length=len(message.text or ""),
        markup=markup,
    )


def _answer(markup: InlineKeyboardMarkup | None, data: str, value: str) -> str:
    """The pressed button's label; for Done, the options ticked (their ticks taken off)."""
    buttons = [b for row in (markup.inline_keyboard if markup else ()) for b in row]
    if value == DONE:
        ticked = [b.text.removeprefix(TICKED) for b in buttons if b.text.startswith(TICKED)]
        if ticked:
            return ", ".join(ticked)
    label = next((b.text for b in buttons if b.callback_data == data), "")
    return label.removeprefix(TICKED).removeprefix(UNTICKED)


def redraws(turn: Handled, tapped: Tapped | None) -> bool:
    """Whether a press only changed the question it was pressed on: an option ticked, or the
    same options asked again after a short note (Save now says Saved). That message's
    keyboard is then updated in place instead of the question being sent again."""
    if tapped is None or not turn.replies or not tapped.step:
        return False
    *before, last = turn.replies
    if last.kind != "question" or not tapped.step == turn.before == turn.after == last.step:
        return False
    if last.multi and not before:
        return True
    return last.again and all(reply.kind == "text" for reply in before)


def answered_html(tapped: Tapped, language: str) -> str:
    """The pressed message's text with the answer under it ("✓ Evenings"), or "" when there
    is no answer to show or the text would no longer fit in a message."""
    if not tapped.html or not tapped.answer:
        return ""
    mark = text("tg.answered", language, answer=tapped.answer)
    if tapped.length + len(mark) + 2 > MAX_TEXT:
        return ""
    return f"{tapped.html}\n\n{html.escape(mark, quote=False)}"


def same_keyboard(one: InlineKeyboardMarkup | None, other: InlineKeyboardMarkup) -> bool:
    """Whether two keyboards show the same buttons (an edit to the same would be refused)."""
    return one is not None and one.to_dict() == other.to_dict()
