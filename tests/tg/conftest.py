"""Fixtures shared by the Telegram tests: a database and the bot's handlers over it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine

from bot.core.dialogue import Dialogue
from bot.storage.conversations import ConversationStore
from bot.storage.database import create_db_engine, create_schema
from bot.tg.app import ChatPacer, TelegramBot


@pytest.fixture(name="engine")
def engine_fixture(database_url: str) -> Iterator[Engine]:
    """A fresh database with every table."""
    engine = create_db_engine(database_url)
    create_schema(engine)
    yield engine
    engine.dispose()


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
