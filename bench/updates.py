"""Benchmark: the Telegram bot against a bare echo bot, as webhook workers behind one fake Bot API.

What runs, and why it is a fair comparison:

* This process plays Telegram and its users: the strict fake Bot API of tests/tg/fakeapi.py.
  Each simulated person walks through the conversation of tests/transcripts/self.txt (/start,
  a dozen intake answers, a place, the search, a program, the call preparation), typing each line
  once the bot has answered the previous one, as people do. Both bots get these same text
  updates (no button presses, which would cost ours an extra answerCallbackQuery): the echo
  bot answers each with itself, ours does the real work of a step (load the chat's state from
  the database, run the engine, store the state, send the replies).
* Each bot runs in worker processes of its own, as deployed: a webhook worker with the tornado
  handler of bot/tg/webhook.py over the Application that bot/__main__.py builds (same rate
  limiter, job queue, database and settings). The fake pushes every update to the webhook and a
  worker answers it before returning 200, so "update → reply" is from the person's message to
  the bot having sent all of its replies. Two workers share one listening port (SO_REUSEPORT):
  the kernel spreads the fake's connections over them, like the reverse proxy in front of
  deployed workers; on our side nothing but the database carries a conversation between them.
  The echo bot gets the same: one worker, then two.
* Two limits are lifted for both bots alike, because they measure Telegram's politeness rules,
  not code: per-chat pacing, and the rate limiter's 30 messages a second overall (the same
  AIORateLimiter class still runs, with a higher ceiling).
* The cost of an update is the CPU time (user and system) the bot's worker processes spend on
  it, read from the workers themselves, so the fake's own work (shown on a row of its own) is
  not in it. The bots take turns in short rounds at the same load (eight people at once); the
  last line is the median over the rounds of our cost divided by the echo bot's. On a shared
  virtual machine a bot's figure still moves by ±20% between runs: the row above the last
  shows the spread.
* This process is one more busy process on the machine: throughput is bounded by the cores
  (the development machine has two: the fake and one worker already fill them).
* The timing hooks use the fake's private delivery method (People._deliver): it is the one
  place that knows when the webhook has answered an update.
* The two-worker row runs on PostgreSQL, as deployed, when TEST_POSTGRES_URL names a server
  where a scratch database may be created (`scripts/with-postgres python -m bench`); otherwise
  both workers share the SQLite file.

Each person searches near a ZIP code of their own (one with an IOP), so the bot is not asked
the same search again and again. `python -m bench [--quick]` prints this with the search
benchmark in one table.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import csv
import http.client
import itertools
import json
import os
import random
import re
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from telegram import Update
from telegram.ext import AIORateLimiter, Application, ContextTypes, MessageHandler, filters
from tornado.httpserver import HTTPServer
from tornado.netutil import bind_sockets
from tornado.web import RequestHandler

import bot.tg.app as tg_app
from bench.search import build_database, peak_rss_mib
from bench.table import Row, format_table
from bot.__main__ import quiet_http_logs
from bot.bootstrap import build_telegram
from bot.config import PROJECT_ROOT, load_settings
from bot.storage.database import create_db_engine
from bot.tg.app import App
from bot.tg.webhook import web_application
from tests.tg.fakeapi import TEST_TOKEN, FakeBotApi, _Pending, _Webhook

TRANSCRIPT = PROJECT_ROOT / "tests" / "transcripts" / "self.txt"
ZIP = re.compile(r"\d{5}")
SECRET = "bench-webhook-secret"
WEBHOOK_PATH = "telegram"
# Telegram's default for concurrent webhook connections.
MAX_CONNECTIONS = 40
UNLIMITED = 1_000_000


def conversation() -> list[str]:
    """What each simulated person sends, in order: /start, then the transcript's lines."""
    lines = TRANSCRIPT.read_text(encoding="utf-8").splitlines()
    return ["/start", *(line[2:] for line in lines if line.startswith("> "))]


