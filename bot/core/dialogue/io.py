"""What goes into the engine (a person's input) and what comes out (replies); pure values."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

InputKind = Literal["text", "choice", "location", "command"]
ReplyKind = Literal["text", "question", "program", "place", "crisis", "share"]
# A link opens an address instead of answering: a program's website, its place on a map, or a
# message about it to pass on (each adapter shows it as it can: a URL button, a line of text).
LinkKind = Literal["website", "map", "share"]


@dataclass(frozen=True, slots=True)
class UserInput:
    """One thing a person did: typed, pressed a button, shared a location, or a command."""

    kind: InputKind
    text: str = ""
    value: str = ""
    latitude: float = 0.0
    longitude: float = 0.0
    step: str = ""  # for a button: the step it was shown at (old buttons may come back)
    language: str = ""  # the person's app language, used when a conversation begins

    @classmethod
    def say(cls, message: str) -> UserInput:
        """A typed message."""
        return cls("text", text=message)

    @classmethod
    def pick(cls, value: str, step: str = "") -> UserInput:
        """A pressed button (an option value), with the step it belonged to when known."""
        return cls("choice", value=value, step=step)

    @classmethod
    def located(cls, latitude: float, longitude: float) -> UserInput:
        """A shared location."""
        return cls("location", latitude=latitude, longitude=longitude)

    @classmethod
    def command(cls, name: str, argument: str = "") -> UserInput:
        """A command such as start, help, back, restart, crisis, edit."""
        return cls("command", text=name, value=argument)


@dataclass(frozen=True, slots=True)
class Choice:
    """An option as shown: its value, its label, and whether it is ticked (multi-select)."""

    value: str
    label: str
    selected: bool = False
    toggle: bool = False  # a multi-select option (ticked or not), not Done or Skip


@dataclass(frozen=True, slots=True)
class Link:
    """A link offered with a question: its kind, its label, a checked http(s) URL and, for a
    share, the message to pass on with it."""

    kind: LinkKind
    label: str
    url: str
    message: str = ""


@dataclass(frozen=True, slots=True)
class Reply:
    """Something to show: a text, a question with choices, a program card, or a place."""

    kind: ReplyKind
    text: str = ""
    choices: tuple[Choice, ...] = ()
    multi: bool = False
    step: str = ""
    asks_location: bool = False
    program_id: str = ""
    title: str = ""
    address: str = ""
    latitude: float | None = None
    longitude: float | None = None
    links: tuple[Link, ...] = ()  # for a question: addresses to open, besides the choices
    # For a question: the one still on screen asked again in brief (its options may have
    # changed, e.g. Save now says Saved), so an adapter may update it in place.
    again: bool = False
