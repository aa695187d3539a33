"""Whole conversations through the real Application against the strict fake Bot API.

Polling and webhook mode, buttons, multi-select toggles, locations, stale buttons, media,
deep links, long lists and Bot API faults; after every test the fake must have refused
nothing (4,096 characters, 64-byte callbacks, valid HTML and keyboards, real messages only).
"""

from __future__ import annotations

import asyncio
import logging
import socket
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

import httpx
import pytest
from sqlalchemy import Engine

from bot.core.dialogue import Dialogue
from bot.tg.app import App, TelegramBot
from bot.tg.webhook import serve
from tests.services import a_telegram_bot
from tests.tg.fakeapi import TEST_TOKEN, ChatMessage, FakeBotApi, Keyboard

CHAT = 777001


@asynccontextmanager
async def running(bot: TelegramBot, fake: FakeBotApi) -> AsyncIterator[App]:
    """The bot polling the fake, as `iop-bot run` does."""
    app = bot.application(TEST_TOKEN, base_url=fake.base_url, polling=True)
    await app.initialize()
    await bot.on_startup(app)
    await app.start()
    assert app.updater is not None
    await app.updater.start_polling(poll_interval=0.0, timeout=1)
    try:
        yield app
    finally:
        await app.updater.stop()
        await app.stop()
        await app.shutdown()


@pytest.fixture(name="polling")
async def polling_fixture(fake: FakeBotApi, bot: TelegramBot) -> AsyncIterator[App]:
    async with running(bot, fake) as app:
        yield app


class Chat:
    """One person talking to the bot through the fake Bot API."""

    def __init__(self, fake: FakeBotApi, chat_id: int = CHAT) -> None:
        self.fake = fake
        self.chat_id = chat_id

    async def _settle(self, before: int, requests: int) -> list[ChatMessage]:
        # Every message and press gets at least one request about the chat (a message, an
        # edit). Until the first, the bot may still be reading the update on a busy machine,
        # with nothing in flight: the fake would look idle too soon.
        await self.fake.wait_for_async(
            lambda: self._requests() > requests, timeout=20, what="the bot to answer"
        )
        await self.fake.wait_idle_async(timeout=20)
        return self.fake.messages(self.chat_id)[before:]

    def _count(self) -> int:
        return len(self.fake.messages(self.chat_id))

    def _requests(self) -> int:
        chat = str(self.chat_id)
        return sum(str(call.params.get("chat_id")) == chat for call in self.fake.calls())

    async def say(self, text: str) -> list[ChatMessage]:
        before, requests = self._count(), self._requests()
        if text.startswith("/"):
            command, _, args = text.partition(" ")
            self.fake.user_command(self.chat_id, command, args)
        else:
            self.fake.user_text(self.chat_id, text)
        return await self._settle(before, requests)

    async def press(self, label: str) -> list[ChatMessage]:
        before, requests = self._count(), self._requests()
        self.fake.user_press_button(self.chat_id, label)
        return await self._settle(before, requests)

    async def share_location(self, latitude: float, longitude: float) -> list[ChatMessage]:
        before, requests = self._count(), self._requests()
        self.fake.user_location(self.chat_id, latitude, longitude)
        return await self._settle(before, requests)

    def buttons(self) -> list[str]:
        keyboard = self.fake.last_keyboard(self.chat_id)
        return keyboard.texts if keyboard else []

    def asked(self) -> Keyboard:
        """The newest message with buttons (there must be one)."""
        keyboard = self.fake.last_keyboard(self.chat_id)
        assert keyboard is not None, "no message with buttons"
        return keyboard


def joined(messages: list[ChatMessage]) -> str:
    return "\n".join(m.text or "" for m in messages)


def shown(fake: FakeBotApi, message_id: int, chat_id: int = CHAT) -> ChatMessage:
    """A bot message as the person sees it now."""
    return next(m for m in fake.messages(chat_id) if m.message_id == message_id)


def a_button(chat: Chat, starting: str) -> str:
    return next(label for label in chat.buttons() if label.startswith(starting))


@pytest.mark.usefixtures("polling")
async def test_the_quick_path_finds_a_real_pittsburgh_iop_and_prepares_the_call(
    fake: FakeBotApi,
) -> None:
    chat = Chat(fake)
    welcome = await chat.say("/start")
    assert "intensive outpatient program" in joined(welcome)
    assert [c["command"] for c in fake.commands()][:3] == ["start", "saved", "reminders"]

    await chat.press("Just show me programs near me")
    assert fake.reply_keyboard(CHAT) is not None  # "share my location" is offered

    results = await chat.say("15217")
    assert "Gateway Rehab" in joined(results)
    assert "Listed by SAMHSA" in joined(results)

    details = await chat.press(a_button(chat, "Details: 1."))
    assert any(m.kind == "venue" for m in details)
    assert "Intake:" in joined(details)

    plan = await chat.press("Questions to ask & call script")
    assert "What to say first" in joined(plan)
    assert fake.unanswered_callbacks() == []