def iop_zip_codes(database_url: str) -> list[str]:
    """ZIP codes with an IOP, in a fixed shuffled order: each person searches near another.

    (Were they all to search the same place, the bot would find the same programs each time,
    which is not what a day's traffic looks like.)
    """
    settings = load_settings()
    with settings.programs_csv.open(encoding="utf-8", newline="") as rows:
        with_iop = {row["zip"] for row in csv.DictReader(rows) if "OIT" in row["codes"].split()}
    engine = create_db_engine(database_url)
    try:
        with engine.connect() as connection:
            known = {row[0] for row in connection.execute(text("SELECT zip FROM zip_area"))}
    finally:
        engine.dispose()
    codes = sorted(with_iop & known)
    random.Random(2026).shuffle(codes)
    return codes


def personal(script: Sequence[str], zip_code: str) -> list[str]:
    """The script with its ZIP code replaced by this person's."""
    return [zip_code if ZIP.fullmatch(line) else line for line in script]


# -- the worker processes ---------------------------------------------------------------------


class _Limiter(AIORateLimiter):
    """PTB's rate limiter, with Telegram's ceilings raised out of the way."""

    def __init__(self, max_retries: int = 0) -> None:
        super().__init__(
            overall_max_rate=UNLIMITED, group_max_rate=UNLIMITED, max_retries=max_retries
        )


async def echo(update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
    """The reference bot: answer every text with itself."""
    if update.effective_message is not None and update.effective_message.text:
        await update.effective_message.reply_text(update.effective_message.text)


def echo_application(token: str, base_url: str) -> App:
    """A bare echo bot for webhooks, with the same rate limiter as ours."""
    app = (
        Application.builder()
        .token(token)
        .base_url(base_url)
        .rate_limiter(_Limiter(max_retries=4))
        .updater(None)
        .build()
    )
    app.add_handler(MessageHandler(filters.TEXT, echo))
    return app


class _StatsHandler(RequestHandler):
    """GET /bench/stats: this worker's CPU time, peak memory and updates served."""

    def initialize(self, served: list[int]) -> None:
        self.served = served

    def get(self) -> None:
        self.finish(
            {"cpu": time.process_time(), "peak_mib": peak_rss_mib(), "served": self.served[0]}
        )


async def serve_worker(kind: str, port: int) -> None:
    """One webhook worker on the shared port (and a private one for stats) until SIGTERM."""
    logging_setup()
    settings = load_settings()
    engine = None
    if kind == "iop":
        # TelegramBot.application builds AIORateLimiter() itself: give it the raised ceilings.
        vars(tg_app)["AIORateLimiter"] = _Limiter
        bot, engine = build_telegram(settings)
        app = bot.application(
            settings.token, base_url=settings.telegram_api_base_url, polling=False
        )
    else:
        app = echo_application(settings.token, settings.telegram_api_base_url)
    served = [0]

    def count(handler: RequestHandler) -> None:
        # Replaces tornado's access log line, which a worker writes for every request anyway.
        if handler.request.method == "POST":
            served[0] += 1

    web = web_application(app, path=WEBHOOK_PATH, secret=SECRET)
    web.add_handlers(r".*", [(r"/bench/stats", _StatsHandler, {"served": served})])
    web.settings["log_function"] = count
    shared = bind_sockets(port, "127.0.0.1", reuse_port=True)
    private = bind_sockets(0, "127.0.0.1")
    stop = asyncio.Event()
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)
    try:
        async with app:
            # As bot.tg.webhook.serve does: the command menu, the reminder and housekeeping jobs.
            if app.post_init is not None:
                await app.post_init(app)
            await app.start()
            server = HTTPServer(web)
            server.add_sockets(shared + private)
            print(json.dumps({"stats_port": private[0].getsockname()[1]}), flush=True)
            await stop.wait()
            server.stop()
            await app.stop()
    finally:
        if engine is not None:
            engine.dispose()


def logging_setup() -> None:
    """Warnings and errors to stderr, as the CLI does; no request URLs (they hold the token)."""
    import logging

    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    quiet_http_logs()


# -- the driver: the fake Bot API and its users ------------------------------------------------


