"""Pure indexing of US ZIP areas by state, city, nickname and fuzzy key; no I/O."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from functools import cache

from bot.core.geo import GridIndex, ZipArea, valid_coordinates
from bot.core.location.places import Place
from bot.core.location.ranking import STATE_WEIGHT, Hit, Spot
from bot.core.location.reading import abbreviates, key_of, name_key, squeeze
from bot.core.location.vocabulary import (
    EXCLUDED_STATES,
    PLACE_ALIASES,
    STATE_ALIASES,
    STATE_NAMES,
    WORDLIKE_CODES,
)

# Where a city is filed: its name key without spaces, and its state.
Slot = tuple[str, str]


class Index:
    """Every usable US ZIP, city and state, filed for exact, abbreviated and fuzzy lookups."""

    def __init__(self, areas: Iterable[ZipArea]) -> None:
        self.zips: dict[str, ZipArea] = {}
        usable: list[ZipArea] = []
        for area in areas:
            self.zips[area.zip] = area
            # Military mail ZIPs sit at (0, 0): they locate nothing.
            if area.state not in EXCLUDED_STATES and (area.latitude or area.longitude):
                usable.append(area)
        self.grid: GridIndex[ZipArea] = GridIndex((a.latitude, a.longitude, a) for a in usable)
        self.states = _index_states(usable)
        self.state_words = _index_state_words(self.states)
        self.places, self.by_name, spaced = _index_cities(usable)
        self.aliases = self._index_aliases()
        self._index_fuzzy_choices(spaced)

    # -- building -----------------------------------------------------------------------------

    def _index_aliases(self) -> dict[str, tuple[Spot, ...]]:
        aliases: dict[str, tuple[Spot, ...]] = {}
        for alias, targets in PLACE_ALIASES.items():
            key = key_of(alias)
            spots = []
            for city, state in targets:
                spot = self.city(key_of(city), state) if city else self.states.get(state)
                if spot is not None:
                    spots.append(spot)
            if spots:
                aliases[key] = tuple(spots)
        return aliases

    def _index_fuzzy_choices(self, spaced: dict[Spot, str]) -> None:
        national: dict[str, list[Spot]] = defaultdict(list)
        per_state: dict[str, dict[str, Spot]] = defaultdict(dict)
        for spot, key in spaced.items():
            national[key].append(spot)
            per_state[spot.place.state].setdefault(key, spot)
        for word, code in self.state_words.items():
            if len(word) > 2:
                national[word].append(self.states[code])
        for alias, targets in self.aliases.items():
            if len(alias.replace(" ", "")) >= 4:
                national[alias].extend(t for t in targets if t not in national[alias])
        # Both sides are normalized here once, so rapidfuzz needs no processor per call.
        self.national_choices = list(national)
        self.national_spots = [tuple(national[c]) for c in self.national_choices]
        self.state_choices = {
            state: (list(names), list(names.values())) for state, names in per_state.items()
        }
        state_names = {w: c for w, c in self.state_words.items() if len(w) > 2}
        self.state_name_choices = list(state_names)
        self.state_name_codes = list(state_names.values())

    # -- lookups ------------------------------------------------------------------------------

    def city(self, key: str, state: str) -> Spot | None:
        """The city with this name key in a state, or None."""
        return self.places.get((squeeze(key), state))

    def cities(self, key: str) -> list[Spot]:
        """Every city with this name key, biggest first."""
        return self.by_name.get(squeeze(key), [])

    def state_of(self, text: str, *, alone: bool) -> str | None:
        """The state a text names; a code that is also a word ("in", "me") only when alone."""
        code = self.state_words.get(text)
        if code is not None and text in WORDLIKE_CODES and not alone:
            return None
        return code

    def city_in_state(self, city_tokens: list[str], code: str) -> Hit | None:
        """An exact hit for a city name (or nickname) in a given state, or None."""
        key = name_key(city_tokens)
        for alias in self.aliases.get(key, ()):
            if alias.place.state == code:
                return Hit(alias, 100.0, True)
        spot = self.city(key, code)
        return Hit(spot, 100.0, False) if spot is not None else None

    def nearest_zip(
        self, lat: float, lon: float, max_miles: float
    ) -> tuple[ZipArea, float] | None:
        """The ZIP whose centroid is closest to a point, with its distance, within max_miles."""
        if not (math.isfinite(lat) and math.isfinite(lon)) or not valid_coordinates(lat, lon):
            return None
        return self.grid.nearest(lat, lon, max_miles)


def _mean_point(areas: Sequence[ZipArea]) -> tuple[float, float]:
    return (
        sum(a.latitude for a in areas) / len(areas),
        sum(a.longitude for a in areas) / len(areas),
    )


def _most_common(values: Sequence[str]) -> str:
    """The most frequent value, first seen on ties; cheap when all values agree (the norm)."""
    first = values[0]
    if all(v == first for v in values):
        return first
    return Counter(values).most_common(1)[0][0]


def _usual_timezone(areas: Sequence[ZipArea]) -> str:
    # A few records carry junk in the timezone field; an IANA name always has a slash.
    zones = [a.timezone for a in areas if "/" in a.timezone]
    return _most_common(zones) if zones else ""


def _index_states(usable: Sequence[ZipArea]) -> dict[str, Spot]:
    by_state: dict[str, list[ZipArea]] = defaultdict(list)
    for area in usable:
        by_state[area.state].append(area)
    states: dict[str, Spot] = {}
    for code, members in by_state.items():
        if code not in STATE_NAMES:
            continue
        lat, lon = _mean_point(members)
        place = Place(
            kind="state",
            name=STATE_NAMES[code],
            state=code,
            latitude=lat,
            longitude=lon,
            timezone=_usual_timezone(members),
        )
        states[code] = Spot(place, STATE_WEIGHT)
    return states


def _index_state_words(states: dict[str, Spot]) -> dict[str, str]:
    state_words: dict[str, str] = {}
    for code in states:
        state_words[code.lower()] = code
        state_words[key_of(STATE_NAMES[code])] = code
    for alias, code in STATE_ALIASES.items():
        if code in states:
            state_words[alias] = code
    return state_words


def _index_cities(
    usable: Sequence[ZipArea],
) -> tuple[dict[Slot, Spot], dict[str, list[Spot]], dict[Spot, str]]:
    """Cities by slot and by squeezed name, and each city's spaced key for fuzzy matching."""
    cached_key_of = cache(key_of)
    members, spellings = _file_cities(usable, cached_key_of)
    abbreviations = _file_other_names(usable, members, spellings, cached_key_of)
    places: dict[Slot, Spot] = {}
    by_name: dict[str, list[Spot]] = defaultdict(list)
    # Fuzzy matching compares names with their spaces: "nwe york" is close to "new york".
    spaced: dict[Spot, str] = {}
    for slot, areas in members.items():
        display = _most_common(spellings[slot])
        lat, lon = _mean_point(areas)
        place = Place(
            kind="city",
            name=f"{display}, {slot[1]}",
            state=slot[1],
            latitude=lat,
            longitude=lon,
            city=display,
            timezone=_usual_timezone(areas),
        )
        spot = Spot(place, len(areas))
        places[slot] = spot
        by_name[slot[0]].append(spot)
        spaced[spot] = cached_key_of(display)
    for slot, target in abbreviations.items():
        fuller_spot = places.get(target)
        if fuller_spot is not None and slot not in places:
            places[slot] = fuller_spot
            by_name[slot[0]].append(fuller_spot)
    for spots in by_name.values():
        spots.sort(key=lambda s: -s.size)
    return places, by_name, spaced


