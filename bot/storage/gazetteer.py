"""US ZIP areas from the offline `zipcodes` package (GeoNames centroids, CC BY 4.0)."""

from __future__ import annotations

from functools import cache
from typing import Any

import zipcodes

from bot.core.geo import ZipArea


@cache
def load_zip_areas() -> tuple[ZipArea, ...]:
    """Every active ZIP code the package knows, with its centroid; loaded once per process."""
    areas: list[ZipArea] = []
    # The package ships no annotations for list_all; each record is a dict of strings.
    records: list[dict[str, Any]] = zipcodes.list_all()  # type: ignore[no-untyped-call]
    for record in records:
        if not record.get("active", True):
            continue
        try:
            lat, lon = float(record["lat"]), float(record["long"])
        except (KeyError, TypeError, ValueError):
            continue
        areas.append(
            ZipArea(
                zip=record["zip_code"],
                city=record["city"],
                state=record["state"],
                latitude=lat,
                longitude=lon,
                timezone=record.get("timezone") or "",
                kind=record.get("zip_code_type") or "STANDARD",
                other_cities=tuple(record.get("acceptable_cities") or ()),
            )
        )
    return tuple(areas)


def package_fingerprint() -> str:
    """Names the ZIP data's version, so a database copy is refreshed when the package changes."""
    return f"zipcodes-{zipcodes.__version__}"


@cache
def zip_centroids() -> dict[str, tuple[float, float]]:
    """ZIP code → (latitude, longitude) of its centroid."""
    return {a.zip: (a.latitude, a.longitude) for a in load_zip_areas()}


def zip_centroid(zip_code: str) -> tuple[float, float] | None:
    """The centroid of a 5-digit ZIP code (ZIP+4 is cut to five digits), or None."""
    return zip_centroids().get(zip_code.strip()[:5])
