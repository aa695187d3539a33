"""Real bot processes against the fake Bot API: a hard kill and restart, and two workers.

These start `python -m bot run` / `python -m bot webhook` as separate processes on one
SQLite database, so nothing but the database can carry a conversation between them.
"""

from __future__ import annotations

import http.client
import itertools
import os
import signal
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.tg.fakeapi import TEST_TOKEN, FakeBotApi

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
SECRET = "process-test-secret"


@pytest.fixture(name="fake")
def fake_fixture() -> Iterator[FakeBotApi]:
    with FakeBotApi(TEST_TOKEN) as fake:
        yield fake
        fake.assert_no_violations()


_logs = itertools.count(1)


def bot_process(fake: FakeBotApi, database: Path, *args: str) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": TEST_TOKEN,
        "TELEGRAM_API_BASE_URL": fake.base_url,
        "DATABASE_URL": f"sqlite:///{database}",
        "IOP_CHAT_MESSAGES_PER_SECOND": "0",
    }
    log = database.with_name(f"{database.stem}-{args[0]}-{next(_logs)}.log")
    with log.open("wb") as errors:  # the child keeps its own handle on the log
        return subprocess.Popen(
            [sys.executable, "-m", "bot", *args],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=errors,
        )


def stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def last_text(fake: FakeBotApi, chat_id: int) -> str:
    messages = fake.messages(chat_id)
    return messages[-1].text or "" if messages else ""


def test_a_conversation_continues_after_the_bot_is_killed_and_restarted(
    fake: FakeBotApi, tmp_path: Path
) -> None:
    database = tmp_path / "bot.sqlite3"
    chat = 880001
    first = bot_process(fake, database, "run")
    try:
        fake.wait_for(lambda: fake.calls("getUpdates"), timeout=120)
        fake.user_command(chat, "/start")
        fake.wait_idle(timeout=30)
        fake.user_press_button(chat, "Help me find the right program (a few questions)")
        fake.wait_idle(timeout=30)
        fake.user_text(chat, "for my daughter")
        fake.wait_idle(timeout=30)
        assert "are they (or you) in danger" in last_text(fake, chat)
    finally:
        first.kill()  # no goodbye: as with kill -9
        first.wait()

    second = bot_process(fake, database, "run")
    try:
        fake.user_text(chat, "no")
        fake.wait_for(lambda: "substances" in last_text(fake, chat), timeout=120)
        assert "Which substances are involved?" in last_text(fake, chat)
        fake.wait_idle(timeout=30)
        fake.user_text(chat, "alcohol")
        fake.wait_for(lambda: "withdrawal for them" in last_text(fake, chat), timeout=30)
    finally:
        stop(second)
    assert second.returncode in (0, -signal.SIGTERM)


class Dispatcher(ThreadingHTTPServer):
    """A loopback front that hands each incoming update to the next worker in turn."""

    def __init__(self, workers: list[int]) -> None:
        super().__init__(("127.0.0.1", 0), _Forward)
        self.workers = itertools.cycle(workers)
        self.lock = threading.Lock()
        self.forwarded: dict[int, int] = dict.fromkeys(workers, 0)

    def next_worker(self) -> int:
        with self.lock:
            port = next(self.workers)
            self.forwarded[port] += 1
            return port


class _Forward(BaseHTTPRequestHandler):
    server: Dispatcher

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        port = self.server.next_worker()
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        try:
            connection.request(
                "POST",
                self.path,
                body,
                {
                    "Content-Type": "application/json",
                    "X-Telegram-Bot-Api-Secret-Token": self.headers.get(
                        "X-Telegram-Bot-Api-Secret-Token", ""
                    ),
                },
            )
            answer = connection.getresponse()
            status, payload = answer.status, answer.read()
        except OSError:
            status, payload = 502, b"worker unavailable"
        finally:
            connection.close()
        self.send_response(status)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, format: str, *args: object) -> None:
        return


def test_two_webhook_workers_on_one_database_serve_many_interleaved_chats(
    fake: FakeBotApi, tmp_path: Path
) -> None:
    database = tmp_path / "shared.sqlite3"
    ports = [free_port(), free_port()]
    dispatcher = Dispatcher(ports)
    front = threading.Thread(target=dispatcher.serve_forever, daemon=True)
    front.start()
    url = f"http://127.0.0.1:{dispatcher.server_address[1]}/telegram"
    workers = [
        bot_process(
            fake, database, "webhook", "--url", url, "--port", str(ports[0]), "--secret", SECRET
        ),
        bot_process(
            fake,
            database,
            "webhook",
            "--url",
            url,
            "--port",
            str(ports[1]),
            "--secret",
            SECRET,
            "--no-set-webhook",
        ),
    ]
    chats = {
        890000 + i: zip_code
        for i, zip_code in enumerate(
            [
                "15213",
                "02127",
                "10001",
                "60614",
                "94110",
                "98101",
                "80202",
                "33130",
                "30303",
                "78701",
                "85004",
                "97205",
            ]
        )
    }
    try:
        fake.wait_for(lambda: fake.calls("setWebhook"), timeout=120)
        _wait_for_health(ports)
        for chat in chats:
            fake.user_command(chat, "/start")
        fake.wait_idle(timeout=60)
        for chat in chats:
            fake.user_press_button(chat, "Just show me programs near me")
        fake.wait_idle(timeout=60)
        for chat, zip_code in chats.items():
            fake.user_text(chat, zip_code)
        fake.wait_idle(timeout=60)
        for chat in chats:
            fake.user_text(chat, "more")
        fake.wait_idle(timeout=60)
    finally:
        for worker in workers:
            stop(worker)
        dispatcher.shutdown()
        dispatcher.server_close()

    assert all(count > len(chats) for count in dispatcher.forwarded.values())
    for chat, zip_code in chats.items():
        texts = [m.text or "" for m in fake.messages(chat)]
        headings = [t for t in texts if t.startswith(f"IOPs within 25 miles of {zip_code}")]
        assert len(headings) == 2, (chat, texts)  # page one, then exactly one "more" page
        assert "1–4 of" in headings[0]
        assert "5–8 of" in headings[1]
        welcome = [t for t in texts if "intensive outpatient program" in t]
        assert len(welcome) == 1, (chat, texts)


def _wait_for_health(ports: list[int]) -> None:
    import time

    deadline = time.monotonic() + 120
    for port in ports:
        while True:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            try:
                connection.request("GET", "/healthz")
                if connection.getresponse().status == 200:
                    break
            except OSError:
                pass  # not listening yet
            finally:
                connection.close()
            if time.monotonic() > deadline:
                raise AssertionError(f"worker on port {port} never became healthy")
            time.sleep(0.2)
