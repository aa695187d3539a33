"""Pure reading of ZIP codes and coordinates in typed text, and of shared points; no I/O."""

from __future__ import annotations

import re

from bot.core.geo import ZipArea
from bot.core.location.index import Index
from bot.core.location.places import (
    HINT_OUTSIDE_US,
    HINT_UNKNOWN_ZIP,
    Candidate,
    Place,
    Resolution,
    not_found,
)
from bot.core.location.vocabulary import EXCLUDED_STATES

OUTSIDE_US_MILES = 60.0

# A ZIP not glued to other digits or to a decimal point ("40.44061" is no ZIP).
_ZIP = re.compile(r"(?<![\d.])(\d{5})(?:\s?-\s?\d{4}|\d{4})?(?!\.?\d)", re.ASCII)
_FOUR_DIGITS = re.compile(r"\d{4}", re.ASCII)
_NUMBER = r"([+-]?\d{1,3}(?:\.\d+)?)"
_COORDINATES = re.compile(
    rf"(?<![\d.]){_NUMBER}\s*°?\s*([ns])?\s*([,;/]|\s)\s*{_NUMBER}\s*°?\s*([ewo])?(?![\d.])",
    re.ASCII,
)


def resolve_point(index: Index, lat: float, lon: float) -> Resolution:
    """Resolve a point to itself, named after its nearest ZIP; outside the US, not found."""
    nearest = index.nearest_zip(lat, lon, OUTSIDE_US_MILES)
    if nearest is None:
        return not_found(HINT_OUTSIDE_US)
    return Resolution("found", (Candidate(_point_place(lat, lon, nearest[0]), 1.0, False),))


def resolve_coordinates(index: Index, folded: str) -> Resolution | None:
    """Coordinates typed in the text ("40.44, -79.99"), or None when there are none."""
    match = _COORDINATES.search(folded)
    if match is None:
        return None
    lat_text, north_south, separator, lon_text, east_west = match.groups()
    decimals = "." in lat_text and "." in lon_text
    whole = match.group(0).strip() == folded.strip() and separator.strip() != ""
    if not (decimals or whole):
        return None
    lat, lon = float(lat_text), float(lon_text)
    if north_south == "s":
        lat = -abs(lat)
    if east_west in ("w", "o"):  # "o" is oeste
        lon = -abs(lon)
    found = resolve_point(index, lat, lon)
    if found.status == "found":
        return found
    # A forgotten minus sign or swapped order is common; offer it, but only as a question.
    signed = bool(east_west) or lon_text.startswith(("-", "+"))
    guesses = [(lat, -lon)] if not signed and lon > 0 else []
    guesses.append((lon, lat))
    for guess_lat, guess_lon in guesses:
        nearest = index.nearest_zip(guess_lat, guess_lon, OUTSIDE_US_MILES)
        if nearest is not None:
            place = _point_place(guess_lat, guess_lon, nearest[0])
            return Resolution("ambiguous", (Candidate(place, 0.5, True),))
    return found


def resolve_zip(index: Index, folded: str) -> tuple[Resolution | None, bool]:
    """A known ZIP anywhere in the text (the last one, as in an address), or None.

    The flag says whether the text held a ZIP-like number that no ZIP area has.
    """
    codes = _ZIP.findall(folded)
    for code in reversed(codes):
        area = index.zips.get(code)
        if area is None:
            continue
        if area.state in EXCLUDED_STATES or not (area.latitude or area.longitude):
            return not_found(HINT_OUTSIDE_US), False
        return Resolution("found", (Candidate(_zip_place(area), 1.0, False),)), False
    if codes:
        return None, True
    # Spreadsheets drop the leading zero of New England ZIPs ("2134"); ask, don't assume.
    bare = folded.strip()
    if _FOUR_DIGITS.fullmatch(bare):
        area = index.zips.get("0" + bare)
        if area is not None and area.state not in EXCLUDED_STATES:
            candidate = Candidate(_zip_place(area), 0.5, True)
            return Resolution("ambiguous", (candidate,)), False
        return not_found(HINT_UNKNOWN_ZIP), False
    return None, False


def _point_place(lat: float, lon: float, nearest: ZipArea) -> Place:
    return Place(
        kind="coordinates",
        name=f"{lat:.2f}, {lon:.2f} (near {nearest.city}, {nearest.state})",
        state=nearest.state,
        latitude=lat,
        longitude=lon,
        zip=nearest.zip,
        city=nearest.city,
        timezone=nearest.timezone,
    )


def _zip_place(area: ZipArea) -> Place:
    return Place(
        kind="zip",
        name=f"{area.zip} ({area.city}, {area.state})",
        state=area.state,
        latitude=area.latitude,
        longitude=area.longitude,
        zip=area.zip,
        city=area.city,
        timezone=area.timezone,
    )