@dataclass
class Phase:
    """What one run of conversations measured."""

    updates: int
    seconds: float
    latencies: list[float]
    cpu: float = 0.0  # the bot's worker processes, in seconds
    driver_cpu: float = 0.0  # this process: the fake Bot API and the people
    requests: int = 0
    served: list[int] = field(default_factory=list)  # updates each worker answered

    @property
    def per_second(self) -> float:
        """Updates answered per second of wall time."""
        return self.updates / self.seconds

    @property
    def cpu_per_update(self) -> float:
        """Seconds of the workers' CPU time per update."""
        return self.cpu / self.updates

    def latency(self, pct: float) -> float:
        """A percentile of update → reply, in seconds."""
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


@dataclass
class _Talk:
    """The conversations under way: who says what next, and when each update was sent."""

    total: int
    chats: Iterator[int]
    started: int = 0
    finished: int = 0
    line: dict[int, int] = field(default_factory=dict)
    sent_at: dict[int, float] = field(default_factory=dict)
    latencies: list[float] = field(default_factory=list)
    done: threading.Event = field(default_factory=threading.Event)


class People(FakeBotApi):
    """The fake Bot API whose users each type their next line once the bot has answered.

    A person's next message goes out from the fake's own delivery thread the moment the webhook
    answered the previous one, so no polling interval blurs the timings.
    """

    def __init__(self, script: Sequence[str], zip_codes: Sequence[str]) -> None:
        super().__init__(TEST_TOKEN)
        self.scripts = [personal(script, code) for code in zip_codes]
        self.failed_pushes = 0
        self._ids = itertools.count(100_001)
        self._talk: _Talk | None = None

    def script(self, chat: int) -> list[str]:
        """What this person says."""
        return self.scripts[chat % len(self.scripts)]

    def converse(self, conversations: int, at_once: int, timeout: float = 300.0) -> Phase:
        """Run that many whole conversations, ``at_once`` of them at a time; time every update."""
        talk = _Talk(total=conversations, chats=self._ids)
        with self._cond:
            self._talk = talk
            begin = time.perf_counter()
            for _ in range(min(at_once, conversations)):
                self._open(talk)
        if not talk.done.wait(timeout):
            raise RuntimeError(f"conversations did not finish in {timeout:.0f} s")
        seconds = time.perf_counter() - begin
        self._talk = None
        return Phase(len(talk.latencies), seconds, talk.latencies)

    def _open(self, talk: _Talk) -> None:
        chat = next(talk.chats)
        talk.started += 1
        talk.line[chat] = 0
        self._say(talk, chat)

    def _say(self, talk: _Talk, chat: int) -> None:
        words = self.script(chat)[talk.line[chat]]
        talk.line[chat] += 1
        sent_at = time.perf_counter()
        if words.startswith("/"):
            update = self.user_command(chat, words)
        else:
            update = self.user_text(chat, words)
        talk.sent_at[update["update_id"]] = sent_at

    def _deliver(self, pending: _Pending, webhook: _Webhook) -> None:
        attempts = pending.attempts
        super()._deliver(pending, webhook)
        answered = time.perf_counter()
        with self._cond:
            talk = self._talk
            if pending.attempts != attempts:
                self.failed_pushes += 1  # the fake pushes it again later
                return
            if talk is None or pending.chat_key is None:
                return
            talk.latencies.append(answered - talk.sent_at.pop(pending.update_id))
            chat = pending.chat_key
            if talk.line[chat] < len(self.script(chat)):
                self._say(talk, chat)
                return
            talk.finished += 1
            if talk.started < talk.total:
                self._open(talk)
            elif talk.finished == talk.total:
                talk.done.set()


def _bot_api(fake: FakeBotApi, method: str, params: dict[str, Any]) -> Any:
    """Call the fake Bot API as a bot would (used to point the webhook at a worker)."""
    connection = http.client.HTTPConnection("127.0.0.1", int(fake.url.rsplit(":", 1)[1]))
    try:
        body = json.dumps(params)
        path = f"/bot{fake.token}/{method}"
        connection.request("POST", path, body, {"Content-Type": "application/json"})
        answer = json.loads(connection.getresponse().read())
    finally:
        connection.close()
    if not answer.get("ok"):
        raise RuntimeError(f"{method} refused: {answer}")
    return answer["result"]


