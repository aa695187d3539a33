"""Schema migrations: a new database, an old one, and one with conversations in flight."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, inspect, text
from sqlmodel import SQLModel

from bot.core.dialogue import Dialogue, UserInput
from bot.storage.conversations import ConversationStore
from bot.storage.database import BASELINE_REVISION, MIGRATIONS, create_db_engine, create_schema


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
    # A chat halfway through intake, saved by the previous release.
    now = datetime.now(UTC)
    state, _ = real_dialogue.advance(None, UserInput.command("start"), now)
    state, _ = real_dialogue.advance(state, UserInput.pick("quick", step=state["step"]), now)
    assert state["step"] == "place"
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO conversation (key, state, version, updated_at)"
                " VALUES (:key, :state, :version, :now)"
            ),
            {"key": "chat-in-flight", "state": json.dumps(state), "version": 2, "now": now},
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
    assert store.load("chat-in-flight") == (state, 2)
    with engine.connect() as connection:
        reminders = connection.execute(text("SELECT reminder_id FROM reminder")).all()
    assert [r[0] for r in reminders] == ["r1"]
    replies = store.update(
        "chat-in-flight",
        lambda s: real_dialogue.advance(s, UserInput.say("15217"), now),
    )
    assert any("15217" in (r.text or "") for r in replies)
    assert store.load("chat-in-flight")[1] == 3


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
    assert ConversationStore(engine).load("old-chat") == ({"step": "place"}, 5)


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
