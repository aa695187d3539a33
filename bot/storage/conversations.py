"""Dialogue state held in the database: read and written on every update, never in memory."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar, cast

from sqlalchemy import (
    Connection,
    CursorResult,
    Engine,
    Table,
    Transaction,
    bindparam,
    delete,
    func,
    insert,
    update,
)
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from bot.storage.models import ConversationRecord, ListingReportRecord, ReminderRecord

log = logging.getLogger(__name__)

T = TypeVar("T")
State = dict[str, Any]


class ConversationConflictError(RuntimeError):
    """Another update for the same chat kept winning; the caller may answer "try again"."""


class ConversationStore:
    """Loads a chat's state, applies a pure step, and saves it only if nobody else did first.

    Optimistic concurrency: every row carries a version. The step is pure, so when another
    worker committed in between, the step simply runs again on the fresher state.
    """

    def __init__(self, engine: Engine, *, retries: int = 8) -> None:
        self._engine = engine
        self._retries = retries

    def load(self, key: str) -> tuple[State | None, int]:
        """The stored state of a chat (None when there is none or it is unreadable) and version."""
        state, version, _ = self._load(key)
        return state, version

    def update(
        self,
        key: str,
        step: Callable[[State | None], tuple[State, T]],
        *,
        address: str = "",
        update_id: int | None = None,
        replay: Callable[[State | None], tuple[State, T]] | None = None,
    ) -> T:
        """Run ``step`` on the chat's state and store the result atomically; returns its result.

        In the same transaction: reports in the state's outbox go to their own table (with no
        link to the chat), the chat's reminders are mirrored for the scheduler (``address``
        says where to deliver them), and a state asking to be erased is deleted instead.

        ``update_id`` numbers the incoming update (Telegram's ids only grow): one the chat has
        already taken, delivered again after a worker died, runs ``replay`` instead of
        ``step``, so nothing is applied twice.
        """
        for _ in range(self._retries):
            # One connection for the read and the write: a pool checkout (and, on PostgreSQL,
            # its ping) costs about as much as a statement.
            with self._engine.connect() as connection:
                state, version, last_update = _read(connection, key)
                connection.rollback()  # no transaction stays open while the step runs
                # Read before the step, which may change the state it is given.
                mirrored = None if state is None else _pending_reminders(state)
                seen = (
                    update_id is not None and last_update is not None and update_id <= last_update
                )
                chosen = replay if seen and replay is not None else step
                new_state, result = chosen(state)
                taken = last_update if seen else update_id
                if _save(connection, key, new_state, version, address, taken, mirrored):
                    return result
        raise ConversationConflictError(key)

    def _load(self, key: str) -> tuple[State | None, int, int | None]:
        with self._engine.connect() as connection:
            return _read(connection, key)

    def delete(self, key: str) -> None:
        """Forget a chat's state and its reminders."""
        with Session(self._engine) as session, session.begin():
            session.execute(delete(ReminderRecord).where(ReminderRecord.key == key))  # type: ignore[arg-type]
            record = session.get(ConversationRecord, key)
            if record is not None:
                session.delete(record)

    def purge(self, *, older_than: datetime) -> int:
        """Delete conversations (and their reminders) untouched since ``older_than``."""
        older_than = as_utc(older_than)
        with Session(self._engine) as session, session.begin():
            stale = select(ConversationRecord.key).where(
                ConversationRecord.updated_at < older_than
            )
            keys = [row[0] for row in session.execute(stale)]
            if keys:
                session.execute(delete(ReminderRecord).where(ReminderRecord.key.in_(keys)))  # type: ignore[attr-defined]
                session.execute(
                    delete(ConversationRecord).where(ConversationRecord.key.in_(keys))  # type: ignore[attr-defined]
                )
            return len(keys)


# Core statements on the tables: an update runs a handful of them, and the ORM's unit of work
# cost more than the statements themselves.
_CONVERSATIONS: Table = ConversationRecord.__table__  # type: ignore[attr-defined]
_REMINDERS: Table = ReminderRecord.__table__  # type: ignore[attr-defined]
_REPORTS: Table = ListingReportRecord.__table__  # type: ignore[attr-defined]
_READ = select(
    _CONVERSATIONS.c.state, _CONVERSATIONS.c.version, _CONVERSATIONS.c.last_update_id
).where(_CONVERSATIONS.c.key == bindparam("key"))
_VERSION = select(_CONVERSATIONS.c.version).where(_CONVERSATIONS.c.key == bindparam("key"))
_REMINDERS_OF = select(_REMINDERS.c.reminder_id, _REMINDERS.c.due_at, _REMINDERS.c.sent_at).where(
    _REMINDERS.c.key == bindparam("key")
)
_DROP_UNSENT = delete(_REMINDERS).where(
    _REMINDERS.c.key == bindparam("key"), _REMINDERS.c.sent_at.is_(None)
)
_WRITE = (
    update(_CONVERSATIONS)
    .where(
        _CONVERSATIONS.c.key == bindparam("old_key"),
        _CONVERSATIONS.c.version == bindparam("old_version"),
    )
    .values(state=bindparam("state"), version=bindparam("version"), updated_at=bindparam("now"))
)
# The same, also noting the update applied (without one, the last noted stays).
_WRITE_TAKEN = _WRITE.values(last_update_id=bindparam("update_id"))


def _read(connection: Connection, key: str) -> tuple[State | None, int, int | None]:
    """A chat's state (None when there is none or it is unreadable), version, last update."""
    row = connection.execute(_READ, {"key": key}).first()
    if row is None:
        return None, 0, None
    try:
        state = json.loads(row.state)
    except ValueError:
        log.warning("unreadable conversation state replaced")
        return None, row.version, row.last_update_id
    return (state if isinstance(state, dict) else None), row.version, row.last_update_id


def _save(
    connection: Connection,
    key: str,
    state: State,
    version: int,
    address: str = "",
    update_id: int | None = None,
    mirrored: dict[str, datetime] | None = None,
) -> bool:
    """Store a state unless another update did since ``version``; False means run it again.

    ``mirrored``: the pending reminders of the state stored at ``version`` (None: unknown).
    """
    outbox = state.pop("outbox", None) or []
    erase = bool(state.pop("erase", False))
    payload = json.dumps(state, separators=(",", ":"), ensure_ascii=False)
    now = as_utc(datetime.now(UTC))
    table = _CONVERSATIONS
    with connection.begin() as transaction:
        _file_reports(connection, outbox, now)
        if erase:
            return _erase(connection, transaction, key, version)
        _mirror_reminders(connection, key, state, address, mirrored)
        if version == 0:
            exists = connection.execute(_VERSION, {"key": key}).first() is not None
            if not exists:
                try:
                    with connection.begin_nested():
                        connection.execute(
                            insert(table).values(
                                key=key,
                                state=payload,
                                version=1,
                                updated_at=now,
                                last_update_id=update_id,
                            )
                        )
                    return True
                except IntegrityError:
                    transaction.rollback()  # another worker created it first: file nothing
                    return False
        values = {
            "old_key": key,
            "old_version": version,
            "state": payload,
            "version": version + 1,
            "now": now,
        }
        if update_id is None:
            result = connection.execute(_WRITE, values)
        else:
            result = connection.execute(_WRITE_TAKEN, {**values, "update_id": update_id})
        if not result.rowcount:
            transaction.rollback()  # lost the race: file nothing; the step runs again
            return False
        return True


def as_utc(moment: datetime) -> datetime:
    """A moment in UTC, zone attached (a zone-less one is taken to be UTC already).

    Every stored time is UTC, so comparisons agree on SQLite (text) and PostgreSQL.
    """
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def _file_reports(connection: Connection, outbox: list[Any], now: datetime) -> None:
    rows = [
        {
            "program_id": str(item.get("program", ""))[:24],
            "kind": str(item.get("kind", "other"))[:16],
            "details": str(item.get("details", ""))[:200],
            "reported_at": now,
        }
        for item in outbox
        if isinstance(item, dict) and item.get("type") == "report"
    ]
    if rows:
        connection.execute(insert(_REPORTS), rows)


def _erase(connection: Connection, transaction: Transaction, key: str, version: int) -> bool:
    """Delete a conversation that asked to be erased (if nobody changed it meanwhile)."""
    connection.execute(delete(_REMINDERS).where(_REMINDERS.c.key == key))
    row = connection.execute(_VERSION, {"key": key}).first()
    if row is not None:
        if row.version != version:
            transaction.rollback()
            return False
        connection.execute(delete(_CONVERSATIONS).where(_CONVERSATIONS.c.key == key))
    return True


def _pending_reminders(state: State) -> dict[str, datetime]:
    """A state's pending reminders that can be scheduled: id -> when, in UTC."""
    pending: dict[str, datetime] = {}
    for reminder in state.get("reminders", []) or []:
        if not isinstance(reminder, dict) or reminder.get("status") != "pending":
            continue
        try:
            due = datetime.fromisoformat(str(reminder.get("due")))
        except ValueError:
            continue
        pending[str(reminder.get("id"))[:16]] = as_utc(due)
    return pending


def _mirror_reminders(
    connection: Connection,
    key: str,
    state: State,
    address: str,
    mirrored: dict[str, datetime] | None = None,
) -> None:
    """Make the reminder table hold exactly the conversation's pending reminders.

    ``mirrored`` are those of the state this one replaces; as every stored state was mirrored
    in the transaction that stored it, none pending then means no unsent row to drop now.
    """
    pending = _pending_reminders(state)
    table = _REMINDERS
    if not pending:
        # Most conversations have none, and had none: then there is nothing to do.
        if mirrored is None or mirrored:
            connection.execute(_DROP_UNSENT, {"key": key})
        return
    existing = {row.reminder_id: row for row in connection.execute(_REMINDERS_OF, {"key": key})}
    for reminder_id, stored in existing.items():
        if reminder_id not in pending and stored.sent_at is None:
            connection.execute(
                delete(table).where(table.c.key == key, table.c.reminder_id == reminder_id)
            )
    for reminder_id, due in pending.items():
        record = existing.get(reminder_id)
        if record is None:
            if address:
                connection.execute(
                    insert(table).values(
                        key=key, reminder_id=reminder_id, address=address, due_at=due
                    )
                )
        elif as_utc(record.due_at) != due and record.sent_at is None:
            connection.execute(
                update(table)
                .where(table.c.key == key, table.c.reminder_id == reminder_id)
                .values(due_at=due)
            )


@dataclass(frozen=True, slots=True)
class DueReminder:
    """A reminder whose time has come, claimed by this worker for delivery."""

    key: str
    reminder_id: str
    address: str


class ReminderQueue:
    """Finds due reminders and claims each for one worker, so it is sent once.

    A claim is a conditional UPDATE: of two workers asking at once, exactly one changes the
    row. A claim that was never completed (the worker died) can be taken again after a lease.
    """

    def __init__(self, engine: Engine, *, lease: timedelta = timedelta(minutes=5)) -> None:
        self._engine = engine
        self._lease = lease

    def claim_due(
        self, now: datetime, *, key: str | None = None, prefix: str = "", limit: int = 50
    ) -> list[DueReminder]:
        """Claim up to ``limit`` reminders due by ``now``.

        ``key`` keeps to one conversation's; ``prefix`` to one adapter's addresses ("tg:"), so
        a worker never claims a reminder it cannot deliver.
        """
        now = as_utc(now)
        expired = now - self._lease
        table = ReminderRecord.__table__  # type: ignore[attr-defined]
        free = (table.c.sent_at.is_(None)) & (
            table.c.claimed_at.is_(None) | (table.c.claimed_at < expired)
        )
        query = select(table.c.key, table.c.reminder_id, table.c.address).where(
            free & (table.c.due_at <= now)
        )
        if key is not None:
            query = query.where(table.c.key == key)
        if prefix:
            query = query.where(table.c.address.startswith(prefix))
        claimed: list[DueReminder] = []
        with Session(self._engine) as session:
            candidates = session.execute(query.order_by(table.c.due_at).limit(limit)).all()
        for row in candidates:
            with Session(self._engine) as session, session.begin():
                result = session.execute(
                    update(table)
                    .where(
                        free & (table.c.key == row.key) & (table.c.reminder_id == row.reminder_id)
                    )
                    .values(claimed_at=now)
                )
                if cast("CursorResult[Any]", result).rowcount == 1:
                    claimed.append(DueReminder(row.key, row.reminder_id, row.address))
        return claimed

    def pending(self) -> int:
        """How many reminders wait to be sent (for maintainers and tests)."""
        with Session(self._engine) as session:
            rows = session.exec(select(ReminderRecord).where(ReminderRecord.sent_at == None))  # noqa: E711
            return len(rows.all())


def report_counts(engine: Engine) -> dict[str, int]:
    """Programs with reports of a wrong listing: program id -> number of reports."""
    table = ListingReportRecord.__table__  # type: ignore[attr-defined]
    with Session(engine) as session:
        rows = session.execute(
            select(table.c.program_id, func.count()).group_by(table.c.program_id)
        ).all()
    return {str(program_id): int(count) for program_id, count in rows}


def list_reports(engine: Engine) -> list[ListingReportRecord]:
    """Every listing report, newest first."""
    with Session(engine) as session:
        query = select(ListingReportRecord).order_by(ListingReportRecord.reported_at.desc())  # type: ignore[attr-defined]
        return list(session.exec(query).all())
