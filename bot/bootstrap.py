"""The composition root: settings → database → catalog → engine → service → adapters.

The only module that knows every layer; the command line (bot.__main__) calls it.
"""

from __future__ import annotations

import asyncio
import sys
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from bot.config import Settings
from bot.core.catalog import InMemoryCatalog
from bot.core.crisis import warm_up
from bot.core.dialogue import Dialogue
from bot.core.location import Gazetteer
from bot.core.ports import ShareLinks
from bot.service import ConversationService, ReportCounts

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from bot.metrics import Metrics
    from bot.tg.app import App, TelegramBot


@dataclass(frozen=True, slots=True)
class Directory:
    """The programs and the places, held in memory for one process."""

    catalog: InMemoryCatalog
    gazetteer: Gazetteer


def open_directory(settings: Settings) -> Directory:
    """Bring the database in step with the shipped data, then hold it in memory."""
    from bot.storage import gazetteer
    from bot.storage.database import (
        create_db_engine,
        load_catalog,
        read_zip_areas,
        sync_directory,
        sync_zip_areas,
    )

    engine = create_db_engine(settings.database_url)
    try:
        sync_directory(
            engine, programs_csv=settings.programs_csv, codes_csv=settings.service_codes_csv
        )
        sync_zip_areas(
            engine, fingerprint=gazetteer.package_fingerprint(), load=gazetteer.load_zip_areas
        )
        return Directory(load_catalog(engine), Gazetteer(read_zip_areas(engine)))
    finally:
        engine.dispose()


def open_dialogue(
    directory: Directory,
    settings: Settings,
    *,
    reports: ReportCounts | None = None,
    links: ShareLinks | None = None,
) -> Dialogue:
    """The conversation engine over the validated flows and the directory."""
    from flows import ALL_FLOWS

    return Dialogue(
        ALL_FLOWS,
        directory.catalog,
        directory.gazetteer,
        reports=reports,
        links=links,
        keep_days=settings.purge_days,
    )


def open_service(
    directory: Directory, settings: Settings, *, links: ShareLinks | None = None
) -> tuple[ConversationService, Engine]:
    """The conversation service over a migrated database (the caller disposes the engine)."""
    from bot.storage.conversations import ConversationStore, ReminderQueue, report_counts
    from bot.storage.database import create_db_engine, create_schema

    engine = create_db_engine(settings.database_url)
    create_schema(engine)
    reports = ReportCounts(lambda: report_counts(engine))
    service = ConversationService(
        open_dialogue(directory, settings, reports=reports, links=links),
        ConversationStore(engine),
        clock=lambda: datetime.now(UTC),
        reminders=ReminderQueue(engine),
        reports=reports,
    )
    return service, engine


def build_telegram(settings: Settings) -> tuple[TelegramBot, Engine]:
    """The Telegram handlers over the service, the directory and the database."""
    from bot.storage.keyboards import LiveKeyboardStore
    from bot.tg.app import ChatPacer, TelegramBot, TelegramLinks

    links = TelegramLinks()
    service, engine = open_service(open_directory(settings), settings, links=links)
    bot = TelegramBot(
        service,
        key_secret=settings.key_secret,
        keyboards=LiveKeyboardStore(engine),
        links=links,
        pacer=ChatPacer(settings.chat_messages_per_second),
        purge_after=timedelta(days=settings.purge_days),
        reminder_interval=settings.reminder_check_seconds,
    )
    return bot, engine


def check_token(settings: Settings) -> str:
    """An empty string when the Bot API accepts the token, else one line saying why not."""
    from telegram import Bot
    from telegram.error import InvalidToken, NetworkError, TelegramError

    if not settings.token:
        return "TELEGRAM_BOT_TOKEN is not set: put it in the environment or in a .env file."

    async def ask() -> str:
        base_url = settings.telegram_api_base_url or "https://api.telegram.org/bot"
        try:
            async with Bot(settings.token, base_url=base_url) as bot:
                await bot.get_me()
        except InvalidToken:
            return "Telegram rejected the token in TELEGRAM_BOT_TOKEN: check it with @BotFather."
        except NetworkError as error:
            return f"Could not reach the Telegram Bot API ({type(error).__name__})."
        except TelegramError as error:
            return f"The Telegram Bot API refused to start ({type(error).__name__})."
        return ""

    return asyncio.run(ask())


def start_telegram(settings: Settings, *, polling: bool) -> tuple[App, Engine, Metrics] | None:
    """The bot's Application, its database and its metrics, once the token is accepted; None
    after saying why not."""
    problem = check_token(settings)
    if problem:
        print(problem, file=sys.stderr)
        return None
    bot, engine = build_telegram(settings)
    warm_up()  # the crisis layer's weights, before the first person writes
    app = bot.application(settings.token, base_url=settings.telegram_api_base_url, polling=polling)
    return app, engine, bot.metrics
