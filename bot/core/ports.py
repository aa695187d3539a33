"""The roles the core needs from the outside world, as Protocols; adapters implement them."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol

from bot.core.programs import Program


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
