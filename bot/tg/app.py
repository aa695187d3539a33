"""The python-telegram-bot Application: every update loads the chat's state from the database,
runs the pure engine, stores the new state, then sends the replies.

No flow state lives in the process (no ConversationHandler, no user_data): a restart or a
second worker continues any conversation. Logs never contain what people wrote.
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
import hmac
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
    Update,
)
from telegram.constants import ChatType, ParseMode
from telegram.error import (
    BadRequest,
    Forbidden,
    NetworkError,
    RetryAfter,
    TimedOut,
)
from telegram.ext import AIORateLimiter, Application, ContextTypes, TypeHandler
from telegram.request import BaseRequest

from bot.core.dialogue import Reply, StartCommand, UserInput
from bot.core.texts import DEFAULT_LANGUAGE, LANGUAGES, text
from bot.metrics import Metrics
from bot.service import ConversationService, Handled
from bot.tg.edits import KeyboardEdits
from bot.tg.keyboards import LiveKeyboards, Tapped, redraws, tapped_of
from bot.tg.profile import set_profile
from bot.tg.render import Button, Outgoing, decode_callback, keyboard, outgoing

log = logging.getLogger(__name__)

T = TypeVar("T")
App = Application[Any, Any, Any, Any, Any, Any]
PLACE_STEPS = ("place", "online_state")
# Engine commands the adapter and the scheduler send; typed by a person they mean nothing.
INTERNAL_COMMANDS = frozenset({"reminder", "repeat", "sorry", "non_text", "try_again"})


class TelegramLinks:
    """Links that open this bot with a search made (t.me/<bot>?start=…): the engine's share
    links. The bot's username is learnt when the application starts."""

    def __init__(self, username: str = "") -> None:
        self.username = username

    def start_link(self, payload: str) -> str:
        """A t.me link, or the /start command while the username is not known yet."""
        if not self.username:
            return StartCommand().start_link(payload)
        return f"https://t.me/{self.username}?start={payload}"


class ChatPacer:
    """Spaces messages to one chat: a short burst, then about one a second (Telegram's ask)."""

    def __init__(self, per_second: float = 1.0, burst: int = 3) -> None:
        self._interval = 1.0 / per_second if per_second > 0 else 0.0
        self._burst = burst
        self._free_at: dict[int, float] = {}

    async def wait(self, chat_id: int) -> None:
        """Sleep until a message to this chat may go."""
        if not self._interval:
            return
        now = time.monotonic()
        # The chat's clock may run at most `burst` messages ahead of real time.
        free_at = max(self._free_at.get(chat_id, now), now - self._interval * (self._burst - 1))
        self._free_at[chat_id] = free_at + self._interval
        if len(self._free_at) > 10_000:
            self._free_at = {c: t for c, t in self._free_at.items() if t > now}
        if free_at > now:
            await asyncio.sleep(free_at - now)


def chat_key(secret: bytes, chat_id: int) -> str:
    """The database key of a chat: a keyed hash, so stored state names no Telegram id."""
    digest = hmac.new(secret, str(chat_id).encode("ascii"), hashlib.sha256).hexdigest()
    return f"tg:{digest[:40]}"


