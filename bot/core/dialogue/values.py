"""Option values that carry data ("details:<id>", "care:<level>/<id>", "q:<n>", …): built and
parsed in one place."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Tag = Literal[
    "details", "care", "save", "open", "q", "cancel", "place", "edit", "speak", "callprep"
]  # fmt: skip
TAGS: tuple[Tag, ...] = (
    "details", "care", "save", "open", "q", "cancel", "place", "edit", "speak", "callprep",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Tagged:
    """A value naming something: a program, a question, a reminder, a place or a step."""

    tag: Tag
    argument: str

    @property
    def index(self) -> int | None:
        """The argument as a list index (for "q:" and "place:"), or None when it is not one."""
        return int(self.argument) if self.argument.isdigit() else None

    def __str__(self) -> str:
        return f"{self.tag}:{self.argument}"


def tagged(tag: Tag, argument: str | int) -> str:
    """The option value for a tag and its argument, e.g. tagged("details", "p1")."""
    return str(Tagged(tag, str(argument)))


def parse_value(value: str) -> Tagged | None:
    """The tag and argument of a value, or None for a plain option value."""
    tag, colon, argument = value.partition(":")
    if not colon:
        return None
    for known in TAGS:
        if tag == known:
            return Tagged(known, argument)
    return None


def argument_of(value: str, tag: Tag) -> str | None:
    """The argument when a value carries this tag, else None."""
    parsed = parse_value(value)
    return parsed.argument if parsed is not None and parsed.tag == tag else None


def care_value(level: str, program_id: str) -> str:
    """The option value opening a program at a level of care other than IOP."""
    return tagged("care", f"{level}/{program_id}")


def care_of(argument: str) -> tuple[str, str]:
    """The level and program id of a "care:" value's argument."""
    level, _, program_id = argument.partition("/")
    return level, program_id
