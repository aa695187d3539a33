"""The note of which message shows live buttons: one number per chat, replaced, cleared, purged."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, text

from bot.storage.keyboards import LiveKeyboardStore


def test_one_message_per_chat_is_noted_replaced_and_cleared(engine: Engine) -> None:
    store = LiveKeyboardStore(engine)
    assert store.get("tg:a") is None

    assert store.swap("tg:a", None, 7)
    assert store.swap("tg:a", 7, 9)
    assert store.swap("tg:b", None, 3)
    assert (store.get("tg:a"), store.get("tg:b")) == (9, 3)

    assert store.swap("tg:a", 9, None)
    assert store.get("tg:a") is None
    with engine.connect() as connection:
        columns = connection.execute(text("SELECT * FROM live_keyboard")).keys()
    assert set(columns) == {"key", "message_id", "updated_at"}  # a number, never a text


def test_a_note_changed_meanwhile_is_not_replaced(engine: Engine) -> None:
    """Two updates of one chat read note 7; the first replaces it with 8, the second finds
    it changed and must read it again (8 is then its to replace, and its to edit)."""
    store = LiveKeyboardStore(engine)
    store.swap("tg:a", None, 7)

    assert store.swap("tg:a", 7, 8)
    assert not store.swap("tg:a", 7, 9)
    assert not store.swap("tg:a", None, 9)  # a first note, where there is one already
    assert not store.swap("tg:a", 7, None)
    assert not store.swap("tg:a", None, None)
    assert store.get("tg:a") == 8
    assert store.swap("tg:a", 8, 9)
    assert store.get("tg:a") == 9


def test_old_notes_are_purged(engine: Engine) -> None:
    store = LiveKeyboardStore(engine)
    store.swap("tg:a", None, 7)

    assert store.purge(older_than=datetime.now(UTC) - timedelta(days=1)) == 0
    assert store.purge(older_than=datetime.now(UTC) + timedelta(seconds=1)) == 1
    assert store.get("tg:a") is None
