"""The typed conversation a chat is in, and its versioned JSON codec; pure, no I/O.

A ``Conversation`` holds everything a chat has told the bot and where it is: the answers, the
position in the flows, the way back, the saved list with its reminders, the language and the
time zone. Only the engine changes one (on a working copy it makes for each update); storage
encodes and decodes it and never looks inside.

The codec writes schema 2 (compact: values equal to their defaults are left out) and reads
every schema written so far: schema 1 was the untyped dict of the first engine.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, Literal

import msgspec

from bot.core.location import Place

SCHEMA_VERSION = 2

Status = Literal["to_call", "waiting", "booked", "not_fit"]
ReminderStatus = Literal["pending", "sent", "cancelled"]
# An answer: one option value, several, or a place (the answer key names which).
Answer = str | list[str] | Place


class UnreadableConversationError(ValueError):
    """A stored conversation of an unknown schema or a damaged shape."""


class QuestionRecord(msgspec.Struct, kw_only=True, omit_defaults=True):
    """What was noted for one question of a saved program's call plan."""

    done: bool = True
    answer: str = ""


class SavedProgram(msgspec.Struct, kw_only=True, omit_defaults=True):
    """A program on the saved list, with where the person is with it."""

    id: str
    status: Status = "to_call"
    date: str = ""  # the intake date, as the person typed it
    reason: str = ""  # why it was not a fit (an option value of the not_fit step)
    note: str = ""
    answers: dict[str, QuestionRecord] = {}
    saved: datetime | None = None
    level: str = ""  # the level of care it was saved at ("detox", …); "" is IOP


class Reminder(msgspec.Struct, kw_only=True, omit_defaults=True):
    """A reminder to call a saved program."""

    id: str
    program: str
    due: datetime
    status: ReminderStatus = "pending"


class Position(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Where the conversation is: the step, and what that step is about."""

    step: str = ""
    page: int = 0  # the page of results shown
    program: str = ""  # the program the details and after-search steps are about
    level: str = ""  # the level of care it was opened at ("detox", …); "" is IOP
    editing: bool = False  # answering one question from the summary, then back to it
    resume: str = ""  # where to come back to after help, the saved list or a setting
    pending: list[str] = []  # options ticked so far on a multi-select step
    candidates: list[Place] = []  # places offered when a typed place was ambiguous
    extra_radius: int = 0  # how many times the person widened the search
    question: str = ""  # the call-plan question being answered (its key)
    share: str = ""  # what to share: a program id, or "all"
    report: str = ""  # the kind of listing problem being reported
    crisis_kind: str = ""  # what a check-in asks about ("are you safe right now?")
    crisis_about: str = ""  # whom it asks about, when the message said: "self" or "other"
    # The message a check-in answered, kept only until the check-in is answered: "safe" then
    # reads it as if no check-in had come, so nothing it asked or told is lost.
    held: str = ""
    after_overdose: bool = False  # the overdose text was just shown: an "I'm OK" gets a word
    after_crisis: bool = False  # another crisis text was just shown: "I'm OK" is thanked
    told: list[str] = []  # answer keys the person's own words filled: not asked again
    # What a "which one?" on the results asked for ("callprep", "save"): a number typed next
    # does that, as the button would.
    picking: str = ""


class Conversation(msgspec.Struct, kw_only=True, omit_defaults=True, tag_field="v", tag=2):
    """One chat's conversation; encoded with its schema version under "v"."""

    language: str = "en"
    timezone: str = ""  # IANA name the person chose for reminders (else the place's)
    position: Position = msgspec.field(default_factory=Position)
    answers: dict[str, Answer] = {}
    history: list[str] = []  # steps on the way here, for "back"
    saved: list[SavedProgram] = []
    reminders: list[Reminder] = []
    counter: int = 0  # reminder ids are r1, r2, … from this counter


def begin_again(conversation: Conversation) -> Conversation:
    """A new search in the same chat: the answers go; the saved list, its reminders, the
    reminder counter, the language and the time zone stay (only /delete removes them)."""
    return Conversation(
        language=conversation.language,
        timezone=conversation.timezone,
        saved=conversation.saved,
        reminders=conversation.reminders,
        counter=conversation.counter,
    )


_ENCODER = msgspec.json.Encoder()
_DECODER = msgspec.json.Decoder(Conversation)
_ANY = msgspec.json.Decoder()


def encode_conversation(conversation: Conversation) -> str:
    """The conversation as compact JSON text (schema 2)."""
    return _ENCODER.encode(conversation).decode("utf-8")


def decode_conversation(raw: str | bytes) -> Conversation:
    """A stored conversation of any schema written so far.

    Raises UnreadableConversationError for anything else: not JSON, an unknown schema, or a
    value of the wrong shape.
    """
    try:
        return _DECODER.decode(raw)
    except msgspec.DecodeError:
        pass  # not schema 2 (or damaged): look at what it is
    try:
        data = _ANY.decode(raw)
    except msgspec.DecodeError as error:
        raise UnreadableConversationError("not JSON") from error
    if isinstance(data, dict) and data.get("v") == 1:
        return _from_schema_1(data)
    version = data.get("v") if isinstance(data, dict) else None
    if isinstance(version, int) and not isinstance(version, bool):
        # The reason is logged: it names the schema, never anything a person wrote.
        raise UnreadableConversationError(f"unknown or damaged conversation of schema {version}")
    raise UnreadableConversationError("not a conversation")


def copy_conversation(conversation: Conversation) -> Conversation:
    """A deep copy, for the engine to work on (a codec round trip: faster than deepcopy)."""
    return _DECODER.decode(_ENCODER.encode(conversation))


# Schema 1 kept the position's fields at the top level, the language as "lang", and the chosen
# time zone among the answers (while /start kept an unused top-level "timezone": the bug that
# made reminders show UTC after a new search). Its "updated" time is left out: the stored row
# has one of its own.
_POSITION_1 = (
    "step", "page", "program", "editing", "resume", "pending", "candidates", "extra_radius",
    "question", "share", "report",
)  # fmt: skip


def _from_schema_1(data: Mapping[str, Any]) -> Conversation:
    """Read a schema-1 conversation (an untyped dict) into the typed one."""
    answers = dict(data.get("answers") or {})
    chosen_zone = answers.pop("timezone", "")
    converted = {
        "v": SCHEMA_VERSION,
        "language": data.get("lang", "en"),
        "timezone": chosen_zone or data.get("timezone") or "",
        "position": {key: data[key] for key in _POSITION_1 if key in data},
        "answers": answers,
        "history": data.get("history", []),
        "saved": data.get("saved", []),
        "reminders": data.get("reminders", []),
        "counter": data.get("counter", 0),
    }
    try:
        return msgspec.convert(converted, Conversation)
    except msgspec.ValidationError as error:
        raise UnreadableConversationError("damaged schema-1 conversation") from error
