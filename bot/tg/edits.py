"""Edits of messages already sent, for one update of one chat: a pressed question's keyboard
redrawn, or its buttons taken off (showing what was chosen), and the note of which message
keeps live buttons. Every edit is best effort: Telegram refuses edits of old or deleted
messages, and of a message that would not change; none of that holds up a reply.

Updates and reminders of one chat may be handled at once on different workers (a reminder
comes due, Telegram delivers an update again): the note is handed over with a compare-and-set,
and only the one that replaced a message in the note takes that message's buttons off, so no
message is edited twice."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any, Protocol

from telegram import Bot, InlineKeyboardMarkup
from telegram.constants import ParseMode
from telegram.error import TelegramError

from bot.tg.keyboards import LiveKeyboards, Tapped, answered_html, same_keyboard

log = logging.getLogger(__name__)

# Updates and reminders of one chat that replace the note at the same moment: one wins each
# round, and a note still changing after this many is left to the next update.
HAND_OVER_ATTEMPTS = 3


class ApiCall(Protocol):
    """The adapter's paced, retrying Bot API call."""

    def __call__(
        self, chat_id: int, method: Callable[..., Awaitable[Any]], *args: Any, **kwargs: Any
    ) -> Awaitable[Any]:
        """Call ``method`` for the chat."""
        ...


class KeyboardEdits:
    """The keyboard edits of one update in one chat."""

    def __init__(
        self, bot: Bot, chat_id: int, keyboards: LiveKeyboards | None, call: ApiCall
    ) -> None:
        self.bot = bot
        self.chat_id = chat_id
        self.keyboards = keyboards
        self.call = call

    async def redraw(self, tapped: Tapped, redrawn: InlineKeyboardMarkup) -> bool:
        """Show the pressed message's new keyboard (unchanged: nothing to do); False when
        there is none or Telegram refused, so that the question is sent again instead."""
        if not redrawn.inline_keyboard:
            return False
        if same_keyboard(tapped.markup, redrawn):
            return True
        return await self._edit(
            self.bot.edit_message_reply_markup,
            self.chat_id,
            tapped.message_id,
            reply_markup=redrawn,
        )

    async def settle(self, tapped: Tapped, language: str) -> None:
        """Take the buttons off a pressed message, showing under it what was chosen (when a
        ``language`` is given: the press answered the question being asked)."""
        marked = answered_html(tapped, language) if language else ""
        if marked and await self._edit(
            self.bot.edit_message_text,
            marked,
            self.chat_id,
            tapped.message_id,
            parse_mode=ParseMode.HTML,
        ):
            return
        await self._edit(self.bot.edit_message_reply_markup, self.chat_id, tapped.message_id)

    async def retire(self, live: int | None, *, keep: int | None) -> None:
        """Take the buttons off the message that had them, unless it is ``keep``."""
        if live is not None and live != keep:
            await self._edit(self.bot.edit_message_reply_markup, self.chat_id, live)

    async def live(self, key: str) -> int | None:
        """The chat's message with live buttons, as noted; None when unknown."""
        if self.keyboards is None:
            return None
        try:
            return await asyncio.to_thread(self.keyboards.get, key)
        except Exception as error:  # the note is a nicety: never a reason not to reply
            log.warning("live keyboard not read: %s", type(error).__name__)
            return None

    async def hand_over(
        self, key: str, live: int | None, newest: int | None
    ) -> tuple[bool, int | None]:
        """Note ``newest`` (None: none) as the chat's message with live buttons, in place of
        the one noted. Returns whether it was noted, and the message it replaced: taking that
        one's buttons off is then this update's job, and no one else's. The note read at the
        start (``live``) may have changed since (a reminder, or a second delivery, on another
        worker): it is read again and replaced in turn, so each message is edited once."""
        if self.keyboards is None:
            return True, live
        expected = live
        try:
            for _ in range(HAND_OVER_ATTEMPTS):
                if await asyncio.to_thread(self.keyboards.swap, key, expected, newest):
                    return True, expected
                expected = await asyncio.to_thread(self.keyboards.get, key)
        except Exception as error:  # the note is a nicety: never a reason not to reply
            log.warning("live keyboard not noted: %s", type(error).__name__)
        return False, None

    async def _edit(
        self, method: Callable[..., Awaitable[Any]], *args: Any, **kwargs: Any
    ) -> bool:
        """An edit that may fail harmlessly (message too old, deleted, not modified)."""
        try:
            await self.call(self.chat_id, method, *args, **kwargs)
        except TelegramError as error:
            log.info("a message could not be edited (%s)", type(error).__name__)
            return False
        return True
