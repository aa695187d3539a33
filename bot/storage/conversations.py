"""Conversations held in the database: read and written on every update, never in memory.

The store encodes and decodes conversations and carries out an update's effects; it never
changes a conversation itself.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
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

from bot.core.conversation import (
    UnreadableConversationError,
    decode_conversation,
    encode_conversation,
)
from bot.core.dialogue import CancelReminder, Effect, FileReport, Outcome, ScheduleReminder
from bot.core.ports import Stored
from bot.storage.models import (
    ConversationRecord,
    ListingReportRecord,
    ReminderRecord,
    SetAsideConversationRecord,
)

log = logging.getLogger(__name__)

T = TypeVar("T")


class ConversationConflictError(RuntimeError):
    """Another update for the same chat kept winning; the caller may answer "try again"."""


class ConversationStore:
    """Loads a chat's conversation, applies a pure step, and saves the outcome only if nobody
    else did first; the outcome's effects are carried out in the same transaction.

    Optimistic concurrency: every row carries a version. The step is pure, so when another
    worker committed in between, the step simply runs again on the fresher conversation.
    """

    def __init__(self, engine: Engine, *, retries: int = 8) -> None:
        self._engine = engine
        self._retries = retries

    def load(self, key: str) -> Stored:
        """The stored conversation of a chat (for maintainers and tests)."""
        with self._engine.connect() as connection:
            raw, _, _ = _read(connection, key)
        return _decode(raw)[0]

    def update(
        self,
        key: str,
        step: Callable[[Stored], tuple[Outcome, T]],
        *,
        address: str = "",
        update_id: int | None = None,
        replay: Callable[[Stored], tuple[Outcome, T]] | None = None,
    ) -> T:
        """Run ``step`` on the chat's conversation and store the outcome atomically.

        In the same transaction: an unreadable stored row is set aside, reports go to their own
        table (with no link to the chat), reminders are scheduled or cancelled for the
        scheduler (``address`` says where to deliver them), and a chat asking to be erased is
        deleted instead of stored.

        ``update_id`` numbers the incoming update (Telegram's ids only grow): one the chat has
        already taken, delivered again after a worker died, runs ``replay`` instead of
        ``step``, so nothing is applied twice.
        """
        for _ in range(self._retries):
            # One connection for the read and the write: a pool checkout (and, on PostgreSQL,
            # its ping) costs about as much as a statement.
            with self._engine.connect() as connection:
                raw, version, last_update = _read(connection, key)
                connection.rollback()  # no transaction stays open while the step runs
                stored, reason = _decode(raw)
                seen = (
                    update_id is not None and last_update is not None and update_id <= last_update
                )
                chosen = replay if seen and replay is not None else step
                outcome, result = chosen(stored)
                taken = last_update if seen else update_id
                aside = _SetAside(raw or "", reason) if stored.unreadable else None
                if _save(connection, key, outcome, version, address, taken, aside):
                    if aside is not None:
                        # Never the row's content: it holds what a person wrote.
                        log.warning("an unreadable conversation was set aside (%s)", reason)
                    return result
        raise ConversationConflictError(key)

    def delete(self, key: str) -> None:
        """Forget a chat's conversation and its reminders."""
        with Session(self._engine) as session, session.begin():
            session.execute(delete(ReminderRecord).where(ReminderRecord.key == key))  # type: ignore[arg-type]
            record = session.get(ConversationRecord, key)
            if record is not None:
                session.delete(record)

    def purge(self, *, older_than: datetime) -> int:
        """Delete conversations (with their reminders, and rows set aside) untouched since
        ``older_than``; returns how many conversations."""
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
            session.execute(delete(_SET_ASIDE).where(_SET_ASIDE.c.set_aside_at < older_than))
            return len(keys)

    def set_aside(self) -> list[SetAsideConversationRecord]:
        """The unreadable conversations kept aside, oldest first (for maintainers)."""
        with Session(self._engine) as session:
            query = select(SetAsideConversationRecord).order_by(
                SetAsideConversationRecord.set_aside_at  # type: ignore[arg-type]
            )
            return list(session.exec(query).all())


@dataclass(frozen=True, slots=True)
class _SetAside:
    """An unreadable stored row, and why it could not be read."""

    state: str
    reason: str


def _decode(raw: str | None) -> tuple[Stored, str]:
    """The conversation in a stored row, and why it could not be read (or "")."""
    if raw is None:
        return Stored(None), ""
    try:
        return Stored(decode_conversation(raw)), ""
    except UnreadableConversationError as error:
        return Stored(None, unreadable=True), str(error)


# Core statements on the tables: an update runs a handful of them, and the ORM's unit of work
# cost more than the statements themselves.
_CONVERSATIONS: Table = ConversationRecord.__table__  # type: ignore[attr-defined]
_REMINDERS: Table = ReminderRecord.__table__  # type: ignore[attr-defined]
_REPORTS: Table = ListingReportRecord.__table__  # type: ignore[attr-defined]
_SET_ASIDE: Table = SetAsideConversationRecord.__table__  # type: ignore[attr-defined]
_READ = select(
    _CONVERSATIONS.c.state, _CONVERSATIONS.c.version, _CONVERSATIONS.c.last_update_id
).where(_CONVERSATIONS.c.key == bindparam("key"))
_VERSION = select(_CONVERSATIONS.c.version).where(_CONVERSATIONS.c.key == bindparam("key"))
_DROP_UNSENT = delete(_REMINDERS).where(
    _REMINDERS.c.key == bindparam("key"),
    _REMINDERS.c.reminder_id == bindparam("reminder_id"),
    _REMINDERS.c.sent_at.is_(None),
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


def _read(connection: Connection, key: str) -> tuple[str | None, int, int | None]:
    """A chat's stored row: its text (None when there is none), version and last update."""
    row = connection.execute(_READ, {"key": key}).first()
    if row is None:
        return None, 0, None
    return str(row.state), row.version, row.last_update_id


def _save(
    connection: Connection,
    key: str,
    outcome: Outcome,
    version: int,
    address: str = "",
    update_id: int | None = None,
    aside: _SetAside | None = None,
) -> bool:
    """Store an outcome unless another update did since ``version``; False means run it again."""
    payload = encode_conversation(outcome.conversation)
    now = as_utc(datetime.now(UTC))
    with connection.begin() as transaction:
        if aside is not None:
            connection.execute(
                insert(_SET_ASIDE).values(
                    key=key, state=aside.state, reason=aside.reason[:120], set_aside_at=now
                )
            )
        _file_reports(connection, outcome.effects, now)
        if outcome.erases:
            return _erase(connection, transaction, key, version)
        _schedule(connection, key, outcome.effects, address)
        if version == 0:
            exists = connection.execute(_VERSION, {"key": key}).first() is not None
            if not exists:
                try:
                    with connection.begin_nested():
                        connection.execute(
                            insert(_CONVERSATIONS).values(
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


def _file_reports(connection: Connection, effects: Sequence[Effect], now: datetime) -> None:
    rows = [
        {
            "program_id": effect.program_id[:24],
            "kind": effect.kind[:16],
            "details": effect.details[:200],
            "reported_at": now,
        }
        for effect in effects
        if isinstance(effect, FileReport)
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


def _schedule(connection: Connection, key: str, effects: Sequence[Effect], address: str) -> None:
    """Put new reminders where the scheduler finds them; take cancelled and sent ones out.

    Without an address (nowhere to deliver) a reminder stays in the conversation only.
    """
    for effect in effects:
        if isinstance(effect, CancelReminder):
            connection.execute(_DROP_UNSENT, {"key": key, "reminder_id": effect.reminder_id})
        elif isinstance(effect, ScheduleReminder) and address:
            drop = delete(_REMINDERS).where(
                _REMINDERS.c.key == key, _REMINDERS.c.reminder_id == effect.reminder_id[:16]
            )
            connection.execute(drop)  # a row of a forgotten chat's reminder with the same id
            connection.execute(
                insert(_REMINDERS).values(
                    key=key,
                    reminder_id=effect.reminder_id[:16],
                    address=address,
                    due_at=as_utc(effect.due),
                )
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
