"""Conversations live in the database: loaded and saved on every update, never lost."""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

from bot.storage.conversations import (
    ConversationConflictError,
    ConversationStore,
    DueReminder,
    ReminderQueue,
    list_reports,
    report_counts,
)
from bot.storage.database import create_db_engine


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
    database_url: str, engine: Engine
) -> None:
    ConversationStore(engine).update("chat-1", count_step)
    restarted = create_db_engine(database_url)

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


def test_reports_leave_the_conversation_with_no_link_to_it(engine: Engine) -> None:
    store = ConversationStore(engine)

    def report(_state: dict[str, Any] | None) -> tuple[dict[str, Any], None]:
        outbox = [{"type": "report", "program": "p1", "kind": "phone", "details": "busy tone"}]
        return {"count": 1, "outbox": outbox}, None

    store.update("chat-1", report)

    assert report_counts(engine) == {"p1": 1}
    (filed,) = list_reports(engine)
    assert (filed.program_id, filed.kind, filed.details) == ("p1", "phone", "busy tone")
    assert "chat-1" not in repr(filed.model_dump())
    assert "outbox" not in (store.load("chat-1")[0] or {})


def with_reminder(due: datetime, status: str = "pending") -> dict[str, Any]:
    reminder = {"id": "r1", "program": "p1", "due": due.isoformat(), "status": status}
    return {"reminders": [reminder]}


def test_a_due_reminder_is_claimed_by_exactly_one_of_two_workers(engine: Engine) -> None:
    store = ConversationStore(engine)
    now = datetime(2026, 11, 26, 15, 0, tzinfo=UTC)
    store.update(
        "chat-1", lambda _s: (with_reminder(now - timedelta(minutes=1)), None), address="tg:42"
    )
    first, second = ReminderQueue(engine), ReminderQueue(engine)
    claims: list[list[DueReminder]] = []

    threads = [
        threading.Thread(target=lambda q=q: claims.append(q.claim_due(now)))
        for q in (first, second)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(len(c) for c in claims) == [0, 1]
    (claimed,) = next(c for c in claims if c)
    assert (claimed.key, claimed.reminder_id, claimed.address) == ("chat-1", "r1", "tg:42")
    assert first.claim_due(now + timedelta(minutes=1)) == []  # within the lease


def test_a_claim_never_completed_is_taken_again_after_the_lease(engine: Engine) -> None:
    store = ConversationStore(engine)
    now = datetime(2026, 11, 26, 15, 0, tzinfo=UTC)
    store.update("chat-1", lambda _s: (with_reminder(now), None), address="tg:42")
    queue = ReminderQueue(engine, lease=timedelta(minutes=5))

    assert len(queue.claim_due(now)) == 1
    assert queue.claim_due(now + timedelta(minutes=2)) == []
    assert len(queue.claim_due(now + timedelta(minutes=6))) == 1


def test_a_reminder_not_yet_due_is_not_claimed_and_a_sent_one_leaves_the_table(
    engine: Engine,
) -> None:
    store = ConversationStore(engine)
    now = datetime(2026, 11, 26, 15, 0, tzinfo=UTC)
    store.update(
        "chat-1", lambda _s: (with_reminder(now + timedelta(hours=1)), None), address="tg:42"
    )
    queue = ReminderQueue(engine)

    assert queue.claim_due(now) == []
    assert queue.pending() == 1
    store.update("chat-1", lambda _s: (with_reminder(now, status="sent"), None), address="tg:42")
    assert queue.pending() == 0


def test_erasing_a_conversation_deletes_its_state_and_reminders(engine: Engine) -> None:
    store = ConversationStore(engine)
    now = datetime(2026, 11, 26, 15, 0, tzinfo=UTC)
    store.update("chat-1", lambda _s: (with_reminder(now), None), address="tg:42")

    store.update("chat-1", lambda s: ({**(s or {}), "erase": True}, None))

    assert store.load("chat-1") == (None, 0)
    assert ReminderQueue(engine).pending() == 0


def test_purge_forgets_only_conversations_idle_for_too_long(engine: Engine) -> None:
    store = ConversationStore(engine)
    store.update("old", count_step)
    store.update("new", count_step)
    with engine.begin() as connection:
        connection.execute(
            text("UPDATE conversation SET updated_at = :t WHERE key = 'old'"),
            {"t": datetime(2026, 1, 1, tzinfo=UTC)},
        )

    purged = store.purge(older_than=datetime.now(UTC) - timedelta(days=30))

    assert purged == 1
    assert store.load("old") == (None, 0)
    assert store.load("new")[0] == {"count": 1}


def test_a_worker_claims_only_reminders_it_can_deliver(engine: Engine) -> None:
    store = ConversationStore(engine)
    now = datetime(2026, 11, 26, 15, 0, tzinfo=UTC)
    store.update("console-chat", lambda _s: (with_reminder(now), None), address="console:x")
    store.update("tg-chat", lambda _s: (with_reminder(now), None), address="tg:42")

    claimed = ReminderQueue(engine).claim_due(now, prefix="tg:")

    assert [c.key for c in claimed] == ["tg-chat"]
    assert [c.key for c in ReminderQueue(engine).claim_due(now, key="console-chat")] == [
        "console-chat"
    ]


def test_a_failing_statement_never_shows_what_people_wrote(engine: Engine) -> None:
    words = "my son took fentanyl last night"
    row = {"key": "chat-1", "state": json.dumps({"note": words}), "now": datetime.now(UTC)}
    insert_row = text(
        "INSERT INTO conversation (key, state, version, updated_at) VALUES (:key, :state, 1, :now)"
    )

    with engine.begin() as connection:
        connection.execute(insert_row, row)
    with pytest.raises(DBAPIError) as failure, engine.begin() as connection:
        connection.execute(insert_row, row)  # the same key again

    assert words not in str(failure.value)
    assert "hidden" in str(failure.value)


def test_a_step_that_loses_the_race_files_its_reports_only_once(engine: Engine) -> None:
    store = ConversationStore(engine)
    store.update("chat-1", count_step)
    runs: list[int] = []

    def report_step(state: dict[str, Any] | None) -> tuple[dict[str, Any], None]:
        runs.append(1)
        if len(runs) == 1:
            store.update("chat-1", count_step)  # another worker writes in between
        report = {"type": "report", "program": "p1", "kind": "closed", "details": ""}
        return {**(state or {}), "outbox": [report]}, None

    store.update("chat-1", report_step)

    assert len(runs) == 2  # the step ran again on the fresher state
    assert report_counts(engine) == {"p1": 1}
