"""`iop-bot run` and `iop-bot webhook` refuse to start with one clear line, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.tg.fakeapi import TEST_TOKEN, FakeBotApi

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(name="fake")
def fake_fixture() -> Iterator[FakeBotApi]:
    with FakeBotApi(TEST_TOKEN) as fake:
        yield fake


def run_bot(
    tmp_path: Path, database_url: str, *args: str, **env: str
) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("TELEGRAM_")}
    environment |= {
        "DATABASE_URL": database_url,
        "IOP_ENV_FILE": str(tmp_path / "no.env"),
        **env,
    }
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=tmp_path,
        env={**environment, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def one_line_failure(result: subprocess.CompletedProcess[str]) -> str:
    """The one line a command that failed (exit 1) wrote to stderr."""
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_a_missing_token_is_one_line_and_a_failure(tmp_path: Path, database_url: str) -> None:
    result = run_bot(tmp_path, database_url, "run")

    assert one_line_failure(result) == (
        "TELEGRAM_BOT_TOKEN is not set: put it in the environment or in a .env file."
    )


def test_a_rejected_token_is_one_line_and_a_failure(
    tmp_path: Path, database_url: str, fake: FakeBotApi
) -> None:
    result = run_bot(
        tmp_path,
        database_url,
        "run",
        TELEGRAM_BOT_TOKEN="5550001:not-the-right-token",
        TELEGRAM_API_BASE_URL=fake.base_url,
    )

    assert "rejected the token" in one_line_failure(result)
    assert "not-the-right-token" not in result.stderr


def test_a_webhook_needs_a_valid_secret(
    tmp_path: Path, database_url: str, fake: FakeBotApi
) -> None:
    result = run_bot(
        tmp_path,
        database_url,
        "webhook",
        "--url",
        "http://127.0.0.1:9/telegram",
        "--port",
        "9",
        "--secret",
        "bad secret",
        TELEGRAM_BOT_TOKEN=TEST_TOKEN,
        TELEGRAM_API_BASE_URL=fake.base_url,
    )

    assert result.returncode == 1
    assert "--secret" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_webhook_address_telegram_refuses_is_one_line_and_a_failure(
    tmp_path: Path, database_url: str, fake: FakeBotApi
) -> None:
    result = run_bot(
        tmp_path,
        database_url,
        "webhook",
        "--port",
        "9",
        TELEGRAM_BOT_TOKEN=TEST_TOKEN,
        TELEGRAM_API_BASE_URL=fake.base_url,
        TELEGRAM_WEBHOOK_URL="https://bot.example.org/telegram",  # not where this Telegram posts
        TELEGRAM_WEBHOOK_SECRET="s3cret",
        IOP_LOG_LEVEL="WARNING",
    )

    line = one_line_failure(result)
    assert line.startswith("Telegram refused the webhook address: Bad webhook")
    assert "TELEGRAM_WEBHOOK_URL" in line
    assert "s3cret" not in result.stderr
