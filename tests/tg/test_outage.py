"""When things fail under the bot: an update delivered twice, and the database going away.

Telegram delivers an update again when a worker died before answering it; the database may be
unreachable for a moment (PostgreSQL restarting, SQLite locked by a long write). The person
must get an answer, the stored conversation must stay whole, and the bot must carry on by
itself once the database is back.
"""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager

import pytest
from sqlalchemy import Engine
from sqlalchemy.engine import make_url

from bot.core.conversation import Conversation
from bot.core.dialogue import Dialogue
from bot.storage.conversations import ConversationStore
from bot.storage.database import create_db_engine, create_schema
from bot.storage.keyboards import LiveKeyboardStore
from bot.tg.app import App, chat_key
from tests.databases import on_postgresql, unreachable
from tests.services import a_telegram_bot
from tests.tg.test_wiring import (
    CHAT,
    RecordingRequest,
    button_data,
    pressed,
    send,
    typed,
)

TRY_AGAIN = "Something went wrong on my side. Please try again in a moment."


@pytest.fixture(name="short_wait_url")
def short_wait_url_fixture(database_url: str) -> str:
    """The test database, where a write gives up after a fraction of a second (SQLite)."""
    return database_url if on_postgresql() else f"{database_url}?timeout=0.3"


@pytest.fixture(name="engine")
def engine_fixture(short_wait_url: str) -> Iterator[Engine]:
    engine = create_db_engine(short_wait_url)
    create_schema(engine)
    yield engine
    engine.dispose()


@pytest.fixture(name="app")
async def app_fixture(
    real_dialogue: Dialogue, engine: Engine, request_log: RecordingRequest
) -> AsyncIterator[App]:
    bot = a_telegram_bot(real_dialogue, engine)
    app = bot.application("1:offline", polling=False, request=request_log)
    async with app:
        yield app


@pytest.fixture(name="request_log")
def request_log_fixture() -> RecordingRequest:
    return RecordingRequest()


def stored(engine: Engine) -> Conversation | None:
    return ConversationStore(engine).load(chat_key(b"test", CHAT)).conversation


@contextmanager
def database_outage(engine: Engine) -> Iterator[None]:
    """The database cannot be written for a while: PostgreSQL refuses it, SQLite is locked."""
    if on_postgresql():
        with unreachable(str(engine.url)):
            yield
        return
    database = make_url(str(engine.url)).database
    assert database
    holder = sqlite3.connect(database, timeout=5)
    holder.execute("BEGIN EXCLUSIVE")  # a long write by someone else
    try:
        yield
    finally:
        holder.rollback()
        holder.close()


async def test_an_update_delivered_twice_is_answered_but_applied_once(
    app: App, engine: Engine, request_log: RecordingRequest
) -> None:
    for words in ("/start", "1"):
        await send(app, typed(words))
    answer = typed("for my son")
    await send(app, answer)
    after_first = stored(engine)
    question = request_log.sent()[-1]["text"]

    await send(app, answer)  # the same update again: its first worker died, say

    after_second = stored(engine)
    assert after_second is not None
    assert after_first is not None
    assert after_second.position.step == after_first.position.step
    assert after_second.answers == after_first.answers
    again = request_log.sent()[-1]["text"]
    assert "in danger right now?" in again
    assert question.endswith(again)  # the question it is at, without the family's preface
    assert all("didn't" not in m["text"] for m in request_log.sent())


async def test_a_database_outage_gets_try_again_and_the_bot_recovers_by_itself(
    app: App, engine: Engine, request_log: RecordingRequest
) -> None:
    for words in ("/start", "1", "for me"):
        await send(app, typed(words))
    before = stored(engine)
    assert before is not None

    with database_outage(engine):
        await send(app, typed("no"))
        assert request_log.sent()[-1]["text"] == TRY_AGAIN

    assert stored(engine) == before  # nothing half-written
    await send(app, typed("no"))  # the person tries again
    state = stored(engine)
    assert state is not None
    assert state.position.step != before.position.step
    assert "substances" in request_log.sent()[-1]["text"]


