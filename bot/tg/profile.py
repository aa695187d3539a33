"""The bot's profile in each language it speaks: the command menu, the description an empty
chat shows and the short one of its profile page, all from the text catalog.

Set at start-up in polling and webhook mode alike; Telegram refusing one is logged and the bot
runs on (people can still talk to it, only the profile is out of date).
"""

from __future__ import annotations

import logging
from collections.abc import Coroutine
from typing import Any

from telegram import Bot, BotCommand
from telegram.constants import BotCommandLimit, BotDescriptionLimit
from telegram.error import TelegramError

from bot.core.texts import DEFAULT_LANGUAGE, LANGUAGES, text

log = logging.getLogger(__name__)

COMMANDS = (
    "start", "saved", "reminders", "help", "back", "restart", "crisis", "about", "privacy",
    "language", "delete",
)  # fmt: skip
MAX_DESCRIPTION = int(BotDescriptionLimit.MAX_DESCRIPTION_LENGTH)  # 512 characters
MAX_SHORT_DESCRIPTION = int(BotDescriptionLimit.MAX_SHORT_DESCRIPTION_LENGTH)  # 120
MAX_COMMAND_DESCRIPTION = int(BotCommandLimit.MAX_DESCRIPTION)  # 256


def commands(language: str) -> list[BotCommand]:
    """The command menu in one language."""
    return [BotCommand(name, text(f"tg.command.{name}", language)) for name in COMMANDS]


def description(language: str) -> str:
    """What the bot does, shown in an empty chat before /start."""
    return text("tg.description", language)


def short_description(language: str) -> str:
    """One line on the bot's profile page and under shared links to it."""
    return text("tg.short_description", language)


async def set_profile(bot: Bot) -> None:
    """Set the menu and both descriptions for every language; the default ones (for anyone
    whose Telegram is in another language) are the catalog's default language."""
    for language in LANGUAGES:
        code = None if language == DEFAULT_LANGUAGE else language
        settings: tuple[tuple[str, Coroutine[Any, Any, bool]], ...] = (
            ("commands", bot.set_my_commands(commands(language), language_code=code)),
            ("description", bot.set_my_description(description(language), language_code=code)),
            (
                "short description",
                bot.set_my_short_description(short_description(language), language_code=code),
            ),
        )
        for what, call in settings:
            try:
                await call
            except TelegramError as error:
                log.warning(
                    "the bot's %s (%s) could not be set: %s", what, language, type(error).__name__
                )
