"""The saved list, call tracker and reminders of a conversation: rules on the engine's working
copy; pure. Reminders are also stored apart by the service, so a scheduler finds the due ones.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from bot.core.conversation import Conversation, QuestionRecord, Reminder, SavedProgram, Status
from bot.core.questions import Question

MAX_SAVED = 20
MAX_REMINDERS = 10
MAX_NOTE = 200
MAX_ANSWER = 160

STATUSES: tuple[Status, ...] = ("to_call", "waiting", "booked", "not_fit")


def saved_entry(conversation: Conversation, program_id: str) -> SavedProgram | None:
    """The saved entry of a program, if it is on the list."""
    return next((e for e in conversation.saved if e.id == program_id), None)


def save_program(
    conversation: Conversation, program_id: str, now: datetime, level: str = ""
) -> str:
    """Put a program on the list at a level of care ("" for IOP): "added", "already" or
    "full"."""
    if saved_entry(conversation, program_id) is not None:
        return "already"
    if len(conversation.saved) >= MAX_SAVED:
        return "full"
    conversation.saved.append(SavedProgram(id=program_id, saved=now, level=level))
    return "added"


def remove_program(conversation: Conversation, program_id: str) -> list[str]:
    """Take a program off the list; returns the ids of the reminders this cancels."""
    conversation.saved = [e for e in conversation.saved if e.id != program_id]
    cancelled = []
    for reminder in conversation.reminders:
        if reminder.program == program_id and reminder.status == "pending":
            reminder.status = "cancelled"
            cancelled.append(reminder.id)
    return cancelled


def question_key(question: Question) -> str:
    """A stable key for a question of the call plan (its text id and filled-in values)."""
    values = ",".join(f"{k}={v}" for k, v in sorted(question.values.items()))
    return f"{question.text_id}|{values}"


def answered(entry: SavedProgram, question: Question) -> QuestionRecord | None:
    """What was recorded for one question of a saved program, if anything."""
    return entry.answers.get(question_key(question))


def record_answer(entry: SavedProgram, question: Question, answer: str) -> None:
    """Tick a question, with the answer in a few words (empty to just tick it)."""
    entry.answers[question_key(question)] = QuestionRecord(done=True, answer=answer[:MAX_ANSWER])


def progress(entry: SavedProgram, questions: Iterable[Question]) -> tuple[int, int]:
    """(answered, total) for a saved program's questions."""
    listed = list(questions)
    done = sum(1 for q in listed if (record := answered(entry, q)) is not None and record.done)
    return done, len(listed)


def pending_reminders(conversation: Conversation) -> list[Reminder]:
    """Reminders not yet sent or cancelled, soonest first."""
    waiting = [r for r in conversation.reminders if r.status == "pending"]
    return sorted(waiting, key=lambda r: r.due.isoformat())


def add_reminder(conversation: Conversation, program_id: str, due: datetime) -> Reminder | None:
    """Set a reminder to call a program; None when too many are pending already."""
    if len(pending_reminders(conversation)) >= MAX_REMINDERS:
        return None
    conversation.counter += 1
    reminder = Reminder(id=f"r{conversation.counter}", program=program_id, due=due)
    # Sent and cancelled reminders are history; keep the list short.
    conversation.reminders = [*pending_reminders(conversation), reminder]
    return reminder


def pending_reminder(conversation: Conversation, reminder_id: str) -> Reminder | None:
    """The pending reminder with this id, if there is one."""
    return next(
        (r for r in conversation.reminders if r.id == reminder_id and r.status == "pending"),
        None,
    )
