"""The roles the core needs from the outside world, as Protocols; adapters implement them.

The engine needs the catalog, the places, listing reports and share links; the service that
drives it for every adapter needs the conversation store, due reminders and a clock.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Protocol, TypeVar

from bot.core.conversation import Conversation
from bot.core.location import Resolution
from bot.core.programs import Program

if TYPE_CHECKING:
    from bot.core.dialogue.effects import Outcome

T = TypeVar("T")


class ProgramCatalog(Protocol):
    """The directory of treatment programs, queried by place."""

    def __len__(self) -> int:
        """How many programs the catalog holds."""
        ...

    def get(self, program_id: str) -> Program | None:
        """The program with this id, or None."""
        ...

    def near(
        self, latitude: float, longitude: float, radius_miles: float
    ) -> Iterable[tuple[Program, float]]:
        """Every program within the radius, with its distance in miles, in any order."""
        ...

    def in_state(self, state: str) -> Sequence[Program]:
        """Every program in a state or territory (two-letter code)."""
        ...


class PlaceResolver(Protocol):
    """Turns what people type, or a shared point, into places."""

    def resolve(self, text: str) -> Resolution:
        """Ranked places for a typed text."""
        ...

    def resolve_point(self, lat: float, lon: float) -> Resolution:
        """The place at a shared point."""
        ...


class ListingReports(Protocol):
    """How many people reported a program's listing as wrong (shown as a caution)."""

    def count(self, program_id: str) -> int:
        """Reports of this program's listing; 0 when none."""
        ...


class ShareLinks(Protocol):
    """Links that open the bot with a search already made (for a shared message)."""

    def start_link(self, payload: str) -> str:
        """A link, or an instruction, that starts the bot with this payload."""
        ...


class Clock(Protocol):
    """The time now (the engine never reads a clock: the service passes the time in)."""

    def __call__(self) -> datetime:
        """The current moment, with its time zone."""
        ...


@dataclass(frozen=True, slots=True)
class Stored:
    """A chat's conversation as loaded: None when there is none yet. ``unreadable``: a row was
    there but could not be read (the store has set it aside), so the chat begins again."""

    conversation: Conversation | None
    unreadable: bool = False


class ConversationStore(Protocol):
    """Where conversations live: a pure step applied atomically to one chat's conversation."""

    def update(
        self,
        key: str,
        step: Callable[[Stored], tuple[Outcome, T]],
        *,
        address: str = "",
        update_id: int | None = None,
        replay: Callable[[Stored], tuple[Outcome, T]] | None = None,
    ) -> T:
        """Run ``step`` on the chat's conversation; store its outcome's conversation and carry
        out its effects in one transaction; return the step's result.

        ``address`` says where the chat's reminders are delivered. An ``update_id`` the chat
        has already taken runs ``replay`` instead, so nothing is applied twice.
        """
        ...

    def purge(self, *, older_than: datetime) -> int:
        """Delete conversations untouched since then; returns how many."""
        ...


class DueReminder(Protocol):
    """A reminder claimed for delivery."""

    @property
    def key(self) -> str:
        """The conversation's key."""
        ...

    @property
    def reminder_id(self) -> str:
        """The reminder's id within its conversation."""
        ...

    @property
    def address(self) -> str:
        """Where to deliver it, e.g. "tg:<chat id>"."""
        ...


class DueReminders(Protocol):
    """Reminders whose time has come, each claimed by one worker."""

    def claim_due(
        self, now: datetime, *, key: str | None = None, prefix: str = ""
    ) -> Sequence[DueReminder]:
        """Claim the due reminders (of one conversation, or for one adapter's addresses)."""
        ...
