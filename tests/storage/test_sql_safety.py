"""What people type reaches the database only as bound parameters, never as SQL.

A listener records every statement the driver executes while hostile text flows through the
real engine and the conversation store (notes, intake dates, listing reports, places, chat
keys), and through `iop-bot search`; the text must be in no statement, the tables must be
whole afterwards, and the text must come back exactly as typed.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event, inspect, text

from bot.__main__ import EXIT_PLACE, main
from bot.core.conversation import Conversation, Reminder
from bot.core.dialogue import Dialogue, Outcome, Reply, ScheduleReminder, UserInput
from bot.core.ports import Stored
from bot.storage.conversations import ConversationStore, ReminderQueue, list_reports
from bot.storage.database import create_db_engine
from tests.databases import scratch_database
from tests.services import a_service

DATA = Path(__file__).resolve().parents[2] / "data"
NOW = datetime(2026, 11, 26, 15, 0, tzinfo=UTC)
GATEWAY = "p5a3a7b41ba"  # Gateway Rehab (Squirrel Hill), Pittsburgh PA 15217
TABLES = {
    "conversation", "reminder", "listing_report", "program", "service_code", "dataset",
    "zip_area",
}  # fmt: skip

HOSTILE = [
    "'; DROP TABLE conversation; --",
    "Robert'); DELETE FROM reminder;--",
    '" OR "1"="1',
    "1 OR 1=1; UPDATE conversation SET state='{}'",
    "back\\slash \\' \\\" \\n \\x00 \\\\",
    "%s %(key)s ? :key $1 {0} -- /* */",
    "nul\x00in the middle",
    "ünïcödé 🙂 עברית ‮rtl 𝔘 \u200b",
]


@dataclass
class StatementLog:
    """Every statement the driver was asked to run, with its parameters."""

    executed: list[tuple[str, Any]] = field(default_factory=list)

    def __call__(
        self,
        _connection: Any,
        _cursor: Any,
        statement: str,
        parameters: Any,
        _context: Any,
        _executemany: bool,
    ) -> None:
        self.executed.append((statement, parameters))

    def statements(self) -> list[str]:
        return [statement for statement, _ in self.executed]

    def parameter_texts(self) -> list[str]:
        return [value for _, parameters in self.executed for value in _strings(parameters)]


def _strings(parameters: Any) -> Iterator[str]:
    if isinstance(parameters, str):
        yield parameters
    elif isinstance(parameters, dict):
        for value in parameters.values():
            yield from _strings(value)
    elif isinstance(parameters, list | tuple):
        for value in parameters:
            yield from _strings(value)


@pytest.fixture(name="statements")
def statements_fixture(engine: Engine) -> Iterator[StatementLog]:
    log = StatementLog()
    event.listen(engine, "before_cursor_execute", log)
    yield log
    event.remove(engine, "before_cursor_execute", log)


class Chat:
    """One chat driven through the real engine, the service and the conversation store."""

    def __init__(self, dialogue: Dialogue, engine: Engine, key: str) -> None:
        self.service = a_service(dialogue, engine, clock=lambda: NOW)
        self.store = ConversationStore(engine)
        self.key = key

    def send(self, event: UserInput) -> tuple[Reply, ...]:
        return self.service.handle(self.key, event, address="tg:1").replies

    def say(self, words: str) -> tuple[Reply, ...]:
        return self.send(UserInput.say(words))

    def press(self, step: str, value: str) -> tuple[Reply, ...]:
        return self.send(UserInput.pick(value, step=step))

    def conversation(self) -> Conversation:
        conversation = self.store.load(self.key).conversation
        assert conversation is not None
        return conversation


def assert_tables_whole(engine: Engine) -> None:
    assert set(inspect(engine).get_table_names()) >= TABLES
    with engine.connect() as connection:
        for table in TABLES:
            connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()


def test_hostile_text_in_notes_dates_reports_and_places_is_only_ever_a_parameter(
    real_dialogue: Dialogue, engine: Engine, statements: StatementLog
) -> None:
    chat = Chat(real_dialogue, engine, "tg:hostile")
    chat.send(UserInput.command("start", "zip_15217"))
    chat.press("results", f"save:{GATEWAY}")
    chat.send(UserInput.command("saved"))
    chat.press("saved", f"open:{GATEWAY}")
    chat.press("item", "remind")
    chat.press("remind", "in_1_hour")  # a reminder row a stray DELETE would take
    notes, dates = [], []
    for words in HOSTILE:
        chat.press("item", "note")
        chat.say(words)
        notes.append(chat.conversation().saved[0].note)
        chat.press("item", "status")
        chat.press("status", "booked")
        chat.say(words)
        dates.append(chat.conversation().saved[0].date)
        chat.press("item", "report")
        chat.press("report", "other")
        chat.say(words)
    reminders_kept = ReminderQueue(engine).pending()
    for words in HOSTILE:
        chat.send(UserInput.command("start"))
        chat.press("welcome", "quick")
        chat.say(words)  # typed where a place is asked

    kept = [words.replace("\x00", "") for words in HOSTILE]  # PostgreSQL cannot store NUL
    assert notes == kept  # each came back as typed…
    assert dates == kept
    assert sorted(r.details for r in list_reports(engine)) == sorted(kept)
    for words in HOSTILE + kept:
        for statement in statements.statements():
            assert words not in statement  # …and none was ever part of the SQL
    parameters = statements.parameter_texts()
    for words in kept:
        assert words in parameters  # the report's details, bound as they are
        escaped = json.dumps(words, ensure_ascii=False)[1:-1]
        assert any(escaped in p for p in parameters)  # inside the stored state's JSON
    assert_tables_whole(engine)
    assert reminders_kept == 1
    assert chat.conversation().position.step == "place"


@pytest.mark.parametrize("words", [w for w in HOSTILE if "\x00" not in w])
def test_hostile_chat_keys_and_addresses_are_only_ever_parameters(
    engine: Engine, statements: StatementLog, words: str
) -> None:
    # `iop-bot chat --session` names the stored conversation, and its reminders are addressed
    # to "console:<session>": typed by someone, neither may become SQL.
    store = ConversationStore(engine)
    address = f"console:{words}"
    due = NOW - timedelta(hours=1)
    reminder = Reminder(id="r1", program=GATEWAY, due=due)

    def remember(_stored: Stored) -> tuple[Outcome, None]:
        said = Conversation(answers={"said": words}, reminders=[reminder])
        return Outcome(said, (), (ScheduleReminder("r1", due),)), None

    store.update(words, remember, address=address)
    claimed = ReminderQueue(engine).claim_due(NOW, key=words)
    loaded = store.load(words).conversation
    store.delete(words)

    assert [(c.key, c.address) for c in claimed] == [(words, address)]
    assert loaded is not None
    assert loaded.answers["said"] == words
    assert store.load(words) == Stored(None)
    assert all(words not in statement for statement in statements.statements())
    assert words in statements.parameter_texts()
    assert_tables_whole(engine)


@pytest.fixture(name="cli_database_url", scope="module")
def cli_database_url_fixture(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A database built from the shipped data by the first `iop-bot search`."""
    with scratch_database(tmp_path_factory.mktemp("db"), "sqlsafety") as url:
        yield url


@pytest.mark.slow
def test_a_place_typed_for_iop_bot_search_never_reaches_the_database(
    cli_database_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DATABASE_URL", cli_database_url)
    monkeypatch.setenv("IOP_DATA_DIR", str(DATA))
    log = StatementLog()
    event.listen(Engine, "before_cursor_execute", log)
    try:
        # One run per path is enough: every place is resolved by the same in-memory code.
        statuses = [main(["search", "--near", words, "--json"]) for words in HOSTILE[:2]]
    finally:
        event.remove(Engine, "before_cursor_execute", log)
    capsys.readouterr()

    assert statuses == [EXIT_PLACE, EXIT_PLACE]  # no such place, and said so
    assert log.executed  # the directory was read from this database
    seen = log.statements() + log.parameter_texts()
    for words in HOSTILE[:2]:
        assert all(words not in s for s in seen)  # places are resolved in memory only
    engine = create_db_engine(cli_database_url)
    try:
        assert_tables_whole(engine)
        with engine.connect() as connection:
            programs = connection.execute(text("SELECT count(*) FROM program")).scalar_one()
        assert programs == 12_744
    finally:
        engine.dispose()
