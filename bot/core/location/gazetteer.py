"""The gazetteer: typed text tried as coordinates, then a ZIP, then a place name; no I/O."""

from __future__ import annotations

from collections.abc import Iterable

from bot.core.geo import ZipArea
from bot.core.location.index import Index
from bot.core.location.names import resolve_name
from bot.core.location.numbers import (
    OUTSIDE_US_MILES,
    resolve_coordinates,
    resolve_point,
    resolve_zip,
)
from bot.core.location.places import HINT_UNKNOWN_ZIP, Resolution, not_found
from bot.core.location.reading import MAX_INPUT_CHARS, fold, words
from bot.core.location.vocabulary import STATE_NAMES


class Gazetteer:
    """Every US ZIP, city and state, indexed for exact, abbreviated and misspelled lookups."""

    def __init__(self, areas: Iterable[ZipArea]) -> None:
        self._index = Index(areas)

    def zip_area(self, zip_code: str) -> ZipArea | None:
        """The ZIP area for a 5-digit ZIP (ZIP+4 is cut to five digits), or None."""
        return self._index.zips.get(zip_code.strip()[:5])

    def state_name(self, code: str) -> str:
        """The full name of a state or territory code ("PA" -> "Pennsylvania")."""
        return STATE_NAMES.get(code.strip().upper(), code.strip().upper())

    def nearest_zip(
        self, lat: float, lon: float, max_miles: float = OUTSIDE_US_MILES
    ) -> tuple[ZipArea, float] | None:
        """The ZIP whose centroid is closest to a point, with its distance, within max_miles."""
        return self._index.nearest_zip(lat, lon, max_miles)

    def resolve_point(self, lat: float, lon: float) -> Resolution:
        """Resolve a shared location to the point itself, named after its nearest ZIP."""
        return resolve_point(self._index, lat, lon)

    def resolve(self, text: str) -> Resolution:
        """Turn what someone typed into ranked place candidates; never a silent wrong guess."""
        folded = fold(text[:MAX_INPUT_CHARS])
        by_point = resolve_coordinates(self._index, folded)
        if by_point is not None:
            return by_point
        by_zip, unknown_zip = resolve_zip(self._index, folded)
        if by_zip is not None:
            return by_zip
        tokens = [t for t in words(folded) if not t.isdigit()]
        by_name = resolve_name(self._index, tokens)
        if by_name.status == "not_found":
            return not_found(HINT_UNKNOWN_ZIP) if unknown_zip else by_name
        if unknown_zip:
            return Resolution(by_name.status, by_name.candidates, HINT_UNKNOWN_ZIP)
        return by_name
