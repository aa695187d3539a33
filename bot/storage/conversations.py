"""Dialogue state held in the database: read and written on every update, never in memory."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar, cast

from sqlalchemy import CursorResult, Engine, delete, func, insert, update
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
            state, version, last_update = self._load(key)
            seen = update_id is not None and last_update is not None and update_id <= last_update
            chosen = replay if seen and replay is not None else step
            new_state, result = chosen(state)
            taken = last_update if seen else update_id
            if self._save(key, new_state, version, address, taken):
                return result
        raise ConversationConflictError(key)

    def _load(self, key: str) -> tuple[State | None, int, int | None]:
        table = ConversationRecord.__table__  # type: ignore[attr-defined]
        query = select(table.c.state, table.c.version, table.c.last_update_id).where(
            table.c.key == key
        )
        with self._engine.connect() as connection:
            row = connection.execute(query).first()
        if row is None:
            return None, 0, None
        try:
            state = json.loads(row.state)
        except ValueError:
            log.warning("unreadable conversation state replaced")
            return None, row.version, row.last_update_id
        return (state if isinstance(state, dict) else None), row.version, row.last_update_id

    def _save(
        self,
        key: str,
        state: State,
        version: int,
        address: str = "",
        update_id: int | None = None,
    ) -> bool:
        outbox = state.pop("outbox", None) or []
        erase = bool(state.pop("erase", False))
        payload = json.dumps(state, separators=(",", ":"), ensure_ascii=False)
        now = as_utc(datetime.now(UTC))
        table = ConversationRecord.__table__  # type: ignore[attr-defined]
        with Session(self._engine) as session, session.begin():
            _file_reports(session, outbox, now)
            if erase:
                return _erase(session, key, version)
            _mirror_reminders(session, key, state, address)
            if version == 0:
                exists = session.get(ConversationRecord, key) is not None
                if not exists:
                    try:
                        with session.begin_nested():
                            session.execute(
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
                        return False
            result = session.execute(
                update(table)
                .where(table.c.key == key, table.c.version == version)
                .values(
                    state=payload,
                    version=version + 1,
                    updated_at=now,
                    last_update_id=update_id if update_id is not None else table.c.last_update_id,
                )
            )
            return bool(cast("CursorResult[Any]", result).rowcount)

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


def as_utc(moment: datetime) -> datetime:
    """A moment in UTC, zone attached (a zone-less one is taken to be UTC already).

    Every stored time is UTC, so comparisons agree on SQLite (text) and PostgreSQL.
    """
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def _file_reports(session: Session, outbox: list[Any], now: datetime) -> None:
    for item in outbox:
        if isinstance(item, dict) and item.get("type") == "report":
            session.add(
                ListingReportRecord(
                    program_id=str(item.get("program", ""))[:24],
                    kind=str(item.get("kind", "other"))[:16],
                    details=str(item.get("details", ""))[:200],
                    reported_at=now,
                )
            )


def _erase(session: Session, key: str, version: int) -> bool:
    """Delete a conversation that asked to be erased (if nobody changed it meanwhile)."""
    session.execute(delete(ReminderRecord).where(ReminderRecord.key == key))  # type: ignore[arg-type]
    record = session.get(ConversationRecord, key)
    if record is not None:
        if record.version != version:
            session.rollback()
            return False
        session.delete(record)
    return True


def _mirror_reminders(session: Session, key: str, state: State, address: str) -> None:
    """Make the reminder table hold exactly the conversation's pending reminders."""
    pending: dict[str, datetime] = {}
    for reminder in state.get("reminders", []) or []:
        if not isinstance(reminder, dict) or reminder.get("status") != "pending":
            continue
        try:
            due = datetime.fromisoformat(str(reminder.get("due")))
        except ValueError:
            continue
        pending[str(reminder.get("id"))[:16]] = as_utc(due)
    existing = {
        r.reminder_id: r
        for r in session.exec(select(ReminderRecord).where(ReminderRecord.key == key))
    }
    for reminder_id, stored in existing.items():
        if reminder_id not in pending and stored.sent_at is None:
            session.delete(stored)
    for reminder_id, due in pending.items():
        record = existing.get(reminder_id)
        if record is None:
            if address:
                session.add(
                    ReminderRecord(key=key, reminder_id=reminder_id, address=address, due_at=due)
                )
        elif as_utc(record.due_at) != due and record.sent_at is None:
            record.due_at = due


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
