"""Dialogue state held in the database: read and written on every update, never in memory."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, TypeVar, cast

from sqlalchemy import CursorResult, Engine, insert, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from bot.storage.models import ConversationRecord

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
        with Session(self._engine) as session:
            record = session.get(ConversationRecord, key)
            if record is None:
                return None, 0
            try:
                state = json.loads(record.state)
            except ValueError:
                log.warning("unreadable conversation state replaced")
                return None, record.version
            return (state if isinstance(state, dict) else None), record.version

    def update(self, key: str, step: Callable[[State | None], tuple[State, T]]) -> T:
        """Run ``step`` on the chat's state and store the result atomically; returns its result."""
        for _ in range(self._retries):
            state, version = self.load(key)
            new_state, result = step(state)
            if self._save(key, new_state, version):
                return result
        raise ConversationConflictError(key)

    def _save(self, key: str, state: State, version: int) -> bool:
        payload = json.dumps(state, separators=(",", ":"), ensure_ascii=False)
        now = datetime.now(UTC)
        table = ConversationRecord.__table__  # type: ignore[attr-defined]
        with Session(self._engine) as session, session.begin():
            if version == 0:
                exists = session.get(ConversationRecord, key) is not None
                if not exists:
                    try:
                        with session.begin_nested():
                            session.execute(
                                insert(table).values(
                                    key=key, state=payload, version=1, updated_at=now
                                )
                            )
                        return True
                    except IntegrityError:
                        return False
            result = session.execute(
                update(table)
                .where(table.c.key == key, table.c.version == version)
                .values(state=payload, version=version + 1, updated_at=now)
            )
            return bool(cast("CursorResult[Any]", result).rowcount)

    def delete(self, key: str) -> None:
        """Forget a chat's state."""
        with Session(self._engine) as session, session.begin():
            record = session.get(ConversationRecord, key)
            if record is not None:
                session.delete(record)
