"""Pure values of place resolution: places, candidates, outcomes and their hint ids; no I/O."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

PlaceKind = Literal["zip", "city", "state", "coordinates"]
ResolutionStatus = Literal["found", "ambiguous", "not_found"]

HINT_NOT_FOUND = "location.hint.not_found"
HINT_OUTSIDE_US = "location.hint.outside_us"
HINT_UNKNOWN_ZIP = "location.hint.unknown_zip"
HINT_NEAR_ME = "location.hint.near_me"


@dataclass(frozen=True, slots=True)
class Place:
    """A place to search around: a ZIP, a city, a whole state or a shared point."""

    kind: PlaceKind
    name: str
    state: str
    latitude: float
    longitude: float
    zip: str = ""
    city: str = ""
    timezone: str = ""


@dataclass(frozen=True, slots=True)
class Candidate:
    """One reading of what was typed, with how sure we are of it."""

    place: Place
    confidence: float
    corrected: bool


@dataclass(frozen=True, slots=True)
class Resolution:
    """The outcome of resolving a text: ranked candidates and a text id to guide the reply."""

    status: ResolutionStatus
    candidates: tuple[Candidate, ...]
    hint: str = ""

    @property
    def best(self) -> Candidate | None:
        """The top-ranked candidate, if any."""
        return self.candidates[0] if self.candidates else None


def not_found(hint: str = HINT_NOT_FOUND) -> Resolution:
    """A resolution with no candidates, and the hint to reply with."""
    return Resolution("not_found", (), hint)