def free_port() -> int:
    """A loopback port nobody listens on (for the workers to share)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Worker:
    """One bot worker process: `python -m bench.updates --serve KIND --port PORT`."""

    def __init__(self, kind: str, port: int, env: dict[str, str], log: IO[bytes]) -> None:
        self.kind = kind
        self.started = time.perf_counter()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "bench.updates", "--serve", kind, "--port", str(port)],
            cwd=PROJECT_ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=log,
        )
        self.startup = 0.0
        self.stats_port = 0

    def wait_ready(self) -> None:
        """Block until the worker serves; remembers how long it took from the spawn."""
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line:
            raise RuntimeError(f"the {self.kind} worker died at start-up (see its log)")
        self.startup = time.perf_counter() - self.started
        self.stats_port = int(json.loads(line)["stats_port"])

    def stats(self) -> dict[str, float]:
        """CPU seconds used so far, peak memory, updates served."""
        connection = http.client.HTTPConnection("127.0.0.1", self.stats_port, timeout=10)
        try:
            connection.request("GET", "/bench/stats")
            return dict(json.loads(connection.getresponse().read()))
        finally:
            connection.close()

    def stop(self) -> None:
        """SIGTERM, then wait (kill after 20 s)."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.process.stdout is not None:
            self.process.stdout.close()


class Bench:
    """The fake and the workers of one run; leaving it stops every worker."""

    def __init__(self, fake: People, logs: Path) -> None:
        self.fake = fake
        self.logs = logs
        self.workers: list[Worker] = []

    def __enter__(self) -> Bench:
        return self

    def __exit__(self, *exc_info: object) -> None:
        for worker in self.workers:
            worker.stop()

    def start(self, kind: str, port: int, database_url: str) -> Worker:
        """Spawn a worker of that kind on the shared port (call wait_ready on it)."""
        env = {
            **os.environ,
            "TELEGRAM_BOT_TOKEN": TEST_TOKEN,
            "TELEGRAM_API_BASE_URL": self.fake.base_url,
            "DATABASE_URL": database_url,
            "IOP_CHAT_MESSAGES_PER_SECOND": "0",
        }
        log = (self.logs / f"{kind}-{len(self.workers) + 1}.log").open("wb")
        with log:  # the child keeps its own handle
            worker = Worker(kind, port, env, log)
        self.workers.append(worker)
        return worker

    def point(self, port: int, workers: Sequence[Worker] = (), *, warm: bool = True) -> None:
        """Point the webhook at the shared port; first warm the workers up (not measured)."""
        url = f"http://127.0.0.1:{port}/{WEBHOOK_PATH}"
        params = {"url": url, "secret_token": SECRET, "max_connections": MAX_CONNECTIONS}
        _bot_api(self.fake, "setWebhook", params)
        if warm:
            self.fake.converse(len(workers) * 4, at_once=len(workers) * 4)

    def run(self, workers: Sequence[Worker], *, at_once: int, total: int) -> Phase:
        """Run conversations; the phase learns what they cost the workers and the Bot API."""
        before = [w.stats() for w in workers]
        calls = len(self.fake.calls())
        driver = time.process_time()
        phase = self.fake.converse(total, at_once=at_once)
        phase.driver_cpu = time.process_time() - driver
        phase.requests = len(self.fake.calls()) - calls
        after = [w.stats() for w in workers]
        phase.cpu = sum(a["cpu"] - b["cpu"] for a, b in zip(after, before, strict=True))
        phase.served = [int(a["served"] - b["served"]) for a, b in zip(after, before, strict=True)]
        return phase

    def peak_mib(self, kind: str) -> float:
        """The highest peak memory among the workers of a kind."""
        return max(w.stats()["peak_mib"] for w in self.workers if w.kind == kind)

    def errors_logged(self) -> int:
        """Lines the workers logged at ERROR level."""
        return sum(
            line.startswith(b"ERROR")
            for log in self.logs.glob("*.log")
            for line in log.read_bytes().splitlines()
        )


@contextlib.contextmanager
def postgres_database(admin_url: str) -> Iterator[str]:
    """A scratch PostgreSQL database on the server of TEST_POSTGRES_URL, dropped afterwards."""
    name = f"iop_bench_{os.getpid()}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f}"


def _share(phase: Phase, worker: int) -> str:
    return f"{phase.served[worker] / max(1, sum(phase.served)):.0%}"


