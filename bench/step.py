"""Benchmark: one dialogue step through the service, in process, on SQLite.

What every adapter pays per update besides Telegram: load the conversation, advance the
engine, store the outcome and carry out its effects, for the walk of
tests/transcripts/self.txt; and the engine's share of it alone. No network, no Bot API: the
figure the typed conversation was meant not to make worse.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from bench.table import Row, format_table
from bot.config import PROJECT_ROOT
from bot.console.transcript import read_input
from bot.core.catalog import InMemoryCatalog
from bot.core.dialogue import Dialogue, UserInput
from bot.core.location import Gazetteer
from bot.service import ConversationService
from bot.storage.conversations import ConversationStore
from bot.storage.database import create_db_engine, create_schema
from bot.storage.gazetteer import load_zip_areas
from bot.storage.programs_csv import read_programs
from flows import ALL_FLOWS

WALK = PROJECT_ROOT / "tests" / "transcripts" / "self.txt"


def _walk() -> list[UserInput]:
    typed = [
        line[2:] for line in WALK.read_text(encoding="utf-8").splitlines() if line[:2] == "> "
    ]
    return [UserInput.command("start"), *(read_input(line) for line in typed)]


def _best(rounds: int, run: Callable[[int], None], steps: int) -> float:
    """The fastest round, in milliseconds per step (the machine is shared and noisy)."""
    best = float("inf")
    for number in range(rounds):
        started = time.perf_counter()
        run(number)
        best = min(best, (time.perf_counter() - started) / steps * 1000)
    return best


def measure(*, quick: bool) -> list[Row]:
    """Milliseconds per dialogue step: through the service and store, and the engine alone."""
    catalog = InMemoryCatalog(read_programs(PROJECT_ROOT / "data" / "programs.csv"))
    engine = Dialogue(ALL_FLOWS, catalog, Gazetteer(load_zip_areas()))
    walk = _walk()
    people, rounds = (5, 3) if quick else (20, 7)
    with tempfile.TemporaryDirectory() as folder:
        database = create_db_engine(f"sqlite:///{Path(folder) / 'step.sqlite3'}")
        create_schema(database)
        service = ConversationService(
            engine, ConversationStore(database), clock=lambda: datetime.now(UTC)
        )

        def through_service(number: int) -> None:
            for person in range(people):
                key = f"person-{number}-{person}"
                for event in walk:
                    service.handle(key, event, address="console:bench")

        def engine_alone(_number: int) -> None:
            for _ in range(people):
                outcome = engine.advance(None, walk[0], datetime.now(UTC))
                for event in walk[1:]:
                    outcome = engine.advance(outcome.conversation, event, datetime.now(UTC))

        steps = people * len(walk)
        through_service(-1)  # warm the caches, as a worker is warm
        served = _best(rounds, through_service, steps)
        alone = _best(rounds, engine_alone, steps)
        database.dispose()
    return [
        Row(
            f"dialogue step in process, SQLite: service (load, advance, store) / engine alone "
            f"({len(walk)}-step walk)",
            f"{served:.3f} / {alone:.3f} ms",
        )
    ]


def main(argv: list[str] | None = None) -> int:
    """Measure the dialogue step and print its row of the table."""
    parser = argparse.ArgumentParser(prog="python -m bench.step", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer people and rounds")
    args = parser.parse_args(argv)
    print(format_table(measure(quick=args.quick)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
