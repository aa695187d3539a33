"""Conversations live in the database: loaded and saved on every update, never lost."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, text

from bot.storage.conversations import ConversationConflictError, ConversationStore
from bot.storage.database import create_db_engine, create_schema


@pytest.fixture(name="engine")
def engine_fixture(tmp_path: Path) -> Iterator[Engine]:
    engine = create_db_engine(f"sqlite:///{tmp_path / 'chat.sqlite3'}")
    create_schema(engine)
    yield engine
    engine.dispose()


def count_step(state: dict[str, Any] | None) -> tuple[dict[str, Any], int]:
    updated = {"count": (state or {}).get("count", 0) + 1}
    return updated, updated["count"]


def test_a_new_chat_has_no_state(engine: Engine) -> None:
    assert ConversationStore(engine).load("chat-1") == (None, 0)


def test_each_update_sees_the_state_the_previous_one_stored(engine: Engine) -> None:
    store = ConversationStore(engine)

    results = [store.update("chat-1", count_step) for _ in range(3)]

    assert results == [1, 2, 3]
    assert store.load("chat-1") == ({"count": 3}, 3)


def test_a_second_store_on_the_same_database_continues_the_conversation(
    tmp_path: Path, engine: Engine
) -> None:
    ConversationStore(engine).update("chat-1", count_step)
    restarted = create_db_engine(f"sqlite:///{tmp_path / 'chat.sqlite3'}")

    assert ConversationStore(restarted).update("chat-1", count_step) == 2
    restarted.dispose()


def test_chats_do_not_see_each_other(engine: Engine) -> None:
    store = ConversationStore(engine)
    store.update("chat-1", count_step)
    store.update("chat-1", count_step)

    assert store.update("chat-2", count_step) == 1


def test_concurrent_updates_for_one_chat_are_never_lost(engine: Engine) -> None:
    store = ConversationStore(engine, retries=200)
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            for _ in range(10):
                store.update("busy", count_step)
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert store.load("busy")[0] == {"count": 40}


def test_an_update_that_always_loses_the_race_gives_up_with_a_clear_error(
    engine: Engine,
) -> None:
    store = ConversationStore(engine, retries=3)
    store.update("chat-1", count_step)

    def step_racing_another_worker(state: dict[str, Any] | None) -> tuple[dict[str, Any], int]:
        with engine.begin() as connection:
            connection.execute(text("UPDATE conversation SET version = version + 1"))
        return count_step(state)

    with pytest.raises(ConversationConflictError):
        store.update("chat-1", step_racing_another_worker)


def test_an_unreadable_stored_state_is_replaced_not_fatal(engine: Engine) -> None:
    store = ConversationStore(engine)
    store.update("chat-1", count_step)
    with engine.begin() as connection:
        connection.execute(text("UPDATE conversation SET state = 'not json{'"))

    assert store.update("chat-1", count_step) == 1


def test_deleting_a_chat_forgets_it(engine: Engine) -> None:
    store = ConversationStore(engine)
    store.update("chat-1", count_step)

    store.delete("chat-1")

    assert store.load("chat-1") == (None, 0)