def _file_cities(
    usable: Sequence[ZipArea], key_for: Callable[[str], str]
) -> tuple[defaultdict[Slot, list[ZipArea]], defaultdict[Slot, list[str]]]:
    """The ZIP areas and spellings of every city under its main name."""
    # Places are filed under their name without spaces, so the Postal Service's "Mc Lean"
    # and "Mclean" (both used in VA) are one place, and "newyork" still finds New York.
    members: defaultdict[Slot, list[ZipArea]] = defaultdict(list)
    spellings: defaultdict[Slot, list[str]] = defaultdict(list)
    for area in usable:
        members[(squeeze(key_for(area.city)), area.state)].append(area)
        spellings[(squeeze(key_for(area.city)), area.state)].append(area.city)
    return members, spellings


def _file_other_names(
    usable: Sequence[ZipArea],
    members: defaultdict[Slot, list[ZipArea]],
    spellings: defaultdict[Slot, list[str]],
    key_for: Callable[[str], str],
) -> dict[Slot, Slot]:
    """File each ZIP's alternate names; return the abbreviations, each with its fuller slot."""
    primary = set(members)
    # Acceptable alternate names: either an abbreviation of a fuller name on the same ZIP
    # ("Phila" -> Philadelphia) or a place of its own (a neighbourhood such as "Hollywood").
    abbreviations: dict[Slot, Slot] = {}
    for area in (a for a in usable if a.other_cities):
        names = [(key_for(n), n) for n in (area.city, *area.other_cities)]
        for key, spelling in names[1:]:
            own = (squeeze(key), area.state)
            if own in primary:
                # A real city of its own in this state ("Saint Petersburg" on a ZIP of
                # St Pete Beach), never an abbreviation of something else.
                continue
            fuller = [(k, n) for k, n in names if abbreviates(key, k)]
            target_key, display = max(fuller, key=lambda kn: len(kn[0]), default=(key, spelling))
            slot = (squeeze(target_key), area.state)
            if slot != own:
                abbreviations.setdefault(own, slot)
            if slot in primary:
                continue
            areas = members[slot]
            if not areas or areas[-1] is not area:
                areas.append(area)
                spellings[slot].append(display)
    return abbreviations
