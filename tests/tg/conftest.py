"""Fixtures shared by the Telegram tests: the fake Bot API and the bot's handlers."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine

from bot.core.dialogue import Dialogue
from bot.tg.app import TelegramBot
from tests.services import a_telegram_bot
from tests.tg.fakeapi import TEST_TOKEN, FakeBotApi


@pytest.fixture(name="bot")
def bot_fixture(real_dialogue: Dialogue, engine: Engine) -> TelegramBot:
    """The bot's handlers, unpaced and quick to retry, over that database."""
    return a_telegram_bot(real_dialogue, engine)


@pytest.fixture(name="fake")
def fake_fixture() -> Iterator[FakeBotApi]:
    """The fake Bot API on loopback; the test fails if the bot broke one of Telegram's rules."""
    with FakeBotApi(TEST_TOKEN) as fake:
        yield fake
        fake.assert_no_violations()
