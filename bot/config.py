"""Typed settings, read once from the environment (and an optional .env file) at start-up."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
# FindTreatment.gov's JSON locator API, read by `iop-bot data refresh`.
FINDTREATMENT_API_URL = "https://findtreatment.gov/locator/exportsAsJson/v2"


@dataclass(frozen=True, slots=True)
class Settings:
    """Where the data and the database are, and how to reach Telegram."""

    data_dir: Path
    database_url: str
    telegram_token: str = ""
    telegram_api_base_url: str = ""
    state_secret: str = ""
    chat_messages_per_second: float = 1.0
    purge_days: int = 30
    reminder_check_seconds: float = 15.0
    findtreatment_api_url: str = FINDTREATMENT_API_URL

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
        seed = self.state_secret or f"iop-finder:{self.telegram_token}"
        return hashlib.sha256(seed.encode("utf-8")).digest()


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
    """Settings from the environment, then .env in the project (the environment wins).

    IOP_ENV_FILE names another .env file.
    """
    if environ is None:
        env_file = Path(os.environ.get("IOP_ENV_FILE") or PROJECT_ROOT / ".env")
        env = {**read_env_file(env_file), **os.environ}
    else:
        env = dict(environ)
    data_dir = Path(env.get("IOP_DATA_DIR") or PROJECT_ROOT / "data")
    default_db = f"sqlite:///{PROJECT_ROOT / 'var' / 'iop-finder.sqlite3'}"
    try:
        rate = float(env.get("IOP_CHAT_MESSAGES_PER_SECOND") or 1.0)
    except ValueError:
        rate = 1.0
    try:
        purge_days = max(1, int(env.get("IOP_PURGE_DAYS") or 30))
    except ValueError:
        purge_days = 30
    try:
        reminder_check = min(300.0, max(0.5, float(env.get("IOP_REMINDER_CHECK_SECONDS") or 15)))
    except ValueError:
        reminder_check = 15.0
    return Settings(
        data_dir=data_dir,
        database_url=env.get("DATABASE_URL") or default_db,
        telegram_token=(env.get("TELEGRAM_BOT_TOKEN") or "").strip(),
        telegram_api_base_url=(env.get("TELEGRAM_API_BASE_URL") or "").strip(),
        state_secret=env.get("IOP_STATE_SECRET") or "",
        chat_messages_per_second=rate,
        purge_days=purge_days,
        reminder_check_seconds=reminder_check,
        findtreatment_api_url=(env.get("IOP_FINDTREATMENT_URL") or "").strip()
        or FINDTREATMENT_API_URL,
    )
