"""The directory held in memory with a spatial grid and a state index; pure, no I/O."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence

from bot.core.geo import GridIndex
from bot.core.programs import Program


class InMemoryCatalog:
    """A ProgramCatalog over a list of programs, indexed once for fast place queries."""

    def __init__(self, programs: Iterable[Program]) -> None:
        self._programs: tuple[Program, ...] = tuple(programs)
        self._by_id = {p.id: p for p in self._programs}
        if len(self._by_id) != len(self._programs):
            raise ValueError("program ids must be unique")
        by_state: dict[str, list[Program]] = defaultdict(list)
        for program in self._programs:
            by_state[program.state].append(program)
        self._by_state = {state: tuple(items) for state, items in by_state.items()}
        # Half-degree cells (about 35 x 25 miles at US latitudes): a 25-mile search reads
        # at most nine cells, and the densest cell (Manhattan) holds a few hundred programs.
        self._grid = GridIndex(((p.latitude, p.longitude, p) for p in self._programs), 0.5)

    def __len__(self) -> int:
        """How many programs the catalog holds."""
        return len(self._programs)

    def __iter__(self) -> Iterator[Program]:
        return iter(self._programs)

    def get(self, program_id: str) -> Program | None:
        """The program with this id, or None."""
        return self._by_id.get(program_id)

    def near(
        self, latitude: float, longitude: float, radius_miles: float
    ) -> Iterator[tuple[Program, float]]:
        """Every program within the radius, with its distance in miles."""
        return self._grid.within(latitude, longitude, radius_miles)

    def in_state(self, state: str) -> Sequence[Program]:
        """Every program in a state or territory (two-letter code)."""
        return self._by_state.get(state.upper(), ())

    def states(self) -> list[str]:
        """The state codes that have at least one program, sorted."""
        return sorted(self._by_state)
