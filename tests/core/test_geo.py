"""Distances and the grid index agree with a brute-force scan."""

from __future__ import annotations

import random

import pytest

from bot.core.geo import GridIndex, haversine_miles


def test_distance_between_pittsburgh_and_philadelphia_is_about_257_miles() -> None:
    assert haversine_miles(40.4406, -79.9959, 39.9526, -75.1652) == pytest.approx(257, abs=3)


def test_distance_to_the_same_point_is_zero() -> None:
    assert haversine_miles(25.0, -80.0, 25.0, -80.0) == 0.0


@pytest.mark.parametrize("radius", [1.0, 10.0, 25.0, 100.0, 400.0], ids=lambda r: f"{r:g}mi")
def test_radius_query_finds_exactly_what_a_full_scan_finds(radius: float) -> None:
    rng = random.Random(7)
    points = [(rng.uniform(18, 71), rng.uniform(-170, -65), i) for i in range(4000)]
    index = GridIndex(points, cell_degrees=0.5)
    for _ in range(40):
        lat, lon = rng.uniform(20, 65), rng.uniform(-160, -68)
        expected = {
            i for plat, plon, i in points if haversine_miles(lat, lon, plat, plon) <= radius
        }
        found = {item for item, _ in index.within(lat, lon, radius)}
        assert found == expected


def test_radius_query_works_near_the_date_line() -> None:
    # The Aleutians straddle 180°: points on both sides are neighbours.
    index = GridIndex([(52.0, 179.9, "west"), (52.0, -179.9, "east")], cell_degrees=0.5)
    assert {item for item, _ in index.within(52.0, 179.95, 20)} == {"west", "east"}


def test_nearest_returns_the_closest_item_or_none_when_too_far() -> None:
    index = GridIndex([(40.0, -80.0, "a"), (40.5, -80.0, "b")])
    nearest = index.nearest(40.45, -80.0, max_miles=50)
    assert nearest is not None
    assert nearest[0] == "b"
    assert index.nearest(10.0, -30.0, max_miles=50) is None
