"""Conversations live in the database: loaded and saved on every update, never lost."""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

from bot.core.conversation import Conversation, Reminder
from bot.core.dialogue import (
    CancelReminder,
    Effect,
    EraseChat,
    FileReport,
    Outcome,
    ScheduleReminder,
)
from bot.core.ports import Stored
from bot.storage.conversations import (
    ConversationConflictError,
    ConversationStore,
    DueReminder,
    ReminderQueue,
    list_reports,
    report_counts,
)
from bot.storage.database import create_db_engine


def counted(stored: Stored, *effects: Effect) -> Outcome:
    """The stored conversation with its counter one up (a stand-in for a real step)."""
    conversation = stored.conversation or Conversation()
    return Outcome(Conversation(counter=conversation.counter + 1), (), effects)


def count_step(stored: Stored) -> tuple[Outcome, int]:
    outcome = counted(stored)
    return outcome, outcome.conversation.counter


def count_of(store: ConversationStore, key: str) -> int | None:
    conversation = store.load(key).conversation
    return None if conversation is None else conversation.counter


def test_a_new_chat_has_no_conversation(engine: Engine) -> None:
    assert ConversationStore(engine).load("chat-1") == Stored(None)


def test_each_update_sees_the_state_the_previous_one_stored(engine: Engine) -> None:
    store = ConversationStore(engine)

    results = [store.update("chat-1", count_step) for _ in range(3)]

    assert results == [1, 2, 3]
    assert count_of(store, "chat-1") == 3


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
    assert count_of(store, "busy") == 40


def test_an_update_that_always_loses_the_race_gives_up_with_a_clear_error(
    engine: Engine,
) -> None:
    store = ConversationStore(engine, retries=3)
    store.update("chat-1", count_step)

    def step_racing_another_worker(state: Stored) -> tuple[Outcome, int]:
        with engine.begin() as connection:
            connection.execute(text("UPDATE conversation SET version = version + 1"))
        return count_step(state)

    with pytest.raises(ConversationConflictError):
        store.update("chat-1", step_racing_another_worker)


@pytest.mark.parametrize(
    "damage",
    ["not json{'", '{"v": 99, "step": "welcome"}', '{"v": 1, "step": 5, "answers": []}', "[]"],
    ids=["not-json", "unknown-schema", "damaged-schema-1", "not-an-object"],
)
def test_an_unreadable_conversation_is_set_aside_and_begins_again(
    engine: Engine, damage: str, caplog: pytest.LogCaptureFixture
) -> None:
    store = ConversationStore(engine)
    store.update("chat-1", count_step)
    with engine.begin() as connection:
        connection.execute(text("UPDATE conversation SET state = :s"), {"s": damage})
    seen: list[Stored] = []

    def step(stored: Stored) -> tuple[Outcome, int]:
        seen.append(stored)
        return count_step(stored)

    assert store.update("chat-1", step) == 1
    assert seen == [Stored(None, unreadable=True)]
    (kept,) = store.set_aside()
    assert (kept.key, kept.state) == ("chat-1", damage)
    assert damage not in caplog.text  # logged, without its content
    assert "set aside" in caplog.text
    assert store.update("chat-1", count_step) == 2  # and the chat goes on


def test_deleting_a_chat_forgets_it(engine: Engine) -> None:
    store = ConversationStore(engine)
    store.update("chat-1", count_step)

    store.delete("chat-1")

    assert store.load("chat-1") == Stored(None)


def test_reports_leave_the_conversation_with_no_link_to_it(engine: Engine) -> None:
    store = ConversationStore(engine)

    def report(stored: Stored) -> tuple[Outcome, None]:
        return counted(stored, FileReport("p1", "phone", "busy tone")), None

    store.update("chat-1", report)

    assert report_counts(engine) == {"p1": 1}
    (filed,) = list_reports(engine)
    assert (filed.program_id, filed.kind, filed.details) == ("p1", "phone", "busy tone")
    assert "chat-1" not in repr(filed.model_dump())


def with_reminder(due: datetime, *effects: Effect) -> Outcome:
    """A conversation with reminder r1, and what to carry out with it."""
    reminder = Reminder(id="r1", program="p1", due=due)
    return Outcome(Conversation(reminders=[reminder]), (), effects)


def scheduled(due: datetime) -> Outcome:
    """A conversation that has just set reminder r1."""
    return with_reminder(due, ScheduleReminder("r1", due))


def test_a_due_reminder_is_claimed_by_exactly_one_of_two_workers(engine: Engine) -> None:
    store = ConversationStore(engine)
    now = datetime(2026, 11, 26, 15, 0, tzinfo=UTC)
    store.update(
        "chat-1", lambda _s: (scheduled(now - timedelta(minutes=1)), None), address="tg:42"
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
    store.update("chat-1", lambda _s: (scheduled(now), None), address="tg:42")
    queue = ReminderQueue(engine, lease=timedelta(minutes=5))

    assert len(queue.claim_due(now)) == 1
    assert queue.claim_due(now + timedelta(minutes=2)) == []
    assert len(queue.claim_due(now + timedelta(minutes=6))) == 1


def test_a_reminder_not_yet_due_is_not_claimed_and_a_sent_one_leaves_the_table(
    engine: Engine,
) -> None:
    store = ConversationStore(engine)
    now = datetime(2026, 11, 26, 15, 0, tzinfo=UTC)
    store.update("chat-1", lambda _s: (scheduled(now + timedelta(hours=1)), None), address="tg:42")
    queue = ReminderQueue(engine)

    assert queue.claim_due(now) == []
    assert queue.pending() == 1
    sent = with_reminder(now, CancelReminder("r1"))
    store.update("chat-1", lambda _s: (sent, None), address="tg:42")
    assert queue.pending() == 0


def test_erasing_a_conversation_deletes_its_state_and_reminders(engine: Engine) -> None:
    store = ConversationStore(engine)
    now = datetime(2026, 11, 26, 15, 0, tzinfo=UTC)
    store.update("chat-1", lambda _s: (scheduled(now), None), address="tg:42")

    store.update("chat-1", lambda s: (counted(s, EraseChat()), None))

    assert store.load("chat-1") == Stored(None)
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
    assert store.load("old") == Stored(None)
    assert count_of(store, "new") == 1


def test_a_worker_claims_only_reminders_it_can_deliver(engine: Engine) -> None:
    store = ConversationStore(engine)
    now = datetime(2026, 11, 26, 15, 0, tzinfo=UTC)
    store.update("console-chat", lambda _s: (scheduled(now), None), address="console:x")
    store.update("tg-chat", lambda _s: (scheduled(now), None), address="tg:42")

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

    def report_step(stored: Stored) -> tuple[Outcome, None]:
        runs.append(1)
        if len(runs) == 1:
            store.update("chat-1", count_step)  # another worker writes in between
        return counted(stored, FileReport("p1", "closed")), None

    store.update("chat-1", report_step)

    assert len(runs) == 2  # the step ran again on the fresher state
    assert report_counts(engine) == {"p1": 1}
