"""Which message in each chat still shows answerable buttons, by conversation key: the
Telegram adapter's note between updates, kept in the database (any worker may take the next
update). Holds a message number only."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Engine, Table, delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from bot.storage.conversations import as_utc
from bot.storage.models import LiveKeyboardRecord

_TABLE: Table = LiveKeyboardRecord.__table__  # type: ignore[attr-defined]


class LiveKeyboardStore:
    """Reads and writes the message with live buttons of each chat."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def get(self, key: str) -> int | None:
        """The chat's message with live buttons, or None."""
        with self._engine.connect() as connection:
            row = connection.execute(
                select(_TABLE.c.message_id).where(_TABLE.c.key == key)
            ).first()
        return None if row is None else int(row.message_id)

    def put(self, key: str, message_id: int | None) -> None:
        """Note the chat's message with live buttons (None: there is none)."""
        now = as_utc(datetime.now(UTC))
        change = update(_TABLE).where(_TABLE.c.key == key)
        with self._engine.begin() as connection:
            if message_id is None:
                connection.execute(delete(_TABLE).where(_TABLE.c.key == key))
                return
            values = {"message_id": message_id, "updated_at": now}
            if connection.execute(change.values(**values)).rowcount:
                return
            try:
                with connection.begin_nested():
                    connection.execute(insert(_TABLE).values(key=key, **values))
            except IntegrityError:
                # A reminder sent by another worker noted one first: the newer note wins.
                connection.execute(change.values(**values))

    def purge(self, *, older_than: datetime) -> int:
        """Forget notes untouched since then (their messages are too old to edit anyway)."""
        with self._engine.begin() as connection:
            result = connection.execute(
                delete(_TABLE).where(_TABLE.c.updated_at < as_utc(older_than))
            )
        return int(result.rowcount or 0)