def _latency(phase: Phase) -> str:
    return f"{_ms(phase.latency(50))} / {_ms(phase.latency(95))} ms"


@dataclass(frozen=True)
class Plan:
    """How many conversations each phase runs, and how many rounds of each."""

    one_at_a_time: int
    at_once: int
    total: int
    rounds: int


# Eight people at once keep a worker busy: more only lengthen the queue (and httpx's connection
# pool, which it scans on every request), so quick and full runs measure at the same load. Short
# rounds, the bots taking turns, let a slow spell of the machine fall on both alike.
QUICK = Plan(one_at_a_time=4, at_once=8, total=8, rounds=3)
FULL = Plan(one_at_a_time=20, at_once=8, total=24, rounds=8)
BOTS = ("iop", "echo")
NO_POSTGRES = Row(
    "database build, PostgreSQL: directory + ZIP areas (first start)",
    "not run: no TEST_POSTGRES_URL",
)


@dataclass
class Results:
    """Every phase of both bots."""

    one_at_a_time: dict[str, Phase] = field(default_factory=dict)
    alone: dict[str, list[Phase]] = field(default_factory=lambda: {k: [] for k in BOTS})
    together: dict[str, Phase] = field(default_factory=dict)
    startup: dict[str, float] = field(default_factory=dict)
    peak_mib: dict[str, float] = field(default_factory=dict)
    backend: str = "SQLite"
    problems: str = ""

    def alone_pooled(self, kind: str) -> Phase:
        """The one-process rounds of a bot taken together."""
        return pooled(self.alone[kind])

    def round_ratios(self) -> list[float]:
        """Our CPU time per update over the echo bot's, round by round."""
        return sorted(
            ours.cpu_per_update / echo.cpu_per_update
            for ours, echo in zip(self.alone["iop"], self.alone["echo"], strict=True)
        )


def pooled(phases: Sequence[Phase]) -> Phase:
    """Several phases as one: their updates, time, costs and latencies added up."""
    return Phase(
        updates=sum(p.updates for p in phases),
        seconds=sum(p.seconds for p in phases),
        latencies=[x for p in phases for x in p.latencies],
        cpu=sum(p.cpu for p in phases),
        driver_cpu=sum(p.driver_cpu for p in phases),
        requests=sum(p.requests for p in phases),
    )


def measure(database_url: str, *, quick: bool, postgres_url: str = "") -> list[Row]:
    """Run both bots through the same conversations; rows for the table, the ratio last."""
    plan = QUICK if quick else FULL
    fake = People(conversation(), iop_zip_codes(database_url))
    results = Results()
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as tmp:
        bench = Bench(fake, Path(tmp))
        with fake, bench:
            ports = {kind: free_port() for kind in BOTS}
            first: dict[str, Worker] = {}
            for kind in BOTS:  # one at a time, so each start-up has the machine to itself
                first[kind] = bench.start(kind, ports[kind], database_url)
                first[kind].wait_ready()
                results.startup[kind] = first[kind].startup
            for kind in BOTS:
                bench.point(ports[kind], [first[kind]])
                results.one_at_a_time[kind] = bench.run(
                    [first[kind]], at_once=1, total=plan.one_at_a_time
                )
            for _ in range(plan.rounds):  # taking turns, so both see the same machine
                for kind in BOTS:
                    bench.point(ports[kind], warm=False)
                    results.alone[kind].append(
                        bench.run([first[kind]], at_once=plan.at_once, total=plan.total)
                    )

            # A second worker of each: on the same port, so the kernel spreads the pushes.
            pairs = {"echo": [first["echo"], bench.start("echo", ports["echo"], database_url)]}
            with contextlib.ExitStack() as postgres:
                if postgres_url:
                    results.backend = "PostgreSQL"
                    scratch = postgres.enter_context(postgres_database(postgres_url))
                    rows += build_database(scratch)
                    ports["iop"] = free_port()
                    pairs["iop"] = [bench.start("iop", ports["iop"], scratch) for _ in range(2)]
                else:
                    rows.append(NO_POSTGRES)
                    pairs["iop"] = [first["iop"], bench.start("iop", ports["iop"], database_url)]
                for worker in (*pairs["echo"], *pairs["iop"]):
                    if not worker.stats_port:
                        worker.wait_ready()
                for kind in BOTS:
                    bench.point(ports[kind], pairs[kind])
                    results.together[kind] = bench.run(
                        pairs[kind], at_once=2 * plan.at_once, total=2 * plan.total
                    )
                results.peak_mib = {kind: bench.peak_mib(kind) for kind in BOTS}
                for worker in pairs["iop"]:
                    worker.stop()  # before their database is dropped
        results.problems = f"{len(fake.violations)}, {fake.failed_pushes}, {bench.errors_logged()}"
    return rows + table_rows(results, plan)