class TelegramBot:
    """The handlers: one entry for every update, one for errors."""

    def __init__(
        self,
        service: ConversationService,
        *,
        key_secret: bytes,
        links: TelegramLinks | None = None,
        pacer: ChatPacer | None = None,
        send_attempts: int = 6,
        backoff: float = 0.5,
        purge_after: timedelta = timedelta(days=30),
        reminder_interval: float = 15.0,
        metrics: Metrics | None = None,
        keyboards: LiveKeyboards | None = None,
    ) -> None:
        self.service = service
        self.keyboards = keyboards
        self.metrics = metrics or Metrics()
        self.key_secret = key_secret
        self.links = links or TelegramLinks()
        self.pacer = pacer or ChatPacer()
        self.send_attempts = send_attempts
        self.backoff = backoff
        self.purge_after = purge_after
        self.reminder_interval = reminder_interval

    # -- building the application ------------------------------------------------------------

    def application(
        self,
        token: str,
        *,
        base_url: str = "",
        polling: bool = True,
        request: BaseRequest | None = None,
    ) -> App:
        """A PTB Application wired to this bot: rate limited, with the command menu.

        ``request`` replaces the HTTP layer (tests record Bot API calls with it).
        """
        # The limiter keeps under 30 messages a second overall and, on a flood limit, pauses
        # every request for the time Telegram asks; _call retries what it gives up on.
        limiter = AIORateLimiter(max_retries=4)
        builder = Application.builder().token(token).rate_limiter(limiter)
        if base_url:
            file_url = base_url.replace("/bot", "/file/bot")
            builder = builder.base_url(base_url).base_file_url(file_url)
        if request is not None:
            builder = builder.request(request)
        if not polling:
            builder = builder.updater(None)
        builder = builder.post_init(self.on_startup)
        app = builder.build()
        app.add_handler(TypeHandler(Update, self.on_update))
        app.add_error_handler(self.on_error)
        return app

    async def on_startup(self, app: App) -> None:
        """Set the bot's profile (menu, descriptions) and start the reminder and housekeeping
        jobs."""
        if app.bot.username:
            self.links.username = app.bot.username
        await set_profile(app.bot)
        if app.job_queue is not None:
            if self.service.reminders is not None:
                app.job_queue.run_repeating(
                    self.deliver_reminders, interval=self.reminder_interval, first=1.0
                )
            app.job_queue.run_repeating(self.housekeeping, interval=3600.0, first=5.0)
        await self.housekeeping(None)

    async def housekeeping(self, _context: object) -> None:
        """Forget conversations idle for too long; refresh which listings were reported."""
        purged = await asyncio.to_thread(self.service.purge, after=self.purge_after)
        if purged:
            log.info("purged %s inactive conversations", purged)
        await asyncio.to_thread(self.service.refresh_reports)
        if self.keyboards is not None:
            older_than = datetime.now(UTC) - self.purge_after
            await asyncio.to_thread(functools.partial(self.keyboards.purge, older_than=older_than))

    async def deliver_reminders(self, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Send every reminder that is due, each exactly once across workers."""
        due = await asyncio.to_thread(functools.partial(self.service.claim_due, prefix="tg:"))
        for reminder in due:
            if not reminder.address.startswith("tg:"):
                continue
            try:
                chat_id = int(reminder.address[3:])
                handled = await self._advance(
                    chat_id, UserInput.command("reminder", reminder.reminder_id)
                )
                if handled.replies:
                    await self._reply(context, chat_id, handled)
                    self.metrics.reminders.inc()
            except Exception as error:  # one bad reminder must not stop the others
                log.error("reminder not delivered: %s", type(error).__name__)

    # -- updates ----------------------------------------------------------------------------

    async def on_update(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Turn one update into an engine input, advance the chat, and send the replies."""
        chat = update.effective_chat
        if chat is None or update.my_chat_member is not None or update.chat_member is not None:
            return  # membership changes (someone blocked or restarted the bot) need no answer
        edited = update.edited_message
        if edited is not None and edited.location is not None:
            return  # a live location moving: the position that was shared has been answered
        if chat.type != ChatType.PRIVATE:
            if update.callback_query is not None:
                await self._answer_button(chat.id, update)
            if update.message is not None:
                await self._call(
                    chat.id, context.bot.send_message, chat.id, text("tg.private_only")
                )
            return
        started = time.monotonic()
        event = self._event(update)
        self.metrics.updates.labels(kind=_kind_of(event)).inc()
        code = _language_of(update)
        if code:
            event = replace(event, language=code)
        turn = await self._advance(chat.id, event, update_id=update.update_id)
        self.metrics.searched(turn.searches)
        if update.callback_query is not None and not turn.replayed:
            # Answered once: a second delivery may follow a worker that already answered it.
            await self._answer_button(chat.id, update)
        await self._reply(context, chat.id, turn, tapped=tapped_of(update))
        self.metrics.latency.observe(time.monotonic() - started)

    async def _answer_button(self, chat_id: int, update: Update) -> None:
        """Stop the pressed button's spinner; a refusal (too late) must not cost the reply."""
        assert update.callback_query is not None
        try:
            await self._call(chat_id, update.callback_query.answer)
        except BadRequest:
            log.info("a button press could not be answered any more")

    def _event(self, update: Update) -> UserInput:
        """The engine input for an update; anything that is not text becomes "non_text"."""
        query = update.callback_query
        if query is not None:
            decoded = decode_callback(query.data or "")
            if decoded is None:
                return UserInput.command("repeat")
            step, value = decoded
            return UserInput.pick(value, step=step)
        message = update.message
        if message is None:
            return UserInput.command("non_text")  # edited messages, channel posts, …
        if message.location is not None:
            return UserInput.located(message.location.latitude, message.location.longitude)
        if message.text is None:
            return UserInput.command("non_text")
        if message.text.startswith("/"):
            name, _, argument = message.text[1:].partition(" ")
            name = name.split("@", 1)[0].lower()
            if name in INTERNAL_COMMANDS:
                name = "unknown"  # the scheduler's and the adapter's own, not for typing
            return UserInput.command(name, argument.strip())
        return UserInput.say(message.text)

    async def _advance(
        self, chat_id: int, event: UserInput, *, update_id: int | None = None
    ) -> Handled:
        # The database call is synchronous: keep the event loop free for other chats. The
        # chat id is stored only as a reminder's address, and only while one is pending.
        key = chat_key(self.key_secret, chat_id)
        return await asyncio.to_thread(
            functools.partial(
                self.service.handle, key, event, address=f"tg:{chat_id}", update_id=update_id
            )
        )

    async def _reply(
        self,
        context: ContextTypes.DEFAULT_TYPE,
        chat_id: int,
        turn: Handled,
        *,
        tapped: Tapped | None = None,
    ) -> None:
        """Send a turn's replies, and leave answerable buttons on one message only.

        A press that only changed its own question updates that message's keyboard in place;
        otherwise the pressed message shows what was chosen and loses its buttons, and so
        does the message whose question the person answered by typing. Edits are best
        effort: Telegram refuses them on old or deleted messages, and the reply goes anyway.
        """
        key = chat_key(self.key_secret, chat_id)
        edits = KeyboardEdits(context.bot, chat_id, self.keyboards, self._call)
        live = await edits.live(key)
        if (
            tapped is not None
            and redraws(turn, tapped)
            and await edits.redraw(tapped, _inline(keyboard(turn.replies[-1])))
        ):
            await self._send(context, chat_id, turn, outgoing(turn.replies[:-1]))
            if live != tapped.message_id:
                taken, replaced = await edits.hand_over(key, live, tapped.message_id)
                if taken:
                    await edits.retire(replaced, keep=tapped.message_id)
            return
        newest = await self._send(context, chat_id, turn, outgoing(turn.replies))
        moves = newest is not None or turn.before != turn.after or turn.erased
        taken, replaced = True, live
        if moves:
            taken, replaced = await edits.hand_over(key, live, None if turn.erased else newest)
        if (
            tapped is not None
            and tapped.markup is not None
            and taken
            and replaced in (None, tapped.message_id)
        ):
            # Only a press on the question being asked answered it; an old button did not.
            # A press on a message that was no longer the live one (a double tap, a button
            # pressed before its buttons went, a press delivered again) finds its buttons
            # gone: whoever replaced it in the note took them off.
            answered = tapped.step == turn.before and not turn.replayed
            await edits.settle(tapped, turn.language if answered else "")
        if moves and taken:
            await edits.retire(replaced, keep=tapped.message_id if tapped else None)

    async def _send(
        self,
        context: ContextTypes.DEFAULT_TYPE,
        chat_id: int,
        turn: Handled,
        messages: list[Outgoing],
    ) -> int | None:
        """Send the messages; returns the last one that shows buttons to answer with."""
        bot = context.bot
        newest: int | None = None
        remove_keyboard = turn.before in PLACE_STEPS and turn.after not in PLACE_STEPS
        for message in messages:
            if message.venue is not None:
                await self._send_venue(context, chat_id, message.venue)
                continue
            markup: InlineKeyboardMarkup | ReplyKeyboardRemove | None = None
            if message.buttons:
                markup = _inline(message.buttons)
            elif remove_keyboard:
                markup, remove_keyboard = ReplyKeyboardRemove(), False
            sent = await self._call(
                chat_id,
                bot.send_message,
                chat_id,
                message.html,
                parse_mode=ParseMode.HTML,
                reply_markup=markup,
            )
            if any(b.data for row in message.buttons for b in row):
                newest = sent.message_id
            if message.ask_location:
                await self._offer_location(context, chat_id, turn.language)
        return newest

    async def _send_venue(
        self, context: ContextTypes.DEFAULT_TYPE, chat_id: int, venue: Reply
    ) -> None:
        """A program's place as a venue (a map pin with its name and address)."""
        if venue.latitude is None or venue.longitude is None:
            return
        await self._call(
            chat_id,
            context.bot.send_venue,
            chat_id,
            venue.latitude,
            venue.longitude,
            venue.title[:256] or "Program",
            venue.address[:256] or venue.title[:256],
        )

    async def _offer_location(
        self, context: ContextTypes.DEFAULT_TYPE, chat_id: int, language: str
    ) -> None:
        """The reply keyboard with a button that shares the person's location."""
        label = text("tg.share_location.button", language)
        share = ReplyKeyboardMarkup(
            [[KeyboardButton(label, request_location=True)]],
            resize_keyboard=True,
            one_time_keyboard=True,
        )
        await self._call(
            chat_id,
            context.bot.send_message,
            chat_id,
            text("tg.share_location", language),
            reply_markup=share,
        )

    async def _call(
        self, chat_id: int, method: Callable[..., Awaitable[T]], *args: Any, **kwargs: Any
    ) -> T:
        """Call the Bot API, pacing per chat and retrying flood limits, 5xx and timeouts.

        A reply is delayed, never dropped, while Telegram is slow or failing; a request the
        Bot API refuses outright (bad request, blocked by the user) is not retried.
        """
        delay = self.backoff
        for attempt in range(1, self.send_attempts + 1):
            await self.pacer.wait(chat_id)
            try:
                return await method(*args, **kwargs)
            except RetryAfter as error:
                wait = error.retry_after
                seconds = wait.total_seconds() if hasattr(wait, "total_seconds") else float(wait)
                log.warning("flood limit: waiting %.1f s", seconds)
                await asyncio.sleep(seconds)
            except (BadRequest, Forbidden):
                self.metrics.api_failures.labels(method=_method_name(method)).inc()
                raise
            except (TimedOut, NetworkError) as error:
                if attempt == self.send_attempts:
                    self.metrics.api_failures.labels(method=_method_name(method)).inc()
                    raise
                self.metrics.api_retries.labels(method=_method_name(method)).inc()
                log.warning(
                    "Bot API call failed (%s); retrying in %.1f s", type(error).__name__, delay
                )
                await asyncio.sleep(delay)
                delay = min(delay * 2, 8.0)
        raise TimedOut("the Bot API kept failing")

    async def on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Apologise and show the current question again; log the error without any text."""
        error = context.error
        log.error(
            "update failed: %s",
            type(error).__name__,
            exc_info=(type(error), error, error.__traceback__) if error else None,
        )
        if not isinstance(update, Update) or update.effective_chat is None:
            return
        chat_id = update.effective_chat.id
        if update.effective_chat.type != ChatType.PRIVATE:
            return
        try:
            turn = await self._advance(chat_id, UserInput.command("sorry"))
            await self._reply(context, chat_id, turn)
        except Exception as second:  # the database may be the thing that is down
            log.error("could not recover the conversation: %s", type(second).__name__)
            language = _language_of(update) or DEFAULT_LANGUAGE
            try:
                if update.callback_query is not None:
                    await self._answer_button(chat_id, update)
                await self._call(
                    chat_id, context.bot.send_message, chat_id, text("engine.try_again", language)
                )
            except Exception as third:
                log.error("could not apologise: %s", type(third).__name__)


def _kind_of(event: UserInput) -> str:
    """An update's kind for the metrics: text, button, command, location or other."""
    if event.kind == "text":
        return "text"
    if event.kind == "choice":
        return "button"
    if event.kind == "location":
        return "location"
    return "other" if event.text in ("non_text", "repeat") else "command"


def _method_name(method: Callable[..., Awaitable[object]]) -> str:
    """The Bot API method a bound call is (send_message, edit_message_text, …)."""
    return getattr(method, "__name__", "unknown")


def _language_of(update: Update) -> str:
    """The person's Telegram language when the bot speaks it, else ""."""
    user = update.effective_user
    code = (user.language_code or "")[:2].lower() if user is not None else ""
    return code if code in LANGUAGES else ""


def _inline(buttons: list[list[Button]]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[_button(b) for b in row] for row in buttons])


def _button(button: Button) -> InlineKeyboardButton:
    if button.url:
        return InlineKeyboardButton(button.text, url=button.url)
    return InlineKeyboardButton(button.text, callback_data=button.data)
