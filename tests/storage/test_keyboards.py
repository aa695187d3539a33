"""The note of which message shows live buttons: one number per chat, replaced, cleared, purged."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, text

from bot.storage.keyboards import LiveKeyboardStore


def test_one_message_per_chat_is_noted_replaced_and_cleared(engine: Engine) -> None:
    store = LiveKeyboardStore(engine)
    assert store.get("tg:a") is None

    store.put("tg:a", 7)
    store.put("tg:a", 9)
    store.put("tg:b", 3)
    assert (store.get("tg:a"), store.get("tg:b")) == (9, 3)

    store.put("tg:a", None)
    assert store.get("tg:a") is None
    with engine.connect() as connection:
        columns = connection.execute(text("SELECT * FROM live_keyboard")).keys()
    assert set(columns) == {"key", "message_id", "updated_at"}  # a number, never a text


def test_old_notes_are_purged(engine: Engine) -> None:
    store = LiveKeyboardStore(engine)
    store.put("tg:a", 7)

    assert store.purge(older_than=datetime.now(UTC) - timedelta(days=1)) == 0
    assert store.purge(older_than=datetime.now(UTC) + timedelta(seconds=1)) == 1
    assert store.get("tg:a") is None
