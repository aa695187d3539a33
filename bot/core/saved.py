"""The saved list, call tracker and reminders kept in a conversation's state; pure.

Everything here lives inside the dialogue state (a JSON dict), so it is stored, restored and
deleted with the conversation itself. Reminders are also mirrored into a table by the storage
adapter, only so that a scheduler can find the due ones.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from bot.core.questions import Question

MAX_SAVED = 20
MAX_REMINDERS = 10
MAX_NOTE = 200
MAX_ANSWER = 160

STATUSES = ("to_call", "waiting", "booked", "not_fit")

Entry = dict[str, Any]
State = dict[str, Any]


def saved_entries(state: State) -> list[Entry]:
    """The saved programs, in the order they were saved."""
    entries = state.setdefault("saved", [])
    return entries if isinstance(entries, list) else []


def saved_entry(state: State, program_id: str) -> Entry | None:
    """The saved entry of a program, if it is on the list."""
    return next((e for e in saved_entries(state) if e.get("id") == program_id), None)


def save_program(state: State, program_id: str, now: datetime) -> str:
    """Put a program on the list: "added", "already" or "full"."""
    if saved_entry(state, program_id) is not None:
        return "already"
    entries = saved_entries(state)
    if len(entries) >= MAX_SAVED:
        return "full"
    entries.append(
        {
            "id": program_id,
            "status": "to_call",
            "date": "",
            "reason": "",
            "note": "",
            "answers": {},
            "saved": now.isoformat(),
        }
    )
    return "added"


def remove_program(state: State, program_id: str) -> None:
    """Take a program off the list, with its reminders."""
    state["saved"] = [e for e in saved_entries(state) if e.get("id") != program_id]
    for reminder in reminders(state):
        if reminder.get("program") == program_id and reminder.get("status") == "pending":
            reminder["status"] = "cancelled"


def question_key(question: Question) -> str:
    """A stable key for a question of the call plan (its text id and filled-in values)."""
    values = ",".join(f"{k}={v}" for k, v in sorted(question.values.items()))
    return f"{question.text_id}|{values}"


def answered(entry: Entry, question: Question) -> dict[str, Any] | None:
    """What was recorded for one question of a saved program, if anything."""
    record = entry.get("answers", {}).get(question_key(question))
    return record if isinstance(record, dict) else None


def record_answer(entry: Entry, question: Question, answer: str) -> None:
    """Tick a question, with the answer in a few words (empty to just tick it)."""
    entry.setdefault("answers", {})[question_key(question)] = {
        "done": True,
        "answer": answer[:MAX_ANSWER],
    }


def progress(entry: Entry, questions: Iterable[Question]) -> tuple[int, int]:
    """(answered, total) for a saved program's questions."""
    listed = list(questions)
    done = sum(1 for q in listed if (answered(entry, q) or {}).get("done"))
    return done, len(listed)


def reminders(state: State) -> list[dict[str, Any]]:
    """Every reminder of the conversation, in the order they were set."""
    listed = state.setdefault("reminders", [])
    return listed if isinstance(listed, list) else []


def pending_reminders(state: State) -> list[dict[str, Any]]:
    """Reminders not yet sent or cancelled, soonest first."""
    waiting = [r for r in reminders(state) if r.get("status") == "pending"]
    return sorted(waiting, key=lambda r: str(r.get("due", "")))


def add_reminder(state: State, program_id: str, due: datetime) -> dict[str, Any] | None:
    """Set a reminder to call a program; None when too many are pending already."""
    if len(pending_reminders(state)) >= MAX_REMINDERS:
        return None
    state["counter"] = int(state.get("counter", 0)) + 1
    reminder = {
        "id": f"r{state['counter']}",
        "program": program_id,
        "due": due.isoformat(),
        "status": "pending",
    }
    # Sent and cancelled reminders are history; keep the list short.
    state["reminders"] = [*pending_reminders(state), reminder]
    return reminder


def cancel_reminder(state: State, reminder_id: str) -> bool:
    """Cancel a pending reminder; False when there is no such pending reminder."""
    for reminder in reminders(state):
        if reminder.get("id") == reminder_id and reminder.get("status") == "pending":
            reminder["status"] = "cancelled"
            return True
    return False


def take_due(state: State, reminder_id: str) -> dict[str, Any] | None:
    """Mark a pending reminder as sent and return it (None if it is not pending any more)."""
    for reminder in reminders(state):
        if reminder.get("id") == reminder_id and reminder.get("status") == "pending":
            reminder["status"] = "sent"
            return reminder
    return None
