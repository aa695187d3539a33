"""Benchmark: the Telegram bot against a bare echo bot, both on the same local fake Bot API.

Both run as real python-telegram-bot Applications polling the fake server over loopback, in
this one process. Measured: latency from a user's message to the bot's first reply (p50 and
p95, one chat at a time), and throughput (many chats writing at once). The dialogue bot does
the real work of a step — load the conversation from SQLite, run the engine (place
resolution, search), store it, send the reply — so the last line, its cost relative to the
echo bot, is the price of the product's logic per update. Per-chat pacing is off here: it
would measure Telegram's politeness rule, not the code.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

from telegram import Update
from telegram.ext import AIORateLimiter, Application, ContextTypes, MessageHandler, filters

from bot.__main__ import open_dialogue, open_directory
from bot.config import load_settings
from bot.storage.conversations import ConversationStore
from bot.storage.database import create_db_engine, create_schema
from bot.tg.app import App, ChatPacer, TelegramBot
from tests.tg.fakeapi import TEST_TOKEN, FakeBotApi

# What people send, in the order a quick search goes; cycled per chat.
SCRIPT = ["/start", "Just show me programs near me", "15217", "more", "1"]


async def echo(update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
    """The reference bot: answer every text with itself."""
    if update.effective_message is not None and update.effective_message.text:
        await update.effective_message.reply_text(update.effective_message.text)


def echo_application(fake: FakeBotApi) -> App:
    """A bare echo bot with the same rate limiter as ours."""
    app = (
        Application.builder()
        .token(TEST_TOKEN)
        .base_url(fake.base_url)
        .rate_limiter(AIORateLimiter(max_retries=4))
        .build()
    )
    app.add_handler(MessageHandler(filters.TEXT, echo))
    return app


async def run_polling(app: App, work: Callable[[], Awaitable[None]]) -> None:
    await app.initialize()
    await app.start()
    assert app.updater is not None
    await app.updater.start_polling(poll_interval=0.0, timeout=1)
    try:
        await work()
    finally:
        await app.updater.stop()
        await app.stop()
        await app.shutdown()


def _bot_messages(fake: FakeBotApi, chat: int) -> int:
    return len(fake.messages(chat))


def _more_than(fake: FakeBotApi, chat: int, shown: int) -> Callable[[], bool]:
    return lambda: _bot_messages(fake, chat) > shown


async def _send(fake: FakeBotApi, chat: int, words: str) -> None:
    if words.startswith("/"):
        fake.user_command(chat, words)
    elif words == "Just show me programs near me" and fake.last_keyboard(chat) is not None:
        fake.user_press_button(chat, words)
    else:
        fake.user_text(chat, words)


async def measure(fake: FakeBotApi, app: App, *, chats: int, first_chat: int) -> dict[str, float]:
    """Latency one message at a time, then throughput with every chat writing at once."""
    latencies: list[float] = []
    result: dict[str, float] = {}

    async def work() -> None:
        for index in range(chats):
            chat = first_chat + index
            for words in SCRIPT:
                shown = _bot_messages(fake, chat)
                started = time.perf_counter()
                await _send(fake, chat, words)
                await fake.wait_for_async(_more_than(fake, chat, shown), timeout=30)
                latencies.append(time.perf_counter() - started)
                await fake.wait_idle_async(timeout=30, quiet=0.02)
        burst = [first_chat + chats + i for i in range(chats * 4)]
        started = time.perf_counter()
        for chat in burst:
            fake.user_command(chat, "/start")

        def answered() -> bool:
            return all(_bot_messages(fake, c) > 0 for c in burst)

        await fake.wait_for_async(answered, timeout=120)
        result["throughput"] = len(burst) / (time.perf_counter() - started)

    await run_polling(app, work)
    ordered = sorted(latencies)
    result["p50"] = statistics.median(ordered)
    result["p95"] = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    result["mean"] = statistics.fmean(ordered)
    return result


async def main_async(quick: bool) -> list[tuple[str, str]]:
    chats = 4 if quick else 20
    settings = load_settings()
    with tempfile.TemporaryDirectory() as tmp, FakeBotApi(TEST_TOKEN) as fake:
        engine = create_db_engine(f"sqlite:///{Path(tmp) / 'bench.sqlite3'}")
        create_schema(engine)
        settings_for_bench = type(settings)(
            data_dir=settings.data_dir, database_url=f"sqlite:///{Path(tmp) / 'bench.sqlite3'}"
        )
        dialogue = open_dialogue(open_directory(settings_for_bench), settings_for_bench)
        ours = TelegramBot(
            dialogue, ConversationStore(engine), key_secret=b"bench", pacer=ChatPacer(per_second=0)
        )
        echo_result = await measure(fake, echo_application(fake), chats=chats, first_chat=1000)
        bot_result = await measure(
            fake,
            ours.application(TEST_TOKEN, base_url=fake.base_url),
            chats=chats,
            first_chat=500_000,
        )
        engine.dispose()
        violations = len(fake.violations)
    ms = 1000.0
    steps = chats * len(SCRIPT)
    return [
        (f"echo bot: update → reply p50 / p95 ({steps} updates)",
         f"{echo_result['p50'] * ms:.1f} / {echo_result['p95'] * ms:.1f} ms"),
        (f"IOP bot: update → first reply p50 / p95 ({steps} updates)",
         f"{bot_result['p50'] * ms:.1f} / {bot_result['p95'] * ms:.1f} ms"),
        ("echo bot: updates per second (one process, many chats at once)",
         f"{echo_result['throughput']:.0f}"),
        ("IOP bot: updates per second (one process, many chats at once)",
         f"{bot_result['throughput']:.0f}"),
        ("Bot API requests refused by the fake (must be 0)", str(violations)),
        ("dialogue step cost / echo bot (mean latency ratio)",
         f"{bot_result['mean'] / echo_result['mean']:.2f}x"),
    ]  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    """Run the bot benchmark and print its table (the ratio last)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer chats")
    args = parser.parse_args(argv)
    rows = asyncio.run(main_async(args.quick))
    width = max(len(name) for name, _ in rows)
    print(f"{'measure':<{width}}  value")
    print(f"{'-' * width}  {'-' * 20}")
    for name, value in rows:
        print(f"{name:<{width}}  {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