def table_rows(results: Results, plan: Plan) -> list[Row]:
    """The Telegram rows of the table: our bot's value, then the echo bot's; the ratio last."""

    def both(value: Callable[[str], str]) -> tuple[str, str]:
        return value("iop"), value("echo")

    alone = {kind: results.alone_pooled(kind) for kind in BOTS}
    cpu = {kind: alone[kind].cpu_per_update for kind in BOTS}
    ratios = results.round_ratios()
    sequential = results.one_at_a_time["iop"].updates
    rounds = f", {plan.rounds} rounds" if plan.rounds > 1 else ""
    return [
        Row(
            "worker start-up: process spawned → serving updates",
            *both(lambda k: f"{results.startup[k]:.2f} s"),
        ),
        Row(
            "peak memory per worker (max RSS, after the run)",
            *both(lambda k: f"{results.peak_mib[k]:.0f} MiB"),
            "≤ 200 MiB",
        ),
        Row(
            f"update → reply p50 / p95, one chat at a time ({sequential} updates)",
            *both(lambda k: _latency(results.one_at_a_time[k])),
        ),
        Row(
            f"update → reply p50 / p95, {plan.at_once} chats at once (saturated)",
            *both(lambda k: _latency(alone[k])),
        ),
        Row(
            f"updates per second, one process, SQLite ({alone['iop'].updates} updates{rounds})",
            *both(lambda k: f"{alone[k].per_second:.0f}"),
            "≥ 300",
        ),
        Row(
            f"updates per second, two worker processes, {results.backend}",
            *both(lambda k: f"{results.together[k].per_second:.0f}"),
        ),
        Row(
            "  share of those updates each worker answered",
            *both(lambda k: " / ".join(f"{_share(results.together[k], i)}" for i in (0, 1))),
        ),
        Row(
            "Bot API requests per update",
            *both(lambda k: f"{alone[k].requests / alone[k].updates:.2f}"),
        ),
        Row(
            "fake Bot API and simulated people: CPU time per update",
            *both(lambda k: f"{alone[k].driver_cpu / alone[k].updates * 1000:.2f} ms"),
        ),
        Row(
            "bot worker: CPU time per update, one chat at a time",
            *both(lambda k: f"{results.one_at_a_time[k].cpu_per_update * 1000:.2f} ms"),
        ),
        Row(
            f"bot worker: CPU time per update, {plan.at_once} chats at once",
            *both(lambda k: f"{cpu[k] * 1000:.2f} ms"),
        ),
        Row("requests refused, pushes failed, errors logged (each must be 0)", results.problems),
        Row(
            f"  our CPU per update / the echo bot's, lowest – highest of {len(ratios)} rounds",
            f"{ratios[0]:.2f}× – {ratios[-1]:.2f}×",
        ),
        Row(
            "dialogue step cost / echo bot (worker CPU time per update, median round)",
            f"{statistics.median(ratios):.2f}×",
            "1.00×",
            "≤ 1.5×",
        ),
    ]


def main(argv: list[str] | None = None) -> int:
    """Run the Telegram benchmark on a fresh SQLite database and print its table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer conversations")
    parser.add_argument("--serve", choices=["iop", "echo"], help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve:
        asyncio.run(serve_worker(args.serve, args.port))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'bench.sqlite3'}"
        rows = build_database(url)
        rows += measure(
            url, quick=args.quick, postgres_url=os.environ.get("TEST_POSTGRES_URL", "")
        )
    print(format_table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
