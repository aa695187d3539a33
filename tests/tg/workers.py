"""Bot worker processes for the tests: start and stop them, alone or behind the shipped nginx."""

from __future__ import annotations

import http.client
import itertools
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.deploy.nginx import Front, shipped_nginx
from tests.deploy.units import BINARY, WORKER, command_line
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


class Deployment:
    """Webhook workers behind the shipped nginx site (deploy/nginx/), as deployed: one
    database, one secret, each worker started as iop-bot@.service starts it."""

    def __init__(
        self,
        fake: FakeBotApi,
        database_url: str,
        logs: Path,
        front: Front,
        ports: list[int],
        *,
        measured: bool,
        env: dict[str, str],
    ) -> None:
        self.fake = fake
        self.database_url = database_url
        self.logs = logs
        self.front = front
        self.ports = ports
        self.measured = measured
        self.env = env
        self.processes: list[subprocess.Popen[bytes] | None] = [None] * len(ports)

    def start(self, index: int) -> subprocess.Popen[bytes]:
        """Start the worker on the index-th port with the command line of the shipped unit,
        iop-bot@PORT.service (each worker registers the same webhook, its address and secret
        from the environment, as the environment file gives them)."""
        binary, *args = command_line(WORKER, instance=str(self.ports[index]))
        assert binary == BINARY
        process = bot_process(
            self.fake,
            self.database_url,
            self.logs,
            *args,
            measured=self.measured,
            TELEGRAM_WEBHOOK_SECRET=SECRET,
            TELEGRAM_WEBHOOK_URL=self.front.webhook_url,
            **self.env,
        )
        self.processes[index] = process
        return process

    def stop_all(self) -> None:
        """SIGTERM to every worker still running, as systemd stops them."""
        for process in self.processes:
            if process is not None:
                stop(process)


@contextmanager
def behind_nginx(
    fake: FakeBotApi,
    database_url: str,
    folder: Path,
    *,
    workers: int = 2,
    measured: bool = True,
    **env: str,
) -> Iterator[Deployment]:
    """``workers`` webhook workers started behind nginx and healthy; the fake Bot API pushes
    to nginx over HTTPS. Everything is stopped afterwards."""
    ports = [free_port() for _ in range(workers)]
    with shipped_nginx(folder / "nginx", free_port(), ports) as front:
        fake.trust_webhook_certificate(str(front.certificate))
        deployment = Deployment(
            fake, database_url, folder, front, ports, measured=measured, env=env
        )
        try:
            for index in range(workers):
                deployment.start(index)
            fake.wait_for(lambda: fake.calls("setWebhook"), timeout=120)
            wait_for_health(ports)
            yield deployment
        finally:
            deployment.stop_all()


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
