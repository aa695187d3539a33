"""Logging as an operator reads it: a level and a format from the settings, timestamps, and
nothing a person typed (users' messages never reach a log line; the token never does either).

``IOP_LOG_LEVEL`` (default INFO for the bot's workers, WARNING for terminal commands) and
``IOP_LOG_FORMAT`` (``text`` or ``json``, one object a line for log shippers). Libraries that
log request URLs (which hold the bot's token) stay at WARNING; those that log every migration
step or request, unless the level is DEBUG.
"""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime

from bot.config import Settings

TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
# Request URLs hold the bot's token: these stay at WARNING whatever the level.
TOKEN_IN_URLS = ("httpx", "httpcore", "telegram.request")
# Every migration step and every request: at WARNING unless the level is DEBUG.
CHATTY = ("alembic", "sqlalchemy", "tornado.access")


class JsonFormatter(logging.Formatter):
    """One JSON object a line: time (UTC, ISO 8601), level, logger, message, and the error."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info:
            entry["error"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


def configure_logging(settings: Settings, *, service: bool = False) -> None:
    """Set the root logger's level and format from the settings (once, at start-up); with no
    level set, INFO for a ``service`` (a worker) and WARNING for a terminal command."""
    level = settings.log_level or ("INFO" if service else "WARNING")
    handler = logging.StreamHandler(sys.stderr)
    if settings.log_format == "json":
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter(TEXT_FORMAT))
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    for name in TOKEN_IN_URLS:
        logging.getLogger(name).setLevel(logging.WARNING)
    for name in CHATTY:
        logging.getLogger(name).setLevel(logging.DEBUG if level == "DEBUG" else logging.WARNING)
