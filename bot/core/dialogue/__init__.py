"""The dialogue engine and its parts: screens per step kind, actions, conditions; pure."""

from __future__ import annotations

from bot.core.dialogue.effects import (
    CancelReminder,
    Effect,
    EraseChat,
    FileReport,
    Outcome,
    ScheduleReminder,
    ShowedSearch,
)
from bot.core.dialogue.engine import PAGE_SIZE, Dialogue, StartCommand, validate_flows
from bot.core.dialogue.io import Choice, Link, Reply, UserInput
from bot.core.dialogue.reading import normalize

__all__ = [
    "PAGE_SIZE",
    "CancelReminder",
    "Choice",
    "Dialogue",
    "Effect",
    "EraseChat",
    "FileReport",
    "Link",
    "Outcome",
    "Reply",
    "ScheduleReminder",
    "ShowedSearch",
    "StartCommand",
    "UserInput",
    "normalize",
    "validate_flows",
]
