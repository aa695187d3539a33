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

    def swap(self, key: str, expected: int | None, message_id: int | None) -> bool:
        """Note ``message_id`` (None: none) in place of ``expected`` (None: no note), only
        while the note still says ``expected``; False when another update or reminder changed
        it first. Whoever replaces a note takes the buttons off the message it named."""
        now = as_utc(datetime.now(UTC))
        this_chat = _TABLE.c.key == key
        with self._engine.begin() as connection:
            if expected is None and message_id is None:
                return connection.execute(select(_TABLE.c.key).where(this_chat)).first() is None
            if expected is None:
                try:
                    with connection.begin_nested():
                        connection.execute(
                            insert(_TABLE).values(key=key, message_id=message_id, updated_at=now)
                        )
                except IntegrityError:
                    return False  # another worker noted one first
                return True
            noted = this_chat & (_TABLE.c.message_id == expected)
            if message_id is None:
                return connection.execute(delete(_TABLE).where(noted)).rowcount == 1
            changed = update(_TABLE).where(noted).values(message_id=message_id, updated_at=now)
            return connection.execute(changed).rowcount == 1

    def purge(self, *, older_than: datetime) -> int:
        """Forget notes untouched since then (their messages are too old to edit anyway)."""
        with self._engine.begin() as connection:
            result = connection.execute(
                delete(_TABLE).where(_TABLE.c.updated_at < as_utc(older_than))
            )
        return int(result.rowcount or 0)
