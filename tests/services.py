"""Test builders for the service every adapter uses, over a real database."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine

from bot.core.dialogue import Dialogue
from bot.service import ConversationService, ReportCounts
from bot.storage.conversations import ConversationStore, ReminderQueue, report_counts
from bot.storage.keyboards import LiveKeyboardStore
from bot.tg.app import ChatPacer, TelegramBot


def a_service(
    dialogue: Dialogue,
    engine: Engine,
    *,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    reminders: bool = False,
) -> ConversationService:
    """The conversation service over a database (with its reminder queue when asked)."""
    return ConversationService(
        dialogue,
        ConversationStore(engine),
        clock=clock,
        reminders=ReminderQueue(engine) if reminders else None,
        reports=ReportCounts(lambda: report_counts(engine)),
    )


def a_telegram_bot(
    dialogue: Dialogue,
    engine: Engine,
    *,
    key_secret: bytes = b"test",
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    reminders: bool = False,
    **options: Any,
) -> TelegramBot:
    """The Telegram handlers, unpaced and quick to retry unless told otherwise."""
    options.setdefault("pacer", ChatPacer(per_second=0))
    options.setdefault("backoff", 0.05)
    options.setdefault("keyboards", LiveKeyboardStore(engine))
    service = a_service(dialogue, engine, clock=clock, reminders=reminders)
    return TelegramBot(service, key_secret=key_secret, **options)