async def test_a_spanish_speaker_is_told_to_try_again_in_spanish(
    app: App, engine: Engine, request_log: RecordingRequest
) -> None:
    await send(app, typed("/start"))
    spanish = typed("hola")
    spanish["message"]["from"]["language_code"] = "es-MX"

    with database_outage(engine):
        await send(app, spanish)

    assert "inténtelo de nuevo" in request_log.sent()[-1]["text"]


WELCOME = 101  # the first message sent (the recording numbers them from 101)


@asynccontextmanager
async def welcomed(
    dialogue: Dialogue,
    engine: Engine,
    keyboards: LiveKeyboardStore,
    request_log: RecordingRequest,
) -> AsyncIterator[App]:
    """A bot noting live buttons in ``keyboards``, after /start: the welcome is WELCOME."""
    bot = a_telegram_bot(dialogue, engine, keyboards=keyboards)
    async with bot.application("1:offline", polling=False, request=request_log) as app:
        await send(app, typed("/start"))
        assert "v1|welcome|quick" in button_data(request_log.sent()[0])
        assert keyboards.get(chat_key(b"test", CHAT)) == WELCOME
        yield app


class _DiesBeforeNoting(LiveKeyboardStore):
    """The live-buttons note of a worker killed after its replies, before it wrote the note."""

    lose_next = False

    def swap(self, key: str, expected: int | None, message_id: int | None) -> bool:
        if self.lose_next:
            self.lose_next = False
            raise ConnectionError("the worker is gone")
        return super().swap(key, expected, message_id)


async def test_a_button_press_delivered_twice_edits_the_pressed_message_once(
    real_dialogue: Dialogue, engine: Engine, request_log: RecordingRequest
) -> None:
    keyboards = _DiesBeforeNoting(engine)
    async with welcomed(real_dialogue, engine, keyboards, request_log) as app:
        keyboards.lose_next = True
        press = pressed("v1|welcome|quick", WELCOME)

        await send(app, press)
        await send(app, press)  # its first worker died before noting: delivered again

    edited = [
        (method, params)
        for method, params in request_log.calls
        if method.startswith("editMessage") and int(params["message_id"]) == WELCOME
    ]
    # The first delivery could not hand the live buttons over, so it left the message alone;
    # the second took it over and took its buttons off. Never twice.
    assert [method for method, _ in edited] == ["editMessageReplyMarkup"]
    assert "reply_markup" not in edited[0][1]
    assert len(request_log.sent("answerCallbackQuery")) == 1
    where = [m["text"] for m in request_log.sent() if m["text"].startswith("Where should I look?")]
    assert len(where) == 2  # the question, and again after the second delivery


class _ReadBeforeAReminder(LiveKeyboardStore):
    """The note as one worker read it just before a reminder on another worker replaced it."""

    stale: int | None = None

    def get(self, key: str) -> int | None:
        if self.stale is not None:
            read, self.stale = self.stale, None
            super().swap(key, read, 555)  # the reminder, message 555, replaces it meanwhile
            return read
        return super().get(key)


async def test_a_reminder_at_the_same_moment_leaves_each_message_to_be_edited_once(
    real_dialogue: Dialogue, engine: Engine, request_log: RecordingRequest
) -> None:
    keyboards = _ReadBeforeAReminder(engine)
    async with welcomed(real_dialogue, engine, keyboards, request_log) as app:
        keyboards.stale = WELCOME  # the reminder's worker takes the welcome's buttons off

        await send(app, typed("1"))

    edited = [int(p["message_id"]) for m, p in request_log.calls if m.startswith("editMessage")]
    assert edited == [555]  # the reminder's message, which this update replaced; not the welcome
    assert keyboards.get(chat_key(b"test", CHAT)) not in (None, WELCOME, 555)  # the question
