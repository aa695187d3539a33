"""Typed settings, read once from the environment at start-up."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True, slots=True)
class Settings:
    """Where the data and the database are."""

    data_dir: Path
    database_url: str

    @property
    def programs_csv(self) -> Path:
        """The shipped directory of programs."""
        return self.data_dir / "programs.csv"

    @property
    def service_codes_csv(self) -> Path:
        """The shipped table of SAMHSA service codes."""
        return self.data_dir / "service_codes.csv"


def load_settings(environ: Mapping[str, str] | None = None) -> Settings:
    """Settings from the environment: IOP_DATA_DIR and DATABASE_URL, with local defaults."""
    env = os.environ if environ is None else environ
    data_dir = Path(env.get("IOP_DATA_DIR") or PROJECT_ROOT / "data")
    default_db = f"sqlite:///{PROJECT_ROOT / 'var' / 'iop-finder.sqlite3'}"
    return Settings(data_dir=data_dir, database_url=env.get("DATABASE_URL") or default_db)
