"""What an update asks of the world besides replies, as typed values; the service carries
them out in the same transaction that stores the conversation. Pure values."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from bot.core.conversation import Conversation
from bot.core.dialogue.io import Reply


@dataclass(frozen=True, slots=True)
class FileReport:
    """A listing reported as wrong: stored on its own, with nothing that links it to the chat."""

    program_id: str
    kind: str
    details: str = ""


@dataclass(frozen=True, slots=True)
class EraseChat:
    """Forget the chat: its conversation, saved list and reminders."""


@dataclass(frozen=True, slots=True)
class ScheduleReminder:
    """Deliver a reminder at a moment (the scheduler finds it then)."""

    reminder_id: str
    due: datetime


@dataclass(frozen=True, slots=True)
class CancelReminder:
    """A reminder that must not be delivered any more (cancelled, removed, or sent)."""

    reminder_id: str


@dataclass(frozen=True, slots=True)
class ShowedSearch:
    """A search shown to a person: its state and level of care and how many it found (counted
    by the adapters' metrics; nothing about the person)."""

    state: str
    level: str
    found: int


Effect = FileReport | EraseChat | ScheduleReminder | CancelReminder | ShowedSearch


@dataclass(frozen=True, slots=True)
class Outcome:
    """What one input did: the new conversation, what to show, and what to carry out."""

    conversation: Conversation
    replies: Sequence[Reply]
    effects: Sequence[Effect] = ()

    @property
    def erases(self) -> bool:
        """Whether the chat asked to be forgotten."""
        return any(isinstance(effect, EraseChat) for effect in self.effects)
