"""Running it as a service: settings validated at start-up, logs an operator can read, and a
/healthz that says whether the database answers."""

from __future__ import annotations

import json
import logging
import socket
from pathlib import Path

import httpx
import pytest
from sqlalchemy import create_engine
from tornado.httpserver import HTTPServer

from bot.__main__ import main, started_line
from bot.config import load_settings
from bot.core.dialogue import Dialogue, ShowedSearch
from bot.logs import configure_logging
from bot.metrics import Metrics
from bot.storage.database import database_ok
from bot.tg.webhook import web_application
from tests.core.talking import talk


@pytest.mark.parametrize(
    ("variable", "value", "says"),
    [
        ("IOP_PURGE_DAYS", "abc", "valid integer"),
        ("IOP_PURGE_DAYS", "0", "greater than or equal to 1"),
        ("IOP_LOG_LEVEL", "loud", "'DEBUG'"),
        ("IOP_REMINDER_CHECK_SECONDS", "9999", "less than or equal to 300"),
        ("TELEGRAM_WEBHOOK_SECRET", "has spaces!", "A-Z a-z 0-9"),
        ("TELEGRAM_WEBHOOK_URL", "bot.example.org/telegram", "https://host/path"),
        ("TELEGRAM_WEBHOOK_URL", "https://bot.example.org", "https://host/path"),
        ("TELEGRAM_WEBHOOK_URL", "ftp://bot.example.org/telegram", "https://host/path"),
    ],
)
def test_a_setting_that_cannot_be_used_stops_with_one_line_and_status_2(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    variable: str,
    value: str,
    says: str,
) -> None:
    monkeypatch.setenv("IOP_ENV_FILE", "/nonexistent/.env")
    monkeypatch.setenv(variable, value)

    status = main(["crisis", "check"])

    err = capsys.readouterr().err.strip().splitlines()
    assert status == 2
    assert len(err) == 1
    assert err[0].startswith(f"iop-bot: invalid setting {variable}: ")
    assert says in err[0]
    assert value not in err[0] or value.isdigit()  # the value itself is not echoed


@pytest.mark.parametrize("argv", [[], ["--url", "https://"]], ids=["none", "no-host"])
def test_a_webhook_worker_without_its_public_address_stops_with_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    monkeypatch.setenv("IOP_ENV_FILE", "/nonexistent/.env")
    monkeypatch.delenv("TELEGRAM_WEBHOOK_URL", raising=False)

    status = main(["webhook", "--port", "8001", *argv])

    err = capsys.readouterr().err.strip().splitlines()
    assert status == 2
    assert err == [
        "--url (or TELEGRAM_WEBHOOK_URL) must be the whole address Telegram posts to, as "
        "https://host/path."
    ]


def test_the_webhook_secret_comes_from_the_env_file_and_no_secret_prints(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text(
        "TELEGRAM_WEBHOOK_SECRET=s3cret_from-file\nTELEGRAM_BOT_TOKEN=1:very-secret-token\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("IOP_ENV_FILE", str(env_file))
    monkeypatch.delenv("TELEGRAM_WEBHOOK_SECRET", raising=False)
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)

    settings = load_settings()

    assert settings.webhook_secret.get_secret_value() == "s3cret_from-file"
    assert settings.token == "1:very-secret-token"
    shown = f"{settings!r} {settings}"
    assert "very-secret-token" not in shown
    assert "s3cret_from-file" not in shown


def test_json_logs_are_one_object_a_line_with_time_and_level(
    capsys: pytest.CaptureFixture[str],
) -> None:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    try:
        configure_logging(load_settings({"IOP_LOG_FORMAT": "json"}), service=True)
        logging.getLogger("bot").info("worker started on port %s", 8443)
        logging.getLogger("httpx").info("GET https://api.telegram.org/bot1:secret/getMe")
    finally:
        root.handlers, root.level = handlers, level

    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1  # INFO by default for a worker; request URLs (the token) never
    entry = json.loads(lines[0])
    assert entry["level"] == "INFO"
    assert entry["logger"] == "bot"
    assert entry["message"] == "worker started on port 8443"
    assert entry["time"].endswith("+00:00")


def test_text_logs_have_timestamps(capsys: pytest.CaptureFixture[str]) -> None:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    try:
        configure_logging(load_settings({}))
        logging.getLogger("bot").warning("something to see")
    finally:
        root.handlers, root.level = handlers, level

    [line] = capsys.readouterr().err.strip().splitlines()
    assert line[:4].isdigit()  # 2026-12-06 04:05:00,123 WARNING bot: something to see
    assert line.endswith("WARNING bot: something to see")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def _healthz(healthy: object) -> httpx.Response:
    port = _free_port()
    server = HTTPServer(web_application(None, path="hook", secret="s", healthy=healthy))  # type: ignore[arg-type]
    server.listen(port, address="127.0.0.1")
    try:
        async with httpx.AsyncClient() as client:
            return await client.get(f"http://127.0.0.1:{port}/healthz", timeout=10)
    finally:
        server.stop()


@pytest.mark.parametrize(
    ("database", "status", "state"),
    [
        # A PostgreSQL URL on a loopback port nobody listens on: the database is down.
        ("postgresql+psycopg://iop@127.0.0.1:{port}/iop", 503, "down"),
        ("sqlite:///{folder}/ok.sqlite3", 200, "up"),
    ],
)
async def test_healthz_says_whether_the_database_answers(
    tmp_path: Path, database: str, status: int, state: str
) -> None:
    engine = create_engine(database.format(port=_free_port(), folder=tmp_path))
    try:
        response = await _healthz(lambda: database_ok(engine))
    finally:
        engine.dispose()

    assert response.status_code == status
    assert response.json() == {"ok": status == 200, "database": state}


def test_searches_that_found_nothing_are_counted_by_state_and_level() -> None:
    metrics = Metrics()

    metrics.searched(
        (
            ShowedSearch(state="AK", level="iop", found=0),
            ShowedSearch(state="AK", level="detox", found=2),
            ShowedSearch(state="PA", level="iop", found=33),
        )
    )

    exposed = metrics.exposition().decode()
    assert 'iop_searches_total{level="iop"} 2.0' in exposed
    assert 'iop_searches_empty_total{level="iop",state="AK"} 1.0' in exposed
    assert 'state="PA"' not in exposed.split("iop_searches_empty")[-1]


def test_the_results_tell_the_adapters_what_was_searched(real_dialogue: Dialogue) -> None:
    outcome = talk(real_dialogue, "2", "15222")

    shown = [e for e in outcome.effects if isinstance(e, ShowedSearch)]
    assert shown == [ShowedSearch(state="PA", level="iop", found=33)]


async def test_metrics_are_served_in_prometheus_format() -> None:
    metrics = Metrics()
    metrics.updates.labels(kind="text").inc()
    port = _free_port()
    server = HTTPServer(web_application(None, path="hook", secret="s", metrics=metrics))  # type: ignore[arg-type]
    server.listen(port, address="127.0.0.1")
    try:
        async with httpx.AsyncClient() as client:
            response = await client.get(f"http://127.0.0.1:{port}/metrics", timeout=10)
    finally:
        server.stop()

    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain; version=0.0.4")
    assert 'iop_updates_total{kind="text"} 1.0' in response.text


def test_the_start_line_names_the_version_and_backend_never_the_database_url() -> None:
    settings = load_settings({"DATABASE_URL": "postgresql+psycopg://iop:pw@127.0.0.1/iop"})

    line = started_line(settings)

    assert line.startswith("iop-bot ")
    assert line.endswith("starting: backend postgresql")
    assert "pw" not in line