@pytest.mark.usefixtures("polling")
async def test_a_family_member_ticks_options_and_a_crisis_mid_flow_comes_first(
    fake: FakeBotApi,
) -> None:
    chat = Chat(fake)
    await chat.say("/start family")
    await chat.press("No, no one is in danger right now")
    shown = len(fake.messages(CHAT))

    await chat.press("▫️ Alcohol")
    await chat.press("▫️ Opioids (heroin, fentanyl, pain pills)")

    assert len(fake.messages(CHAT)) == shown  # ticks redraw the same message
    assert "✅ Alcohol" in chat.buttons()
    assert "✅ Opioids (heroin, fentanyl, pain pills)" in chat.buttons()
    after_done = await chat.press("Done")
    assert "withdrawal for them" in joined(after_done)

    crisis = await chat.say("my son said he wants to die")
    assert "988" in (crisis[0].text or "")
    assert "withdrawal for them" in (crisis[-1].text or "")


@pytest.mark.usefixtures("polling")
async def test_a_shared_location_leads_to_nearby_programs(fake: FakeBotApi) -> None:
    chat = Chat(fake)
    await chat.say("/start")
    await chat.press("Just show me programs near me")

    results = await chat.share_location(40.4406, -79.9959)

    assert "IOPs within 25 miles" in joined(results)


@pytest.mark.usefixtures("polling")
async def test_an_old_button_says_the_conversation_moved_on(fake: FakeBotApi) -> None:
    chat = Chat(fake)
    await chat.say("/start")
    await chat.press("Help me find the right program (a few questions)")
    question = chat.asked()
    await chat.press("For me")
    assert shown(fake, question.message_id).buttons == []  # answered: no buttons linger

    # A button still on a phone's screen (from before this release, or where an edit failed).
    before, requests = len(fake.messages(CHAT)), chat._requests()
    fake.user_press(
        CHAT,
        question.message_id,
        question.callback_data("For someone I care about"),
        check=False,
    )
    old = await chat._settle(before, requests)

    assert "earlier question" in joined(old)
    assert "No, no one is in danger right now" in chat.buttons()
    assert fake.unanswered_callbacks() == []


@pytest.mark.parametrize("media", ["sticker", "photo", "voice", "document"])
@pytest.mark.usefixtures("polling")
async def test_media_gets_a_short_answer_and_the_question_again(
    fake: FakeBotApi, media: str
) -> None:
    chat = Chat(fake)
    await chat.say("/start")
    before = len(fake.messages(CHAT))

    getattr(fake, f"user_{media}")(CHAT)
    await fake.wait_idle_async(timeout=20)

    answer = fake.messages(CHAT)[before:]
    assert "only read text" in joined(answer)
    assert "Just show me programs near me" in chat.buttons()


@pytest.mark.usefixtures("polling")
async def test_a_group_message_is_answered_without_a_conversation(fake: FakeBotApi) -> None:
    fake.group_text(-100123, CHAT, "hello bot")
    await fake.wait_idle_async(timeout=20)

    assert "private chats" in joined(fake.messages(-100123))


@pytest.mark.usefixtures("polling")
async def test_a_zip_deep_link_opens_the_results(fake: FakeBotApi) -> None:
    results = await Chat(fake).say("/start zip_02127")

    assert "IOPs within 25 miles of 02127" in joined(results)


@pytest.mark.usefixtures("polling")
async def test_a_long_list_pages_through_and_every_message_fits(fake: FakeBotApi) -> None:
    chat = Chat(fake)
    await chat.say("/start zip_10001")
    pages = 0
    while "More programs" in chat.buttons() and pages < 6:
        await chat.press("More programs")
        pages += 1

    assert pages == 6
    texts = [m.text or "" for m in fake.messages(CHAT)]
    assert max(len(t) for t in texts) <= 4096


@pytest.mark.parametrize("fault", ["429", "500", "drop", "slow"])
@pytest.mark.usefixtures("polling")
async def test_replies_are_delayed_not_lost_when_the_bot_api_fails(
    fake: FakeBotApi, fault: str
) -> None:
    fake.fail_next("sendMessage", fault, count=2, retry_after=1, delay=0.5)  # type: ignore[arg-type]

    fake.user_command(CHAT, "/start")

    def welcomes() -> list[ChatMessage]:
        return [m for m in fake.messages(CHAT) if "intensive outpatient" in (m.text or "")]

    await fake.wait_for_async(welcomes, timeout=30)
    await fake.wait_idle_async(timeout=20)
    assert len(welcomes()) == 1


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def test_webhook_mode_runs_a_conversation_and_refuses_requests_without_the_secret(
    fake: FakeBotApi, bot: TelegramBot
) -> None:
    port = free_port()
    app = bot.application(TEST_TOKEN, base_url=fake.base_url, polling=False)
    stop = asyncio.Event()
    url = f"http://127.0.0.1:{port}/telegram"
    worker = asyncio.create_task(
        serve(
            app,
            listen="127.0.0.1",
            port=port,
            path="telegram",
            secret="s3cret",
            public_url=url,
            stop=stop,
        )
    )
    try:
        await fake.wait_for_async(lambda: fake.calls("setWebhook"), timeout=20)
        chat = Chat(fake)
        await chat.say("/start")
        results = await chat.press("Just show me programs near me")
        results = await chat.say("Boston, MA")
        assert "IOPs within 25 miles of Boston, MA" in joined(results)
        async with httpx.AsyncClient() as client:
            forged = await client.post(url, json={"update_id": 1})
            wrong = await client.post(
                url,
                json={"update_id": 1},
                headers={"X-Telegram-Bot-Api-Secret-Token": "guess"},
            )
            health = await client.get(f"http://127.0.0.1:{port}/healthz")
        assert (forged.status_code, wrong.status_code, health.status_code) == (403, 403, 200)
    finally:
        stop.set()
        await worker


