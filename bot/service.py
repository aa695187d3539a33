"""handle(key, input): load → advance → store → carry out effects; one service for every
adapter (Telegram, the terminal) and for the tests. No Telegram, no SQL here: only ports."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import timedelta

from bot.core.dialogue import Dialogue, Outcome, Reply, ShowedSearch, UserInput
from bot.core.ports import Clock, ConversationStore, DueReminder, DueReminders, Stored


@dataclass(frozen=True, slots=True)
class Handled:
    """What one input produced: the replies, and where the conversation was and is."""

    replies: tuple[Reply, ...]
    before: str  # the step before the input ("" for a new conversation)
    after: str  # the step after it
    language: str  # the conversation's language after it
    replayed: bool = False  # the input had been taken already (delivered a second time)
    searches: tuple[ShowedSearch, ...] = ()  # the searches shown (for the metrics)
    erased: bool = False  # the chat asked to be forgotten, and was


class ReportCounts:
    """Listing reports per program, as last read from storage (the engine's ListingReports).

    The service refreshes it from time to time; the engine only reads it.
    """

    def __init__(self, load: Callable[[], Mapping[str, int]] | None = None) -> None:
        self._load = load
        self._counts: dict[str, int] = {}

    def count(self, program_id: str) -> int:
        """Reports of this program's listing; 0 when none."""
        return self._counts.get(program_id, 0)

    def refresh(self) -> None:
        """Read the counts again."""
        if self._load is not None:
            self._counts = dict(self._load())


@dataclass
class ConversationService:
    """Applies people's inputs to their stored conversations through the pure engine."""

    engine: Dialogue
    store: ConversationStore
    clock: Clock
    reminders: DueReminders | None = None
    reports: ReportCounts = field(default_factory=ReportCounts)

    def handle(
        self,
        key: str,
        event: UserInput,
        *,
        address: str = "",
        update_id: int | None = None,
    ) -> Handled:
        """Apply one input to the chat ``key`` and store the outcome atomically.

        ``address`` is where the chat's reminders go (e.g. "tg:<chat id>"). An ``update_id``
        the chat has already taken (a second delivery after a worker died) is not applied
        again: the person sees where the conversation is instead.
        """
        now = self.clock()

        def run(given: UserInput, *, replayed: bool = False) -> Callable[[Stored], _Step]:
            def step(stored: Stored) -> _Step:
                before = stored.conversation.position.step if stored.conversation else ""
                outcome = self.engine.advance(
                    stored.conversation, given, now, lost=stored.unreadable
                )
                after = outcome.conversation.position.step
                language = outcome.conversation.language
                searches = tuple(e for e in outcome.effects if isinstance(e, ShowedSearch))
                handled = Handled(
                    tuple(outcome.replies),
                    before,
                    after,
                    language,
                    replayed,
                    searches,
                    erased=outcome.erases,
                )
                return outcome, handled

            return step

        return self.store.update(
            key,
            run(event),
            address=address,
            update_id=update_id,
            replay=run(UserInput.command("repeat"), replayed=True),
        )

    def claim_due(self, *, key: str | None = None, prefix: str = "") -> list[DueReminder]:
        """Claim the reminders due now (each by exactly one worker), to deliver with handle()."""
        if self.reminders is None:
            return []
        return list(self.reminders.claim_due(self.clock(), key=key, prefix=prefix))

    def purge(self, *, after: timedelta) -> int:
        """Forget conversations idle for longer than ``after``; returns how many."""
        return self.store.purge(older_than=self.clock() - after)

    def refresh_reports(self) -> None:
        """Read again which listings people reported as wrong."""
        self.reports.refresh()


_Step = tuple[Outcome, Handled]
