"""Bot worker processes for the tests: start, stop, and a loopback front spreading updates."""

from __future__ import annotations

import http.client
import itertools
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from tests.tg.fakeapi import TEST_TOKEN, FakeBotApi

ROOT = Path(__file__).resolve().parents[2]
SECRET = "process-test-secret"

_logs = itertools.count(1)


def bot_process(
    fake: FakeBotApi,
    database_url: str,
    logs: Path,
    *args: str,
    measured: bool = True,
    **extra_env: str,
) -> subprocess.Popen[bytes]:
    """Start `python -m bot <args>` on that database, its log in the ``logs`` folder.
    ``measured=False``: not traced by coverage (the load test keeps its workers' pace)."""
    inherited = dict(os.environ)
    if not measured:
        inherited.pop("COVERAGE_PROCESS_CONFIG", None)
    env = {
        **inherited,
        "TELEGRAM_BOT_TOKEN": TEST_TOKEN,
        "TELEGRAM_API_BASE_URL": fake.base_url,
        "DATABASE_URL": database_url,
        "IOP_CHAT_MESSAGES_PER_SECOND": "0",
        **extra_env,
    }
    log = logs / f"bot-{args[0]}-{next(_logs)}.log"
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


class Dispatcher(ThreadingHTTPServer):
    """A loopback front that hands each incoming update to the next worker in turn.

    Like a reverse proxy: a worker that refuses the connection (it is down) is skipped; one
    that fails after taking the request gets a 502 back to Telegram, which delivers again.
    """

    daemon_threads = True

    def __init__(self, workers: list[int]) -> None:
        super().__init__(("127.0.0.1", 0), _Forward)
        self.ports = list(workers)
        self.turn = itertools.cycle(workers)
        self.lock = threading.Lock()
        self.forwarded: dict[int, int] = dict.fromkeys(workers, 0)
        self.failed = 0

    def next_workers(self) -> list[int]:
        """Every worker, starting with the one whose turn it is."""
        with self.lock:
            first = next(self.turn)
        start = self.ports.index(first)
        return self.ports[start:] + self.ports[:start]

    def count(self, port: int) -> None:
        with self.lock:
            self.forwarded[port] += 1


class _Forward(BaseHTTPRequestHandler):
    server: Dispatcher

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        headers = {
            "Content-Type": "application/json",
            "X-Telegram-Bot-Api-Secret-Token": self.headers.get(
                "X-Telegram-Bot-Api-Secret-Token", ""
            ),
        }
        status, payload = 502, b"no worker available"
        for port in self.server.next_workers():
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            try:
                connection.connect()
            except OSError:
                connection.close()
                continue  # down: try the next worker
            try:
                connection.request("POST", self.path, body, headers)
                answer = connection.getresponse()
                status, payload = answer.status, answer.read()
                self.server.count(port)
            except OSError:
                status, payload = 502, b"worker failed"
                with self.server.lock:
                    self.server.failed += 1
            finally:
                connection.close()
            break
        self.send_response(status)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, format: str, *args: object) -> None:
        return


def wait_for_health(ports: list[int]) -> None:
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


def answered(fake: FakeBotApi, chats: list[int], act: Callable[[int], object]) -> None:
    """Each chat acts once; returns when every one has its answer (wait_idle alone can return
    while a slow first update is still being worked on)."""
    before = {chat: len(fake.messages(chat)) for chat in chats}
    for chat in chats:
        act(chat)
    fake.wait_for(
        lambda: all(len(fake.messages(chat)) > before[chat] for chat in chats), timeout=240
    )
    fake.wait_idle(timeout=240, quiet=0.5)
