"""Fixtures shared by the Telegram tests: the fake Bot API and the bot's handlers."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine

from bot.core.dialogue import Dialogue
from bot.storage.conversations import ConversationStore
from bot.tg.app import ChatPacer, TelegramBot
from tests.tg.fakeapi import TEST_TOKEN, FakeBotApi


@pytest.fixture(name="bot")
def bot_fixture(real_dialogue: Dialogue, engine: Engine) -> TelegramBot:
    """The bot's handlers, unpaced and quick to retry, over that database."""
    return TelegramBot(
        real_dialogue,
        ConversationStore(engine),
        key_secret=b"test",
        pacer=ChatPacer(per_second=0),
        backoff=0.05,
    )


@pytest.fixture(name="fake")
def fake_fixture() -> Iterator[FakeBotApi]:
    """The fake Bot API on loopback; the test fails if the bot broke one of Telegram's rules."""
    with FakeBotApi(TEST_TOKEN) as fake:
        yield fake
        fake.assert_no_violations()