class Clock:
    """A clock the test moves forward."""

    def __init__(self) -> None:
        self.now = datetime(2026, 11, 26, 15, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


async def test_a_reminder_set_in_the_chat_arrives_once_when_it_is_due(
    fake: FakeBotApi, real_dialogue: Dialogue, engine: Engine
) -> None:
    clock = Clock()
    bot = a_telegram_bot(
        real_dialogue, engine, clock=clock, reminders=True, reminder_interval=3600
    )
    app = bot.application(TEST_TOKEN, base_url=fake.base_url, polling=True)
    await app.initialize()
    await app.start()
    assert app.updater is not None
    await app.updater.start_polling(poll_interval=0.0, timeout=1)
    try:
        chat = Chat(fake)
        await chat.say("/start zip_15217")
        await chat.press("☆ Save 1")
        await chat.say("/saved")
        await chat.press(a_button(chat, "Open: "))
        await chat.press("Remind me to call")
        confirmation = await chat.press("In 1 hour")
        expected = "I'll remind you on Thursday, November 26, 11:00 AM (Eastern)"
        assert expected in joined(confirmation)

        context = SimpleNamespace(bot=app.bot)
        await bot.deliver_reminders(context)  # type: ignore[arg-type]
        assert not [m for m in fake.messages(CHAT) if "⏰" in (m.text or "")]  # not yet due

        clock.now += timedelta(hours=2)
        await bot.deliver_reminders(context)  # type: ignore[arg-type]
        await bot.deliver_reminders(context)  # type: ignore[arg-type]
        await fake.wait_idle_async(timeout=20)
        reminders = [m for m in fake.messages(CHAT) if "⏰ Reminder: call" in (m.text or "")]
        assert len(reminders) == 1
    finally:
        await app.updater.stop()
        await app.stop()
        await app.shutdown()


@pytest.mark.usefixtures("polling")
async def test_a_whole_conversation_leaves_nothing_the_person_typed_in_the_logs(
    fake: FakeBotApi, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    caplog.set_level(logging.DEBUG, logger="bot")
    typed = [
        "/start",
        "1",
        "my brother Carlos needs help",
        "no",
        "fentanyl and xanax",
        "he is still using",
        "yes",
        "yes",
        "yes",
        "Pittsburg Pennsylvania",
    ]
    chat = Chat(fake)
    for words in typed:
        await chat.say(words)
    fake.fail_next("sendMessage", "500")
    await chat.say("he has medicaid through his job")

    logged = "\n".join(r.getMessage() for r in caplog.records)
    distinctive = [w for w in typed if len(w) > 5] + ["Carlos", "medicaid through his job"]
    assert any(
        "update failed" in r.getMessage() or "retrying" in r.getMessage() for r in caplog.records
    )  # the failure itself was logged…
    for words in distinctive:
        assert words.lower() not in logged.lower()  # …but nothing the person wrote


@pytest.mark.usefixtures("polling")
async def test_the_token_never_reaches_the_logs(
    fake: FakeBotApi, caplog: pytest.LogCaptureFixture
) -> None:
    from bot.__main__ import quiet_http_logs

    caplog.set_level(logging.INFO)
    quiet_http_logs()
    fake.fail_next("sendMessage", "500")

    await Chat(fake).say("/start")

    secret_part = TEST_TOKEN.split(":", 1)[1]
    assert all(secret_part not in r.getMessage() for r in caplog.records)


@pytest.mark.usefixtures("polling")
async def test_a_forged_button_cannot_reach_another_chats_saved_list(fake: FakeBotApi) -> None:
    owner, stranger = Chat(fake, 777100), Chat(fake, 777200)
    await owner.say("/start zip_15217")
    await owner.press("☆ Save 1")
    await stranger.say("/start")
    keyboard = fake.last_keyboard(owner.chat_id)
    assert keyboard is not None

    saved_program = next(
        str(b.callback_data)
        for b in keyboard.buttons
        if (b.callback_data or "").startswith("v1|results|details:")
    )
    opened = saved_program.replace("v1|results|details:", "v1|saved|open:")
    fake.user_press(
        stranger.chat_id, fake.messages(stranger.chat_id)[-1].message_id, opened, check=False
    )
    await fake.wait_idle_async(timeout=20)

    seen = joined(fake.messages(stranger.chat_id))
    assert "Status:" not in seen  # the stranger never sees the owner's saved entry
    assert "Questions answered" not in seen
