"""The service every adapter uses: load → advance → store → effects, on a real database."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, text

from bot.core.dialogue import Dialogue, Reply, UserInput
from bot.storage.conversations import ConversationStore, ReminderQueue, list_reports
from tests.services import a_service

NOW = datetime(2026, 11, 26, 15, 0, tzinfo=UTC)
GATEWAY = "p5a3a7b41ba"  # Gateway Rehab (Squirrel Hill), Pittsburgh PA 15217


def said(replies: tuple[Reply, ...]) -> str:
    return "\n".join(r.text for r in replies)


def test_a_damaged_conversation_starts_again_in_the_persons_language_and_is_kept_aside(
    real_dialogue: Dialogue, engine: Engine
) -> None:
    service = a_service(real_dialogue, engine, clock=lambda: NOW)
    service.handle("chat", UserInput.command("start"))
    with engine.begin() as connection:
        connection.execute(text('UPDATE conversation SET state = \'{"v": 7, "x": []}\''))

    spanish = UserInput("text", text="hola", language="es")
    handled = service.handle("chat", spanish)

    assert handled.replies[0].text.startswith("Perdón, no pude retomar")
    assert handled.after == "welcome"
    assert handled.language == "es"
    (kept,) = ConversationStore(engine).set_aside()
    assert kept.state == '{"v": 7, "x": []}'
    assert service.handle("chat", UserInput.say("2")).after == "place"  # it goes on


def test_a_reminder_set_in_a_chat_is_claimed_once_and_said_once(
    real_dialogue: Dialogue, engine: Engine
) -> None:
    clock = [NOW]
    service = a_service(real_dialogue, engine, clock=lambda: clock[0], reminders=True)
    for event in (
        UserInput.command("start", "zip_15217"),
        UserInput.pick(f"save:{GATEWAY}", step="results"),
        UserInput.command("saved"),
        UserInput.pick(f"open:{GATEWAY}", step="saved"),
        UserInput.pick("remind", step="item"),
        UserInput.pick("in_1_hour", step="remind"),
    ):
        service.handle("chat", event, address="console:chat")
    assert service.claim_due() == []  # not due yet

    clock[0] = NOW + timedelta(hours=2)
    (due,) = service.claim_due()
    handled = service.handle("chat", UserInput.command("reminder", due.reminder_id))

    assert "Reminder: call Gateway Rehab" in said(handled.replies)
    assert service.claim_due() == []
    assert ReminderQueue(engine).pending() == 0  # delivered: nothing left to schedule


def test_a_report_is_filed_and_erasing_forgets_the_chat(
    real_dialogue: Dialogue, engine: Engine
) -> None:
    service = a_service(real_dialogue, engine, clock=lambda: NOW)
    for event in (
        UserInput.command("start", "zip_15217"),
        UserInput.pick(f"save:{GATEWAY}", step="results"),
        UserInput.command("saved"),
        UserInput.pick(f"open:{GATEWAY}", step="saved"),
        UserInput.pick("report", step="item"),
        UserInput.pick("closed", step="report"),
    ):
        service.handle("chat", event)

    assert [(r.program_id, r.kind) for r in list_reports(engine)] == [(GATEWAY, "closed")]
    service.refresh_reports()
    assert service.reports.count(GATEWAY) == 1

    service.handle("chat", UserInput.command("delete"))
    service.handle("chat", UserInput.say("yes"))
    assert ConversationStore(engine).load("chat").conversation is None
