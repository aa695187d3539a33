"""Typed times mean what people mean, in English and Spanish, in their own time zone."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.when import parse_when, zone

NOW = datetime(2026, 11, 26, 15, 0, tzinfo=UTC)  # Thursday, 10:00 in New York
EASTERN = zone("America/New_York")


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("el lunes en la mañana", "Mon 2026-11-30 09:00"),
        ("lunes por la tarde", "Mon 2026-11-30 14:00"),
        ("mañana en la mañana", "Fri 2026-11-27 09:00"),
        ("mañana", "Fri 2026-11-27 09:00"),
        ("monday morning", "Mon 2026-11-30 09:00"),
        ("tmrw noon", "Fri 2026-11-27 12:00"),
        ("noon", "Thu 2026-11-26 12:00"),
        ("mañana al mediodía", "Fri 2026-11-27 12:00"),
        ("dec 10 2pm", "Thu 2026-12-10 14:00"),
        ("December 10th at 2:30 pm", "Thu 2026-12-10 14:30"),
        ("10 de diciembre", "Thu 2026-12-10 09:00"),
        ("12/10 3pm", "Thu 2026-12-10 15:00"),
        ("jan 5", "Tue 2027-01-05 09:00"),
        ("in 3 days", "Sun 2026-11-29 10:00"),
        ("en una semana", "Thu 2026-12-03 10:00"),
        ("in 2 hours", "Thu 2026-11-26 12:00"),
        ("friday 3pm", "Fri 2026-11-27 15:00"),
        ("tonight", "Thu 2026-11-26 18:00"),
    ],
)
def test_a_typed_time_is_the_moment_people_mean(typed: str, expected: str) -> None:
    assert EASTERN is not None

    moment = parse_when(typed, NOW, EASTERN)

    assert moment is not None
    assert moment.astimezone(EASTERN).strftime("%a %Y-%m-%d %H:%M") == expected


@pytest.mark.parametrize("typed", ["feb 30", "13/40", "purple", "in 9999 hours", "in 0 days"])
def test_what_is_no_moment_is_not_guessed(typed: str) -> None:
    assert EASTERN is not None

    assert parse_when(typed, NOW, EASTERN) is None
