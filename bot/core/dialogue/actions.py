"""The actions after-search steps name: each records an answer on a saved program or a
setting, and may send the conversation elsewhere; pure."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from bot.core.conversation import SavedProgram
from bot.core.dialogue.effects import EraseChat, FileReport, ScheduleReminder
from bot.core.dialogue.reading import normalize
from bot.core.dialogue.registry import action
from bot.core.dialogue.saved_list import (
    MAX_ANSWER,
    MAX_NOTE,
    MAX_REMINDERS,
    STATUSES,
    add_reminder,
    record_answer,
)
from bot.core.dialogue.turn import Turn
from bot.core.dialogue.views import focused_entry, local_time, zone_name
from bot.core.texts import LANGUAGES
from bot.core.when import TIME_ZONES


def _entry(turn: Turn) -> SavedProgram | None:
    """The saved entry of the program in focus."""
    focused = focused_entry(turn)
    return focused[1] if focused else None


def short_text(turn: Turn, value: str, limit: int) -> str:
    """Typed words kept to a limit (saying so when cut)."""
    # NUL is never meant, and PostgreSQL text columns refuse it (a report would be lost).
    value = value.replace("\x00", "")
    if len(value) > limit:
        turn.say("text.too_long", limit=limit)
    return value[:limit]


@action("status")
def set_status(turn: Turn, value: Any) -> str:
    """Where the person is with a program; a new status forgets an old date or reason."""
    entry = _entry(turn)
    status = str(value or "")
    for known in STATUSES:
        if entry is not None and status == known:
            entry.status = known
            if known not in ("booked", "not_fit"):
                entry.date = entry.reason = ""
    return ""


@action("booked_date")
def set_booked_date(turn: Turn, value: Any) -> str:
    """An intake was booked, on this date."""
    entry = _entry(turn)
    if entry is not None:
        entry.status, entry.date = "booked", short_text(turn, str(value or ""), 60)
        turn.say("booked.saved", date=entry.date)
    return ""


@action("not_fit")
def set_not_fit(turn: Turn, value: Any) -> str:
    """The program was not a fit, for this reason."""
    entry = _entry(turn)
    if entry is not None:
        entry.status, entry.reason = "not_fit", str(value or "")
    return ""


@action("note")
def set_note(turn: Turn, value: Any) -> str:
    """A note on a saved program."""
    entry = _entry(turn)
    if entry is not None:
        entry.note = short_text(turn, str(value or ""), MAX_NOTE)
        turn.say("note.saved")
    return ""


@action("tracker_answer")
def note_answer(turn: Turn, value: Any) -> str:
    """Tick the question being answered, with the answer in a few words ("ok": just tick)."""
    entry = _entry(turn)
    if entry is None:
        return ""
    question = turn.current_question()
    if question is not None:
        typed = str(value or "")
        ok = normalize(typed) in turn.synonyms("tracker.ok")
        record_answer(entry, question, "" if ok else short_text(turn, typed, MAX_ANSWER))
        turn.say("tracker.saved")
    turn.conversation.position.question = ""
    return ""


@action("timezone")
def set_timezone(turn: Turn, value: Any) -> str:
    """The time zone reminders are set in; kept when a new search starts."""
    if str(value) in TIME_ZONES:
        turn.conversation.timezone = TIME_ZONES[str(value)]
    return ""


@action("remind")
def set_reminder(turn: Turn, value: Any) -> str:
    """A reminder to call the program in focus, at a moment."""
    program = turn.focus()
    if program is None:
        return ""
    try:
        moment = datetime.fromisoformat(str(value or ""))
    except ValueError:
        return ""
    reminder = add_reminder(turn.conversation, program.id, moment)
    if reminder is None:
        turn.say("remind.too_many", limit=MAX_REMINDERS)
        return ""
    turn.effect(ScheduleReminder(reminder.id, reminder.due))
    # The zone the reminder was set in stays the person's, also after a new search elsewhere
    # (a new search forgets the place, and with it the place's zone).
    turn.conversation.timezone = turn.zone_id()
    turn.say("remind.set", when=local_time(turn, reminder.due), zone=zone_name(turn))
    return ""


@action("report")
def report_listing(turn: Turn, value: Any) -> str:
    """A listing problem; "other" asks for a few words first."""
    program = turn.focus()
    if program is None:
        return ""
    if str(value or "") == "other":
        turn.conversation.position.report = "other"
    else:
        _file_report(turn, program.id, str(value or ""), "")
    return ""


@action("report_details")
def report_details(turn: Turn, value: Any) -> str:
    """The few words describing a listing problem."""
    program = turn.focus()
    if program is not None:
        details = short_text(turn, str(value or ""), MAX_NOTE)
        _file_report(turn, program.id, turn.conversation.position.report or "other", details)
    return ""


def _file_report(turn: Turn, program_id: str, kind: str, details: str) -> None:
    # The report leaves as an effect: stored in its own table with no link to this chat.
    turn.effect(FileReport(program_id, kind, details))
    turn.conversation.position.report = ""
    turn.say("report.thanks")


@action("delete")
def delete_chat(turn: Turn, value: Any) -> str:
    """Forget the chat when the person said yes."""
    if str(value or "") == "yes":
        turn.effect(EraseChat())
        turn.say("delete.done")
        return "welcome"
    turn.say("delete.kept")
    return ""


@action("language")
def set_language(turn: Turn, value: Any) -> str:
    """Speak another language from now on, and go back to where the person was."""
    if str(value) not in LANGUAGES:
        return ""
    turn.conversation.language = str(value)
    turn.say("language.set")
    resume = turn.conversation.position.resume or turn.flows.entry
    turn.conversation.position.resume = ""
    return resume
