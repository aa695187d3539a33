"""Settings: the environment wins over a .env file; a .env file supplies what is missing."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import load_settings, read_env_file


def test_a_env_file_is_read_and_the_environment_wins(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text(
        "# comment\nTELEGRAM_BOT_TOKEN='1:from-file'\nexport DATABASE_URL=sqlite:///x.db\n"
        "not a setting\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("IOP_ENV_FILE", str(env_file))
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    monkeypatch.setenv("DATABASE_URL", "sqlite:///from-env.db")

    settings = load_settings()

    assert settings.token == "1:from-file"
    assert settings.database_url == "sqlite:///from-env.db"


def test_a_missing_env_file_reads_as_empty(tmp_path: Path) -> None:
    assert read_env_file(tmp_path / "absent.env") == {}


def test_the_state_key_changes_with_the_secret() -> None:
    first = load_settings({"IOP_STATE_SECRET": "a"}).key_secret
    second = load_settings({"IOP_STATE_SECRET": "b"}).key_secret

    assert first != second
    assert len(first) == 32


def test_the_locator_api_is_samhsas_unless_the_environment_names_another() -> None:
    assert load_settings({}).findtreatment_api_url == (
        "https://findtreatment.gov/locator/exportsAsJson/v2"
    )
    local = load_settings({"IOP_FINDTREATMENT_URL": " http://127.0.0.1:8080/v2 "})
    assert local.findtreatment_api_url == "http://127.0.0.1:8080/v2"
