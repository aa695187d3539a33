"""Great-circle distances and a grid index for radius and nearest-point queries; pure."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Generic, TypeVar

EARTH_RADIUS_MILES = 3958.7613
MILES_PER_DEGREE_LAT = 69.0

T = TypeVar("T")


def haversine_miles(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance between two points, in statute miles."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp = p2 - p1
    dl = math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_MILES * math.asin(min(1.0, math.sqrt(a)))


def valid_coordinates(lat: float, lon: float) -> bool:
    """Whether a latitude/longitude pair lies on the globe."""
    return -90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0


class GridIndex(Generic[T]):
    """Items bucketed into cells of a fixed number of degrees, for fast radius queries.

    A radius query scans only the cells that overlap the bounding box of the circle, so a
    25-mile search over the whole country touches a few hundred items instead of thousands.
    """

    def __init__(self, items: Iterable[tuple[float, float, T]], cell_degrees: float = 0.5) -> None:
        self._cell = cell_degrees
        self._cells: dict[tuple[int, int], list[tuple[float, float, T]]] = defaultdict(list)
        for lat, lon, item in items:
            self._cells[self._key(lat, lon)].append((lat, lon, item))

    def _key(self, lat: float, lon: float) -> tuple[int, int]:
        return (math.floor(lat / self._cell), math.floor(lon / self._cell))

    def within(self, lat: float, lon: float, radius_miles: float) -> Iterator[tuple[T, float]]:
        """Yield (item, distance) for every item within the radius, in no particular order."""
        dlat = radius_miles / MILES_PER_DEGREE_LAT
        cos_lat = max(math.cos(math.radians(min(89.0, abs(lat) + dlat))), 0.01)
        dlon = min(180.0, radius_miles / (MILES_PER_DEGREE_LAT * cos_lat))
        lat_lo, lon_lo = self._key(lat - dlat, lon - dlon)
        lat_hi, lon_hi = self._key(lat + dlat, lon + dlon)
        lon_cells = int(360 / self._cell)
        span = lon_hi - lon_lo + 1
        lon_keys = (
            range(lon_lo, lon_hi + 1)
            if span < lon_cells
            else range(-lon_cells // 2, lon_cells // 2 + 1)
        )
        for lat_key in range(lat_lo, lat_hi + 1):
            for lon_key in lon_keys:
                wrapped = (lon_key + lon_cells // 2) % lon_cells - lon_cells // 2
                for ilat, ilon, item in self._cells.get((lat_key, wrapped), ()):
                    distance = haversine_miles(lat, lon, ilat, ilon)
                    if distance <= radius_miles:
                        yield item, distance

    def nearest(self, lat: float, lon: float, max_miles: float) -> tuple[T, float] | None:
        """The closest item within max_miles, or None; ties go to the first one indexed."""
        radius = min(10.0, max_miles)
        while True:
            best: tuple[T, float] | None = None
            for item, distance in self.within(lat, lon, radius):
                if best is None or distance < best[1]:
                    best = item, distance
            if best is not None or radius >= max_miles:
                return best
            radius = min(radius * 4, max_miles)


@dataclass(frozen=True, slots=True)
class ZipArea:
    """One US ZIP code with its centroid and the place names the Postal Service uses for it."""

    zip: str
    city: str
    state: str
    latitude: float
    longitude: float
    timezone: str = ""
    kind: str = "STANDARD"
    other_cities: tuple[str, ...] = ()
