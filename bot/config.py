"""Typed settings, read once at start-up from the environment and a .env file (the environment
wins), and validated there: a value that cannot be used stops the program with one line naming
the variable (:func:`problem_of`), never a silent fallback to a default.

Every setting, its variable and its default is a field of :class:`Settings`; README
"Configuration" lists them. Secrets (the bot's token, the webhook secret, the state secret) are
``SecretStr``: they print as ``**********`` in a repr, a log line or an error.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent
# FindTreatment.gov's JSON locator API, read by `iop-bot data refresh`.
FINDTREATMENT_API_URL = "https://findtreatment.gov/locator/exportsAsJson/v2"
DEFAULT_DATABASE_URL = f"sqlite:///{PROJECT_ROOT / 'var' / 'iop-finder.sqlite3'}"
# What Telegram accepts as a webhook's secret token.
SECRET_TOKEN = re.compile(r"[A-Za-z0-9_-]{1,256}")
LogLevel = Literal["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"]
LogFormat = Literal["text", "json"]


class Settings(BaseSettings):
    """Where the data and the database are, how to reach Telegram, and how to log."""

    model_config = SettingsConfigDict(
        frozen=True,
        extra="ignore",
        env_ignore_empty=True,  # "KEY=" means the default, as it always has here
        validate_by_name=True,
        validate_by_alias=True,
    )

    data_dir: Path = Field(PROJECT_ROOT / "data", alias="IOP_DATA_DIR")
    database_url: str = Field(DEFAULT_DATABASE_URL, alias="DATABASE_URL")
    telegram_token: SecretStr = Field(SecretStr(""), alias="TELEGRAM_BOT_TOKEN")
    telegram_api_base_url: str = Field("", alias="TELEGRAM_API_BASE_URL")
    webhook_secret: SecretStr = Field(SecretStr(""), alias="TELEGRAM_WEBHOOK_SECRET")
    webhook_url: str = Field("", alias="TELEGRAM_WEBHOOK_URL")
    state_secret: SecretStr = Field(SecretStr(""), alias="IOP_STATE_SECRET")
    # 0 turns the pacing off (the tests of whole conversations do).
    chat_messages_per_second: float = Field(1.0, ge=0, le=30, alias="IOP_CHAT_MESSAGES_PER_SECOND")
    purge_days: int = Field(30, ge=1, alias="IOP_PURGE_DAYS")
    reminder_check_seconds: float = Field(15.0, ge=0.5, le=300, alias="IOP_REMINDER_CHECK_SECONDS")
    findtreatment_api_url: str = Field(FINDTREATMENT_API_URL, alias="IOP_FINDTREATMENT_URL")
    # Unset: INFO for the bot's workers, WARNING for the commands people run in a terminal
    # (their output, piped or not, stays as it is).
    log_level: LogLevel | None = Field(None, alias="IOP_LOG_LEVEL")
    log_format: LogFormat = Field("text", alias="IOP_LOG_FORMAT")

    @field_validator("*", mode="before")
    @classmethod
    def _trimmed(cls, value: Any) -> Any:
        """Spaces around a value typed in a .env file are not part of it."""
        return value.strip() if isinstance(value, str) else value

    @field_validator("log_level", "log_format", mode="before")
    @classmethod
    def _any_case(cls, value: Any) -> Any:
        """`info` is `INFO`; `JSON` is `json`."""
        if not isinstance(value, str):
            return value
        levels = ("debug", "info", "warning", "error", "critical")
        return value.upper() if value.lower() in levels else value.lower()

    @field_validator("webhook_secret")
    @classmethod
    def _telegram_accepts(cls, value: SecretStr) -> SecretStr:
        """Telegram takes 1 to 256 of A-Z a-z 0-9 _ - as a secret token."""
        secret = value.get_secret_value()
        if secret and not SECRET_TOKEN.fullmatch(secret):
            raise ValueError("must be 1-256 of A-Z a-z 0-9 _ -")
        return value

    @field_validator("webhook_url")
    @classmethod
    def _an_address(cls, value: str) -> str:
        """The address Telegram posts to: a whole http(s) URL (https for Telegram's own
        servers; a self-hosted Bot API server also posts over http)."""
        if value and not is_webhook_url(value):
            raise ValueError("must be the whole address Telegram posts to, as https://host/path")
        return value

    @property
    def token(self) -> str:
        """The bot's token, for the one call that needs it in clear."""
        return self.telegram_token.get_secret_value()

    @property
    def programs_csv(self) -> Path:
        """The shipped directory of programs."""
        return self.data_dir / "programs.csv"

    @property
    def service_codes_csv(self) -> Path:
        """The shipped table of SAMHSA service codes."""
        return self.data_dir / "service_codes.csv"

    @property
    def key_secret(self) -> bytes:
        """The key that turns chat ids into stored keys (from the token unless set)."""
        seed = self.state_secret.get_secret_value() or f"iop-finder:{self.token}"
        return hashlib.sha256(seed.encode("utf-8")).digest()


def is_webhook_url(url: str) -> bool:
    """Whether a webhook address is a whole http(s) URL with a host, a path and no spaces."""
    try:
        parts = urlsplit(url)
        _ = parts.port  # a port that is not a number raises
    except ValueError:
        return False
    return (
        parts.scheme in ("https", "http")
        and bool(parts.hostname)
        and parts.path not in ("", "/")
        and not any(c.isspace() for c in url)
    )


def read_env_file(path: Path) -> dict[str, str]:
    """KEY=VALUE lines of a .env file; comments, blanks and malformed lines are ignored."""
    values: dict[str, str] = {}
    if not path.is_file():
        return values
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, _, value = line.partition("=")
        key = key.strip().removeprefix("export ").strip()
        values[key] = value.strip().strip("'\"")
    return values


def load_settings(environ: Mapping[str, str] | None = None) -> Settings:
    """Settings from the environment, then .env in the project (the environment wins); from
    ``environ`` alone when given. IOP_ENV_FILE names another .env file. ValidationError when a
    value cannot be used (see :func:`problem_of`)."""
    if environ is None:
        env_file = Path(os.environ.get("IOP_ENV_FILE") or PROJECT_ROOT / ".env")
        environ = {**read_env_file(env_file), **os.environ}
    known = {field.alias for field in Settings.model_fields.values()}
    given = {key: value for key, value in environ.items() if key in known and value.strip()}
    return Settings.model_validate(given)


def problem_of(error: ValidationError) -> str:
    """One line naming the first variable that cannot be used, and why (never its value)."""
    first = error.errors(include_input=False, include_url=False)[0]
    name = ".".join(str(part) for part in first["loc"]) or "settings"
    return f"{name}: {first['msg']}"
