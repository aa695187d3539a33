"""Schema migrations: a new database, an old one, and one with conversations in flight."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, inspect, text
from sqlmodel import SQLModel

from bot.core.conversation import SCHEMA_VERSION
from bot.core.dialogue import Dialogue, Outcome, UserInput
from bot.core.ports import Stored
from bot.storage.conversations import ConversationStore
from bot.storage.database import BASELINE_REVISION, MIGRATIONS, create_db_engine, create_schema

V1_ROWS = Path(__file__).parent / "v1_rows"


@pytest.fixture(name="engine")
def engine_fixture(database_url: str) -> Iterator[Engine]:
    engine = create_db_engine(database_url)
    yield engine
    engine.dispose()


def migrate_to(engine: Engine, revision: str) -> None:
    """Bring a database to an older revision, as an earlier release left it."""
    with engine.connect() as connection:
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
        connection.commit()


def revision_of(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def test_a_new_database_gets_every_table_the_models_describe(engine: Engine) -> None:
    head = create_schema(engine)

    assert revision_of(engine) == head
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), SQLModel.metadata)
    assert differences == []  # the migrations and the models agree, column by column


def test_migrating_twice_changes_nothing(engine: Engine) -> None:
    first = create_schema(engine)

    assert create_schema(engine) == first


def test_an_upgrade_keeps_conversations_in_flight_and_they_go_on(
    engine: Engine, real_dialogue: Dialogue
) -> None:
    migrate_to(engine, BASELINE_REVISION)
    # A chat halfway through intake, stored by the release before the typed conversation.
    row = (V1_ROWS / "place_candidates.json").read_text(encoding="utf-8")
    now = datetime.now(UTC)
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO conversation (key, state, version, updated_at)"
                " VALUES (:key, :state, :version, :now)"
            ),
            {"key": "chat-in-flight", "state": row, "version": 2, "now": now},
        )
        connection.execute(
            text(
                "INSERT INTO reminder (key, reminder_id, address, due_at)"
                " VALUES ('chat-in-flight', 'r1', 'tg:1', :now)"
            ),
            {"now": now},
        )

    create_schema(engine)

    store = ConversationStore(engine)
    conversation = store.load("chat-in-flight").conversation
    assert conversation is not None
    assert conversation.position.step == "place"
    with engine.connect() as connection:
        reminders = connection.execute(text("SELECT reminder_id FROM reminder")).all()
    assert [r[0] for r in reminders] == ["r1"]

    def pick_the_second_springfield(stored: Stored) -> tuple[Outcome, Outcome]:
        outcome = real_dialogue.advance(stored.conversation, UserInput.say("2"), now)
        return outcome, outcome

    outcome = store.update("chat-in-flight", pick_the_second_springfield)
    assert "Springfield, MA" in "\n".join(r.text for r in outcome.replies)
    assert outcome.conversation.position.step == "results"
    with engine.connect() as connection:
        version, stored_row = connection.execute(
            text("SELECT version, state FROM conversation WHERE key = 'chat-in-flight'")
        ).one()
    assert version == 3
    assert json.loads(stored_row)["v"] == SCHEMA_VERSION  # written in the new schema


def test_a_database_from_before_migrations_is_stamped_not_rebuilt(engine: Engine) -> None:
    migrate_to(engine, BASELINE_REVISION)
    with engine.begin() as connection:
        connection.execute(text("DROP TABLE alembic_version"))  # as create_all left it
        connection.execute(
            text(
                "INSERT INTO conversation (key, state, version, updated_at)"
                " VALUES ('old-chat', '{\"step\": \"place\"}', 5, :now)"
            ),
            {"now": datetime.now(UTC)},
        )

    head = create_schema(engine)

    assert revision_of(engine) == head
    assert "last_update_id" in {c["name"] for c in inspect(engine).get_columns("conversation")}
    with engine.connect() as connection:
        kept = connection.execute(
            text("SELECT state, version FROM conversation WHERE key = 'old-chat'")
        ).one()
    assert tuple(kept) == ('{"step": "place"}', 5)  # the row is kept as it was


def test_workers_starting_together_migrate_once_and_all_start(database_url: str) -> None:
    results: list[str] = []
    errors: list[BaseException] = []

    def start_worker() -> None:
        engine = create_db_engine(database_url)
        try:
            results.append(create_schema(engine))
        except BaseException as error:  # collected: the assertion below reports it
            errors.append(error)
        finally:
            engine.dispose()

    workers = [threading.Thread(target=start_worker) for _ in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=60)

    assert errors == []
    assert len(results) == 4
    assert len(set(results)) == 1
