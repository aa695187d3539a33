"""Test data builders: a program with sensible defaults, overridden where a test cares."""

from __future__ import annotations

import itertools
from typing import Any

from bot.core.catalog import InMemoryCatalog
from bot.core.dialogue import Dialogue
from bot.core.location import Candidate, Place, Resolution
from bot.core.programs import Program
from flows import ALL_FLOWS

_ids = itertools.count(1)

# Downtown Pittsburgh; one degree of latitude is about 69 miles.
PITTSBURGH = (40.4406, -79.9959)


def a_program(**overrides: Any) -> Program:
    """A Pittsburgh IOP that takes Medicaid, unless a test says otherwise."""
    number = next(_ids)
    codes = overrides.pop("codes", "SA OIT OP MD ADLT")
    fields: dict[str, Any] = {
        "id": f"p{number:04d}",
        "name": f"Program {number}",
        "street": f"{number} Main Street",
        "city": "Pittsburgh",
        "state": "PA",
        "zip": "15222",
        "latitude": PITTSBURGH[0],
        "longitude": PITTSBURGH[1],
        "phone": "412-555-0100",
        "codes": frozenset(codes.split()) if isinstance(codes, str) else frozenset(codes),
    }
    fields.update(overrides)
    return Program(**fields)


def miles_north(miles: float, of: tuple[float, float] = PITTSBURGH) -> dict[str, float]:
    """Coordinates a given distance due north of a point."""
    return {"latitude": of[0] + miles / 69.05, "longitude": of[1]}


PITTSBURGH_PLACE = Place("city", "Pittsburgh, PA", "PA", PITTSBURGH[0], PITTSBURGH[1])


class OnePlace:
    """Every place typed or shared is Pittsburgh."""

    def resolve(self, text: str) -> Resolution:
        """Pittsburgh."""
        return Resolution("found", (Candidate(PITTSBURGH_PLACE, 1.0, False),))

    def resolve_point(self, lat: float, lon: float) -> Resolution:
        """Pittsburgh."""
        return Resolution("found", (Candidate(PITTSBURGH_PLACE, 1.0, False),))


class PittsburghOnly:
    """Knows Pittsburgh; every other place is not found."""

    def resolve(self, text: str) -> Resolution:
        """Pittsburgh when the words name it."""
        if "pittsburgh" in text.lower():
            return Resolution("found", (Candidate(PITTSBURGH_PLACE, 1.0, False),))
        return Resolution("not_found", (), "location.hint.not_found")

    def resolve_point(self, lat: float, lon: float) -> Resolution:
        """Pittsburgh."""
        return Resolution("found", (Candidate(PITTSBURGH_PLACE, 1.0, False),))


def one_program_dialogue() -> Dialogue:
    """The engine over one Pittsburgh IOP two miles away, where every place is Pittsburgh."""
    programs = [a_program(id="p1", name="First IOP", codes="OIT MD ADLT", **miles_north(2))]
    return Dialogue(ALL_FLOWS, InMemoryCatalog(programs), OnePlace())
